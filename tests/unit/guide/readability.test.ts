import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadGuide } from '../../../src-main/guide/load-guide'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { email } from '../../../src-shared/fields'
import { gradedAlone, gradeOf, guideTextsByStep, MAX_SENTENCE_GRADE, MAX_STEP_GRADE, measureSteps, sentencesOf, withTexts } from '../../readability/readability'

const loaded = loadGuide(resolve('resources'))
if (!loaded.ok) throw new Error(loaded.error.message.id)
const guide = loaded.value

// Plain words, measured (issue 19): each step's user-facing English at Flesch-Kincaid grade 6 or lower, and no
// sentence above grade 12. `npx tsx tests/readability/measure.ts` prints the table.
describe("the guide's English, for a reader with basic English", () => {
  const steps = guideTextsByStep(guide)

  it('measures every section, with its titles, notes, tasks and troubleshooting, but not the agent wording', () => {
    expect(steps.map((s) => s.role)).toEqual(guide.sections.map((s) => s.role))
    const profile = steps.find((s) => s.role === 'profile')!
    expect(profile.texts).toContain('Before you start')
    expect(profile.texts).toContain('I only have a LiteMail address.')
    expect(profile.texts).toContain('helpdesk practice for emails that do not arrive')
    const signIn = steps.find((s) => s.role === 'sign-in')!
    expect(signIn.texts.some((t) => t.includes('Login button'))).toBe(true)
    const agent = guide.sections.flatMap((s) => [s.agentText, ...s.items.map((i) => i.agentText)])
    for (const text of agent) expect(steps.flatMap((s) => s.texts)).not.toContain(text)
  })

  it.each(measureSteps(steps).map((m) => [m.id, m] as const))(
    `%s is at grade ${MAX_STEP_GRADE} or lower, every sentence at ${MAX_SENTENCE_GRADE} or lower`,
    (_id, m) => {
      expect(m.grade, `${m.id}: grade ${m.grade}`).toBeLessThanOrEqual(MAX_STEP_GRADE)
      expect(m.worst.grade, `${m.id}: "${m.worst.sentence}"`).toBeLessThanOrEqual(MAX_SENTENCE_GRADE)
    },
  )

  it('explains each term the first time the guide uses it: SEED, ODC, MFA, MDM, AUP', () => {
    const all = steps.flatMap((s) => s.texts).join(' ')
    const first = (term: string) => all.slice(all.search(new RegExp(`\\b${term}\\b`)))
    expect(first('SEED')).toMatch(/^SEED[^.]*\. SEED manages your laptop/)
    expect(all).toContain('offshore development centre (ODC)')
    expect(first('MFA')).toMatch(/^MFA here\. MFA means multi-factor authentication/)
    expect(all).toContain('MDM means mobile device management')
    expect(all).toContain('AUP means acceptable use policy')
  })
})

// The readability walk reads no refusal (it fills every form right), so a form's own refusals are graded here. The
// profile form's email was "Enter your organisational email." (grade 19): inside sentences it is the work email.
describe("the work email's refusals, as the profile form and Step 1 say them", () => {
  const workEmail = email('org-email', [...DEFAULT_SETTINGS.refusedEmailDomains, 'gmail.com'])
  const typed = ['', 'ana@', 'ana.acme.com', 'ana@acme', 'ana@litemail.gov.sg', 'ana@gmail.com', 'ana@acme.com\u200b', `${'a'.repeat(250)}@acme.com`]
  const refusals = typed.flatMap((value) => workEmail.safeParse(value).error?.issues.map((i) => i.message) ?? [])

  it(`has no sentence above grade ${MAX_SENTENCE_GRADE}`, () => {
    expect(refusals.length).toBeGreaterThanOrEqual(typed.length)
    expect(refusals).toContain('Enter your work email.')
    const hard = refusals.flatMap(sentencesOf).filter((s) => gradedAlone(s) && gradeOf(s) > MAX_SENTENCE_GRADE)
    expect(hard.map((s) => `${gradeOf(s).toFixed(1)} ${s}`)).toEqual([])
  })
})

describe('the measure', () => {
  it('takes a label or a title without a full stop as a sentence of its own', () => {
    expect(sentencesOf('Before you start')).toEqual(['Before you start.'])
    expect(sentencesOf('Check your junk folder. Then ask your project manager.')).toEqual(['Check your junk folder.', 'Then ask your project manager.'])
    expect(sentencesOf('helpdesk practice. The guide does not say')).toEqual(['Helpdesk practice.', 'The guide does not say.'])
  })

  it('flags a long sentence of hard words, and a step of them', () => {
    const hard = 'Offshore users: SEED provisioning is mandatory unless you belong to an offshore development centre (ODC).'
    const [m] = measureSteps([{ role: 'profile', id: 'x', texts: ['Before you start', hard] }])
    expect(m!.worst).toEqual({ sentence: hard, grade: expect.any(Number) })
    expect(m!.worst.grade).toBeGreaterThan(MAX_SENTENCE_GRADE)
  })

  it("adds other texts, such as the UI's own messages, to the steps they belong to", () => {
    const steps = guideTextsByStep(guide)
    const more = withTexts(steps, { request: ['Copy the message.'] })
    expect(more.find((s) => s.role === 'request')!.texts.at(-1)).toBe('Copy the message.')
    expect(more.find((s) => s.role === 'profile')!.texts).toEqual(steps.find((s) => s.role === 'profile')!.texts)
  })
})
