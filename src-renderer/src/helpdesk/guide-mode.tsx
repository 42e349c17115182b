import { useEffect, useRef, useState } from 'react'
import type { Audience } from '../../../src-shared/profile'
import { useApp } from '../state/store-context'
import { BranchGuide } from './branch-guide'
import { BundleReader } from './bundle-reader'
import { StatusDecoder } from './status-decoder'
import { savedAs } from '../state/save-notice'

// For helpdesk staff on the phone: every step and branch with troubleshooting, without entering any data.
export function GuideMode() {
  const run = useApp((s) => s.run)
  const notice = useApp((s) => s.notice)
  const [branch, setBranch] = useState<{ audience: Audience; seed: boolean }>({ audience: 'offshore-non-odc', seed: true })
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const print = async () => {
    await run((api) => api.print.pdf({ kind: 'runbook' }), { done: savedAs('the runbook') })
  }
  return (
    <main id="main" className="guide-mode">
      <p className="eyebrow">Helpdesk</p>
      <h1 ref={heading} tabIndex={-1}>
        Helpdesk guide
      </h1>
      <p className="summary no-print">Walk a user through any branch of the guide. Nothing here changes anyone’s progress.</p>
      <div className="no-print">
        <StatusDecoder onBranch={(audience, seed) => setBranch({ audience: audience as Audience, seed })} />
        <BundleReader />
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => void print()}>
            Print this runbook (PDF)…
          </button>
        </div>
        <p className={`notice ${notice?.tone === 'error' ? 'notice-error' : ''}`} role="status" aria-live="polite" data-testid="notice">
          {notice?.text ?? ''}
        </p>
      </div>
      <BranchGuide audience={branch.audience} seed={branch.seed} onChange={(audience, seed) => setBranch({ audience, seed })} />
    </main>
  )
}
