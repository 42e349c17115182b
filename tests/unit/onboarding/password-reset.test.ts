import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { sectionOf, startCore } from '../support/core-harness'
import { profileInput } from '../support/onboarding-inputs'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const CANARY = 'Canary-Zebra-7391-Quokka'
type Stored = { seq: number; at: string; prevHash: string; hash: string; type: string; data: unknown }
const eventsIn = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { events: Stored[] }).events
const step5 = (s: Snapshot) => Object.fromEntries(sectionOf(s, 'step-5')!.items.map((i) => [i.id, { done: i.done, auto: i.auto, changedAt: i.changedAt }]))

describe('password:confirm-reset', () => {
  it.each([
    ['an empty object', {}],
    ['a password field', { password: CANARY }],
    ['the three fields of the form', { initial: 'Initial-Canary-Start-1', next: CANARY, confirm: CANARY }],
    ['a bare string', CANARY],
    ['null', null],
    ['a number', 0],
    ['an empty list', []],
    ['false', false],
  ])('refuses %s as bad input, records nothing and never echoes it', async (_, input) => {
    const h = startCore({ dataDir: tempDir() })
    await h.value('profile:save', profileInput('vendor'))
    const bytes = h.ledgerBytes()
    h.emit.mockClear()
    const result = await h.call('password:confirm-reset', input)
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } })
    expect(JSON.stringify(result)).not.toContain(CANARY)
    expect(JSON.stringify(result)).not.toContain('Initial-Canary')
    expect(h.ledgerBytes()).toEqual(bytes)
    expect(h.emit).not.toHaveBeenCalled()
    expect(JSON.stringify(h.log.mock.calls)).not.toContain(CANARY)
  })

  it('with no input: records an empty password-reset-confirmed event and ticks the three Step 5 items', async () => {
    const h = startCore({ dataDir: tempDir(), now: '2026-11-23T16:30:00Z' })
    await h.value('profile:save', profileInput('vendor'))
    const before = await h.value('ledger:snapshot')
    expect(sectionOf(before, 'step-5')?.status).toBe('not-started')

    const after = await h.value('password:confirm-reset')
    const last = eventsIn(h.ledgerPath).at(-1)!
    expect(Object.keys(last).sort()).toEqual(['at', 'data', 'hash', 'prevHash', 'seq', 'type'])
    expect(last).toMatchObject({ type: 'password-reset-confirmed', data: {}, at: '2026-11-23T16:30:00.000Z' })
    expect(last.data).toEqual({})
    const stamp = { done: true, auto: true, changedAt: '2026-11-23T16:30:00.000Z' }
    expect(step5(after)).toEqual({ 'enter-initial': stamp, 'create-new': stamp, 'confirm-new': stamp })
    expect(sectionOf(after, 'step-5')).toMatchObject({ status: 'done', doneCount: 3, totalCount: 3 })
    expect(h.emit).toHaveBeenLastCalledWith('ledger:changed', after)
  })

  it('the summary says when the reset was confirmed, in local time, and nothing that looks like a password', async () => {
    const h = startCore({ dataDir: tempDir(), now: '2026-11-23T16:30:00Z' })
    await h.value('profile:save', profileInput('vendor'))
    const before = await h.value('ledger:snapshot')
    expect(before.summary.find((s) => s.sectionId === 'step-5')).toEqual({ sectionId: 'step-5', doneAt: null, evidence: [] })

    const after = await h.value('password:confirm-reset')
    const summary = after.summary.find((s) => s.sectionId === 'step-5')!
    expect(summary).toEqual({
      sectionId: 'step-5',
      doneAt: '2026-11-24 00:30',
      evidence: ['Password reset confirmed on 2026-11-24 00:30 (the password itself is never stored)'],
    })
    // Only fixed words and the date: no token that could be a password, no digits but the date's.
    const line = summary.evidence[0]!
    expect(line.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/, 'DATE')).toBe('Password reset confirmed on DATE (the password itself is never stored)')
  })

  it('confirming again is a new, later confirmation; the ledger still holds no password data', async () => {
    const h = startCore({ dataDir: tempDir(), now: '2026-11-23T16:30:00Z' })
    await h.value('password:confirm-reset')
    h.clock.advance(3_600_000)
    const again = await h.value('password:confirm-reset')
    const confirmations = eventsIn(h.ledgerPath).filter((e) => e.type === 'password-reset-confirmed')
    expect(confirmations.map((e) => e.data)).toEqual([{}, {}])
    expect(sectionOf(again, 'step-5')?.status).toBe('done')
    expect(again.summary.find((s) => s.sectionId === 'step-5')?.evidence).toEqual([
      'Password reset confirmed on 2026-11-24 01:30 (the password itself is never stored)',
    ])
  })

  it('a checklist tick that carries a password field is refused, never echoed, and changes nothing', async () => {
    const h = startCore({ dataDir: tempDir() })
    await h.value('password:confirm-reset')
    const bytes = h.ledgerBytes()
    const result = await h.call('ledger:record', { sectionId: 'step-5', itemId: 'create-new', done: true, password: CANARY })
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } })
    expect(JSON.stringify(result)).not.toContain(CANARY)
    expect(h.ledgerBytes()).toEqual(bytes)
  })
})
