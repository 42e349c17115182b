import { describe, expect, it } from 'vitest'
import { createSenderCheck, isAppUrl } from '../../../src-main/ipc/sender'

const FILE_APP = 'file:///app/out/renderer/index.html'
const DEV_APP = 'http://localhost:5173/'

describe('isAppUrl', () => {
  it.each([
    [FILE_APP, FILE_APP],
    [`${FILE_APP}#/step-2`, FILE_APP],
    [`${FILE_APP}?x=1`, FILE_APP],
    ['http://localhost:5173/src/main.tsx', DEV_APP],
    ['http://localhost:5173/', DEV_APP],
  ])('accepts %s for %s', (url, app) => {
    expect(isAppUrl(url, app)).toBe(true)
  })

  it.each([
    [undefined, FILE_APP],
    ['', FILE_APP],
    ['not a url', FILE_APP],
    ['file:///app/out/renderer/other.html', FILE_APP],
    ['file:///elsewhere/index.html', FILE_APP],
    ['https://app/out/renderer/index.html', FILE_APP],
    ['http://localhost:5174/', DEV_APP],
    ['https://localhost:5173/', DEV_APP],
    ['http://localhost.evil.com:5173/', DEV_APP],
    ['http://evil.com/', DEV_APP],
    [FILE_APP, 'not a url'],
  ])('refuses %s for %s', (url, app) => {
    expect(isAppUrl(url, app)).toBe(false)
  })
})

describe('createSenderCheck', () => {
  const good = { contentsId: 3, isMainFrame: true, frameUrl: FILE_APP }

  it('accepts only our window, its main frame, on our page', () => {
    const check = createSenderCheck(() => 3, FILE_APP)
    expect(check(good)).toBe(true)
    expect(check({ ...good, contentsId: 4 })).toBe(false)
    expect(check({ ...good, isMainFrame: false })).toBe(false)
    expect(check({ ...good, frameUrl: 'file:///tmp/evil.html' })).toBe(false)
  })

  it('refuses everyone while there is no window', () => {
    const check = createSenderCheck(() => undefined, FILE_APP)
    expect(check({ ...good, contentsId: undefined })).toBe(false)
    expect(check(good)).toBe(false)
  })

  it('asks for the window id on every call, so a new window is honoured', () => {
    let id = 3
    const check = createSenderCheck(() => id, FILE_APP)
    expect(check(good)).toBe(true)
    id = 9
    expect(check(good)).toBe(false)
    expect(check({ ...good, contentsId: 9 })).toBe(true)
  })
})
