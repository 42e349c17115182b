import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SettingsView } from '../../../src-shared/contract'
import type { Policies } from '../../../src-shared/policy-schema'
import { policyIds } from '../../../src-shared/policy-ids'
import { loadConfig } from '../../../src-main/config/config-file'
import { checkHelpdeskPhone } from '../../../src-main/config/helpdesk-phone'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { startCore } from '../support/core-harness'
import { copyResources, editPolicy, policyPath, REAL_RESOURCES } from '../support/temp-resources'
import { useTempDirs } from '../support/temp-dir'
import { saidAll } from '../support/said'
import { english } from '../../support/english'

const tempDir = useTempDirs()

function configured(content: unknown) {
  const path = join(tempDir(), 'config.json')
  writeFileSync(path, JSON.stringify(content))
  return loadConfig(path)
}

const open = async (h: ReturnType<typeof startCore>, url: string) => h.call('shell:open-external', { url })

describe('the configured addresses are the allowlist', () => {
  it('a configured Docs portal opens, and the default one no longer does', async () => {
    const config = configured({ docsPortalUrl: 'https://portal.agency.example/', loginGuideUrl: 'https://portal.agency.example/docs/log-in' })
    expect(saidAll(config.notices)).toEqual([])
    const h = startCore({ dataDir: tempDir(), settings: config.settings })
    expect(await open(h, 'https://portal.agency.example/')).toEqual({ ok: true, value: { opened: true } })
    expect(await open(h, 'https://portal.agency.example/docs/log-in')).toEqual({ ok: true, value: { opened: true } })
    expect(await open(h, 'https://docs.developer.tech.gov.sg/')).toMatchObject({ ok: false, error: { code: 'not-allowed' } })
    expect(await open(h, 'https://docs.developer.tech.gov.sg/docs/techpass-user-guide/log-in-with-techpass')).toMatchObject({ ok: false })
    expect(h.opened).toEqual(['https://portal.agency.example/', 'https://portal.agency.example/docs/log-in'])
  })

  it('a configured service-request link opens; the Authenticator store pages still do', async () => {
    const config = configured({ serviceRequestUrl: 'https://help.agency.example/techpass-request' })
    const h = startCore({ dataDir: tempDir(), settings: config.settings })
    expect((await open(h, 'https://help.agency.example/techpass-request')).ok).toBe(true)
    expect((await open(h, 'https://go.gov.sg/seed-techpass-support')).ok).toBe(false)
    expect((await open(h, DEFAULT_SETTINGS.authenticatorUrls.android)).ok).toBe(true)
    expect((await open(h, DEFAULT_SETTINGS.authenticatorUrls.ios)).ok).toBe(true)
  })

  it('without a configuration the default portal opens and a stranger does not', async () => {
    const h = startCore({ dataDir: tempDir() })
    expect((await open(h, 'https://docs.developer.tech.gov.sg/')).ok).toBe(true)
    expect((await open(h, 'https://portal.agency.example/')).ok).toBe(false)
  })

  it('a bad URL in the file keeps the default one openable, and config:current shows the notice', async () => {
    const config = configured({ docsPortalUrl: 'http://portal.agency.example/', organisationName: 'GovTech' })
    const h = startCore({ dataDir: tempDir(), settings: config.settings })
    expect((await open(h, 'https://docs.developer.tech.gov.sg/')).ok).toBe(true)
    expect((await open(h, 'http://portal.agency.example/')).ok).toBe(false)
    const current = await h.value<SettingsView>('config:current')
    expect(current.organisationName).toBe('GovTech')
    expect(saidAll(current.notices)).toHaveLength(1)
    expect(saidAll(current.notices)[0]).toMatch(
      /^The setting "docsPortalUrl" in .+config\.json keeps its default, because docsPortalUrl must be an https:\/\/ address\.$/,
    )
    expect(current).not.toHaveProperty('externalAllowlist')
  })
})

describe('the other settings reach the app', () => {
  it('refused email domains from the file are refused', async () => {
    const config = configured({ refusedEmailDomains: ['freemail.example.com'] })
    const h = startCore({ dataDir: tempDir(), settings: config.settings })
    const profile = { audience: 'vendor', seed: 'no', onboardingEmailOn: null }
    expect(await h.call('profile:save', { ...profile, orgEmail: 'ana@sub.freemail.example.com' })).toMatchObject({ ok: false, error: { code: 'bad-input' } })
    expect((await h.call('profile:save', { ...profile, orgEmail: 'ana@litemail.gov.sg' })).ok).toBe(true)
  })

  it("personal mail is refused by default; an administrator's list replaces that list", async () => {
    const profile = { audience: 'vendor', seed: 'no', onboardingEmailOn: null }
    const byDefault = startCore({ dataDir: tempDir() })
    const refused = await byDefault.call('profile:save', { ...profile, orgEmail: 'ana@gmail.com' })
    // The form says why (a personal address); main names the field it refused.
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-input', message: { id: 'input.check-fields' } } })
    expect(!refused.ok && english(refused.error.message)).toMatch(/^Some details are not right: Organisational email\./)
    const config = configured({ refusedEmailDomains: ['litemail.gov.sg'] })
    const h = startCore({ dataDir: tempDir(), settings: config.settings })
    expect((await h.call('profile:save', { ...profile, orgEmail: 'ana@gmail.com' })).ok).toBe(true)
  })

  it('the helpdesk reaches config:current, its phone in international format', async () => {
    const config = await checkHelpdeskPhone(configured({ helpdesk: { phone: '+6561234567', email: 'help@agency.gov.sg', hours: '24 hours' } }))
    const h = startCore({ dataDir: tempDir(), settings: config.settings })
    const current = await h.value<SettingsView>('config:current')
    expect(current.helpdesk).toEqual({ phone: '+65 6123 4567', email: 'help@agency.gov.sg', hours: '24 hours' })
    expect((await startCore({ dataDir: tempDir() }).value<SettingsView>('config:current')).helpdesk).toBeNull()
  })

  it('deadline days from the file set the registration deadline', async () => {
    const config = configured({ deadlines: { registerDays: 2, activateDays: 10, soonDays: 1 } })
    const h = startCore({ dataDir: tempDir(), settings: config.settings, now: '2026-11-23T10:00:00+08:00' })
    const snapshot = await h.act('profile:save', { audience: 'vendor', seed: 'no', orgEmail: 'ana@acme.com', onboardingEmailOn: '2026-11-22' })
    expect(snapshot.deadlines?.registerBy).toEqual({ kind: 'register', due: '2026-11-24', daysLeft: 1, state: 'soon' })
    expect(snapshot.deadlines?.activateBy.due).toBe('2026-12-02')
  })
})

describe('policyTextsDir: replacement policy texts', () => {
  it('a configured folder of policy files replaces the bundled texts', async () => {
    const folder = copyResources(tempDir())
    for (const id of policyIds) editPolicy(folder, id, (text) => `${text}\nAgency addendum for ${id}: see the intranet.\n`)
    const config = configured({ policyTextsDir: join(folder, 'policies') })
    expect(saidAll(config.notices)).toEqual([])
    expect(config.policyTextsDir).toBe(join(folder, 'policies'))

    const h = startCore({ dataDir: tempDir(), policiesDir: config.policyTextsDir!, settings: config.settings })
    // SEED on, so the MDM AUP is offered too.
    await h.act('profile:save', { audience: 'vendor', seed: 'yes', orgEmail: 'ana@acme.com', onboardingEmailOn: null })
    const listed = await h.value<Policies>('policy:list')
    expect(listed.problems).toEqual([])
    // An administrator's texts are the official ones, not the samples shipped with the app.
    expect(listed.samples).toBe(false)
    expect(listed.policies.map((p) => p.id).sort()).toEqual([...policyIds].sort())
    for (const policy of listed.policies) {
      const bytes = readFileSync(policyPath(folder, policy.id))
      const bundled = createHash('sha256')
        .update(readFileSync(policyPath(REAL_RESOURCES, policy.id)))
        .digest('hex')
      expect(policy.file).toBe(policyPath(folder, policy.id))
      expect(policy.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
      expect(policy.sha256).not.toBe(bundled)
      expect(policy.markdown).toContain(`Agency addendum for ${policy.id}`)
    }

    // The replacement is what gets read, by its own hash; texts an administrator supplied are not samples.
    expect(listed.samples).toBe(false)
    const privacy = listed.policies.find((p) => p.id === 'privacy-policy')!
    const after = await h.value<Policies>('policy:read', { id: privacy.id, version: privacy.version, sha256: privacy.sha256 })
    expect(after.policies.find((p) => p.id === 'privacy-policy')).toMatchObject({ state: 'done', record: { sha256: privacy.sha256 } })
  })

  it('without policyTextsDir the bundled texts are listed', async () => {
    const config = configured({ organisationName: 'GovTech' })
    expect(config.policyTextsDir).toBeNull()
    const h = startCore({ dataDir: tempDir(), settings: config.settings })
    const listed = await h.value<Policies>('policy:list')
    expect(listed.samples).toBe(true)
    expect(listed.policies.length).toBeGreaterThan(0)
    for (const policy of listed.policies) expect(policy.file).toBe(policyPath(REAL_RESOURCES, policy.id))
  })
})
