import { useApp } from '../state/store-context'

// Who to ask and the code to read them, as plain text (no link opens anything); shows only what is known.
export function HelpContact() {
  const code = useApp((s) => s.snapshot?.statusCode ?? null)
  const helpdesk = useApp((s) => s.settings?.helpdesk ?? null)
  const { phone, email, hours } = helpdesk ?? {}
  return (
    <div className="help-contact" data-testid="help-contact">
      {code && (
        <>
          <p>Read this code to the helpdesk:</p>
          <p className="status-code" data-testid="status-code">
            {code}
          </p>
        </>
      )}
      {phone || email || hours ? (
        <dl className="help-contact-list">
          {phone && (
            <>
              <dt>Phone</dt>
              <dd data-testid="help-phone">{phone}</dd>
            </>
          )}
          {email && (
            <>
              <dt>Email</dt>
              <dd data-testid="help-email">{email}</dd>
            </>
          )}
          {hours && (
            <>
              <dt>Opening hours</dt>
              <dd data-testid="help-hours">{hours}</dd>
            </>
          )}
        </dl>
      ) : (
        <p>Contact your project manager for help.</p>
      )}
    </div>
  )
}
