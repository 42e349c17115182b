import { Trans } from '@lingui/react/macro'
import type { ReactNode } from 'react'
import type { TaskAid as Aid } from '../../../src-shared/guide-schema'
import { AuthenticatorStores } from '../steps/mfa/authenticator-stores'
import { NumberMatching } from '../steps/mfa/number-matching'
import { PasswordCheck } from '../steps/password/password-check'
import { useApp } from '../state/store-context'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../i18n/sayable'
import type { Msg } from '../../../src-shared/message'
import './task-aids.css'

// A link the task needs, opened in the system browser: never the task's main button, which confirms it. `opened` is
// said once the browser has it.
function OpenLink({ url, opened, children }: { url: string; opened: Msg; children: ReactNode }) {
  const run = useApp((s) => s.run)
  return (
    <div className="actions">
      <button type="button" className="button secondary" onClick={() => void run((api) => api.shell.openExternal({ url }), { done: opened })}>
        {children}
      </button>
    </div>
  )
}

// Optional help beside a thing done outside the app; folded, so the task's one instruction stays in view.
function Optional({ summary, children }: { summary: ReactNode; children: ReactNode }) {
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
      return (
        <OpenLink url={settings?.docsPortalUrl ?? ''} opened={ownMsg(msg`Opened the Docs portal in your browser.`)}>
          <Trans>Open the Docs portal</Trans>
        </OpenLink>
      )
    case 'login-guide':
      return (
        <OpenLink url={settings?.loginGuideUrl ?? ''} opened={ownMsg(msg`Opened the TechPass login guide in your browser.`)}>
          <Trans>Open the TechPass login guide</Trans>
        </OpenLink>
      )
    case 'authenticator-stores':
      return <AuthenticatorStores />
    case 'number-matching-practice':
      return (
        <Optional summary={<Trans>Try number matching first (optional)</Trans>}>
          <NumberMatching />
        </Optional>
      )
    case 'password-check':
      return (
        <Optional summary={<Trans>Check your new password first (optional)</Trans>}>
          <PasswordCheck />
        </Optional>
      )
  }
}
