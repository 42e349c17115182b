import { describe, expect, it } from 'vitest'
import { createSenderCheck, isAppUrl } from '../../../src-main/ipc/sender'
import { APP_URL } from '../../../src-main/origin/app-origin'

const DEV_APP = 'http://localhost:5173/'

describe('isAppUrl', () => {
  it.each([
    [APP_URL, APP_URL],
    [`${APP_URL}#/step-2`, APP_URL],
    [`${APP_URL}?x=1`, APP_URL],
    ['http://localhost:5173/', DEV_APP],
    ['http://localhost:5173/#/step-2', DEV_APP],
  ])('accepts %s for %s', (url, app) => {
    expect(isAppUrl(url, app)).toBe(true)
  })

  it.each([
    [undefined, APP_URL],
    ['', APP_URL],
    ['not a url', APP_URL],
    ['app://techpass/other.html', APP_URL],
    ['app://techpass/assets/index.html', APP_URL],
    // The same path on another host or scheme is another page.
    ['app://evil/index.html', APP_URL],
    ['app://techpass:8080/index.html', APP_URL],
    ['app://user@techpass/index.html', APP_URL],
    ['file:///index.html', APP_URL],
    ['https://techpass/index.html', APP_URL],
    ['file://otherhost/app/out/renderer/index.html', 'file:///app/out/renderer/index.html'],
    ['http://localhost:5173/src/main.tsx', DEV_APP],
    ['http://localhost:5174/', DEV_APP],
    ['https://localhost:5173/', DEV_APP],
    ['http://localhost.evil.com:5173/', DEV_APP],
    ['http://evil.com/', DEV_APP],
    [APP_URL, 'not a url'],
  ])('refuses %s for %s', (url, app) => {
    expect(isAppUrl(url, app)).toBe(false)
  })
})

describe('createSenderCheck', () => {
  const good = { contentsId: 3, isMainFrame: true, frameUrl: APP_URL }

  it('accepts only our window, its main frame, on our page', () => {
    const check = createSenderCheck(() => 3, APP_URL)
    expect(check(good)).toBe(true)
    expect(check({ ...good, contentsId: 4 })).toBe(false)
    expect(check({ ...good, isMainFrame: false })).toBe(false)
    expect(check({ ...good, frameUrl: 'file:///tmp/evil.html' })).toBe(false)
    expect(check({ ...good, frameUrl: 'app://evil/index.html' })).toBe(false)
  })

  it('refuses everyone while there is no window', () => {
    const check = createSenderCheck(() => undefined, APP_URL)
    expect(check({ ...good, contentsId: undefined })).toBe(false)
    expect(check(good)).toBe(false)
  })

  it('asks for the window id on every call, so a new window is honoured', () => {
    let id = 3
    const check = createSenderCheck(() => id, APP_URL)
    expect(check(good)).toBe(true)
    id = 9
    expect(check(good)).toBe(false)
    expect(check({ ...good, contentsId: 9 })).toBe(true)
  })
})
