import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { AppFailure } from '../../../src-main/errors'
import { createSystemService, openableLink } from '../../../src-main/system/system-service'
import { recordingPorts } from '../support/ports'
import type { RecordingPortsOptions } from '../support/ports'
import { english } from '../../support/english'

const allowlist = DEFAULT_SETTINGS.externalAllowlist

function setup(options: RecordingPortsOptions = {}) {
  const recorded = recordingPorts(options)
  return { ...recorded, system: createSystemService(recorded.ports, allowlist) }
}

async function failureOf(run: () => Promise<unknown>): Promise<AppFailure> {
  try {
    await run()
  } catch (error) {
    if (error instanceof AppFailure) return error
    throw error
  }
  throw new Error('expected an AppFailure')
}

const mailto = `mailto:pm@acme.com?subject=${encodeURIComponent('Request: TechPass account')}&body=${encodeURIComponent('Dear manager,\nPlease.')}`

describe('createSystemService: openExternal', () => {
  it.each([
    ['a prepared mailto: message', mailto],
    ['the Docs portal', 'https://docs.developer.tech.gov.sg/'],
    ['a page of the Docs portal', 'https://docs.developer.tech.gov.sg/docs/techpass-user-guide/'],
    ['the service-request link', 'https://go.gov.sg/seed-techpass-support'],
    ['the Authenticator store page', 'https://play.google.com/store/apps/details?id=com.azure.authenticator'],
  ])('sends %s to the shell port', async (_name, url) => {
    const { system, opened } = setup()
    await expect(system.openExternal(url)).resolves.toEqual({ opened: true })
    expect(opened).toEqual([url])
  })

  it.each([
    ['http:', 'http://docs.developer.tech.gov.sg/'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['https not on the allowlist', 'https://evil.example/'],
    ['a look-alike host', 'https://docs.developer.tech.gov.sg.evil.com/'],
    ['another go.gov.sg link', 'https://go.gov.sg/other-link'],
    ['a mailto: with a raw space', 'mailto:pm@acme.com?subject=Hello there'],
    ['a mailto: with a raw newline', 'mailto:pm@acme.com\n'],
    ['an empty string', ''],
    ['the service-request link with an encoded climb', 'https://go.gov.sg/seed-techpass-support/..%2fevil'],
    ['the service-request link as a prefix', 'https://go.gov.sg/seed-techpass-support/evil'],
    ['surrounding whitespace', ' \thttps://go.gov.sg/seed-techpass-support\n'],
    ['backslashes', 'https:\\\\go.gov.sg\\seed-techpass-support'],
    ['an embedded NUL', 'https://docs.developer.tech.gov.sg/\u0000'],
  ])('refuses %s with not-allowed, never reaching the port', async (_name, url) => {
    const { system, opened } = setup()
    const failure = await failureOf(() => system.openExternal(url))
    expect(failure.code).toBe('not-allowed')
    expect(english(failure.said)).toMatch(/^The assistant only opens|^The assistant opens your mail app only/)
    expect(opened).toEqual([])
  })

  // The port receives the address as checked, not the string the renderer sent.
  it.each([
    ['an https link in capitals with its default port', 'HTTPS://GO.GOV.SG:443/seed-techpass-support', 'https://go.gov.sg/seed-techpass-support'],
    ['a mailto: scheme in capitals', 'MAILTO:pm@acme.com', 'mailto:pm@acme.com'],
    ['a mailto: with a raw plus and an apostrophe', "mailto:?subject=C++&body=It's%20done", "mailto:?subject=C%2B%2B&body=It's%20done"],
    ['a mailto: with body before subject', 'mailto:?body=b&subject=s', 'mailto:?subject=s&body=b'],
  ])('sends the normalised address for %s', async (_name, url, href) => {
    const { system, opened } = setup()
    await expect(system.openExternal(url)).resolves.toEqual({ opened: true })
    expect(opened).toEqual([href])
  })

  it('gives unavailable when the shell port throws, without its error text', async () => {
    const { system, opened } = setup({ shellFails: true })
    const failure = await failureOf(() => system.openExternal('https://docs.developer.tech.gov.sg/'))
    expect(failure.code).toBe('unavailable')
    expect(english(failure.said)).not.toContain('no browser here')
    expect(opened).toHaveLength(1)
  })

  it('openableLink uses the allowlist it is given', () => {
    expect(openableLink('https://example.org/help/page', ['https://example.org/help/'])).toEqual({ ok: true, value: 'https://example.org/help/page' })
    expect(openableLink('https://example.org/help/page', ['https://example.org/help']).ok).toBe(false)
    expect(openableLink('https://docs.developer.tech.gov.sg/', ['https://example.org/help/']).ok).toBe(false)
    expect(openableLink('mailto:a@b.com', [])).toEqual({ ok: true, value: 'mailto:a@b.com' })
  })
})

describe('createSystemService: copy and save', () => {
  it('copies through the clipboard port', async () => {
    const { system, copied } = setup()
    await expect(system.copy('Mobile number: +6591234567')).resolves.toEqual({ copied: true })
    expect(copied).toEqual(['Mobile number: +6591234567'])
  })

  it('gives unavailable when the clipboard port throws', async () => {
    const { system } = setup({ clipboardFails: true })
    expect((await failureOf(() => system.copy('x'))).code).toBe('unavailable')
  })

  it('returns the path the files port saved to', async () => {
    const { system, saved } = setup({ savePath: '/home/ana/techpass-request.txt' })
    await expect(system.saveText('techpass-request.txt', 'Dear manager')).resolves.toEqual({ saved: true, path: '/home/ana/techpass-request.txt' })
    expect(saved).toEqual([{ suggestedName: 'techpass-request.txt', text: 'Dear manager' }])
  })

  it('gives { saved: false, path: null } when the user cancels', async () => {
    const { system } = setup({ savePath: null })
    await expect(system.saveText('techpass-request.txt', 'Dear manager')).resolves.toEqual({ saved: false, path: null })
  })

  it('gives storage-failed when the files port throws, without its error text', async () => {
    const { system } = setup({ filesFail: true })
    const failure = await failureOf(() => system.saveText('techpass-request.txt', 'x'))
    expect(failure.code).toBe('storage-failed')
    expect(english(failure.said)).not.toContain('EACCES')
  })
})
