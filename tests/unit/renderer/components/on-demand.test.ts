import { createElement, Suspense } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { onDemand } from '../../../../src-renderer/src/components/on-demand'

const Part = ({ name }: { name: string }) => createElement('p', null, `Hello ${name}`)
const inSuspense = (node: ReturnType<typeof createElement>) => renderToStaticMarkup(createElement(Suspense, { fallback: 'Loading…' }, node))

describe('a part loaded on demand', () => {
  it('suspends the first time it is shown before it has loaded', () => {
    const part = onDemand(
      () => new Promise<{ Part: typeof Part }>(() => {}),
      (m) => m.Part,
    )
    expect(inSuspense(createElement(part, { name: 'Ana' }))).toBe('Loading…')
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
