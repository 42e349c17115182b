import { Trans } from '@lingui/react/macro'
import { useSay } from '../state/use-say'
import { useApp } from '../state/store-context'
import { HelpContact } from './help-contact'

export function FailureScreen() {
  const failure = useApp((s) => s.failure)
  const sayText = useSay()
  return (
    <main id="main" className="centered">
      <section className="panel" role="alert" aria-labelledby="failure-title">
        <h1 id="failure-title">
          <Trans>The assistant could not start</Trans>
        </h1>
        <p>{failure && sayText(failure)}</p>
        <p>
          <Trans>Nothing was changed. Close the app and open it again. If this keeps happening, contact your helpdesk.</Trans>
        </p>
        <HelpContact />
      </section>
    </main>
  )
}
