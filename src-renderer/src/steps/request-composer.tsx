import { Trans, useLingui } from '@lingui/react/macro'
import { composeRequest, needsOfficerInRequest, requestRules, requestText } from '../../../src-shared/request'
import type { DraftValues } from '../../../src-shared/draft-schema'
import { WithDraft, useDraftKeeper } from '../forms/drafts'
import { Field } from '../forms/field'
import { internationalPhone, phonePreview } from '../forms/phone'
import { useForm } from '../forms/use-form'
import { useAudienceRules } from '../forms/use-audience-rules'
import { head } from '../state/app-store'
import { useApp } from '../state/store-context'
import { EmailReceived } from './email-received'
import { InvitationExpired } from './invitation-expired'
import { NeedProfile } from './need-profile'
import { useDesktop } from './use-desktop'
import { ToolForm, SubmitButton } from '../forms/tool-form'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../i18n/sayable'
import { buttonWords } from '../words/task-buttons'

export function RequestComposer() {
  const profile = useApp((s) => s.snapshot?.profile ?? null)
  const request = useApp((s) => s.snapshot?.request)
  const renewing = useApp((s) => s.snapshot?.nextAction.kind === 'renew')
  if (!profile || !request) return <NeedProfile />
  if (renewing) return <InvitationExpired />
  return (
    <>
      <WithDraft key={request.sentAt ?? 'draft'} form="request">
        {(draft) => <Composer draft={draft} />}
      </WithDraft>
      {request.sentAt && <EmailReceived />}
    </>
  )
}

function Composer({ draft }: { draft: DraftValues }) {
  const profile = useApp((s) => s.snapshot!.profile!)
  const request = useApp((s) => s.snapshot!.request)
  const run = useApp((s) => s.run)
  const desktop = useDesktop()
  const { i18n, t } = useLingui()
  const officer = needsOfficerInRequest(profile.audience)
  const schema = useAudienceRules(profile.audience, requestRules)
  const d = request.details
  // What was sent last (or the profile's email); the draft holds only what the user typed over it.
  const base = {
    orgEmail: d?.orgEmail ?? profile.orgEmail,
    mobile: internationalPhone(d?.mobile ?? ''),
    projectName: d?.projectName ?? '',
    officerName: d?.officerName ?? '',
    officerEmail: d?.officerEmail ?? '',
    companyAddress: d?.companyAddress ?? '',
  }
  const form = useForm(schema, { ...base, ...draft })
  const keeper = useDraftKeeper('request', form.values, base)
  const message = form.parsed ? composeRequest({ ...form.parsed, mobile: internationalPhone(form.parsed.mobile) }, profile.audience, profile.seed) : null
  const full = message ? requestText(message) : ''
  const mailto = message ? `mailto:?subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(message.body)}` : ''
  const preview = phonePreview(form.values.mobile ?? '')

  const send = async () => {
    const parsed = form.submit()
    if (!parsed) return
    keeper.hold()
    await run((api) => api.request.send(parsed), { done: ownMsg(msg`Saved: your request is recorded as sent.`), reached: head, keep: keeper.keepSaved })
    keeper.resume()
  }

  return (
    <ToolForm labelledBy="composer-title" onSubmit={send}>
      <h2 id="composer-title">
        <Trans>Prepare your request</Trans>
      </h2>
      <p>
        <Trans>Fill in your details. The assistant writes the message for your project manager or reporting officer.</Trans>
      </p>
      <p className="hint">
        <Trans>What you type stays on this computer until you send it, even if you leave this step.</Trans>
      </p>
      <Field {...form.field('orgEmail')} type="email" label={t`Organisational email`} />
      <Field
        {...form.field('mobile')}
        type="tel"
        label={t`Mobile number`}
        hint={preview ? t`It will be saved as ${preview}.` : t`Start with your country code, for example +65 9123 4567.`}
      />
      <Field {...form.field('projectName')} label={t`Project name`} />
      {officer && (
        <fieldset className="group">
          <legend>
            <Trans>Offshore reporting officer and company (offshore users not in an ODC)</Trans>
          </legend>
          <Field {...form.field('officerName')} label={t`Name of your offshore reporting officer`} />
          <Field {...form.field('officerEmail')} type="email" label={t`Email of your offshore reporting officer`} />
          <Field {...form.field('companyAddress')} label={t`Offshore company address`} multiline />
        </fieldset>
      )}
      <h3>
        <Trans>Your message</Trans>
      </h3>
      {message ? (
        <>
          {i18n.locale !== 'en' && (
            <p className="hint">
              <Trans>The message is in English, so that everyone who handles your account request can read it.</Trans>
            </p>
          )}
          <pre className="message" data-testid="request-message" tabIndex={0} aria-label={t`Your message`}>
            {full}
          </pre>
        </>
      ) : (
        <p className="hint">
          <Trans>Your message appears here when every field of this form is filled in correctly.</Trans>
        </p>
      )}
      {/* The main button first, with the ways to send the message beside it: one row, always in reach. */}
      <div className="actions">
        <SubmitButton className={request.sentAt ? 'button secondary' : 'button primary'}>
          {request.sentAt ? <Trans>Update: I have sent the request again</Trans> : i18n._(buttonWords.sentRequest)}
        </SubmitButton>
        <button
          type="button"
          className="button secondary"
          disabled={!message}
          onClick={() => void desktop.copy(full, { done: ownMsg(msg`Copied the message. Paste it where you need it.`) })}
        >
          <Trans>Copy message</Trans>
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={!message}
          onClick={() => void desktop.open(mailto, { done: ownMsg(msg`Opened your mail app.`) })}
        >
          <Trans>Open in mail app</Trans>
        </button>
        <button type="button" className="button secondary" disabled={!message} onClick={() => void desktop.saveText('techpass-request.txt', full, 'message')}>
          <Trans>Save as text file</Trans>
        </button>
      </div>
    </ToolForm>
  )
}
