import { readFileSync } from 'node:fs'

export type StoredEvent = { seq: number; at: string; prevHash: string; hash: string; type: string; data: Record<string, unknown> }

// The events of a ledger file as the app writes it: a header line, then one event per line (JSON Lines).
export function eventsIn<T = StoredEvent>(path: string): T[] {
  const lines = readFileSync(path, 'utf8').split('\n')
  return lines.slice(1, -1).map((line) => JSON.parse(line) as T)
}

// The file version on its first line.
export const versionIn = (path: string): unknown => (JSON.parse(readFileSync(path, 'utf8').split('\n')[0]!) as { schemaVersion: unknown }).schemaVersion
