import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

interface BuilderConfig {
  productName: string
  icon: string
  asar: boolean
  files: string[]
  fileAssociations: unknown[]
  protocols: unknown[]
  electronFuses: Record<string, boolean>
  win: { target: string[] }
  mac: { target: string[] }
  linux: { target: string[] }
}

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as BuilderConfig
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> }

describe('the installer configuration (electron-builder.json)', () => {
  it('hardens Electron fuses at package time', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The app is served from app://, so file: pages need no powers beyond a browser's.
      grantFileProtocolExtraPrivileges: false,
    })
    // Asar integrity and "only load from asar" mean nothing without an asar.
    expect(config.asar).toBe(true)
  })

  it('builds NSIS for Windows, a dmg for macOS, and an AppImage and a deb for Linux', () => {
    expect(config.win.target).toEqual(['nsis'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
  })

  it('carries the product name and icon, and registers no file types or protocols', () => {
    expect(config.productName).toBe('TechPass Onboarding Assistant')
    expect(existsSync(config.icon)).toBe(true)
    expect(readFileSync(config.icon).subarray(1, 4).toString()).toBe('PNG')
    expect(config.fileAssociations).toEqual([])
    expect(config.protocols).toEqual([])
  })

  it('packs the built app and its data files, and is run by npm run dist', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'resources/**/*', 'package.json']))
    // The policy templates are for administrators (README, Managed settings), not for the app: kept out of the asar.
    expect(config.files).toEqual(expect.arrayContaining(['!resources/policies/windows/**', '!resources/policies/macos/**']))
    expect(pkg.scripts.dist).toBe('npm run build && electron-builder --config electron-builder.json')
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/)
  })
})
