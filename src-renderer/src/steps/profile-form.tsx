import { useMemo } from 'react'
import { z } from 'zod'
import { audiences, profileRules, seedRule } from '../../../src-shared/profile'
import { audienceLabel } from '../../../src-shared/labels'
import type { SeedAnswer } from '../../../src-shared/profile'
import type { Audience } from '../../../src-shared/profile'
import { Field } from '../forms/field'
import { useForm } from '../forms/use-form'
import { keepSnapshot } from '../state/app-store'
import { NONE, useApp } from '../state/store-context'
import { ToolForm } from '../forms/tool-form'

const seedChoices: Array<[SeedAnswer, string]> = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['unknown', 'I don’t know: I will ask my project manager'],
]

export function ProfileForm() {
  const profile = useApp((s) => s.snapshot?.profile ?? null)
  const today = useApp((s) => s.snapshot?.today ?? '')
  const refused = useApp((s) => s.settings?.refusedEmailDomains ?? NONE)
  const personalRefused = refused.some((d) => d === 'gmail.com')
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  const schema = useMemo(
    () =>
      z
        .object({ audience: z.string(), seed: z.string(), orgEmail: z.string(), onboardingEmailOn: z.string() })
        .transform((v) => ({ ...v, onboardingEmailOn: v.onboardingEmailOn || null }))
        .pipe(profileRules(refused))
        .refine((p) => !p.onboardingEmailOn || p.onboardingEmailOn <= today, {
          path: ['onboardingEmailOn'],
          message: 'The date the TechPass onboarding email arrived is in the future. Enter the day it actually arrived.',
        }),
    [refused, today],
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
    await run((api) => api.profile.save(parsed), { done: 'Saved: your details are recorded.', keep: keepSnapshot })
  }

  return (
    <ToolForm labelledBy="profile-title" onSubmit={save}>
      <h2 id="profile-title">Who you are</h2>
      <fieldset className="choice" aria-describedby={form.error('audience') ? 'audience-error' : undefined}>
        <legend>I am a…</legend>
        {audiences.map((a) => (
          <label key={a} className="choice-option">
            <input type="radio" name="audience" value={a} checked={form.values.audience === a} onChange={() => pick('audience', a)} />
            {audienceLabel[a]}
          </label>
        ))}
        {form.error('audience') && (
          <p id="audience-error" className="error">
            {form.error('audience')}
          </p>
        )}
      </fieldset>
      <fieldset className="choice" aria-describedby={forced.reason ? 'seed-about seed-reason' : 'seed-about'}>
        <legend>Is SEED provisioned for you?</legend>
        <p id="seed-about" className="hint">
          SEED is the managed laptop set-up for working on government systems. Your project manager knows if you have it.
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
            {label}
          </label>
        ))}
        {forced.reason && (
          <p id="seed-reason" className="hint">
            {forced.reason}
          </p>
        )}
        {form.error('seed') && <p className="error">{form.error('seed')}</p>}
      </fieldset>
      <Field
        form={form}
        name="orgEmail"
        type="email"
        label="Organisational email"
        hint={`Your standard work email. ${personalRefused ? 'LiteMail and personal addresses such as gmail.com are' : 'LiteMail is'} not accepted.`}
        autoComplete="email"
      />
      <Field
        form={form}
        name="onboardingEmailOn"
        type="date"
        max={today}
        label="Date the TechPass onboarding email arrived"
        hint="This email is your invitation. Leave the date empty until it arrives. It starts the 5-day and 30-day deadlines."
      />
      <button type="submit" className="button primary" disabled={pending}>
        Save my details
      </button>
    </ToolForm>
  )
}
