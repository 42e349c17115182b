import { chmodSync, mkdirSync } from 'node:fs'

// What the user did and the sealed practice key are theirs alone: owner-only files and folders (docs/ARCHITECTURE.md, section 1).
export const PRIVATE_FILE_MODE = 0o600
const PRIVATE_DIR_MODE = 0o700

// Creates the folder (and any missing parents) owner-only; a folder that already exists is left as it is.
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
}

// A file the app moved or copied keeps its old mode; this narrows it to the owner.
export function makePrivate(path: string): void {
  chmodSync(path, PRIVATE_FILE_MODE)
}
