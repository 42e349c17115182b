import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

// Only the keyboard: Tab until the control is focused (proving it is reachable), then keys to use it.
export async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Could not reach ${target} with the Tab key in ${max} presses`)
}

export async function press(page: Page, target: Locator, key = 'Enter') {
  await tabTo(page, target)
  await page.keyboard.press(key)
}

export async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target)
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(text)
}

// A radio group is one Tab stop; the arrow keys choose within it.
export async function chooseRadio(page: Page, first: Locator, target: Locator) {
  await tabTo(page, first)
  for (let i = 0; i < 6 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown')
  await expect(target).toBeChecked()
}

// Date inputs take digits in the field order of the browser's locale (en-US here: month, day, year).
export async function typeDate(page: Page, target: Locator, isoDay: string) {
  const [y, m, d] = isoDay.split('-')
  await tabTo(page, target)
  await page.keyboard.type(`${m}${d}${y}`)
  await expect(target).toHaveValue(isoDay)
}
