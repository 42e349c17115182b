import { Trans } from '@lingui/react/macro'
import { useEffect, useRef, useState } from 'react'
import type { StatusFields } from '../../../src-shared/status-code'
import { useSay } from '../state/use-say'
import { useApp } from '../state/store-context'
import { BranchGuide } from './branch-guide'
import { BundleReader } from './bundle-reader'
import { ManagedSettings } from './managed-settings'
import { branchFromStatus, sectionForStatus } from './script'
import type { Branch } from './script'
import { StatusDecoder } from './status-decoder'
import { savedAs } from '../state/save-notice'
import { useUserScreen } from './user-screen'
import type { Language } from '../../../src-shared/languages'
import './helpdesk.css'

// For helpdesk staff on the phone: the decoder beside the runbook, every step and branch, without entering any data.
export function GuideMode() {
  const guide = useApp((s) => s.guide)
  const run = useApp((s) => s.run)
  const notice = useApp((s) => s.notice)
  const sayText = useSay()
  const [branch, setBranch] = useState<Branch>({ audience: 'offshore-non-odc', seed: 'yes' })
  const [selectedId, setSelectedId] = useState(guide?.sections[0]?.id ?? '')
  const [userAt, setUserAt] = useState<string | null>(null)
  // The language of the user's app: from their status code, or picked by the agent when the user reads out words instead.
  const [userLanguage, setUserLanguage] = useState<Language | null>(null)
  const userScreen = useUserScreen(userLanguage)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  if (!guide) return null
  const decoded = (status: StatusFields) => {
    const section = sectionForStatus(guide, status)
    setBranch(branchFromStatus(status, branch))
    setSelectedId(section.id)
    setUserAt(section.id)
    setUserLanguage(status.language)
  }
  const print = async () => {
    await run((api) => api.print.pdf({ kind: 'runbook' }), { done: savedAs('runbook') })
  }
  return (
    <main id="main" className="guide-mode">
      <h1 ref={heading} tabIndex={-1}>
        <Trans>Helpdesk guide</Trans>
      </h1>
      <p className="summary no-print">
        <Trans>Walk a user through any branch of the guide. Nothing here changes anyone’s progress.</Trans>
      </p>
      <div className="helpdesk">
        <div className="helpdesk-decoder no-print">
          <StatusDecoder onDecoded={decoded} userLanguage={userLanguage} onUserLanguage={setUserLanguage} />
        </div>
        <BranchGuide
          branch={branch}
          onBranch={setBranch}
          selectedId={selectedId}
          onSelect={setSelectedId}
          userAt={userAt}
          userScreen={userScreen}
          actions={
            <div className="runbook-actions no-print">
              <button type="button" className="button secondary" onClick={() => void print()}>
                <Trans>Print this runbook (PDF)…</Trans>
              </button>
              <p className={`notice ${notice?.tone === 'error' ? 'notice-error' : ''}`} role="status" aria-live="polite" data-testid="notice">
                {notice ? sayText(notice.text) : ''}
              </p>
            </div>
          }
        />
        <div className="helpdesk-bundle no-print">
          <BundleReader onDecoded={decoded} />
        </div>
      </div>
      <ManagedSettings />
    </main>
  )
}
