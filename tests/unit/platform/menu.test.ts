import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { events, menuItems } from '../../../src-shared/contract'

const electron = vi.hoisted(() => {
  const state = { isPackaged: false }
  return {
    state,
    app: {
      get isPackaged() {
        return state.isPackaged
      },
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ built: template })),
      setApplicationMenu: vi.fn(),
    },
  }
})
vi.mock('electron', () => ({ app: electron.app, Menu: electron.Menu }))

const { installMenu } = await import('../../../src-main/platform/menu')

const realPlatform = Object.getOwnPropertyDescriptor(process, 'platform')!
const setPlatform = (value: NodeJS.Platform) => Object.defineProperty(process, 'platform', { ...realPlatform, value })

beforeEach(() => {
  electron.state.isPackaged = false
  electron.Menu.buildFromTemplate.mockClear()
  electron.Menu.setApplicationMenu.mockClear()
})
afterEach(() => {
  Object.defineProperty(process, 'platform', realPlatform)
})

function fakeWindow() {
  const send = vi.fn<(channel: string, payload: unknown) => void>()
  return { win: { webContents: { send } } as unknown as BrowserWindow, send }
}

// The template the menu was built from, as installed.
function installed(window: () => BrowserWindow | null): MenuItemConstructorOptions[] {
  installMenu(window)
  expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(1)
  const template = electron.Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[]
  expect(electron.Menu.setApplicationMenu).toHaveBeenCalledExactlyOnceWith(electron.Menu.buildFromTemplate.mock.results[0]!.value)
  return template
}

const submenu = (template: MenuItemConstructorOptions[], label: string) => {
  const top = template.find((t) => t.label === label)
  expect(top, `a ${label} menu`).toBeDefined()
  return top!.submenu as MenuItemConstructorOptions[]
}

const clickables = (template: MenuItemConstructorOptions[]) =>
  template.flatMap((top) =>
    ((top.submenu as MenuItemConstructorOptions[] | undefined) ?? [])
      .filter((e) => e.click)
      .map((e) => ({ menu: top.label!, label: e.label!, click: e.click! })),
  )

const click = (entry: Pick<MenuItemConstructorOptions, 'click'>) => (entry.click as (...args: unknown[]) => void)({}, undefined, {})

describe('installMenu', () => {
  it.each([
    ['File', 'Save a support bundle…', 'export-bundle'],
    ['File', 'Print my summary…', 'print-summary'],
    ['View', 'My checklist', 'checklist'],
    ['View', 'Helpdesk guide', 'guide-mode'],
    ['Help', 'Helpdesk guide', 'guide-mode'],
    ['Help', 'Open a support bundle…', 'import-bundle'],
  ])('%s > %s sends app:menu-chosen with { item: %s } to the window', (menu, label, item) => {
    const { win, send } = fakeWindow()
    const entry = submenu(
      installed(() => win),
      menu,
    ).find((e) => e.label === label)
    expect(entry?.click).toBeTypeOf('function')
    click(entry!)
    expect(send).toHaveBeenCalledExactlyOnceWith('app:menu-chosen', { item })
    expect(events['app:menu-chosen'].safeParse(send.mock.calls[0]![1]).success).toBe(true)
  })

  it('offers every menu item the contract names, and nothing else', () => {
    const { win, send } = fakeWindow()
    const entries = clickables(installed(() => win))
    for (const entry of entries) click(entry)
    expect(send).toHaveBeenCalledTimes(entries.length)
    const sent = new Set(send.mock.calls.map(([, payload]) => (payload as { item: string }).item))
    expect([...sent].sort()).toEqual([...menuItems].sort())
    for (const [channel] of send.mock.calls) expect(channel).toBe('app:menu-chosen')
  })

  it('sends nothing, and does not throw, when there is no window', () => {
    const window = vi.fn<() => BrowserWindow | null>(() => null)
    const entries = clickables(installed(window))
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) expect(() => click(entry)).not.toThrow()
    expect(window).toHaveBeenCalledTimes(entries.length)
  })

  it('looks the window up when an entry is chosen, so a reopened window gets the message', () => {
    const first = fakeWindow()
    const second = fakeWindow()
    let current: BrowserWindow | null = first.win
    const entries = clickables(installed(() => current))
    current = second.win
    click(entries.find((e) => e.label === 'My checklist')!)
    expect(first.send).not.toHaveBeenCalled()
    expect(second.send).toHaveBeenCalledExactlyOnceWith('app:menu-chosen', { item: 'checklist' })
  })

  it('on macOS starts with the app menu and closes the window from File', () => {
    setPlatform('darwin')
    const template = installed(() => null)
    expect(template[0]).toEqual({ role: 'appMenu' })
    expect(
      submenu(template, 'File')
        .map((e) => e.role)
        .filter(Boolean),
    ).toEqual(['close'])
  })

  it.each(['win32', 'linux'] as const)('on %s has no app menu and quits from File', (platform) => {
    setPlatform(platform)
    const template = installed(() => null)
    expect(template.some((t) => t.role === 'appMenu')).toBe(false)
    expect(template.map((t) => t.label)).toEqual(['File', 'View', 'Help'])
    expect(
      submenu(template, 'File')
        .map((e) => e.role)
        .filter(Boolean),
    ).toEqual(['quit'])
  })

  it('offers the developer tools only when the app is not packaged', () => {
    const dev = submenu(
      installed(() => null),
      'View',
    ).map((e) => e.role)
    expect(dev).toContain('toggleDevTools')
    electron.Menu.buildFromTemplate.mockClear()
    electron.Menu.setApplicationMenu.mockClear()
    electron.state.isPackaged = true
    const packaged = submenu(
      installed(() => null),
      'View',
    ).map((e) => e.role)
    expect(packaged).not.toContain('toggleDevTools')
    expect(packaged).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']))
  })
})

describe('the menu in the language main speaks', () => {
  afterEach(async () => {
    const { setMainLanguage } = await import('../../../src-main/i18n/main-i18n')
    await setMainLanguage('en')
  })

  it('gives every entry, roles included, a label from the catalog', () => {
    const template = installed(() => null)
    const entries = template.flatMap((top) => [top, ...((top.submenu as MenuItemConstructorOptions[] | undefined) ?? [])])
    for (const entry of entries.filter((e) => e.type !== 'separator' && e.role !== 'appMenu')) expect(entry.label, JSON.stringify(entry)).toBeTruthy()
    expect(submenu(template, 'View').map((e) => e.label)).toEqual([
      'My checklist',
      'Helpdesk guide',
      undefined,
      'Actual size',
      'Zoom in',
      'Zoom out',
      'Developer tools',
    ])
  })

  it('is built again, in the new language, when main changes language; the entries still send the same items', async () => {
    const { setMainLanguage } = await import('../../../src-main/i18n/main-i18n')
    const { win, send } = fakeWindow()
    installed(() => win)
    await setMainLanguage('pseudo')
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(2)
    const rebuilt = electron.Menu.buildFromTemplate.mock.calls[1]![0] as MenuItemConstructorOptions[]
    expect(electron.Menu.setApplicationMenu).toHaveBeenLastCalledWith(electron.Menu.buildFromTemplate.mock.results[1]!.value)
    const labels = rebuilt.flatMap((top) => [top.label, ...((top.submenu as MenuItemConstructorOptions[] | undefined) ?? []).map((e) => e.label)])
    for (const label of labels.filter((l) => l !== undefined)) expect(label).toMatch(/^⟦.+⟧$/)
    const entries = clickables(rebuilt)
    for (const entry of entries) click(entry)
    expect([...new Set(send.mock.calls.map(([, payload]) => (payload as { item: string }).item))].sort()).toEqual([...menuItems].sort())
  })

  it('is built once per change, however often it was installed', async () => {
    const { setMainLanguage } = await import('../../../src-main/i18n/main-i18n')
    installMenu(() => null)
    installMenu(() => null)
    electron.Menu.buildFromTemplate.mockClear()
    await setMainLanguage('vi')
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(1)
  })
})
