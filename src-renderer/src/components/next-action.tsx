import { Trans, useLingui } from '@lingui/react/macro'
import { memo } from 'react'
import type { GuideSection } from '../../../src-shared/guide-schema'
import { useApp } from '../state/store-context'
import { DeadlineLine } from './deadline'
import { sectionShortName } from '../words/labels'
import { SeedRequestButtons } from './seed-request'
import { useNextTitle, useSay } from '../state/use-say'
import './next-action.css'

interface Props {
  /** The section on screen: the card's button goes to the action's own step, or back to its task here. */
  here: GuideSection
  /** The page already says why it waits (its status reason), so the card does not say it again. */
  reasonShown: boolean
}

// Always names the one next thing to do, with the deadline; its button is the screen's one primary button when it has one.
export const NextAction = memo(function NextAction({ here, reasonShown }: Props) {
  const { i18n } = useLingui()
  const action = useApp((s) => s.snapshot?.nextAction)
  const target = useApp((s) => s.guide?.sections.find((x) => x.id === s.snapshot?.nextAction.sectionId))
  const select = useApp((s) => s.select)
  const setOverview = useApp((s) => s.setOverview)
  const sayText = useSay()
  const titleOf = useNextTitle()
  if (!action || !target) return null
  const isHere = target.id === here.id
  const where = sectionShortName(i18n, target)
  // The detail names where the action is, or why; a page that already says why (its status reason) does not hear it twice.
  const detail = action.kind === 'renew' ? !reasonShown : action.kind === 'seed-unknown' || action.kind === 'seed-request' || !isHere
  return (
    <section className={`next-action next-${action.kind}`} aria-labelledby="next-action-title" data-testid="next-action">
      <div className="next-text">
        <h2 id="next-action-title" className="eyebrow">
          {action.kind === 'done' ? <Trans>All done</Trans> : <Trans>Your next action</Trans>}
        </h2>
        <p className="next-title" id="next-action-what">
          {titleOf(action)}
        </p>
        {detail && <p className="next-detail">{sayText(action.detail)}</p>}
        <DeadlineLine />
      </div>
      {action.kind === 'seed-request' ? (
        <SeedRequestButtons lead />
      ) : !isHere ? (
        <button type="button" className="button primary" onClick={() => select(target.id)}>
          <Trans comment="{where} is a step, such as Step 2">Go to {where}</Trans>
        </button>
      ) : action.itemId !== null ? (
        // The card opens the task, where its instruction is; it never confirms anything blind.
        <button type="button" className="button primary" onClick={() => setOverview(false)}>
          <Trans>Back to your task</Trans>
        </button>
      ) : null}
    </section>
  )
})
