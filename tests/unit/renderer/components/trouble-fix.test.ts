import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { TroubleFix } from '../../../../src-renderer/src/components/trouble-fix'
import type { Troubleshooting } from '../../../../src-shared/guide-schema'

const html = (trouble: Troubleshooting, text = trouble.fix) => renderToStaticMarkup(createElement(TroubleFix, { trouble, text }))
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
