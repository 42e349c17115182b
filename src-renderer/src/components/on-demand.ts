import { createElement, lazy, useState } from 'react'
import type { ComponentType } from 'react'
import { withWholeCatalog } from '../i18n/catalogs'

export type OnDemand<P extends object> = ComponentType<P> & {
  /** Starts loading the part before it is shown (the pointer is on its step, or the step has focus). */
  preload(): void
}

// The one way a part of the page is loaded when it is first needed (a step's tool, the helpdesk guide, a dialog): the
// module and the rest of the English catalog together, so what it shows is never a message id.
// A part already loaded (preloaded, or shown before) renders at once: React.lazy would suspend for a frame even then, and
// React holds a revealed fallback's content back for 300 ms, which made a step's first opening slow (issue 20).
export const onDemand = <M, P extends object = object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): OnDemand<P> => {
  let loaded: ComponentType<P> | null = null
  let loading: Promise<{ default: ComponentType<P> }> | null = null
  const start = () =>
    (loading ??= withWholeCatalog(() =>
      load().then((m) => {
        loaded = pick(m)
        return { default: loaded }
      }),
    )())
  const Lazy = lazy(start)
  function Part(props: P) {
    // Chosen once per mount, so a part never changes type (and loses its state) when its module arrives.
    const [ready] = useState(() => loaded)
    return ready ? createElement(ready, props) : createElement(Lazy, props)
  }
  return Object.assign(Part, {
    preload: () => {
      // A failed preload is not an error here: the part tries again, and shows its failure, when it is shown.
      start().catch(() => {
        loading = null
      })
    },
  })
}
