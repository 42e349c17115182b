import { createElement, isValidElement } from 'react'
import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { PolicyMarkdown, policyUrl } from '../../../../../src-renderer/src/steps/policies/policy-markdown'

const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

const html = (markdown: string) => renderToStaticMarkup(createElement(PolicyMarkdown, { markdown, onOpen: () => {} }))

type Rendered = { type: string; props: Record<string, unknown>; children: (Rendered | string)[] }

// Renders the tree by hand (function components called, host elements kept) so a test can click a link.
function expand(node: ReactNode): (Rendered | string)[] {
  if (Array.isArray(node)) return node.flatMap(expand)
  if (typeof node === 'string' || typeof node === 'number') return [String(node)]
  if (!isValidElement(node)) return []
  const props = node.props as Record<string, unknown> & { children?: ReactNode }
  if (typeof node.type === 'function') return expand((node.type as (p: unknown) => ReactNode)(props))
  if (typeof node.type !== 'string') return expand(props.children)
  return [{ type: node.type, props, children: expand(props.children) }]
}

const find = (nodes: (Rendered | string)[], type: string): Rendered[] =>
  nodes.flatMap((n) => (typeof n === 'string' ? [] : [...(n.type === type ? [n] : []), ...find(n.children, type)]))

describe('policy text: links', () => {
  it.each([
    ['an https link', '[Docs](https://docs.developer.tech.gov.sg/)', 'https://docs.developer.tech.gov.sg/'],
    ['a mailto link', '[Write to us](mailto:privacy@tech.gov.sg)', 'mailto:privacy@tech.gov.sg'],
    ['an autolink', '<https://go.gov.sg/seed-techpass-support>', 'https://go.gov.sg/seed-techpass-support'],
  ])('keeps %s, and a click asks main to open it instead of navigating', (_name, markdown, href) => {
    const onOpen = vi.fn()
    expect(html(markdown)).toContain(`href="${href.replace(/&/g, '&amp;')}"`)
    const links = find(expand(createElement(PolicyMarkdown, { markdown, onOpen })), 'a')
    expect(links).toHaveLength(1)
    const preventDefault = vi.fn()
    ;(links[0]!.props.onClick as (e: { preventDefault(): void }) => void)({ preventDefault })
    expect(preventDefault).toHaveBeenCalledOnce()
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(href)
  })

  it.each([
    ['http', '[site](http://docs.developer.tech.gov.sg/)'],
    ['javascript:', '[click](javascript:alert(1))'],
    ['data:', '[click](data:text/html,hi)'],
    ['file:', '[file](file:///etc/passwd)'],
    ['protocol-relative', '[site](//evil.example/)'],
    ['relative', '[up](../../secrets)'],
    ['app-relative', '[page](/index.html)'],
    ['backslashes', '[x](https:\\\\evil.example)'],
    ['reference-style http', '[site][ref]\n\n[ref]: http://evil.example/'],
  ])('drops a link that is not https or mailto (%s): its words stay, with nothing to click', (_name, markdown) => {
    const out = html(markdown)
    expect(out).not.toMatch(/<a\b/)
    expect(out).not.toMatch(/href=/)
    expect(out).toMatch(/site|click|file|up|page|x/)
    expect(find(expand(createElement(PolicyMarkdown, { markdown, onOpen: () => {} })), 'a')).toEqual([])
  })
})

describe('policy text: images', () => {
  it('keeps a picture carried in the text itself', () => {
    expect(html(`![Logo](${PIXEL})`)).toBe(`<p><img src="${PIXEL}" alt="Logo"/></p>`)
  })

  it.each([
    ['remote', '![tracker](https://evil.example/pixel.png)'],
    ['remote http', '![tracker](http://evil.example/pixel.png)'],
    ['protocol-relative', '![tracker](//evil.example/pixel.png)'],
    ['app-relative', '![local](/icon.png)'],
    ['relative', '![local](icon.png)'],
    ['file:', '![local](file:///C:/Windows/win.ini)'],
    ['a data: page, not a picture', '![page](data:text/html;base64,PHNjcmlwdD4=)'],
    ['reference-style remote', '![tracker][ref]\n\n[ref]: https://evil.example/pixel.png'],
    ['remote, inside a link', '[![tracker](https://evil.example/p.png)](https://docs.developer.tech.gov.sg/)'],
  ])('removes a picture that is not carried in the text (%s) from the rendered text entirely', (_name, markdown) => {
    const out = html(markdown)
    expect(out).not.toMatch(/<img\b/)
    expect(out).not.toContain('evil.example')
    expect(out).not.toMatch(/src=/)
  })

  it('raw HTML images and links in the text are not rendered', () => {
    const out = html('<img src="https://evil.example/p.png"> <a href="https://evil.example/">x</a>')
    expect(out).not.toMatch(/<img\b|<a\b|evil\.example/)
  })
})

describe('policyUrl', () => {
  it.each([
    ['href', 'https://docs.developer.tech.gov.sg/', 'https://docs.developer.tech.gov.sg/'],
    ['href', 'MAILTO:a@b.com', 'MAILTO:a@b.com'],
    ['href', 'http://docs.developer.tech.gov.sg/', null],
    ['href', '//evil.example/', null],
    ['href', 'https://evil.example/\u0000', null],
    ['href', ' https://evil.example/', null],
    ['src', PIXEL, PIXEL],
    ['src', 'https://evil.example/p.png', null],
    ['src', '//evil.example/p.png', null],
    ['cite', 'https://docs.developer.tech.gov.sg/', null],
  ])('%s %s gives %s', (key, url, expected) => {
    expect(policyUrl(url, key)).toBe(expected)
  })
})
