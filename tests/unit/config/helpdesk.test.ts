import { describe, expect, it } from 'vitest'
import { helpdeskSchema } from '../../../src-main/config/helpdesk'
import { loadPhoneFormat } from '../../../src-main/config/helpdesk-phone'
import { configKinds } from '../../../src-shared/messages/config'

const checked = async () => helpdeskSchema(await loadPhoneFormat())
const messagesOf = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? []
// The rules' messages are ids of what the value must be; plain-issues.ts says them (config-file.test.ts reads the words).
const PHONE = configKinds.phone.id

describe('helpdeskSchema', () => {
  it('accepts a full entry, trimmed, with the phone in international format', async () => {
    const schema = await checked()
    expect(schema.parse({ phone: ' +6561234567 ', email: ' techpass-help@agency.gov.sg ', hours: ' Mon to Fri, 9 am to 6 pm ' })).toEqual({
      phone: '+65 6123 4567',
      email: 'techpass-help@agency.gov.sg',
      hours: 'Mon to Fri, 9 am to 6 pm',
    })
  })

  it.each([
    ['+65-6123-4567', '+65 6123 4567'],
    ['+65 (6123) 4567', '+65 6123 4567'],
    ['+6518001234567', '+65 1800 123 4567'],
    ['+91 80 4567 8900', '+91 80 4567 8900'],
    ['+65 6123 4567 ext. 12', '+65 6123 4567 ext. 12'],
  ])('normalises the phone %s to %s', async (phone, shown) => {
    expect((await checked()).parse({ phone })).toEqual({ phone: shown })
  })

  it('accepts each part on its own, and an empty entry', async () => {
    const schema = await checked()
    expect(schema.parse({ email: 'help@agency.gov.sg' })).toEqual({ email: 'help@agency.gov.sg' })
    expect(schema.parse({ hours: '24 hours' })).toEqual({ hours: '24 hours' })
    expect(schema.parse({})).toEqual({})
  })

  it.each([
    ['a number that cannot exist', '+65 1234 5678'],
    ['too few digits', '+65 6123 456'],
    ['no country code', '6123 4567'],
    ['00 instead of +', '0065 6123 4567'],
    ['letters', '+65 6123 HELP'],
    ['an empty phone', '  '],
    ['a zero-width space', '+65 6123\u200b4567'],
    ['more than 40 characters', `+65 ${'6'.repeat(40)}`],
  ])('refuses %s as the phone', async (_name, phone) => {
    expect(messagesOf((await checked()).safeParse({ phone }))).toContain(PHONE)
  })

  it('without the phone rules, checks only the shape and leaves the phone out', () => {
    expect(helpdeskSchema().parse({ phone: '+65 1234 5678', hours: '24 hours' })).toEqual({ hours: '24 hours' })
    expect(messagesOf(helpdeskSchema().safeParse({ phone: '6123 4567' }))).toEqual([PHONE])
  })

  it.each([
    ['two addresses', 'a@agency.gov.sg, b@agency.gov.sg'],
    ['a name and an address', 'Helpdesk <help@agency.gov.sg>'],
    ['no domain', 'help@'],
    ['a mailto: link', 'mailto:help@agency.gov.sg'],
  ])('refuses %s as the email', (_name, email) => {
    expect(messagesOf(helpdeskSchema().safeParse({ email }))).toContain(configKinds.email.id)
  })

  it.each([
    ['a right-to-left override', 'Mon\u202eFri'],
    ['a line break', '9 am\n6 pm'],
    ['an empty text', ''],
    ['more than 100 characters', 'x'.repeat(101)],
  ])('refuses %s as the hours', (_name, hours) => {
    expect(messagesOf(helpdeskSchema().safeParse({ hours }))).toContain(configKinds.hours.id)
  })
})
