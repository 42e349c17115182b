import { applies, noteApplies } from '../../../src-shared/applies'
import { audienceLabel, audiences, seedLabel, seedRule } from '../../../src-shared/profile'
import type { Audience } from '../../../src-shared/profile'
import { sectionEyebrow } from '../../../src-shared/labels'
import { useApp } from '../state/store-context'

// Every step for one branch (audience and SEED), with its notes and troubleshooting. Nothing is entered or saved.
export function BranchGuide({ audience, seed, onChange }: { audience: Audience; seed: boolean; onChange(audience: Audience, seed: boolean): void }) {
  const guide = useApp((s) => s.guide)
  if (!guide) return null
  const forced = seedRule(audience)
  const profile = { audience, seed: forced.forced || seed ? ('yes' as const) : ('no' as const) }
  return (
    <section className="runbook" aria-labelledby="runbook-title">
      <h2 id="runbook-title">
        Runbook: {audienceLabel[audience]}, {seedLabel[profile.seed]}
      </h2>
      <div className="branch no-print" role="group" aria-label="Branch">
        <fieldset className="choice">
          <legend>Who is the user?</legend>
          {audiences.map((a) => (
            <label key={a} className="choice-option">
              <input type="radio" name="guide-audience" checked={audience === a} onChange={() => onChange(a, seed)} />
              {audienceLabel[a]}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice">
          <legend>SEED provisioned?</legend>
          <label className="choice-option">
            <input type="radio" name="guide-seed" checked={profile.seed === 'yes'} onChange={() => onChange(audience, true)} />
            Yes
          </label>
          <label className="choice-option">
            <input type="radio" name="guide-seed" disabled={forced.forced} checked={profile.seed !== 'yes'} onChange={() => onChange(audience, false)} />
            No
          </label>
          {forced.reason && <p className="hint">{forced.reason}</p>}
        </fieldset>
      </div>
      <ol className="runbook-steps">
        {guide.sections.map((section) => (
          <li key={section.id} className="runbook-step">
            <h3>
              <span className="eyebrow">{sectionEyebrow(section)}</span> {section.title}
            </h3>
            <p>{section.summary}</p>
            {section.notes.filter((n) => noteApplies(n, profile)).map((n) => (
              <p key={n.text} className={`callout callout-${n.tone}`}>
                {n.text}
              </p>
            ))}
            <ul>
              {section.items
                .filter((item) => applies(item, profile))
                .map((item) => (
                  <li key={item.id}>
                    {item.label}
                    {item.detail ? <span className="item-detail"> ({item.detail})</span> : null}
                  </li>
                ))}
            </ul>
            {section.troubleshooting.length > 0 && (
              <dl className="runbook-trouble">
                {section.troubleshooting.map((t) => (
                  <div key={t.problem}>
                    <dt>If: {t.problem}</dt>
                    <dd>Then: {t.fix}</dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
