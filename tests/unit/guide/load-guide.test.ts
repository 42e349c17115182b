import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { json as checkedJson, sha256 as checkedSha256 } from '../../../src-main/guide/checked-guide'
import { CHECKED_GUIDE_FILE, checkedGuideSource } from '../../../scripts/checked-guide'
import { GuideSchema } from '../../../src-shared/guide-schema'
import { GUIDE_FILE, loadGuide } from '../../../src-main/guide/load-guide'
import { useTempDirs } from '../support/temp-dir'
import { english } from '../../support/english'

const tempDir = useTempDirs()
type Json = Record<string, unknown>
const realGuide = JSON.parse(readFileSync(resolve('resources/guide/guide.json'), 'utf8')) as {
  sections: { id: string; role: string; items: { id: string; done: Json; policies?: string[] }[] }[]
}

function resourcesWith(content: string | undefined): { dir: string; path: string } {
  const dir = tempDir()
  const path = join(dir, GUIDE_FILE)
  if (content !== undefined) {
    mkdirSync(join(dir, 'guide'))
    writeFileSync(path, content)
  }
  return { dir, path }
}

// The first troubleshooting entry of the guide's first section, to change in a variant.
const tipOf = (g: typeof realGuide) => (g.sections[0] as unknown as { troubleshooting: Json[] }).troubleshooting[0] as Json

function variant(change: (guide: typeof realGuide) => void): string {
  const copy = structuredClone(realGuide)
  change(copy)
  return JSON.stringify(copy)
}

// The shipped guide is checked ahead of time (scripts/checked-guide.ts, src-main/guide/checked-guide.ts); a start that reads exactly that file uses the
// checked copy instead of running the schema again. Any other bytes are checked at start.
describe('loadGuide: the guide checked at build time', () => {
  const shipped = readFileSync(resolve('resources/guide/guide.json'))

  it('is up to date with the shipped file (npm run guide:checked writes it)', () => {
    expect(readFileSync(resolve(CHECKED_GUIDE_FILE), 'utf8')).toBe(checkedGuideSource(shipped))
  })

  it('is the shipped file, byte for byte, as the schema parses it', () => {
    expect(checkedSha256).toBe(createHash('sha256').update(shipped).digest('hex'))
    expect(JSON.parse(checkedJson)).toEqual(GuideSchema.parse(JSON.parse(shipped.toString('utf8'))))
    const loaded = loadGuide(resolve('resources'))
    expect(loaded.ok && loaded.value).toEqual(GuideSchema.parse(JSON.parse(shipped.toString('utf8'))))
  })

  it('is used only for those bytes: a file that differs by one space is checked at start, and its own content loaded', () => {
    const { dir } = resourcesWith(` ${shipped.toString('utf8')}`)
    const spaced = loadGuide(dir)
    expect(spaced.ok).toBe(true)
    // Same content, so the same guide; now prove the file itself is read: a changed title shows.
    const { dir: changed } = resourcesWith(variant((g) => ((g.sections[0] as unknown as { title: string }).title = 'Before you start, changed')))
    const loaded = loadGuide(changed)
    expect(loaded.ok && loaded.value.sections[0]!.title).toBe('Before you start, changed')
    // And a file the schema refuses is refused, however close to the shipped one.
    const { dir: broken } = resourcesWith(variant((g) => ((g.sections[0] as unknown as { id: string }).id = 'NOT A SLUG!')))
    expect(loadGuide(broken).ok).toBe(false)
  })

  it('gives each caller its own copy', () => {
    const a = loadGuide(resolve('resources'))
    const b = loadGuide(resolve('resources'))
    expect(a.ok && b.ok && a.value !== b.value && a.value.sections !== b.value.sections).toBe(true)
  })
})

describe('loadGuide', () => {
  it('loads the real guide from resources', () => {
    const result = loadGuide(resolve('resources'))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.sections.map((s) => s.id)).toEqual(realGuide.sections.map((s) => s.id))
    expect(result.value.sections.map((s) => s.role)).toEqual(['profile', 'request', 'registration', 'sign-in', 'mfa', 'password', 'policies', 'finish'])
    for (const section of result.value.sections) expect(section.items.length).toBeGreaterThan(0)
  })

  it('says how each item is done: by evidence, or attested once what it requires is done', () => {
    const result = loadGuide(resolve('resources'))
    if (!result.ok) throw new Error(result.error.message.id)
    const items = result.value.sections.flatMap((s) => s.items.map((i) => ({ ref: `${s.role}/${i.id}`, done: i.done })))
    expect(items.filter((i) => i.done.by === 'attest').map((i) => i.ref)).toContain('password/reset-password')
    expect(items.find((i) => i.ref === 'registration/submit-form')?.done).toEqual({
      by: 'attest',
      requires: ['registration/open-link', 'registration/fill-form', 'registration/officer-fields'],
      deadline: 'register',
    })
    expect(items.find((i) => i.ref === 'policies/accept-on-techpass')?.done).toMatchObject({ by: 'attest', deadline: 'activate' })
    expect(items.find((i) => i.ref === 'sign-in/practise-code')?.done).toEqual({ by: 'evidence', evidence: 'mfa-verified' })
  })

  // The helpdesk runbook reads these lines out on a call: they speak about "the user", never as the user.
  it("has agent wording for every section, note, item and troubleshooting entry, in the agent's voice", () => {
    const result = loadGuide(resolve('resources'))
    if (!result.ok) throw new Error(result.error.message.id)
    const lines = result.value.sections.flatMap((s) => [
      { where: s.id, text: s.agentText },
      ...s.notes.map((n) => ({ where: `${s.id} note`, text: n.agentText })),
      ...s.items.map((i) => ({ where: `${s.role}/${i.id}`, text: i.agentText })),
      ...s.troubleshooting.map((t) => ({ where: `${s.id}: ${t.problem}`, text: t.agentText })),
    ])
    expect(lines.length).toBeGreaterThan(40)
    for (const line of lines) {
      expect(line.text, line.where).toBeTruthy()
      // Words in quotes are the labels the user sees on screen, named as they read them.
      expect(line.text?.replace(/“[^”]*”/g, ''), line.where).not.toMatch(/\b(you|your|yours|I|me|my|we|us|our)\b/i)
    }
  })

  it('names every item as something to do when it is the next action: a verb, never a statement such as "I have …"', () => {
    const result = loadGuide(resolve('resources'))
    if (!result.ok) throw new Error(result.error.message.id)
    const titles = result.value.sections.flatMap((s) => s.items.map((i) => ({ where: `${s.role}/${i.id}`, title: i.action ?? i.label })))
    for (const { where, title } of titles) expect(title, where).not.toMatch(/^(I|I'm|My|The|This|It|A|An|You|Your)\b/)
    // Three labels are statements of fact, so each names its own action.
    const own = result.value.sections.flatMap((s) => s.items.filter((i) => i.action !== undefined).map((i) => i.id))
    expect(own).toEqual(['org-email', 'onboarding-email', 'registration-email'])
  })

  // Help text says only what the official guide says, or what the assistant does; anything else is a marked tip.
  it('marks every helpdesk tip as one, with a source, and keeps advice the official guide does not give out of the rest', () => {
    const result = loadGuide(resolve('resources'))
    if (!result.ok) throw new Error(result.error.message.id)
    const trouble = result.value.sections.flatMap((s) => s.troubleshooting)
    const tips = trouble.filter((t) => t.tip)
    expect(tips.length).toBeGreaterThan(0)
    for (const t of tips) expect(t.tip?.source.trim(), t.problem).toBeTruthy()
    // Advice the guide never gave, found once in this file: a username rule, a VPN, where the initial password comes from.
    const words = result.value.sections.flatMap((s) => [
      ...s.notes.flatMap((n) => [n.text, n.agentText]),
      ...s.items.flatMap((i) => [i.detail, i.agentText]),
      ...s.troubleshooting.flatMap((t) => [t.fix, t.agentText]),
    ])
    for (const text of words) expect(text ?? '').not.toMatch(/VPN|letters, digits|comes with (your|the) registration|5-day limit once it arrives/)
    // The junk folder is not in the guide: where it is said, it is a tip.
    for (const t of trouble.filter((x) => /junk|spam/.test(x.fix))) expect(t.tip, t.problem).toBeDefined()
  })

  it('keeps agent wording optional: a guide without any still loads', () => {
    const content = variant((g) => {
      for (const s of g.sections as unknown as Json[]) {
        delete s.agentText
        for (const key of ['notes', 'items', 'troubleshooting']) for (const entry of (s[key] as Json[] | undefined) ?? []) delete entry.agentText
      }
    })
    const result = loadGuide(resourcesWith(content).dir)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.sections[0]!.items[0]!.agentText).toBeUndefined()
  })

  it('accepts the same item id in two different sections', () => {
    const content = variant((g) => {
      g.sections[1]!.items[0]!.id = g.sections[0]!.items[0]!.id
    })
    expect(loadGuide(resourcesWith(content).dir).ok).toBe(true)
  })

  it.each([
    ['is missing', undefined, /missing/],
    ['is not JSON', '{ "schemaVersion": 2,', /not valid JSON/],
    ['is empty', '', /not valid JSON/],
    ['is an array', '[]', /not in the form this app expects/],
    ['has another schema version', variant((g) => Object.assign(g, { schemaVersion: 1 })), /not in the form this app expects/],
    ['has no sections', variant((g) => g.sections.splice(0)), /not in the form this app expects/],
    ['has a duplicate item id', variant((g) => (g.sections[0]!.items[1]!.id = g.sections[0]!.items[0]!.id)), /duplicate id/],
    ['has a duplicate section id', variant((g) => (g.sections[2]!.id = g.sections[1]!.id)), /duplicate id/],
    ['has a section with no items', variant((g) => g.sections[3]!.items.splice(0)), /items/],
    ['has an id that is not kebab-case', variant((g) => (g.sections[0]!.items[0]!.id = 'Org_Email')), /lower-case words/],
    ['has an unknown section kind', variant((g) => Object.assign(g.sections[0]!, { kind: 'bonus' })), /kind/],
    ['has a role twice', variant((g) => (g.sections[2]!.role = 'request')), /the role "request" must appear exactly once, not 2 times/],
    ['has an unknown role', variant((g) => (g.sections[2]!.role = 'bonus')), /role/],
    ['has an item that says nothing of how it is done', variant((g) => delete (g.sections[0]!.items[0] as Json).done), /done/],
    ['has an item done by evidence no tool records', variant((g) => (g.sections[0]!.items[0]!.done = { by: 'evidence', evidence: 'ticked' })), /evidence/],
    [
      'requires an item that comes later',
      variant((g) => (g.sections[2]!.items[0]!.done = { by: 'attest', requires: ['sign-in/open-portal'] })),
      /"sign-in\/open-portal" is not an earlier item/,
    ],
    [
      'requires an item that does not exist',
      variant((g) => (g.sections[2]!.items[0]!.done = { by: 'attest', requires: ['request/no-such-item'] })),
      /not an earlier item/,
    ],
    ['requires itself', variant((g) => (g.sections[2]!.items[0]!.done = { by: 'attest', requires: ['registration/open-link'] })), /not an earlier item/],
    [
      'has a deadline that is not one of the two',
      variant((g) => (g.sections[2]!.items[0]!.done = { by: 'attest', requires: [], deadline: 'soon' })),
      /deadline/,
    ],
    ['has blank agent wording on an item', variant((g) => Object.assign(g.sections[1]!.items[0]!, { agentText: '   ' })), /sections\.1\.items\.0\.agentText/],
    ['has agent wording that is not text', variant((g) => Object.assign(g.sections[4]!, { agentText: 42 })), /sections\.4\.agentText/],
    ['names policies on an item that is not about them', variant((g) => (g.sections[0]!.items[0]!.policies = ['privacy-policy'])), /policies go with/],
    ['has a helpdesk tip with no source', variant((g) => Object.assign(tipOf(g), { tip: { source: '  ' } })), /a helpdesk tip names its source/],
    ['has a helpdesk tip that is not an object with a source', variant((g) => Object.assign(tipOf(g), { tip: true })), /tip/],
  ])('refuses a guide file that %s, naming the file', (_name, content, why) => {
    const { dir, path } = resourcesWith(content)
    const result = loadGuide(dir)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('unavailable')
    const said = english(result.error.message)
    expect(said).toContain(path)
    expect(said).toMatch(why)
    expect(said).not.toMatch(/\n\s*at |SyntaxError/)
  })
})
