import type { ReactNode } from 'react'
import type { BridgeApi } from '../../../src-shared/bridge'
import type { Result } from '../../../src-shared/result'
import type { Outcome } from '../state/app-store'
import { useApp } from '../state/store-context'

interface Props<T> {
  className: string
  /** The one thing to ask main for, through the store's run(). */
  call: (api: BridgeApi) => Promise<Result<T>>
  outcome?: Outcome<T>
  children: ReactNode
}

// A button that asks main for one thing, unavailable while main answers any call. It reads `pending` itself, so the
// screen around it does not re-render when a call starts and ends.
export function RunButton<T>({ className, call, outcome, children }: Props<T>) {
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  return (
    <button type="button" className={className} disabled={pending} onClick={() => void run(call, outcome)}>
      {children}
    </button>
  )
}
