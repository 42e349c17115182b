import { parseUrl } from '../../src-shared/url'

// What the binder knows about who sent a request.
export interface SenderInfo {
  contentsId: number | string | undefined
  isMainFrame: boolean
  frameUrl: string | undefined
}

export type SenderCheck = (sender: SenderInfo) => boolean

// True only for the page we loaded: the same scheme, host, port and path (query and fragment may differ).
export function isAppUrl(url: string | undefined, appUrl: string): boolean {
  const actual = parseUrl(url)
  const expected = parseUrl(appUrl)
  if (!actual || !expected) return false
  return (
    actual.protocol === expected.protocol &&
    actual.host === expected.host &&
    actual.pathname === expected.pathname &&
    actual.username === expected.username &&
    actual.password === expected.password
  )
}

// Only our window's main frame, showing our own page, may call.
export function createSenderCheck(expectedContentsId: () => number | string | undefined, appUrl: string): SenderCheck {
  return (sender) => {
    const expected = expectedContentsId()
    return expected !== undefined && sender.contentsId === expected && sender.isMainFrame && isAppUrl(sender.frameUrl, appUrl)
  }
}
