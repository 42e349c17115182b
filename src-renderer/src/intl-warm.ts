// The first Intl.NumberFormat or Intl.DateTimeFormat in a renderer process costs about 20 to 30 ms (measured in Chromium:
// the second, of either kind, under 4 ms; the first PluralRules under 1 ms): what V8 and ICU set up then is shared by the
// whole process. The first screen's plurals ("0 of 9 sections done") format their number with Intl.NumberFormat, so
// whichever thread makes the first one pays. A worker is a thread of the same process: when it has made them, the page's
// own formatters are made in well under a millisecond, and the page's main thread never pays (intl-warm.worker.ts).

/** What the worker is sent: the language tags the page formats with. */
export type WarmRequest = string[]

// A list of language tags, at most a few, each a short tag; anything else is ignored (the worker formats nothing).
export function readWarmRequest(data: unknown): WarmRequest | null {
  if (!Array.isArray(data) || data.length === 0 || data.length > 4) return null
  return data.every((tag) => typeof tag === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag)) ? (data as string[]) : null
}

// Makes one of each formatter kind the page uses for these tags (the worker's part; its results are thrown away).
export function warmIntl(tags: WarmRequest): void {
  new Intl.PluralRules(tags).select(1)
  new Intl.NumberFormat(tags).format(1)
  new Intl.DateTimeFormat(tags, { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' }).format(0)
}

export interface WarmWorker {
  postMessage(message: WarmRequest): void
}

/**
 * Starts the warm-up on another thread of this renderer process, for the tags the page formats with (the worker comes from
 * make-intl-warm-worker.ts). Where no worker can be made, nothing happens: the page makes its formatters itself.
 */
export function warmIntlOffThread(tags: WarmRequest, make: () => WarmWorker | null): void {
  const worker = make()
  worker?.postMessage(tags)
}
