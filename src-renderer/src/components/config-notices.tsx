import { Plural, Trans } from '@lingui/react/macro'
import { useSay } from '../state/use-say'
import { NONE, useApp } from '../state/store-context'
import './config-notices.css'

// Problems in the administrator's settings file: the app still works on its built-in settings, so this is calm and folded.
export function ConfigNotices() {
  const notices = useApp((s) => s.settings?.notices ?? NONE)
  const sayText = useSay()
  if (notices.length === 0) return null
  const count = notices.length
  return (
    <section className="config-notices" aria-labelledby="config-notices-title" data-testid="config-notices">
      <h2 id="config-notices-title">
        <Plural value={count} one="There is one problem in your administrator's settings" other="There are # problems in your administrator's settings" />
      </h2>
      <p>
        <Trans>
          Some settings from your administrator are wrong. For those, the assistant uses its own settings. Everything still works. Please tell your
          administrator.
        </Trans>
      </p>
      <details>
        <summary>
          <Trans>What to tell your administrator</Trans>
        </summary>
        <ul>
          {notices.map((n, i) => (
            <li key={i}>{sayText(n)}</li>
          ))}
        </ul>
      </details>
    </section>
  )
}
