import readability from 'text-readability'
import type { Guide } from '../../src-shared/guide-schema'
import { guideTexts } from '../../src-shared/guide-translation'

// Plain words, measured (issue 19): the user-facing English of each step, as Flesch-Kincaid grades.
// The guide's texts are one source; the UI's own messages of a step can be added to the same step's texts.

// A step's user-facing English: the step's section role, its id as in guide.json, and its texts.
export type StepTexts = { role: string; id: string; texts: string[] }

// Every user-facing English text of each section (step) of the guide: titles, summaries, notes, labels, actions,
// details, picture descriptions, troubleshooting and tip sources. Not the agent's wording, not ids.
export function guideTextsByStep(guide: Guide): StepTexts[] {
  const texts = guideTexts(guide).filter((t) => !t.forAgent)
  return guide.sections.map((s) => ({ role: s.role, id: s.id, texts: texts.filter((t) => t.section === s.id).map((t) => t.english) }))
}

// Adds more texts (for example the UI's messages) to the steps they belong to, by role.
export function withTexts(steps: StepTexts[], more: Partial<Record<string, string[]>>): StepTexts[] {
  return steps.map((s) => ({ ...s, texts: [...s.texts, ...(more[s.role] ?? [])] }))
}

// The sentences of a text. A label or title without a full stop is a sentence of its own.
// Splits where text-readability does (. ? or ! then a space), so one sentence here is one sentence there.
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!]['")\]”’]*)\s+(?=\S)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => (/[.?!:]['")\]”’]*$/.test(s) ? s : `${s}.`))
    .map((s) => s.replace(/^[a-z]/, (c) => c.toUpperCase()))
}

export type SentenceGrade = { sentence: string; grade: number }
export type StepMeasure = { role: string; id: string; grade: number; words: number; worst: SentenceGrade }

export const gradeOf = (text: string): number => readability.fleschKincaidGrade(text)

// One step's grade over all its sentences together, and its hardest sentence.
export function measureStep(step: StepTexts): StepMeasure {
  const sentences = step.texts.flatMap(sentencesOf)
  const passage = sentences.join(' ')
  const graded = sentences.map((sentence) => ({ sentence, grade: gradeOf(sentence) }))
  const worst = graded.reduce((a, b) => (b.grade > a.grade ? b : a), { sentence: '', grade: -Infinity })
  return { role: step.role, id: step.id, grade: gradeOf(passage), words: readability.lexiconCount(passage), worst }
}

export const measureSteps = (steps: StepTexts[]): StepMeasure[] => steps.map(measureStep)

// The targets: each step at grade 6 or lower, and no sentence above grade 12.
export const MAX_STEP_GRADE = 6
export const MAX_SENTENCE_GRADE = 12
