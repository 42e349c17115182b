import { stat } from 'node:fs/promises'
import { say } from '../../src-shared/message'
import { systemRefusals as refuse } from '../../src-shared/messages/system'
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

// mailto: opens the user's own mail client with a prepared message; every other link must be allowlisted https.
export function openableLink(url: string, allowlist: readonly string[]): LinkCheck {
  if (/^mailto:/i.test(url)) return checkMailto(url)
  const href = allowedHttpsHref(url, allowlist)
  return href === null ? fail('not-allowed', say(refuse.linkNotAllowed)) : ok(href)
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
        throw new AppFailure('unavailable', say(refuse.browserNotOpened))
      }
      return { opened: true }
    },
    async copy(text) {
      try {
        await ports.clipboard.writeText(text)
      } catch {
        throw new AppFailure('unavailable', say(refuse.notCopied))
      }
      return { copied: true }
    },
    async saveText(suggestedName, text) {
      let path: string | null
      try {
        path = await files.save(suggestedName, text, 'text')
      } catch {
        throw new AppFailure('storage-failed', say(refuse.notSavedThere))
      }
      return { saved: path !== null, path }
    },
    async showInFolder(path) {
      if (!saved.has(path)) throw new AppFailure('not-allowed', say(refuse.notOurFile))
      // Checked first, because the file manager says nothing when the file is gone.
      const found = await stat(path).then(
        (s) => s.isFile(),
        () => false,
      )
      if (!found) throw new AppFailure('not-found', say(refuse.fileGone))
      try {
        ports.shell.showItemInFolder(path)
      } catch {
        throw new AppFailure('unavailable', say(refuse.folderNotOpened))
      }
      return { shown: true }
    },
  }
}
