import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

const all = ['src-main', 'src-preload', 'src-renderer/src', 'src-shared'].flatMap(sources)
const text = (path: string) => readFileSync(path, 'utf8')

describe('the app has exactly one way out: shell.openExternal in platform/', () => {
  it('no source uses a network API', () => {
    const network =
      /\bfetch\(|XMLHttpRequest|new WebSocket|EventSource|sendBeacon|from ['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]|electron\.net\b|\bnet\.request\(/
    expect(all.filter((f) => network.test(text(f)))).toEqual([])
  })

  it('only src-main/platform/ calls openExternal on the shell, and only after the allowlist check', () => {
    const callers = all.filter((f) => /(?<![.\w])shell\.openExternal\(/.test(text(f)))
    expect(callers.sort()).toEqual(['src-main/platform/electron-ports.ts', 'src-main/platform/shell.ts'])
    // Only the normalised address that passed the check reaches the shell, never the raw string.
    expect(text('src-main/platform/shell.ts')).toMatch(
      /const href = allowedHttpsHref\(url, allowlist\)\s+if \(href === null\) return false\s+await shell\.openExternal\(href\)/,
    )
    // The port is reached only through the system service, which checks the allowlist first.
    expect(text('src-main/system/system-service.ts')).toMatch(
      /const link = openableLink\(url, allowlist\)\s+if \(!link\.ok\)[\s\S]*ports\.shell\.openExternal\(link\.value\)/,
    )
    expect(all.filter((f) => /ports\.shell\.openExternal/.test(text(f)))).toEqual(['src-main/system/system-service.ts'])
  })

  it('the renderer has no links that would navigate the window', () => {
    const renderer = sources('src-renderer/src')
    expect(renderer.filter((f) => /window\.open\(|location\.(href|assign|replace)/.test(text(f)))).toEqual([])
  })
})
