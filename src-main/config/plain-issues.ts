import { z } from 'zod'
import { inner, MSG_ID, say } from '../../src-shared/message'
import type { Msg, MsgValue } from '../../src-shared/message'
import { configKinds as kinds, configReasons as reasons } from '../../src-shared/messages/config'

// Administrators read these: they name the setting and say what it must be, never zod's wording. Rules written for
// this file give a message id as their zod message or description: a `config.kind.` id is what a value must be
// ("an https:// address"), any other id is a whole reason with {where}.

const MAX_REASONS = 3
const KIND = 'config.kind.'

// A key typed by someone else is shown short and with control and direction characters replaced.
export function quoteKey(key: string): string {
  const short = key.length > 60 ? `${key.slice(0, 59)}…` : key
  return `"${short.replace(/[\p{Cc}\p{Cf}"\\]/gu, '?')}"`
}

// "deadlines.registerDays", or "refusedEmailDomains entry 2" for an item of a list (counted from 1, as people count).
function whereOf(path: readonly PropertyKey[]): MsgValue {
  const at = path.findIndex((part) => typeof part === 'number')
  const dotted = (parts: readonly PropertyKey[]) => parts.map(String).join('.')
  if (at < 0) return dotted(path)
  const n = (path[at] as number) + 1
  const rest = path.slice(at + 1)
  return rest.length === 0 ? inner(say(reasons.entry, { where: dotted(path.slice(0, at)), n })) : `${dotted(path.slice(0, at))}[${n}].${dotted(rest)}`
}

const ruleId = (text: string | undefined): string | null => (text !== undefined && MSG_ID.test(text) ? text : null)

// What a value must be, read from the schema itself so the words never drift from the rule.
function describeRule(schema: z.ZodType): Msg {
  const described = ruleId(schema.description)
  if (described) return { id: described }
  if (schema instanceof z.ZodNumber) {
    const { minValue: min, maxValue: max } = schema
    if (min !== null && max !== null && Number.isFinite(min) && Number.isFinite(max))
      return say(schema.isInt ? kinds.wholeNumberRange : kinds.numberRange, { min, max })
    return say(schema.isInt ? kinds.wholeNumber : kinds.number)
  }
  if (schema instanceof z.ZodBoolean) return say(kinds.trueOrFalse)
  if (schema instanceof z.ZodString) {
    const { minLength: min, maxLength: max } = schema
    return max !== null ? say(kinds.textRange, { min: min ?? 0, max }) : say(kinds.text)
  }
  if (schema instanceof z.ZodArray) return say(kinds.list)
  if (schema instanceof z.ZodObject) return say(kinds.group, { keys: Object.keys(schema.shape).join(', ') })
  if (schema instanceof z.ZodEnum) return say(kinds.oneOf, { options: schema.options.map(String).join(', ') })
  return say(kinds.other)
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

function explainOne(issue: z.core.$ZodIssue, schema: z.ZodType, input: unknown, root: readonly PropertyKey[]): Msg[] {
  const path = [...root, ...issue.path]
  // An empty path is the whole value: the whole file or header.
  const where = whereOf(path)
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      path.length > 0 ? say(reasons.unknownSettingIn, { where, key: quoteKey(key) }) : say(reasons.unknownSetting, { key: quoteKey(key) }),
    )
  }
  if (!valueAt(input, issue.path).found) return [path.length > 0 ? say(reasons.missing, { where }) : say(reasons.empty)]
  const own = ruleId(issue.message)
  if (own) return [own.startsWith(KIND) ? say(reasons.mustBe, { where, kind: inner({ id: own }) }) : { id: own, values: { where } }]
  const rule = schemaAt(schema, issue.path)
  return [say(reasons.mustBe, { where, kind: inner(rule ? describeRule(rule) : say(kinds.other)) })]
}

/** Plain reasons such as "deadlines.registerDays must be a whole number from 1 to 60", at most three and a count. */
export function plainIssues(error: z.ZodError, schema: z.ZodType, input: unknown, root: readonly PropertyKey[] = []): MsgValue {
  const seen = new Map<string, Msg>()
  for (const reason of error.issues.flatMap((issue) => explainOne(issue, schema, input, root))) seen.set(JSON.stringify(reason), reason)
  const all = [...seen.values()]
  const shown: MsgValue = { list: all.slice(0, MAX_REASONS) }
  return all.length > MAX_REASONS ? inner(say(reasons.andMore, { reasons: shown, count: all.length - MAX_REASONS })) : shown
}
