import { setupI18n } from '@lingui/core'
import { I18nProvider } from '@lingui/react'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { TroubleFix } from '../../../../src-renderer/src/words/trouble-fix'
import { messages } from '../../../../src-renderer/src/locales/en/messages.po'
import type { Troubleshooting } from '../../../../src-shared/guide-schema'

// Rendered as an English reader sees it, from the English catalog.
const i18n = setupI18n({ locale: 'en', locales: ['en-GB'], messages: { en: messages } })
const html = (trouble: Troubleshooting, text = trouble.fix) =>
  renderToStaticMarkup(createElement(I18nProvider, { i18n }, createElement(TroubleFix, { trouble, text })))
const fromGuide: Troubleshooting = { problem: 'The link does not work.', fix: 'Request a new invitation.' }
const tip: Troubleshooting = { problem: 'No email came.', fix: 'Check your junk folder.', tip: { source: 'helpdesk practice' } }

// The same answer in the user's help and in the helpdesk runbook: a tip is labelled, with its source, in both.
describe('a troubleshooting answer', () => {
  it('from the official guide is said plainly, with no tip label', () => {
    expect(html(fromGuide)).toBe('<dd>Request a new invitation.</dd>')
  })

  it('that is a helpdesk tip says so, and where it comes from', () => {
    const shown = html(tip)
    expect(shown).toMatch(/^<dd><strong[^>]*>Helpdesk tip: <\/strong>Check your junk folder\./)
    expect(shown).toContain('Not from the official guide. Source: helpdesk practice.')
  })

  it('keeps the label and source when the runbook says it in the agent’s words', () => {
    const shown = html(tip, 'Ask them to check their junk folder.')
    expect(shown).toContain('Helpdesk tip: </strong>Ask them to check their junk folder.')
    expect(shown).toContain('Source: helpdesk practice.')
  })
})
