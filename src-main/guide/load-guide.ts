import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GuideSchema } from '../../src-shared/guide-schema'
import type { Guide } from '../../src-shared/guide-schema'
import { GuideLanguageSchema, GuideTranslationSchema, overlayTranslation, translationProblems } from '../../src-shared/guide-translation'
import type { GuideLanguage } from '../../src-shared/guide-translation'
import { say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { startupFailures as failure } from '../../src-shared/messages/storage'
import { fail, failWith, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'
import type { z } from 'zod'
import { json as checkedJson, sha256 as checkedSha256 } from './checked-guide'

export const GUIDE_FILE = join('guide', 'guide.json')
// A translation lives beside the English: guide/guide.vi.json.
export const guideTranslationFile = (language: GuideLanguage): string => join('guide', `guide.${language}.json`)

// Why a JSON file could not be read: the English guide says it as a message, a translation's problem goes to the log.
type ReadProblem = { why: 'not-json' } | { why: 'missing' } | { why: 'unreadable'; code: string }

function readBytes(path: string): Result<Buffer, ReadProblem> {
  try {
    return ok(readFileSync(path))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return failWith(code === 'ENOENT' ? { why: 'missing' } : { why: 'unreadable', code: code ?? 'unknown' })
  }
}

function parseJson(bytes: Buffer): Result<unknown, ReadProblem> {
  try {
    return ok(JSON.parse(bytes.toString('utf8')))
  } catch {
    return failWith({ why: 'not-json' })
  }
}

function readJson(path: string): Result<unknown, ReadProblem> {
  const bytes = readBytes(path)
  return bytes.ok ? parseJson(bytes.value) : bytes
}

function unreadable(path: string, problem: ReadProblem): Msg {
  if (problem.why === 'not-json') return say(failure.guideNotJson, { path })
  if (problem.why === 'missing') return say(failure.guideMissing, { path })
  return say(failure.guideUnreadable, { path, code: problem.code })
}

// For a log, in English.
const inWords = (problem: ReadProblem): string =>
  problem.why === 'not-json' ? 'it is not valid JSON' : problem.why === 'missing' ? 'it is missing' : `it could not be read (${problem.code})`

// The first rules a translation file broke, for a log.
function issuesInWords(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => `${issue.path.map(String).join('.') || 'the file'}: ${issue.message}`)
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : ''
  return `${parts.join('; ')}${more}.`
}

// The guide is data: a file that fails its schema gives a message naming the file, never a crash.
export function loadGuide(resourcesDir: string): Result<Guide> {
  const path = join(resourcesDir, GUIDE_FILE)
  const bytes = readBytes(path)
  if (!bytes.ok) return fail('unavailable', unreadable(path, bytes.error))
  // The file main was built with, byte for byte: checked when it was written (scripts/checked-guide.ts), so the schema is not run again at
  // every start (about a twentieth of main's start before the window).
  if (createHash('sha256').update(bytes.value).digest('hex') === checkedSha256) return ok(JSON.parse(checkedJson) as Guide)
  const raw = parseJson(bytes.value)
  if (!raw.ok) return fail('unavailable', unreadable(path, raw.error))
  const parsed = GuideSchema.safeParse(raw.value)
  if (!parsed.success) {
    // The first rules that failed, as the schema says them: the guide ships with the app, so this part is for its makers.
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.map(String).join('.') || 'the file'}: ${issue.message}`)
      .join('; ')
    return fail('unavailable', say(failure.guideInvalid, { path, detail }))
  }
  return ok(parsed.data)
}

// The guide in a language. `language` is what the guide is actually in: the one asked for, or 'en' when its file
// could not be used. `problem` says, for a log, why the guide is in English, or which texts stayed English; null when none.
type GuideInLanguage = { guide: Guide; language: GuideLanguage | 'en'; problem: string | null }

const MAX_NAMED = 5

// The English guide with a translation laid over it. Never fails: a missing, unreadable or invalid file gives the
// English guide and says why; a sound file with a few missing or unsound texts keeps only those texts in English.
export function loadGuideTranslation(resourcesDir: string, english: Guide, language: string): GuideInLanguage {
  const inEnglish = (problem: string | null): GuideInLanguage => ({ guide: english, language: 'en', problem })
  if (language === 'en') return inEnglish(null)
  const known = GuideLanguageSchema.safeParse(language)
  if (!known.success) return inEnglish(`The guide has no translation for the language "${language.slice(0, 20)}", so it is shown in English.`)
  const path = join(resourcesDir, guideTranslationFile(known.data))
  const raw = readJson(path)
  if (!raw.ok) return inEnglish(`The guide translation ${path} could not be loaded: ${inWords(raw.error)}. The guide is shown in English.`)
  const parsed = GuideTranslationSchema.safeParse(raw.value)
  if (!parsed.success) {
    return inEnglish(`The guide translation ${path} is not in the expected format, so the guide is shown in English. ${issuesInWords(parsed.error)}`)
  }
  if (parsed.data.language !== known.data) {
    return inEnglish(`The guide translation ${path} says it is in "${parsed.data.language}", not "${known.data}", so the guide is shown in English.`)
  }
  const problems = translationProblems(english, parsed.data)
  const guide = overlayTranslation(english, parsed.data)
  if (problems.length === 0) return { guide, language: known.data, problem: null }
  const named = problems.slice(0, MAX_NAMED).map((p) => `${p.key}: ${p.problem}`)
  const more = problems.length > MAX_NAMED ? ` (and ${problems.length - MAX_NAMED} more)` : ''
  const count = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`
  const problem = `The guide translation ${path} has ${count}; a missing or unsound text is shown in English. ${named.join('; ')}${more}.`
  return { guide, language: known.data, problem }
}
