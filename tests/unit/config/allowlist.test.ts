import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_EXTERNAL_ALLOWLIST, allowedHttpsHref, parseLink } from '../../../src-main/config/allowlist'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'

describe('DEFAULT_EXTERNAL_ALLOWLIST', () => {
  it('holds only https URLs without credentials or ports, each allowed as written', () => {
    expect(DEFAULT_EXTERNAL_ALLOWLIST.length).toBeGreaterThan(0)
    for (const entry of DEFAULT_EXTERNAL_ALLOWLIST) {
      const url = new URL(entry)
      expect(url.protocol).toBe('https:')
      expect(url.username + url.password + url.port).toBe('')
      expect(allowedHttpsHref(entry)).toBe(entry)
    }
  })

  it('the configured links are allowed exactly as configured', () => {
    for (const entry of DEFAULT_SETTINGS.externalAllowlist) expect(allowedHttpsHref(entry, DEFAULT_SETTINGS.externalAllowlist)).toBe(entry)
  })
})

describe('allowedHttpsHref', () => {
  // A site root (ends in "/") allows the pages under it; a page allows only itself.
  const list = ['https://example.org/help/', 'https://example.org/contact', 'https://store.example.com/app?id=good']

  it.each([
    ['the site root', 'https://example.org/help/', 'https://example.org/help/'],
    ['a page under the site root', 'https://example.org/help/deep/page?x=1#top', 'https://example.org/help/deep/page?x=1#top'],
    ['the page itself', 'https://example.org/contact', 'https://example.org/contact'],
    ['the page with a fragment', 'https://store.example.com/app?id=good#reviews', 'https://store.example.com/app?id=good#reviews'],
    ['capitals in the scheme and host, normalised', 'HTTPS://EXAMPLE.org/contact', 'https://example.org/contact'],
    ['the default port, dropped', 'https://example.org:443/contact', 'https://example.org/contact'],
  ])('allows %s and returns the normalised address', (_name, url, href) => {
    expect(allowedHttpsHref(url, list)).toBe(href)
  })

  it.each([
    ['a sibling path', 'https://example.org/helpdesk'],
    ['the parent of a site root', 'https://example.org/'],
    ['a page named by an entry, as a prefix', 'https://example.org/contact/evil'],
    ['a page named by an entry, with a trailing slash', 'https://example.org/contact/'],
    ['a page named by an entry, with a query it does not have', 'https://example.org/contact?next=evil'],
    ['a path that climbs out', 'https://example.org/help/../admin'],
    ['an encoded climb', 'https://example.org/help/%2e%2e/admin'],
    ['an encoded climb in capitals', 'https://example.org/help/%2E%2E/admin'],
    ['an encoded slash after dots', 'https://example.org/help/..%2fadmin'],
    ['an encoded backslash', 'https://example.org/help/..%5cadmin'],
    ['an encoded dot inside a name', 'https://example.org/help/a%2ehtml'],
    ['http', 'http://example.org/help/'],
    ['a subdomain', 'https://www.example.org/help/'],
    ['a lookalike suffix', 'https://example.org.evil.com/help/'],
    ['a userinfo trick', 'https://example.org@evil.com/help/'],
    ['a user name', 'https://me@example.org/help/'],
    ['another port', 'https://example.org:444/help/'],
    ['another query', 'https://store.example.com/app?id=bad'],
    ['an extra query key', 'https://store.example.com/app?id=good&x=1'],
    ['no query', 'https://store.example.com/app'],
    ['a relative URL', '/help/'],
    ['a scheme without slashes, which the parser would repair', 'https:example.org/help/'],
    ['garbage', 'ht!tp://'],
  ])('refuses %s', (_name, url) => {
    expect(allowedHttpsHref(url, list)).toBeNull()
  })

  // The parser would "fix" each of these into an allowed address; they are refused as written.
  it.each([
    ['leading and trailing whitespace', ' \thttps://example.org/contact\n'],
    ['a newline inside', 'https://example.org/con\ntact'],
    ['a tab inside', 'https://exam\tple.org/contact'],
    ['a NUL inside', 'https://example.org/contact\u0000'],
    ['backslashes for slashes', 'https:\\\\example.org\\contact'],
    ['a backslash in the path', 'https://example.org/help\\..\\admin'],
    ['a non-breaking space', 'https://example.org/contact\u00a0'],
    ['a right-to-left override', 'https://example.org/help/\u202egnp.exe'],
    ['a zero-width space', 'https://example.org/\u200bcontact'],
    ['a DEL character', 'https://example.org/contact\u007f'],
  ])('refuses %s instead of repairing it', (_name, url) => {
    expect(new URL(url.trim()).protocol).toBe('https:')
    expect(allowedHttpsHref(url, list)).toBeNull()
  })

  it('the service-request link matches only itself: no prefix, no encoded climb', () => {
    const entry = 'https://go.gov.sg/seed-techpass-support'
    expect(allowedHttpsHref(entry)).toBe(entry)
    for (const url of [`${entry}/..%2fevil`, `${entry}/evil`, `${entry}/`, `${entry}-lookalike`, `${entry}?x=1`]) {
      expect(allowedHttpsHref(url), url).toBeNull()
    }
  })

  it('whatever it returns is a parsed https address on the list, never the raw string with extra characters', () => {
    const junk = fc.constantFrom(' ', '\t', '\n', '\r', '\u0000', '\\', '\u00a0', '\u2028', '\u200b', '\u202e', '\u007f')
    fc.assert(
      fc.property(fc.constantFrom(...list), fc.nat(40), junk, (entry, at, bad) => {
        const i = at % (entry.length + 1)
        expect(allowedHttpsHref(`${entry.slice(0, i)}${bad}${entry.slice(i)}`, list)).toBeNull()
      }),
      { numRuns: 400 },
    )
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const href = allowedHttpsHref(url, list)
        if (href !== null) expect(href).toBe(new URL(url).href)
      }),
      { numRuns: 300 },
    )
  })

  it.each([[undefined], [null], [42], [{ href: 'https://example.org/contact' }], [new URL('https://example.org/contact')]])(
    'refuses the non-string %s',
    (value) => {
      expect(allowedHttpsHref(value, list)).toBeNull()
    },
  )

  it('refuses everything with an empty allowlist, and very long URLs', () => {
    expect(allowedHttpsHref('https://example.org/contact', [])).toBeNull()
    expect(allowedHttpsHref(`https://example.org/help/${'x'.repeat(2048)}`, list)).toBeNull()
  })

  it('skips allowlist entries that are not https addresses', () => {
    expect(allowedHttpsHref('https://example.org/contact', ['not a url', 'http://example.org/contact', ' https://example.org/contact'])).toBeNull()
  })
})

describe('parseLink', () => {
  it('parses a clean link and refuses what the parser would repair', () => {
    expect(parseLink('https://example.org/a?b#c')?.href).toBe('https://example.org/a?b#c')
    for (const raw of ['', ' https://example.org/', 'https://example.org/\n', 'https:\\\\example.org', 'no scheme here']) expect(parseLink(raw)).toBeNull()
    expect(parseLink(`mailto:?body=${'x'.repeat(3000)}`)).toBeNull()
    expect(parseLink(`mailto:?body=${'x'.repeat(3000)}`, 4096)?.protocol).toBe('mailto:')
  })
})
