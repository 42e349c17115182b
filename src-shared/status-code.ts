import { LANGUAGES } from './languages'
import type { Language } from './languages'
import { say } from './message'
import { statusCodeProblems as problem } from './messages/status-code'
import { fail, ok } from './result'
import type { Result } from './result'

// A short code a user reads out on the phone: step (and whether every step is done), audience, SEED and deadline
// state and the user's language, with a check character. No personal data: 15 bits in three Crockford Base32
// characters, plus a Luhn mod 32 check character.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const N = ALPHABET.length
const VERSION = 1
const LAST = 7

export const statusAudiences = ['none', 'vendor', 'offshore-odc', 'offshore-non-odc'] as const
export const statusDeadlines = ['none', 'fine', 'soon', 'last-day', 'expired', 'renewing'] as const

export interface StatusFields {
  /** Index of the current section in the guide (0 to 7). */
  sectionIndex: number
  audience: (typeof statusAudiences)[number]
  seed: 'yes' | 'no' | 'unknown'
  deadline: (typeof statusDeadlines)[number]
  /** Every step is done: the last section (7) is where the user finished, not where they are still working. */
  finished: boolean
  /** The language the user sees, so the agent can name their buttons; codes from before languages decode as English. */
  language: Language
}

// Luhn mod N: catches every single-character substitution (and most swaps of neighbours).
function checkChar(payload: string): string {
  let sum = 0
  let factor = 2
  for (let i = payload.length - 1; i >= 0; i--) {
    const product = factor * ALPHABET.indexOf(payload[i]!)
    sum += Math.floor(product / N) + (product % N)
    factor = factor === 2 ? 1 : 2
  }
  return ALPHABET[(N - (sum % N)) % N]!
}

export function encodeStatus(f: StatusFields): string {
  if (!Number.isInteger(f.sectionIndex) || f.sectionIndex < 0 || f.sectionIndex > 7) throw new RangeError('sectionIndex must be 0 to 7')
  if (f.finished && f.sectionIndex !== LAST) throw new RangeError('only the last section (7) can be finished')
  let bits = VERSION
  bits = (bits << 3) | f.sectionIndex
  bits = (bits << 2) | statusAudiences.indexOf(f.audience)
  bits = (bits << 1) | (f.seed === 'yes' ? 1 : 0)
  bits = (bits << 3) | statusDeadlines.indexOf(f.deadline)
  // The last four bits: SEED not known yet, every step done, and two for the language (0, English, in older codes).
  bits = (bits << 4) | (f.seed === 'unknown' ? 8 : 0) | (f.finished ? 4 : 0) | Math.max(0, LANGUAGES.indexOf(f.language))
  const payload = [10, 5, 0].map((shift) => ALPHABET[(bits >> shift) & 31]).join('')
  return `TP-${payload}-${checkChar(payload)}`
}

export type Decoded = Result<StatusFields>

// Forgiving about how it is typed (case, spaces, dashes, O for 0, I or L for 1), strict about what it says.
export function decodeStatus(input: string): Decoded {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/^TP/, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (cleaned.length !== 4) return fail('bad-input', say(problem.length))
  if ([...cleaned].some((c) => !ALPHABET.includes(c))) return fail('bad-input', say(problem.character))
  const payload = cleaned.slice(0, 3)
  if (checkChar(payload) !== cleaned[3]) return fail('bad-input', say(problem.typo))
  const bits = [...payload].reduce((acc, c) => (acc << 5) | ALPHABET.indexOf(c), 0)
  const version = bits >> 13
  const audience = statusAudiences[(bits >> 8) & 3]
  const deadline = statusDeadlines[(bits >> 4) & 7]
  const seedBit = ((bits >> 7) & 1) === 1
  const unknownBit = (bits & 8) === 8
  const finished = (bits & 4) === 4
  const sectionIndex = (bits >> 10) & 7
  const language = LANGUAGES[bits & 3]
  if (version !== VERSION || !audience || !deadline || !language || (seedBit && unknownBit) || (finished && sectionIndex !== LAST)) {
    return fail('bad-input', say(problem.version))
  }
  return ok({ sectionIndex, audience, seed: unknownBit ? 'unknown' : seedBit ? 'yes' : 'no', deadline, finished, language })
}
