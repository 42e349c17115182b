import { NONE, useApp } from '../state/store-context'

// Problems in the administrator's configuration file: the app still works, on its defaults.
export function ConfigNotices() {
  const notices = useApp((s) => s.settings?.notices ?? NONE)
  if (notices.length === 0) return null
  return (
    <section className="config-notices" role="alert" aria-labelledby="config-notices-title" data-testid="config-notices">
      <h2 id="config-notices-title">Configuration notice</h2>
      <p>Tell your administrator. The assistant works, using its built-in settings where the file is wrong:</p>
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  )
}
