import { Trans, useLingui } from '@lingui/react/macro'
import { memo } from 'react'
import { humanDate } from '../format'
import type { FieldState } from './use-form'
import './forms.css'

interface FieldProps extends FieldState {
  label: string
  hint?: string
  type?: 'text' | 'email' | 'tel' | 'date'
  multiline?: boolean
  autoComplete?: string
  max?: string
  onCopy?: (text: string, label: string) => void
}

// One labelled input: hint and error are tied to it for screen readers; an optional copy button. Its props are plain
// values and stable functions (form.field(name)), so typing in one Field draws that Field and no other.
export const Field = memo(function Field({
  name,
  value,
  error,
  onValue,
  onTouch,
  label,
  hint,
  type = 'text',
  multiline,
  autoComplete,
  max,
  onCopy,
}: FieldProps) {
  const { t } = useLingui()
  const id = `field-${name}`
  // A date picker writes the day in the system's short form; the app says it back in its one format.
  const chosenDay = type === 'date' && value ? humanDate(value) : null
  const day = chosenDay ? t`You chose ${chosenDay}.` : null
  const described = [hint ? `${id}-hint` : null, day ? `${id}-day` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    name,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
    autoComplete: autoComplete ?? 'off',
    onBlur: () => onTouch(name),
  }
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <div className="field-row">
        {multiline ? (
          <textarea {...common} rows={3} onChange={(e) => onValue(name, e.currentTarget.value)} />
        ) : (
          <input {...common} type={type} max={max} onChange={(e) => onValue(name, e.currentTarget.value)} />
        )}
        {onCopy && (
          <button type="button" className="button small secondary" aria-label={t`Copy ${label}`} disabled={!value} onClick={() => onCopy(value, label)}>
            <Trans>Copy</Trans>
          </button>
        )}
      </div>
      {day && (
        <p id={`${id}-day`} className="hint">
          {day}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
    </div>
  )
})
