import { execFileSync } from 'node:child_process'
import { closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FileKind } from '../../../src-main/ports'
import { useTempDirs } from '../support/temp-dir'

type DialogAnswer = { canceled: boolean; filePath?: string; filePaths?: string[] }
const electron = vi.hoisted(() => ({
  dialog: {
    showSaveDialog: vi.fn<(...args: unknown[]) => Promise<DialogAnswer>>(),
    showOpenDialog: vi.fn<(...args: unknown[]) => Promise<DialogAnswer>>(),
  },
  shell: { openExternal: vi.fn(async (_url: string) => {}), showItemInFolder: vi.fn((_path: string) => {}) },
  clipboard: { writeText: vi.fn((_text: string) => {}) },
}))
vi.mock('electron', () => ({ dialog: electron.dialog, shell: electron.shell, clipboard: electron.clipboard, safeStorage: {}, BrowserWindow: vi.fn() }))

const { electronPorts } = await import('../../../src-main/platform/electron-ports')
const { safeStorageVault } = await import('../../../src-main/platform/safe-storage-vault')

const tempDir = useTempDirs()

beforeEach(() => {
  vi.clearAllMocks()
})

function fakeWindow(pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46])) {
  const printToPDF = vi.fn(async (_options: Record<string, unknown>) => Buffer.from(pdf))
  return { win: { webContents: { printToPDF } } as unknown as BrowserWindow, printToPDF }
}

// Titles and filter names are said in the language main speaks (English here; i18n/main-i18n.ts).
const SAVE_TITLES: Record<FileKind, string> = { json: 'Save a support bundle', pdf: 'Save as PDF', text: 'Save the text' }
const FILTERS: Record<FileKind, { name: string; extensions: string[] }[]> = {
  json: [{ name: 'Support bundle', extensions: ['json'] }],
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  text: [{ name: 'Text', extensions: ['txt'] }],
}

describe('files.save', () => {
  it.each([
    ['json', 'techpass-support-2026-11-23.json', '{"format":"techpass-support-bundle"}\n'],
    ['pdf', 'techpass-onboarding-summary.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff])],
    ['text', 'techpass-request.txt', 'Dear project manager,\nPlease request…'],
  ] as const)('%s: asks with its filter over the window, then writes the bytes where the user chose', async (kind, name, data) => {
    const { win } = fakeWindow()
    const chosen = join(tempDir(), `chosen ${name}`)
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen })
    const path = await electronPorts(() => win).files.save(name, data, kind)
    expect(path).toBe(chosen)
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(win, { title: SAVE_TITLES[kind], defaultPath: name, filters: FILTERS[kind] })
    expect(readFileSync(chosen).equals(Buffer.from(data))).toBe(true)
  })

  it('with no window the dialog is not given a parent', async () => {
    const chosen = join(tempDir(), 'bundle.json')
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen })
    await electronPorts(() => null).files.save('bundle.json', '{}', 'json')
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith({ title: SAVE_TITLES.json, defaultPath: 'bundle.json', filters: FILTERS.json })
    expect(readFileSync(chosen, 'utf8')).toBe('{}')
  })

  it.each([
    ['cancelled', { canceled: true, filePath: '' }],
    ['cancelled, though a path came back', { canceled: true, filePath: 'SET' }],
    ['no path', { canceled: false, filePath: '' }],
  ])('%s: null, and nothing is written', async (_, answer) => {
    const dir = tempDir()
    const target = join(dir, 'never.json')
    electron.dialog.showSaveDialog.mockResolvedValue({ ...answer, filePath: answer.filePath === 'SET' ? target : answer.filePath })
    expect(await electronPorts(() => null).files.save('never.json', '{}', 'json')).toBeNull()
    expect(existsSync(target)).toBe(false)
  })

  it('a folder that cannot be written to rejects, so the service can explain', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(tempDir(), 'missing-folder', 'x.json') })
    await expect(electronPorts(() => null).files.save('x.json', '{}', 'json')).rejects.toThrow()
  })
})

describe('files.open', () => {
  it('reads an ordinary file within the limit whole, asking with its filter over the window', async () => {
    const path = join(tempDir(), 'bundle.json')
    writeFileSync(path, '{"format":"techpass-support-bundle"}')
    const { win } = fakeWindow()
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    const opened = await electronPorts(() => win).files.open('json', 5 * 1024 * 1024)
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(win, {
      title: 'Open a support bundle',
      properties: ['openFile'],
      filters: FILTERS.json,
    })
    expect(opened).toEqual({ path, read: 'whole', bytes: Buffer.from('{"format":"techpass-support-bundle"}') })
  })

  it('with no window the dialog is not given a parent', async () => {
    const path = join(tempDir(), 'bundle.json')
    writeFileSync(path, '{}')
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    expect(await electronPorts(() => null).files.open('json', 100)).toEqual({ path, read: 'whole', bytes: Buffer.from('{}') })
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith({ title: 'Open a support bundle', properties: ['openFile'], filters: FILTERS.json })
  })

  it('a file of exactly maxBytes is read whole, an empty file gives no bytes, and one byte more is refused with its size, unread', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'edge.json'), 'x'.repeat(10))
    writeFileSync(join(dir, 'empty.json'), '')
    writeFileSync(join(dir, 'over.json'), 'x'.repeat(11))
    for (const name of ['edge.json', 'empty.json', 'over.json']) {
      electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(dir, name)] })
    }
    const ports = electronPorts(() => null)
    expect(await ports.files.open('json', 10)).toEqual({ path: join(dir, 'edge.json'), read: 'whole', bytes: Buffer.from('x'.repeat(10)) })
    expect(await ports.files.open('json', 10)).toEqual({ path: join(dir, 'empty.json'), read: 'whole', bytes: Buffer.alloc(0) })
    expect(await ports.files.open('json', 10)).toEqual({ path: join(dir, 'over.json'), read: 'too-large', size: 11 })
  })

  it('a sparse 600 MB file is refused from its size', async () => {
    const path = join(tempDir(), 'huge.json')
    writeFileSync(path, '')
    truncateSync(path, 600 * 1024 * 1024)
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    expect(await electronPorts(() => null).files.open('json', 5 * 1024 * 1024)).toEqual({ path, read: 'too-large', size: 600 * 1024 * 1024 })
  })

  // A FIFO opened for reading waits for a writer: on a libuv worker thread, the import never finished and the thread
  // stayed taken. It is refused before it is opened. (If it ever waits again, afterEach opens its writing end to let go.)
  describe.runIf(process.platform !== 'win32')('what is not an ordinary file is refused at once, and nothing is left waiting', () => {
    const fifos: string[] = []
    afterEach(() => {
      for (const fifo of fifos.splice(0)) {
        try {
          closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK))
        } catch {
          // ENXIO: nobody is reading it, which is how it should be.
        }
      }
    })
    const fifo = (path: string) => {
      execFileSync('mkfifo', [path])
      fifos.push(path)
      return path
    }
    const answerWithin = <T>(work: Promise<T>, ms: number) =>
      Promise.race([work, new Promise<'still waiting'>((done) => setTimeout(() => done('still waiting'), ms).unref())])

    it.each([
      ['a FIFO', (dir: string) => fifo(join(dir, 'bundle.json'))],
      ['a link to a FIFO', (dir: string) => (symlinkSync(fifo(join(dir, 'pipe')), join(dir, 'bundle.json')), join(dir, 'bundle.json'))],
      ['a folder', (dir: string) => (mkdirSync(join(dir, 'bundle.json')), join(dir, 'bundle.json'))],
      ['a device', () => '/dev/zero'],
    ])('%s', async (_, make) => {
      const path = make(tempDir())
      electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
      expect(await answerWithin(electronPorts(() => null).files.open('json', 5 * 1024 * 1024), 5000)).toEqual({ path, read: 'not-a-file' })
    })
  })

  it.each([
    ['cancelled', { canceled: true, filePaths: [] }],
    ['cancelled with a path', { canceled: true, filePaths: ['/etc/hostname'] }],
    ['no file chosen', { canceled: false, filePaths: [] }],
  ])('%s: null', async (_, answer) => {
    electron.dialog.showOpenDialog.mockResolvedValue(answer)
    expect(await electronPorts(() => null).files.open('json', 100)).toBeNull()
  })

  it('a chosen file that has gone away rejects', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [join(tempDir(), 'gone.json')] })
    await expect(electronPorts(() => null).files.open('json', 100)).rejects.toThrow()
  })
})

describe('printer.toPdf', () => {
  it("prints the window's page with its background, and returns the PDF bytes", async () => {
    const { win, printToPDF } = fakeWindow(new Uint8Array([1, 2, 3]))
    const pdf = await electronPorts(() => win).printer.toPdf()
    expect(printToPDF).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ printBackground: true }))
    expect(Buffer.from(pdf).equals(Buffer.from([1, 2, 3]))).toBe(true)
  })

  it('with no window it rejects instead of printing nothing', async () => {
    await expect(electronPorts(() => null).printer.toPdf()).rejects.toThrow()
  })
})

describe('the other ports', () => {
  it('shell, clipboard and vault are handed to Electron', async () => {
    const ports = electronPorts(() => null)
    await ports.shell.openExternal('https://docs.developer.tech.gov.sg/')
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://docs.developer.tech.gov.sg/')
    await ports.clipboard.writeText('TP-800-G')
    expect(electron.clipboard.writeText).toHaveBeenCalledExactlyOnceWith('TP-800-G')
    expect(ports.vault).toBe(safeStorageVault)
  })

  it("Show in folder is Electron's shell.showItemInFolder, with the path unchanged", () => {
    const path = join(tempDir(), 'techpass support 2026-11-23.json')
    electronPorts(() => null).shell.showItemInFolder(path)
    expect(electron.shell.showItemInFolder).toHaveBeenCalledExactlyOnceWith(path)
    expect(electron.shell.openExternal).not.toHaveBeenCalled()
  })
})

describe('dialogs in the language main speaks', () => {
  it('titles and filter names follow setMainLanguage, and the extensions never change', async () => {
    const { setMainLanguage } = await import('../../../src-main/i18n/main-i18n')
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true })
    await setMainLanguage('pseudo')
    try {
      await electronPorts(() => null).files.save('bundle.json', '{}', 'json')
    } finally {
      await setMainLanguage('en')
    }
    const [options] = electron.dialog.showSaveDialog.mock.calls[0] as [{ title: string; filters: { name: string; extensions: string[] }[] }]
    expect(options.title).toMatch(/^⟦.+⟧$/)
    expect(options.title).not.toBe(SAVE_TITLES.json)
    expect(options.filters).toEqual([{ name: expect.stringMatching(/^⟦.+⟧$/), extensions: ['json'] }])
  })
})
