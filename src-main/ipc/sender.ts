// What the binder knows about who sent a request.
export interface SenderInfo {
  contentsId: number | string | undefined
  isMainFrame: boolean
  frameUrl: string | undefined
}

export type SenderCheck = (sender: SenderInfo) => boolean

// True only for URLs of our own renderer: the built index.html, or the dev server in development.
export function isAppUrl(url: string | undefined, appUrl: string): boolean {
  if (!url) return false
  let actual: URL
  let expected: URL
  try {
    actual = new URL(url)
    expected = new URL(appUrl)
  } catch {
    return false
  }
  if (expected.protocol === 'file:') return actual.protocol === 'file:' && actual.pathname === expected.pathname
  return actual.origin === expected.origin
}

// Only our window's main frame, showing our own page, may call.
export function createSenderCheck(expectedContentsId: () => number | string | undefined, appUrl: string): SenderCheck {
  return (sender) => {
    const expected = expectedContentsId()
    return expected !== undefined && sender.contentsId === expected && sender.isMainFrame && isAppUrl(sender.frameUrl, appUrl)
  }
}
