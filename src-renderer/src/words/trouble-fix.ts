import { useLingui } from '@lingui/react/macro'
import { createElement as h } from 'react'
import type { Troubleshooting } from '../../../src-shared/guide-schema'

// An answer from the official guide is said plainly; a helpdesk tip says that it is one, and where it comes from.
// Plain TypeScript (no JSX), so its unit test renders it in Node.
export function TroubleFix({ trouble, text }: { trouble: Troubleshooting; text: string }) {
  const { t } = useLingui()
  const { tip } = trouble
  const source = tip?.source ?? ''
  return h(
    'dd',
    null,
    tip && h('strong', { className: 'tip-label' }, `${t`Helpdesk tip:`} `),
    text,
    tip && h('span', { className: 'tip-source' }, ` ${t`Not from the official guide. Source: ${source}.`}`),
  )
}
