import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasHiddenCharacters } from '../../../src-shared/fields'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { AppFailure } from '../../../src-main/errors'
import { checkMailto } from '../../../src-main/system/mailto'
import { createSystemService } from '../../../src-main/system/system-service'
import { recordingPorts } from '../support/ports'
import { english } from '../../support/english'

const NOT_PLAIN = 'The assistant opens your mail app only with one plain email address, such as name@company.com, or with none.'
const ONLY_SUBJECT_AND_BODY =
  'The assistant opens your mail app only with a subject and a message. It does not add copies (cc or bcc), attachments or anything else.'
const HIDDEN_CHARACTERS =
  'The assistant opens your mail app only with a subject and a message that have no hidden characters, such as ones that turn text around. Nothing was opened.'

// What the request composer sends: no address, a subject and a body, each encoded.
const composed = (subject: string, body: string) => `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`

async function opened(url: string): Promise<{ opened: string[]; failure: AppFailure | null }> {
  const recorded = recordingPorts()
  const system = createSystemService(recorded.ports, DEFAULT_SETTINGS.externalAllowlist)
  try {
    await system.openExternal(url)
    return { opened: recorded.opened, failure: null }
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error
    return { opened: recorded.opened, failure: error }
  }
}

describe('mailto: opens only an address, a subject and a message', () => {
  it.each([
    ['no address and no parameters', 'mailto:'],
    ['one plain address', 'mailto:pm@acme.com'],
    ['an address with a plus and dots', 'mailto:ana.lim+techpass@mail.acme-offshore.co.in'],
    ['a subject and a body', composed('Request: TechPass account', 'Dear manager,\r\nPlease.\n\tThanks')],
    ['only a body', 'mailto:pm@acme.com?body=Hello'],
    ['empty values', 'mailto:?subject=&body='],
  ])('allows %s', async (_name, url) => {
    const result = await opened(url)
    expect(result.failure).toBeNull()
    expect(result.opened).toEqual([url])
  })

  it.each([
    ['attach', 'mailto:pm@acme.com?attach=/etc/passwd'],
    ['attachment', 'mailto:pm@acme.com?subject=Hi&attachment=C:%5CUsers%5Cana%5Cid_rsa'],
    ['cc', 'mailto:pm@acme.com?cc=evil@example.com'],
    ['bcc', `${composed('Hi', 'Body')}&bcc=evil@example.com`],
    ['to', 'mailto:?to=evil@example.com&subject=Hi'],
    ['a header in capitals', 'mailto:?CC=evil@example.com'],
    ['a subject in capitals', 'mailto:?Subject=Hi'],
    ['an encoded parameter name', 'mailto:?%63c=evil@example.com'],
    ['in-reply-to', 'mailto:?in-reply-to=%3Cx@y%3E'],
    ['a second subject', 'mailto:?subject=One&subject=Two'],
    ['a second body', 'mailto:?body=One&body=Two'],
    ['a parameter without a value', 'mailto:?subject'],
    ['an empty parameter', 'mailto:?subject=Hi&&body=x'],
    ['a broken percent sign', 'mailto:?subject=100%'],
  ])('refuses %s with its own plain message, never reaching the shell', async (_name, url) => {
    const result = await opened(url)
    expect(result.failure?.code).toBe('not-allowed')
    expect(result.failure && english(result.failure.said)).toBe(ONLY_SUBJECT_AND_BODY)
    expect(result.opened).toEqual([])
  })

  // Direction controls make a message read differently from what it holds; the request composer never sends them
  // (its fields refuse hidden characters), so only a tampered or pasted link carries them.
  it.each([
    ['a right-to-left override in the subject', composed('Request: \u202Etnuocca', 'Body')],
    ['a right-to-left override in the body', composed('Hi', 'Please pay \u202E0001 SGD')],
    ['a right-to-left isolate in the body', composed('Hi', 'a\u2067b\u2069c')],
    ['a right-to-left mark in the subject', composed('Hi\u200F', 'Body')],
    ['an Arabic letter mark in the body', composed('Hi', 'a\u061Cb')],
    ['a zero-width space in the subject', composed('H\u200Bi', 'Body')],
    ['a line separator in the body', composed('Hi', 'a\u2028b')],
    ['a C1 control in the body', composed('Hi', 'a\u009Bb')],
    ['a line break in the subject', 'mailto:?subject=Hi%0D%0ABcc:%20evil@example.com'],
    ['a tab in the subject', 'mailto:?subject=Hi%09there'],
    ['a NUL in the body', 'mailto:?body=a%00b'],
    ['an escape in the body', 'mailto:?body=a%1Bb'],
  ])('refuses %s as hidden characters, never reaching the shell', async (_name, url) => {
    const result = await opened(url)
    expect(result.failure?.code).toBe('not-allowed')
    expect(result.failure && english(result.failure.said)).toBe(HIDDEN_CHARACTERS)
    expect(result.opened).toEqual([])
  })

  it('allows the line breaks and tabs of an ordinary message in the body', async () => {
    const url = composed('Request: TechPass account', 'Dear manager,\n\nPlease.\r\n\tThanks')
    const result = await opened(url)
    expect(result.failure).toBeNull()
    expect(result.opened).toEqual([url])
  })

  it.each([
    ['two addresses', 'mailto:pm@acme.com,evil@example.com'],
    ['a copy hidden in the address with &', 'mailto:a&cc=evil@x.com'],
    ['an ampersand in the address', 'mailto:pm&x@acme.com'],
    ['an equals sign in the address', 'mailto:pm=x@acme.com'],
    ['a question mark before the at sign', 'mailto:pm?cc=evil@example.com'],
    ['two addresses with an encoded comma', 'mailto:pm@acme.com%2Cevil@example.com'],
    ['a display name', 'mailto:Ana%20Lim%20%3Cana@acme.com%3E'],
    ['an encoded at sign', 'mailto:pm%40acme.com'],
    ['no domain', 'mailto:pm@'],
    ['no dot in the domain', 'mailto:pm@localhost'],
    ['a fragment', 'mailto:pm@acme.com#x'],
    ['a raw space', 'mailto:pm@acme.com?subject=Hello there'],
    ['a raw newline', 'mailto:?body=a\nb'],
    ['a backslash', 'mailto:?body=a\\b'],
    ['a leading space', ' mailto:pm@acme.com'],
    ['more than 4,096 characters', `mailto:?body=${'x'.repeat(4090)}`],
  ])('refuses %s as not a plain address', (_name, url) => {
    const check = checkMailto(url)
    expect(check).toEqual({ ok: false, error: { code: 'not-allowed', message: { id: 'system.mail-one-plain-address' } } })
    expect(!check.ok && english(check.error.message)).toBe(NOT_PLAIN)
  })

  it('a mailto: with extra parameters never reaches the shell, whatever they are', async () => {
    const name = fc.stringMatching(/^[A-Za-z-]{1,12}$/).filter((n) => n !== 'subject' && n !== 'body')
    await fc.assert(
      fc.asyncProperty(name, fc.string({ maxLength: 20 }), async (key, value) => {
        const result = await opened(`${composed('Hi', 'There')}&${key}=${encodeURIComponent(value)}`)
        expect(result.opened).toEqual([])
        expect(result.failure && english(result.failure.said)).toBe(ONLY_SUBJECT_AND_BODY)
      }),
      { numRuns: 150 },
    )
  })

  it('any subject and message round-trip: the mail app gets exactly the text that was checked', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 60 }).filter((s) => !hasHiddenCharacters(s))
    fc.assert(
      fc.property(text, text, (subject, body) => {
        const check = checkMailto(composed(subject, body))
        if (!check.ok) throw new Error(check.error.message.id)
        const query = new URLSearchParams(check.value.slice('mailto:?'.length).replaceAll('+', '%2B'))
        expect([query.get('subject'), query.get('body')]).toEqual([subject, body])
      }),
      { numRuns: 200 },
    )
  })
})
