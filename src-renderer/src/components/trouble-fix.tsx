import type { Troubleshooting } from '../../../src-shared/guide-schema'

// An answer from the official guide is said plainly; a helpdesk tip says that it is one, and where it comes from.
export function TroubleFix({ trouble, text }: { trouble: Troubleshooting; text: string }) {
  return (
    <dd>
      {trouble.tip && <strong className="tip-label">Helpdesk tip: </strong>}
      {text}
      {trouble.tip && <span className="tip-source"> Not from the official guide. Source: {trouble.tip.source}.</span>}
    </dd>
  )
}
