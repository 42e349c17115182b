import { execFileSync, spawn } from 'node:child_process'
import { truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_CONFIG_BYTES, MAX_CONFIG_NOTICES, loadConfig } from '../../../src-main/config/config-file'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { useTempDirs } from '../support/temp-dir'
import { saidAll } from '../support/said'

// Counts every byte taken from disk, whichever fs call takes it.
const io = vi.hoisted(() => ({ bytesRead: 0, explainThrows: false }))
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  const readSync = ((...args: unknown[]) => {
    const got = (fs.readSync as (...a: unknown[]) => number)(...args)
    io.bytesRead += got
    return got
  }) as typeof fs.readSync
  const readFileSync = ((...args: unknown[]) => {
    const out = (fs.readFileSync as (...a: unknown[]) => string | Buffer)(...args)
    io.bytesRead += Buffer.byteLength(out)
    return out
  }) as typeof fs.readFileSync
  const mocked = { ...fs, readSync, readFileSync }
  return { ...mocked, default: mocked }
})
// Lets a test make the notice builder fail, to prove that nothing escapes loadConfig.
vi.mock('../../../src-main/config/plain-issues', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src-main/config/plain-issues')>()
  return {
    ...real,
    plainIssues: (...args: Parameters<typeof real.plainIssues>) => {
      if (io.explainThrows) throw new TypeError('cannot read properties of undefined')
      return real.plainIssues(...args)
    },
  }
})

const tempDir = useTempDirs()
const MB = 1024 * 1024

beforeEach(() => {
  io.bytesRead = 0
  io.explainThrows = false
})

function rawConfig(text: string): string {
  const path = join(tempDir(), 'config.json')
  writeFileSync(path, text)
  return path
}

describe('loadConfig: keys that exist on every object never crash start-up', () => {
  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'])(
    '"%s" is an unknown setting with a notice; the good keys still apply',
    (key) => {
      const path = rawConfig(`{ "organisationName": "GovTech", "${key}": { "polluted": true } }`)
      const loaded = loadConfig(path)
      expect(saidAll(loaded.notices)).toEqual([`The setting "${key}" in ${path} is not a known setting and was ignored.`])
      expect(loaded.settings.organisationName).toBe('GovTech')
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.keys(loaded.settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort())
    },
  )

  it('all of them at once, plus a nested "__proto__" inside a known setting', () => {
    const path = rawConfig(
      '{ "constructor": 1, "__proto__": 2, "toString": 3, "valueOf": 4, "hasOwnProperty": 5, "deadlines": { "__proto__": { "x": 1 }, "registerDays": 5, "activateDays": 30, "soonDays": 2 } }',
    )
    const loaded = loadConfig(path)
    expect(saidAll(loaded.notices)).toHaveLength(6)
    expect(saidAll(loaded.notices).at(-1)).toBe(`The setting "deadlines" in ${path} keeps its default, because deadlines has an unknown setting "__proto__".`)
    expect(loaded.settings.deadlines).toEqual(DEFAULT_SETTINGS.deadlines)
  })
})

describe('loadConfig: the file itself', () => {
  it('a FIFO is refused at once: start-up does not wait for a writer', async () => {
    const path = join(tempDir(), 'config.json')
    execFileSync('mkfifo', [path])
    // A writer that turns up late, so a reader that blocks on the FIFO is seen to have waited.
    const writer = spawn('sh', ['-c', `sleep 3; printf '{}' > '${path}'`], { stdio: 'ignore' })
    try {
      const started = Date.now()
      const loaded = loadConfig(path)
      expect(Date.now() - started).toBeLessThan(2000)
      expect(saidAll(loaded.notices)).toEqual([`The configuration file ${path} is not an ordinary file, so the built-in settings are used.`])
      expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, notices: loaded.notices })
    } finally {
      writer.kill()
    }
  })

  it('a sparse 600 MB file is refused after reading at most the limit plus one byte', () => {
    const path = rawConfig('{}')
    truncateSync(path, 600 * MB)
    const loaded = loadConfig(path)
    expect(saidAll(loaded.notices)).toEqual([`The configuration file ${path} is larger than 256 KB, so the built-in settings are used.`])
    expect(io.bytesRead).toBeLessThanOrEqual(MAX_CONFIG_BYTES + 1)
  })

  it('a UTF-8 byte-order mark is allowed', () => {
    const loaded = loadConfig(rawConfig('\uFEFF{ "organisationName": "GovTech" }'))
    expect(saidAll(loaded.notices)).toEqual([])
    expect(loaded.settings.organisationName).toBe('GovTech')
  })
})

describe('loadConfig: notices stay short and safe to show', () => {
  it(`more than ${MAX_CONFIG_NOTICES} problems: the first ${MAX_CONFIG_NOTICES}, then a count`, () => {
    const keys = Array.from({ length: 500 }, (_, i) => `"unknown${i}": ${i}`)
    const path = rawConfig(`{ ${keys.join(', ')} }`)
    const loaded = loadConfig(path)
    expect(saidAll(loaded.notices)).toHaveLength(MAX_CONFIG_NOTICES + 1)
    expect(saidAll(loaded.notices).at(-1)).toBe(`${path} has ${500 - MAX_CONFIG_NOTICES} more problems like these.`)
    expect(loaded.settings.notices).toEqual(loaded.notices)
  })

  it('an unknown key is quoted short, with control and direction characters replaced', () => {
    const path = rawConfig(JSON.stringify({ ['evil\n\u202Ekey"' + 'x'.repeat(200)]: 1 }))
    const [notice] = saidAll(loadConfig(path).notices)
    expect(notice).toMatch(/^The setting "evil\?\?key\?x+…" in /)
    expect(notice!.length).toBeLessThan(path.length + 140)
  })

  it('any unexpected failure while loading means the built-in settings and one notice, never a crash', () => {
    io.explainThrows = true
    const path = rawConfig('{ "organisationName": "GovTech", "deadlines": "five" }')
    const loaded = loadConfig(path)
    expect(saidAll(loaded.notices)).toEqual([`The configuration file ${path} could not be used, so the built-in settings are used.`])
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, notices: loaded.notices })
    expect(loaded.policyTextsDir).toBeNull()
  })
})
