import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Policies } from '../../../src-shared/policy-schema'
import { itemOf, startCore } from '../support/core-harness'
import { confirm } from '../support/full-run'
import { profileInput, registrationInput, requestInput } from '../support/onboarding-inputs'
import { expectUnchanged } from '../support/refusals'
import { useTempDirs } from '../support/temp-dir'
import { copyResources } from '../support/temp-resources'

const tempDir = useTempDirs()

// An offshore user not in an ODC with Steps 1 to 5 confirmed; the MFA rehearsal aside.
async function throughStep5(policiesDir?: string) {
  const h = startCore({ dataDir: tempDir(), ...(policiesDir ? { policiesDir } : {}) })
  await h.act('profile:save', profileInput())
  await h.act('request:send', requestInput())
  await h.act('request:email-received', { on: '2026-11-21' })
  await h.act('registration:save', registrationInput())
  await confirm(h, 'registration', ['open-link', 'submit-form'])
  await confirm(h, 'sign-in', ['open-portal', 'enter-username', 'enter-password', 'start-mfa'])
  await confirm(h, 'mfa', ['install-authenticator', 'scan-qr', 'number-matching'])
  await confirm(h, 'password', ['reset-password'])
  return h
}

describe('rule: Step 6 is read in the assistant, accepted on TechPass, and the MDM AUP accepted here (R14, R15)', () => {
  it('reading records the version and text fingerprint; privacy and terms cannot be accepted here; the AUP can', async () => {
    const h = await throughStep5()
    const listed = await h.value<Policies>('policy:list')
    expect(listed.samples).toBe(true)
    const [privacy, terms, aup] = listed.policies.map(({ id, version, sha256 }) => ({ id, version, sha256 }))
    await expectUnchanged(h, () => h.call('policy:accept', privacy), 'not-allowed', /on the TechPass page, not here/)
    await expectUnchanged(
      h,
      () => h.call('checklist:confirm', { role: 'policies', item: 'accept-on-techpass', done: true }),
      'not-allowed',
      /^Do this first: Read the privacy policy and terms of use\. Nothing was changed\.$/,
    )

    await h.value('policy:read', privacy)
    const read = await h.value<Policies>('policy:read', terms)
    for (const p of read.policies.slice(0, 2)) expect(p.record).toEqual({ version: p.version, sha256: p.sha256, at: h.clock.now().toISOString() })
    await h.value('policy:accept', aup)
    const snapshot = await h.act('checklist:confirm', { role: 'policies', item: 'accept-on-techpass', done: true })
    expect(['read-policies', 'accept-on-techpass', 'mdm-aup'].map((i) => itemOf(snapshot, 'policies', i)?.done)).toEqual([true, true, true])
  })

  it("texts from an administrator's folder are the official ones, not samples", async () => {
    const folder = join(copyResources(tempDir()), 'policies')
    const h = await throughStep5(folder)
    const listed = await h.value<Policies>('policy:list')
    expect(listed.samples).toBe(false)
    expect(listed.policies.every((p) => p.file.startsWith(folder))).toBe(true)
  })

  it('after Step 6 is reopened, reading one policy again does not count the other read before the reopen', async () => {
    const h = await throughStep5()
    const listed = await h.value<Policies>('policy:list')
    const [privacy, terms, aup] = listed.policies.map(({ id, version, sha256 }) => ({ id, version, sha256 }))
    await h.value('policy:read', privacy)
    await h.value('policy:read', terms)
    await h.value('policy:accept', aup)
    await confirm(h, 'policies', ['accept-on-techpass'])
    await h.act('checklist:reopen', { role: 'policies' })
    const onlyOne = await h.value('policy:read', privacy).then(() => h.value('ledger:snapshot'))
    expect(itemOf(onlyOne, 'policies', 'read-policies')?.done).toBe(false)
    const both = await h.value('policy:read', terms).then(() => h.value('ledger:snapshot'))
    expect(itemOf(both, 'policies', 'read-policies')?.done).toBe(true)
  })
})
