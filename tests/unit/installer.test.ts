import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js'
import { describe, expect, it } from 'vitest'

interface BuilderConfig {
  appId: string
  productName: string
  icon: string
  asar: boolean
  files: string[]
  fileAssociations: unknown[]
  protocols: unknown[]
  electronFuses: Record<string, boolean>
  win: { target: string[] }
  nsis: { oneClick?: boolean; perMachine?: boolean; guid?: string }
  msi: { oneClick?: boolean; perMachine?: boolean; upgradeCode?: string }
  mac: { target: string[] }
  pkg: { installLocation?: string; allowAnywhere?: boolean; allowCurrentUserHome?: boolean; allowRootDirectory?: boolean; isRelocatable?: boolean }
  linux: { target: string[] }
}

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as BuilderConfig
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> }

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** RFC 4122 name-based UUID (SHA-1), as electron-builder computes its defaults. */
function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name)
    .digest()
  hash[6] = (hash[6]! & 0x0f) | 0x50
  hash[8] = (hash[8]! & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

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

  it('builds NSIS and an MSI for Windows, a dmg and a pkg for macOS, and an AppImage and a deb for Linux', () => {
    expect(config.win.target).toEqual(['nsis', 'msi'])
    expect(config.mac.target).toEqual(['dmg', 'pkg'])
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
  })

  it('is a configuration electron-builder accepts (its own schema check, which needs no Electron binary)', async () => {
    await expect(validateConfiguration(config as never, { isEnabled: false } as never)).resolves.toBeUndefined()
    // The check is real: an option name spelt wrong is refused.
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: true } } as never, { isEnabled: false } as never)).rejects.toThrow(
      /configuration\.nsis/,
    )
  })

  // app-builder-lib's NSIS template: perMachine defines INSTALL_MODE_PER_ALL_USERS, so there is no "for me or for all
  // users" page, the installer asks for administrator rights itself, writes Program Files and the uninstall entry under
  // HKLM, and /S installs silently. allowElevation only concerns that page, so it does not matter here.
  it('NSIS installs per machine, with the uninstall key fixed (the Intune detection rule names it)', () => {
    expect(config.nsis.oneClick).toBe(false)
    expect(config.nsis.perMachine).toBe(true)
    expect(config.nsis.guid).toMatch(GUID)
    // The GUID electron-builder derives from the app id (UUID v5 in its NSIS namespace), written down so that a new appId
    // can never move the uninstall key from under an MDM's detection rule.
    expect(config.nsis.guid).toBe(uuidV5(config.appId, '50e065bc-3134-11e6-9bab-38c9862bdaf3'))
  })

  it('the MSI installs per machine (ALLUSERS=1) with a fixed upgrade code, so a new version replaces the old one', () => {
    expect(config.msi.perMachine).toBe(true)
    expect(config.msi.upgradeCode).toMatch(GUID)
    // Upper case, as Windows Installer writes it; derived like electron-builder's default, from the app id.
    expect(config.msi.upgradeCode).toBe(uuidV5(config.appId, 'd752fe43-5d44-44d5-9fc9-6dd1bf19d5cc').toUpperCase())
  })

  it('the pkg installs into /Applications as root, never into a home folder, and never follows a copy moved elsewhere', () => {
    expect(config.pkg.installLocation).toBe('/Applications')
    expect(config.pkg.allowCurrentUserHome).toBe(false)
    expect(config.pkg.allowAnywhere).toBe(false)
    expect(config.pkg.allowRootDirectory).toBe(true)
    expect(config.pkg.isRelocatable).toBe(false)
  })

  it('README’s MDM sections give administrators these same identifiers', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(readme).toContain(`Uninstall\\${config.nsis.guid!}`)
    expect(readme).toContain(config.msi.upgradeCode!)
    expect(readme).toContain(config.appId)
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
