import { Trans, useLingui } from '@lingui/react/macro'
import { useApp } from '../state/store-context'
import { humanDate, humanTime } from '../format'
import { audienceWords, sectionName, seedWords } from '../words/labels'
import { useSay } from '../state/use-say'
import './print-summary.css'

// Only in print (and PDF): one page that lists every step with its date and evidence.
export function PrintSummary() {
  const { i18n, t } = useLingui()
  const guide = useApp((s) => s.guide)
  const snapshot = useApp((s) => s.snapshot)
  const org = useApp((s) => s.settings?.organisationName ?? 'TechPass')
  const sayText = useSay()
  if (!guide || !snapshot) return null
  const printed = humanDate(snapshot.today)
  const code = snapshot.statusCode
  const audience = snapshot.profile ? i18n._(audienceWords[snapshot.profile.audience]) : null
  const seed = snapshot.profile ? i18n._(seedWords[snapshot.profile.seed]) : null
  return (
    <section className="print-summary" aria-label={t`Summary to print`} data-testid="print-summary">
      <h1>
        <Trans comment="{org} is the organisation's name">{org} onboarding summary</Trans>
      </h1>
      <p>
        <Trans>Printed on {printed}.</Trans>{' '}
        {audience && seed && (
          <>
            <Trans comment="Who the user is, then whether SEED is set up for them">
              {audience}; {seed}.
            </Trans>{' '}
          </>
        )}
        <Trans>Status code {code}.</Trans>
      </p>
      <table>
        <thead>
          <tr>
            <th>
              <Trans comment="A column: the step">Step</Trans>
            </th>
            <th>
              <Trans context="column" comment="A column: when the step was done">
                Done
              </Trans>
            </th>
            <th>
              <Trans comment="A column: what the assistant recorded as proof that the step was done">Evidence</Trans>
            </th>
          </tr>
        </thead>
        <tbody>
          {guide.sections.map((section) => {
            const row = snapshot.summary.find((r) => r.sectionId === section.id)
            return (
              <tr key={section.id}>
                <td>{sectionName(i18n, section)}</td>
                <td>{row?.doneAt ? humanTime(row.doneAt) : t`Not finished`}</td>
                <td>{row && row.evidence.length > 0 ? row.evidence.map((e, i) => <div key={i}>{sayText(e)}</div>) : '—'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
