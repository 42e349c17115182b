import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Session } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CSP } from '../../../src-main/origin/app-origin'
import { registerAppScheme, serveRenderer } from '../../../src-main/platform/app-protocol'
import { useTempDirs } from '../support/temp-dir'

const electron = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn() }))
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: electron.registerSchemesAsPrivileged } }))

const tempDir = useTempDirs()

beforeEach(() => {
  electron.registerSchemesAsPrivileged.mockClear()
})

// A real built-renderer folder and the handler serveRenderer installs on a session.
function served() {
  const base = tempDir()
  const root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ok</title>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {}')
  writeFileSync(join(base, 'secret.txt'), 'SECRET')
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'leak.txt'))
  const handle = vi.fn()
  serveRenderer({ protocol: { handle } } as unknown as Session, root, CSP)
  expect(handle).toHaveBeenCalledExactlyOnceWith('app', expect.any(Function))
  const handler = handle.mock.calls[0]![1] as (request: Request) => Promise<Response>
  return (url: string, method = 'GET') => handler(new Request(url, { method }))
}

describe('registerAppScheme', () => {
  it('registers app: as a standard, secure scheme, with no CSP bypass and no cross-origin reads', () => {
    registerAppScheme()
    expect(electron.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([{ scheme: 'app', privileges: { standard: true, secure: true } }])
  })
})

describe('serveRenderer', () => {
  it('serves index.html and scripts with their types and the strict CSP', async () => {
    const get = served()
    const page = await get('app://techpass/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html')
    expect(page.headers.get('content-security-policy')).toBe(CSP)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>ok</title>')
    const script = await get('app://techpass/assets/index-abc.js')
    expect(script.headers.get('content-type')).toBe('text/javascript')
    expect(await script.text()).toBe('export {}')
  })

  it('answers HEAD without a body', async () => {
    const head = await served()('app://techpass/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it.each([
    'app://techpass/%2e%2e/secret.txt',
    'app://techpass/assets/..%2f..%2fsecret.txt',
    'app://techpass/assets%5c..%5c..%5csecret.txt',
    'app://techpass/assets/leak.txt',
    'app://techpass//etc/passwd',
    'app://techpass/missing.js',
    'app://other/index.html',
  ])('answers %s with a 404 that shows nothing of the file', async (url) => {
    const response = await served()(url)
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('Not found')
  })

  it('refuses other methods', async () => {
    expect((await served()('app://techpass/index.html', 'POST')).status).toBe(405)
  })
})
