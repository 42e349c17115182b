import { msg } from '@lingui/core/macro'
import type { MessageDescriptor } from '@lingui/core'
import { Trans, useLingui } from '@lingui/react/macro'
import type { ReactNode } from 'react'
import { audiences, seedAnswers, seedRule } from '../../../src-shared/profile'
import type { SeedAnswer } from '../../../src-shared/profile'
import { useFieldSay } from '../i18n/field-say'
import { useApp } from '../state/store-context'
import { audienceWords, seedWords } from '../steps/words'
import { RunbookStep } from './runbook-step'
import { branchProfile } from './script'
import type { Branch } from './script'
import { StepTabs } from './step-tabs'
import type { UserScreen } from './user-screen'

const seedChoice: Record<SeedAnswer, MessageDescriptor> = { yes: msg`Yes`, no: msg`No`, unknown: msg`Not known yet` }

interface Props {
  branch: Branch
  onBranch(branch: Branch): void
  selectedId: string
  onSelect(sectionId: string): void
  userAt: string | null
  /** The user's app, when it is in another language than the agent's. */
  userScreen: UserScreen | null
  actions: ReactNode
}

// Every step for one branch (audience and SEED answer), one tab per step. Nothing is entered or saved.
export function BranchGuide({ branch, onBranch, selectedId, onSelect, userAt, userScreen, actions }: Props) {
  const guide = useApp((s) => s.guide)
  const { i18n, t } = useLingui()
  const say = useFieldSay()
  if (!guide) return null
  const forced = seedRule(branch.audience)
  const profile = branchProfile(branch)
  const audience = i18n._(audienceWords[profile.audience])
  const seed = i18n._(seedWords[profile.seed])
  return (
    <section className="runbook" aria-labelledby="runbook-title">
      <h2 id="runbook-title">
        <Trans>
          Runbook: {audience}, {seed}
        </Trans>
      </h2>
      <div
        className="branch no-print"
        role="group"
        aria-label={t({ message: 'Branch', comment: 'Which path through the guide: who the user is and their SEED answer.' })}
      >
        <fieldset className="choice">
          <legend>
            <Trans>Who is the user?</Trans>
          </legend>
          {audiences.map((a) => (
            <label key={a} className="choice-option">
              <input type="radio" name="guide-audience" checked={profile.audience === a} onChange={() => onBranch({ audience: a, seed: branch.seed })} />
              {i18n._(audienceWords[a])}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice">
          <legend>
            <Trans>SEED provisioned?</Trans>
          </legend>
          {seedAnswers.map((answer) => (
            <label key={answer} className="choice-option">
              <input
                type="radio"
                name="guide-seed"
                disabled={forced.forced && answer !== 'yes'}
                checked={profile.seed === answer}
                onChange={() => onBranch({ audience: branch.audience, seed: answer })}
              />
              {i18n._(seedChoice[answer])}
            </label>
          ))}
          {forced.reason && <p className="hint">{say(forced.reason)}</p>}
          {profile.seed === 'unknown' && (
            <p className="hint">
              <Trans>Step 6 cannot be finished until the user knows. Ask them to check with their project manager.</Trans>
            </p>
          )}
        </fieldset>
      </div>
      <StepTabs
        sections={guide.sections}
        selectedId={selectedId}
        userAt={userAt}
        onSelect={onSelect}
        panel={(section) => <RunbookStep section={section} branch={profile} userScreen={userScreen} />}
      />
      {actions}
    </section>
  )
}
