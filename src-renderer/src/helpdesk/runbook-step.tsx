import { Trans, useLingui } from '@lingui/react/macro'
import { applies, noteApplies, troubleApplies } from '../../../src-shared/applies'
import type { GuideSection } from '../../../src-shared/guide-schema'
import { TroubleFix } from '../words/trouble-fix'
import { useSectionNames } from '../steps/words'
import { branchProfile, fixScript, itemScript, noteScript, sectionScript, waitsForSeed } from './script'
import type { Branch } from './script'
import { UserScreenLabels } from './user-screen'
import type { UserScreen } from './user-screen'

// One step of the runbook for one branch, in the agent's words: what to ask, and what to say when something goes wrong.
// With a user whose app is in another language, the step's headings and buttons also in the user's words.
export function RunbookStep({ section, branch, userScreen }: { section: GuideSection; branch: Branch; userScreen: UserScreen | null }) {
  const profile = branchProfile(branch)
  const trouble = section.troubleshooting.filter((t) => troubleApplies(t, profile))
  const { i18n } = useLingui()
  const names = useSectionNames()
  return (
    <>
      <h3>{names.name(section)}</h3>
      <p>{sectionScript(section)}</p>
      {section.notes
        .filter((n) => noteApplies(n, profile))
        .map((n) => (
          <p key={n.text} className={`callout callout-${n.tone}`}>
            {noteScript(i18n, n)}
          </p>
        ))}
      {userScreen && <UserScreenLabels section={section} branch={profile} screen={userScreen} />}
      <h4>
        <Trans>On the call</Trans>
      </h4>
      <ol className="runbook-script" data-testid="runbook-script">
        {section.items
          .filter((item) => applies(item, profile))
          .map((item) => (
            <li key={item.id}>
              {itemScript(i18n, item)}
              {waitsForSeed(item, branch) && (
                <span className="runbook-tag">
                  {' '}
                  <Trans>Only if SEED turns out to be provisioned.</Trans>
                </span>
              )}
            </li>
          ))}
      </ol>
      {trouble.length > 0 && (
        <>
          <h4>
            <Trans>If the user says</Trans>
          </h4>
          <dl className="runbook-trouble">
            {trouble.map((t) => (
              <div key={t.problem}>
                <dt>“{t.problem}”</dt>
                <TroubleFix trouble={t} text={fixScript(t)} />
              </div>
            ))}
          </dl>
        </>
      )}
    </>
  )
}
