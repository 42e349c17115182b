import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export type E2EMode = 'electron' | 'browser'

// Reads where the electron package put its binary, as its index.js does, without
// requiring it: that would try to download the binary, and this machine is offline.
export function electronBinary(): string | null {
  try {
    const pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
    const pathFile = join(pkgDir, 'path.txt')
    if (!existsSync(pathFile)) return null
    const relative = readFileSync(pathFile, 'utf8').trim()
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist')
    const binary = join(dist, relative)
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

export function resolveMode(requested = process.env.E2E_MODE ?? 'auto'): { mode: E2EMode; why: string } {
  const binary = electronBinary()
  if (requested === 'electron') {
    if (!binary)
      throw new Error('E2E_MODE=electron, but the Electron binary is not installed (npm ci was run with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline).')
    return { mode: 'electron', why: `E2E_MODE=electron, binary at ${binary}` }
  }
  if (requested === 'browser') return { mode: 'browser', why: 'E2E_MODE=browser' }
  if (requested !== 'auto') throw new Error(`E2E_MODE must be electron, browser or auto, not "${requested}".`)
  return binary
    ? { mode: 'electron', why: `auto: Electron binary found at ${binary}` }
    : {
        mode: 'browser',
        why: 'auto: the Electron binary is not installed here, so Electron-only behaviour (window options, navigation rules, the preload, printing) is NOT exercised; unit tests cover it',
      }
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
