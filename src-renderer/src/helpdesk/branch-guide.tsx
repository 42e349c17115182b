import type { ReactNode } from 'react'
import { audiences, seedAnswers, seedRule } from '../../../src-shared/profile'
import { audienceLabel, seedLabel } from '../../../src-shared/labels'
import type { SeedAnswer } from '../../../src-shared/profile'
import { useApp } from '../state/store-context'
import { RunbookStep } from './runbook-step'
import { branchProfile } from './script'
import type { Branch } from './script'
import { StepTabs } from './step-tabs'

const seedChoice: Record<SeedAnswer, string> = { yes: 'Yes', no: 'No', unknown: 'Not known yet' }

interface Props {
  branch: Branch
  onBranch(branch: Branch): void
  selectedId: string
  onSelect(sectionId: string): void
  userAt: string | null
  actions: ReactNode
}

// Every step for one branch (audience and SEED answer), one tab per step. Nothing is entered or saved.
export function BranchGuide({ branch, onBranch, selectedId, onSelect, userAt, actions }: Props) {
  const guide = useApp((s) => s.guide)
  if (!guide) return null
  const forced = seedRule(branch.audience)
  const profile = branchProfile(branch)
  return (
    <section className="runbook" aria-labelledby="runbook-title">
      <h2 id="runbook-title">
        Runbook: {audienceLabel[profile.audience]}, {seedLabel[profile.seed]}
      </h2>
      <div className="branch no-print" role="group" aria-label="Branch">
        <fieldset className="choice">
          <legend>Who is the user?</legend>
          {audiences.map((a) => (
            <label key={a} className="choice-option">
              <input type="radio" name="guide-audience" checked={profile.audience === a} onChange={() => onBranch({ audience: a, seed: branch.seed })} />
              {audienceLabel[a]}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice">
          <legend>SEED provisioned?</legend>
          {seedAnswers.map((answer) => (
            <label key={answer} className="choice-option">
              <input
                type="radio"
                name="guide-seed"
                disabled={forced.forced && answer !== 'yes'}
                checked={profile.seed === answer}
                onChange={() => onBranch({ audience: branch.audience, seed: answer })}
              />
              {seedChoice[answer]}
            </label>
          ))}
          {forced.reason && <p className="hint">{forced.reason}</p>}
          {profile.seed === 'unknown' && <p className="hint">Step 6 cannot be finished until the user knows. Ask them to check with their project manager.</p>}
        </fieldset>
      </div>
      <StepTabs
        sections={guide.sections}
        selectedId={selectedId}
        userAt={userAt}
        onSelect={onSelect}
        panel={(section) => <RunbookStep section={section} branch={profile} />}
      />
      {actions}
    </section>
  )
}
