import { existsSync } from 'node:fs'
import Conf from 'conf'
import { ensurePrivateDir, makePrivate, PRIVATE_FILE_MODE } from './private-files'
import { StoreUnreadableError } from './store-port'
import type { DocumentStore, OpenStore } from './store-port'

// electron-store extends Conf, so both adapters wrap an instance the same way.
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

export const openConfStore: OpenStore = ({ dir, name }) =>
  openWith(
    () => new Conf({ cwd: dir, configName: name, clearInvalidConfig: false, accessPropertiesByDotNotation: false, configFileMode: PRIVATE_FILE_MODE }),
    `${dir}/${name}.json`,
    dir,
  )
