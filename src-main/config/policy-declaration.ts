import type { z } from 'zod'

/**
 * How one administrator setting appears in the operating systems' policy stores (Windows registry, macOS managed
 * preferences). Declared once, beside the configuration's zod schema (`policies` in setting-policies.ts); the templates
 * (ADMX/ADML, .mobileconfig) and the README's settings table are generated from it (scripts/policy-templates.ts).
 *
 * - `string`: REG_SZ, plist string.
 * - `dword`: a whole number, REG_DWORD, plist integer (minimum and maximum come from the schema).
 * - `boolean`: REG_DWORD 1 or 0, plist boolean.
 * - `enum`: one of the schema's values, REG_SZ, plist string.
 * - `list`: text values, REG_MULTI_SZ, plist array of strings.
 */
export type PolicyType = 'string' | 'dword' | 'boolean' | 'enum' | 'list'

// The policy type a value of the schema's input type must have: a declaration of another type fails the typecheck.
type PolicyTypeOf<V> = [V] extends [boolean]
  ? 'boolean'
  : [V] extends [number]
    ? 'dword'
    : [V] extends [readonly unknown[]]
      ? 'list'
      : [V] extends [string]
        ? string extends V
          ? 'string'
          : 'enum'
        : never

export interface PolicyLeaf<V = unknown> {
  /** Registry value name and plist key: PascalCase, unique. */
  policy: string
  type: PolicyTypeOf<V>
  /** A few words: the policy's name in the Group Policy editor. */
  title: string
  /** English, plain text: what the setting does and what happens without it. */
  description: string
  /** The example profile's value when the built-in settings have none. */
  example?: V
  /** Names of an enum's values, in the order of the schema's values. */
  labels?: [V] extends [string] ? Record<V, string> : never
}

/** Any declaration, as the generator reads it. */
export interface AnyPolicyLeaf extends Omit<PolicyLeaf, 'type' | 'example' | 'labels'> {
  type: PolicyType
  example?: unknown
  labels?: Readonly<Record<string, string>>
}

/** A nested object of the configuration file: one policy per key, in a category of its own. */
export interface PolicyGroup<O> {
  category: string
  policies: { [K in keyof O]-?: PolicyLeaf<NonNullable<O[K]>> }
}

type DeclarationFor<I> = [NonNullable<I>] extends [readonly unknown[]]
  ? PolicyLeaf<NonNullable<I>>
  : [NonNullable<I>] extends [object]
    ? PolicyGroup<NonNullable<I>>
    : PolicyLeaf<NonNullable<I>>

/** One declaration per field of the configuration file, and none without a field (use with `satisfies`). */
export type PolicyDeclarations<F extends Record<string, z.ZodType>> = { [K in keyof F]: DeclarationFor<z.input<F[K]>> }

// Where Windows keeps the policies (under HKLM). The vendor is GovTech, the owner of tech.gov.sg, whose reverse name starts
// electron-builder.json's appId (sg.gov.tech.…); package.json has no author, and electron-builder.json's copyright names only the product.
export const POLICY_VENDOR = 'GovTech'
// The macOS bundle id and managed-preferences domain: electron-builder.json's appId (a unit test keeps the two equal).
export const APP_BUNDLE_ID = 'sg.gov.tech.techpass-onboarding-assistant'
// Where macOS puts the managed preferences of every app (a configuration profile's payload), as <bundle id>.plist.
export const MANAGED_PREFERENCES = '/Library/Managed Preferences'
export const POLICY_REGISTRY_KEY = `SOFTWARE\\Policies\\${POLICY_VENDOR}\\TechPass Onboarding Assistant`
/** The policy key as reg.exe names it: the one the generated ADMX writes, in HKLM. */
export const POLICY_KEY = `HKLM\\${POLICY_REGISTRY_KEY}`
// The first version that reads the policy stores (the templates' "supported on").
export const POLICIES_SINCE = '0.2.0'
