import { fail, ok } from '../../src-shared/result'
import { allowedHttpsHref } from '../config/allowlist'
import { AppFailure } from '../errors'
import type { Ports } from '../ports'
import { checkMailto } from './mailto'
import type { LinkCheck } from './mailto'

export interface SystemService {
  openExternal(url: string): Promise<{ opened: boolean }>
  copy(text: string): Promise<{ copied: boolean }>
  saveText(suggestedName: string, text: string): Promise<{ saved: boolean; path: string | null }>
}

const NOT_ALLOWED = 'The assistant only opens the Docs portal, the service-request page, the Authenticator store pages and your mail app.'

// mailto: opens the user's own mail client with a prepared message; every other link must be allowlisted https.
export function openableLink(url: string, allowlist: readonly string[]): LinkCheck {
  if (/^mailto:/i.test(url)) return checkMailto(url)
  const href = allowedHttpsHref(url, allowlist)
  return href === null ? fail('not-allowed', NOT_ALLOWED) : ok(href)
}

export function createSystemService(ports: Ports, allowlist: readonly string[]): SystemService {
  return {
    async openExternal(url) {
      const link = openableLink(url, allowlist)
      if (!link.ok) throw new AppFailure(link.error.code, link.error.message)
      try {
        // Only the address that passed the check leaves the app, never the string as it was sent.
        await ports.shell.openExternal(link.value)
      } catch {
        throw new AppFailure('unavailable', 'Your web browser or mail app could not be opened. Copy the text instead.')
      }
      return { opened: true }
    },
    async copy(text) {
      try {
        await ports.clipboard.writeText(text)
      } catch {
        throw new AppFailure('unavailable', 'The text could not be copied. Select it and copy it by hand instead.')
      }
      return { copied: true }
    },
    async saveText(suggestedName, text) {
      let path: string | null
      try {
        path = await ports.files.save(suggestedName, text, 'text')
      } catch {
        throw new AppFailure('storage-failed', 'The file could not be saved there. Choose another folder and try again.')
      }
      return { saved: path !== null, path }
    },
  }
}
