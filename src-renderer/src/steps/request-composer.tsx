import { keepSnapshot } from '../state/app-store'
import { useMemo } from 'react'
import { composeRequest, needsOfficerInRequest, requestRules } from '../../../src-shared/request'
import type { DraftValues } from '../../../src-shared/draft-schema'
import { WithDraft, useDraftKeeper } from '../forms/drafts'
import { Field } from '../forms/field'
import { internationalPhone, parsePhone, phonePreview } from '../forms/phone'
import { useForm } from '../forms/use-form'
import { NONE, useApp } from '../state/store-context'
import { EmailReceived } from './email-received'
import { InvitationExpired } from './invitation-expired'
import { NeedProfile } from './need-profile'
import { useDesktop } from './use-desktop'
import { ToolForm } from '../forms/tool-form'

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
  const refused = useApp((s) => s.settings?.refusedEmailDomains ?? NONE)
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  const desktop = useDesktop()
  const officer = needsOfficerInRequest(profile.audience)
  const schema = useMemo(() => requestRules(profile.audience, refused, parsePhone), [profile.audience, refused])
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
  const full = message ? `Subject: ${message.subject}\n\n${message.body}` : ''
  const mailto = message ? `mailto:?subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(message.body)}` : ''
  const preview = phonePreview(form.values.mobile ?? '')

  const send = async () => {
    const parsed = form.submit()
    if (!parsed) return
    keeper.hold()
    await run((api) => api.request.send(parsed), { done: 'Saved: your request is recorded as sent.', keep: keepSnapshot })
    keeper.resume()
  }

  return (
    <ToolForm labelledBy="composer-title" onSubmit={send}>
      <h2 id="composer-title">Prepare your request</h2>
      <p>Fill in your details. The assistant writes the message for your project manager or reporting officer.</p>
      <p className="hint">What you type is kept on this computer until you send it, even if you leave this step.</p>
      <Field form={form} name="orgEmail" type="email" label="Organisational email" />
      <Field
        form={form}
        name="mobile"
        type="tel"
        label="Mobile number"
        hint={preview ? `Will be saved as ${preview}` : 'Start with your country code, for example +65 9123 4567.'}
      />
      <Field form={form} name="projectName" label="Project name" />
      {officer && (
        <fieldset className="group">
          <legend>Offshore reporting officer and company (offshore users not in an ODC)</legend>
          <Field form={form} name="officerName" label="Offshore reporting officer's name" />
          <Field form={form} name="officerEmail" type="email" label="Offshore reporting officer's email" />
          <Field form={form} name="companyAddress" label="Offshore company address" multiline />
        </fieldset>
      )}
      <h3>Your message</h3>
      {message ? (
        <pre className="message" data-testid="request-message" tabIndex={0} aria-label="Your message">
          {full}
        </pre>
      ) : (
        <p className="hint">Your message appears here when every field of this form is filled in correctly.</p>
      )}
      {/* The main button first, with the ways to send the message beside it: one row, always in reach. */}
      <div className="actions">
        <button type="submit" className={request.sentAt ? 'button secondary' : 'button primary'} disabled={pending}>
          {request.sentAt ? 'Update: I have sent the request again' : 'I have sent the request'}
        </button>
        <button type="button" className="button secondary" disabled={!message} onClick={() => void desktop.copy(full, 'the message')}>
          Copy message
        </button>
        <button type="button" className="button secondary" disabled={!message} onClick={() => void desktop.open(mailto, 'your mail app')}>
          Open in mail app
        </button>
        <button type="button" className="button secondary" disabled={!message} onClick={() => void desktop.saveText('techpass-request.txt', full)}>
          Save as text file
        </button>
      </div>
    </ToolForm>
  )
}
