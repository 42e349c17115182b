import { describe, expect, it } from 'vitest'
import { checklistSlice } from '../../../src-main/checklist/slice'
import type { ChecklistState } from '../../../src-main/checklist/slice'
import type { TextContext } from '../../../src-main/registry/slice'

const text: TextContext = {
  when: (iso) => iso.slice(0, 16).replace('T', ' '),
  sectionName: (role) => role,
  itemLabel: (_role, item) => item,
  policyTitle: (id) => id,
}

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
    expect(lines.registration).toEqual(['submit-form: confirmed as done on 2026-11-26'])
    expect(lines.finish).toEqual(['verify-login: confirmed on 2026-11-29 03:00'])
  })
})
