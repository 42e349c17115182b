import { Trans } from '@lingui/react/macro'
import type { ReactNode } from 'react'
import type { Msg } from '../../../../src-shared/message'
import { useApp } from '../../state/store-context'
import { useDesktop } from '../use-desktop'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../../i18n/sayable'

// A store page, opened in the system browser; `done` says which one opened.
function StorePage({ url, done, children }: { url: string | undefined; done: Msg; children: ReactNode }) {
  const desktop = useDesktop()
  return (
    <button type="button" className="button secondary" onClick={() => url && void desktop.open(url, { done })}>
      {children}
    </button>
  )
}

// Microsoft Authenticator's store pages, opened in the system browser. App Store and Google Play are the stores' names.
export function AuthenticatorStores() {
  const urls = useApp((s) => s.settings?.authenticatorUrls)
  return (
    <div className="actions">
      <StorePage url={urls?.ios} done={ownMsg(msg`Opened the App Store page in your browser.`)}>
        <Trans>App Store (iPhone)</Trans>
      </StorePage>
      <StorePage url={urls?.android} done={ownMsg(msg`Opened the Google Play page in your browser.`)}>
        <Trans>Google Play (Android)</Trans>
      </StorePage>
    </div>
  )
}
