import { describe, expect, it } from 'vitest'
import { DEFAULT_EXTERNAL_ALLOWLIST, isAllowedExternal } from '../../../src-main/config/allowlist'

describe('DEFAULT_EXTERNAL_ALLOWLIST', () => {
  it('holds only https URLs without credentials or ports', () => {
    expect(DEFAULT_EXTERNAL_ALLOWLIST.length).toBeGreaterThan(0)
    for (const entry of DEFAULT_EXTERNAL_ALLOWLIST) {
      const url = new URL(entry)
      expect(url.protocol).toBe('https:')
      expect(url.username + url.password + url.port).toBe('')
      expect(isAllowedExternal(entry)).toBe(true)
    }
  })
})

describe('isAllowedExternal', () => {
  const list = ['https://example.org/help', 'https://store.example.com/app?id=good']

  it.each([
    'https://example.org/help',
    'https://example.org/help/',
    'https://example.org/help/deep/page?x=1#top',
    'https://EXAMPLE.org/help',
    'https://example.org:443/help',
    'https://store.example.com/app?id=good',
    'https://store.example.com/app?id=good#reviews',
  ])('allows %s', (url) => {
    expect(isAllowedExternal(url, list)).toBe(true)
  })

  it.each([
    ['a sibling path', 'https://example.org/helpdesk'],
    ['a parent path', 'https://example.org/'],
    ['a path that climbs out', 'https://example.org/help/../admin'],
    ['an encoded climb', 'https://example.org/help/%2e%2e/admin'],
    ['http', 'http://example.org/help'],
    ['a subdomain', 'https://www.example.org/help'],
    ['a lookalike suffix', 'https://example.org.evil.com/help'],
    ['a userinfo trick', 'https://example.org@evil.com/help'],
    ['a user name', 'https://me@example.org/help'],
    ['another port', 'https://example.org:444/help'],
    ['another query', 'https://store.example.com/app?id=bad'],
    ['an extra query key', 'https://store.example.com/app?id=good&x=1'],
    ['no query', 'https://store.example.com/app'],
    ['a relative URL', '/help'],
    ['garbage', 'ht!tp://'],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedExternal(url, list)).toBe(false)
  })

  it.each([[undefined], [null], [42], [{ href: 'https://example.org/help' }], [new URL('https://example.org/help')]])(
    'refuses the non-string %s',
    (value) => {
      expect(isAllowedExternal(value, list)).toBe(false)
    },
  )

  it('refuses everything with an empty allowlist, and very long URLs', () => {
    expect(isAllowedExternal('https://example.org/help', [])).toBe(false)
    expect(isAllowedExternal(`https://example.org/help/${'x'.repeat(2048)}`, list)).toBe(false)
  })
})
