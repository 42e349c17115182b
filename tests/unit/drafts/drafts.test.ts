import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDrafts } from '../../../src-main/drafts/drafts'
import { openConfStore } from '../../../src-main/storage/conf-store'
import { startCore } from '../support/core-harness'
import { profileInput, registrationInput, requestInput } from '../support/onboarding-inputs'
import { useTempDirs } from '../support/temp-dir'
import { english } from '../../support/english'
import { AppFailure } from '../../../src-main/errors'

const tempDir = useTempDirs()
const NOW = new Date('2026-11-23T02:00:00Z')
const draftsFile = (dir: string) => join(dir, 'drafts.json')
const bytes = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null)

describe('drafts: what was typed but not saved', () => {
  it('survive a restart: a new process opening the same folder reads them back', async () => {
    const dir = tempDir()
    const first = startCore({ dataDir: dir })
    await first.act('profile:save', profileInput())
    expect(await first.value('drafts:save', { form: 'request', values: { mobile: '+65 9123', projectName: 'Apollo' } })).toEqual({ kept: true })
    const again = startCore({ dataDir: dir })
    expect(await again.value('drafts:load', { form: 'request' })).toEqual({ mobile: '+65 9123', projectName: 'Apollo' })
    // Each form has its own draft.
    expect(await again.value('drafts:load', { form: 'registration' })).toEqual({})
  })

  it('are kept beside the record, never in it, in a file only the owner can read', async () => {
    const dir = tempDir()
    const h = startCore({ dataDir: dir })
    await h.act('profile:save', profileInput())
    await h.value('drafts:save', { form: 'registration', values: { username: 'draft-only-name' } })
    expect(statSync(draftsFile(dir)).mode & 0o777).toBe(0o600)
    expect(readFileSync(h.ledgerPath, 'utf8')).not.toContain('draft-only-name')
    expect(readFileSync(draftsFile(dir), 'utf8')).toContain('draft-only-name')
    // No snapshot is pushed: a draft is not progress.
    expect(h.emit.mock.calls.filter(([event]) => event === 'ledger:changed')).toHaveLength(1)
  })

  it('are cleared when the form itself is saved, and kept when saving it fails', async () => {
    const dir = tempDir()
    const h = startCore({ dataDir: dir })
    await h.act('profile:save', profileInput())
    await h.value('drafts:save', { form: 'request', values: { projectName: 'Apollo' } })
    await h.value('drafts:save', { form: 'registration', values: { username: 'ana.lim' } })
    const refused = await h.call('request:send', { ...requestInput(), mobile: '12' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-input' } })
    expect(await h.value('drafts:load', { form: 'request' })).toEqual({ projectName: 'Apollo' })

    await h.act('request:send', requestInput())
    expect(await h.value('drafts:load', { form: 'request' })).toEqual({})
    expect(await h.value('drafts:load', { form: 'registration' })).toEqual({ username: 'ana.lim' })
    await h.act('registration:save', registrationInput())
    expect(await h.value('drafts:load', { form: 'registration' })).toEqual({})
    expect(JSON.parse(readFileSync(draftsFile(dir), 'utf8'))).toEqual({ schemaVersion: 1, forms: {} })
  })

  it('are cleared by Start over, so the new checklist starts empty', async () => {
    const dir = tempDir()
    const h = startCore({ dataDir: dir })
    await h.act('profile:save', profileInput())
    await h.value('drafts:save', { form: 'request', values: { projectName: 'Apollo' } })
    await h.value('ledger:start-over')
    expect(await h.value('drafts:load', { form: 'request' })).toEqual({})
  })

  it('empty values remove the draft; saving nothing when there is nothing writes no file', async () => {
    const dir = tempDir()
    const h = startCore({ dataDir: dir })
    expect(await h.value('drafts:save', { form: 'request', values: {} })).toEqual({ kept: false })
    expect(existsSync(draftsFile(dir))).toBe(false)
    await h.value('drafts:save', { form: 'request', values: { mobile: '' } })
    // A field the user emptied is kept as empty: it was typed too.
    expect(await h.value('drafts:load', { form: 'request' })).toEqual({ mobile: '' })
    expect(await h.value('drafts:save', { form: 'request', values: {} })).toEqual({ kept: false })
    expect(await h.value('drafts:load', { form: 'request' })).toEqual({})
  })
})

describe('drafts refuse bad input with a plain message and change nothing', () => {
  const refusals: Array<[string, unknown, RegExp]> = [
    ['a field of the other form', { form: 'request', values: { username: 'ana' } }, /^Some of those fields are not part of this form, so nothing was kept\.$/],
    [
      'a password',
      { form: 'registration', values: { password: 'Canary-Zebra-7391' } },
      /^The assistant did not understand that request\. These parts are wrong: values\. Nothing was changed\.$/,
    ],
    ['a form that does not exist', { form: 'password', values: {} }, /^The assistant did not understand that request\. These parts are wrong: form\./],
    ['a value that is not text', { form: 'request', values: { mobile: 91234567 } }, /^The assistant did not understand that request/],
    [
      'a value longer than the form allows',
      { form: 'request', values: { companyAddress: 'x'.repeat(2001) } },
      /^The assistant did not understand that request/,
    ],
    ['values that are not a list of fields', { form: 'request', values: 'mobile=1' }, /^The assistant did not understand that request/],
  ]
  it.each(refusals)('%s', async (_name, input, message) => {
    const dir = tempDir()
    const h = startCore({ dataDir: dir })
    await h.value('drafts:save', { form: 'request', values: { projectName: 'Apollo' } })
    const before = bytes(draftsFile(dir))
    const result = await h.call('drafts:save', input)
    expect(result).toMatchObject({ ok: false })
    if (!result.ok) {
      expect(english(result.error.message)).toMatch(message)
      expect(`${JSON.stringify(result.error.message)} ${english(result.error.message)}`).not.toMatch(/Canary|schema|JSON|zod/i)
    }
    expect(bytes(draftsFile(dir))).toBe(before)
    expect(await h.value('drafts:load', { form: 'request' })).toEqual({ projectName: 'Apollo' })
  })
})

describe('a damaged drafts file', () => {
  it.each([
    ['not readable as data', '{"schemaVersion":1,"forms":'],
    ['in a shape the app never writes', JSON.stringify({ schemaVersion: 1, forms: { request: { password: 'x' } } })],
  ])('(%s) is moved aside, never deleted, and the forms start empty; the record is untouched', (_name, content) => {
    const dir = tempDir()
    writeFileSync(draftsFile(dir), content)
    const drafts = openDrafts(openConfStore, dir, NOW)
    expect(drafts.load('request')).toEqual({})
    const moved = readdirSync(dir).filter((f) => f.startsWith('drafts.corrupt-'))
    expect(moved).toHaveLength(1)
    expect(readFileSync(join(dir, moved[0]!), 'utf8')).toBe(content)
    expect(existsSync(join(dir, 'ledger.json'))).toBe(false)
    drafts.save('request', { mobile: '+65' })
    expect(openDrafts(openConfStore, dir, NOW).load('request')).toEqual({ mobile: '+65' })
  })

  it('that cannot be written says so in plain words, and keeps what it had', () => {
    const dir = tempDir()
    const drafts = openDrafts(
      ({ dir: d, name }) => ({
        path: join(d, `${name}.json`),
        read: () => ({}),
        write: () => {
          throw new Error('EROFS: read-only file system')
        },
      }),
      dir,
      NOW,
    )
    let thrown: unknown
    try {
      drafts.save('request', { mobile: '+65' })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(AppFailure)
    expect(english((thrown as AppFailure).said)).toMatch(/^What you typed could not be kept on this computer\. It is still in the form/)
    expect(drafts.load('request')).toEqual({})
  })
})
