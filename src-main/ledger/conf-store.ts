import Conf from 'conf'
import { StoreUnreadableError } from './store-port'
import type { DocumentStore, OpenStore } from './store-port'

// electron-store extends Conf, so both adapters wrap an instance the same way.
export function wrapConf(instance: Conf<Record<string, unknown>>): DocumentStore {
  return {
    path: instance.path,
    read: () => instance.store,
    write: (value) => {
      instance.store = value
    },
  }
}

export function openWith(create: () => Conf<Record<string, unknown>>, path: string): DocumentStore {
  try {
    return wrapConf(create())
  } catch (error) {
    if (error instanceof SyntaxError) throw new StoreUnreadableError(path, error)
    throw error
  }
}

export const openConfStore: OpenStore = ({ dir, name }) =>
  openWith(
    () => new Conf({ cwd: dir, configName: name, clearInvalidConfig: false, accessPropertiesByDotNotation: false }),
    `${dir}/${name}.json`,
  )
