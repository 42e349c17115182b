import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_CONFIG_BYTES, loadConfig } from '../../../src-main/config/config-file'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { useTempDirs } from '../support/temp-dir'
import { saidAll } from '../support/said'

const tempDir = useTempDirs()

function configFile(content: unknown, name = 'config.json'): string {
  const path = join(tempDir(), name)
  writeFileSync(path, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2))
  return path
}

const GOOD = {
  organisationName: 'GovTech',
  docsPortalUrl: 'https://portal.agency.example/',
  serviceRequestUrl: 'https://help.agency.example/techpass',
  loginGuideUrl: 'https://portal.agency.example/docs/log-in',
  refusedEmailDomains: ['litemail.gov.sg', 'freemail.example.com'],
  deadlines: { registerDays: 7, activateDays: 45, soonDays: 3 },
  passwordPolicy: { minLength: 14, maxLength: 64, requireUpper: true, requireLower: false, requireDigit: true, requireSymbol: false },
  policyTextsDir: '/etc/techpass-onboarding-assistant/policies',
  // The phone is checked later, by checkHelpdeskPhone (helpdesk-phone.test.ts).
  helpdesk: { email: 'techpass-help@agency.gov.sg', hours: 'Mon to Fri, 9 am to 6 pm' },
}

describe('loadConfig: the file as a whole', () => {
  it('a missing file gives the defaults and no notice', () => {
    const path = join(tempDir(), 'nowhere', 'config.json')
    expect(loadConfig(path)).toEqual({ settings: DEFAULT_SETTINGS, policyTextsDir: null, origins: {}, notices: [] })
  })

  it('a valid file applies every key, with no notice', () => {
    const path = configFile({ $schema: './schema.json', _comment: 'deployed by MDM', ...GOOD })
    const loaded = loadConfig(path)
    expect(saidAll(loaded.notices)).toEqual([])
    expect(loaded.origins.organisationName).toEqual({ kind: 'system-file', where: path })
    expect(loaded.origins['deadlines.activateDays']).toEqual({ kind: 'system-file', where: path })
    expect(loaded.policyTextsDir).toBe(GOOD.policyTextsDir)
    const { policyTextsDir: _dir, ...settingKeys } = GOOD
    expect(loaded.settings).toMatchObject({ ...settingKeys, notices: [], authenticatorUrls: DEFAULT_SETTINGS.authenticatorUrls })
    expect(loaded.settings.externalAllowlist).toEqual([
      GOOD.docsPortalUrl,
      GOOD.serviceRequestUrl,
      GOOD.loginGuideUrl,
      DEFAULT_SETTINGS.authenticatorUrls.ios,
      DEFAULT_SETTINGS.authenticatorUrls.android,
    ])
  })

  it('refused domains are trimmed and lower-cased', () => {
    const loaded = loadConfig(configFile({ refusedEmailDomains: ['  LiteMail.Gov.SG ', 'Mail.Example.ORG'] }))
    expect(saidAll(loaded.notices)).toEqual([])
    expect(loaded.settings.refusedEmailDomains).toEqual(['litemail.gov.sg', 'mail.example.org'])
  })

  it.each([
    ['not JSON', '{ "organisationName": "GovTech", }', 'is not valid JSON'],
    ['empty', '', 'is not valid JSON'],
    ['not UTF-8 text', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'is not valid JSON'],
    ['an array', '[{ "organisationName": "GovTech" }]', 'must hold its settings between { and }'],
    ['null', 'null', 'must hold its settings between { and }'],
    ['a string', '"GovTech"', 'must hold its settings between { and }'],
    ['a number', '42', 'must hold its settings between { and }'],
  ])('a file that is %s: the defaults, and one notice naming the file', (_, content, why) => {
    const path = configFile(content)
    const loaded = loadConfig(path)
    expect(saidAll(loaded.notices)).toHaveLength(1)
    expect(saidAll(loaded.notices)[0]).toContain(path)
    expect(saidAll(loaded.notices)[0]).toContain(why)
    expect(saidAll(loaded.notices)[0]).toMatch(/the built-in settings are used\.$/)
    expect(loaded).toMatchObject({ origins: {}, policyTextsDir: null })
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, notices: loaded.notices })
  })

  it('a file over 256 KB is ignored, counted in bytes, even if every key in it is good', () => {
    const padding = 'é'.repeat(MAX_CONFIG_BYTES / 2)
    expect(padding.length).toBeLessThan(MAX_CONFIG_BYTES)
    const path = configFile({ ...GOOD, _comment: padding })
    const loaded = loadConfig(path)
    expect(saidAll(loaded.notices)).toEqual([`The configuration file ${path} is larger than 256 KB, so the built-in settings are used.`])
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, notices: loaded.notices })
    expect(loaded.policyTextsDir).toBeNull()
  })

  it('a file just under the limit is read', () => {
    const path = configFile({ ...GOOD, _comment: '' })
    const room = MAX_CONFIG_BYTES - Buffer.byteLength(JSON.stringify({ ...GOOD, _comment: '' }, null, 2))
    writeFileSync(path, JSON.stringify({ ...GOOD, _comment: 'x'.repeat(room) }, null, 2))
    expect(saidAll(loadConfig(path).notices)).toEqual([])
  })

  it('a path that is not a file (a folder): the defaults, and one notice naming it', () => {
    const path = join(tempDir(), 'config.json')
    mkdirSync(path)
    const loaded = loadConfig(path)
    expect(saidAll(loaded.notices)).toEqual([`The configuration file ${path} is not an ordinary file, so the built-in settings are used.`])
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, notices: loaded.notices })
  })
})

describe('loadConfig: one bad key falls back on its own', () => {
  it.each<[string, unknown, string]>([
    ['organisationName', '', 'organisationName must be text of 1 to 80 characters'],
    ['organisationName', '   ', 'organisationName must be text of 1 to 80 characters'],
    ['organisationName', 42, 'organisationName must be text of 1 to 80 characters'],
    ['organisationName', null, 'organisationName must be text of 1 to 80 characters'],
    ['organisationName', 'x'.repeat(81), 'organisationName must be text of 1 to 80 characters'],
    ['docsPortalUrl', 'http://docs.developer.tech.gov.sg/', 'docsPortalUrl must be an https:// address'],
    ['docsPortalUrl', 'docs.developer.tech.gov.sg', 'docsPortalUrl must be an https:// address'],
    ['docsPortalUrl', 7, 'docsPortalUrl must be an https:// address'],
    ['serviceRequestUrl', 'http://go.gov.sg/seed-techpass-support', 'serviceRequestUrl must be an https:// address'],
    ['serviceRequestUrl', 'not a url', 'serviceRequestUrl must be an https:// address'],
    ['loginGuideUrl', 'ftp://docs.developer.tech.gov.sg/guide', 'loginGuideUrl must be an https:// address'],
    ['loginGuideUrl', 'javascript:alert(1)', 'loginGuideUrl must be an https:// address'],
    ['refusedEmailDomains', ['litemail.gov.sg', 'not a domain'], 'refusedEmailDomains entry 2 must be a domain such as litemail.gov.sg'],
    ['refusedEmailDomains', ['@litemail.gov.sg'], 'refusedEmailDomains entry 1 must be a domain such as litemail.gov.sg'],
    ['refusedEmailDomains', [42], 'refusedEmailDomains entry 1 must be a domain such as litemail.gov.sg'],
    ['refusedEmailDomains', 'litemail.gov.sg', 'refusedEmailDomains must be a list of at most 200 domains'],
    ['refusedEmailDomains', Array.from({ length: 201 }, (_, i) => `d${i}.example.org`), 'refusedEmailDomains must be a list of at most 200 domains'],
    ['deadlines', 'five', 'deadlines must be a group of settings: registerDays, activateDays, soonDays'],
    ['deadlines', { registerDays: 'five', activateDays: 30, soonDays: 2 }, 'deadlines.registerDays must be a whole number from 1 to 60'],
    ['deadlines', { registerDays: 40, activateDays: 30, soonDays: 2 }, 'deadlines.registerDays must not be more than deadlines.activateDays'],
    ['deadlines', { registerDays: -1, activateDays: 30, soonDays: 2 }, 'deadlines.registerDays must be a whole number from 1 to 60'],
    ['deadlines', { registerDays: 5, activateDays: 30.5, soonDays: 2 }, 'deadlines.activateDays must be a whole number from 1 to 365'],
    ['deadlines', { registerDays: 5, activateDays: 30, soonDays: 31 }, 'deadlines.soonDays must be a whole number from 0 to 30'],
    ['deadlines', { registerDays: 5, activateDays: 30, soonDays: 2, graceDays: 3 }, 'deadlines has an unknown setting "graceDays"'],
    ['deadlines', { registerDays: 5, activateDays: 30 }, 'deadlines.soonDays is missing'],
    ['passwordPolicy', { ...GOOD.passwordPolicy, minLength: 80, maxLength: 64 }, 'passwordPolicy.maxLength must not be less than minLength'],
    ['passwordPolicy', { ...GOOD.passwordPolicy, minLength: 4 }, 'passwordPolicy.minLength must be a whole number from 8 to 256'],
    ['passwordPolicy', { ...GOOD.passwordPolicy, requireUpper: 'yes' }, 'passwordPolicy.requireUpper must be true or false'],
    ['helpdesk', 'call 6123 4567', 'helpdesk must be a group of settings: phone, email, hours'],
    ['helpdesk', { phone: '6123 4567' }, 'helpdesk.phone must be a phone number with its country code, such as +65 6123 4567'],
    ['helpdesk', { phone: 6561234567 }, 'helpdesk.phone must be a phone number with its country code, such as +65 6123 4567'],
    ['helpdesk', { phone: '+65 CALL NOW' }, 'helpdesk.phone must be a phone number with its country code, such as +65 6123 4567'],
    ['helpdesk', { email: 'help@agency.gov.sg, it@agency.gov.sg' }, 'helpdesk.email must be one email address, such as helpdesk@agency.gov.sg'],
    ['helpdesk', { email: 'Helpdesk <help@agency.gov.sg>' }, 'helpdesk.email must be one email address, such as helpdesk@agency.gov.sg'],
    ['helpdesk', { hours: 'x'.repeat(101) }, 'helpdesk.hours must be short text of at most 100 characters, with no hidden characters'],
    ['helpdesk', { hours: 'Mon to Fri\u202e' }, 'helpdesk.hours must be short text of at most 100 characters, with no hidden characters'],
    ['helpdesk', { hours: '9 am\n6 pm' }, 'helpdesk.hours must be short text of at most 100 characters, with no hidden characters'],
    ['helpdesk', { email: 'help@agency.gov.sg', fax: '+65 6123 4567' }, 'helpdesk has an unknown setting "fax"'],
    ['policyTextsDir', 'policies/agency', 'policyTextsDir must be the full path of a folder'],
    ['policyTextsDir', './policies', 'policyTextsDir must be the full path of a folder'],
  ])('%s = %j: its default, and a notice in plain words naming it and saying why', (key, value, why) => {
    const path = configFile({ ...GOOD, [key]: value })
    const loaded = loadConfig(path)
    expect(saidAll(loaded.notices)).toEqual([`The setting "${key}" in ${path} keeps its default, because ${why}.`])
    expect(saidAll(loaded.notices)[0]).not.toMatch(/Invalid|expected|received|Too (big|small)|Unrecognized|schema|JSON/)
    expect(loaded.settings.notices).toEqual(loaded.notices)
    // The bad key is back to its default; every other good key still applies.
    if (key === 'policyTextsDir') expect(loaded.policyTextsDir).toBeNull()
    else expect(loaded.settings[key as keyof typeof DEFAULT_SETTINGS]).toEqual(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS])
    for (const [other, good] of Object.entries(GOOD)) {
      if (other === key) continue
      if (other === 'policyTextsDir') expect(loaded.policyTextsDir).toBe(good)
      else expect(loaded.settings[other as keyof typeof DEFAULT_SETTINGS], other).toEqual(good)
    }
  })

  it('an https address over 2048 characters: its default, saying how long it may be', () => {
    const path = configFile({ docsPortalUrl: `https://docs.example.org/${'a'.repeat(2048)}` })
    expect(saidAll(loadConfig(path).notices)).toEqual([
      `The setting "docsPortalUrl" in ${path} keeps its default, because docsPortalUrl must be an https:// address of at most 2048 characters.`,
    ])
  })

  it('several problems in one setting are listed together, three at most', () => {
    const path = configFile({ passwordPolicy: { minLength: 'a', maxLength: 'b', requireUpper: 1, requireLower: 2, requireDigit: true, requireSymbol: true } })
    expect(saidAll(loadConfig(path).notices)).toEqual([
      `The setting "passwordPolicy" in ${path} keeps its default, because passwordPolicy.minLength must be a whole number from 8 to 256, ` +
        'passwordPolicy.maxLength must be a whole number from 8 to 1024 and passwordPolicy.requireUpper must be true or false (and 1 more).',
    ])
  })

  it('several bad keys each get their own notice, in file order', () => {
    const path = configFile({ docsPortalUrl: 'http://x.example/', organisationName: 'GovTech', deadlines: { registerDays: 0, activateDays: 30, soonDays: 2 } })
    const loaded = loadConfig(path)
    expect(saidAll(loaded.notices).map((n) => n.match(/^The setting "(\w+)"/)?.[1])).toEqual(['docsPortalUrl', 'deadlines'])
    expect(loaded.settings.organisationName).toBe('GovTech')
  })

  it('unknown keys are named as "not a known setting"; the known ones still apply', () => {
    const path = configFile({ organisationName: 'GovTech', colour: 'blue', docsPortalURL: 'https://x.example/' })
    const loaded = loadConfig(path)
    expect(saidAll(loaded.notices)).toEqual([
      `The setting "colour" in ${path} is not a known setting and was ignored.`,
      `The setting "docsPortalURL" in ${path} is not a known setting and was ignored.`,
    ])
    expect(loaded.settings.organisationName).toBe('GovTech')
    expect(loaded.settings.docsPortalUrl).toBe(DEFAULT_SETTINGS.docsPortalUrl)
  })

  // Wording: administrators read these notices; "the request" is the IPC wording, and means nothing in a file.
  it('a notice about a single value does not speak of "the request"', () => {
    const loaded = loadConfig(configFile({ docsPortalUrl: 'http://docs.example.org/' }))
    expect(saidAll(loaded.notices)[0]).toMatch(/must be an https:\/\/ address/)
    expect(saidAll(loaded.notices)[0]).not.toMatch(/the request/)
  })
})
