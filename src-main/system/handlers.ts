import type { Handlers } from '../../src-shared/contract'
import type { SystemService } from './system-service'

type SystemChannels = 'shell:open-external' | 'clipboard:write' | 'files:save-text' | 'files:show-in-folder'

export function systemHandlers(system: SystemService): Pick<Handlers, SystemChannels> {
  return {
    'shell:open-external': ({ url }) => system.openExternal(url),
    'clipboard:write': ({ text }) => system.copy(text),
    'files:save-text': ({ suggestedName, text }) => system.saveText(suggestedName, text),
    'files:show-in-folder': ({ path }) => system.showInFolder(path),
  }
}
