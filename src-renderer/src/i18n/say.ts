import type { I18n } from '@lingui/core'
import type { Guide } from '../../../src-shared/guide-schema'
import type { Msg, MsgValue } from '../../../src-shared/message'
import { humanDate, humanTime } from '../format'

// What a message's section and item values need: the guide in the language on screen.
export type SayContext = { i18n: I18n; guide: Guide | null }

function sectionTitle(guide: Guide | null, role: string): string {
  return guide?.sections.find((s) => s.role === role)?.title ?? role
}

function itemLabel(guide: Guide | null, ref: string): string {
  const [role, id] = ref.split('/')
  return guide?.sections.find((s) => s.role === role)?.items.find((i) => i.id === id)?.label ?? ref
}

function value(ctx: SayContext, v: MsgValue): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v
  const tags = ctx.i18n.locales
  const locale = (Array.isArray(tags) ? tags[0] : tags) ?? 'en-GB'
  if ('day' in v) return humanDate(v.day, locale)
  if ('time' in v) return humanTime(v.time, locale)
  if ('msg' in v) return sayWith(ctx, v.msg)
  if ('list' in v) return new Intl.ListFormat(locale, { type: 'conjunction' }).format(v.list.map((m) => sayWith(ctx, m)))
  if ('section' in v) return sectionTitle(ctx.guide, v.section)
  return itemLabel(ctx.guide, v.item)
}

// Main's message in the language on screen; its values are formatted here, never in main.
export function sayWith(ctx: SayContext, message: Msg): string {
  const values = Object.fromEntries(Object.entries(message.values ?? {}).map(([key, v]) => [key, value(ctx, v)]))
  return ctx.i18n._(message.id, values)
}
