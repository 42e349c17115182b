import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MfaStatus } from '../../../src-shared/mfa-schema'
import { sectionOf, startCore } from '../support/core-harness'
import { fullRun } from '../support/full-run'
import { expectUnchanged } from '../support/refusals'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

describe('rule: Start over begins every step again, Step 4 included', () => {
  it('MFA is not enrolled nor verified after starting over, though mfa.json still holds the old key', async () => {
    const dataDir = tempDir()
    const h = startCore({ dataDir })
    const { snapshot } = await fullRun(h)
    expect(snapshot.mfa.verifiedAt).not.toBeNull()
    expect((await h.value<MfaStatus>('mfa:status')).enrolled).toBe(true)

    const fresh = await h.act('ledger:start-over')
    const kept = JSON.parse(readFileSync(join(dataDir, 'mfa.json'), 'utf8')) as { enrolment: { sealed: string | null } | null }
    expect(kept.enrolment?.sealed).toEqual(expect.any(String))

    expect(fresh.mfa).toEqual({ enrolledAt: null, verifiedAt: null, driftSeconds: null, numberMatchingAt: null })
    expect(sectionOf(fresh, 'mfa')).toMatchObject({ status: 'not-started', doneCount: 0 })
    const status = await h.value<MfaStatus>('mfa:status')
    expect(status).toMatchObject({ enrolled: false, enrolledAt: null, verifiedAt: null, numberMatchingPractisedAt: null, keyAvailable: false })
    await expectUnchanged(h, () => h.call('mfa:reveal'), 'not-allowed', /no practice QR code yet/)
    await expectUnchanged(h, () => h.call('mfa:verify', { code: '123456' }), 'not-allowed', /create a practice QR code/)

    // The same after a restart on the same folder.
    const again = startCore({ dataDir })
    expect(await again.value<MfaStatus>('mfa:status')).toMatchObject({ enrolled: false, verifiedAt: null })
  })

  it('every section starts as "not started" with nothing done and no reason', async () => {
    const h = startCore({ dataDir: tempDir() })
    await fullRun(h, 'vendor')
    const snapshot = await h.act('ledger:start-over')
    expect(snapshot.sections.map((s) => [s.status, s.doneCount, s.reason])).toEqual(Array(8).fill(['not-started', 0, null]))
  })
})
