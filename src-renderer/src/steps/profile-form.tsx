import { msg, plural } from '@lingui/core/macro'
import type { MessageDescriptor } from '@lingui/core'
import { Trans, useLingui } from '@lingui/react/macro'
import { useMemo } from 'react'
import { z } from 'zod'
import { audiences, profileRules, seedRule } from '../../../src-shared/profile'
import type { SeedAnswer } from '../../../src-shared/profile'
import type { Audience } from '../../../src-shared/profile'
import { Field } from '../forms/field'
import { useForm } from '../forms/use-form'
import { useFieldSay } from '../i18n/field-say'
import { head } from '../state/app-store'
import { NONE, useApp } from '../state/store-context'
import { ToolForm, SubmitButton } from '../forms/tool-form'
import { audienceWords } from './words'
import { ownMsg } from '../i18n/sayable'
import { buttonWords } from '../words/task-buttons'

// The form field a date in the future is refused on.
const DATE_FIELD = 'onboardingEmailOn'

const seedChoices: Array<[SeedAnswer, MessageDescriptor]> = [
  ['yes', msg`Yes`],
  ['no', msg`No`],
  ['unknown', msg`I don’t know: I will ask my project manager`],
]

export function ProfileForm() {
  const profile = useApp((s) => s.snapshot?.profile ?? null)
  const today = useApp((s) => s.snapshot?.today ?? '')
  const refused = useApp((s) => s.settings?.refusedEmailDomains ?? NONE)
  const days = useApp((s) => s.settings?.deadlines ?? null)
  const personalRefused = refused.some((d) => d === 'gmail.com')
  const run = useApp((s) => s.run)
  const { i18n, t } = useLingui()
  const say = useFieldSay()
  const schema = useMemo(
    () =>
      z
        .object({ audience: z.string(), seed: z.string(), orgEmail: z.string(), onboardingEmailOn: z.string() })
        .transform((v) => ({ ...v, onboardingEmailOn: v.onboardingEmailOn || null }))
        .pipe(profileRules(refused, say))
        .refine((p) => !p.onboardingEmailOn || p.onboardingEmailOn <= today, {
          path: [DATE_FIELD],
          message: t`The date the TechPass onboarding email arrived is in the future. Enter the day it really arrived.`,
        }),
    [refused, today, say, t],
  )
  const form = useForm(schema, {
    audience: profile?.audience ?? '',
    seed: profile?.seed ?? '',
    orgEmail: profile?.orgEmail ?? '',
    onboardingEmailOn: profile?.onboardingEmailOn ?? '',
  })
  const audience = audiences.find((a) => a === form.values.audience) as Audience | undefined
  const forced = audience ? seedRule(audience) : { forced: false, reason: null }

  const pick = (name: string, value: string) => {
    form.set(name, value)
    form.touch(name)
    if (name === 'audience' && seedRule(value as Audience).forced) form.set('seed', 'yes')
  }
  const save = async () => {
    const parsed = form.submit()
    if (!parsed) return
    await run((api) => api.profile.save(parsed), { done: ownMsg(msg`Saved: your details are recorded.`), reached: head })
  }
  const emailHint = personalRefused
    ? t`Use your standard work email. LiteMail and personal addresses, such as gmail.com, are not accepted.`
    : t`Use your standard work email. LiteMail is not accepted.`
  const register = days?.registerDays ?? 5
  const activate = days?.activateDays ?? 30
  const dateHint = t`This email is your invitation. Leave the date empty until it arrives. From that day, you have ${plural(register, { one: '# day', other: '# days' })} to register and ${plural(activate, { one: '# day', other: '# days' })} to activate your account.`

  return (
    <ToolForm labelledBy="profile-title" onSubmit={save}>
      <h2 id="profile-title">
        <Trans>Who you are</Trans>
      </h2>
      <fieldset className="choice" aria-describedby={form.error('audience') ? 'audience-error' : undefined}>
        <legend>
          <Trans>I am a…</Trans>
        </legend>
        {audiences.map((a) => (
          <label key={a} className="choice-option">
            <input type="radio" name="audience" value={a} checked={form.values.audience === a} onChange={() => pick('audience', a)} />
            {i18n._(audienceWords[a])}
          </label>
        ))}
        {form.error('audience') && (
          <p id="audience-error" className="error">
            {form.error('audience')}
          </p>
        )}
      </fieldset>
      <fieldset className="choice" aria-describedby={forced.reason ? 'seed-about seed-reason' : 'seed-about'}>
        <legend>
          <Trans comment="SEED: the managed laptop set-up for government systems. Keep the name SEED.">Do you have SEED?</Trans>
        </legend>
        <p id="seed-about" className="hint">
          <Trans>SEED is the managed laptop set-up for working on government systems. Your project manager knows if you have it.</Trans>
        </p>
        {seedChoices.map(([value, label]) => (
          <label key={value} className="choice-option">
            <input
              type="radio"
              name="seed"
              value={value}
              disabled={forced.forced && value !== 'yes'}
              checked={form.values.seed === value}
              onChange={() => pick('seed', value)}
            />
            {i18n._(label)}
          </label>
        ))}
        {forced.reason && (
          <p id="seed-reason" className="hint">
            {say(forced.reason)}
          </p>
        )}
        {form.error('seed') && <p className="error">{form.error('seed')}</p>}
      </fieldset>
      <Field {...form.field('orgEmail')} type="email" label={t`Organisational email`} hint={emailHint} autoComplete="email" />
      <Field {...form.field('onboardingEmailOn')} type="date" max={today} label={t`Date the TechPass onboarding email arrived`} hint={dateHint} />
      <SubmitButton className="button primary">{i18n._(buttonWords.saveDetails)}</SubmitButton>
    </ToolForm>
  )
}
