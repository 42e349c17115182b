import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { loadConfig } from '../../../src-main/config/config-file'
import { checkHelpdeskPhone } from '../../../src-main/config/helpdesk-phone'
import { useTempDirs } from '../support/temp-dir'
import { saidAll } from '../support/said'

const tempDir = useTempDirs()

function loaded(content: unknown) {
  const path = join(tempDir(), 'config.json')
  writeFileSync(path, JSON.stringify(content))
  return { path, config: loadConfig(path) }
}

const HELPDESK = { phone: '+6561234567', email: 'techpass-help@agency.gov.sg', hours: 'Mon to Fri, 9 am to 6 pm' }

describe('checkHelpdeskPhone', () => {
  it('applies a good phone in international format, with the rest of the file', async () => {
    const { config } = loaded({ organisationName: 'GovTech', helpdesk: HELPDESK })
    // Before the check the phone is left out, never shown unchecked.
    expect(config.settings.helpdesk).toEqual({ email: HELPDESK.email, hours: HELPDESK.hours })
    const checked = await checkHelpdeskPhone(config)
    expect(saidAll(checked.notices)).toEqual([])
    expect(checked.settings.helpdesk).toEqual({ ...HELPDESK, phone: '+65 6123 4567' })
    expect(checked.settings.organisationName).toBe('GovTech')
    expect(checked.phoneToCheck).toBeUndefined()
  })

  it('a number that cannot exist: the helpdesk keeps its default, with a notice, and the rest still applies', async () => {
    const { path, config } = loaded({ organisationName: 'GovTech', helpdesk: { ...HELPDESK, phone: '+65 1234 5678' } })
    const checked = await checkHelpdeskPhone(config)
    expect(saidAll(checked.notices)).toEqual([
      `The setting "helpdesk" in ${path} keeps its default, because helpdesk.phone must be a phone number with its country code, such as +65 6123 4567.`,
    ])
    expect(checked.settings.notices).toEqual(checked.notices)
    expect(checked.settings.helpdesk).toBeNull()
    expect(checked.settings.organisationName).toBe('GovTech')
  })

  it('without a phone, loads nothing and changes nothing', async () => {
    const load = vi.fn()
    const { config } = loaded({ helpdesk: { email: HELPDESK.email } })
    expect(await checkHelpdeskPhone(config, load)).toBe(config)
    expect(load).not.toHaveBeenCalled()
  })

  it('keeps notices in file order and counts those past the limit', async () => {
    const unknown = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`unknown${i}`, true]))
    const { path, config } = loaded({ ...unknown, helpdesk: { phone: '+65 1234 5678' } })
    const checked = await checkHelpdeskPhone(config)
    expect(saidAll(checked.notices)).toHaveLength(11)
    expect(saidAll(checked.notices).at(-1)).toBe(`${path} has 1 more problems like these.`)
  })

  it('if the phone rules cannot load, refuses the phone rather than show it unchecked', async () => {
    const { config } = loaded({ helpdesk: HELPDESK })
    const checked = await checkHelpdeskPhone(config, () => Promise.reject(new Error('no module')))
    expect(checked.settings.helpdesk).toBeNull()
    expect(saidAll(checked.notices)[0]).toMatch(/helpdesk\.phone must be a phone number/)
  })
})
