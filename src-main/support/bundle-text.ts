import { runInSlices, SLICE } from '../ledger/slices'
import type { Steps } from '../ledger/slices'

// A bundle's text read in slices, so a 5 MB file never holds main for one long turn. The result is exactly what
// JSON.parse of the whole text gives (or a refusal where it would throw), reached in steps:
//   1. the bytes are decoded as strict UTF-8, 256 KB at a time;
//   2. one pass over the characters, 256 KB at a time, counts brackets outside strings (too deep is refused before
//      anything is parsed), checks that every bracket closes the kind it opened, and notes where each list directly
//      inside the top object starts, ends and splits into items;
//   3. the text with each such list emptied is parsed (a few kilobytes: the parts of a bundle other than its events);
//   4. each list's items are parsed SLICE at a time and put back in place.
// The text is valid JSON exactly when the emptied text and every item are, since the items' separators were checked in 2.

const CHARS = 256 * 1024
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_LIST = 0x5b
const CLOSE_LIST = 0x5d
const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a

type BundleText = { ok: true; value: unknown } | { ok: false; problem: 'not-text' | 'too-deep' | 'not-json' }

function* decodeSteps(bytes: Uint8Array): Steps<string | null> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const parts: string[] = []
  try {
    for (let at = 0; at < bytes.length; at += CHARS) {
      if (at > 0) yield
      parts.push(decoder.decode(bytes.subarray(at, at + CHARS), { stream: true }))
    }
    parts.push(decoder.decode())
  } catch {
    return null
  }
  return parts.join('')
}

// A list directly inside the top object: the key it is under, its brackets and its items' [start, end) in the text.
interface List {
  key: string
  open: number
  close: number
  items: Array<[number, number]>
}

type Scan = { problem: 'too-deep' | 'not-json' } | { lists: List[] }

function* scanSteps(text: string, depthLimit: number): Steps<Scan> {
  const opened: number[] = []
  let depth = 0
  let inString = false
  let malformed = false
  // Only followed inside a top object: the last string closed at its level, the key it became, the list being read.
  const topIsObject = /^\s*\{/.test(text)
  let stringStart = -1
  let lastString: [number, number] | null = null
  let key: string | null = null
  let list: List | null = null
  let itemStart = 0
  const lists = new Map<string, List | null>()
  let pauseAt = CHARS
  for (let i = 0; i < text.length; i++) {
    if (i >= pauseAt) {
      pauseAt = i + CHARS
      yield
    }
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === BACKSLASH) i++
      else if (c === QUOTE) {
        inString = false
        if (depth === 1) lastString = [stringStart, i + 1]
      }
      continue
    }
    if (c === QUOTE) {
      inString = true
      stringStart = i
    } else if (c === OPEN_OBJECT || c === OPEN_LIST) {
      if (++depth > depthLimit) return { problem: 'too-deep' }
      opened.push(c)
      if (topIsObject && depth === 2 && c === OPEN_LIST && key !== null) {
        list = { key, open: i, close: -1, items: [] }
        itemStart = i + 1
      }
    } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
      const was = opened.pop()
      if (was === undefined || was !== (c === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_LIST)) malformed = true
      if (list && depth === 2) {
        list.items.push([itemStart, i])
        list.close = i
        lists.set(list.key, list)
        list = null
      }
      depth--
    } else if (c === COMMA && list && depth === 2) {
      list.items.push([itemStart, i])
      itemStart = i + 1
    } else if (c === COLON && topIsObject && depth === 1) {
      key = null
      try {
        if (lastString) key = JSON.parse(text.slice(lastString[0], lastString[1])) as string
      } catch {
        malformed = true
      }
      // A key given twice keeps its last value, as JSON.parse does: a list only if that value is one.
      if (key !== null) lists.set(key, null)
      lastString = null
    }
  }
  if (malformed || inString || depth !== 0) return { problem: 'not-json' }
  const found = [...lists.values()].filter((l): l is List => l !== null)
  // An empty list is one blank "item"; any other blank item (a stray comma) fails to parse below, as it should.
  for (const l of found) if (l.items.length === 1 && text.slice(l.items[0]![0], l.items[0]![1]).trim() === '') l.items = []
  return { lists: found }
}

function* parseSteps(bytes: Uint8Array, depthLimit: number): Steps<BundleText> {
  const text = yield* decodeSteps(bytes)
  if (text === null) return { ok: false, problem: 'not-text' }
  const scan = yield* scanSteps(text, depthLimit)
  if ('problem' in scan) return { ok: false, problem: scan.problem }
  try {
    const emptied: string[] = []
    let from = 0
    for (const l of [...scan.lists].sort((a, b) => a.open - b.open)) {
      emptied.push(text.slice(from, l.open), '[]')
      from = l.close + 1
    }
    emptied.push(text.slice(from))
    const value: unknown = JSON.parse(emptied.join(''))
    for (const l of scan.lists) {
      const items: unknown[] = []
      for (const [index, [start, end]] of l.items.entries()) {
        if (index > 0 && index % SLICE === 0) yield
        items.push(JSON.parse(text.slice(start, end)))
      }
      // The emptied text gave the key its own property already; defineProperty replaces its value and never reaches
      // a prototype, even for a key named __proto__.
      Object.defineProperty(value, l.key, { value: items, enumerable: true, writable: true, configurable: true })
    }
    return { ok: true, value }
  } catch {
    return { ok: false, problem: 'not-json' }
  }
}

// Decoded, depth-checked and parsed, pausing between slices; refusals in the order the checks ran before: not UTF-8
// text, then nested too deep anywhere in the file, then not JSON.
export const parseBundleText = (bytes: Uint8Array, depthLimit: number): Promise<BundleText> => runInSlices(parseSteps(bytes, depthLimit))
