// Plain .ts with createElement (no JSX) so the Node unit tests can render it exactly as the app does.
import { createElement } from 'react'
import type { ReactElement } from 'react'
import Markdown from 'react-markdown'
import type { Components } from 'react-markdown'

// The parser would quietly repair these; a link holding one is not shown as a link at all.
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u
const LINK = /^(https:\/\/|mailto:)/i
// Only pictures carried inside the text itself: nothing is fetched from anywhere.
const INLINE_IMAGE = /^data:image\//i

// Links keep only https and mailto addresses (main checks them again against its allowlist); images keep only data: pictures.
export function policyUrl(url: string, key: string): string | null {
  if (UNSAFE_CHARACTERS.test(url)) return null
  if (key === 'href') return LINK.test(url) ? url : null
  if (key === 'src') return INLINE_IMAGE.test(url) ? url : null
  return null
}

function components(onOpen: (href: string) => void): Components {
  return {
    // A link whose address was dropped stays as its words, with nothing to click.
    a: ({ href, children }) =>
      href
        ? createElement(
            'a',
            {
              href,
              onClick: (event: { preventDefault(): void }) => {
                event.preventDefault()
                onOpen(href)
              },
            },
            children,
          )
        : createElement('span', null, children),
    // Any other picture is removed from the text, not just blocked when it loads.
    img: ({ src, alt }) => (typeof src === 'string' && INLINE_IMAGE.test(src) ? createElement('img', { src, alt: alt ?? '' }) : null),
  }
}

// A policy text: no raw HTML, links handed to the caller (which asks main to open them), no remote pictures.
export function PolicyMarkdown({ markdown, onOpen }: { markdown: string; onOpen: (href: string) => void }): ReactElement {
  return createElement(Markdown, { skipHtml: true, urlTransform: policyUrl, components: components(onOpen) }, markdown)
}
