import { describe, expect, it, vi } from 'vitest'
import { checkedEmit } from '../../../src-main/ipc/push'
import type { Emit } from '../../../src-main/ipc/push'
import { sampleSnapshot } from '../support/snapshot'

const snapshot = sampleSnapshot
const mfa = {
  enrolled: false,
  enrolledAt: null,
  storage: null,
  keyAvailable: false,
  verifiedAt: null,
  consecutiveFailures: 0,
  cooldownSecondsLeft: 0,
  disabled: false,
  numberMatchingPractisedAt: null,
}

function setup() {
  const sent = vi.fn()
  const log = vi.fn()
  const emit = checkedEmit(sent as unknown as Emit, log)
  // Payloads are built wrong on purpose: the check exists for what the types would not catch.
  const push = (event: string, payload: unknown) => (emit as (event: string, payload: unknown) => void)(event, payload)
  return { sent, log, push }
}

describe('pushes from main (checked here now that the preload carries no zod)', () => {
  it('sends a ledger:changed snapshot that matches the contract', () => {
    const { sent, log, push } = setup()
    push('ledger:changed', snapshot)
    expect(sent).toHaveBeenCalledExactlyOnceWith('ledger:changed', snapshot)
    expect(log).not.toHaveBeenCalled()
  })

  it('sends mfa:changed and app:menu-chosen payloads that match the contract', () => {
    const { sent, push } = setup()
    push('mfa:changed', mfa)
    push('app:menu-chosen', { item: 'guide-mode' })
    expect(sent.mock.calls).toEqual([
      ['mfa:changed', mfa],
      ['app:menu-chosen', { item: 'guide-mode' }],
    ])
  })

  it.each([
    ['null', null],
    ['a string', 'snapshot'],
    ['an empty object', {}],
    ['a negative count', { ...snapshot, eventCount: -1 }],
    ['an unknown status', { ...snapshot, sections: [{ ...snapshot.sections[0], status: 'finished' }] }],
    ['a missing field', { ...snapshot, recovery: undefined }],
    [
      'an item without how it is done',
      { ...snapshot, sections: [{ ...snapshot.sections[0], items: [{ ...snapshot.sections[0]!.items[0], how: undefined }] }] },
    ],
    [
      'an item in the 0.1.0 shape',
      { ...snapshot, sections: [{ ...snapshot.sections[0], items: [{ id: 'org-email', done: true, changedAt: null, auto: true }] }] },
    ],
    ['a section without its role', { ...snapshot, sections: [{ ...snapshot.sections[0], role: undefined }] }],
    ['a SEED answer that is a flag', { ...snapshot, profile: { audience: 'vendor', seed: true, orgEmail: 'a@b.com', onboardingEmailOn: null } }],
    ['an unknown next action', { ...snapshot, nextAction: { ...snapshot.nextAction, kind: 'celebrate' } }],
  ])('does not send a ledger:changed payload that is %s, and logs it without the data', (_name, payload) => {
    const { sent, log, push } = setup()
    push('ledger:changed', payload)
    expect(sent).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledExactlyOnceWith('ledger:changed was not sent: what main built does not match the contract')
    push('ledger:changed', snapshot)
    expect(sent).toHaveBeenCalledTimes(1)
  })

  it('does not send an unknown menu item or an MFA status with a field missing', () => {
    const { sent, push } = setup()
    push('app:menu-chosen', { item: 'delete-everything' })
    push('mfa:changed', { ...mfa, disabled: undefined })
    expect(sent).not.toHaveBeenCalled()
  })

  it('does not send a payload that throws when it is read', () => {
    const { sent, log, push } = setup()
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom')
        },
      },
    )
    expect(() => push('ledger:changed', hostile)).not.toThrow()
    expect(sent).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledTimes(1)
  })
})
