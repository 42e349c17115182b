import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { DOMParser } from '@xmldom/xmldom'
import type { Document, Element } from '@xmldom/xmldom'
import { parse as parsePlist, parseBinary } from 'plist'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { applyConfig, configFields } from '../../../src-main/config/config-file'
import { fileOnly } from '../support/config-layers'
import { policies } from '../../../src-main/config/setting-policies'
import { POLICY_REGISTRY_KEY } from '../../../src-main/config/policy-declaration'
import { README_END, README_START, collectPolicies, generate, templateFiles } from '../../../scripts/policy-templates'

const root = join(__dirname, '../../..')
const ADMX = 'resources/policies/windows/techpass-onboarding-assistant.admx'
const ADML = 'resources/policies/windows/en-US/techpass-onboarding-assistant.adml'
const appId = (JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8')) as { appId: string }).appId
const PROFILE = `resources/policies/macos/${appId}.mobileconfig`
const read = (path: string) => readFileSync(join(root, path), 'utf8')

// The keys the schema has, worked out here from the zod schemas and the declarations, not from the generator's list.
function schemaPolicyNames(): string[] {
  const names: string[] = []
  for (const [field, schema] of Object.entries(configFields())) {
    const json = z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as { type?: string; properties?: object }
    const declared = policies[field as keyof typeof policies] as { policy?: string; policies?: Record<string, { policy: string }> }
    if (json.type === 'object') {
      expect(Object.keys(declared.policies!).sort(), field).toEqual(Object.keys(json.properties!).sort())
      names.push(...Object.values(declared.policies!).map((p) => p.policy))
    } else names.push(declared.policy!)
  }
  return names
}

function parseXml(text: string): Document {
  const errors: string[] = []
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(text, 'text/xml')
  if (errors.length > 0) throw new Error(errors.join('; '))
  return doc
}

const all = (node: Document | Element, tag: string): Element[] => Array.from(node.getElementsByTagName(tag))
const RESOURCE_ID = /^[A-Za-z0-9_]+$/
const ref = (value: string | null, kind: 'string' | 'presentation') => new RegExp(`^\\$\\(${kind}\\.([^)]+)\\)$`).exec(value ?? '')?.[1] ?? null

/** What is wrong between an ADMX and its ADML: each reference of the ADMX must have its string or presentation. */
function templateProblems(admxText: string, admlText: string): string[] {
  const admx = parseXml(admxText)
  const adml = parseXml(admlText)
  const strings = new Set(all(adml, 'string').map((s) => s.getAttribute('id')))
  const presentations = new Map(all(adml, 'presentation').map((p) => [p.getAttribute('id'), p]))
  const problems: string[] = []
  // The Group Policy schema's ids and references are letters, digits and underscores only: a dot breaks the editor (VS Code issue 278352).
  for (const [file, doc] of [['ADMX', admx] as const, ['ADML', adml] as const]) {
    for (const element of all(doc, '*')) {
      for (const attribute of ['id', 'name', 'refId', 'ref']) {
        const value = element.getAttribute(attribute)
        if (value !== null && !RESOURCE_ID.test(value)) problems.push(`${file} ${element.tagName} ${attribute}="${value}" is not a resource id`)
      }
      for (const attribute of ['displayName', 'explainText', 'presentation']) {
        const value = element.getAttribute(attribute)
        if (value?.startsWith('$(') && !/^\$\((string|presentation)\.[A-Za-z0-9_]+\)$/.test(value))
          problems.push(`${file} ${attribute}="${value}" is not a reference`)
      }
    }
  }
  const needString = (value: string | null, where: string) => {
    const id = ref(value, 'string')
    if (!id) problems.push(`${where}: not a $(string.…) reference: ${value}`)
    else if (!strings.has(id)) problems.push(`${where}: no string ${id} in the ADML`)
  }
  for (const c of all(admx, 'category')) needString(c.getAttribute('displayName'), `category ${c.getAttribute('name')}`)
  for (const d of all(admx, 'definition')) needString(d.getAttribute('displayName'), `supportedOn ${d.getAttribute('name')}`)
  for (const policy of all(admx, 'policy')) {
    const name = policy.getAttribute('name')!
    needString(policy.getAttribute('displayName'), `${name} displayName`)
    needString(policy.getAttribute('explainText'), `${name} explainText`)
    for (const item of all(policy, 'item')) needString(item.getAttribute('displayName'), `${name} enum item`)
    const elements = all(policy, 'elements').flatMap((e) => Array.from(e.childNodes).filter((n) => n.nodeType === 1)) as Element[]
    const presentationId = ref(policy.getAttribute('presentation'), 'presentation')
    if (elements.length === 0) {
      if (all(policy, 'enabledValue').length !== 1 || all(policy, 'disabledValue').length !== 1)
        problems.push(`${name}: no elements and no enabled/disabled value`)
      continue
    }
    const presentation = presentationId ? presentations.get(presentationId) : undefined
    if (!presentation) {
      problems.push(`${name}: no presentation in the ADML`)
      continue
    }
    const refIds = new Set(Array.from(presentation.childNodes).flatMap((n) => (n.nodeType === 1 ? [(n as Element).getAttribute('refId')] : [])))
    for (const element of elements)
      if (!refIds.has(element.getAttribute('id'))) problems.push(`${name}: no presentation control for ${element.getAttribute('id')}`)
  }
  return problems
}

type PlistDict = Record<string, unknown>

/** What is wrong with the profile: it must parse as a plist and its payload for the app hold exactly `expected`. */
function profileProblems(text: string, expected: readonly string[]): string[] {
  const profile = parsePlist(text) as PlistDict
  if (profile.PayloadType !== 'Configuration') return ['not a configuration profile']
  const payloads = (profile.PayloadContent as PlistDict[]).filter((p) => p.PayloadType === appId)
  if (payloads.length !== 1) return [`${payloads.length} payloads for ${appId}`]
  const keys = Object.keys(payloads[0]!).filter((k) => !k.startsWith('Payload'))
  return [
    ...keys.filter((k) => !expected.includes(k)).map((k) => `extra key ${k}`),
    ...expected.filter((k) => !keys.includes(k)).map((k) => `missing key ${k}`),
  ]
}

describe('the policy templates', () => {
  it('are up to date: each generated file is what the schema and its declarations give', () => {
    for (const [path, text] of templateFiles()) expect(read(path), `${path} is out of date: run npm run policies:generate`).toBe(text)
  })

  it('declare one policy per setting of the schema, each name once', () => {
    const names = schemaPolicyNames()
    expect(new Set(names).size).toBe(names.length)
    expect(collectPolicies().policies.map((p) => p.name)).toEqual(names)
  })

  it('are well-formed XML, with every ADMX reference in the ADML', () => {
    expect(templateProblems(read(ADMX), read(ADML))).toEqual([])
  })

  it('put every policy, by its name, under the HKLM policies key', () => {
    const admx = parseXml(read(ADMX))
    const policyElements = all(admx, 'policy')
    expect(policyElements.map((p) => p.getAttribute('name'))).toEqual(schemaPolicyNames())
    for (const p of policyElements) {
      expect(p.getAttribute('class')).toBe('Machine')
      expect(p.getAttribute('key')).toBe(POLICY_REGISTRY_KEY)
      const valueNames = [
        p.getAttribute('valueName'),
        ...all(p, 'elements').flatMap((e) => Array.from(e.childNodes).flatMap((n) => (n.nodeType === 1 ? [(n as Element).getAttribute('valueName')] : []))),
      ]
      expect(valueNames.filter(Boolean)).toEqual([p.getAttribute('name')])
    }
    expect(POLICY_REGISTRY_KEY).toBe('SOFTWARE\\Policies\\GovTech\\TechPass Onboarding Assistant')
  })

  it('give a whole number its schema bounds, and a list REG_MULTI_SZ', () => {
    const admx = read(ADMX)
    expect(admx).toContain('<decimal id="DeadlinesRegisterDays" valueName="DeadlinesRegisterDays" minValue="1" maxValue="60" required="true" />')
    expect(admx).toContain('<decimal id="PasswordPolicyMaxLength" valueName="PasswordPolicyMaxLength" minValue="8" maxValue="1024" required="true" />')
    expect(admx).toContain('<multiText id="RefusedEmailDomains" valueName="RefusedEmailDomains" maxStrings="200" required="true" />')
    expect(admx).toContain('<multiText id="LanguageOffered" valueName="LanguageOffered" maxStrings="4" required="true" />')
  })

  it('fail the cross-check when the ADML loses a string or a presentation, or the XML is broken', () => {
    const admx = read(ADMX)
    const adml = read(ADML)
    expect(templateProblems(admx, adml.replace(/<string id="HelpdeskHours_Explain">[^<]*<\/string>/, ''))).toEqual([
      'HelpdeskHours explainText: no string HelpdeskHours_Explain in the ADML',
    ])
    expect(templateProblems(admx, adml.replace(/<presentation id="DeadlinesSoonDays">[\s\S]*?<\/presentation>/, ''))).toEqual([
      'DeadlinesSoonDays: no presentation in the ADML',
    ])
    expect(templateProblems(admx, adml.replace('<string id="LanguageDefault_vi">', '<string id="LanguageDefault_xx">'))).toEqual([
      'LanguageDefault enum item: no string LanguageDefault_vi in the ADML',
    ])
    expect(
      templateProblems(admx.replace(/LanguageDefault_zh_Hans/g, 'LanguageDefault.zh-Hans'), adml.replace('LanguageDefault_zh_Hans', 'LanguageDefault.zh-Hans')),
    ).toEqual(['ADMX displayName="$(string.LanguageDefault.zh-Hans)" is not a reference', 'ADML string id="LanguageDefault.zh-Hans" is not a resource id'])
    expect(() => templateProblems(admx.replace('</policies>', ''), adml)).toThrow()
  })
})

describe('the example configuration profile', () => {
  const text = read(PROFILE)

  it('parses as a plist and holds exactly the schema keys', () => {
    expect(profileProblems(text, schemaPolicyNames())).toEqual([])
  })

  it('fails the check with a planted extra key or a missing one', () => {
    const extra = text.replace('<key>HelpdeskHours</key>', '<key>HelpdeskFax</key>\n\t\t\t<string>+65 6000 0000</string>\n\t\t\t<key>HelpdeskHours</key>')
    expect(profileProblems(extra, schemaPolicyNames())).toEqual(['extra key HelpdeskFax'])
    const missing = text.replace(/<key>DeadlinesSoonDays<\/key>\s*<integer>\d+<\/integer>/, '')
    expect(profileProblems(missing, schemaPolicyNames())).toEqual(['missing key DeadlinesSoonDays'])
  })

  it('holds values the configuration accepts: put back into config.json form, they give no notice', () => {
    const payload = (parsePlist(text) as { PayloadContent: PlistDict[] }).PayloadContent.find((p) => p.PayloadType === appId)!
    const config: Record<string, unknown> = {}
    for (const [field, declared] of Object.entries(policies)) {
      if ('category' in declared) {
        config[field] = Object.fromEntries(Object.entries(declared.policies).map(([key, leaf]) => [key, payload[leaf.policy]]))
      } else config[field] = payload[declared.policy]
    }
    const loaded = applyConfig(fileOnly(config, 'profile'))
    expect(loaded.notices).toEqual([])
    expect(loaded.settings.deadlines).toEqual({ registerDays: 5, activateDays: 30, soonDays: 2 })
    expect(loaded.policyTextsDir).toBe('/Library/Application Support/TechPass Onboarding Assistant/policies')
    expect(loaded.settings.language).toEqual({ offered: ['en', 'zh-Hans', 'vi', 'id'], default: 'en' })
  })

  // plistutil is Debian's libplist-utils (.ci/run installs it); the online runners do not have it, and say so.
  const plistutil = spawnSync('plistutil', ['--version'], { encoding: 'utf8' })
  const hasPlistutil = plistutil.status === 0
  if (!hasPlistutil) console.warn('plistutil (Debian libplist-utils) is not installed: the binary round trip of the .mobileconfig is NOT RUN')
  it.skipIf(!hasPlistutil)('converts to a binary plist and back with plistutil, unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plistutil-'))
    try {
      execFileSync('plistutil', ['-i', join(root, PROFILE), '-o', join(dir, 'p.bin'), '-f', 'bin'])
      const binary = readFileSync(join(dir, 'p.bin'))
      expect(binary.subarray(0, 8).toString('latin1')).toBe('bplist00')
      expect(parseBinary(binary)).toEqual(parsePlist(text))
      execFileSync('plistutil', ['-i', join(dir, 'p.bin'), '-o', join(dir, 'p.xml'), '-f', 'xml'])
      expect(parsePlist(readFileSync(join(dir, 'p.xml'), 'utf8'))).toEqual(parsePlist(text))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('npm run policies:check', () => {
  let dir = ''
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  function copyOfRepository(): string {
    dir = mkdtempSync(join(tmpdir(), 'policies-check-'))
    for (const path of ['package.json', 'electron-builder.json', 'README.md', ADMX, ADML, PROFILE]) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      copyFileSync(join(root, path), join(dir, path))
    }
    return dir
  }

  it('passes on the committed files, and fails naming each file that is out of date or missing', () => {
    const copy = copyOfRepository()
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'log').mockImplementation(() => {})
    expect(generate(true, copy)).toBe(0)
    writeFileSync(join(copy, ADMX), read(ADMX).replace('maxValue="60"', 'maxValue="61"'))
    unlinkSync(join(copy, PROFILE))
    const readme = read('README.md')
    writeFileSync(join(copy, 'README.md'), readme.replace(/\| `DeadlinesSoonDays` .*\n/, ''))
    expect(generate(true, copy)).toBe(1)
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([
      `out of date: ${ADMX} (run npm run policies:generate)`,
      `out of date: ${PROFILE} (run npm run policies:generate)`,
      'out of date: README.md (run npm run policies:generate)',
    ])
    expect(generate(false, copy)).toBe(0)
    expect(generate(true, copy)).toBe(0)
    expect(readFileSync(join(copy, 'README.md'), 'utf8')).toBe(readme)
  })

  it('refuses a README without the table markers', () => {
    const copy = copyOfRepository()
    writeFileSync(join(copy, 'README.md'), read('README.md').replace(README_START, '').replace(README_END, ''))
    expect(() => generate(true, copy)).toThrow(/markers/)
  })
})
