import type { Page } from '@playwright/test'

// Counts what React does in the built renderer without anything in the product: used by the renders bench and by
// tests/e2e/renders-per-keystroke.spec.ts.
// In the page, before React: the hook React DevTools installs, reduced to what React calls. For each commit it walks the
// fibers React worked on, the way DevTools' profiler does: a subtree whose children were not cloned was not visited, a
// component rendered if it mounted or carries React's PerformedWork flag (1). A Field is the component whose first host
// node is the `div.field` it draws (names are minified in the build).
export const RENDER_HOOK = `(() => {
  const PERFORMED_WORK = 1
  // Function, class, forwardRef and simple memo components; a memo with its own compare wraps a function component.
  const COMPONENT = new Set([0, 1, 11, 15])
  const HOST = 5
  const stats = (window.__renders = { commits: 0, components: 0, fields: [] })
  const fieldName = (fiber) => {
    const node = fiber.child && fiber.child.tag === HOST ? fiber.child.stateNode : null
    if (!node || !node.classList || !node.classList.contains('field')) return null
    const input = node.querySelector('input, textarea')
    return input ? input.name : '?'
  }
  const rendered = (f) => f.alternate === null || (f.flags & PERFORMED_WORK) === PERFORMED_WORK
  const visit = (first) => {
    for (let f = first; f; f = f.sibling) {
      if (COMPONENT.has(f.tag) && rendered(f)) {
        stats.components++
        const name = fieldName(f)
        if (name !== null) stats.fields.push(name)
      }
      if (f.child && (f.alternate === null || f.child !== f.alternate.child)) visit(f.child)
    }
  }
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    renderers: new Map(),
    supportsFiber: true,
    inject: (renderer) => { window.__REACT_DEVTOOLS_GLOBAL_HOOK__.renderers.set(1, renderer); return 1 },
    onCommitFiberRoot: (_id, root) => { stats.commits++; const top = root.current; if (top.alternate === null || top.child !== top.alternate.child) visit(top.child) },
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    checkDCE: () => {},
  }
  window.__rendersReset = () => { stats.commits = 0; stats.components = 0; stats.fields = [] }
  // Resolves after two frames and a task: any commit the last one scheduled has run by then.
  window.__settled = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))))
})()`

export interface Counted {
  commits: number
  components: number
  /** The name of each Field's input, once per time that Field rendered. */
  fields: string[]
}

export const read = (page: Page) => page.evaluate(() => (globalThis as unknown as { __renders: Counted }).__renders)
export const reset = (page: Page) => page.evaluate(() => (globalThis as unknown as { __rendersReset(): void }).__rendersReset())
export const settled = (page: Page) => page.evaluate(() => (globalThis as unknown as { __settled(): Promise<void> }).__settled())
