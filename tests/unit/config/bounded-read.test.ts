import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { readBoundedFile } from '../../../src-main/config/bounded-read'
import { useTempDirs } from '../support/temp-dir'

// Counts every byte the reader takes from disk, and can make fstat report a stale size.
const io = vi.hoisted(() => ({ bytesRead: 0, reportedSize: null as number | null }))
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  const readSync = ((...args: Parameters<typeof fs.readSync>) => {
    const got = (fs.readSync as (...a: unknown[]) => number)(...args)
    io.bytesRead += got
    return got
  }) as typeof fs.readSync
  const fstatSync = ((fd: number) => {
    const stat = fs.fstatSync(fd)
    if (io.reportedSize !== null) Object.defineProperty(stat, 'size', { value: io.reportedSize })
    return stat
  }) as typeof fs.fstatSync
  const mocked = { ...fs, readSync, fstatSync }
  return { ...mocked, default: mocked }
})

const tempDir = useTempDirs()
const LIMIT = 1024
const MB = 1024 * 1024

beforeEach(() => {
  io.bytesRead = 0
  io.reportedSize = null
})

describe('readBoundedFile: only regular files, never more than the limit plus one byte', () => {
  it('reads a regular file whole, with its stat', () => {
    const path = join(tempDir(), 'config.json')
    writeFileSync(path, '{"a":1}')
    const read = readBoundedFile(path, { limit: LIMIT })
    expect(read.ok && read.value.bytes.toString('utf8')).toBe('{"a":1}')
    expect(read.ok && read.value.stat.isFile()).toBe(true)
  })

  it('a file of exactly the limit is read; one byte more is refused', () => {
    const path = join(tempDir(), 'edge.json')
    writeFileSync(path, 'x'.repeat(LIMIT))
    expect(readBoundedFile(path, { limit: LIMIT }).ok).toBe(true)
    writeFileSync(path, 'x'.repeat(LIMIT + 1))
    expect(readBoundedFile(path, { limit: LIMIT })).toEqual({ ok: false, error: { refusal: 'too-large', size: LIMIT + 1 } })
  })

  it('a missing file, or one under a missing folder, is "missing"', () => {
    expect(readBoundedFile(join(tempDir(), 'nowhere.json'), { limit: LIMIT })).toEqual({ ok: false, error: { refusal: 'missing' } })
    expect(readBoundedFile(join(tempDir(), 'no', 'such', 'file.json'), { limit: LIMIT })).toEqual({ ok: false, error: { refusal: 'missing' } })
  })

  it('a FIFO is refused at once and never opened, so it cannot hang start-up', () => {
    const path = join(tempDir(), 'config.json')
    execFileSync('mkfifo', [path])
    const started = Date.now()
    expect(readBoundedFile(path, { limit: LIMIT })).toEqual({ ok: false, error: { refusal: 'not-a-file' } })
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('a link to a FIFO is opened without waiting and refused', () => {
    const dir = tempDir()
    execFileSync('mkfifo', [join(dir, 'pipe')])
    symlinkSync(join(dir, 'pipe'), join(dir, 'config.json'))
    expect(readBoundedFile(join(dir, 'config.json'), { limit: LIMIT })).toEqual({ ok: false, error: { refusal: 'not-a-file' } })
  })

  it.each([
    ['a folder', (p: string) => mkdirSync(p)],
    ['a link to a folder', (p: string) => symlinkSync(tempDir(), p)],
  ])('%s is refused as not a file', (_, make) => {
    const path = join(tempDir(), 'config.json')
    make(path)
    expect(readBoundedFile(path, { limit: LIMIT })).toEqual({ ok: false, error: { refusal: 'not-a-file' } })
  })

  it('a device is refused as not a file', () => {
    expect(readBoundedFile('/dev/zero', { limit: LIMIT })).toEqual({ ok: false, error: { refusal: 'not-a-file' } })
    expect(io.bytesRead).toBe(0)
  })

  it('a link to a regular file is followed and read', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'real.json'), '{}')
    symlinkSync(join(dir, 'real.json'), join(dir, 'config.json'))
    const read = readBoundedFile(join(dir, 'config.json'), { limit: LIMIT })
    expect(read.ok && read.value.bytes.toString()).toBe('{}')
  })

  it('a sparse 600 MB file is refused from its size, without reading a byte', () => {
    const path = join(tempDir(), 'huge.json')
    writeFileSync(path, '')
    truncateSync(path, 600 * MB)
    expect(readBoundedFile(path, { limit: LIMIT })).toEqual({ ok: false, error: { refusal: 'too-large', size: 600 * MB } })
    expect(io.bytesRead).toBe(0)
  })

  it('a file that grew after it was measured is read only up to the limit plus one byte, then refused as at least that large', () => {
    const path = join(tempDir(), 'growing.json')
    writeFileSync(path, '')
    truncateSync(path, 600 * MB)
    io.reportedSize = 10
    expect(readBoundedFile(path, { limit: LIMIT })).toEqual({ ok: false, error: { refusal: 'too-large', size: LIMIT + 1 } })
    expect(io.bytesRead).toBe(LIMIT + 1)
  })

  it('a file that cannot be opened is "unreadable"', () => {
    const dir = tempDir()
    const path = join(dir, 'secret.json')
    writeFileSync(path, '{}')
    chmodSync(path, 0o000)
    const read = readBoundedFile(path, { limit: LIMIT })
    // root can open any file, so this machine reads it; anyone else gets "unreadable".
    if (process.getuid?.() === 0) expect(read.ok).toBe(true)
    else expect(read).toEqual({ ok: false, error: { refusal: 'unreadable' } })
  })

  it('vet sees the opened file before any byte is read, and its reason refuses it', () => {
    const path = join(tempDir(), 'config.json')
    writeFileSync(path, '{}')
    const seen: number[] = []
    const read = readBoundedFile(path, {
      limit: LIMIT,
      vet: (stat) => {
        seen.push(stat.size)
        return { id: 'config.trust.file-writable' }
      },
    })
    expect(read).toEqual({ ok: false, error: { refusal: 'untrusted', reason: { id: 'config.trust.file-writable' } } })
    expect(seen).toEqual([2])
    expect(io.bytesRead).toBe(0)
  })

  it('vet returning null lets the file be read; a vet that throws makes it "unreadable"', () => {
    const path = join(tempDir(), 'config.json')
    writeFileSync(path, '{}')
    expect(readBoundedFile(path, { limit: LIMIT, vet: () => null }).ok).toBe(true)
    const thrown = readBoundedFile(path, {
      limit: LIMIT,
      vet: () => {
        throw new Error('boom')
      },
    })
    expect(thrown).toEqual({ ok: false, error: { refusal: 'unreadable' } })
  })
})
