import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findPackagedApp, installedDataDir } from '../../e2e/electron/packaged-app'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const PRODUCT = 'TechPass Onboarding Assistant'

function touch(path: string): string {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, '')
  return path
}

describe('finding the unpacked build that electron-builder --dir leaves in dist/', () => {
  it('finds each platform’s executable and the folder that holds app.asar', () => {
    const dist = tempDir()
    const linux = touch(join(dist, 'linux-unpacked', 'techpass-onboarding-assistant'))
    const windows = touch(join(dist, 'win-unpacked', `${PRODUCT}.exe`))
    const mac = touch(join(dist, 'mac-arm64', `${PRODUCT}.app`, 'Contents', 'MacOS', PRODUCT))
    expect(findPackagedApp({}, dist, 'linux')).toEqual({ executable: linux, resources: join(dist, 'linux-unpacked', 'resources') })
    expect(findPackagedApp({}, dist, 'win32')).toEqual({ executable: windows, resources: join(dist, 'win-unpacked', 'resources') })
    expect(findPackagedApp({}, dist, 'darwin')).toEqual({ executable: mac, resources: join(dist, 'mac-arm64', `${PRODUCT}.app`, 'Contents', 'Resources') })
  })

  it('takes E2E_ELECTRON_APP first, and refuses one that does not exist', () => {
    const dist = tempDir()
    const elsewhere = touch(join(tempDir(), 'custom', 'techpass'))
    expect(findPackagedApp({ E2E_ELECTRON_APP: elsewhere }, dist, 'linux').executable).toBe(elsewhere)
    expect(() => findPackagedApp({ E2E_ELECTRON_APP: join(dist, 'nope') }, dist, 'linux')).toThrow(/E2E_ELECTRON_APP names .*nope, which does not exist/)
  })

  it('says how to build it when there is none', () => {
    expect(() => findPackagedApp({}, join(tempDir(), 'dist'), 'linux')).toThrow(/No unpacked build in .*Run npm run test:electron:packaged/)
  })

  it('knows where an installed copy keeps its data; on Linux XDG_CONFIG_HOME moves it', () => {
    expect(installedDataDir({ XDG_CONFIG_HOME: '/tmp/home-x' }, 'linux')).toBe(join('/tmp/home-x', PRODUCT))
    expect(installedDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\u\\AppData\\Roaming', PRODUCT))
  })
})
