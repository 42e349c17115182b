import { existsSync } from 'node:fs'
import Conf from 'conf'
import { ensurePrivateDir, makePrivate, PRIVATE_FILE_MODE } from './private-files'
import { StoreUnreadableError } from './store-port'
import type { DocumentStore, OpenStore } from './store-port'

function wrapConf(instance: Conf<Record<string, unknown>>): DocumentStore {
  return {
    path: instance.path,
    read: () => instance.store,
    write: (value) => {
      instance.store = value
    },
  }
}

export function openWith(create: () => Conf<Record<string, unknown>>, path: string, dir: string): DocumentStore {
  ensurePrivateDir(dir)
  // A file written by an older version may be readable by others; it is narrowed before it is read.
  if (existsSync(path)) makePrivate(path)
  try {
    return wrapConf(create())
  } catch (error) {
    if (error instanceof SyntaxError) throw new StoreUnreadableError(path, error)
    throw error
  }
}

// The store of mfa.json, drafts.json and preferences.json, in Electron (dir is userData) and in tests alike. It is conf
// itself, not electron-store: electron-store adds only a default folder and an `electron-store-get-data` IPC listener
// that answers any renderer outside the contract. The file is the one electron-store 11 wrote (<dir>/<name>.json,
// tab-indented JSON), so what users saved before is read as it is.
export const openConfStore: OpenStore = ({ dir, name }) =>
  openWith(
    () => new Conf({ cwd: dir, configName: name, clearInvalidConfig: false, accessPropertiesByDotNotation: false, configFileMode: PRIVATE_FILE_MODE }),
    `${dir}/${name}.json`,
    dir,
  )
