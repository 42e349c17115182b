import { Trans } from '@lingui/react/macro'
import { useApp } from '../state/store-context'
import { PractiseFirst } from './mfa/practise-first'
import { usePractisedAt } from './mfa/use-practice'
import { useDesktop } from './use-desktop'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../i18n/sayable'
import './sign-in-step.css'

// R11 with the practice first: the real QR code opens when the user clicks Next on TechPass, so practice comes before.
export function SignInStep() {
  return (
    <>
      <PractiseFirst />
      <PortalLink />
    </>
  )
}

// The portal opens in the system browser; the checklist's pictures show what to do there.
function PortalLink() {
  const url = useApp((s) => s.settings?.docsPortalUrl ?? '')
  const practiceReady = useApp((s) => s.mfa !== null)
  const practised = usePractisedAt() !== null
  const desktop = useDesktop()
  return (
    <div className="tool tool-inline">
      <h2 className="visually-hidden">
        <Trans>Sign in</Trans>
      </h2>
      <p>
        <Trans>
          Then sign in. Open <span className="mono">{url}</span> in your web browser, and follow the pictures in the checklist.
        </Trans>
      </p>
      <button
        type="button"
        className={practised || !practiceReady ? 'button primary' : 'button secondary'}
        onClick={() => void desktop.open(url, { done: ownMsg(msg`Opened the Docs portal in your browser.`) })}
      >
        <Trans>Open the Docs portal</Trans>
      </button>
    </div>
  )
}
