import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useMemo, useState } from 'react'
import { allRulesPass, checkPassword } from '../../../../src-shared/password-policy'
import { useApp } from '../../state/store-context'
import { ruleWords, shownStrength, warningText } from './strength'
import { makeStrengthWorker } from './make-strength-worker'
import { StrengthClient } from './strength-client'
import type { Estimate } from './strength-client'
import './password-check.css'
import type { ReactNode } from 'react'

interface PasswordFieldProps {
  id: string
  label: ReactNode
  /** "Show the passwords" is on: the field shows what is typed. */
  shown: boolean
  /** The password the user has now (the initial one), rather than a new one. */
  current?: boolean
  value: string
  describedBy?: string
  onChange(value: string): void
}

// One of the three password boxes; what is typed goes only to this component's state.
function PasswordField({ id, label, shown, current = false, value, describedBy, onChange }: PasswordFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={shown ? 'text' : 'password'}
        autoComplete={current ? 'current-password' : 'new-password'}
        value={value}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  )
}

// R13 rehearsed locally and optional: the passwords stay in this component's memory and are gone when you leave
// the step. The step itself is done by confirming the reset in the checklist; nothing typed here is ever sent.
export function PasswordCheck() {
  const policy = useApp((s) => s.settings?.passwordPolicy)
  const registration = useApp((s) => s.snapshot?.registration.fields ?? null)
  const [initial, setInitial] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [show, setShow] = useState(false)
  const [answer, setAnswer] = useState<Estimate | null>(null)
  const [failed, setFailed] = useState(false)
  const { i18n, t } = useLingui()

  // The estimator and its common-password list run in a worker, made on the first keystroke here and ended when the
  // user leaves the step (with the passwords, which live only in this component).
  const [client] = useState(() => new StrengthClient({ estimate: setAnswer, failed: () => setFailed(true) }, makeStrengthWorker))
  useEffect(() => () => client.close(), [client])

  // Typing in the other boxes only gets the worker ready; the new password is checked as it is typed.
  const wake = (set: (value: string) => void) => (value: string) => {
    client.start()
    set(value)
  }
  const personal = useMemo(() => (registration ? [registration.username, registration.firstName, registration.lastName] : []), [registration])
  // Only the answer for the password in the box counts; one still on its way for an older password is not shown.
  const estimate = answer && next !== '' && answer.password === next ? answer : null
  const rules = policy ? checkPassword({ initial, next, confirm }, { policy, personal, isCommon: () => estimate?.isCommon ?? false }) : []
  // Nothing is judged before the user types: the rules start as a plain list, not as a row of failures.
  const started = initial !== '' || next !== '' || confirm !== ''
  const strength = estimate ? shownStrength(estimate.score, allRulesPass(rules)) : null
  const words = strength ? i18n._(strength.words) : ''
  const warning = estimate ? warningText(i18n, estimate.warning) : null
  // What a screen reader hears after each rule; the marks are for the eye only.
  const mark = (ok: boolean, known: boolean) =>
    !started || !known
      ? {
          icon: '•',
          className: 'rule-pending',
          said: t({ message: ': not checked yet', comment: 'Said after a password rule: "At least 12 characters: not checked yet".' }),
        }
      : ok
        ? { icon: '✓', className: 'rule-ok', said: t({ message: ': met', comment: 'Said after a password rule: "At least 12 characters: met".' }) }
        : {
            icon: '✗',
            className: 'rule-no',
            said: t({ message: ': not met yet', comment: 'Said after a password rule: "At least 12 characters: not met yet".' }),
          }
  return (
    <section className="tool password-check" aria-labelledby="password-title">
      <h2 id="password-title">
        <Trans>Check a new password first (optional)</Trans>
      </h2>
      <p>
        <Trans>
          This check is optional and safe. What you type stays in this window only. It is never saved or sent, and it is cleared when you leave this step.
        </Trans>
      </p>
      <PasswordField id="pw-initial" label={<Trans>Initial password</Trans>} shown={show} current value={initial} onChange={wake(setInitial)} />
      <PasswordField
        id="pw-new"
        label={<Trans>New password</Trans>}
        shown={show}
        value={next}
        describedBy="pw-rules pw-strength"
        onChange={(value) => {
          setNext(value)
          if (value !== '') client.check(value, [...personal, 'techpass'])
          else client.start()
        }}
      />
      <PasswordField id="pw-confirm" label={<Trans>Re-enter the new password</Trans>} shown={show} value={confirm} onChange={wake(setConfirm)} />
      <label className="choice-option">
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.currentTarget.checked)} />
        <Trans>Show the passwords</Trans>
      </label>
      <ul id="pw-rules" className="rules" aria-label={t`Password rules`} data-started={started}>
        {rules.map((r) => {
          // The common-password rule waits for the worker's answer, like the strength.
          const m = mark(r.ok, r.id !== 'not-common' || next === '' || estimate !== null)
          return (
            <li key={r.id} className={m.className}>
              <span aria-hidden="true">{m.icon}</span> {policy ? ruleWords(i18n, r.id, policy) : null}
              <span className="visually-hidden">{m.said}</span>
            </li>
          )
        })}
      </ul>
      <p id="pw-strength" className="strength" aria-live="polite" data-score={strength?.score ?? ''}>
        {failed ? (
          <Trans>The strength check did not load. The other rules still work.</Trans>
        ) : next === '' ? (
          ''
        ) : strength ? (
          <>
            <Trans>Strength: {words}.</Trans>
            {warning && ` ${warning}`}
          </>
        ) : (
          <Trans>Checking the strength…</Trans>
        )}
      </p>
      {strength && <meter min={0} max={4} value={strength.score} aria-label={t`Password strength`} className="strength-meter" />}
      <p className="hint">
        <Trans>Reset your password on the TechPass page. Then tick it in the checklist.</Trans>
      </p>
    </section>
  )
}
