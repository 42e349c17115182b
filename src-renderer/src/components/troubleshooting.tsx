import { Trans } from '@lingui/react/macro'
import { memo } from 'react'
import { troubleApplies } from '../../../src-shared/applies'
import type { GuideSection } from '../../../src-shared/guide-schema'
import { useApp } from '../state/store-context'
import { TroubleFix } from '../words/trouble-fix'
import './troubleshooting.css'

// The problems a user of this step can have; a SEED-only one only once they have said SEED is provisioned.
export const Troubleshooting = memo(function Troubleshooting({ section }: { section: GuideSection }) {
  const profile = useApp((s) => s.snapshot?.profile ?? null)
  const trouble = section.troubleshooting.filter((t) => troubleApplies(t, profile))
  if (trouble.length === 0) return null
  return (
    <details className="troubleshooting">
      <summary>
        <Trans>Having trouble with this step?</Trans>
      </summary>
      <dl>
        {trouble.map((t) => (
          <div key={t.problem}>
            <dt>{t.problem}</dt>
            <TroubleFix trouble={t} text={t.fix} />
          </div>
        ))}
      </dl>
    </details>
  )
})
