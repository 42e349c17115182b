import { useSay } from '../i18n/use-say'
import { NONE, useApp } from '../state/store-context'

// Problems in the administrator's settings file: the app still works on its built-in settings, so this is calm and folded.
export function ConfigNotices() {
  const notices = useApp((s) => s.settings?.notices ?? NONE)
  const sayText = useSay()
  if (notices.length === 0) return null
  const count = notices.length === 1 ? 'one problem' : `${notices.length} problems`
  return (
    <section className="config-notices" aria-labelledby="config-notices-title" data-testid="config-notices">
      <h2 id="config-notices-title">Settings from your administrator: {count}</h2>
      <p>The assistant works normally, with its built-in settings where the administrator’s file is wrong. Please tell your administrator.</p>
      <details>
        <summary>What to tell your administrator</summary>
        <ul>
          {notices.map((n, i) => (
            <li key={i}>{sayText(n)}</li>
          ))}
        </ul>
      </details>
    </section>
  )
}
