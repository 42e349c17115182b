import { createElement, useSyncExternalStore } from 'react'
import type { ComponentType } from 'react'
import { withWholeCatalog } from '../i18n/catalogs'

/** A part of the page loaded on demand: a component, and `preload()` to start loading it before it is shown. */
export type OnDemand<P extends object = object> = ComponentType<P> & { preload(): Promise<ComponentType<P>> }

// The one way a part of the page is loaded when it is first needed (a step's tool, the helpdesk guide, a dialog): the
// module and the rest of the English catalog together, so what it shows is never a message id.
// It never suspends. Once loaded it is kept and drawn at once; shown before that, it draws its own `Waiting` line and
// redraws itself the moment the module arrives. (With Suspense, React holds revealed content back until about 300 ms
// after the fallback appeared, so every step's tool waited 300 ms even when its file came in 20.)
export function onDemand<M, P extends object = object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  Waiting: ComponentType | null = null,
): OnDemand<P> {
  let loaded: ComponentType<P> | null = null
  let failed: { error: unknown } | null = null
  let loading: Promise<ComponentType<P>> | null = null
  const listeners = new Set<() => void>()
  const settled = () => {
    for (const listener of listeners) listener()
  }
  // Loads once; a failure is kept like React.lazy keeps it, and thrown where the part is drawn (to its error boundary).
  const preload = () =>
    (loading ??= withWholeCatalog(load)().then(
      (module) => {
        loaded = pick(module)
        settled()
        return loaded
      },
      (error: unknown) => {
        failed = { error }
        settled()
        throw error
      },
    ))
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }
  const current = () => loaded ?? failed
  function OnDemandPart(props: P) {
    useSyncExternalStore(subscribe, current, current)
    if (failed) throw failed.error
    // The same element type whether it was loaded before or after this render, so nothing typed into it is lost.
    if (loaded) return createElement(loaded, props)
    // A failure here is thrown on the redraw it causes.
    preload().catch(() => undefined)
    return Waiting ? createElement(Waiting) : null
  }
  return Object.assign(OnDemandPart, { preload })
}
