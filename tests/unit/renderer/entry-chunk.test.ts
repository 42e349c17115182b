import { beforeAll, describe, expect, it } from 'vitest'
import { buildTarget, chunks } from '../support/build-target'
import type { Built } from '../support/build-target'

// The first screen's script, read from a real renderer build with electron.vite.config.ts.
let built: Built[]
beforeAll(async () => {
  built = await buildTarget('renderer')
}, 120_000)

const entry = () => chunks(built).find((c) => c.isEntry)!
const hasModule = (ids: string[], path: string) => ids.some((id) => id.replace(/\\/g, '/').includes(path))
// What index.html loads before anything runs: the entry and every chunk it imports statically.
function initialModules(): string[] {
  const byName = new Map(chunks(built).map((c) => [c.fileName, c]))
  const seen = new Set<string>()
  const visit = (name: string) => {
    if (seen.has(name)) return
    seen.add(name)
    byName.get(name)?.imports.forEach(visit)
  }
  visit(entry().fileName)
  return [...seen].flatMap((name) => byName.get(name)?.moduleIds ?? [])
}

describe('the renderer’s first screen', () => {
  it.each(['node_modules/zod/', 'node_modules/libphonenumber-js/', 'src-shared/contract.ts'])('does not load %s', (path) => {
    expect(hasModule(initialModules(), path)).toBe(false)
  })

  it.each([
    'src-renderer/src/steps/profile-form.tsx',
    'src-renderer/src/steps/request-composer.tsx',
    'src-renderer/src/steps/registration-form.tsx',
    'src-renderer/src/steps/sign-in-step.tsx',
    'src-renderer/src/steps/mfa/mfa-setup.tsx',
    'src-renderer/src/steps/password/password-check.tsx',
    'src-renderer/src/steps/policies/policy-list.tsx',
    'src-renderer/src/steps/next-steps.tsx',
    'src-renderer/src/helpdesk/guide-mode.tsx',
    'src-renderer/src/components/print-summary.tsx',
  ])('loads %s only when it is shown', (path) => {
    expect(hasModule(initialModules(), path)).toBe(false)
    expect(
      hasModule(
        chunks(built).flatMap((c) => c.moduleIds),
        path,
      ),
    ).toBe(true)
  })

  it('loads zod with the first form that needs it', () => {
    const form = chunks(built).find((c) => hasModule(c.moduleIds, 'src-renderer/src/steps/profile-form.tsx'))!
    const withZod = chunks(built).filter((c) => hasModule(c.moduleIds, 'node_modules/zod/'))
    expect(withZod.some((c) => c === form || form.imports.includes(c.fileName))).toBe(true)
  })

  // Rolldown puts the modules the entry shares with lazy chunks (React, zustand, the store's context) in a chunk of
  // their own (rolldown/rolldown#10731); index.html preloads it beside the entry, in the same round trip, and the
  // bench counts both. What must never start early is a lazy chunk.
  it('lets index.html start only the entry and what it imports statically', () => {
    const html = built.find((b) => b.fileName === 'index.html')
    const source = html && 'source' in html ? String(html.source) : ''
    const scripts = [...source.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1])
    expect(scripts[0]).toBe(entry().fileName)
    expect(new Set(scripts.slice(1))).toEqual(new Set(entry().imports))
  })
})
