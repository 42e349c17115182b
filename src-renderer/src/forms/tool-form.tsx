import type { ReactNode } from 'react'
import { useApp } from '../state/store-context'

// Every form the assistant adds to a step: checked by its own rules (noValidate), submitted with Enter.
// A new try replaces the last result, so a refusal never sits under an old "Saved"; a refusal takes focus to its first error.
export function ToolForm({ labelledBy, onSubmit, children }: { labelledBy: string; onSubmit(): unknown; children: ReactNode }) {
  const say = useApp((s) => s.say)
  return (
    <form
      className="tool"
      aria-labelledby={labelledBy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        const form = e.currentTarget
        say(null)
        void Promise.resolve(onSubmit()).then(() => window.requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()))
      }}
    >
      {children}
    </form>
  )
}

// A form's submit button, disabled while main answers. It reads `pending` itself: the form around it does not re-render
// (with every Field's label and hint) when a save starts and when it is answered.
export function SubmitButton({ className, children }: { className: string; children: ReactNode }) {
  const pending = useApp((s) => s.pending)
  return (
    <button type="submit" className={className} disabled={pending}>
      {children}
    </button>
  )
}
