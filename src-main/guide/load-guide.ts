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
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it is missing' : 'it is not valid JSON'
    return { ok: false, message: `The guide file ${path} could not be loaded: ${why}.` }
  }
  const parsed = GuideSchema.safeParse(raw)
  if (!parsed.success) {
    return { ok: false, message: `The guide file ${path} is not in the expected format. ${summarizeIssues(parsed.error)}` }
  }
  return { ok: true, guide: parsed.data }
}
