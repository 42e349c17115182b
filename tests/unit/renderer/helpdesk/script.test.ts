import { resolve } from 'node:path'
import { setupI18n } from '@lingui/core'
import { describe, expect, it } from 'vitest'
import { loadGuide } from '../../../../src-main/guide/load-guide'
import type { Guide, GuideItem } from '../../../../src-shared/guide-schema'
import { decodeStatus, encodeStatus } from '../../../../src-shared/status-code'
import type { StatusFields } from '../../../../src-shared/status-code'
import {
  deadlineWords,
  branchFromStatus,
  branchProfile,
  fixScript,
  itemScript,
  noteScript,
  sectionForStatus,
  sectionScript,
  waitsForSeed,
} from '../../../../src-renderer/src/helpdesk/script'
import { messages } from '../../../../src-renderer/src/locales/en/messages.po'

// The runbook's own words, in English from the catalog.
const i18n = setupI18n({ locale: 'en', locales: ['en-GB'], messages: { en: messages } })

const loaded = loadGuide(resolve('resources'))
if (!loaded.ok) throw new Error(loaded.error.message.id)
const guide: Guide = loaded.value
const status = (fields: Partial<StatusFields>): StatusFields => ({
  language: 'en',
  sectionIndex: 0,
  audience: 'vendor',
  seed: 'no',
  deadline: 'none',
  finished: false,
  ...fields,
})
// What the agent types, read back: the runbook is driven by the decoded code, so go through the real codec.
const decoded = (fields: Partial<StatusFields>): StatusFields => {
  const r = decodeStatus(encodeStatus(status(fields)))
  if (!r.ok) throw new Error(r.error.message.id)
  return r.value
}

describe('the runbook follows a decoded status code', () => {
  it('opens the section at the decoded place in the guide, by order', () => {
    guide.sections.forEach((section, index) => expect(sectionForStatus(guide, decoded({ sectionIndex: index })).id).toBe(section.id))
    expect(sectionForStatus(guide, decoded({ sectionIndex: 2 })).role).toBe('registration')
  })

  it('falls back to the first section when a code names a place this guide does not have', () => {
    const short: Guide = { ...guide, sections: guide.sections.slice(0, 3) }
    expect(sectionForStatus(short, decoded({ sectionIndex: 6 })).id).toBe(guide.sections[0]!.id)
  })

  it.each([
    ['yes', 'yes'],
    ['no', 'no'],
    ['unknown', 'unknown'],
  ] as const)('selects the user\'s audience and their SEED answer "%s" as given', (seed, expected) => {
    expect(branchFromStatus(decoded({ audience: 'offshore-odc', seed }), { audience: 'vendor', seed: 'no' })).toEqual({
      audience: 'offshore-odc',
      seed: expected,
    })
  })

  it("keeps the agent's branch for a code from before the user chose who they are", () => {
    const current = { audience: 'offshore-odc', seed: 'unknown' } as const
    expect(branchFromStatus(decoded({ audience: 'none', seed: 'no', sectionIndex: 0 }), current)).toBe(current)
  })

  it('always gives SEED to an offshore user not in an ODC', () => {
    expect(branchProfile({ audience: 'offshore-non-odc', seed: 'no' })).toEqual({ audience: 'offshore-non-odc', seed: 'yes' })
    expect(branchProfile({ audience: 'offshore-non-odc', seed: 'unknown' })).toEqual({ audience: 'offshore-non-odc', seed: 'yes' })
    expect(branchProfile({ audience: 'vendor', seed: 'unknown' })).toEqual({ audience: 'vendor', seed: 'unknown' })
  })
})

describe('script lines', () => {
  const item = (extra: Partial<GuideItem>): GuideItem => ({
    id: 'x',
    label: 'Open the registration link in the registration email',
    done: { by: 'attest', requires: [] },
    ...extra,
  })

  it('use the agent wording from the guide', () => {
    expect(itemScript(i18n, item({ agentText: 'Ask the user to open the registration link in their email.' }))).toBe(
      'Ask the user to open the registration link in their email.',
    )
    const policies = guide.sections.find((s) => s.role === 'policies')!
    expect(sectionScript(policies)).toBe(policies.agentText)
    expect(fixScript(policies.troubleshooting[0]!)).toBe(policies.troubleshooting[0]!.agentText)
  })

  it("say plainly that they quote the user's checklist when the guide has no agent wording", () => {
    expect(itemScript(i18n, item({}))).toBe("The user's checklist says: “Open the registration link in the registration email”")
    expect(noteScript(i18n, { tone: 'info', text: 'Register within 5 days.' })).toBe("The user's screen says: “Register within 5 days.”")
    expect(fixScript({ problem: 'p', fix: 'Check your spam folder.' })).toBe('Check your spam folder.')
  })

  it('mark a SEED-only step as waiting only while the user does not know their SEED answer', () => {
    const aup = guide.sections.flatMap((s) => s.items).find((i) => i.seedOnly)!
    expect(waitsForSeed(aup, { audience: 'vendor', seed: 'unknown' })).toBe(true)
    expect(waitsForSeed(aup, { audience: 'vendor', seed: 'yes' })).toBe(false)
    expect(waitsForSeed(aup, { audience: 'offshore-non-odc', seed: 'unknown' })).toBe(false)
    expect(waitsForSeed(item({}), { audience: 'vendor', seed: 'unknown' })).toBe(false)
  })
})

describe('the deadline, as the decoder says it', () => {
  it('says a finished user has no deadline because every step is done', () => {
    expect(deadlineWords(i18n, decoded({ sectionIndex: 7, finished: true }))).toBe('No deadline: every step is done')
  })

  it('says "No deadline yet" only for a user who has not finished', () => {
    expect(deadlineWords(i18n, decoded({ sectionIndex: 7 }))).toBe('No deadline yet')
    expect(deadlineWords(i18n, decoded({ sectionIndex: 0 }))).toBe('No deadline yet')
    expect(deadlineWords(i18n, decoded({ sectionIndex: 2, deadline: 'expired' }))).toBe('Expired')
  })
})
