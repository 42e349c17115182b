import { setupI18n } from '@lingui/core'
import { describe, expect, it } from 'vitest'
import { day, say } from '../../../src-shared/message'
import { bundleWords } from '../../../src-shared/messages/progress-bundle'
import { nextWords } from '../../../src-shared/messages/progress-next'
import { expiryWords } from '../../../src-shared/messages/progress-status'
import { summaryWords } from '../../../src-shared/messages/progress-summary'
import { timelineWords } from '../../../src-shared/messages/timeline-events'
import { nextTitle } from '../../../src-renderer/src/i18n/next-title'
import { sayWith } from '../../../src-renderer/src/i18n/say'
import { pseudoMessages, PSEUDO_OPEN } from '../../../src-renderer/src/i18n/pseudo'
import { messages } from '../../../src-renderer/src/locales/en/messages.po'
import { realGuide } from '../support/guide'
import { said } from '../support/said'

// The words main uses for progress, as English readers and translators get them.
describe('the next action’s own titles', () => {
  const titles = [nextWords.renew, nextWords.seedRequest, nextWords.profile, nextWords.seedUnknown, nextWords.done]

  it('name something to do: never a statement about the user ("I …", "The …", "My …")', () => {
    for (const title of titles) expect(said(say(title)), title.id).not.toMatch(/^(I|I'm|My|The|This|It|A|An|You|Your)\b/)
    expect(said(say(nextWords.seedUnknown))).toBe('Ask your project manager if you have SEED')
  })

  it('are said in the language on screen, and a checklist item’s title is the guide’s own words for it', () => {
    const guide = realGuide()
    const i18n = setupI18n({ locale: 'pseudo', locales: ['en-GB'], messages: { pseudo: pseudoMessages(messages) } })
    const renew = nextTitle((m) => sayWith({ i18n, guide }, m), guide, { title: say(nextWords.renew), sectionId: 'step-1', itemId: null })
    expect(renew.startsWith(PSEUDO_OPEN)).toBe(true)
    // The item's action where it has one (its label is a statement), else its label, from the guide on screen.
    expect(nextTitle((m) => sayWith({ i18n, guide }, m), guide, { title: null, sectionId: 'step-1', itemId: 'registration-email' })).toBe(
      'Wait for the registration email, then enter the date it arrived',
    )
    expect(nextTitle((m) => sayWith({ i18n, guide }, m), guide, { title: null, sectionId: 'step-1', itemId: 'contact-manager' })).toBe(
      'Contact your project manager or reporting officer',
    )
  })
})

describe('counts in progress messages', () => {
  it.each([
    [0, 'The 0 days to activate your account ended on 20 December 2026.'],
    [1, 'The 1 day to activate your account ended on 20 December 2026.'],
    [2, 'The 2 days to activate your account ended on 20 December 2026.'],
  ])('%i days to activate', (days, words) => {
    expect(said(say(expiryWords.activate, { days, due: day('2026-12-20') }))).toBe(words)
  })

  it.each([
    [1, 'You asked for a new invitation 1 time', 'Checked in full: the only event.', 'A practice code showed the phone clock about 1 second fast'],
    [2, 'You asked for a new invitation 2 times', 'Checked in full: all 2 events.', 'A practice code showed the phone clock about 2 seconds fast'],
  ])('%i, in the record, the bundle check and the timeline', (n, renewals, checked, clock) => {
    expect(said(say(summaryWords.renewals, { count: n }))).toBe(renewals)
    expect(said(say(bundleWords.checkedAll, { count: n }))).toBe(checked)
    expect(said(say(timelineWords.driftFast, { seconds: n }))).toBe(clock)
  })

  it.each([
    [0, 'expired (0 days ago)'],
    [1, 'expired (1 day ago)'],
    [2, 'expired (2 days ago)'],
  ])('a deadline %i days past', (ago, words) => {
    expect(said(say(bundleWords.expired, { kind: 'activate', due: day('2026-12-20'), ago }))).toBe(`Activate by 20 December 2026: ${words}`)
  })
})
