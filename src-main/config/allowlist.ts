// The only places the app may send the user: opened in the system browser, never in-app.
export const DEFAULT_EXTERNAL_ALLOWLIST: readonly string[] = [
  'https://docs.developer.tech.gov.sg/',
  'https://go.gov.sg/seed-techpass-support',
  'https://apps.apple.com/app/microsoft-authenticator/id983156458',
  'https://play.google.com/store/apps/details?id=com.azure.authenticator',
]

// https only, same host, and the path (and query, if the entry has one) must match an entry.
export function isAllowedExternal(url: unknown, allowlist: readonly string[] = DEFAULT_EXTERNAL_ALLOWLIST): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false
  let target: URL
  try {
    target = new URL(url)
  } catch {
    return false
  }
  if (target.protocol !== 'https:' || target.username || target.password || target.port) return false
  return allowlist.some((entry) => {
    const allowed = new URL(entry)
    if (allowed.host !== target.host) return false
    const base = allowed.pathname.endsWith('/') ? allowed.pathname : `${allowed.pathname}/`
    const pathOk = target.pathname === allowed.pathname || target.pathname.startsWith(base)
    return pathOk && (allowed.search === '' || allowed.search === target.search)
  })
}
