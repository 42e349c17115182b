import type { TaskAid as Aid } from '../../../src-shared/guide-schema'
import { AuthenticatorStores } from '../steps/mfa/authenticator-stores'
import { NumberMatching } from '../steps/mfa/number-matching'
import { PasswordCheck } from '../steps/password/password-check'
import { useApp } from '../state/store-context'
import { useDesktop } from '../steps/use-desktop'

// A link the task needs, opened in the system browser: never the task's main button, which confirms it.
function OpenLink({ url, what, label }: { url: string; what: string; label: string }) {
  const desktop = useDesktop()
  return (
    <div className="actions">
      <button type="button" className="button secondary" onClick={() => void desktop.open(url, { done: `Opened ${what}.` })}>
        {label}
      </button>
    </div>
  )
}

// Optional help beside a thing done outside the app; folded, so the task's one instruction stays in view.
function Optional({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <details className="task-optional">
      <summary>{summary}</summary>
      {children}
    </details>
  )
}

export function TaskAid({ aid }: { aid: Aid }) {
  const settings = useApp((s) => s.settings)
  switch (aid) {
    case 'docs-portal':
      return <OpenLink url={settings?.docsPortalUrl ?? ''} what="the Docs portal in your browser" label="Open the Docs portal" />
    case 'login-guide':
      return <OpenLink url={settings?.loginGuideUrl ?? ''} what="the TechPass login guide in your browser" label="Open the TechPass login guide" />
    case 'authenticator-stores':
      return <AuthenticatorStores />
    case 'number-matching-practice':
      return (
        <Optional summary="Practise number matching first (optional)">
          <NumberMatching />
        </Optional>
      )
    case 'password-check':
      return (
        <Optional summary="Check your new password first (optional)">
          <PasswordCheck />
        </Optional>
      )
  }
}
