import { DOMParser } from '@xmldom/xmldom'
import type { Element, Node as XmlNode } from '@xmldom/xmldom'
import { MAX_DEPTH, PlistError, dictEntries } from './plist-node'
import type { PlistNode } from './plist-node'

// XML property lists, through @xmldom/xmldom with every error fatal; the plist elements are read here strictly ("12abc"
// is no integer).

const ELEMENT = 1
const TEXT = 3
const CDATA = 4
const INTEGER = /^[+-]?\d+$/
const REAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

export function readXml(bytes: Uint8Array): PlistNode {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new PlistError('neither a binary property list nor UTF-8 XML')
  }
  if (
    !text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('<')
  )
    throw new PlistError('neither a binary property list nor XML')
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new PlistError(`XML ${level}: ${message}`)
    },
  }).parseFromString(text, 'text/xml')
  const root = document.documentElement
  if (!root || root.nodeName !== 'plist') throw new PlistError('XML whose root is not <plist>')
  const children = elementsOf(root)
  if (children.length !== 1) throw new PlistError('a <plist> that does not hold exactly one value')
  let depth = 0
  const node = (element: Element): PlistNode => {
    if (++depth > MAX_DEPTH) throw new PlistError('nested too deeply')
    try {
      return xmlNode(element, node)
    } finally {
      depth--
    }
  }
  return node(children[0]!)
}

// The element children, refusing text between them (whitespace and comments aside).
function elementsOf(parent: Element): Element[] {
  const elements: Element[] = []
  for (let child: XmlNode | null = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT) elements.push(child as Element)
    else if ((child.nodeType === TEXT || child.nodeType === CDATA) && (child.nodeValue ?? '').trim() !== '') {
      throw new PlistError(`text inside <${parent.nodeName}>`)
    }
  }
  return elements
}

function textOf(element: Element): string {
  let text = ''
  for (let child: XmlNode | null = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT || child.nodeType === CDATA) text += child.nodeValue ?? ''
    else if (child.nodeType === ELEMENT) throw new PlistError(`an element inside <${element.nodeName}>`)
  }
  return text
}

function xmlNode(element: Element, node: (element: Element) => PlistNode): PlistNode {
  switch (element.nodeName) {
    case 'string':
      return { kind: 'string', value: textOf(element) }
    case 'integer': {
      const text = textOf(element).trim()
      if (!INTEGER.test(text)) throw new PlistError(`"${text}" is not an integer`)
      return { kind: 'integer', value: BigInt(text) }
    }
    case 'real': {
      const text = textOf(element).trim()
      if (!REAL.test(text)) throw new PlistError(`"${text}" is not a real number`)
      return { kind: 'real', value: Number(text) }
    }
    case 'true':
    case 'false':
      if (elementsOf(element).length > 0 || textOf(element).trim() !== '') throw new PlistError(`<${element.nodeName}> is not empty`)
      return { kind: 'boolean', value: element.nodeName === 'true' }
    case 'date':
      return { kind: 'unsupported', reason: 'date' }
    case 'data':
      return { kind: 'unsupported', reason: 'data' }
    case 'array':
      return { kind: 'array', items: elementsOf(element).map(node) }
    case 'dict': {
      const children = elementsOf(element)
      if (children.length % 2 !== 0) throw new PlistError('a <dict> with a key and no value')
      const keys: PlistNode[] = []
      const values: PlistNode[] = []
      for (let i = 0; i < children.length; i += 2) {
        if (children[i]!.nodeName !== 'key') throw new PlistError('a <dict> value where a <key> belongs')
        if (children[i + 1]!.nodeName === 'key') throw new PlistError('a <key> where a <dict> value belongs')
        keys.push({ kind: 'string', value: textOf(children[i]!) })
        values.push(node(children[i + 1]!))
      }
      return { kind: 'dict', entries: dictEntries(keys, values) }
    }
    default:
      throw new PlistError(`an unknown element <${element.nodeName}>`)
  }
}
