import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../../src-shared/snapshot-schema'
import type { Head } from '../../src-shared/contract'
import { Ledger } from '../../src-main/ledger/ledger'
import { appFormat } from './support/app-format'
import { sectionOf, startCore } from './support/core-harness'
import { profileInput, requestInput } from './support/onboarding-inputs'
import { eventsIn } from './support/ledger-file'
import { useTempDirs } from './support/temp-dir'

const tempDir = useTempDirs()

describe('ledger:start-over', () => {
  it('archives ledger.jsonl beside itself, bytes intact, and starts a ledger that points to it', async () => {
    const { value, act, ledgerPath, ledgerBytes, info, emit } = startCore({ dataDir: tempDir() })
    await act('profile:save', profileInput())
    await act('request:send', requestInput())
    const before = ledgerBytes()!
    const { archivedTo, head } = await value<{ archivedTo: string; head: Head }>('ledger:start-over')
    const snapshot = emit.mock.lastCall![1] as Snapshot
    expect(head).toEqual({ eventCount: snapshot.eventCount, headHash: snapshot.headHash })
    expect(dirname(archivedTo)).toBe(info.dataDir)
    expect(archivedTo).toBe(join(info.dataDir, 'ledger.archived-2026-11-23T02-00-00-000Z.jsonl'))
    expect(readFileSync(archivedTo).equals(before)).toBe(true)
    expect(snapshot).toMatchObject({ eventCount: 1, profile: null, deadlines: null, nextAction: { kind: 'profile' } })
    expect(snapshot.sections.every((s) => s.status === 'not-started')).toBe(true)
    expect(emit).toHaveBeenLastCalledWith('ledger:changed', snapshot)
    expect(eventsIn(ledgerPath)).toEqual([expect.objectContaining({ type: 'ledger-started', data: { archivedFrom: archivedTo } })])
    expect(readdirSync(info.dataDir).sort()).toEqual(['ledger.archived-2026-11-23T02-00-00-000Z.jsonl', 'ledger.jsonl'])

    const reopened = Ledger.open(info.dataDir, new Date(), appFormat)
    expect(reopened.recovery).toBeNull()
    expect(reopened.all().map((e) => e.type)).toEqual(['ledger-started'])
    const again = startCore({ dataDir: info.dataDir })
    expect(await again.value('ledger:snapshot')).toMatchObject({ eventCount: 1, profile: null, recovery: null })
  })

  it('after starting over, what was done before shows nowhere, and the steps can be done again', async () => {
    const h = startCore({ dataDir: tempDir() })
    await h.act('profile:save', profileInput())
    await h.value('ledger:start-over')
    const fresh = await h.value('ledger:snapshot')
    expect(fresh.summary.every((s) => s.doneAt === null && s.evidence.length === 0)).toBe(true)
    const again = await h.act('profile:save', profileInput('vendor'))
    expect(sectionOf(again, 'profile')?.status).toBe('done')
    expect(again.profile?.audience).toBe('vendor')
  })
})
