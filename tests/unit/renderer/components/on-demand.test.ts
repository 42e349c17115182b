import { createElement, Suspense } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { onDemand } from '../../../../src-renderer/src/components/on-demand'

const Hello = ({ name }: { name: string }) => createElement('p', null, `Hello ${name}`)
const wait = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('a part of the page loaded on demand', () => {
  it('loads once, however often it is preloaded', async () => {
    let loads = 0
    const Part = onDemand(
      async () => {
        loads++
        return { Hello }
      },
      (m) => m.Hello,
    )
    Part.preload()
    Part.preload()
    await wait()
    expect(loads).toBe(1)
  })

  it('renders at once when it is already loaded, with no fallback (React would hold a revealed fallback 300 ms)', async () => {
    const Part = onDemand(
      async () => ({ Hello }),
      (m) => m.Hello,
    )
    const tree = () => createElement(Suspense, { fallback: createElement('i', null, 'loading') }, createElement(Part, { name: 'Wei Ling' }))
    expect(renderToString(tree())).toContain('loading')
    Part.preload()
    await wait()
    const html = renderToString(tree())
    expect(html).toContain('<p>Hello Wei Ling</p>')
    expect(html).not.toContain('loading')
  })

  it('a failed preload is tried again when the part is asked for', async () => {
    let fail = true
    const Part = onDemand(
      async () => {
        if (fail) throw new Error('offline')
        return { Hello }
      },
      (m) => m.Hello,
    )
    Part.preload()
    await wait()
    fail = false
    Part.preload()
    await wait()
    expect(renderToString(createElement(Part, { name: 'Ana' }))).toBe('<p>Hello Ana</p>')
  })
})
