import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { makePrivate } from './private-files'

// Moves a bad file aside next to itself; it is never deleted.
export function moveAside(path: string, label: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-')
  const base = path.replace(/\.json$/, '')
  let target = `${base}.${label}-${stamp}.json`
  for (let n = 2; existsSync(target); n++) target = `${base}.${label}-${stamp}-${n}.json`
  renameSync(path, target)
  makePrivate(target)
  return target
}

// A kill during an atomic write leaves its temporary file behind; only one instance runs per folder, so none is live.
export function removeStaleTemps(path: string): void {
  const dir = dirname(path)
  const prefix = `${basename(path)}.tmp-`
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) if (name.startsWith(prefix)) rmSync(join(dir, name), { force: true })
}
