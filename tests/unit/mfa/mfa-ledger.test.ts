import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { MfaStatus } from '../../../src-shared/mfa-schema'
import { memoryVault } from '../../support/memory-vault'
import { ledgerEvents, readJson, startApp } from './mfa-harness'

const mfaEvents = (events: { type: string }[]) => events.filter((e) => e.type.startsWith('mfa-') || e.type === 'number-matching-practised')

describe('the ledger records the rehearsal', () => {
  it('enrolment is recorded with where the key is kept', async () => {
    const app = startApp()
    await app.enrol()
    expect(mfaEvents(ledgerEvents(app))).toEqual([
      expect.objectContaining({ type: 'mfa-enrolled', data: { storage: 'encrypted' }, at: app.clock.now().toISOString() }),
    ])
    const memory = startApp({ vault: memoryVault('memory-only') })
    await memory.enrol()
    expect(mfaEvents(ledgerEvents(memory))).toEqual([expect.objectContaining({ type: 'mfa-enrolled', data: { storage: 'memory-only' } })])
  })

  it('an accepted code is recorded as mfa-verified with empty data, at the time it was accepted', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    app.clock.advance(5_000)
    const outcome = await app.outcome(app.codeFor(secret))
    expect(mfaEvents(ledgerEvents(app)).map((e) => e.type)).toEqual(['mfa-enrolled', 'mfa-verified'])
    const verified = ledgerEvents(app).find((e) => e.type === 'mfa-verified')
    expect(verified).toMatchObject({ data: {}, at: app.clock.now().toISOString() })
    expect(outcome.status.verifiedAt).toBe(app.clock.now().toISOString())
  })

  it('number-matching practice is recorded in the ledger alone (one fact, one home) and shown in the status', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    await app.outcome(app.codeFor(secret))
    const status = await app.value<MfaStatus>('mfa:record-number-matching')
    const at = app.clock.now().toISOString()
    expect(status.numberMatchingPractisedAt).toBe(at)
    expect(mfaEvents(ledgerEvents(app)).at(-1)).toEqual(expect.objectContaining({ type: 'number-matching-practised', data: {}, at }))
    const kept = readJson(app.mfaPath)
    expect(kept).toMatchObject({ schemaVersion: 3 })
    expect(kept).not.toHaveProperty('numberMatchingPractisedAt')
    expect(kept).not.toHaveProperty('verifiedAt')
    const again = startApp({ dataDir: app.dataDir, vault: app.vault, clock: app.clock })
    expect((await again.status()).numberMatchingPractisedAt).toBe(at)
  })

  it('wrong codes, replays and refusals add no events; drift adds mfa-drift-seen with the seconds', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    const code = app.codeFor(secret)
    await app.outcome(code)
    const count = ledgerEvents(app).length
    expect((await app.outcome(code)).result).toBe('replayed')
    await app.verify('12345')
    expect(ledgerEvents(app)).toHaveLength(count)
    expect((await app.outcome(app.codeFor(secret, -120))).result).toBe('drift')
    expect(ledgerEvents(app).slice(count)).toEqual([expect.objectContaining({ type: 'mfa-drift-seen', data: { seconds: -120 } })])
  })

  it('each change is pushed to the renderer as mfa:changed with the new status', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    expect(app.emit).toHaveBeenCalledWith('mfa:changed', expect.objectContaining({ enrolled: true, verifiedAt: null }))
    app.emit.mockClear()
    await app.outcome(app.codeFor(secret))
    expect(app.emit).toHaveBeenCalledWith('mfa:changed', expect.objectContaining({ verifiedAt: app.clock.now().toISOString() }))
  })
})

describe('the ledger never records a code', () => {
  it('after a run with many codes typed, none of them appears in ledger.jsonl or mfa.json', async () => {
    const app = startApp()
    const typed: string[] = []
    const type = async (code: string) => {
      typed.push(code)
      return app.verify(code)
    }
    const { secret } = await app.enrol()
    await type(app.codeFor(secret))
    await type(app.codeFor(secret))
    await type(app.codeFor(secret, 90))
    await type(app.codeFor(secret, -300))
    await type(app.codeFor(secret, 1200))
    app.clock.advance(30_000)
    await type(app.codeFor(secret, 30))
    await type(app.codeFor(secret, -30))
    const { secret: second } = await app.enrol()
    await type(app.codeFor(second))
    await app.value('mfa:record-number-matching')

    const types = ledgerEvents(app).map((e) => e.type)
    expect(types.filter((t) => t === 'mfa-verified')).toHaveLength(3)
    expect(types.filter((t) => t === 'mfa-drift-seen')).toHaveLength(2)
    expect(types.filter((t) => t === 'mfa-enrolled')).toHaveLength(2)
    // The chain's hashes are random hex, where 6 digits could turn up by chance; a code stored anywhere else could not hide there.
    const ledgerText = readFileSync(app.ledgerPath, 'utf8').replace(/"[0-9a-f]{64}"/g, '"<hash>"')
    expect(ledgerText).toContain('"<hash>"')
    const mfaText = readFileSync(app.mfaPath, 'utf8')
    expect(typed.every((c) => /^\d{6}$/.test(c))).toBe(true)
    for (const code of new Set(typed)) {
      expect(ledgerText.includes(code), `ledger.jsonl contains the code ${code}`).toBe(false)
      expect(mfaText.includes(code), `mfa.json contains the code ${code}`).toBe(false)
    }
  })

  it('MFA events carry only the fields the issue allows', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    await app.outcome(app.codeFor(secret, 240))
    await app.outcome(app.codeFor(secret))
    await app.value('mfa:record-number-matching')
    const allowed: Record<string, string[]> = {
      'mfa-enrolled': ['storage'],
      'mfa-verified': [],
      'mfa-drift-seen': ['seconds'],
      'number-matching-practised': [],
    }
    const events = mfaEvents(ledgerEvents(app))
    expect(events.map((e) => e.type)).toEqual(['mfa-enrolled', 'mfa-drift-seen', 'mfa-verified', 'number-matching-practised'])
    for (const event of ledgerEvents(app).filter((e) => e.type in allowed)) expect(Object.keys(event.data).sort()).toEqual(allowed[event.type])
  })
})
