import { describe, expect, it } from 'vitest'
import { checklistSlice } from '../../../src-main/checklist/slice'
import type { ChecklistState } from '../../../src-main/checklist/slice'
import type { TextContext } from '../../../src-main/kit/slice'
import { said, shownAt } from '../support/said'

const text: TextContext = { step: (role) => role, policyTitle: (id) => id }

// The completion record says what the user confirmed: things done outside the app are never said as known.
describe('the checklist slice in the completion record', () => {
  it('says a confirmation with the day given as confirmed, never as plainly done', () => {
    const state: ChecklistState = {
      confirmed: {
        'registration/submit-form': { seq: 5, at: '2026-11-28T02:00:00.000Z', on: '2026-11-26' },
        'finish/verify-login': { seq: 9, at: '2026-11-29T03:00:00.000Z', on: null },
      },
      resetAfter: {},
      renewedAfter: 0,
    }
    const lines = checklistSlice.summary!(state, text)
    expect(lines.registration).toEqual([{ id: 'summary.item-done-on', values: { item: { item: 'registration/submit-form' }, day: { day: '2026-11-26' } } }])
    expect(lines.registration?.map(said)).toEqual(['Submit the registration form: confirmed as done on 26 November 2026'])
    expect(lines.finish?.map(said)).toEqual([`Verify that you can log in with TechPass: confirmed on ${shownAt('2026-11-29T03:00:00.000Z')}`])
  })
})
