// Prints the readability of the guide's user-facing English, step by step; then, when the readability spec has run,
// the same steps with what their screens add (the UI's own English messages).
//   npx tsx tests/readability/measure.ts [path/to/guide.json]
// With no path it reads resources/guide/guide.json. To measure another version:
//   git show HEAD~3:resources/guide/guide.json > /tmp/guide.json && npx tsx tests/readability/measure.ts /tmp/guide.json
// The screens' English is written by `npm run build && npx playwright test tests/e2e/readability.spec.ts` (.tmp/readability/).
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { GuideSchema } from '../../src-shared/guide-schema'
import { guideTextsByStep, MAX_SENTENCE_GRADE, MAX_STEP_GRADE, measureStep, measureSteps, tableOf, UI_TEXTS_FILE, withScreens } from './readability'
import type { StepTexts, UiTexts } from './readability'

const path = resolve(process.argv[2] ?? 'resources/guide/guide.json')
const guide = GuideSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
const steps = guideTextsByStep(guide)

function print(title: string, measured: StepTexts[]) {
  const all = measureStep({ role: 'all', id: 'all', texts: measured.flatMap((s) => s.texts) })
  console.log(`${title} (Flesch-Kincaid grade, text-readability; targets: step <= ${MAX_STEP_GRADE}, sentence <= ${MAX_SENTENCE_GRADE})`)
  console.log('')
  console.log(tableOf(measureSteps(measured)))
  console.log('')
  console.log(`Every step together: grade ${all.grade.toFixed(1)}, ${all.words} words`)
}

print(`Readability of ${path}`, steps)
const screens = resolve(UI_TEXTS_FILE)
if (existsSync(screens)) {
  const ui = JSON.parse(readFileSync(screens, 'utf8')) as UiTexts
  console.log('')
  print(`The guide and the screens' own English (${UI_TEXTS_FILE}, written ${ui.written})`, withScreens(steps, ui.steps))
} else {
  console.log('')
  console.log(`The screens' own English is not measured yet: npm run build && npx playwright test tests/e2e/readability.spec.ts`)
}
