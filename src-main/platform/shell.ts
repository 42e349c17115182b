import { shell } from 'electron'
import { allowedHttpsHref } from '../config/allowlist'

// The one way out of the app for navigation: the system browser, with the normalised address that passed the allowlist.
export async function openExternalSafely(url: string, allowlist?: readonly string[]): Promise<boolean> {
  const href = allowedHttpsHref(url, allowlist)
  if (href === null) return false
  await shell.openExternal(href)
  return true
}
