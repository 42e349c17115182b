import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GuideSchema } from '../../src-shared/guide-schema'
import type { Guide } from '../../src-shared/guide-schema'
import { summarizeIssues } from '../../src-shared/result'

export const GUIDE_FILE = join('guide', 'guide.json')

export type GuideLoad = { ok: true; guide: Guide } | { ok: false; message: string }

// The guide is data: a file that fails its schema gives a message naming the file, never a crash.
export function loadGuide(resourcesDir: string): GuideLoad {
  const path = join(resourcesDir, GUIDE_FILE)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = error instanceof SyntaxError ? 'it is not valid JSON' : code === 'ENOENT' ? 'it is missing' : `it could not be read (${code ?? 'unknown error'})`
    return { ok: false, message: `The guide file ${path} could not be loaded: ${why}.` }
  }
  const parsed = GuideSchema.safeParse(raw)
  if (!parsed.success) {
    return { ok: false, message: `The guide file ${path} is not in the expected format. ${summarizeIssues(parsed.error)}` }
  }
  return { ok: true, guide: parsed.data }
}
