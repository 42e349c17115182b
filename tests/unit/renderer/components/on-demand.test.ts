import { createElement, Suspense } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { onDemand } from '../../../../src-renderer/src/components/on-demand'

const Part = ({ name }: { name: string }) => createElement('p', null, `Hello ${name}`)
const inSuspense = (node: ReturnType<typeof createElement>) => renderToStaticMarkup(createElement(Suspense, { fallback: 'Loading…' }, node))

describe('a part loaded on demand', () => {
  it('never suspends: shown before it has loaded, it draws its waiting line (or nothing) and starts the load', () => {
    const Waiting = () => createElement('p', null, 'Loading…')
    const load = vi.fn(() => new Promise<{ Part: typeof Part }>(() => {}))
    const part = onDemand(load, (m) => m.Part, Waiting)
    // No Suspense boundary around it: a suspending component would throw here.
    expect(renderToStaticMarkup(createElement(part, { name: 'Ana' }))).toBe('<p>Loading…</p>')
    expect(load).toHaveBeenCalledTimes(1)
    const quiet = onDemand(
      () => new Promise<{ Part: typeof Part }>(() => {}),
      (m) => m.Part,
    )
    expect(renderToStaticMarkup(createElement(quiet, { name: 'Ana' }))).toBe('')
    // Inside a boundary, the boundary's fallback is never used.
    expect(inSuspense(createElement(part, { name: 'Ana' }))).toBe('<p>Loading…</p>')
  })

  it('once preloaded, is drawn at once: no fallback, and no Suspense boundary needed', async () => {
    const load = vi.fn(() => Promise.resolve({ Part }))
    const part = onDemand(load, (m) => m.Part)
    const component = await part.preload()
    expect(component).toBe(Part)
    expect(inSuspense(createElement(part, { name: 'Ana' }))).toBe('<p>Hello Ana</p>')
    // Without a boundary a suspending component would throw: this one renders synchronously.
    expect(renderToStaticMarkup(createElement(part, { name: 'Li' }))).toBe('<p>Hello Li</p>')
    // Loaded once, however often it is preloaded or drawn.
    await part.preload()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('waits for the rest of the English catalog too, as every part loaded on demand does', async () => {
    const part = onDemand(
      () => Promise.resolve({ Part }),
      (m) => m.Part,
    )
    await expect(part.preload()).resolves.toBe(Part)
  })

  it('surfaces a failed load where it is drawn, as React.lazy did, and never loads it again', async () => {
    const failure = new Error('chunk missing')
    const load = vi.fn(() => Promise.reject(failure))
    const part = onDemand(load, (m: { Part: typeof Part }) => m.Part)
    await expect(part.preload()).rejects.toBe(failure)
    expect(() => renderToStaticMarkup(createElement(part, { name: 'Ana' }))).toThrow(failure)
    await expect(part.preload()).rejects.toBe(failure)
    expect(load).toHaveBeenCalledTimes(1)
  })
})
