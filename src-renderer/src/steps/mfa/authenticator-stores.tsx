import { Trans } from '@lingui/react/macro'
import { useApp } from '../../state/store-context'
import { useDesktop } from '../use-desktop'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../../i18n/sayable'

// Microsoft Authenticator's store pages, opened in the system browser. App Store and Google Play are the stores' names.
export function AuthenticatorStores() {
  const urls = useApp((s) => s.settings?.authenticatorUrls)
  const desktop = useDesktop()
  return (
    <div className="actions">
      <button
        type="button"
        className="button secondary"
        onClick={() => urls && void desktop.open(urls.ios, { done: ownMsg(msg`Opened the App Store page in your browser.`) })}
      >
        <Trans>App Store (iPhone)</Trans>
      </button>
      <button
        type="button"
        className="button secondary"
        onClick={() => urls && void desktop.open(urls.android, { done: ownMsg(msg`Opened the Google Play page in your browser.`) })}
      >
        <Trans>Google Play (Android)</Trans>
      </button>
    </div>
  )
}
