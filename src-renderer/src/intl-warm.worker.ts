import { readWarmRequest, warmIntl } from './intl-warm'

// Sets up ICU for the whole renderer process off the page's main thread (intl-warm.ts), then ends itself.
// In a dedicated worker the global object is the worker's scope (self).
const scope = globalThis as unknown as {
  onmessage: ((event: { data: unknown }) => void) | null
  close(): void
}

scope.onmessage = (event) => {
  const tags = readWarmRequest(event.data)
  if (tags) warmIntl(tags)
  scope.close()
}
