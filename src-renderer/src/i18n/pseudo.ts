import type { Messages } from '@lingui/core'
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoText } from '../../../src-shared/pseudo-text'

export { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoText }

// The pseudo-locale of the catalog: every message in brackets, its words accented and longer; placeholders and plural keys are kept.
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
