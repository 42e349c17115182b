import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { isRefusedDomain } from '../../../src-shared/fields'
import type { Enrolment } from '../../../src-shared/mfa-schema'
import { seedAnswers } from '../../../src-shared/profile'
import type { Audience, SeedAnswer } from '../../../src-shared/profile'
import { base32Bytes } from '../mfa/mfa-harness'
import { startCore } from './core-harness'
import { exportText, importView, parseBundle, stringsIn } from './bundle-files'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

const phone = fc
  .oneof(fc.stringMatching(/^\+65 [89]\d{3} \d{4}$/), fc.stringMatching(/^\+91 [6-9]\d{4} \d{5}$/), fc.stringMatching(/^\+44 7\d{3} \d{6}$/))
  .filter((p) => parsePhoneNumberFromString(p)?.isValid() === true)
// Names carry lower-case letters and usernames start with a letter no hash uses, so neither can turn up by chance.
const personName = fc.oneof(
  fc.stringMatching(/^[A-Z][a-z]{5,11}$/),
  fc.stringMatching(/^[A-Z][a-z]{3,8}[ '-][A-Z][a-z]{3,8}$/),
  fc.constantFrom('Zoë Müller-Lüdenscheidt', 'Nguyễn Thị Minh', 'Ólafur Þórsson', '李小龍', 'Анна-Мария'),
)
const username = fc.stringMatching(/^[g-z][a-z0-9._-]{5,20}$/)
// Refused domains (LiteMail, personal mail such as qq.com) are left out: the profile would not be saved.
const orgEmail = fc.emailAddress().filter((e) => !isRefusedDomain(e, DEFAULT_SETTINGS.refusedEmailDomains))
const address = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.stringMatching(/^[A-Z][a-z]{4,10}$/),
      fc.constantFrom('Road', 'Street', 'Nagar'),
      fc.stringMatching(/^[A-Z][a-z]{4,10} \d{5,6}$/),
    )
    .map(([n, street, kind, city]) => `${n} ${street} ${kind}\n${city}`),
  fc.stringMatching(/^Blk \d{1,3}, [A-Z][a-z]{4,10} [A-Z][a-z]{3,9} \d{6}$/),
)
// Non-personal facts: upper case and digits only, so no personal value can hide inside one.
const project = fc.stringMatching(/^[A-Z][A-Z0-9]{2,9}$/)
const department = fc.stringMatching(/^[A-Z]{2,5}( [A-Z]{2,8})?$/)
const pastDay = fc.integer({ min: 0, max: 300 }).map((ago) => new Date(Date.UTC(2026, 10, 23) - ago * 86_400_000).toISOString().slice(0, 10))

const person = fc.record({
  audience: fc.constantFrom<Audience>('vendor', 'offshore-odc', 'offshore-non-odc'),
  seed: fc.constantFrom<SeedAnswer>(...seedAnswers),
  orgEmail,
  requestMobile: phone,
  registrationMobile: phone,
  projectName: project,
  department,
  username,
  firstName: personName,
  lastName: personName,
  officerName: personName,
  officerEmail: orgEmail,
  companyAddress: address,
  onboardingEmailOn: pastDay,
  registrationEmailOn: pastDay,
})
type Person = typeof person extends fc.Arbitrary<infer T> ? T : never

// Each personal value as the app stores it (lower-case emails, E.164 phones), and as it was typed.
function personalForms(p: Person): { stored: string[]; typed: string[] } {
  const e164 = (typed: string) => parsePhoneNumberFromString(typed)!.number
  const officer = p.audience === 'vendor' ? [] : [p.officerName, p.officerEmail.toLowerCase(), JSON.stringify(p.companyAddress).slice(1, -1)]
  const phones = [p.requestMobile, p.registrationMobile].map(e164)
  return {
    stored: [p.orgEmail.toLowerCase(), p.username, p.firstName, p.lastName, ...phones, ...officer],
    typed: [
      p.orgEmail,
      p.requestMobile,
      p.registrationMobile,
      ...phones.map((n) => n.slice(1)),
      ...(p.audience === 'vendor' ? [] : [p.officerEmail, ...p.companyAddress.split('\n')]),
    ],
  }
}

async function journey(p: Person) {
  const h = startCore({ dataDir: tempDir() })
  const seed: SeedAnswer = p.audience === 'offshore-non-odc' ? 'yes' : p.seed
  const officer = { officerName: p.officerName, officerEmail: p.officerEmail, companyAddress: p.companyAddress }
  await h.act('profile:save', { audience: p.audience, seed, orgEmail: p.orgEmail, onboardingEmailOn: p.onboardingEmailOn })
  await h.act('request:send', {
    orgEmail: p.orgEmail,
    mobile: p.requestMobile,
    projectName: p.projectName,
    ...(p.audience === 'offshore-non-odc' ? officer : {}),
  })
  await h.act('request:email-received', { on: p.registrationEmailOn })
  const reg = { username: p.username, firstName: p.firstName, lastName: p.lastName, mobile: p.registrationMobile, department: p.department }
  await h.act('registration:save', { ...reg, ...(p.audience === 'vendor' ? {} : officer) })
  return { h, seed }
}

describe('redaction removes every personal field', () => {
  it('no generated name, email, phone number, address or username survives; the facts do, and the bundle imports', async () => {
    await fc.assert(
      fc.asyncProperty(person, async (p) => {
        const { h, seed } = await journey(p)
        const { stored, typed } = personalForms(p)
        const forms = [...stored, ...typed]
        const plain = await exportText(h, false)
        for (const form of stored) expect(plain.includes(form), `the unredacted bundle should hold ${form}`).toBe(true)

        const text = await exportText(h, true)
        const strings = stringsIn(JSON.parse(text))
        for (const form of forms) {
          expect(text.toLowerCase().includes(form.toLowerCase()), `the redacted bundle still holds ${JSON.stringify(form)}`).toBe(false)
          expect(
            strings.some((s) => s.includes(form)),
            `a string in the redacted bundle holds ${JSON.stringify(form)}`,
          ).toBe(false)
        }

        const bundle = parseBundle(text)
        expect(bundle.redacted).toBe(true)
        expect(bundle.profile).toEqual({ audience: p.audience, seed, orgEmail: '[redacted]', onboardingEmailOn: p.onboardingEmailOn })
        const events = bundle.events as { type: string; data: Record<string, unknown> }[]
        expect(events.map((e) => e.type)).toEqual(['profile-saved', 'request-sent', 'registration-email-received', 'registration-saved'])
        expect(events[1]!.data.details).toMatchObject({ orgEmail: '[redacted]', mobile: '[redacted]', projectName: p.projectName })
        expect(events[2]!.data).toEqual({ on: p.registrationEmailOn })
        expect(events[3]!.data.fields).toMatchObject({
          username: '[redacted]',
          firstName: '[redacted]',
          lastName: '[redacted]',
          mobile: '[redacted]',
          department: p.department,
        })
        for (const fact of [p.projectName, p.department, p.onboardingEmailOn, p.registrationEmailOn, `"audience": "${p.audience}"`, `"seed": "${seed}"`]) {
          expect(text, `the redacted bundle lost ${fact}`).toContain(fact)
        }

        const view = await importView(h, text)
        expect(view.redacted).toBe(true)
        expect(view.timeline).toHaveLength(4)
        expect(view.who?.values?.seed).toEqual({ msg: { id: `progress.seed-${seed}` } })
        expect(view.integrity).toMatchObject({ eventCount: 4, checkedInFull: 1, checkedByLinkOnly: 3 })
        expect(JSON.stringify(view)).not.toContain('[redacted]')
      }),
      { numRuns: 200 },
    )
  }, 180_000)

  // The source counts paths as personal (movedTo, archivedFrom): a data folder names the OS user.
  it('the data folder path is not in a redacted bundle, even while a recovery notice is showing', async () => {
    const home = join(tempDir(), 'Users', 'ana.lim-4821', 'AppData', 'TechPass')
    mkdirSync(home, { recursive: true })
    writeFileSync(join(home, 'ledger.json'), '{ not json')
    const h = startCore({ dataDir: home })
    const text = await exportText(h, true)
    expect(parseBundle(text).snapshot).toMatchObject({ recovery: { reason: 'unreadable', movedTo: '[redacted]' } })
    expect(text).not.toContain('ana.lim-4821')
  })

  it('the data folder path is not in a redacted bundle after the notice is acknowledged or the user starts over', async () => {
    const home = join(tempDir(), 'Users', 'ana.lim-4821', 'AppData', 'TechPass')
    mkdirSync(home, { recursive: true })
    writeFileSync(join(home, 'ledger.json'), '{ not json')
    const h = startCore({ dataDir: home })
    await h.act('ledger:acknowledge-recovery')
    await h.value('ledger:start-over')
    const text = await exportText(h, true)
    expect(parseBundle(text).events).toMatchObject([{ type: 'ledger-started', data: { archivedFrom: '[redacted]' } }])
    expect(text).not.toContain('ana.lim-4821')
    expect(await exportText(h, false)).toContain('ana.lim-4821')
  })
})

describe('a bundle never contains the TOTP secret', () => {
  it.each([
    ['redacted', true],
    ['unredacted', false],
  ])('the %s bundle holds no form of the practice key', async (_, redact) => {
    const h = startCore({ dataDir: tempDir() })
    await h.act('profile:save', { audience: 'vendor', seed: 'no', orgEmail: 'ana@acme.com', onboardingEmailOn: null })
    const enrolment = await h.value<Enrolment>('mfa:enrol')
    const secret = enrolment.keyGroups.join('')
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    const raw = base32Bytes(secret)
    const text = await exportText(h, redact)
    expect(parseBundle(text).events).toMatchObject([{ type: 'profile-saved' }, { type: 'mfa-enrolled' }])
    for (const form of [secret, secret.toLowerCase(), enrolment.keyGroups.join(' '), raw.toString('hex'), raw.toString('base64')]) {
      expect(text.includes(form), `the bundle holds ${form}`).toBe(false)
    }
    expect(text).not.toContain(enrolment.qrDataUrl.slice(22, 80))
    expect(text).not.toMatch(/otpauth:/i)
  })
})
