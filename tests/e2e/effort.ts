import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'

// Counts what a person does with the app: clicks and keystrokes, attributed to the part of the journey they belong to.
// It wraps Playwright's input methods for one page, so every journey helper is counted as written, with no change to it.
// A click, check or option choice is one click. A keystroke is one key pressed (Tab, End, Enter, Control+V: one each);
// text put into a field counts one keystroke per character, and a date field counts its digits, as a person types a date.
// Programmatic focus and assertions are not counted: a person looks, they do not act.

export interface Tally {
  clicks: number
  keys: number
}

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

  try {
    await walk((name) => {
      current = name
    })
  } finally {
    for (const { proto, name, original } of patches.reverse()) proto[name] = original
  }
  const list = [...parts].map(([part, tally]) => ({ part, ...tally }))
  const total = list.reduce((sum, p) => ({ clicks: sum.clicks + p.clicks, keys: sum.keys + p.keys }), { clicks: 0, keys: 0 })
  return { total, parts: list }
}

/** Keeps the counts beside the test's report and in test-results/effort/<version>-<audience>.json, for table.mjs. */
export async function keepCounts(testInfo: TestInfo, version: 'before' | 'after', audience: string, counted: Counted): Promise<void> {
  const dir = join('test-results', 'effort')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `${version}-${audience}.json`), `${JSON.stringify({ version, audience, ...counted }, null, 2)}\n`)
  await testInfo.attach('effort', { body: JSON.stringify(counted, null, 2), contentType: 'application/json' })
  console.log(`${version}, ${audience}: ${counted.total.clicks} clicks, ${counted.total.keys} keystrokes`)
}
