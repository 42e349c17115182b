import { expect } from 'vitest'
import type { BundleView } from '../../../src-shared/bundle-view'
import type { Result } from '../../../src-shared/result'
import { bundleDigest } from '../../../src-main/support/bundle'
import type { Bundle } from '../../../src-main/support/bundle'
import type { Harness } from './core-harness'
import { english } from '../../support/english'

// Exports through the dispatcher and returns the text the files port was handed.
export async function exportText(h: Harness, redact: boolean): Promise<string> {
  const before = h.saved.length
  const result = await h.value<{ saved: boolean; path: string | null }>('support:export', { redact })
  expect(result.saved).toBe(true)
  expect(h.saved).toHaveLength(before + 1)
  return h.saved.at(-1)!.text
}

// Queues the text as the file the open dialog picks, then imports it through the dispatcher.
export function importResult(
  h: Harness,
  bytes: string | Uint8Array,
  path = '/home/helpdesk/Downloads/ana-bundle.json',
  size?: number,
): Promise<Result<unknown>> {
  h.toOpen.push(size === undefined ? { path, bytes } : { path, bytes, size })
  return h.call('support:import')
}

export async function importView(h: Harness, text: string, path?: string): Promise<BundleView> {
  const result = await importResult(h, text, path)
  if (!result.ok) throw new Error(`support:import failed: ${english(result.error.message)}`)
  const value = result.value as { opened: boolean; view: BundleView | null }
  expect(value.opened).toBe(true)
  return value.view!
}

// The refusal message of a failed import; every refusal is bad-input and says nothing was imported.
export async function refusal(h: Harness, bytes: string | Uint8Array, path = '/home/helpdesk/Downloads/ana-bundle.json', size?: number): Promise<string> {
  const result = await importResult(h, bytes, path, size)
  if (result.ok) throw new Error('the import was expected to be refused')
  expect(result.error.code).toBe('bad-input')
  const said = english(result.error.message)
  expect(said).toMatch(/ Nothing was imported\.$/)
  return said
}

// Loosely typed on purpose: tests write values a real bundle never holds.
export type BundleJson = Omit<Bundle, 'schemaVersion'> & { schemaVersion: number } & Record<string, unknown>

export const parseBundle = (text: string): BundleJson => JSON.parse(text) as BundleJson

export const textOf = (bundle: unknown): string => `${JSON.stringify(bundle, null, 2)}\n`

// Recomputes the fingerprint after an edit, as someone covering their tracks would.
export async function refingerprint(bundle: BundleJson): Promise<BundleJson> {
  const { digest: _old, ...body } = bundle
  return { ...bundle, digest: await bundleDigest(body) }
}

// Every string found anywhere in a parsed JSON value.
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)])
  return []
}

// Paths to every leaf (string, number or boolean) of a value, for editing one of them.
export function leafPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...at, i]))
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...at, k]))
  return value === null ? [] : [at]
}

// Changes the leaf at a path by one character (or one step for numbers and booleans), in place.
export function nudge(root: unknown, path: (string | number)[], seed: number): void {
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, root as Record<string, unknown>)
  const key = path.at(-1)!
  const old = parent[key]
  if (typeof old === 'boolean') parent[key] = !old
  else if (typeof old === 'number') parent[key] = old + 1 + (seed % 3)
  else {
    const s = String(old)
    const i = s.length === 0 ? 0 : seed % s.length
    const replacement = s[i] === 'x' ? 'y' : 'x'
    parent[key] = s.length === 0 ? 'x' : `${s.slice(0, i)}${replacement}${s.slice(i + 1)}`
  }
  expect(parent[key]).not.toEqual(old)
}
