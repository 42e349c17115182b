import { Trans } from '@lingui/react/macro'
import type { ReactNode } from 'react'
import { useApp } from '../state/store-context'
import './help-contact.css'

// One way to reach the helpdesk, shown only when the administrator gave it.
function ContactRow({ label, value, testId }: { label: ReactNode; value: string | undefined; testId: string }) {
  if (!value) return null
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  )
}

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
          <ContactRow label={<Trans>Phone</Trans>} value={phone} testId="help-phone" />
          <ContactRow label={<Trans>Email</Trans>} value={email} testId="help-email" />
          <ContactRow label={<Trans>Opening hours</Trans>} value={hours} testId="help-hours" />
        </dl>
      ) : (
        <p>
          <Trans>Contact your project manager for help.</Trans>
        </p>
      )}
    </div>
  )
}
