import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GUIDE_FILE, loadGuide } from '../../../src-main/guide/load-guide'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const realGuide = JSON.parse(readFileSync(resolve('resources/guide/guide.json'), 'utf8')) as {
  sections: { id: string; items: { id: string }[] }[]
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

function variant(change: (guide: typeof realGuide) => void): string {
  const copy = structuredClone(realGuide)
  change(copy)
  return JSON.stringify(copy)
}

describe('loadGuide', () => {
  it('loads the real guide from resources', () => {
    const result = loadGuide(resolve('resources'))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.guide.sections.map((s) => s.id)).toEqual(realGuide.sections.map((s) => s.id))
    expect(result.guide.sections[0]?.id).toBe('prerequisites')
    for (const section of result.guide.sections) expect(section.items.length).toBeGreaterThan(0)
  })

  it('accepts the same item id in two different sections', () => {
    const content = variant((g) => {
      g.sections[1]!.items[0]!.id = g.sections[0]!.items[0]!.id
    })
    expect(loadGuide(resourcesWith(content).dir).ok).toBe(true)
  })

  it.each([
    ['is missing', undefined, /missing/],
    ['is not JSON', '{ "schemaVersion": 1,', /not valid JSON/],
    ['is empty', '', /not valid JSON/],
    ['is an array', '[]', /expected format/],
    ['has another schema version', variant((g) => Object.assign(g, { schemaVersion: 2 })), /expected format/],
    ['has no sections', variant((g) => g.sections.splice(0)), /expected format/],
    ['has a duplicate item id', variant((g) => (g.sections[0]!.items[1]!.id = g.sections[0]!.items[0]!.id)), /duplicate id/],
    ['has a duplicate section id', variant((g) => (g.sections[2]!.id = g.sections[1]!.id)), /duplicate id/],
    ['has a section with no items', variant((g) => g.sections[3]!.items.splice(0)), /items/],
    ['has an id that is not kebab-case', variant((g) => (g.sections[0]!.items[0]!.id = 'Org_Email')), /lower-case words/],
    ['has an unknown section kind', variant((g) => Object.assign(g.sections[0]!, { kind: 'bonus' })), /kind/],
  ])('refuses a guide file that %s, naming the file', (_name, content, why) => {
    const { dir, path } = resourcesWith(content)
    const result = loadGuide(dir)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toContain(path)
    expect(result.message).toMatch(why)
    expect(result.message).not.toMatch(/\n\s*at |SyntaxError/)
  })
})
