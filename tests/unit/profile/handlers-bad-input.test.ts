import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { startCore } from '../support/core-harness'
import { profileInput } from '../support/onboarding-inputs'
import { expectRefused, expectUnchanged, prepared } from '../support/refusals'
import { useTempDirs } from '../support/temp-dir'

// "Now" is 2026-11-23 10:00 in Singapore for every test here.
const tempDir = useTempDirs()
const LITEMAIL = `ana@${DEFAULT_SETTINGS.refusedEmailDomains[0]}`
type Case = [name: string, input: unknown, says: RegExp]

// The form says exactly what is wrong as the user types; main names the field (or, for a shape the form never sends, the part).
const profileCases: Case[] = [
  ['an impossible date', { ...profileInput(), onboardingEmailOn: '2026-02-30' }, /: Date the TechPass onboarding email arrived\./],
  ['a date in the future', { ...profileInput(), onboardingEmailOn: '2026-11-24' }, /date the TechPass onboarding email arrived is in the future/],
  ['a date over a year ago', { ...profileInput(), onboardingEmailOn: '2025-10-01' }, /date the TechPass onboarding email arrived is more than a year ago/],
  ['a date in another format', { ...profileInput(), onboardingEmailOn: '23/11/2026' }, /: Date the TechPass onboarding email arrived\./],
  ['an email with no domain', { ...profileInput(), orgEmail: 'ana@' }, /: Organisational email\./],
  ['an email with no @', { ...profileInput(), orgEmail: 'ana.acme.com' }, /: Organisational email\./],
  ['a LiteMail address', { ...profileInput(), orgEmail: LITEMAIL }, /: Organisational email\./],
  ['an empty email', { ...profileInput(), orgEmail: '' }, /: Organisational email\./],
  ['a too-long email', { ...profileInput(), orgEmail: `${'a'.repeat(300)}@acme.com` }, /: Organisational email\./],
  ['a bell character', { ...profileInput(), orgEmail: 'ana@acme.com\u0007' }, /: Organisational email\./],
  ['a zero-width space', { ...profileInput(), orgEmail: 'ana\u200b@acme.com' }, /: Organisational email\./],
  ['a newline inside', { ...profileInput(), orgEmail: 'ana@ac\nme.com' }, /: Organisational email\./],
  ['SEED "no" for an offshore user not in an ODC', { ...profileInput(), seed: 'no' }, /: SEED\./],
  ['SEED "unknown" for an offshore user not in an ODC', { ...profileInput(), seed: 'unknown' }, /: SEED\./],
  ['no SEED answer at all', { audience: 'vendor', orgEmail: 'ana@acme.com', onboardingEmailOn: null }, /These parts are wrong: seed\./],
  ['SEED as true, the way 0.1.0 sent it', { ...profileInput('vendor'), seed: true }, /These parts are wrong: seed\./],
  [
    'the 0.1.0 field seedProvisioned',
    { audience: 'vendor', seedProvisioned: false, orgEmail: 'ana@acme.com', onboardingEmailOn: null },
    /These parts are wrong: seed\./,
  ],
  ['an unknown audience', { ...profileInput(), audience: 'contractor' }, /These parts are wrong: audience\./],
]

describe('profile:save refuses bad input, naming the field', () => {
  it.each(profileCases)('with nothing saved yet: %s, and creates no file', async (_name, input, says) => {
    const { call, ledgerBytes, emit } = startCore({ dataDir: tempDir() })
    expectRefused(await call('profile:save', input), 'bad-input', says)
    expect(ledgerBytes()).toBeNull()
    expect(emit).not.toHaveBeenCalled()
  })

  it.each(profileCases)('after a profile and a request: %s, and ledger.json stays byte-identical', async (_name, input, says) => {
    const h = await prepared(tempDir())
    await expectUnchanged(h, () => h.call('profile:save', input), 'bad-input', says)
    expect((await h.value('ledger:snapshot')).eventCount).toBe(2)
  })
})
