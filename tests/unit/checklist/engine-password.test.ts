import { describe, expect, it } from 'vitest'
import { channelNames } from '../../../src-shared/contract'
import { itemOf, sectionOf, startCore } from '../support/core-harness'
import { confirm } from '../support/full-run'
import { eventsIn as readEvents } from '../support/ledger-file'
import { profileInput, registrationInput, requestInput } from '../support/onboarding-inputs'
import { expectUnchanged } from '../support/refusals'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const CANARY = 'Canary-Zebra-7391-Quokka'
type Stored = { seq: number; at: string; prevHash: string; hash: string; type: string; data: unknown }
const eventsIn = (path: string) => readEvents<Stored>(path)

// Everything up to Step 5 done, the MFA rehearsal aside (it does not gate the password step).
async function throughStep4() {
  const h = startCore({ dataDir: tempDir(), now: '2026-11-23T16:30:00Z' })
  await h.act('profile:save', profileInput('vendor'))
  await h.act('request:send', requestInput('vendor'))
  await h.act('request:email-received', { on: '2026-11-21' })
  await h.act('registration:save', registrationInput('vendor'))
  await confirm(h, 'registration', ['open-link', 'submit-form'])
  await confirm(h, 'sign-in', ['open-portal', 'enter-username', 'enter-password', 'start-mfa'])
  await confirm(h, 'mfa', ['install-authenticator', 'scan-qr', 'number-matching'])
  return h
}

describe('rule: Step 5 is done by confirming the reset on TechPass; nothing typed is kept', () => {
  it('there is no channel for passwords: the reset is an ordinary confirmation', () => {
    expect(channelNames.filter((c) => /password/i.test(c))).toEqual([])
  })

  it('confirming reset-password records only which item, and Step 5 is done', async () => {
    const h = await throughStep4()
    const before = await h.value('ledger:snapshot')
    expect(sectionOf(before, 'password')).toMatchObject({ status: 'not-started', doneCount: 0, totalCount: 1 })
    expect(itemOf(before, 'password', 'reset-password')).toMatchObject({ how: 'attest', blockedBy: null })

    const after = await h.act('checklist:confirm', { role: 'password', item: 'reset-password', done: true })
    const last = eventsIn(h.ledgerPath).at(-1)!
    expect(Object.keys(last).sort()).toEqual(['at', 'data', 'hash', 'prevHash', 'seq', 'type'])
    expect(last).toMatchObject({ type: 'item-confirmed', at: '2026-11-23T16:30:00.000Z' })
    expect(last.data).toEqual({ role: 'password', item: 'reset-password', on: null })
    expect(sectionOf(after, 'password')).toMatchObject({ status: 'done', doneCount: 1, totalCount: 1 })
    expect(after.summary.find((s) => s.sectionId === 'step-5')).toEqual({
      sectionId: 'step-5',
      doneAt: '2026-11-23T16:30:00.000Z',
      evidence: [{ id: 'summary.item-confirmed', values: { item: { item: 'password/reset-password' }, when: { time: '2026-11-23T16:30:00.000Z' } } }],
    })
    expect(h.emit).toHaveBeenLastCalledWith('ledger:changed', after)
  })

  it.each([
    ['a password field', { role: 'password', item: 'reset-password', done: true, password: CANARY }],
    [
      'the three fields of the form',
      { role: 'password', item: 'reset-password', done: true, initial: 'Initial-Canary-Start-1', next: CANARY, confirm: CANARY },
    ],
    ['a password as the day', { role: 'password', item: 'reset-password', done: true, on: CANARY }],
    ['a password as the item', { role: 'password', item: CANARY, done: true }],
  ])('a confirmation that carries %s is refused, never echoed, never logged, and changes nothing', async (_name, input) => {
    const h = await throughStep4()
    await expectUnchanged(h, () => h.call('checklist:confirm', input), 'bad-input')
    const result = await h.call('checklist:confirm', input)
    expect(JSON.stringify(result)).not.toMatch(/Canary/)
    expect(JSON.stringify(h.log.mock.calls)).not.toMatch(/Canary/)
    expect(itemOf(await h.value('ledger:snapshot'), 'password', 'reset-password')?.done).toBe(false)
  })
})
