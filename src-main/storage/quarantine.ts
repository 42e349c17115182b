import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { asideFileName } from '../../src-shared/data-files'
import { makePrivate } from './private-files'
import { StoreUnreadableError } from './store-port'
import type { DocumentStore, OpenStore } from './store-port'

// A free name beside the file, <name>.<label>-<time><extension>; chosen first when a record must name it before the move.
export function asideName(path: string, label: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-')
  const [dir, name] = [dirname(path), basename(path)]
  let target = join(dir, asideFileName(name, label, stamp))
  for (let n = 2; existsSync(target); n++) target = join(dir, asideFileName(name, label, `${stamp}-${n}`))
  return target
}

// Moves a bad file aside next to itself; it is never deleted.
export function moveAside(path: string, label: string, at: Date): string {
  const target = asideName(path, label, at)
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

// Opens a side file (mfa.json, drafts.json): one that is not JSON is moved aside, never deleted, and a fresh one opened.
export function openOrSetAside(openStore: OpenStore, dir: string, name: string, now: Date): DocumentStore {
  try {
    return openStore({ dir, name })
  } catch (error) {
    if (!(error instanceof StoreUnreadableError)) throw error
    moveAside(error.path, 'corrupt', now)
    return openStore({ dir, name })
  }
}

// A side file that opened but holds something other than its own shape is moved aside too, unless it is empty.
export function setAsideUnlessEmpty(store: DocumentStore, raw: unknown, now: Date): void {
  if (raw !== null && typeof raw === 'object' && Object.keys(raw).length > 0) moveAside(store.path, 'corrupt', now)
}
