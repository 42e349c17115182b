import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import matter from 'gray-matter'
import yaml from 'js-yaml'
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
      // FAILSAFE keeps every value as the text that was written: 1.10 stays "1.10", a date stays a date string.
      // Passing options also stops gray-matter caching by content, so every load parses afresh.
      parsed = matter(text, { engines: { yaml: (s: string) => yaml.load(s, { schema: yaml.FAILSAFE_SCHEMA }) as object } })
    } catch {
      out.problems.push({ file, message: `The policy file ${file} has front matter that is not valid YAML.` })
      continue
    }
    const front = PolicyFrontMatterSchema.safeParse(parsed.data)
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

