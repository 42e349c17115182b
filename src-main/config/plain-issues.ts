import { z } from 'zod'

// Administrators read these sentences: they name the setting and say what it must be, never zod's wording.

const MAX_REASONS = 3

// A key typed by someone else is shown short and with control and direction characters replaced.
export function quoteKey(key: string): string {
  const short = key.length > 60 ? `${key.slice(0, 59)}…` : key
  return `"${short.replace(/[\p{Cc}\p{Cf}"\\]/gu, '?')}"`
}

const pathText = (path: readonly PropertyKey[]): string =>
  path.map((part, i) => (typeof part === 'number' ? ` entry ${part + 1}` : `${i === 0 ? '' : '.'}${String(part)}`)).join('')

// What a value must be, read from the schema itself so the words never drift from the rule.
export function describeRule(schema: z.ZodType): string {
  if (schema.description) return schema.description
  if (schema instanceof z.ZodNumber) {
    const kind = schema.isInt ? 'a whole number' : 'a number'
    const { minValue: min, maxValue: max } = schema
    if (min !== null && max !== null && Number.isFinite(min) && Number.isFinite(max)) return `${kind} from ${min} to ${max}`
    return kind
  }
  if (schema instanceof z.ZodBoolean) return 'true or false'
  if (schema instanceof z.ZodString) {
    const { minLength: min, maxLength: max } = schema
    return max !== null ? `text of ${min ?? 0} to ${max} characters` : 'text'
  }
  if (schema instanceof z.ZodArray) return 'a list'
  if (schema instanceof z.ZodObject) return `a group of settings: ${Object.keys(schema.shape).join(', ')}`
  if (schema instanceof z.ZodEnum) return `one of ${schema.options.map(String).join(', ')}`
  return 'a different value'
}

function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | null {
  let at: z.ZodType = schema
  for (const part of path) {
    if (at instanceof z.ZodObject && typeof part === 'string' && Object.hasOwn(at.shape, part)) at = at.shape[part] as z.ZodType
    else if (at instanceof z.ZodArray && typeof part === 'number') at = at.element as z.ZodType
    else return null
  }
  return at
}

function valueAt(value: unknown, path: readonly PropertyKey[]): { found: boolean } {
  let at = value
  for (const part of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, part)) return { found: false }
    at = (at as Record<PropertyKey, unknown>)[part]
  }
  return { found: at !== undefined }
}

function explainOne(issue: z.core.$ZodIssue, schema: z.ZodType, input: unknown, root: readonly PropertyKey[]): string[] {
  const path = [...root, ...issue.path]
  // An empty path is the whole value: the whole file or header.
  const where = pathText(path) || 'it'
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${path.length > 0 ? `${where} has` : 'it has'} an unknown setting ${quoteKey(key)}`)
  if (!valueAt(input, issue.path).found) return [path.length > 0 ? `${where} is missing` : 'it is empty']
  // Our own messages start with "must" (zod's never do): https addresses, domains, relations between two values.
  if (issue.message.startsWith('must')) return [`${where} ${issue.message}`]
  if (issue.code === 'custom' || (issue.code === 'invalid_format' && !issue.message.startsWith('Invalid'))) {
    // "maxLength must not be…" written for the form becomes "passwordPolicy.maxLength must not be…".
    const last = String(path.at(-1) ?? '')
    return [last && issue.message.startsWith(`${last} `) ? `${where}${issue.message.slice(last.length)}` : `${where}: ${issue.message}`]
  }
  const rule = schemaAt(schema, issue.path)
  return [`${where} must be ${rule ? describeRule(rule) : 'a different value'}`]
}

/** Plain reasons such as "deadlines.registerDays must be a whole number from 1 to 60", at most three and a count. */
export function plainIssues(error: z.ZodError, schema: z.ZodType, input: unknown, root: readonly PropertyKey[] = []): string {
  const reasons = [...new Set(error.issues.flatMap((issue) => explainOne(issue, schema, input, root)))]
  const more = reasons.length > MAX_REASONS ? ` (and ${reasons.length - MAX_REASONS} more)` : ''
  return `${reasons.slice(0, MAX_REASONS).join('; ')}${more}`
}
