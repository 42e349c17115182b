// Prints the readability of the guide's user-facing English, step by step.
//   npx tsx tests/readability/measure.ts [path/to/guide.json]
// With no path it reads resources/guide/guide.json. To measure another version:
//   git show HEAD~3:resources/guide/guide.json > /tmp/guide.json && npx tsx tests/readability/measure.ts /tmp/guide.json
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { GuideSchema } from '../../src-shared/guide-schema'
import { guideTextsByStep, MAX_SENTENCE_GRADE, MAX_STEP_GRADE, measureStep, measureSteps } from './readability'

const path = resolve(process.argv[2] ?? 'resources/guide/guide.json')
const guide = GuideSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
const steps = guideTextsByStep(guide)
const rows = measureSteps(steps)
const all = measureStep({ role: 'all', id: 'all', texts: steps.flatMap((s) => s.texts) })

const cell = (value: string, width: number) => value.padEnd(width)
console.log(`Readability of ${path} (Flesch-Kincaid grade, text-readability; targets: step <= ${MAX_STEP_GRADE}, sentence <= ${MAX_SENTENCE_GRADE})`)
console.log('')
console.log(`| ${cell('step', 28)} | grade | words | worst sentence grade | worst sentence`)
console.log(`| ${'-'.repeat(28)} | ----- | ----- | -------------------- | --------------`)
for (const r of rows) {
  const flag = r.grade > MAX_STEP_GRADE || r.worst.grade > MAX_SENTENCE_GRADE ? ' !' : ''
  console.log(
    `| ${cell(`${r.id} (${r.role})`, 28)} | ${cell(r.grade.toFixed(1), 5)} | ${cell(String(r.words), 5)} | ${cell(r.worst.grade.toFixed(1), 20)} | ${r.worst.sentence}${flag}`,
  )
}
console.log('')
console.log(`Whole guide (every step together): grade ${all.grade.toFixed(1)}, ${all.words} words`)
