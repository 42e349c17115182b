import { useEffect, useMemo, useState } from 'react'
import { allRulesPass, checkPassword } from '../../../../src-shared/password-policy'
import { useApp } from '../../state/store-context'
import { loadChecker, shownStrength } from './strength'
import type { Checker } from './strength'

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
  // Nothing is judged before the user types: the rules start as a plain list, not as a row of failures.
  const started = initial !== '' || next !== '' || confirm !== ''
  const estimate = checker && next ? checker.score(next, [...personal, 'techpass']) : null
  const strength = estimate ? { ...shownStrength(estimate.score, allRulesPass(rules)), warning: estimate.warning } : null
  const type = show ? 'text' : 'password'
  const mark = (ok: boolean) =>
    !started
      ? { icon: '•', className: 'rule-pending', said: ': not checked yet' }
      : ok
        ? { icon: '✓', className: 'rule-ok', said: ': met' }
        : { icon: '✗', className: 'rule-no', said: ': not met yet' }
  return (
    <section className="tool password-check" aria-labelledby="password-title">
      <h2 id="password-title">Check a new password first (optional)</h2>
      <p>This check is optional and safe: what you type stays in this window only, is never saved or sent, and is cleared when you leave this step.</p>
      <div className="field">
        <label htmlFor="pw-initial">Initial password</label>
        <input id="pw-initial" type={type} autoComplete="current-password" value={initial} onChange={(e) => setInitial(e.currentTarget.value)} />
      </div>
      <div className="field">
        <label htmlFor="pw-new">New password</label>
        <input
          id="pw-new"
          type={type}
          autoComplete="new-password"
          value={next}
          aria-describedby="pw-rules pw-strength"
          onChange={(e) => setNext(e.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="pw-confirm">Re-enter the new password</label>
        <input id="pw-confirm" type={type} autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.currentTarget.value)} />
      </div>
      <label className="choice-option">
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.currentTarget.checked)} />
        Show the passwords
      </label>
      <ul id="pw-rules" className="rules" aria-label="Password rules" data-started={started}>
        {rules.map((r) => {
          const m = mark(r.ok)
          return (
            <li key={r.id} className={m.className}>
              <span aria-hidden="true">{m.icon}</span> {r.label}
              <span className="visually-hidden">{m.said}</span>
            </li>
          )
        })}
      </ul>
      <p id="pw-strength" className="strength" aria-live="polite" data-score={strength?.score ?? ''}>
        {checker === null ? 'Loading the password checker…' : strength ? `Strength: ${strength.words}${strength.warning ? `. ${strength.warning}` : ''}` : ''}
      </p>
      {strength && <meter min={0} max={4} value={strength.score} aria-label="Password strength" className="strength-meter" />}
      <p className="hint">Reset your password on the TechPass page. Then tick it in the checklist.</p>
    </section>
  )
}
