import { createHash } from 'node:crypto'
import { closeSync } from 'node:fs'
import { join } from 'node:path'
import yaml from 'js-yaml'
import { inner, say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { policyFileProblems as problems } from '../../src-shared/messages/refusals-policies'
import { PolicyFrontMatterSchema } from '../../src-shared/policy-schema'
import { policyIds } from '../../src-shared/policy-ids'
import type { PolicyFrontMatter } from '../../src-shared/policy-schema'
import type { PolicyId } from '../../src-shared/policy-ids'
import { openBoundedFile, readOpenedFile } from '../config/bounded-read'
import { plainIssues } from '../config/plain-issues'

export const MAX_POLICY_BYTES = 1024 * 1024

interface LoadedPolicy extends PolicyFrontMatter {
  file: string
  sha256: string
  markdown: string
}

export interface PolicyLoad {
  policies: LoadedPolicy[]
  problems: Array<{ file: string; message: Msg }>
}

/**
 * For each opened policy file (fd) at its path: a reason when ordinary users could have changed it or its folder, null
 * when not. All the files come in one call, so the check can ask the system once for all of them (one Get-Acl run).
 */
export type PolicyTextVet = (files: ReadonlyArray<{ path: string; fd: number }>) => Array<Msg | null>

export const policyFile = (policiesDir: string, id: PolicyId): string => join(policiesDir, `${id}.md`)

// A header is five short fields (`changes` is at most 1000 characters). Its closing line must end within this many
// characters of the start, so whatever a file holds, finding the header reads no more than this much of it and the
// YAML parser is never given more: that bound is what keeps the parse short, since a synchronous parse cannot be stopped.
export const MAX_FRONT_MATTER_CHARS = 16 * 1024

// The opening line is exactly "---": "---js", "---coffee" or any other engine name is never a way in. It is matched at
// the start of the file only (after an optional byte-order mark): no /m, so the pattern is never tried at other lines.
const OPENING = /^\uFEFF?---[ \t]*\r?\n/

// Where the first line that is exactly "---" (spaces or tabs after it allowed) starts and ends, looked for with indexOf
// from `from`, the start of the line after the opening one. Each candidate is read once, so the search is linear.
function closingLine(text: string, from: number): { start: number; end: number } | null {
  const head = text.slice(0, MAX_FRONT_MATTER_CHARS)
  // from - 1 is the opening line's "\n", so a closing line right after it (an empty header) is found too.
  for (let at = head.indexOf('\n---', from - 1); at !== -1; at = head.indexOf('\n---', at + 1)) {
    let end = at + 4
    while (text[end] === ' ' || text[end] === '\t') end++
    if (text[end] === '\r') end++
    if (end === text.length) return { start: at + 1, end }
    if (text[end] === '\n') return { start: at + 1, end: end + 1 }
  }
  return null
}

/** Splits the header from the text; the header is read as plain text values, never run. */
function splitFrontMatter(text: string): { data: unknown; content: string } | null {
  const opening = OPENING.exec(text)
  if (!opening) return null
  const closing = closingLine(text, opening[0].length)
  if (!closing) return null
  // FAILSAFE keeps every value as the text that was written (1.10 stays "1.10") and knows no !!js tags.
  const data = yaml.safeLoad(text.slice(opening[0].length, closing.start), { schema: yaml.FAILSAFE_SCHEMA })
  return { data, content: text.slice(closing.end) }
}

const readProblem = (refusal: string, file: string): Msg => {
  if (refusal === 'missing') return say(problems.missing, { file })
  if (refusal === 'not-a-file') return say(problems.notAFile, { file })
  if (refusal === 'too-large') return say(problems.tooLarge, { file, megabytes: MAX_POLICY_BYTES / 1024 / 1024 })
  return say(problems.unreadable, { file })
}

/**
 * The texts users read and accept: the administrator's policyTextsDir when one is configured, else the bundled ones.
 * With `vet` (the system configuration's trust rules) every file in policyTextsDir must pass it on the handle it is read
 * from, all of them checked in one call before any is read; when one does not pass, none of that folder is used, and
 * the bundled texts are, with a problem naming the first such file.
 */
export function loadPolicyTexts(bundledDir: string, policyTextsDir?: string, vet?: PolicyTextVet): PolicyLoad & { official: boolean } {
  if (policyTextsDir === undefined) return { ...loadPolicies(bundledDir), official: false }
  const load = readPolicies(policyTextsDir, vet)
  if (!('untrusted' in load)) return { ...load, official: true }
  const bundled = loadPolicies(bundledDir)
  return { policies: bundled.policies, problems: [load.untrusted, ...bundled.problems], official: false }
}

type Untrusted = { untrusted: { file: string; message: Msg } }

/** The policies in one folder, every file read as it is now. */
export const loadPolicies = (policiesDir: string): PolicyLoad => readPolicies(policiesDir) as PolicyLoad

// Each file is checked on its own: one bad file is named in a problem, and the others still load. One untrusted file
// stops the load, since the folder it is in cannot be trusted either. Every file is opened first, so that `vet` sees
// them all at once and what is read is what it checked.
function readPolicies(policiesDir: string, vet?: PolicyTextVet): PolicyLoad | Untrusted {
  const files = policyIds.map((id) => {
    const file = policyFile(policiesDir, id)
    return { id, file, opened: openBoundedFile(file, MAX_POLICY_BYTES) }
  })
  try {
    if (vet) {
      const openedFiles = files.flatMap(({ file, opened }) => (opened.ok ? [{ path: file, fd: opened.value.fd }] : []))
      const reasons = vet(openedFiles)
      const refused = openedFiles.findIndex((_, i) => reasons[i] !== null)
      if (refused !== -1) {
        const file = openedFiles[refused]!.path
        return { untrusted: { file, message: say(problems.untrusted, { file, reason: inner(reasons[refused]!) }) } }
      }
    }
    const out: PolicyLoad = { policies: [], problems: [] }
    for (const { id, file, opened } of files) {
      const problem = (message: Msg) => out.problems.push({ file, message })
      const read = opened.ok ? readOpenedFile(opened.value, MAX_POLICY_BYTES) : opened
      if (!read.ok) {
        problem(readProblem(read.error.refusal, file))
        continue
      }
      const policy = parsePolicy(id, file, read.value.bytes)
      if ('problem' in policy) problem(policy.problem)
      else out.policies.push(policy)
    }
    return out
  } finally {
    for (const { opened } of files) if (opened.ok) closeSync(opened.value.fd)
  }
}

/** One policy file's bytes as a policy, or the problem that keeps it out. */
function parsePolicy(id: PolicyId, file: string, bytes: Buffer): LoadedPolicy | { problem: Msg } {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return { problem: say(problems.notText, { file }) }
  }
  let parsed: ReturnType<typeof splitFrontMatter>
  try {
    parsed = splitFrontMatter(text)
  } catch {
    parsed = null
  }
  if (!parsed) return { problem: say(problems.noHeader, { file }) }
  const front = PolicyFrontMatterSchema.safeParse(parsed.data)
  if (!front.success) return { problem: say(problems.badHeader, { file, reasons: plainIssues(front.error, PolicyFrontMatterSchema, parsed.data) }) }
  if (front.data.id !== id) return { problem: say(problems.wrongId, { file, found: front.data.id, expected: id }) }
  if (parsed.content.trim().length === 0) return { problem: say(problems.noText, { file }) }
  // The exact bytes are hashed, so a change of even one byte means the policy must be accepted again.
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return { ...front.data, file, sha256, markdown: parsed.content }
}
