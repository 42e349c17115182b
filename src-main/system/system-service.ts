import { stat } from 'node:fs/promises'
import { fail, ok } from '../../src-shared/result'
import { allowedHttpsHref } from '../config/allowlist'
import { AppFailure } from '../errors'
import type { Ports } from '../ports'
import { checkMailto } from './mailto'
import type { LinkCheck } from './mailto'
import { rememberSaves, savedFiles } from './saved-files'
import type { SavedFiles } from './saved-files'

export interface SystemService {
  openExternal(url: string): Promise<{ opened: boolean }>
  copy(text: string): Promise<{ copied: boolean }>
  saveText(suggestedName: string, text: string): Promise<{ saved: boolean; path: string | null }>
  showInFolder(path: string): Promise<{ shown: boolean }>
}

const NOT_ALLOWED = 'The assistant only opens the Docs portal, the service-request page, the Authenticator store pages and your mail app.'
const NOT_OURS = 'The assistant shows only files it saved for you since it was opened. Find other files in your file manager.'
const GONE = 'That file is not there any more. It may have been moved or deleted. Save it again if you need it.'

// mailto: opens the user's own mail client with a prepared message; every other link must be allowlisted https.
export function openableLink(url: string, allowlist: readonly string[]): LinkCheck {
  if (/^mailto:/i.test(url)) return checkMailto(url)
  const href = allowedHttpsHref(url, allowlist)
  return href === null ? fail('not-allowed', NOT_ALLOWED) : ok(href)
}

// `saved` lists what the app wrote this run; core shares it with every service that saves files.
export function createSystemService(ports: Ports, allowlist: readonly string[], saved: SavedFiles = savedFiles()): SystemService {
  const files = rememberSaves(ports.files, saved)
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
        path = await files.save(suggestedName, text, 'text')
      } catch {
        throw new AppFailure('storage-failed', 'The file could not be saved there. Choose another folder and try again.')
      }
      return { saved: path !== null, path }
    },
    async showInFolder(path) {
      if (!saved.has(path)) throw new AppFailure('not-allowed', NOT_OURS)
      // Checked first, because the file manager says nothing when the file is gone.
      const found = await stat(path).then(
        (s) => s.isFile(),
        () => false,
      )
      if (!found) throw new AppFailure('not-found', GONE)
      try {
        ports.shell.showItemInFolder(path)
      } catch {
        throw new AppFailure('unavailable', 'Your file manager could not be opened. The file is at the path shown.')
      }
      return { shown: true }
    },
  }
}
