import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openConfStore, openWith } from '../../../src-main/storage/conf-store'
import { StoreUnreadableError } from '../../../src-main/storage/store-port'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

describe('openConfStore', () => {
  it('reads back what it wrote, as JSON in <dir>/<name>.json', () => {
    const dir = tempDir()
    const store = openConfStore({ dir, name: 'ledger' })
    expect(store.path).toBe(join(dir, 'ledger.json'))
    expect(store.read()).toEqual({})
    store.write({ schemaVersion: 1, events: [], 'a.b': 1 })
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ schemaVersion: 1, events: [], 'a.b': 1 })
    expect(openConfStore({ dir, name: 'ledger' }).read()).toEqual({ schemaVersion: 1, events: [], 'a.b': 1 })
  })

  // Written by electron-store 11.0.2 (the app's store before this change), captured from a run of it: openElectronStore({ dir:
  // userData, name: 'preferences' }).write({ schemaVersion: 1, language: 'vi' }). Users' files look like this.
  const ELECTRON_STORE_FILE = '{\n\t"schemaVersion": 1,\n\t"language": "vi"\n}'

  it('reads a file electron-store wrote, at the same path, and writes it back in the same format', () => {
    const dir = tempDir()
    const path = join(dir, 'preferences.json')
    writeFileSync(path, ELECTRON_STORE_FILE, { mode: 0o600 })
    const store = openConfStore({ dir, name: 'preferences' })
    expect(store.path).toBe(path)
    expect(store.read()).toEqual({ schemaVersion: 1, language: 'vi' })
    store.write({ schemaVersion: 1, language: 'vi' })
    expect(readFileSync(path, 'utf8')).toBe(ELECTRON_STORE_FILE)
  })

  it('throws StoreUnreadableError for a file that is not JSON, and leaves it in place', () => {
    const dir = tempDir()
    const path = join(dir, 'ledger.json')
    writeFileSync(path, '{ broken')
    let thrown: unknown
    try {
      openConfStore({ dir, name: 'ledger' })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(StoreUnreadableError)
    expect((thrown as StoreUnreadableError).path).toBe(path)
    expect(readFileSync(path, 'utf8')).toBe('{ broken')
  })
})

describe('openWith', () => {
  it('passes on errors that are not about JSON', () => {
    const failure = new Error('EACCES')
    expect(() =>
      openWith(
        () => {
          throw failure
        },
        '/x/ledger.json',
        tempDir(),
      ),
    ).toThrow(failure)
  })
})
