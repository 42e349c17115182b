import { describe, expect, it } from 'vitest'
import { APP_URL, chooseRendererUrl, CSP, cspFor, DEV_CSP, isDevServerUrl } from '../../../src-main/origin/app-origin'

describe('the app origin', () => {
  it('is one fixed host on the app scheme', () => {
    expect(APP_URL).toBe('app://techpass/index.html')
    const url = new URL(APP_URL)
    expect([url.protocol, url.host, url.pathname]).toEqual(['app:', 'techpass', '/index.html'])
  })
})

describe('chooseRendererUrl', () => {
  it('loads the app origin when ELECTRON_RENDERER_URL is not set, packaged or not', () => {
    expect(chooseRendererUrl(false, undefined)).toEqual({ url: APP_URL })
    expect(chooseRendererUrl(true, undefined)).toEqual({ url: APP_URL })
    expect(chooseRendererUrl(false, '')).toEqual({ url: APP_URL })
  })

  it.each(['http://localhost:5173/', 'http://127.0.0.1:5173/', 'http://[::1]:5173/'])('honours the dev server %s in an unpackaged build', (url) => {
    expect(chooseRendererUrl(false, url)).toEqual({ url })
  })

  it.each(['http://localhost:5173/', 'http://evil.example/', 'https://evil.example/', 'file:///tmp/evil.html'])(
    'ignores ELECTRON_RENDERER_URL=%s in a packaged build, and says so',
    (url) => {
      const choice = chooseRendererUrl(true, url)
      expect(choice.url).toBe(APP_URL)
      expect(choice.ignored).toMatch(/ELECTRON_RENDERER_URL.*installed copy/)
    },
  )

  it.each(['http://evil.example/', 'https://localhost:5173/', 'file:///tmp/evil.html', 'javascript:alert(1)', 'http://user:pw@localhost:5173/', 'not a url'])(
    'refuses %s even unpackaged: only a dev server on this computer',
    (url) => {
      const choice = chooseRendererUrl(false, url)
      expect(choice.url).toBe(APP_URL)
      expect(choice.ignored).toMatch(/ELECTRON_RENDERER_URL/)
    },
  )
})

describe('cspFor', () => {
  it('is the strict policy for the app origin and anything that is not the dev server', () => {
    expect(cspFor(APP_URL)).toBe(CSP)
    expect(cspFor('https://localhost:5173/')).toBe(CSP)
    expect(cspFor('not a url')).toBe(CSP)
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*|file:|ws:/)
    expect(CSP).toContain("default-src 'self'")
    expect(CSP).toContain("script-src 'self';")
  })

  it('relaxes only for the dev server', () => {
    expect(isDevServerUrl('http://localhost:5173/')).toBe(true)
    expect(cspFor('http://localhost:5173/')).toBe(DEV_CSP)
    expect(DEV_CSP).toContain("script-src 'self' 'unsafe-inline'")
  })
})
