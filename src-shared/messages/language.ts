import { msg } from '@lingui/core/macro'

// The language on screen (src-main/handlers.ts, language:choose).
export const languageRefusals = {
  notOffered: msg({ id: 'language.not-offered', message: 'That language is not offered on this computer. Nothing was changed.' }),
}
