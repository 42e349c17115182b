import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import type { Enrolment } from '../../../../src-shared/mfa-schema'
import { keepMfa } from '../../state/app-store'
import { useApp } from '../../state/store-context'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../../i18n/sayable'
import type { Msg } from '../../../../src-shared/message'
import './mfa.css'

export function PracticeQr() {
  const mfa = useApp((s) => s.mfa)
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null)
  const { t } = useLingui()
  const show = async (call: 'enrol' | 'reveal', done: Msg) => {
    const shown = await run((api) => (call === 'enrol' ? api.mfa.enrol() : api.mfa.reveal()), { done, keep: (e) => keepMfa(e.status) })
    if (shown) setEnrolment(shown)
  }
  const enrolled = mfa?.enrolled ?? false
  const issuer = enrolment?.issuer ?? ''
  const key = enrolment?.keyGroups.join(' ') ?? ''
  return (
    <div className="practice-qr">
      {enrolment ? (
        <div className="qr-row">
          <img className="qr" src={enrolment.qrDataUrl} alt={t`Practice QR code to scan with Authenticator`} data-testid="practice-qr" />
          <div>
            <p>
              <Trans comment="“Other account” is a choice in Microsoft Authenticator: use the words the app shows in this language. {issuer} is the entry’s name.">
                In Microsoft Authenticator, tap <strong>+</strong> and choose <strong>Other account</strong>. Scan this code with your phone’s camera. The entry
                is called “{issuer}”.
              </Trans>
            </p>
            <p className="hint">
              <Trans comment="“Enter code manually” is a choice in Microsoft Authenticator: use the words the app shows in this language.">
                If your phone cannot scan it, choose “Enter code manually” in Authenticator and type this key:
              </Trans>
            </p>
            <p className="key" data-testid="practice-key" aria-label={t`Key: ${key}`}>
              {enrolment.keyGroups.map((g, i) => (
                <span key={i}>{g}</span>
              ))}
            </p>
          </div>
        </div>
      ) : (
        <p>
          {enrolled && mfa?.keyAvailable ? (
            <Trans>You already have a practice entry.</Trans>
          ) : (
            <Trans>Create a practice QR code. Then scan it with Microsoft Authenticator.</Trans>
          )}
        </p>
      )}
      {mfa?.storage === 'memory-only' && (
        <p className="callout callout-warning">
          <Trans>
            This computer has no safe place to keep the practice key, so it is kept in memory only. If you close the app, you will need a new practice QR code.
          </Trans>
        </p>
      )}
      <div className="actions">
        {enrolled && mfa?.keyAvailable && !enrolment && (
          <button
            type="button"
            className="button secondary"
            disabled={pending}
            onClick={() => void show('reveal', ownMsg(msg`Showing your practice QR code again.`))}
          >
            <Trans>Show the practice QR code again</Trans>
          </button>
        )}
        <button
          type="button"
          className={enrolled ? 'button secondary' : 'button primary'}
          disabled={pending}
          onClick={() =>
            void show(
              'enrol',
              enrolled ? ownMsg(msg`New practice QR code created. The old one does not work any more.`) : ownMsg(msg`Practice QR code created.`),
            )
          }
        >
          {enrolled ? <Trans>Create a new practice QR code</Trans> : <Trans>Create a practice QR code</Trans>}
        </button>
      </div>
    </div>
  )
}
