import type { ReactNode } from 'react'

// Every form the assistant adds to a step: checked by its own rules (noValidate), submitted with Enter.
export function ToolForm({ labelledBy, onSubmit, children }: { labelledBy: string; onSubmit(): unknown; children: ReactNode }) {
  return (
    <form
      className="tool"
      aria-labelledby={labelledBy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void onSubmit()
      }}
    >
      {children}
    </form>
  )
}
