import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { HARNESS_ORIGIN } from './harness/browser-app'
import { expect, test } from './fixtures'

// The page has its own origin, so the CSP's 'self' no longer stretches to every file: URL on the disk.
test('the app runs on its own origin and refuses a script from the disk and a protocol-relative image', async ({ app }) => {
  expect(await app.page.evaluate(() => location.origin)).toBe(app.mode === 'electron' ? 'app://techpass' : HARNESS_ORIGIN)
  const script = join(app.saveDir, 'x.js')
  writeFileSync(script, 'window.__ranFromDisk = true')
  const outcome = await app.page.evaluate(async (scriptUrl) => {
    const violations = new Set<string>()
    document.addEventListener('securitypolicyviolation', (event) => violations.add(`${event.effectiveDirective} ${event.blockedURI}`))
    const settled = (element: HTMLScriptElement | HTMLImageElement) =>
      new Promise<string>((done) => {
        element.onload = () => done('loaded')
        element.onerror = () => done('refused')
      })
    const tag = document.createElement('script')
    tag.src = scriptUrl
    const scriptDone = settled(tag)
    document.head.append(tag)
    const image = document.createElement('img')
    image.src = '//evil.example/x.png'
    const imageDone = settled(image)
    document.body.append(image)
    const result = { script: await scriptDone, image: await imageDone }
    // Violation reports are queued as tasks; give them a moment to arrive.
    await new Promise((wait) => setTimeout(wait, 200))
    return { ...result, ran: (window as { __ranFromDisk?: boolean }).__ranFromDisk === true, violations: [...violations] }
  }, pathToFileURL(script).href)
  expect(outcome).toMatchObject({ script: 'refused', image: 'refused', ran: false })
  expect(outcome.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^img-src (https|app):\/\/evil\.example/)]))
  // Browser mode: the harness noted both, so the same request in any other test fails that test.
  const noted = app.takeRefused().join('\n')
  if (app.mode === 'browser') {
    expect(noted).toContain(pathToFileURL(script).href)
    expect(noted).toContain('evil.example/x.png')
  }
})
