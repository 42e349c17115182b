import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { moveAside, removeStaleTemps } from '../../../src-main/storage/quarantine'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const AT = new Date('2025-03-01T09:08:07.654Z')

describe('moveAside', () => {
  it('renames the file next to itself with a label and a file-safe time', () => {
    const dir = tempDir()
    const path = join(dir, 'ledger.json')
    writeFileSync(path, 'bytes')
    const target = moveAside(path, 'corrupt', AT)
    expect(target).toBe(join(dir, 'ledger.corrupt-2025-03-01T09-08-07-654Z.json'))
    expect(existsSync(path)).toBe(false)
    expect(readFileSync(target, 'utf8')).toBe('bytes')
  })

  it('never overwrites an earlier file moved at the same instant', () => {
    const dir = tempDir()
    const path = join(dir, 'ledger.json')
    const targets = ['one', 'two', 'three'].map((content) => {
      writeFileSync(path, content)
      return moveAside(path, 'corrupt', AT)
    })
    expect(new Set(targets).size).toBe(3)
    expect(targets.map((t) => readFileSync(t, 'utf8'))).toEqual(['one', 'two', 'three'])
    expect(readdirSync(dir).sort()).toHaveLength(3)
  })

  it('throws when there is nothing to move', () => {
    expect(() => moveAside(join(tempDir(), 'ledger.json'), 'corrupt', AT)).toThrow()
  })
})

describe('removeStaleTemps', () => {
  it('removes the temporary files a killed atomic write left beside the file, and nothing else', () => {
    const dir = tempDir()
    const path = join(dir, 'ledger.json')
    for (const name of ['ledger.json', 'ledger.json.tmp-1a2b3c', 'ledger.json.tmp-ffff', 'mfa.json.tmp-1', 'ledger.corrupt-x.json'])
      writeFileSync(join(dir, name), 'x')
    removeStaleTemps(path)
    expect(readdirSync(dir).sort()).toEqual(['ledger.corrupt-x.json', 'ledger.json', 'mfa.json.tmp-1'])
  })
})

describe('moveAside on the JSON Lines ledger', () => {
  it('keeps the .jsonl extension, so the copy opens as what it is', () => {
    const dir = tempDir()
    const path = join(dir, 'ledger.jsonl')
    writeFileSync(path, 'lines')
    expect(moveAside(path, 'archived', AT)).toBe(join(dir, 'ledger.archived-2025-03-01T09-08-07-654Z.jsonl'))
  })
})
