import { Trans } from '@lingui/react/macro'
import { useApp } from '../state/store-context'
import './help-contact.css'

// Who to ask and the code to read them, as plain text (no link opens anything); shows only what is known.
export function HelpContact() {
  const code = useApp((s) => s.snapshot?.statusCode ?? null)
  const helpdesk = useApp((s) => s.settings?.helpdesk ?? null)
  const { phone, email, hours } = helpdesk ?? {}
  return (
    <div className="help-contact" data-testid="help-contact">
      {code && (
        <>
          <p>
            <Trans>Read this code to the helpdesk:</Trans>
          </p>
          <p className="status-code" data-testid="status-code">
            {code}
          </p>
        </>
      )}
      {phone || email || hours ? (
        <dl className="help-contact-list">
          {phone && (
            <>
              <dt>
                <Trans>Phone</Trans>
              </dt>
              <dd data-testid="help-phone">{phone}</dd>
            </>
          )}
          {email && (
            <>
              <dt>
                <Trans>Email</Trans>
              </dt>
              <dd data-testid="help-email">{email}</dd>
            </>
          )}
          {hours && (
            <>
              <dt>
                <Trans>Opening hours</Trans>
              </dt>
              <dd data-testid="help-hours">{hours}</dd>
            </>
          )}
        </dl>
      ) : (
        <p>
          <Trans>Contact your project manager for help.</Trans>
        </p>
      )}
    </div>
  )
}
