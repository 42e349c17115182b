import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Ledger } from '../../../src-main/ledger/ledger'
import { asideFileName, LEDGER_FILE } from '../../../src-shared/data-files'
import { note, noteFormat } from '../ledger/note-format'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

describe('the names of files set aside beside the progress file', () => {
  it('are <name>.<label>-<stamp><extension>', () => {
    expect(asideFileName('ledger.jsonl', 'torn', '2026-12-22T01-00-00-834Z')).toBe('ledger.torn-2026-12-22T01-00-00-834Z.jsonl')
    expect(asideFileName('ledger.json', 'v2', 'x')).toBe('ledger.v2-x.json')
    expect(asideFileName('drafts', 'corrupt', 'x')).toBe('drafts.corrupt-x')
  })

  it('Start over archives the progress file under the same rule, and starts a new one in its place', () => {
    const dir = tempDir()
    const ledger = Ledger.open(dir, new Date('2026-12-22T01:00:00.834Z'), noteFormat())
    ledger.append(note('first'), new Date('2026-12-22T01:00:00.834Z'))
    const archivedTo = ledger.startOver(new Date('2026-12-22T01:00:00.834Z'))!
    expect(basename(ledger.path)).toBe(LEDGER_FILE)
    expect(basename(archivedTo)).toBe('ledger.archived-2026-12-22T01-00-00-834Z.jsonl')
  })
})
