import { isAllowedExternal } from '../config/allowlist'
import { AppFailure } from '../errors'
import type { Ports } from '../ports'

export interface SystemService {
  openExternal(url: string): Promise<{ opened: boolean }>
  copy(text: string): Promise<{ copied: boolean }>
  saveText(suggestedName: string, text: string): Promise<{ saved: boolean; path: string | null }>
}

// mailto: opens the user's own mail client with a prepared message; every other link must be allowlisted https.
export const isOpenable = (url: string, allowlist: readonly string[]): boolean =>
  /^mailto:[^\s]*$/i.test(url) || isAllowedExternal(url, allowlist)

export function createSystemService(ports: Ports, allowlist: readonly string[]): SystemService {
  return {
    async openExternal(url) {
      if (!isOpenable(url, allowlist)) {
        throw new AppFailure('not-allowed', 'The assistant only opens the Docs portal, the service-request page, the Authenticator store pages and your mail app.')
      }
      try {
        await ports.shell.openExternal(url)
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
