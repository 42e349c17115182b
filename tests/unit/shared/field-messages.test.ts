import { describe, expect, it } from 'vitest'
import { fieldMsg, text } from '../../../src-shared/fields'
import { MSG_ID } from '../../../src-shared/message'
import { fieldNames, fieldProblems, inEnglish, profileTexts } from '../../../src-shared/messages/fields'
import type { FieldText, Say } from '../../../src-shared/messages/fields'
import { messages } from '../../../src-renderer/src/locales/en/messages.po'
import { english } from '../../support/english'

const every: FieldText[] = [...Object.values(fieldNames), ...Object.values(fieldProblems), ...Object.values(profileTexts)]
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

// The form checks are said in English by main and in the user's language by the renderer, from the same entries.
describe('the form checks’ texts', () => {
  it.each(every.map((t) => [t.id, t] as const))('%s is in the catalog, as it is written, with the same placeholders', (_id, t) => {
    expect(t.id).toMatch(MSG_ID)
    expect(messages[t.id]).toBeDefined()
    expect(english({ id: t.id, values: Object.fromEntries(placeholders(t.message).map((p) => [p, `<${p}>`])) })).toBe(
      inEnglish(t, Object.fromEntries(placeholders(t.message).map((p) => [p, `<${p}>`]))),
    )
  })

  it('say a field by its name, in English by default and through the given Say otherwise', () => {
    const values = { field: fieldNames['project-name'], max: 120 }
    expect(inEnglish(fieldProblems.tooLong, values)).toBe('Your project name is too long. Use at most 120 characters.')
    expect(english(fieldMsg(fieldProblems.tooLong, values))).toBe('Your project name is too long. Use at most 120 characters.')
    const said: string[] = []
    const spy: Say = (t, v) => (said.push(t.id), inEnglish(t, v).toUpperCase())
    expect(text('project-name', 120, { say: spy }).safeParse('').error?.issues[0]?.message).toBe('ENTER YOUR PROJECT NAME.')
    expect(said).toContain('field.required')
  })
})
