import { resolve } from 'node:path'
import type { FilesPort } from '../ports'

// The files the app itself wrote or moved this run: the only ones "Show in folder" may reveal.
export interface SavedFiles {
  add(path: string | null | undefined): void
  has(path: string): boolean
}

export function savedFiles(): SavedFiles {
  const paths = new Set<string>()
  return {
    add(path) {
      if (path) paths.add(resolve(path))
    },
    has: (path) => paths.has(resolve(path)),
  }
}

// Every save through this port is remembered, whichever service asked for it (text, bundle, PDF).
export function rememberSaves(files: FilesPort, saved: SavedFiles): FilesPort {
  return {
    open: (kind, maxBytes) => files.open(kind, maxBytes),
    async save(suggestedName, data, kind) {
      const path = await files.save(suggestedName, data, kind)
      saved.add(path)
      return path
    },
  }
}
