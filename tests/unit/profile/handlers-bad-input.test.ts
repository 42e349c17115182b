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

const profileCases: Case[] = [
  ['an impossible date', { ...profileInput(), onboardingEmailOn: '2026-02-30' }, /date the TechPass onboarding email arrived/],
  ['a date in the future', { ...profileInput(), onboardingEmailOn: '2026-11-24' }, /date the TechPass onboarding email arrived/],
  ['a date over a year ago', { ...profileInput(), onboardingEmailOn: '2025-10-01' }, /date the TechPass onboarding email arrived/],
  ['a date in another format', { ...profileInput(), onboardingEmailOn: '23/11/2026' }, /date the TechPass onboarding email arrived/],
  ['an email with no domain', { ...profileInput(), orgEmail: 'ana@' }, /organisational email/i],
  ['an email with no @', { ...profileInput(), orgEmail: 'ana.acme.com' }, /organisational email/i],
  ['a LiteMail address', { ...profileInput(), orgEmail: LITEMAIL }, /organisational email is a LiteMail/i],
  ['an empty email', { ...profileInput(), orgEmail: '' }, /organisational email/i],
  ['a too-long email', { ...profileInput(), orgEmail: `${'a'.repeat(300)}@acme.com` }, /organisational email is too long/i],
  ['a bell character', { ...profileInput(), orgEmail: 'ana@acme.com\u0007' }, /organisational email has hidden characters/i],
  ['a zero-width space', { ...profileInput(), orgEmail: 'ana\u200b@acme.com' }, /organisational email has hidden characters/i],
  ['a newline inside', { ...profileInput(), orgEmail: 'ana@ac\nme.com' }, /organisational email has hidden characters/i],
  ['SEED "no" for an offshore user not in an ODC', { ...profileInput(), seed: 'no' }, /must have SEED\. Choose Yes\./],
  ['SEED "unknown" for an offshore user not in an ODC', { ...profileInput(), seed: 'unknown' }, /must have SEED\. Choose Yes\./],
  ['no SEED answer at all', { audience: 'vendor', orgEmail: 'ana@acme.com', onboardingEmailOn: null }, /Answer the SEED question: Yes, No, or I don’t know\./],
  ['SEED as true, the way 0.1.0 sent it', { ...profileInput('vendor'), seed: true }, /Answer the SEED question: Yes, No, or I don’t know\./],
  [
    'the 0.1.0 field seedProvisioned',
    { audience: 'vendor', seedProvisioned: false, orgEmail: 'ana@acme.com', onboardingEmailOn: null },
    /Answer the SEED question/,
  ],
  ['an unknown audience', { ...profileInput(), audience: 'contractor' }, /Choose who you are/],
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
