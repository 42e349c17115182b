import type { AccessEntry, WindowsOwnership } from './trust'

// Windows prints security descriptors as SDDL with SIDs, the same in every language (icacls prints translated names).

const ALIASES: Record<string, string> = {
  SY: 'S-1-5-18',
  BA: 'S-1-5-32-544',
  BU: 'S-1-5-32-545',
  BG: 'S-1-5-32-546',
  PU: 'S-1-5-32-547',
  AU: 'S-1-5-11',
  WD: 'S-1-1-0',
  IU: 'S-1-5-4',
  NU: 'S-1-5-2',
  SU: 'S-1-5-6',
  AN: 'S-1-5-7',
  LS: 'S-1-5-19',
  NS: 'S-1-5-20',
  CO: 'S-1-3-0',
  CG: 'S-1-3-1',
  OW: 'S-1-3-4',
  AC: 'S-1-15-2-1',
}

const RIGHTS: Record<string, number> = {
  GA: 0x10000000,
  GR: 0x80000000,
  GW: 0x40000000,
  GX: 0x20000000,
  RC: 0x20000,
  SD: 0x10000,
  WD: 0x40000,
  WO: 0x80000,
  CC: 0x1,
  DC: 0x2,
  LC: 0x4,
  SW: 0x8,
  RP: 0x10,
  WP: 0x20,
  DT: 0x40,
  LO: 0x80,
  CR: 0x100,
  FA: 0x1f01ff,
  FR: 0x120089,
  FW: 0x120116,
  FX: 0x1200a0,
  KA: 0xf003f,
  KR: 0x20019,
  KW: 0x20006,
  KX: 0x20019,
}

const ALLOW_TYPES = new Set(['A', 'OA', 'XA', 'ZA'])
const DENY_TYPES = new Set(['D', 'OD', 'XD'])

// A domain-relative alias (DA, DU…) stays as written: it is never one of the trusted SIDs.
const sidOf = (text: string): string | null =>
  /^S-1-\d+(-\d+)*$/i.test(text) ? text.toUpperCase() : /^[A-Z]{2}$/.test(text) ? (ALIASES[text] ?? `alias:${text}`) : null

function rightsOf(text: string): number | null {
  if (/^0x[0-9a-f]+$/i.test(text)) return Number.parseInt(text.slice(2), 16) >>> 0
  if (/^\d+$/.test(text)) return Number(text) >>> 0
  if (text.length % 2 !== 0) return null
  let mask = 0
  for (let i = 0; i < text.length; i += 2) {
    const right = RIGHTS[text.slice(i, i + 2)]
    if (right === undefined) return null
    mask = (mask | right) >>> 0
  }
  return mask
}

function parseAce(body: string): AccessEntry | 'skip' | null {
  const fields = body.split(';')
  if (fields.length < 6) return null
  const [type = '', flags = '', rights = '', , , account = ''] = fields
  if (!ALLOW_TYPES.has(type) && !DENY_TYPES.has(type)) return 'skip'
  const sid = sidOf(account)
  const mask = rightsOf(rights)
  if (sid === null || mask === null || flags.length % 2 !== 0) return null
  const flagList: string[] = flags.match(/../g) ?? []
  return { allow: ALLOW_TYPES.has(type), sid, mask, inheritOnly: flagList.includes('IO') }
}

// The ACEs that follow "D:" and its flags, each in balanced parentheses (conditional ACEs nest them).
function aceBodies(dacl: string): string[] | null {
  const bodies: string[] = []
  let i = /^(?:P|AI|AR)*/.exec(dacl)![0].length
  while (i < dacl.length && dacl[i] === '(') {
    let depth = 0
    let j = i
    for (; j < dacl.length; j++) {
      if (dacl[j] === '(') depth++
      else if (dacl[j] === ')' && --depth === 0) break
    }
    if (depth !== 0) return null
    bodies.push(dacl.slice(i + 1, j))
    i = j + 1
  }
  return i === dacl.length || dacl.startsWith('S:', i) ? bodies : null
}

/** The owner and access entries of one SDDL string, or null when it cannot be read with certainty. */
export function parseSddl(sddl: string): WindowsOwnership | null {
  const text = sddl.trim()
  const owner = /^O:(.+?)(?=G:|D:|S:|$)/.exec(text)
  const ownerSid = owner ? sidOf(owner[1]!) : null
  const daclAt = text.search(/D:(?=(?:P|AI|AR|NO_ACCESS_CONTROL)*(\(|S:|$))/)
  if (ownerSid === null || daclAt < 0) return null
  const dacl = text.slice(daclAt + 2)
  // A missing access list lets everyone do everything.
  if (/^(?:P|AI|AR)*NO_ACCESS_CONTROL/.test(dacl)) return { ownerSid, entries: [{ allow: true, sid: ALIASES.WD!, mask: 0x10000000, inheritOnly: false }] }
  const bodies = aceBodies(dacl)
  if (bodies === null) return null
  const entries: AccessEntry[] = []
  for (const body of bodies) {
    const entry = parseAce(body)
    if (entry === null) return null
    if (entry !== 'skip') entries.push(entry)
  }
  return { ownerSid, entries }
}
