import { createElement, use } from 'react'
import type { ComponentType } from 'react'
import { withWholeCatalog } from '../i18n/catalogs'

/** A part of the page loaded on demand: a component, and `preload()` to start loading it before it is shown. */
export type OnDemand<P extends object = object> = ComponentType<P> & { preload(): Promise<ComponentType<P>> }

// The one way a part of the page is loaded when it is first needed (a step's tool, the helpdesk guide, a dialog): the
// module and the rest of the English catalog together, so what it shows is never a message id.
// Once loaded it is kept, and drawn at once: only a part shown before it has loaded suspends (React.lazy suspends on
// every first render, and React then holds the content back about 300 ms after its fallback appears).
export function onDemand<M, P extends object = object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): OnDemand<P> {
  let loaded: ComponentType<P> | null = null
  let failed: { error: unknown } | null = null
  let loading: Promise<ComponentType<P>> | null = null
  // Loads once; a failure is kept like React.lazy keeps it, and thrown where the part is drawn.
  const preload = () =>
    (loading ??= withWholeCatalog(load)().then(
      (module) => (loaded = pick(module)),
      (error: unknown) => {
        failed = { error }
        throw error
      },
    ))
  function OnDemandPart(props: P) {
    if (failed) throw failed.error
    // The same element type whether it was loaded before or after this render, so nothing typed into it is lost.
    return createElement(loaded ?? use(preload()), props)
  }
  return Object.assign(OnDemandPart, { preload })
}
