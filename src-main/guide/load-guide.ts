import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GuideSchema } from '../../src-shared/guide-schema'
import type { Guide } from '../../src-shared/guide-schema'
import { say } from '../../src-shared/message'
import { startupFailures as failure } from '../../src-shared/messages/storage'
import { fail, ok } from '../../src-shared/result'
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
    if (error instanceof SyntaxError) return fail('unavailable', say(failure.guideNotJson, { path }))
    if (code === 'ENOENT') return fail('unavailable', say(failure.guideMissing, { path }))
    return fail('unavailable', say(failure.guideUnreadable, { path, code: code ?? 'unknown' }))
  }
  const parsed = GuideSchema.safeParse(raw)
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
