import { audienceLabel, seedLabel } from '../../../src-shared/labels'
import { useApp } from '../state/store-context'
import { sectionName } from '../../../src-shared/labels'
import { humanDate, humanTime } from '../format'
import { useSayContext } from '../i18n/use-say'
import { sayWith } from '../i18n/say'

// Only in print (and PDF): one page that lists every step with its date and evidence.
export function PrintSummary() {
  const guide = useApp((s) => s.guide)
  const snapshot = useApp((s) => s.snapshot)
  const org = useApp((s) => s.settings?.organisationName ?? 'TechPass')
  const said = useSayContext()
  if (!guide || !snapshot) return null
  return (
    <section className="print-summary" aria-label="Onboarding summary for printing" data-testid="print-summary">
      <h1>{org} onboarding summary</h1>
      <p>
        Printed {humanDate(snapshot.today)}. {snapshot.profile ? `${audienceLabel[snapshot.profile.audience]}; ${seedLabel[snapshot.profile.seed]}.` : ''}{' '}
        Status code {snapshot.statusCode}.
      </p>
      <table>
        <thead>
          <tr>
            <th>Step</th>
            <th>Done</th>
            <th>Evidence</th>
          </tr>
        </thead>
        <tbody>
          {guide.sections.map((section) => {
            const row = snapshot.summary.find((r) => r.sectionId === section.id)
            return (
              <tr key={section.id}>
                <td>{sectionName(section)}</td>
                <td>{row?.doneAt ? humanTime(row.doneAt) : 'Not finished'}</td>
                <td>{row && row.evidence.length > 0 ? row.evidence.map((e, i) => <div key={i}>{sayWith(said, e)}</div>) : '—'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
