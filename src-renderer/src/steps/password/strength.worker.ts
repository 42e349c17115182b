import { answer, readRequest } from './strength-estimator'
import type { StrengthRequest } from './strength-estimator'

// The password strength estimate, off the page's main thread (issue 20). Created by the page (strength-client.ts) on the
// first keystroke in Step 5 and ended when the user leaves it. It has no network: it answers the page that made it.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null
  postMessage(message: unknown): void
}

// Typing sends one request per keystroke; only the newest waiting one is worked out, the page ignores older answers anyway.
let waiting: StrengthRequest | null = null
scope.onmessage = (event) => {
  const request = readRequest(event.data)
  if (!request) return
  const idle = waiting === null
  waiting = request
  if (idle)
    setTimeout(() => {
      const next = waiting
      waiting = null
      if (next) scope.postMessage(answer(next))
    }, 0)
}
