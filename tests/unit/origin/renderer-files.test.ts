import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_ORIGIN } from '../../../src-main/origin/app-origin'
import { assetPath, loadAsset, mimeType } from '../../../src-main/origin/renderer-files'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

// A built renderer beside a secret outside it, as out/renderer sits beside the rest of the disk.
function layout() {
  const base = tempDir()
  const root = join(base, 'renderer')
  mkdirSync(join(root, 'assets', 'nested'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export const app = 1')
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}')
  writeFileSync(join(root, 'assets', 'step.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  writeFileSync(join(root, 'assets', 'nested', 'font.woff2'), 'wOF2')
  writeFileSync(join(root, 'assets', 'literal %2e name.txt'), 'literal')
  writeFileSync(join(base, 'secret.txt'), 'SECRET')
  mkdirSync(join(base, 'renderer-evil'))
  writeFileSync(join(base, 'renderer-evil', 'x.js'), 'SECRET')
  return { base, root }
}

const at = (path: string) => `${APP_ORIGIN}${path}`

describe('loadAsset serves the built renderer', () => {
  it.each([
    ['/index.html', 'index.html', 'text/html'],
    ['/', 'index.html', 'text/html'],
    ['/index.html?x=1#/step-2', 'index.html', 'text/html'],
    ['/assets/index-abc.js', 'assets/index-abc.js', 'text/javascript'],
    ['/assets/index-abc.css', 'assets/index-abc.css', 'text/css'],
    ['/assets/step.svg', 'assets/step.svg', 'image/svg+xml'],
    ['/assets/nested/font.woff2', 'assets/nested/font.woff2', 'font/woff2'],
    ['/assets/./nested/../index-abc.js', 'assets/index-abc.js', 'text/javascript'],
    ['/assets/literal%20%252e%20name.txt', 'assets/literal %2e name.txt', 'text/plain'],
  ])('%s is %s as %s', async (path, file, type) => {
    const { root } = layout()
    const asset = await loadAsset(root, APP_ORIGIN, at(path))
    expect(asset).not.toBeNull()
    expect(asset!.path).toBe(join(root, file))
    expect(asset!.type).toBe(type)
    expect(asset!.body.length).toBeGreaterThan(0)
  })

  it('follows a symlink that stays inside the folder', async () => {
    const { root } = layout()
    symlinkSync(join(root, 'assets', 'index-abc.js'), join(root, 'alias.js'))
    expect((await loadAsset(root, APP_ORIGIN, at('/alias.js')))?.body.toString()).toBe('export const app = 1')
  })
})

describe('loadAsset refuses everything else', () => {
  // The URL parser already folds these dot segments back inside; whatever is left must still be inside root.
  it.each([
    ['a parent folder', '/../secret.txt'],
    ['a parent folder, encoded', '/%2e%2e/secret.txt'],
    ['a parent folder, half encoded', '/.%2e/secret.txt'],
  ])('%s (%s)', async (_name, path) => {
    const { root } = layout()
    expect(await loadAsset(root, APP_ORIGIN, at(path))).toBeNull()
    expect(assetPath(root, APP_ORIGIN, at(path))).toBe(join(root, 'secret.txt'))
  })

  it.each([
    ['an encoded slash', '/assets/..%2f..%2fsecret.txt'],
    ['a backslash', '/..\\secret.txt'],
    ['an encoded backslash', '/assets%5c..%5c..%5csecret.txt'],
    ['an absolute path', '//etc/passwd'],
    ['an encoded absolute path', '/%2fetc%2fpasswd'],
    ['a drive letter', '/C:/Windows/win.ini'],
    ['a NUL', '/index.html%00.js'],
    ['a sibling folder whose name starts like root', '/..%2frenderer-evil%2fx.js'],
    ['broken percent-encoding', '/%E0%A4%A'],
  ])('%s (%s)', async (_name, path) => {
    const { root } = layout()
    expect(assetPath(root, APP_ORIGIN, at(path))).toBeNull()
    expect(await loadAsset(root, APP_ORIGIN, at(path))).toBeNull()
  })

  it.each([
    ['a missing file', '/assets/missing.js'],
    ['a folder', '/assets'],
    ['a folder with a slash', '/assets/'],
  ])('%s (%s)', async (_name, path) => {
    const { root } = layout()
    expect(await loadAsset(root, APP_ORIGIN, at(path))).toBeNull()
  })

  it.each([
    ['another host', 'app://evil/index.html'],
    ['the host in capitals', 'app://TECHPASS/index.html'],
    ['a port', 'app://techpass:8080/index.html'],
    ['credentials', 'app://user:pw@techpass/index.html'],
    ['a file: URL', 'file:///etc/passwd'],
    ['https with our host', 'https://techpass/index.html'],
    ['not a URL', 'index.html'],
  ])('a request from %s (%s)', async (_name, url) => {
    const { root } = layout()
    expect(assetPath(root, APP_ORIGIN, url)).toBeNull()
    expect(await loadAsset(root, APP_ORIGIN, url)).toBeNull()
  })

  it('a symlink that leads out of the folder, to a file or to a folder', async () => {
    const { base, root } = layout()
    symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'leak.txt'))
    symlinkSync(base, join(root, 'up'))
    expect(await loadAsset(root, APP_ORIGIN, at('/assets/leak.txt'))).toBeNull()
    expect(await loadAsset(root, APP_ORIGIN, at('/up/secret.txt'))).toBeNull()
    // The path check alone lets these through; only the real path catches them.
    expect(assetPath(root, APP_ORIGIN, at('/up/secret.txt'))).toBe(join(root, 'up', 'secret.txt'))
  })

  it('serves under any one origin it is given, and only that one', async () => {
    const { root } = layout()
    expect(await loadAsset(root, 'https://techpass.test', 'https://techpass.test/index.html')).not.toBeNull()
    expect(await loadAsset(root, 'https://techpass.test', 'https://techpass.test.evil/index.html')).toBeNull()
    expect(await loadAsset(root, 'https://techpass.test', at('/index.html'))).toBeNull()
  })
})

describe('mimeType', () => {
  it.each([
    ['a.js', 'text/javascript'],
    ['a.mjs', 'text/javascript'],
    ['a.json', 'application/json'],
    ['a.png', 'image/png'],
    ['a.woff', 'font/woff'],
    ['index.html', 'text/html'],
    ['assets/index-Abc123.css', 'text/css'],
    ['assets/icon.SVG', 'image/svg+xml'],
    ['no-extension', 'application/octet-stream'],
    ['a.unknown-kind', 'application/octet-stream'],
    ['a.constructor', 'application/octet-stream'],
    ['a.exe', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeType(file)).toBe(type)
  })
})
