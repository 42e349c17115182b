import { parseUrl } from '../../src-shared/url'

// The only places the app may send the user: opened in the system browser, never in-app.
export const DEFAULT_EXTERNAL_ALLOWLIST: readonly string[] = [
  'https://docs.developer.tech.gov.sg/',
  'https://go.gov.sg/seed-techpass-support',
  'https://apps.apple.com/app/microsoft-authenticator/id983156458',
  'https://play.google.com/store/apps/details?id=com.azure.authenticator',
]

const MAX_LINK_LENGTH = 2048

// Control characters, spaces of any kind, invisible formatting and backslashes: the URL parser would quietly repair them.
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u
// Encoded dots, slashes and backslashes in a path climb out of the page once a server decodes them.
const ENCODED_PATH_TRICK = /%(2e|2f|5c)/i

// The one place a link is parsed: anything the parser would have to repair is refused, never repaired.
export function parseLink(raw: unknown, maxLength = MAX_LINK_LENGTH): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > maxLength || UNSAFE_CHARACTERS.test(raw)) return null
  return parseUrl(raw)
}

// An entry ending in "/" is a site root and allows the pages under it; any other entry is exactly one page, query included.
function matchesEntry(entry: string, target: URL): boolean {
  const allowed = parseLink(entry)
  if (!allowed || allowed.protocol !== 'https:' || allowed.host !== target.host) return false
  if (allowed.pathname.endsWith('/')) {
    return target.pathname.startsWith(allowed.pathname) && (allowed.search === '' || allowed.search === target.search)
  }
  return target.pathname === allowed.pathname && target.search === allowed.search
}

// The normalised https address that passed the allowlist, which is the only thing ever opened; null when refused.
export function allowedHttpsHref(raw: unknown, allowlist: readonly string[] = DEFAULT_EXTERNAL_ALLOWLIST): string | null {
  const target = parseLink(raw)
  if (!target || typeof raw !== 'string' || !/^https:\/\//i.test(raw)) return null
  if (target.protocol !== 'https:' || target.username || target.password || target.port) return null
  const path = raw.slice('https://'.length).split(/[?#]/, 1)[0]!
  if (ENCODED_PATH_TRICK.test(path)) return null
  return allowlist.some((entry) => matchesEntry(entry, target)) ? target.href : null
}
