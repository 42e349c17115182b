import { existsSync, renameSync } from 'node:fs'

// Moves a bad file aside next to itself; it is never deleted.
export function moveAside(path: string, label: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-')
  const base = path.replace(/\.json$/, '')
  let target = `${base}.${label}-${stamp}.json`
  for (let n = 2; existsSync(target); n++) target = `${base}.${label}-${stamp}-${n}.json`
  renameSync(path, target)
  return target
}
