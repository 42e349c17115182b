import { Trans, useLingui } from '@lingui/react/macro'
import { useCallback } from 'react'
import { needsOfficerInRegistration, registrationRules } from '../../../src-shared/request'
import type { DraftValues } from '../../../src-shared/draft-schema'
import { WithDraft, useDraftKeeper } from '../forms/drafts'
import { Field } from '../forms/field'
import { internationalPhone, phonePreview } from '../forms/phone'
import { useForm } from '../forms/use-form'
import { useAudienceRules } from '../forms/use-audience-rules'
import { head } from '../state/app-store'
import { useApp } from '../state/store-context'
import { NeedProfile } from './need-profile'
import { useDesktop } from './use-desktop'
import { ToolForm, SubmitButton } from '../forms/tool-form'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../i18n/sayable'
import { buttonWords } from '../words/task-buttons'

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
  const run = useApp((s) => s.run)
  const desktop = useDesktop()
  const { i18n, t } = useLingui()
  const officer = needsOfficerInRegistration(profile.audience)
  const schema = useAudienceRules(profile.audience, registrationRules)
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
  const copy = useCallback(
    (text: string, label: string) => void desktop.copy(text, { done: ownMsg(msg`Copied “${label}”. Paste it into the registration page.`) }),
    [desktop],
  )
  const preview = phonePreview(form.values.mobile ?? '')
  const save = async () => {
    const parsed = form.submit()
    if (!parsed) return
    keeper.hold()
    await run((api) => api.registration.save(parsed), {
      done: ownMsg(msg`Saved: your registration details are kept on this computer only.`),
      reached: head,
      keep: keeper.keepSaved,
    })
    keeper.resume()
  }
  return (
    <ToolForm labelledBy="registration-title" onSubmit={save}>
      <h2 id="registration-title">
        <Trans>Prepare the registration form</Trans>
      </h2>
      <p>
        <Trans>
          Fill these in here. Then use Copy to paste each one into the registration page. They stay on this computer only. What you type is kept, even if you
          leave this step.
        </Trans>
      </p>
      <Field {...form.field('username')} label={t`Username`} onCopy={copy} />
      <div className="field-pair">
        <Field {...form.field('firstName')} label={t`First name`} onCopy={copy} />
        <Field {...form.field('lastName')} label={t`Last name`} onCopy={copy} />
      </div>
      <Field
        {...form.field('mobile')}
        type="tel"
        label={t`Mobile number`}
        hint={preview ? t`International format: ${preview}` : t`Start with your country code.`}
        onCopy={copy}
      />
      <Field {...form.field('department')} label={t`Department`} onCopy={copy} />
      {officer && (
        <fieldset className="group">
          <legend>
            <Trans>Offshore users</Trans>
          </legend>
          <Field {...form.field('officerName')} label={t`Reporting officer's name`} onCopy={copy} />
          <Field {...form.field('officerEmail')} type="email" label={t`Reporting officer's email`} onCopy={copy} />
          <Field {...form.field('companyAddress')} label={t`Company address`} multiline onCopy={copy} />
        </fieldset>
      )}
      <SubmitButton className={saved ? 'button secondary' : 'button primary'}>{i18n._(buttonWords.saveRegistration)}</SubmitButton>
    </ToolForm>
  )
}
