import { useEffect, useMemo, useState } from 'react'
import { checkPassword } from '../../../../src-shared/password-policy'
import { useApp } from '../../state/store-context'
import { loadChecker } from './strength'
import type { Checker } from './strength'

const strengthWords = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const

// R13 rehearsed locally and optional: the passwords stay in this component's memory and are gone when you leave
// the step. The step itself is done by confirming the reset in the checklist; nothing typed here is ever sent.
export function PasswordCheck() {
  const policy = useApp((s) => s.settings?.passwordPolicy)
  const registration = useApp((s) => s.snapshot?.registration.fields ?? null)
  const [initial, setInitial] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [show, setShow] = useState(false)
  const [checker, setChecker] = useState<Checker | null>(null)

  useEffect(() => {
    let live = true
    void loadChecker().then((c) => live && setChecker(c))
    return () => {
      live = false
    }
  }, [])

  const personal = useMemo(() => (registration ? [registration.username, registration.firstName, registration.lastName] : []), [registration])
  const rules = policy ? checkPassword({ initial, next, confirm }, { policy, personal, isCommon: (p) => checker?.isCommon(p) ?? false }) : []
  const strength = checker && next ? checker.score(next, [...personal, 'techpass']) : null
  const type = show ? 'text' : 'password'
  return (
    <section className="tool" aria-labelledby="password-title">
      <h2 id="password-title">Check a new password first (optional)</h2>
      <p>You can type them here to check them against the rules. Nothing you type here is saved or sent anywhere.</p>
      <div className="field">
        <label htmlFor="pw-initial">Initial password</label>
        <input id="pw-initial" type={type} autoComplete="current-password" value={initial} onChange={(e) => setInitial(e.currentTarget.value)} />
      </div>
      <div className="field">
        <label htmlFor="pw-new">New password</label>
        <input id="pw-new" type={type} autoComplete="new-password" value={next} aria-describedby="pw-rules pw-strength" onChange={(e) => setNext(e.currentTarget.value)} />
      </div>
      <div className="field">
        <label htmlFor="pw-confirm">Re-enter the new password</label>
        <input id="pw-confirm" type={type} autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.currentTarget.value)} />
      </div>
      <label className="choice-option">
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.currentTarget.checked)} />
        Show the passwords
      </label>
      <ul id="pw-rules" className="rules" aria-label="Password rules">
        {rules.map((r) => (
          <li key={r.id} className={r.ok ? 'rule-ok' : 'rule-no'}>
            <span aria-hidden="true">{r.ok ? '✓' : '✗'}</span> {r.label}
            <span className="visually-hidden">{r.ok ? ': met' : ': not met yet'}</span>
          </li>
        ))}
      </ul>
      <p id="pw-strength" className="strength" aria-live="polite" data-score={strength?.score ?? ''}>
        {checker === null ? 'Loading the password checker…' : strength ? `Strength: ${strengthWords[strength.score]}${strength.warning ? `. ${strength.warning}` : ''}` : ''}
      </p>
      {strength && <meter min={0} max={4} value={strength.score} aria-label="Password strength" className="strength-meter" />}
      <p className="hint">Reset your password on the TechPass page. Then tick it in the checklist.</p>
    </section>
  )
}
