import { keepSnapshot } from '../../state/app-store'
import { useEffect, useMemo, useState } from 'react'
import { allRulesPass, checkPassword } from '../../../../src-shared/password-policy'
import { useApp } from '../../state/store-context'
import { loadChecker } from './strength'
import type { Checker } from './strength'
import { ToolForm } from '../../forms/tool-form'

const strengthWords = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const

// R13 rehearsed locally: the passwords stay in this component's memory and are gone when you leave the step.
export default function PasswordCheck() {
  const policy = useApp((s) => s.settings?.passwordPolicy)
  const registration = useApp((s) => s.snapshot?.registration.fields ?? null)
  const confirmedAt = useApp((s) => s.snapshot?.summary.find((x) => x.sectionId === 'step-5')?.doneAt ?? null)
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
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
  const ready = checker !== null && allRulesPass(rules)

  const confirmReset = async () => {
    const ok = await run((api) => api.password.confirmReset(), { done: 'Saved: password reset confirmed. Your password was not stored.', keep: keepSnapshot })
    if (ok) {
      setInitial('')
      setNext('')
      setConfirm('')
    }
  }
  const type = show ? 'text' : 'password'
  return (
    <ToolForm labelledBy="password-title" onSubmit={confirmReset}>
      <h2 id="password-title">Check your new password before you use it</h2>
      <p>Type them here to check them against the rules. Nothing you type here is saved or sent anywhere.</p>
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
      <p className="hint">When your new password passes every rule, reset it on the TechPass page, then confirm here.</p>
      <button type="submit" className="button primary" disabled={!ready || pending}>
        I have reset my password on TechPass
      </button>
      {confirmedAt && <p className="done-line">Password reset confirmed on {confirmedAt}.</p>}
    </ToolForm>
  )
}
