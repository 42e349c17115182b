import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GuideSchema } from '../../src-shared/guide-schema'
import type { Guide } from '../../src-shared/guide-schema'
import { fail, ok, summarizeIssues } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'

export const GUIDE_FILE = join('guide', 'guide.json')

// The guide is data: a file that fails its schema gives a message naming the file, never a crash.
export function loadGuide(resourcesDir: string): Result<Guide> {
  const path = join(resourcesDir, GUIDE_FILE)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      error instanceof SyntaxError ? 'it is not valid JSON' : code === 'ENOENT' ? 'it is missing' : `it could not be read (${code ?? 'unknown error'})`
    return fail('unavailable', `The guide file ${path} could not be loaded: ${why}.`)
  }
  const parsed = GuideSchema.safeParse(raw)
  if (!parsed.success) {
    return fail('unavailable', `The guide file ${path} is not in the expected format. ${summarizeIssues(parsed.error)}`)
  }
  return ok(parsed.data)
}
