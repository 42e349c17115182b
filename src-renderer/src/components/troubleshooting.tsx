import type { GuideSection } from '../../../src-shared/guide-schema'

export function Troubleshooting({ section }: { section: GuideSection }) {
  if (section.troubleshooting.length === 0) return null
  return (
    <details className="troubleshooting">
      <summary>Having trouble with this step?</summary>
      <dl>
        {section.troubleshooting.map((t) => (
          <div key={t.problem}>
            <dt>{t.problem}</dt>
            <dd>{t.fix}</dd>
          </div>
        ))}
      </dl>
    </details>
  )
}
