import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildWithMainConfig } from './support/build-target'
import { useTempDirs } from './support/temp-dir'

// Main's bundle leaves out what conf loads only for options the app never passes (electron.vite.config.ts). This runs
// the store as that bundle has it, in a fresh Node process, so a conf that needed them would fail here.
const tempDir = useTempDirs()
let probe: string
beforeAll(async () => {
  probe = await buildWithMainConfig('tests/unit/support/built-store-probe.ts', join(tempDir(), 'built'))
}, 120_000)

describe('the conf store in main’s bundle', () => {
  it('opens, writes and reads a document, owner-only, without ajv, semver or node:assert; a schema fails loudly', () => {
    const dir = tempDir()
    const out = JSON.parse(execFileSync(process.execPath, [probe, dir], { encoding: 'utf8' })) as {
      empty: unknown
      again: unknown
      rewritten: boolean
      nestedAgain: unknown
      mode: number
      schema: string
    }
    expect(out.empty).toEqual({})
    expect(out.again).toEqual({ schemaVersion: 1, language: 'vi' })
    expect(out.rewritten, 'opening a store wrote it back').toBe(false)
    expect(out.nestedAgain).toEqual({ schemaVersion: 1, forms: { request: { values: { mobile: '+65 9123' } } } })
    if (process.platform !== 'win32') expect(out.mode).toBe(0o600)
    expect(out.schema).toMatch(/^Error: ajv(-formats)? is left out of main's bundle/)
  })
})
