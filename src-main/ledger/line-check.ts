import { hash } from 'node:crypto'
import type { z } from 'zod'
import { isRealDay } from '../../src-shared/day'
import { say } from '../../src-shared/message'
import { chainProblems as problem } from '../../src-shared/messages/recovery'
import { failWith, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'
import { canonicalJson, checkSealed } from './chain'
import type { ChainBreak } from './chain'
import { bodySchemaOf, GENESIS_HASH } from './envelope'
import type { AnyEvent } from './envelope'

// `unreadable`: the line is not JSON at all, as opposed to a line that reads but breaks the chain.
type LinesCheck<E> = Result<{ events: E[] }, ChainBreak & { unreadable: boolean }>

// A line as this app writes it: {"at":"…","data":…,"hash":"…","prevHash":"…","seq":n,"type":"…"}, canonical.
const AT_END = 31
const DATA = '","data":'
const HASH = ',"hash":"'
const PREV = '","prevHash":"'
const SEQ = '","seq":'
const TYPE_KEY = ',"type":"'
const AT = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/
const TYPE = /^[a-z0-9][a-z0-9-]{0,63}$/

// Every time this app writes is Date.toISOString(); its days are checked once each.
function timeChecker(): (at: string) => boolean {
  const days = new Set<string>()
  return (at) => {
    if (!AT.test(at)) return false
    const day = at.slice(0, 10)
    if (days.has(day)) return true
    const real = isRealDay(day)
    if (real) days.add(day)
    return real
  }
}

// A line this app wrote holds a body of a known type in canonical form; each distinct text is checked once, as a
// long ledger repeats the same few bodies. Its schema was checked when it was appended, and the line's hash proves
// it is byte for byte what was appended, so the schema is not run again here: on a cold start that alone would cost
// more than everything else. A line in any other form takes the slow path, schema and all.
function bodyReader(schema: z.ZodType): (type: string, text: string) => unknown {
  const known = new Map<string, Map<string, boolean>>()
  return (type, text) => {
    let texts = known.get(type)
    if (!texts) known.set(type, (texts = new Map()))
    const seen = texts.get(text)
    if (seen !== undefined) return seen ? JSON.parse(text) : undefined
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      data = undefined
    }
    const good = data !== undefined && bodySchemaOf(schema, type) !== undefined && canonicalJson(data) === text
    texts.set(text, good)
    return good ? data : undefined
  }
}

// The fast way: the envelope read by position, the hash over the line's bytes without its own hash member.
// Anything unusual returns null, and the line is checked the slow way (the chain rule bundles use), which gives the reason.
function fastEvent(
  line: string,
  n: number,
  prevHash: string,
  validTime: (at: string) => boolean,
  body: (type: string, text: string) => unknown,
): AnyEvent | null {
  if (!line.startsWith('{"at":"') || !line.startsWith(DATA, AT_END) || !line.endsWith('"}')) return null
  const cut = line.lastIndexOf(HASH)
  const afterHash = cut + HASH.length + 64
  if (cut < AT_END + DATA.length || !line.startsWith(PREV, afterHash) || !line.startsWith(prevHash, afterHash + PREV.length)) return null
  const seqAt = afterHash + PREV.length + 64
  const seq = String(n)
  const typeAt = seqAt + SEQ.length + seq.length + TYPE_KEY.length
  if (!line.startsWith(SEQ, seqAt) || !line.startsWith(seq, seqAt + SEQ.length) || !line.startsWith(TYPE_KEY, typeAt - TYPE_KEY.length)) return null
  const type = line.slice(typeAt, -2)
  const at = line.slice(7, AT_END)
  if (!TYPE.test(type) || !validTime(at)) return null
  const sealed = line.slice(cut + HASH.length, afterHash)
  if (hash('sha256', line.slice(0, cut + 1) + line.slice(afterHash + 2)) !== sealed) return null
  const data = body(type, line.slice(AT_END + DATA.length, cut))
  return data === undefined ? null : { seq: n, at, prevHash, hash: sealed, type, data }
}

// Verifies every line of a ledger file against the chain rule; the slow path is the same rule as bundles use.
// `after` is the event the lines follow: none for a whole file, a checkpoint's head for the lines after it.
export function verifyLines<E extends AnyEvent>(
  lines: readonly string[],
  schema: z.ZodType<E>,
  after: { count: number; hash: string } = { count: 0, hash: GENESIS_HASH },
): LinesCheck<E> {
  const events: E[] = []
  const validTime = timeChecker()
  const body = bodyReader(schema)
  let prevHash = after.hash
  for (const [index, line] of lines.entries()) {
    const n = after.count + index + 1
    let event = fastEvent(line, n, prevHash, validTime, body) as E | null
    if (!event) {
      let candidate: unknown
      try {
        candidate = JSON.parse(line)
      } catch {
        return failWith({ brokenAt: n, reason: say(problem.unreadable, { n }), unreadable: true })
      }
      const sealed = checkSealed(candidate, n, prevHash, schema)
      if ('reason' in sealed) return failWith({ brokenAt: n, reason: sealed.reason, unreadable: false })
      if (!sealed.hashHolds) return failWith({ brokenAt: n, reason: say(problem.changed, { n }), unreadable: false })
      event = sealed.event
    }
    events.push(event)
    prevHash = event.hash
  }
  return ok({ events })
}
