// Renders the administrators' templates from the configuration's schema (config-file.ts) and its policy declarations
// (setting-policies.ts): ADMX and en-US ADML for Group Policy and Intune, an example .mobileconfig for macOS, and the
// README's settings table.
// generate() writes them or checks them (scripts/generate-policy-templates.ts is its command). Shaped after VS Code's build/lib/policies
// (one renderer per policy type) and Chrome's and Edge's templates (vendor and product categories, HKLM only).
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { configFields } from '../src-main/config/config-file'
import { policies } from '../src-main/config/setting-policies'
import { DEFAULT_SETTINGS } from '../src-main/config/settings'
import { POLICIES_SINCE, POLICY_REGISTRY_KEY, POLICY_VENDOR } from '../src-main/config/policy-declaration'
import type { AnyPolicyLeaf, PolicyType } from '../src-main/config/policy-declaration'

export interface Product {
  /** package.json productName. */
  name: string
  /** electron-builder.json appId: the macOS bundle id and managed-preferences domain. */
  appId: string
}

/** One policy: a flat setting of the configuration, with what its schema allows. */
export interface Policy {
  name: string
  /** Its key in config.json ("deadlines.registerDays"). */
  json: string
  type: PolicyType
  title: string
  description: string
  /** The category it sits in: the product's, or its group's. */
  category: Category
  min?: number
  max?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  https?: boolean
  /** An enum's values, or the values a list's items may take. */
  values?: readonly string[]
  labels?: Readonly<Record<string, string>>
  /** The built-in value, or undefined when the app has none. */
  builtIn: unknown
  /** The example profile's value: the built-in one, else the declaration's example. */
  example: unknown
}

export interface Category {
  id: string
  title: string
  parent: string
}

interface JsonSchema {
  type?: string
  format?: string
  minimum?: number
  maximum?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  enum?: string[]
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
}

const VENDOR_CATEGORY = POLICY_VENDOR
const PRODUCT_CATEGORY = 'TechPassOnboardingAssistant'
const SUPPORTED = `SUPPORTED_TechPass_${POLICIES_SINCE.replace(/\./g, '_')}`
const POLICY_NAME = /^[A-Z][A-Za-z0-9]*$/

function expectedType(schema: JsonSchema): PolicyType | null {
  if (schema.type === 'integer') return 'dword'
  if (schema.type === 'boolean') return 'boolean'
  if (schema.type === 'string') return schema.enum ? 'enum' : 'string'
  if (schema.type === 'array' && schema.items?.type === 'string') return 'list'
  return null
}

function policyOf(leaf: AnyPolicyLeaf, schema: JsonSchema, json: string, category: Category, builtIn: unknown): Policy {
  const type = expectedType(schema)
  if (type === null || type !== leaf.type) throw new Error(`${json}: declared as ${leaf.type}, but its schema is ${type ?? JSON.stringify(schema)}`)
  if (!POLICY_NAME.test(leaf.policy)) throw new Error(`${json}: the policy name ${leaf.policy} is not PascalCase`)
  const values = schema.enum ?? schema.items?.enum
  if (leaf.labels && (!values || Object.keys(leaf.labels).join() !== values.join())) throw new Error(`${json}: labels do not match the schema's values`)
  if (type === 'enum' && !leaf.labels) throw new Error(`${json}: an enum needs labels`)
  const example = builtIn ?? leaf.example
  if (example === undefined) throw new Error(`${json}: no built-in value and no example`)
  return {
    name: leaf.policy,
    json,
    type,
    title: leaf.title,
    description: leaf.description,
    category,
    ...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
    ...(schema.maximum !== undefined ? { max: schema.maximum } : {}),
    ...(schema.maxLength !== undefined ? { maxLength: schema.maxLength } : {}),
    ...(schema.minItems !== undefined ? { minItems: schema.minItems } : {}),
    ...(schema.maxItems !== undefined ? { maxItems: schema.maxItems } : {}),
    ...(schema.format === 'uri' ? { https: true } : {}),
    ...(values ? { values } : {}),
    ...(leaf.labels ? { labels: leaf.labels } : {}),
    builtIn,
    example,
  }
}

const pascal = (key: string) => key[0]!.toUpperCase() + key.slice(1)

type Declarations = Readonly<Record<string, AnyPolicyLeaf | { category: string; policies: Readonly<Record<string, AnyPolicyLeaf>> }>>

/** The flat policies, in the order of the configuration's fields; throws when a declaration and its schema disagree. */
export function collectPolicies(
  declarations: Declarations = policies,
  schemas: Readonly<Record<string, z.ZodType>> = configFields(),
  builtIns: Readonly<Record<string, unknown>> = DEFAULT_SETTINGS as unknown as Record<string, unknown>,
): { policies: Policy[]; categories: Category[] } {
  const product: Category = { id: PRODUCT_CATEGORY, title: '', parent: VENDOR_CATEGORY }
  const categories: Category[] = []
  const out: Policy[] = []
  const extra = Object.keys(declarations).filter((key) => !Object.hasOwn(schemas, key))
  if (extra.length > 0) throw new Error(`declared without a field: ${extra.join(', ')}`)
  for (const [field, zodSchema] of Object.entries(schemas)) {
    const schema = z.toJSONSchema(zodSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
    const declared = Object.hasOwn(declarations, field) ? declarations[field] : undefined
    if (!declared) throw new Error(`${field}: no policy declaration`)
    if ('category' in declared) {
      const properties = schema.properties ?? {}
      const leaves = declared.policies
      if (Object.keys(properties).join() !== Object.keys(leaves).join()) {
        throw new Error(`${field}: the schema has ${Object.keys(properties).join(', ')}; the declarations ${Object.keys(leaves).join(', ')}`)
      }
      const category: Category = { id: `${PRODUCT_CATEGORY}_${pascal(field)}`, title: declared.category, parent: PRODUCT_CATEGORY }
      categories.push(category)
      const group = (builtIns[field] ?? null) as Record<string, unknown> | null
      for (const [key, leaf] of Object.entries(leaves)) {
        out.push(policyOf(leaf, properties[key]!, `${field}.${key}`, category, group?.[key] ?? undefined))
      }
    } else {
      out.push(policyOf(declared, schema, field, product, builtIns[field] ?? undefined))
    }
  }
  const names = out.map((p) => p.name)
  const twice = names.filter((n, i) => names.indexOf(n) !== i)
  if (twice.length > 0) throw new Error(`policy names declared twice: ${twice.join(', ')}`)
  return { policies: out, categories }
}

// --- words shared by the ADML and the README --------------------------------------------------------------------------

const registryType = (p: Policy) => ({ string: 'REG_SZ', enum: 'REG_SZ', dword: 'REG_DWORD', boolean: 'REG_DWORD', list: 'REG_MULTI_SZ' })[p.type]
const plistType = (p: Policy) => ({ string: 'string', enum: 'string', dword: 'integer', boolean: 'boolean', list: 'array of strings' })[p.type]

/** What a value must be, in words. */
export function valueWords(p: Policy): string {
  switch (p.type) {
    case 'string':
      return p.https ? `an https address of at most ${p.maxLength} characters` : `text of at most ${p.maxLength} characters`
    case 'dword':
      return `a whole number from ${p.min} to ${p.max}`
    case 'boolean':
      return 'on (1) or off (0)'
    case 'enum':
      return `one of ${p.values!.join(', ')}`
    case 'list': {
      const items = p.values ? `of ${p.values.join(', ')}` : 'entries'
      return p.minItems ? `${p.minItems} to ${p.maxItems} ${items}` : `at most ${p.maxItems} ${items}`
    }
  }
}

function defaultWords(p: Policy, code: (s: string) => string): string {
  const v = p.builtIn
  if (v === undefined) return 'not set'
  if (Array.isArray(v)) {
    // A long list (the refused domains) is cut short: its first three and a count.
    const shown = v.slice(0, v.length > 5 ? 3 : 5).map((x) => code(String(x)))
    return v.length > shown.length ? `${shown.join(', ')} and ${v.length - shown.length} more` : shown.join(', ')
  }
  if (typeof v === 'boolean') return v ? 'on' : 'off'
  return code(String(v))
}

// --- ADMX and ADML ----------------------------------------------------------------------------------------------------

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const GENERATED = 'Generated by `npm run policies:generate` from src-main/config/config-file.ts and setting-policies.ts: do not edit.'
const enumItemId = (p: Policy, value: string) => `${p.name}_${value.replace(/[^A-Za-z0-9]/g, '_')}`

function admxElements(p: Policy): string[] {
  const id = `id="${p.name}" valueName="${p.name}"`
  switch (p.type) {
    case 'string':
      return [`<text ${id} maxLength="${p.maxLength}" required="true" />`]
    case 'dword':
      return [`<decimal ${id} minValue="${p.min}" maxValue="${p.max}" required="true" />`]
    case 'list':
      return [`<multiText ${id} maxStrings="${p.maxItems}" required="true" />`]
    case 'enum':
      return [
        `<enum ${id} required="true">`,
        ...p.values!.map((v) => `  <item displayName="$(string.${enumItemId(p, v)})"><value><string>${xml(v)}</string></value></item>`),
        `</enum>`,
      ]
    case 'boolean':
      return []
  }
}

function admxPolicy(p: Policy): string[] {
  const hasElements = p.type !== 'boolean'
  const attributes = [
    `name="${p.name}"`,
    `class="Machine"`,
    `displayName="$(string.${p.name})"`,
    `explainText="$(string.${p.name}_Explain)"`,
    ...(hasElements ? [`presentation="$(presentation.${p.name})"`] : []),
    `key="${xml(POLICY_REGISTRY_KEY)}"`,
    // A boolean is the policy itself, as in Chrome's templates: Enabled writes 1, Disabled 0, Not configured nothing.
    ...(hasElements ? [] : [`valueName="${p.name}"`]),
  ]
  return [
    `<policy ${attributes.join(' ')}>`,
    `  <parentCategory ref="${p.category.id}" />`,
    `  <supportedOn ref="${SUPPORTED}" />`,
    ...(hasElements
      ? ['  <elements>', ...admxElements(p).map((l) => `    ${l}`), '  </elements>']
      : ['  <enabledValue><decimal value="1" /></enabledValue>', '  <disabledValue><decimal value="0" /></disabledValue>']),
    `</policy>`,
  ]
}

const indent = (lines: string[], by: string) => lines.map((l) => `${by}${l}`).join('\n')

export function renderAdmx(product: Product, collected = collectPolicies()): string {
  const categories = [
    `<category name="${VENDOR_CATEGORY}" displayName="$(string.${VENDOR_CATEGORY})" />`,
    `<category name="${PRODUCT_CATEGORY}" displayName="$(string.${PRODUCT_CATEGORY})"><parentCategory ref="${VENDOR_CATEGORY}" /></category>`,
    ...collected.categories.map((c) => `<category name="${c.id}" displayName="$(string.${c.id})"><parentCategory ref="${c.parent}" /></category>`),
  ]
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- ${xml(product.name)} policies. ${GENERATED} -->
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <policyNamespaces>
    <target prefix="techpass" namespace="${POLICY_VENDOR}.Policies.TechPassOnboardingAssistant" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <supportedOn>
    <definitions>
      <definition name="${SUPPORTED}" displayName="$(string.${SUPPORTED})" />
    </definitions>
  </supportedOn>
  <categories>
${indent(categories, '    ')}
  </categories>
  <policies>
${indent(collected.policies.flatMap(admxPolicy), '    ')}
  </policies>
</policyDefinitions>
`
}

function explain(p: Policy, product: Product): string {
  return [
    p.description,
    '',
    `Value: ${p.type === 'boolean' ? 'Enabled writes 1, Disabled writes 0' : valueWords(p)}. Default: ${defaultWords(p, (s) => s)}.`,
    `Registry: ${registryType(p)} ${p.name} under HKLM\\${POLICY_REGISTRY_KEY}.`,
    `macOS: ${p.name} (${plistType(p)}) in the ${product.appId} domain. config.json: ${p.json}.`,
  ].join('\n')
}

function admlPresentation(p: Policy): string | null {
  const label = xml(p.title)
  switch (p.type) {
    case 'string':
      return `<textBox refId="${p.name}"><label>${label}</label></textBox>`
    case 'dword':
      return `<decimalTextBox refId="${p.name}" defaultValue="${p.builtIn ?? p.min}" spinStep="1">${label}</decimalTextBox>`
    case 'list':
      return `<multiTextBox refId="${p.name}">${label}</multiTextBox>`
    case 'enum':
      return `<dropdownList refId="${p.name}" noSort="true">${label}</dropdownList>`
    case 'boolean':
      return null
  }
}

export function renderAdml(product: Product, collected = collectPolicies()): string {
  const strings: [string, string][] = [
    [VENDOR_CATEGORY, POLICY_VENDOR],
    [PRODUCT_CATEGORY, product.name],
    [SUPPORTED, `${product.name} ${POLICIES_SINCE} or later`],
    ...collected.categories.map((c): [string, string] => [c.id, c.title]),
    ...collected.policies.flatMap((p): [string, string][] => [
      [p.name, p.title],
      [`${p.name}_Explain`, explain(p, product)],
      ...(p.type === 'enum' ? p.values!.map((v): [string, string] => [enumItemId(p, v), p.labels![v]!]) : []),
    ]),
  ]
  const presentations = collected.policies.flatMap((p) => {
    const inner = admlPresentation(p)
    return inner ? [`<presentation id="${p.name}">`, `  ${inner}`, `</presentation>`] : []
  })
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- ${xml(product.name)} policies, English (United States). ${GENERATED} -->
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>${xml(product.name)}</displayName>
  <description>${xml(`Policies for ${product.name}.`)}</description>
  <resources>
    <stringTable>
${indent(
  strings.map(([id, text]) => `<string id="${id}">${xml(text)}</string>`),
  '      ',
)}
    </stringTable>
    <presentationTable>
${indent(presentations, '      ')}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`
}

// --- macOS configuration profile --------------------------------------------------------------------------------------

/** A name-based UUID (RFC 9562 version 5), so the profile is the same on every run and its identifiers never collide. */
export function uuidV5(name: string, namespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8' /* URL */): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest()
  hash[6] = (hash[6]! & 0x0f) | 0x50
  hash[8] = (hash[8]! & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex').toUpperCase()
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function plistValue(p: Policy, value: unknown): string {
  switch (p.type) {
    case 'boolean':
      return value ? '<true/>' : '<false/>'
    case 'dword':
      return `<integer>${Number(value)}</integer>`
    case 'list':
      return ['<array>', ...(value as string[]).map((v) => `\t<string>${xml(v)}</string>`), '</array>'].join('\n')
    default:
      return `<string>${xml(String(value))}</string>`
  }
}

export function renderMobileconfig(product: Product, collected = collectPolicies()): string {
  const entry = (key: string, value: string) => [`<key>${key}</key>`, ...value.split('\n')]
  const str = (s: string) => `<string>${xml(s)}</string>`
  const settings = [
    ...entry('PayloadDisplayName', str(`${product.name} settings`)),
    ...entry('PayloadIdentifier', str(`${product.appId}.settings`)),
    ...entry('PayloadType', str(product.appId)),
    ...entry('PayloadUUID', str(uuidV5(`${product.appId}.settings`))),
    ...entry('PayloadVersion', '<integer>1</integer>'),
    ...collected.policies.flatMap((p) => entry(p.name, plistValue(p, p.example))),
  ]
  const profile = [
    '<key>PayloadContent</key>',
    '<array>',
    '\t<dict>',
    ...settings.map((l) => `\t\t${l}`),
    '\t</dict>',
    '</array>',
    ...entry('PayloadDescription', str(`Manages ${product.name} (preference domain ${product.appId}).`)),
    ...entry('PayloadDisplayName', str(product.name)),
    ...entry('PayloadIdentifier', str(`${product.appId}.profile`)),
    ...entry('PayloadOrganization', str(POLICY_VENDOR)),
    ...entry('PayloadScope', str('System')),
    ...entry('PayloadType', str('Configuration')),
    ...entry('PayloadUUID', str(uuidV5(`${product.appId}.profile`))),
    ...entry('PayloadVersion', '<integer>1</integer>'),
    ...entry('TargetDeviceType', '<integer>5</integer>'),
  ]
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!-- An example profile for ${xml(product.name)}: its built-in values, and example helpdesk details and policy folder. ${GENERATED} -->
<plist version="1.0">
<dict>
${indent(profile, '\t')}
</dict>
</plist>
`
}

// --- README -----------------------------------------------------------------------------------------------------------

export const README_START =
  '<!-- policies:start (generated by `npm run policies:generate` from src-main/config/config-file.ts and setting-policies.ts; do not edit) -->'
export const README_END = '<!-- policies:end -->'

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function renderReadmeTable(collected = collectPolicies()): string {
  const code = (s: string) => `\`${s}\``
  const rows = collected.policies.map((p) =>
    [code(p.name), code(p.json), `${valueWords(p)} (${registryType(p)}; plist ${plistType(p)})`, defaultWords(p, code), p.description].map(cell).join(' | '),
  )
  return [
    README_START,
    '| policy (registry value, plist key) | config.json key | value | default | what it does |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
    README_END,
  ].join('\n')
}

/** The README with its settings table replaced; throws when the markers are missing. */
export function withReadmeTable(readme: string, collected = collectPolicies()): string {
  const start = readme.indexOf(README_START)
  const end = readme.indexOf(README_END)
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} markers`)
  return readme.slice(0, start) + renderReadmeTable(collected) + readme.slice(end + README_END.length)
}

// --- the files -------------------------------------------------------------------------------------------------------

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Every generated file: its path from the repository's root and its text. */
export function templateFiles(root = ROOT): Map<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { productName: string }
  const builder = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8')) as { appId: string }
  const product: Product = { name: pkg.productName, appId: builder.appId }
  const collected = collectPolicies()
  return new Map([
    ['resources/policies/windows/techpass-onboarding-assistant.admx', renderAdmx(product, collected)],
    ['resources/policies/windows/en-US/techpass-onboarding-assistant.adml', renderAdml(product, collected)],
    [`resources/policies/macos/${product.appId}.mobileconfig`, renderMobileconfig(product, collected)],
    ['README.md', withReadmeTable(readFileSync(join(root, 'README.md'), 'utf8'), collected)],
  ])
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

/** Writes the files, or with `check` only says which are out of date; 1 when any is. */
export function generate(check: boolean, root = ROOT): number {
  const stale: string[] = []
  for (const [path, text] of templateFiles(root)) {
    const full = join(root, path)
    if (readOrNull(full) === text) continue
    if (check) {
      stale.push(path)
      continue
    }
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
    console.log(`wrote ${path}`)
  }
  if (stale.length === 0) {
    console.log(check ? 'policy templates are up to date' : 'policy templates written')
    return 0
  }
  for (const path of stale) console.error(`out of date: ${path} (run npm run policies:generate)`)
  return 1
}
