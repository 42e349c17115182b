import { useApp } from '../../state/store-context'
import { useDesktop } from '../use-desktop'

// Microsoft Authenticator's store pages, opened in the system browser.
export function AuthenticatorStores() {
  const urls = useApp((s) => s.settings?.authenticatorUrls)
  const desktop = useDesktop()
  return (
    <div className="actions">
      <button type="button" className="button secondary" onClick={() => urls && void desktop.open(urls.ios, 'the App Store page in your browser')}>
        App Store (iPhone)
      </button>
      <button type="button" className="button secondary" onClick={() => urls && void desktop.open(urls.android, 'the Google Play page in your browser')}>
        Google Play (Android)
      </button>
    </div>
  )
}
