import { shell } from 'electron'
import { isAllowedExternal } from '../config/allowlist'

// The one way out of the app: the system browser, and only for allowlisted https URLs.
export async function openExternalSafely(url: string, allowlist?: readonly string[]): Promise<boolean> {
  if (!isAllowedExternal(url, allowlist)) return false
  await shell.openExternal(url)
  return true
}
