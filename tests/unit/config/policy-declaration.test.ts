import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { configFields } from '../../../src-main/config/config-file'
import type { ConfigFields } from '../../../src-main/config/config-file'
import { policies } from '../../../src-main/config/setting-policies'
import type { PolicyDeclarations } from '../../../src-main/config/policy-declaration'
import { collectPolicies } from '../../../scripts/policy-templates'

type Declared = PolicyDeclarations<ConfigFields>
const leaf = { title: 'A title', description: 'What it does.' }
const deadlines = { registerDays: 5, activateDays: 30, soonDays: 2 }

describe('the policy declarations', () => {
  // The typecheck (tsc -b includes this file) fails if one of these stops being an error: an unused @ts-expect-error is one.
  it('refuse, at compile time, a missing or extra declaration and a type that does not fit the schema', () => {
    const { organisationName: _dropped, ...missingOne } = policies
    // @ts-expect-error organisationName has no declaration
    const missing: Declared = missingOne
    // @ts-expect-error a declaration without a field
    const extra: Declared = { ...policies, faxNumber: { policy: 'FaxNumber', type: 'string', ...leaf } }
    const registerAsText = { policy: 'DeadlinesRegisterDays', type: 'string', ...leaf } as const
    const group = policies.deadlines.policies
    // @ts-expect-error deadlines.registerDays is a number: a DWORD, not a string
    const wrongType: Declared['deadlines']['policies'] = { ...group, registerDays: registerAsText }
    // @ts-expect-error deadlines.soonDays has no declaration
    const groupMissing: Declared['deadlines']['policies'] = { registerDays: group.registerDays, activateDays: group.activateDays }
    // @ts-expect-error a list of domains is a list, not one string
    const listAsString: Declared = { ...policies, refusedEmailDomains: { policy: 'RefusedEmailDomains', type: 'string', ...leaf } }
    expect([missing, extra, wrongType, groupMissing, listAsString]).toHaveLength(5)
  })

  it('refuse, when the templates are made, what the types cannot see', () => {
    const schemas = { deadlines: configFields().deadlines, language: configFields().language }
    const declared = { deadlines: policies.deadlines, language: policies.language }
    const builtIns = { deadlines, language: { offered: ['en'], default: null } }
    expect(collectPolicies(declared, schemas, builtIns).policies.map((p) => p.name)).toEqual([
      'DeadlinesRegisterDays',
      'DeadlinesActivateDays',
      'DeadlinesSoonDays',
      'LanguageDefault',
      'LanguageOffered',
    ])
    // A declaration that is a cast away from its schema, labels that are not the schema's values, a name twice, a name not PascalCase.
    const asText = {
      ...declared,
      deadlines: {
        ...declared.deadlines,
        policies: { ...declared.deadlines.policies, soonDays: { policy: 'DeadlinesSoonDays', type: 'string' as const, ...leaf } },
      },
    }
    expect(() => collectPolicies(asText, schemas, builtIns)).toThrow('deadlines.soonDays: declared as string, but its schema is dword')
    const labels = { en: 'English', vi: 'Vietnamese' }
    const fewLabels = {
      ...declared,
      language: { ...declared.language, policies: { ...declared.language.policies, default: { ...declared.language.policies.default, labels } } },
    }
    expect(() => collectPolicies(fewLabels, schemas, builtIns)).toThrow("language.default: labels do not match the schema's values")
    const twice = {
      ...declared,
      language: {
        ...declared.language,
        policies: { ...declared.language.policies, offered: { ...declared.language.policies.offered, policy: 'DeadlinesSoonDays' } },
      },
    }
    expect(() => collectPolicies(twice, schemas, builtIns)).toThrow('policy names declared twice: DeadlinesSoonDays')
    const lower = {
      ...declared,
      deadlines: {
        ...declared.deadlines,
        policies: { ...declared.deadlines.policies, soonDays: { ...declared.deadlines.policies.soonDays, policy: 'deadlines.soonDays' } },
      },
    }
    expect(() => collectPolicies(lower, schemas, builtIns)).toThrow('the policy name deadlines.soonDays is not PascalCase')
    // A field the declarations do not know, a declaration the fields do not have, and a setting with no value for the example.
    expect(() => collectPolicies(declared, { ...schemas, fax: z.string() }, builtIns)).toThrow('fax: no policy declaration')
    expect(() => collectPolicies({ ...declared, fax: { policy: 'Fax', type: 'string', ...leaf } }, schemas, builtIns)).toThrow('declared without a field: fax')
    expect(() => collectPolicies(declared, schemas, { language: builtIns.language })).toThrow('deadlines.registerDays: no built-in value and no example')
  })
})
