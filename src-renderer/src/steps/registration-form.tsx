import { keepSnapshot } from '../state/app-store'
import { useMemo } from 'react'
import { needsOfficerInRegistration, registrationRules } from '../../../src-shared/request'
import type { DraftValues } from '../../../src-shared/draft-schema'
import { WithDraft, useDraftKeeper } from '../forms/drafts'
import { Field } from '../forms/field'
import { internationalPhone, parsePhone, phonePreview } from '../forms/phone'
import { useForm } from '../forms/use-form'
import { NONE, useApp } from '../state/store-context'
import { NeedProfile } from './need-profile'
import { useDesktop } from './use-desktop'
import { ToolForm } from '../forms/tool-form'

export function RegistrationStep() {
  const profile = useApp((s) => s.snapshot?.profile ?? null)
  if (!profile) return <NeedProfile />
  return <WithDraft form="registration">{(draft) => <RegistrationForm draft={draft} />}</WithDraft>
}

// R10: a mirror of the web form, prefilled from Step 1, with a copy button on every field. Kept locally only.
function RegistrationForm({ draft }: { draft: DraftValues }) {
  const profile = useApp((s) => s.snapshot!.profile!)
  const saved = useApp((s) => s.snapshot!.registration.fields)
  const request = useApp((s) => s.snapshot!.request.details)
  const refused = useApp((s) => s.settings?.refusedEmailDomains ?? NONE)
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  const desktop = useDesktop()
  const officer = needsOfficerInRegistration(profile.audience)
  const schema = useMemo(() => registrationRules(profile.audience, refused, parsePhone), [profile.audience, refused])
  // What was saved, or else what Step 1 already knows; the draft holds only what the user typed over it.
  const base = {
    username: saved?.username ?? '',
    firstName: saved?.firstName ?? '',
    lastName: saved?.lastName ?? '',
    mobile: internationalPhone(saved?.mobile ?? request?.mobile ?? ''),
    department: saved?.department ?? '',
    officerName: saved?.officerName ?? request?.officerName ?? '',
    officerEmail: saved?.officerEmail ?? request?.officerEmail ?? '',
    companyAddress: saved?.companyAddress ?? request?.companyAddress ?? '',
  }
  const form = useForm(schema, { ...base, ...draft })
  const keeper = useDraftKeeper('registration', form.values, base)
  const copy = (text: string, label: string) => void desktop.copy(text, label.toLowerCase())
  const preview = phonePreview(form.values.mobile ?? '')
  const save = async () => {
    const parsed = form.submit()
    if (!parsed) return
    keeper.hold()
    await run((api) => api.registration.save(parsed), { done: 'Saved: your registration details are kept on this computer only.', keep: keepSnapshot })
    keeper.resume()
  }
  return (
    <ToolForm labelledBy="registration-title" onSubmit={save}>
      <h2 id="registration-title">Prepare the registration form</h2>
      <p>
        Fill these in here, then use Copy to paste each one into the registration page. They stay on this computer only, and what you type is kept even if you
        leave this step.
      </p>
      <Field form={form} name="username" label="Username" onCopy={copy} />
      <div className="field-pair">
        <Field form={form} name="firstName" label="First name" onCopy={copy} />
        <Field form={form} name="lastName" label="Last name" onCopy={copy} />
      </div>
      <Field
        form={form}
        name="mobile"
        type="tel"
        label="Mobile number"
        hint={preview ? `International format: ${preview}` : 'Start with your country code.'}
        onCopy={copy}
      />
      <Field form={form} name="department" label="Department" onCopy={copy} />
      {officer && (
        <fieldset className="group">
          <legend>Offshore users</legend>
          <Field form={form} name="officerName" label="Reporting officer's name" onCopy={copy} />
          <Field form={form} name="officerEmail" type="email" label="Reporting officer's email" onCopy={copy} />
          <Field form={form} name="companyAddress" label="Company address" multiline onCopy={copy} />
        </fieldset>
      )}
      <button type="submit" className={saved ? 'button secondary' : 'button primary'} disabled={pending}>
        Save my registration details
      </button>
    </ToolForm>
  )
}
