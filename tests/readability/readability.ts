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

// A sentence is graded alone from this many words. The formula says little about a label of one to three words: one
// three-syllable word ("Username", "Department", both TechPass's field names) is "grade 20". Labels still count in
// their step's grade, with every other sentence.
export const MIN_SENTENCE_WORDS = 4
export const gradedAlone = (sentence: string): boolean => readability.lexiconCount(sentence) >= MIN_SENTENCE_WORDS

// One step's grade over all its sentences together, and its hardest sentence (of four words or more).
export function measureStep(step: StepTexts): StepMeasure {
  const sentences = step.texts.flatMap(sentencesOf)
  const passage = sentences.join(' ')
  const graded = sentences.filter(gradedAlone).map((sentence) => ({ sentence, grade: gradeOf(sentence) }))
  const worst = graded.reduce((a, b) => (b.grade > a.grade ? b : a), { sentence: '', grade: -Infinity })
  return { role: step.role, id: step.id, grade: gradeOf(passage), words: readability.lexiconCount(passage), worst }
}

export const measureSteps = (steps: StepTexts[]): StepMeasure[] => steps.map(measureStep)

// The targets: each step at grade 6 or lower, and no sentence above grade 12.
export const MAX_STEP_GRADE = 6
export const MAX_SENTENCE_GRADE = 12

// The sentences of `lines` that `known` does not already hold, each once: what a screen adds to a step's guide texts
// (a screen shows the guide's own titles and notes too, and they are counted once).
export function newSentences(known: string[], lines: string[]): string[] {
  const seen = new Set(known.flatMap(sentencesOf))
  const found: string[] = []
  for (const sentence of lines.flatMap(sentencesOf)) {
    if (seen.has(sentence)) continue
    seen.add(sentence)
    found.push(sentence)
  }
  return found
}

// Where the readability spec (tests/e2e/readability.spec.ts) leaves the English the screens showed, step by step;
// `npm run readability` adds it to the guide's texts when it is there.
export const UI_TEXTS_FILE = '.tmp/readability/ui-texts.json'
export type UiTexts = { written: string; steps: Partial<Record<string, string[]>>; left: string[] }

// Each step's guide texts with what its screens add (the UI's own messages), ready for measureSteps.
export function withScreens(steps: StepTexts[], screens: Partial<Record<string, string[]>>): StepTexts[] {
  const more = Object.fromEntries(steps.map((s) => [s.role, newSentences(s.texts, screens[s.role] ?? [])]))
  return withTexts(steps, more)
}

// A Markdown table of the measures: step, grade, words, worst sentence grade, worst sentence (flagged "!" over a target).
export function tableOf(rows: StepMeasure[]): string {
  const cell = (value: string, width: number) => value.padEnd(width)
  const lines = [
    `| ${cell('step', 28)} | grade | words | worst sentence grade | worst sentence`,
    `| ${'-'.repeat(28)} | ----- | ----- | -------------------- | --------------`,
  ]
  for (const r of rows) {
    const flag = r.grade > MAX_STEP_GRADE || r.worst.grade > MAX_SENTENCE_GRADE ? ' !' : ''
    lines.push(
      `| ${cell(`${r.id} (${r.role})`, 28)} | ${cell(r.grade.toFixed(1), 5)} | ${cell(String(r.words), 5)} | ${cell(r.worst.grade.toFixed(1), 20)} | ${r.worst.sentence}${flag}`,
    )
  }
  return lines.join('\n')
}
