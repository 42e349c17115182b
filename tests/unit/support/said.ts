import { tz } from '@date-fns/tz'
import { format } from 'date-fns/format'
import type { Msg, MsgValue } from '../../../src-shared/message'
import type { NextAction } from '../../../src-shared/snapshot-schema'
import { humanTime } from '../../../src-renderer/src/format'
import { english } from '../../support/english'
import { realGuide } from './guide'

// What an English reader sees of a message main sent, with the shipped guide for item and step titles.
const guide = realGuide()

export const said = (message: Msg | null | undefined): string | null => (message ? english(message, guide) : null)

// The next action's title as the renderer shows it: main's message, or the item's own words from the guide.
export function titleOf(action: Pick<NextAction, 'title' | 'sectionId' | 'itemId'>): string {
  if (action.title) return english(action.title, guide)
  const item = guide.sections.find((s) => s.id === action.sectionId)?.items.find((i) => i.id === action.itemId)
  if (!item) throw new Error(`no item ${action.sectionId}/${action.itemId} in the guide`)
  return item.action ?? item.label
}

// A time as an English reader's screen shows it (in this machine's zone): main sends the instant, never a written time.
export const shownAt = (iso: string): string => humanTime(iso, 'en-GB')

// A message in the English main wrote before it sent ids: days as YYYY-MM-DD and times as "YYYY-MM-DD HH:mm" in the
// user's zone. For comparing with what an older version showed, word for word.
export function saidAsWritten(message: Msg, zone: string): string {
  return english(writtenValues(message, zone), guide)
}

export const writtenTime = (iso: string, zone: string): string => format(new Date(iso), 'yyyy-MM-dd HH:mm', { in: tz(zone) })

function writtenValues(message: Msg, zone: string): Msg {
  if (!message.values) return message
  const value = (v: MsgValue): MsgValue => {
    if (typeof v !== 'object') return v
    if ('day' in v) return v.day
    if ('time' in v) return writtenTime(v.time, zone)
    if ('msg' in v) return { msg: writtenValues(v.msg, zone) }
    if ('list' in v) return { list: v.list.map((m) => writtenValues(m, zone)) }
    return v
  }
  return { id: message.id, values: Object.fromEntries(Object.entries(message.values).map(([k, v]) => [k, value(v)])) }
}

// Notices as an administrator reads them in English: the tests keep asserting the words people see.
export const saidAll = (notices: readonly Msg[]): string[] => notices.map((n) => english(n))

// A trust decision with its reason in English.
export const plain = (decision: { trusted: true } | { trusted: false; reason: Msg }) =>
  decision.trusted ? decision : { trusted: false, reason: english(decision.reason) }
