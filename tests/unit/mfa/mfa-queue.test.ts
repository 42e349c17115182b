import { describe, expect, it } from 'vitest'
import type { Enrolment, MfaStatus, VerifyOutcome } from '../../../src-shared/mfa-schema'
import type { Vault } from '../../../src-main/ports'
import { memoryVault } from '../../support/memory-vault'
import { startApp } from './mfa-harness'

// A vault whose next decrypt waits until the test lets it go: a verification held "in flight".
function gatedVault() {
  const inner = memoryVault()
  let gate: Promise<void> | null = null
  let open = () => {}
  const vault: Vault = {
    protection: () => inner.protection(),
    encrypt: (plain) => inner.encrypt(plain),
    async decrypt(sealed) {
      const plain = await inner.decrypt(sealed)
      if (gate) await gate
      return plain
    },
  }
  return {
    vault,
    hold() {
      gate = new Promise((resolve) => (open = resolve))
    },
    release() {
      gate = null
      open()
    },
  }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('mfa: enrolment and verification share one queue', () => {
  it('a new practice QR code made while a check is in flight stays the key in use', async () => {
    const gated = gatedVault()
    const app = startApp({ vault: gated.vault })
    const { secret: oldSecret } = await app.enrol()
    gated.hold()
    const checking = app.outcome('000000')
    const enrolling = app.value<Enrolment>('mfa:enrol')
    await settle()
    gated.release()
    const [outcome, enrolment] = await Promise.all([checking, enrolling])
    const newSecret = enrolment.keyGroups.join('')
    expect(outcome.result).toBe('wrong')
    expect(newSecret).not.toBe(oldSecret)
    const revealed = await app.value<Enrolment>('mfa:reveal')
    expect(revealed.keyGroups.join('')).toBe(newSecret)
    expect((await app.outcome(app.codeFor(oldSecret))).result).not.toBe('accepted')
    expect((await app.outcome(app.codeFor(newSecret))).result).toBe('accepted')
  })

  it('a check in flight does not write over number matching recorded meanwhile', async () => {
    const gated = gatedVault()
    const app = startApp({ vault: gated.vault })
    const { secret } = await app.enrol()
    gated.hold()
    const checking = app.value<VerifyOutcome>('mfa:verify', { code: app.codeFor(secret) })
    await settle()
    const practised = await app.value<MfaStatus>('mfa:record-number-matching')
    expect(practised.numberMatchingPractisedAt).not.toBeNull()
    gated.release()
    const outcome = await checking
    expect(outcome.result).toBe('accepted')
    expect(outcome.status.numberMatchingPractisedAt).toBe(practised.numberMatchingPractisedAt)
    expect((await app.status()).numberMatchingPractisedAt).toBe(practised.numberMatchingPractisedAt)
  })
})
