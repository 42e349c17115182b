import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { policyIds } from '../../../src-shared/policy-ids'
import type { PolicyId } from '../../../src-shared/policy-ids'

export const REAL_RESOURCES = resolve('resources')

export const policyPath = (resourcesDir: string, id: PolicyId): string => join(resourcesDir, 'policies', `${id}.md`)

// A resources folder of our own: the real guide and the three real policy files, free to break.
export function copyResources(dir: string): string {
  mkdirSync(join(dir, 'guide'), { recursive: true })
  mkdirSync(join(dir, 'policies'), { recursive: true })
  copyFileSync(join(REAL_RESOURCES, 'guide', 'guide.json'), join(dir, 'guide', 'guide.json'))
  for (const id of policyIds) copyFileSync(policyPath(REAL_RESOURCES, id), policyPath(dir, id))
  return dir
}

// Rewrites one policy file; the edit must change it, so a test never passes on an edit that did nothing.
export function editPolicy(resourcesDir: string, id: PolicyId, edit: (text: string) => string): void {
  const path = policyPath(resourcesDir, id)
  const before = readFileSync(path, 'utf8')
  const after = edit(before)
  if (after === before) throw new Error(`the edit left ${path} unchanged`)
  writeFileSync(path, after)
}
