import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import matter from 'gray-matter'
import { PolicyFrontMatterSchema, policyIds } from '../../src-shared/policy-schema'
import type { PolicyFrontMatter, PolicyId } from '../../src-shared/policy-schema'
import { summarizeIssues } from '../../src-shared/result'

export interface LoadedPolicy extends PolicyFrontMatter {
  file: string
  sha256: string
  markdown: string
}

export interface PolicyLoad {
  policies: LoadedPolicy[]
  problems: Array<{ file: string; message: string }>
}

export const policyFile = (policiesDir: string, id: PolicyId): string => join(policiesDir, `${id}.md`)

// Each file is checked on its own: one bad file is named in a problem, and the others still load.
export function loadPolicies(policiesDir: string): PolicyLoad {
  const out: PolicyLoad = { policies: [], problems: [] }
  for (const id of policyIds) {
    const file = policyFile(policiesDir, id)
    let bytes: Buffer
    try {
      bytes = readFileSync(file)
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
      out.problems.push({ file, message: `The policy file ${file} ${missing ? 'is missing' : 'could not be read'}.` })
      continue
    }
    const text = bytes.toString('utf8')
    let parsed: { data: unknown; content: string }
    try {
      // An empty options object stops gray-matter caching by content, so every load parses afresh.
      parsed = matter(text, {})
    } catch {
      out.problems.push({ file, message: `The policy file ${file} has front matter that is not valid YAML.` })
      continue
    }
    const front = PolicyFrontMatterSchema.safeParse(normalize(parsed.data))
    if (!front.success) {
      out.problems.push({ file, message: `The policy file ${file} has bad front matter: ${summarizeIssues(front.error)}` })
      continue
    }
    if (front.data.id !== id) {
      out.problems.push({ file, message: `The policy file ${file} says its id is "${front.data.id}", but it must be "${id}".` })
      continue
    }
    if (parsed.content.trim().length === 0) {
      out.problems.push({ file, message: `The policy file ${file} has no text after its front matter.` })
      continue
    }
    // The exact bytes are hashed, so a change of even one byte means the policy must be accepted again.
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    out.policies.push({ ...front.data, file, sha256, markdown: parsed.content })
  }
  return out
}

// YAML reads an unquoted 2026-11-01 as a Date and 1.0 as the number 1; both are meant as text.
function normalize(data: unknown): unknown {
  if (data === null || typeof data !== 'object') return data
  const out: Record<string, unknown> = { ...(data as Record<string, unknown>) }
  if (out.effective instanceof Date) out.effective = out.effective.toISOString().slice(0, 10)
  if (typeof out.version === 'number') out.version = Number.isInteger(out.version) ? `${out.version}.0` : String(out.version)
  return out
}
