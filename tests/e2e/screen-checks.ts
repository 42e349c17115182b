import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/** The windows every screen is judged at: a laptop, a small window, and 1280×960 at 200% zoom. */
export const SIZES = [
  [1280, 800],
  [800, 600],
  [640, 480],
] as const

/**
 * The primary buttons a person sees. Convention: `.button.primary`, visible, and not inside a `[data-quiet]` region;
 * inside one (a tool whose work is not the next action) components/step-page.css draws primaries as secondary buttons.
 */
export const primaries = (page: Page) => page.locator('.button.primary:not([data-quiet] .button.primary)').filter({ visible: true })

// The convention holds only if the quiet ones really look secondary and the primary really looks primary.
export async function expectOnePrimary(page: Page, screen: string) {
  await expect(primaries(page), `one primary button on "${screen}"`).toHaveCount(1)
  const looks = await page.evaluate(() => {
    const fill = (el: Element) => getComputedStyle(el).backgroundColor
    const seen = (el: Element) => (el as HTMLElement).offsetParent !== null
    const all = [...document.querySelectorAll('.button.primary')].filter(seen)
    const quiet = all.filter((el) => el.closest('[data-quiet]'))
    const loud = all.filter((el) => !el.closest('[data-quiet]'))
    return { loud: loud.map(fill), quiet: quiet.map(fill) }
  })
  for (const colour of looks.quiet) expect(colour, `a quiet primary on "${screen}" looks like a secondary button`).not.toBe(looks.loud[0])
}

// No sideways scrolling: neither the page nor any section is wider than its box.
export async function expectNoOverflow(page: Page, screen: string) {
  const wide = await page.evaluate(() => {
    const boxes = [document.documentElement, document.body, ...document.querySelectorAll('section, main, nav, aside, header, form, .tool, dialog[open]')]
    return boxes
      .filter((el) => (el as HTMLElement).offsetParent !== null || el === document.documentElement || el === document.body || el.tagName === 'DIALOG')
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} (${el.scrollWidth} > ${el.clientWidth})`,
      )
  })
  expect(wide, `no horizontal overflow on "${screen}"`).toEqual([])
}

// Controls keep a usable size: a box for typing is at least 8rem wide (a date field shrunk to its calendar icon failed
// this), and a radio button or checkbox is not squeezed by a long label beside it.
export async function expectUsableControls(page: Page, screen: string) {
  const small = await page.evaluate(() => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize)
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[${(el as HTMLInputElement).type ?? ''}]`
    return (
      [...document.querySelectorAll('input, textarea, select')]
        // The language menu is a globe over its list (a choice, not a box to type in), so it is not held to a typing box's width.
        .filter((el) => (el as HTMLElement).offsetParent !== null && (el as HTMLInputElement).type !== 'hidden' && !el.closest('.language-menu'))
        .map((el) => ({ el, box: el.getBoundingClientRect(), type: (el as HTMLInputElement).type }))
        .filter(({ box, type }) => (type === 'checkbox' || type === 'radio' ? box.width < 16 || box.height < 16 : box.width < 8 * rem))
        .map(({ el, box }) => `${name(el)} (${Math.round(box.width)}×${Math.round(box.height)})`)
    )
  })
  expect(small, `controls keep a usable size on "${screen}"`).toEqual([])
}
