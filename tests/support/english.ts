import { setupI18n } from '@lingui/core'
import type { Guide } from '../../src-shared/guide-schema'
import type { Msg } from '../../src-shared/message'
import { messages } from '../../src-renderer/src/locales/en/messages.po'
import { sayWith } from '../../src-renderer/src/i18n/say'

// A message main sends, as an English reader sees it: unit tests assert what people read, not only ids.
const i18n = setupI18n({ locale: 'en', locales: ['en-GB'], messages: { en: messages } })

export const english = (message: Msg, guide: Guide | null = null): string => sayWith({ i18n, guide }, message)
