import type { Messages } from '@lingui/core'

// A pseudo-locale for tests: every text is accented, about 35% longer and in brackets, so text left outside the
// catalog, or a layout that cannot take longer words, shows at once. Placeholders and plural keys are kept.
const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  s: 'š',
  z: 'ž',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
  S: 'Š',
  Z: 'Ž',
}
const PAD = '~'

export const PSEUDO_OPEN = '⟦'
export const PSEUDO_CLOSE = '⟧'

export function pseudoText(text: string): string {
  const accented = text.replace(/[a-zA-Z]/g, (ch) => ACCENTS[ch] ?? ch)
  const letters = text.replace(/\s/g, '').length
  return accented + (letters > 0 ? PAD.repeat(Math.ceil(letters * 0.35)) : '')
}

type Token = string | unknown[]

// A compiled message is a string or a list of strings and placeholders; only the strings are changed.
function pseudoTokens(tokens: Token[]): Token[] {
  return tokens.map((token) => (typeof token === 'string' ? pseudoText(token) : pseudoPlaceholder(token)))
}

function pseudoPlaceholder(token: unknown[]): unknown[] {
  const [name, kind, options] = token
  if (typeof kind === 'string' && options && typeof options === 'object') {
    const forms = Object.fromEntries(
      Object.entries(options as Record<string, unknown>).map(([key, form]) => [
        key,
        Array.isArray(form) ? pseudoTokens(form as Token[]) : typeof form === 'string' ? pseudoText(form) : form,
      ]),
    )
    return [name, kind, forms, ...token.slice(3)]
  }
  return token
}

export function pseudoMessages(source: Messages): Messages {
  const out: Messages = {}
  for (const [id, message] of Object.entries(source)) {
    const body = typeof message === 'string' ? [pseudoText(message)] : pseudoTokens(message as Token[])
    out[id] = [PSEUDO_OPEN, ...body, PSEUDO_CLOSE] as Messages[string]
  }
  return out
}
