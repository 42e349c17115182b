import { applies, noteApplies, troubleApplies } from '../../../src-shared/applies'
import type { GuideSection } from '../../../src-shared/guide-schema'
import { sectionName } from '../../../src-shared/labels'
import { TroubleFix } from '../components/trouble-fix'
import { branchProfile, fixScript, itemScript, noteScript, sectionScript, waitsForSeed } from './script'
import type { Branch } from './script'

// One step of the runbook for one branch, in the agent's words: what to ask, and what to say when something goes wrong.
export function RunbookStep({ section, branch }: { section: GuideSection; branch: Branch }) {
  const profile = branchProfile(branch)
  const trouble = section.troubleshooting.filter((t) => troubleApplies(t, profile))
  return (
    <>
      <h3>{sectionName(section)}</h3>
      <p>{sectionScript(section)}</p>
      {section.notes
        .filter((n) => noteApplies(n, profile))
        .map((n) => (
          <p key={n.text} className={`callout callout-${n.tone}`}>
            {noteScript(n)}
          </p>
        ))}
      <h4>On the call</h4>
      <ol className="runbook-script" data-testid="runbook-script">
        {section.items
          .filter((item) => applies(item, profile))
          .map((item) => (
            <li key={item.id}>
              {itemScript(item)}
              {waitsForSeed(item, branch) && <span className="runbook-tag"> Only if SEED turns out to be provisioned.</span>}
            </li>
          ))}
      </ol>
      {trouble.length > 0 && (
        <>
          <h4>If the user says</h4>
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
