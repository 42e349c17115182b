import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'

// Counts what a person does with the app: clicks and keystrokes, attributed to the part of the journey they belong to.
// It wraps Playwright's input methods for one page, so every journey helper is counted as written, with no change to it.
// A click, check or option choice is one click. A keystroke is one key pressed (Tab, End, Enter, Control+V: one each);
// text put into a field counts one keystroke per character, and a date field counts its digits, as a person types a date.
// Programmatic focus and assertions are not counted: a person looks, they do not act.
// Like a person, too: typing into a field that does not have focus first takes a click into it; a control out of view
// first takes scrolling (the distance, in CSS pixels) and its click is an off-screen click; reading a policy to its end
// takes wheel notches (100 px each, Chromium's step), not the End key a test presses; Tab presses are counted on their own.

export interface Tally {
  clicks: number
  keys: number
  /** Clicks (or clicks into a field) on a control that was out of view when the person went for it. */
  offscreen: number
  /** How far the page had to scroll to bring those controls into view, in CSS pixels. */
  scrolled: number
  /** Wheel notches to read a policy to its end. */
  notches: number
  /** Tab presses (also counted as keystrokes). */
  tabs: number
}

const NOTCH = 100
const zero = (): Tally => ({ clicks: 0, keys: 0, offscreen: 0, scrolled: 0, notches: 0, tabs: 0 })

type Box = { top: number; bottom: number; height: number }
// How far a control is out of the window: 0 when in view.
const outOfView = (box: Box | null, height: number): number => (!box ? 0 : box.bottom > height ? box.bottom - height : box.top < 0 ? -box.top : 0)

/** The totals, part by part in the order they were first counted. */
export interface Counted {
  total: Tally
  parts: Array<{ part: string } & Tally>
}

/** Counts from here on go to this part of the journey (a step's name). */
export type Part = (name: string) => void

type Method = (...args: unknown[]) => Promise<unknown>
type Patch = { proto: Record<string, Method>; name: string; original: Method }

// setChecked calls check or uncheck, pressSequentially calls type, and the mouse's dblclick calls its click: each is counted once.
const CLICKS = ['click', 'dblclick', 'check', 'uncheck', 'selectOption', 'tap']

/** Counts what `walk` does on this page. Playwright's input methods are patched for the whole worker, so they are put back however the walk ends. */
export async function countEffort(page: Page, walk: (part: Part) => Promise<void>): Promise<Counted> {
  const parts = new Map<string, Tally>()
  let current = 'start'
  const add = (what: keyof Tally, n: number) => {
    const tally = parts.get(current) ?? zero()
    tally[what] += n
    parts.set(current, tally)
  }
  const patches: Patch[] = []
  const wrap = (target: object, name: string, count: (self: unknown, args: unknown[]) => Promise<void> | void) => {
    const proto = Object.getPrototypeOf(target) as Record<string, Method>
    const original = proto[name]
    if (typeof original !== 'function') throw new Error(`Playwright has no ${name} here: the effort counter needs updating`)
    patches.push({ proto, name, original })
    proto[name] = async function (this: unknown, ...args: unknown[]) {
      await count(this, args)
      return original.apply(this, args)
    }
  }

  const locator = page.locator('body')
  // Where the control is when the person goes for it; Playwright would scroll it into view without a word.
  const reach = async (self: unknown) => {
    const target = self as typeof locator
    await target.waitFor({ state: 'visible' }).catch(() => undefined)
    const seen = await target
      .evaluate((el) => {
        const r = el.getBoundingClientRect()
        // In the window but under something pinned (a bar at the bottom edge) is out of view too: the person scrolls.
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
        const under = hit && !el.contains(hit) && !hit.contains(el) ? hit.getBoundingClientRect().top : null
        return {
          box: { top: r.top, bottom: r.bottom, height: r.height },
          height: under !== null && under > r.top ? under : window.innerHeight,
          covered: under !== null,
          focused: el === document.activeElement,
        }
      })
      .catch(() => null)
    const away = seen ? Math.max(outOfView(seen.box, seen.height), seen.covered ? 1 : 0) : 0
    if (away > 0) {
      add('offscreen', 1)
      add('scrolled', Math.round(away))
    }
    return seen
  }
  for (const name of CLICKS)
    wrap(locator, name, async (self) => {
      await reach(self)
      add('clicks', 1)
    })
  wrap(locator, 'press', () => add('keys', 1))
  wrap(locator, 'type', (_self, [text]) => add('keys', String(text).length))
  wrap(locator, 'fill', async (self, [text]) => {
    const seen = await reach(self)
    if (seen && !seen.focused) add('clicks', 1)
    const type = await (self as typeof locator).evaluate((el) => (el instanceof HTMLInputElement ? el.type : ''))
    const value = String(text)
    add('keys', type === 'date' ? value.replace(/\D/g, '').length : value.length)
  })
  wrap(page.keyboard, 'press', async (_self, [key]) => {
    // End in a policy's text stands for reading it with the mouse wheel: its notches are counted, not a keystroke.
    const text =
      key === 'End'
        ? await page.evaluate(() => {
            const el = document.activeElement
            return el && el.getAttribute('role') === 'document' ? el.scrollHeight - el.clientHeight : null
          })
        : null
    if (text !== null) return add('notches', Math.ceil(Math.max(0, text) / NOTCH))
    add('keys', 1)
    if (key === 'Tab') add('tabs', 1)
  })
  wrap(page.keyboard, 'type', (_self, [text]) => add('keys', String(text).length))
  wrap(page.keyboard, 'insertText', (_self, [text]) => add('keys', String(text).length))
  wrap(page.mouse, 'click', () => add('clicks', 1))

  // The window of a laptop screen, as the screens are judged at: whether a control is in view depends on it.
  await page.setViewportSize({ width: 1280, height: 800 })
  try {
    await walk((name) => {
      current = name
    })
  } finally {
    for (const { proto, name, original } of patches.reverse()) proto[name] = original
  }
  const list = [...parts].map(([part, tally]) => ({ part, ...tally }))
  const total = list.reduce((sum, p) => {
    const next = zero()
    for (const key of Object.keys(next) as (keyof Tally)[]) next[key] = sum[key] + p[key]
    return next
  }, zero())
  return { total, parts: list }
}

/** Keeps the counts beside the test's report and in test-results/effort/<version>-<audience>.json, for table.mjs. */
export async function keepCounts(testInfo: TestInfo, version: 'before' | 'after', audience: string, counted: Counted): Promise<void> {
  const dir = join('test-results', 'effort')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `${version}-${audience}.json`), `${JSON.stringify({ version, audience, ...counted }, null, 2)}\n`)
  await testInfo.attach('effort', { body: JSON.stringify(counted, null, 2), contentType: 'application/json' })
  const t = counted.total
  console.log(
    `${version}, ${audience}: ${t.clicks} clicks (${t.offscreen} off-screen), ${t.keys} keystrokes (${t.tabs} Tab), scrolled ${t.scrolled} px, ${t.notches} wheel notches`,
  )
}
