import { beforeEach, describe, expect, it, vi } from 'vitest'
import { openExternalSafely } from '../../../src-main/platform/shell'

const electron = vi.hoisted(() => ({ openExternal: vi.fn(async (_url: string) => {}) }))
vi.mock('electron', () => ({ shell: { openExternal: electron.openExternal } }))

beforeEach(() => {
  electron.openExternal.mockClear()
})

describe('openExternalSafely', () => {
  it.each([
    'https://docs.developer.tech.gov.sg/',
    'https://docs.developer.tech.gov.sg/docs/techpass-user-guide/',
    'https://go.gov.sg/seed-techpass-support',
    'https://apps.apple.com/app/microsoft-authenticator/id983156458',
    'https://play.google.com/store/apps/details?id=com.azure.authenticator',
  ])('opens %s in the system browser', async (url) => {
    await expect(openExternalSafely(url)).resolves.toBe(true)
    expect(electron.openExternal).toHaveBeenCalledExactlyOnceWith(url)
  })

  it.each([
    'http://docs.developer.tech.gov.sg/',
    'javascript:alert(document.cookie)',
    'file:///etc/passwd',
    'file:///C:/Windows/System32/calc.exe',
    'data:text/html,<script>alert(1)</script>',
    'https://docs.developer.tech.gov.sg.evil.com/',
    'https://evil-docs.developer.tech.gov.sg/',
    'https://developer.tech.gov.sg/',
    'https://docs.developer.tech.gov.sg@evil.com/',
    'https://user:pass@docs.developer.tech.gov.sg/',
    'https://docs.developer.tech.gov.sg:8443/',
    'https://play.google.com/store/apps/details?id=com.evil.app',
    'https://play.google.com/store/apps/details?id=com.azure.authenticator&referrer=evil',
    'https://play.google.com/store/apps/details',
    'https://apps.apple.com/app/other-app/id1',
    'https://go.gov.sg/seed-techpass-support-lookalike',
    'https://go.gov.sg/other-link',
    'https://go.gov.sg/seed-techpass-support/..%2fevil',
    'https://go.gov.sg/seed-techpass-support/evil',
    'https://docs.developer.tech.gov.sg/docs/%2e%2e/%2e%2e/evil',
    'mailto:someone@example.com',
    'not a url',
    '',
    `https://docs.developer.tech.gov.sg/${'a'.repeat(2100)}`,
  ])('refuses %s without calling shell.openExternal', async (url) => {
    await expect(openExternalSafely(url)).resolves.toBe(false)
    expect(electron.openExternal).not.toHaveBeenCalled()
  })

  it('uses the allowlist it is given instead of the default', async () => {
    await expect(openExternalSafely('https://docs.developer.tech.gov.sg/', ['https://example.org/help/'])).resolves.toBe(false)
    await expect(openExternalSafely('https://example.org/help/page', ['https://example.org/help/'])).resolves.toBe(true)
    expect(electron.openExternal.mock.calls).toEqual([['https://example.org/help/page']])
  })

  // The shell gets the address that was checked, never the string as it arrived.
  it.each([
    ['capitals and the default port', 'HTTPS://Docs.Developer.Tech.Gov.SG:443/docs/', 'https://docs.developer.tech.gov.sg/docs/'],
    ['the service-request link with its default port', 'https://go.gov.sg:443/seed-techpass-support', 'https://go.gov.sg/seed-techpass-support'],
  ])('hands the shell the normalised address for %s', async (_name, url, href) => {
    await expect(openExternalSafely(url)).resolves.toBe(true)
    expect(electron.openExternal).toHaveBeenCalledExactlyOnceWith(href)
  })

  it.each([
    ['surrounding whitespace', ' \thttps://go.gov.sg/seed-techpass-support\n'],
    ['backslashes', 'https:\\\\go.gov.sg\\seed-techpass-support'],
    ['an embedded NUL', 'https://go.gov.sg/seed-techpass-support\u0000'],
    ['a newline inside the host', 'https://docs.developer.\ntech.gov.sg/'],
  ])('refuses a link with %s, which the parser would have repaired', async (_name, url) => {
    await expect(openExternalSafely(url)).resolves.toBe(false)
    expect(electron.openExternal).not.toHaveBeenCalled()
  })

  it('rejects when the system browser cannot be opened', async () => {
    electron.openExternal.mockRejectedValueOnce(new Error('no browser'))
    await expect(openExternalSafely('https://docs.developer.tech.gov.sg/')).rejects.toThrow('no browser')
  })
})
