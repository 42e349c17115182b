import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { setupI18n } from '@lingui/core'
import type { Messages } from '@lingui/core'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import PO from 'pofile'
import type { Guide } from '../../src-shared/guide-schema'
import type { Msg } from '../../src-shared/message'
import { sayWith } from '../../src-renderer/src/i18n/say'

// A message main sends, as an English reader sees it, for specs that ask main directly (no build step here, so the
// English catalog is read and compiled as the Vite plugin would). Section and item values are named from the shipped guide.
const po = PO.parse(readFileSync(resolve('src-renderer/src/locales/en/messages.po'), 'utf8'))
const messages: Messages = Object.fromEntries(po.items.filter((i) => !i.obsolete).map((i) => [i.msgid, compileMessage(i.msgstr.join(''))]))
const i18n = setupI18n({ locale: 'en', locales: ['en-GB'], messages: { en: messages } })
const guide = JSON.parse(readFileSync(resolve('resources/guide/guide.json'), 'utf8')) as Guide

export const english = (message: Msg): string => sayWith({ i18n, guide }, message)
