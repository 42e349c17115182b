import ElectronStore from 'electron-store'
import type Conf from 'conf'
import { openWith } from '../storage/conf-store'
import { PRIVATE_FILE_MODE } from '../storage/private-files'
import type { OpenStore } from '../storage/store-port'

// Same file format as the conf adapter used by tests; clearInvalidConfig stays off so nothing is wiped.
export const openElectronStore: OpenStore = ({ dir, name }) =>
  openWith(
    () =>
      new ElectronStore({
        cwd: dir,
        name,
        clearInvalidConfig: false,
        accessPropertiesByDotNotation: false,
        configFileMode: PRIVATE_FILE_MODE,
      }) as unknown as Conf<Record<string, unknown>>,
    `${dir}/${name}.json`,
    dir,
  )
