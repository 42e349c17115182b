import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evidence, evidenceNames } from '../../../src-shared/evidence'
import { EvidenceNameSchema } from '../../../src-shared/guide-schema'

const folder = resolve('src-shared/evidence')
const domainFiles = readdirSync(folder).filter((name) => name.endsWith('.ts') && !['index.ts', 'declare.ts'].includes(name))

describe('evidence names, declared by their domains', () => {
  it('the join holds every domain file’s names, and the guide schema takes exactly those', async () => {
    const declared: string[] = []
    for (const file of domainFiles) {
      const module = (await import(resolve(folder, file))) as Record<string, Record<string, unknown>>
      for (const names of Object.values(module)) declared.push(...Object.keys(names))
    }
    expect(domainFiles.length).toBeGreaterThanOrEqual(5)
    expect(new Set(declared).size).toBe(declared.length)
    expect([...evidenceNames].sort()).toEqual(declared.sort())
    expect([...EvidenceNameSchema.options].sort()).toEqual(declared.sort())
  })

  it('each name has its own words for its row and for the refusal to tick it by hand', () => {
    const ids = evidenceNames.flatMap((name) => [evidence[name].how.id, evidence[name].cannotTick.id])
    expect(new Set(ids).size).toBe(ids.length)
    for (const name of evidenceNames) expect(evidence[name].cannotTick.id).toBe(`checklist.cannot-tick.${name}`)
  })
})
