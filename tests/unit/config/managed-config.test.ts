import { execFileSync } from 'node:child_process'
import { chmodSync, chownSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { applyConfig, loadConfig } from '../../../src-main/config/config-file'
import type { LoadedConfig } from '../../../src-main/config/config-file'
import { checkHelpdeskPhone } from '../../../src-main/config/helpdesk-phone'
import { macosPolicyLayer } from '../../../src-main/config/macos-policy-layer'
import type { OpenFile } from '../../../src-main/config/managed-plist'
import { managedSettings } from '../../../src-main/config/managed-view'
import { APP_BUNDLE_ID } from '../../../src-main/config/policy-declaration'
import { declaredPolicies } from '../../../src-main/config/policy-layer'
import { POLICY_KEY, regQueryCommand } from '../../../src-main/config/registry-policies'
import type { SpawnTool, ToolRun } from '../../../src-main/config/registry-policies'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { loadStartupConfig, nodeProbe, platformPolicies } from '../../../src-main/config/system-config'
import { windowsPolicyLayer } from '../../../src-main/config/windows-policy-layer'
import { fileOnly } from '../support/config-layers'
import { saidAll } from '../support/said'
import { APP_URL, startCore, trusted } from '../support/core-harness'
import { useTempDirs } from '../support/temp-dir'

// The policy stores wired into loading: what a Windows policy or a macOS managed preference does to the settings, over
// the old JSON file (the "legacy" file, still read on every system) and the defaults. reg.exe never runs here (Linux):
// its output comes through the SpawnTool port, in the shape Windows prints it. The plist is a real file read by the real
// reader (root-owned files need root, as managed-plist.test.ts says).

const tempDir = useTempDirs()
const AS_ROOT = process.getuid?.() === 0
if (!AS_ROOT) console.info('NOT RUN: the macOS managed preferences cases of managed-config.test.ts need root (root-owned files); this process is not root.')

const KEY_LINE = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\GovTech\\TechPass Onboarding Assistant'
const WINDOWS = { kind: 'windows-policy', where: POLICY_KEY } as const

/** reg.exe's listing of the policy key holding these value lines ("Name    REG_SZ    value"). */
function regListing(...values: string[]): ToolRun {
  const text = ['', KEY_LINE, ...values.map((v) => `    ${v.replace(/ \| /g, '    ')}`), '', ''].join('\r\n')
  return { status: 0, stdout: new TextEncoder().encode(text) }
}
const regSpawn = (run: ToolRun) => vi.fn<SpawnTool>(() => run)

const LEGACY = {
  organisationName: 'Agency from the file',
  docsPortalUrl: 'https://file.agency.example/docs',
  deadlines: { registerDays: 7, activateDays: 30, soonDays: 3 },
  passwordPolicy: { minLength: 14, maxLength: 64, requireUpper: true, requireLower: true, requireDigit: true, requireSymbol: false },
  language: { offered: ['en', 'id'] },
  helpdesk: { email: 'file-help@agency.gov.sg' },
}

function legacyFile(raw: object = LEGACY): string {
  const path = join(tempDir(), 'config.json')
  writeFileSync(path, JSON.stringify(raw))
  return path
}

/** The legacy file under the Windows policies reg.exe prints. */
async function windows(path: string, run: ToolRun): Promise<LoadedConfig> {
  return loadConfig(path, { kind: 'test-file', policy: await windowsPolicyLayer(regSpawn(run)) })
}

describe('Windows policies over the legacy file, per setting', () => {
  it('a policy wins over the file for its setting; the file still counts for every setting the policy key does not hold', async () => {
    const path = legacyFile()
    const loaded = await windows(path, regListing('OrganisationName | REG_SZ | Agency from policy', 'DeadlinesRegisterDays | REG_DWORD | 0xa'))
    expect(saidAll(loaded.notices)).toEqual([])
    expect(loaded.settings.organisationName).toBe('Agency from policy')
    // Inside a group, only the policy's own setting changes: activateDays and soonDays stay the file's.
    expect(loaded.settings.deadlines).toEqual({ registerDays: 10, activateDays: 30, soonDays: 3 })
    expect(loaded.settings.docsPortalUrl).toBe(LEGACY.docsPortalUrl)
    expect(loaded.origins).toMatchObject({
      organisationName: WINDOWS,
      'deadlines.registerDays': WINDOWS,
      'deadlines.activateDays': { kind: 'test-file', where: path },
      docsPortalUrl: { kind: 'test-file', where: path },
    })
    expect(loaded.origins.serviceRequestUrl).toBeUndefined()
    // The allowlist follows the merged addresses.
    expect(loaded.settings.externalAllowlist).toContain(LEGACY.docsPortalUrl)
  })

  it('a policy inside a group the file does not set goes over the built-in group', async () => {
    const loaded = await windows(legacyFile({}), regListing('PasswordPolicyMinLength | REG_DWORD | 0x10', 'PasswordPolicyRequireSymbol | REG_DWORD | 0x1'))
    expect(saidAll(loaded.notices)).toEqual([])
    expect(loaded.settings.passwordPolicy).toEqual({ ...DEFAULT_SETTINGS.passwordPolicy, minLength: 16, requireSymbol: true })
  })

  it('REG_MULTI_SZ lists and an enum in REG_SZ: the allowlist domains, offered and default language', async () => {
    const loaded = await windows(
      legacyFile({}),
      regListing(
        'RefusedEmailDomains | REG_MULTI_SZ | litemail.gov.sg\\0mail.example.org',
        'LanguageOffered | REG_MULTI_SZ | en\\0vi',
        'LanguageDefault | REG_SZ | vi',
      ),
    )
    expect(saidAll(loaded.notices)).toEqual([])
    expect(loaded.settings.refusedEmailDomains).toEqual(['litemail.gov.sg', 'mail.example.org'])
    expect(loaded.settings.language).toEqual({ offered: ['en', 'vi'], default: 'vi' })
  })

  it('a value of the wrong type is ignored with a notice naming the policy and both types; the setting keeps the file value', async () => {
    const loaded = await windows(legacyFile(), regListing('HelpdeskEmail | REG_DWORD | 0x1', 'OrganisationName | REG_EXPAND_SZ | %USERNAME% Agency'))
    expect(saidAll(loaded.notices)).toEqual([
      `The policy OrganisationName in ${POLICY_KEY} was ignored, because its type is REG_EXPAND_SZ, not REG_SZ.`,
      `The policy HelpdeskEmail in ${POLICY_KEY} was ignored, because its type is REG_DWORD, not REG_SZ.`,
    ])
    expect(loaded.settings.organisationName).toBe(LEGACY.organisationName)
    expect(loaded.settings.helpdesk).toEqual({ email: LEGACY.helpdesk.email })
    expect(loaded.settings.notices).toEqual(loaded.notices)
  })

  it('a bad value goes through the same schema: the same plain reason, and the setting keeps the file value', async () => {
    const loaded = await windows(legacyFile(), regListing('DocsPortalUrl | REG_SZ | http://plain.example/', 'DeadlinesSoonDays | REG_DWORD | 0x63'))
    expect(saidAll(loaded.notices)).toEqual([
      `The policy DocsPortalUrl in ${POLICY_KEY} was ignored, and the setting keeps its value without it, because docsPortalUrl must be an https:// address.`,
      `The policy DeadlinesSoonDays in ${POLICY_KEY} was ignored, and the setting keeps its value without it, because deadlines.soonDays must be a whole number from 0 to 30.`,
    ])
    expect(loaded.settings.docsPortalUrl).toBe(LEGACY.docsPortalUrl)
    expect(loaded.settings.deadlines).toEqual(LEGACY.deadlines)
    expect(loaded.origins['deadlines.soonDays']).toEqual({ kind: 'test-file', where: expect.any(String) })
  })

  it('cross-key rules are checked again after the merge: a policy minimum above the file maximum is refused', async () => {
    const loaded = await windows(legacyFile(), regListing('PasswordPolicyMinLength | REG_DWORD | 0x50', 'DeadlinesRegisterDays | REG_DWORD | 0x28'))
    expect(saidAll(loaded.notices)).toEqual([
      `The policy DeadlinesRegisterDays in ${POLICY_KEY} was ignored, and the setting keeps its value without it, because deadlines.registerDays must not be more than deadlines.activateDays.`,
      `The policy PasswordPolicyMinLength in ${POLICY_KEY} was ignored, and the setting keeps its value without it, because passwordPolicy.maxLength must not be less than minLength.`,
    ])
    expect(loaded.settings.passwordPolicy).toEqual(LEGACY.passwordPolicy)
    expect(loaded.settings.deadlines).toEqual(LEGACY.deadlines)
  })

  it("a default language the file's offered list lacks is refused, across the two stores", async () => {
    const loaded = await windows(legacyFile(), regListing('LanguageDefault | REG_SZ | vi'))
    expect(saidAll(loaded.notices)).toEqual([
      `The policy LanguageDefault in ${POLICY_KEY} was ignored, and the setting keeps its value without it, because language.default must be one of language.offered.`,
    ])
    expect(loaded.settings.language).toEqual({ offered: ['en', 'id'], default: null })
  })

  it('an on/off other than 1 or 0 is refused by the schema, not read as on', async () => {
    const loaded = await windows(legacyFile({}), regListing('PasswordPolicyRequireSymbol | REG_DWORD | 0x2'))
    expect(saidAll(loaded.notices)).toEqual([
      `The policy PasswordPolicyRequireSymbol in ${POLICY_KEY} was ignored, and the setting keeps its value without it, because passwordPolicy.requireSymbol must be true or false.`,
    ])
    expect(loaded.settings.passwordPolicy.requireSymbol).toBe(DEFAULT_SETTINGS.passwordPolicy.requireSymbol)
  })

  it('reg.exe exit 1 with nothing printed is the missing key: no policies, no notice, the file applies', async () => {
    const spawn = regSpawn({ status: 1, stdout: new Uint8Array() })
    expect(await windowsPolicyLayer(spawn)).toBeNull()
    expect(spawn).toHaveBeenCalledWith(regQueryCommand(POLICY_KEY).file, regQueryCommand(POLICY_KEY).args)
    const loaded = await windows(legacyFile(), { status: 1, stdout: new Uint8Array() })
    expect(loaded.notices).toEqual([])
    expect(loaded.settings.organisationName).toBe(LEGACY.organisationName)
  })

  it.each([
    ['an exit code that says nothing of the key', { status: 5, stdout: new Uint8Array() }],
    ['reg.exe that did not start', { status: null, stdout: new Uint8Array(), error: 'spawn ENOENT' }],
    ['exit 1 with output (not the missing key)', { status: 1, stdout: new TextEncoder().encode('partial') }],
    ['output in the wrong code page', { status: 0, stdout: Uint8Array.from([0x0d, 0x0a, 0x82, 0x0d, 0x0a]) }],
  ])('reg.exe failing (%s) is a notice, no policy applies, and the file still does', async (_what, run: ToolRun) => {
    const loaded = await windows(legacyFile(), run)
    expect(saidAll(loaded.notices)).toEqual([`The managed settings in ${POLICY_KEY} could not be read, so they were ignored.`])
    expect(loaded.settings.organisationName).toBe(LEGACY.organisationName)
    expect(Object.values(loaded.origins).every((o) => o.kind === 'test-file')).toBe(true)
  })

  it("a helpdesk phone from a policy is checked and written in international format, as the file's is", async () => {
    const loaded = await windows(legacyFile(), regListing('HelpdeskPhone | REG_SZ | +6561234567'))
    expect(loaded.phoneToCheck).toBeDefined()
    const checked = await checkHelpdeskPhone(loaded)
    expect(saidAll(checked.notices)).toEqual([])
    expect(checked.settings.helpdesk).toEqual({ phone: '+65 6123 4567', email: LEGACY.helpdesk.email })
    expect(checked.origins['helpdesk.phone']).toEqual(WINDOWS)
    expect(checked.origins['helpdesk.email']).toMatchObject({ kind: 'test-file' })
  })
})

describe('start-up: the store of the system the app runs on, loaded on that system only', () => {
  const linuxProbe = nodeProbe('linux')

  it('Windows: loadStartupConfig reads the policy key through the port, over the TECHPASS_CONFIG file', async () => {
    const spawn = regSpawn(regListing('OrganisationName | REG_SZ | Agency from policy'))
    const path = legacyFile()
    const loaded = await loadStartupConfig(false, { TECHPASS_CONFIG: path }, platformPolicies('win32', { spawn }), linuxProbe)
    expect(spawn).toHaveBeenCalledTimes(1)
    expect(loaded.settings.organisationName).toBe('Agency from policy')
    expect(loaded.settings.deadlines).toEqual(LEGACY.deadlines)
  })

  it('Linux has no policy store: nothing is spawned or opened', async () => {
    const spawn = regSpawn(regListing('OrganisationName | REG_SZ | never'))
    const open = vi.fn<OpenFile>(openSync)
    const loaded = await loadStartupConfig(false, { TECHPASS_CONFIG: legacyFile() }, platformPolicies('linux', { spawn, open }), linuxProbe)
    expect(spawn).not.toHaveBeenCalled()
    expect(open).not.toHaveBeenCalled()
    expect(loaded.settings.organisationName).toBe(LEGACY.organisationName)
  })

  it("the bundle id the plist is named after is electron-builder.json's appId", async () => {
    expect(APP_BUNDLE_ID).toBe((JSON.parse(readFileSync('electron-builder.json', 'utf8')) as { appId: string }).appId)
  })
})

// An XML property list as a configuration profile leaves it; plistutil turns it binary when it is installed.
function plistXml(entries: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0"><dict>${entries}</dict></plist>\n`
}

function managedPlist(entries: string): string {
  const folder = join(tempDir(), 'Managed Preferences')
  mkdirSync(folder, { mode: 0o755 })
  chmodSync(folder, 0o755)
  const path = join(folder, `${APP_BUNDLE_ID}.plist`)
  writeFileSync(path, plistXml(entries), { mode: 0o644 })
  return path
}

const hasPlistutil = (() => {
  try {
    execFileSync('plistutil', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

describe.runIf(AS_ROOT)('macOS managed preferences over the legacy file, per setting', () => {
  const ENTRIES =
    '<key>OrganisationName</key><string>Agency from profile</string>' +
    '<key>DeadlinesActivateDays</key><integer>45</integer>' +
    '<key>PasswordPolicyRequireSymbol</key><true/>' +
    '<key>LanguageOffered</key><array><string>en</string><string>id</string><string>vi</string></array>' +
    '<key>LanguageDefault</key><string>vi</string>' +
    '<key>HelpdeskHours</key><date>2026-01-01T00:00:00Z</date>' +
    '<key>DeadlinesSoonDays</key><string>4</string>'

  it('reads the root-owned plist through the OpenFile port, and each preference wins over the file for its setting', async () => {
    const plist = managedPlist(ENTRIES)
    const path = legacyFile()
    const open = vi.fn<OpenFile>(openSync)
    const loaded = await loadStartupConfig(false, { TECHPASS_CONFIG: path }, platformPolicies('darwin', { plistPath: plist, open }), nodeProbe('linux'))
    expect(open).toHaveBeenCalledTimes(1)
    expect(open.mock.calls[0]![0]).toBe(plist)
    const source = { kind: 'macos-managed', where: plist }
    expect(saidAll(loaded.notices)).toEqual([
      `The policy DeadlinesSoonDays in ${plist} was ignored, because its type is string, not integer.`,
      `The policy HelpdeskHours in ${plist} was ignored, because its type is date, not string.`,
    ])
    expect(loaded.settings.organisationName).toBe('Agency from profile')
    expect(loaded.settings.deadlines).toEqual({ registerDays: 7, activateDays: 45, soonDays: 3 })
    expect(loaded.settings.passwordPolicy).toEqual({ ...LEGACY.passwordPolicy, requireSymbol: true })
    expect(loaded.settings.language).toEqual({ offered: ['en', 'id', 'vi'], default: 'vi' })
    expect(loaded.origins).toMatchObject({ organisationName: source, 'deadlines.activateDays': source, 'language.default': source })
    expect(loaded.origins['deadlines.soonDays']).toEqual({ kind: 'test-file', where: path })
  })

  it.runIf(hasPlistutil)('a binary plist (made by plistutil) gives the same settings as its XML', async () => {
    const plist = managedPlist(ENTRIES)
    const xml = await macosPolicyLayer(plist)
    execFileSync('plistutil', ['-i', plist, '-o', plist, '-f', 'bin'])
    expect(readFileSync(plist).subarray(0, 8).toString('latin1')).toBe('bplist00')
    expect(await macosPolicyLayer(plist)).toEqual(xml)
  })

  it('a plist not owned by root is refused with the reason; no preference applies and the file still does', async () => {
    const plist = managedPlist(ENTRIES)
    chownSync(plist, 1000, 1000)
    const loaded = loadConfig(legacyFile(), { policy: await macosPolicyLayer(plist) })
    expect(saidAll(loaded.notices)).toEqual([`The managed settings in ${plist} were ignored. Ordinary users can change it: it is not owned by root.`])
    expect(loaded.settings.organisationName).toBe(LEGACY.organisationName)
  })

  it('a plist others may write is refused too', async () => {
    const plist = managedPlist(ENTRIES)
    chmodSync(plist, 0o666)
    const loaded = loadConfig(legacyFile(), { policy: await macosPolicyLayer(plist) })
    expect(saidAll(loaded.notices)).toEqual([
      `The managed settings in ${plist} were ignored. Ordinary users can change it: users other than root may write to it.`,
    ])
  })

  it('no plist is no managed preferences: no notice', async () => {
    expect(await macosPolicyLayer(join(tempDir(), `${APP_BUNDLE_ID}.plist`))).toBeNull()
  })
})

describe('the Managed settings view: every declared setting, its value and where it came from', () => {
  it('one row per declared policy, with the value in effect and its source', async () => {
    const path = legacyFile()
    const loaded = await checkHelpdeskPhone(
      await windows(path, regListing('OrganisationName | REG_SZ | Agency from policy', 'HelpdeskPhone | REG_SZ | +6561234567')),
    )
    const rows = await managedSettings(loaded.settings, loaded.policyTextsDir, loaded.origins)
    expect(rows.map((r) => r.policy)).toEqual((await declaredPolicies()).map((d) => d.policy))
    const row = (setting: string) => rows.find((r) => r.setting === setting)
    expect(row('organisationName')).toEqual({ setting: 'organisationName', policy: 'OrganisationName', value: 'Agency from policy', source: WINDOWS })
    expect(row('helpdesk.phone')).toMatchObject({ value: '+65 6123 4567', source: WINDOWS })
    expect(row('deadlines.registerDays')).toEqual({
      setting: 'deadlines.registerDays',
      policy: 'DeadlinesRegisterDays',
      value: 7,
      source: { kind: 'test-file', where: path },
    })
    expect(row('serviceRequestUrl')).toEqual({
      setting: 'serviceRequestUrl',
      policy: 'ServiceRequestUrl',
      value: DEFAULT_SETTINGS.serviceRequestUrl,
      source: { kind: 'default', where: null },
    })
    expect(row('language.offered')).toMatchObject({ value: ['en', 'id'] })
    expect(row('language.default')).toMatchObject({ value: null, source: { kind: 'default' } })
    expect(row('policyTextsDir')).toMatchObject({ value: null, source: { kind: 'default' } })
    expect(row('passwordPolicy.requireSymbol')).toMatchObject({ value: false })
  })

  it('a file that cannot be used leaves every row at its default', async () => {
    const loaded = applyConfig(fileOnly({ deadlines: 'five' }))
    expect((await managedSettings(loaded.settings, loaded.policyTextsDir, loaded.origins)).every((r) => r.source.kind === 'default')).toBe(true)
  })
})

describe('config:managed over IPC, like every channel', () => {
  it('answers the trusted window with the rows, checked against the contract; another frame or an input is refused', async () => {
    const path = legacyFile()
    const loaded = await checkHelpdeskPhone(await windows(path, regListing('OrganisationName | REG_SZ | Agency from policy')))
    const h = startCore({ dataDir: tempDir(), settings: loaded.settings, origins: loaded.origins })
    const rows = await h.value<{ setting: string; value: unknown; source: unknown }[]>('config:managed')
    expect(rows.find((r) => r.setting === 'organisationName')).toMatchObject({ value: 'Agency from policy', source: WINDOWS })
    expect(rows.find((r) => r.setting === 'deadlines.activateDays')).toMatchObject({ value: 30, source: { kind: 'test-file', where: path } })
    const subframe = await h.dispatch('config:managed', undefined, { ...trusted, isMainFrame: false })
    expect(subframe.ok || subframe.error.code).toBe('forbidden-sender')
    const elsewhere = await h.dispatch('config:managed', undefined, { ...trusted, frameUrl: APP_URL.replace('index.html', 'other.html') })
    expect(elsewhere.ok || elsewhere.error.code).toBe('forbidden-sender')
    const withInput = await h.call('config:managed', { all: true })
    expect(withInput.ok || withInput.error.code).toBe('bad-input')
  })
})
