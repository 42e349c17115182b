import { setupI18n } from '@lingui/core'
import { describe, expect, it } from 'vitest'
import { say, day } from '../../../src-shared/message'
import { storageFailures } from '../../../src-shared/messages/storage'
import { pseudoMessages, pseudoText, PSEUDO_OPEN, PSEUDO_CLOSE } from '../../../src-renderer/src/i18n/pseudo'
import { sayWith } from '../../../src-renderer/src/i18n/say'
import { messages } from '../../../src-renderer/src/locales/en/messages.po'
import { english } from '../../support/english'

describe('messages main sends', () => {
  it('are said in English from the catalog', () => {
    expect(english(say(storageFailures.draftFieldsUnknown))).toBe('Some of those fields are not part of this form, so nothing was kept.')
  })

  it('are said in the pseudo-locale with markers, longer text and placeholders kept', () => {
    const i18n = setupI18n({
      locale: 'pseudo',
      locales: ['en-GB'],
      messages: { pseudo: pseudoMessages({ ...messages, 'test.value': ['Done on ', ['when']] }) },
    })
    const out = sayWith({ i18n, guide: null }, { id: 'test.value', values: { when: day('2026-12-04') } })
    expect(out.startsWith(PSEUDO_OPEN)).toBe(true)
    expect(out.endsWith(PSEUDO_CLOSE)).toBe(true)
    expect(out).toContain('4 December 2026')
    expect(pseudoText('Save').length).toBeGreaterThanOrEqual(Math.ceil('Save'.length * 1.35))
  })
})
