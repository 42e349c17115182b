// The bundled guide, checked once here instead of at every start of the app: src-main/guide/checked-guide.ts holds the
// SHA-256 of resources/guide/guide.json and the guide as GuideSchema parses it (defaults filled in, text trimmed).
// loadGuide uses it only when the file it reads has exactly those bytes; any other file (an edited or damaged install,
// a test's own guide) is checked with the schema at start, as before.
// `npm run guide:checked` writes it; `npm run guide:checked -- --check` (in .ci/run) fails when it is out of date.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { GuideSchema } from '../src-shared/guide-schema'

export const CHECKED_GUIDE_FILE = 'src-main/guide/checked-guide.ts'

export function checkedGuideSource(guideBytes: Buffer): string {
  const parsed = GuideSchema.safeParse(JSON.parse(guideBytes.toString('utf8')))
  if (!parsed.success) throw new Error(`resources/guide/guide.json does not pass GuideSchema: ${parsed.error.issues[0]?.message ?? ''}`)
  const sha256 = createHash('sha256').update(guideBytes).digest('hex')
  return [
    '// Written by `npm run guide:checked` (scripts/checked-guide.ts) from resources/guide/guide.json; do not edit.',
    "// The file's SHA-256, and the guide as GuideSchema parsed it, as JSON text.",
    `export const sha256 = ${JSON.stringify(sha256)}`,
    `export const json = ${JSON.stringify(JSON.stringify(parsed.data))}`,
    '',
  ].join('\n')
}

if (process.argv[1]?.endsWith('checked-guide.ts')) {
  const expected = checkedGuideSource(readFileSync(resolve('resources/guide/guide.json')))
  if (process.argv.includes('--check')) {
    const current = readFileSync(resolve(CHECKED_GUIDE_FILE), 'utf8')
    if (current !== expected) {
      console.error(`${CHECKED_GUIDE_FILE} is out of date with resources/guide/guide.json: run npm run guide:checked`)
      process.exitCode = 1
    } else console.log(`${CHECKED_GUIDE_FILE} is up to date`)
  } else {
    writeFileSync(resolve(CHECKED_GUIDE_FILE), expected)
    console.log(`wrote ${CHECKED_GUIDE_FILE}`)
  }
}
