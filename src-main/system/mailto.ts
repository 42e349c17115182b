import { hasHiddenCharacters } from '../../src-shared/fields'
import { say } from '../../src-shared/message'
import { systemRefusals } from '../../src-shared/messages/system'
import { fail, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'
import { parseLink } from '../config/allowlist'

// The checked address to hand to the shell, or why it is refused.
export type LinkCheck = Result<string>

// A prepared message is longer than a web address; the IPC contract caps it at 4096 characters too.
const MAX_MAILTO_LENGTH = 4096
// One plain address: no display name, no list, nothing percent-encoded, and no `&`, `=` or `?`, which some mail apps
// read as the start of headers ("mailto:a&cc=evil@x.com" would add a copy).
const PLAIN_ADDRESS = /^[A-Za-z0-9.!#$'*+/^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/
// Hidden characters as the form fields define them (control characters, direction overrides such as U+202E, zero-width
// characters): a subject is one line, so none at all; a message keeps its line breaks and tabs.
const HAS_HIDDEN = {
  subject: (text: string) => hasHiddenCharacters(text),
  body: (text: string) => hasHiddenCharacters(text, { multiline: true }),
} as const

const NOT_PLAIN = say(systemRefusals.mailOnePlainAddress)
const ONLY_SUBJECT_AND_BODY = say(systemRefusals.mailOnlySubjectAndBody)
const HIDDEN_CHARACTERS = say(systemRefusals.mailHiddenCharacters)

type Param = keyof typeof HAS_HIDDEN
const isParam = (key: string): key is Param => key === 'subject' || key === 'body'

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

// Parsed by hand and rebuilt from what was checked, so the mail app receives exactly the address, subject and message that passed.
export function checkMailto(raw: string): LinkCheck {
  const parts = parseLink(raw, MAX_MAILTO_LENGTH) ? /^mailto:([^?#]*)(?:\?([^#]*))?$/i.exec(raw) : null
  if (!parts) return fail('not-allowed', NOT_PLAIN)
  const address = parts[1]!
  if (address !== '' && !PLAIN_ADDRESS.test(address)) return fail('not-allowed', NOT_PLAIN)
  const params: Partial<Record<Param, string>> = {}
  for (const pair of parts[2] ? parts[2].split('&') : []) {
    const equals = pair.indexOf('=')
    const key = equals < 0 ? pair : pair.slice(0, equals)
    if (!isParam(key) || params[key] !== undefined || equals < 0) return fail('not-allowed', ONLY_SUBJECT_AND_BODY)
    const value = decode(pair.slice(equals + 1))
    if (value === null) return fail('not-allowed', ONLY_SUBJECT_AND_BODY)
    if (HAS_HIDDEN[key](value)) return fail('not-allowed', HIDDEN_CHARACTERS)
    params[key] = value
  }
  const query = (['subject', 'body'] as const).flatMap((key) => (params[key] === undefined ? [] : [`${key}=${encodeURIComponent(params[key])}`]))
  return ok(`mailto:${address}${query.length > 0 ? `?${query.join('&')}` : ''}`)
}
