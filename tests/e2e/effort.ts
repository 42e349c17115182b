import type { Page } from '@playwright/test'

// Counts what a person does with the app: clicks and keystrokes, attributed to the part of the journey they belong to.
// It wraps Playwright's input methods for one page, so every journey helper is counted as written, with no change to it.
// A click, check or option choice is one click. A keystroke is one key pressed (Tab, End, Enter, Control+V: one each);
// text put into a field counts one keystroke per character, and a date field counts its digits, as a person types a date.
// Programmatic focus and assertions are not counted: a person looks, they do not act.

export interface Tally {
  clicks: number
  keys: number
}

export interface EffortCounter {
  /** Counts from here on go to this part of the journey (a step's name). */
  part(name: string): void
  /** Stops counting and gives the totals, part by part, in the order they were first counted. */
  stop(): { total: Tally; parts: Array<{ part: string } & Tally> }
}

type Method = (...args: unknown[]) => Promise<unknown>
type Patch = { proto: Record<string, Method>; name: string; original: Method }

// setChecked calls check or uncheck, pressSequentially calls type, and the mouse's dblclick calls its click: each is counted once.
const CLICKS = ['click', 'dblclick', 'check', 'uncheck', 'selectOption', 'tap']

export function countEffort(page: Page): EffortCounter {
  const parts = new Map<string, Tally>()
  let current = 'start'
  const add = (what: keyof Tally, n: number) => {
    const tally = parts.get(current) ?? { clicks: 0, keys: 0 }
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
  for (const name of CLICKS) wrap(locator, name, () => add('clicks', 1))
  wrap(locator, 'press', () => add('keys', 1))
  wrap(locator, 'type', (_self, [text]) => add('keys', String(text).length))
  wrap(locator, 'fill', async (self, [text]) => {
    const type = await (self as typeof locator).evaluate((el) => (el instanceof HTMLInputElement ? el.type : ''))
    const value = String(text)
    add('keys', type === 'date' ? value.replace(/\D/g, '').length : value.length)
  })
  wrap(page.keyboard, 'press', () => add('keys', 1))
  wrap(page.keyboard, 'type', (_self, [text]) => add('keys', String(text).length))
  wrap(page.keyboard, 'insertText', (_self, [text]) => add('keys', String(text).length))
  wrap(page.mouse, 'click', () => add('clicks', 1))

  return {
    part(name) {
      current = name
    },
    stop() {
      for (const { proto, name, original } of patches.reverse()) proto[name] = original
      patches.length = 0
      const list = [...parts].map(([part, tally]) => ({ part, ...tally }))
      const total = list.reduce((sum, p) => ({ clicks: sum.clicks + p.clicks, keys: sum.keys + p.keys }), { clicks: 0, keys: 0 })
      return { total, parts: list }
    },
  }
}
