import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { channelNames } from '../../../src-shared/contract'
import type { AppInfo, Handlers } from '../../../src-shared/contract'
import { MSG_ID, say } from '../../../src-shared/message'
import { storageFailures } from '../../../src-shared/messages/storage'
import { AppErrorSchema } from '../../../src-shared/result'
import type { Result } from '../../../src-shared/result'
import { english } from '../../support/english'
import { realGuide } from '../support/guide'
import { AppFailure } from '../../../src-main/errors'
import { createDispatcher } from '../../../src-main/ipc/binder'
import type { SenderInfo } from '../../../src-main/ipc/sender'
import { startCore, trusted, WINDOW_ID } from '../support/core-harness'
import { eventsIn } from '../support/ledger-file'
import { profileInput, requestInput } from '../support/onboarding-inputs'
import { useTempDirs } from '../support/temp-dir'

const SENTINEL = 'SENTINEL-do-not-echo'
// Something done outside the app; refused by the engine until the registration email has arrived.
const valid = { role: 'registration', item: 'open-link', done: true }
const tempDir = useTempDirs()

function info(dataDir: string): AppInfo {
  return { name: 'TechPass Onboarding Assistant', version: '0.0.0-test', dataDir, isPackaged: false, mode: 'browser-harness' }
}

function setup() {
  const { emit, dispatch, ledgerPath } = startCore({ dataDir: tempDir(), now: '2025-03-01T09:00:00.000Z' })
  return { emit, dispatch, ledgerPath }
}

// A refusal: the right code, a message id with values that the contract accepts, said in English as a sentence for a
// person, and nothing from inside the program.
function expectRefusal(result: Result<unknown>, code: string): void {
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(Object.keys(result).sort()).toEqual(['error', 'ok'])
  expect(AppErrorSchema.strict().safeParse(result.error).success).toBe(true)
  expect(result.error.code).toBe(code)
  expect(result.error.message.id).toMatch(MSG_ID)
  const text = english(result.error.message, realGuide())
  // A sentence may open with a quoted item name, as in “Submit the registration form” is …
  expect(text).toMatch(/^[A-Z“].{15,}[.!]$/s)
  expect(text).not.toMatch(/\n\s*at |\.ts:\d+|Error:|ZodError/)
  expect(JSON.stringify(result.error)).not.toContain(SENTINEL)
}

const badSenders: [string, SenderInfo][] = [
  ['another webContents', { ...trusted, contentsId: WINDOW_ID + 1 }],
  ['the id as a string', { ...trusted, contentsId: String(WINDOW_ID) }],
  ['no webContents id', { ...trusted, contentsId: undefined }],
  ['a subframe', { ...trusted, isMainFrame: false }],
  ['another page of ours', { ...trusted, frameUrl: 'app://techpass/other.html' }],
  ['our path on another host', { ...trusted, frameUrl: 'app://evil/index.html' }],
  ['a local file', { ...trusted, frameUrl: 'file:///index.html' }],
  ['a web page', { ...trusted, frameUrl: 'https://evil.example/app/out/renderer/index.html' }],
  ['a frame with no URL', { ...trusted, frameUrl: undefined }],
  ['a frame URL that is not a URL', { ...trusted, frameUrl: 'index.html' }],
]

// Each is refused with no profile saved, and again with a vendor profile saved (see the byte-identical test).
const badInputs: [string, unknown, unknown, string][] = [
  ['a role of the wrong type', 'checklist:confirm', { ...valid, role: 1 }, 'bad-input'],
  ['an item of the wrong type', 'checklist:confirm', { ...valid, item: ['open-link'] }, 'bad-input'],
  ['done as a string', 'checklist:confirm', { ...valid, done: 'true' }, 'bad-input'],
  ['done as a number', 'checklist:confirm', { ...valid, done: 1 }, 'bad-input'],
  ['a day of the wrong type', 'checklist:confirm', { ...valid, on: 20261121 }, 'bad-input'],
  ['an overlong day', 'checklist:confirm', { ...valid, on: `2026-11-21${SENTINEL.repeat(4)}` }, 'bad-input'],
  ['an extra key', 'checklist:confirm', { ...valid, note: SENTINEL }, 'bad-input'],
  ['a prototype key', 'checklist:confirm', JSON.parse(`{"role":"registration","item":"open-link","done":true,"__proto__":{"x":1}}`), 'bad-input'],
  ['a missing done', 'checklist:confirm', { role: valid.role, item: valid.item }, 'bad-input'],
  ['a missing item', 'checklist:confirm', { role: valid.role, done: true }, 'bad-input'],
  ['a section id where its role belongs', 'checklist:confirm', { ...valid, role: 'step-2' }, 'bad-input'],
  ['an empty object', 'checklist:confirm', {}, 'bad-input'],
  ['no input at all', 'checklist:confirm', undefined, 'bad-input'],
  ['null input', 'checklist:confirm', null, 'bad-input'],
  ['a string input', 'checklist:confirm', SENTINEL, 'bad-input'],
  ['an array input', 'checklist:confirm', [valid], 'bad-input'],
  ['an id that is not a slug', 'checklist:confirm', { ...valid, item: `../${SENTINEL}` }, 'bad-input'],
  ['an empty id', 'checklist:confirm', { ...valid, item: '   ' }, 'bad-input'],
  ['an overlong id', 'checklist:confirm', { ...valid, item: 'a'.repeat(65) }, 'bad-input'],
  ['a role that is not a role', 'checklist:reopen', { role: SENTINEL }, 'bad-input'],
  ['a section id to reopen', 'checklist:reopen', { sectionId: 'step-1' }, 'bad-input'],
  [
    'the old SEED flag in a profile',
    'profile:save',
    { audience: 'vendor', seedProvisioned: false, orgEmail: 'ana@acme.com', onboardingEmailOn: null },
    'bad-input',
  ],
  ['a SEED answer that is not yes, no or unknown', 'profile:save', { ...profileInput('vendor', null), seed: 'maybe' }, 'bad-input'],
  ['input to a no-input channel', 'ledger:snapshot', { all: true }, 'bad-input'],
  ['input to acknowledge-recovery', 'ledger:acknowledge-recovery', valid, 'bad-input'],
  ['input to the SEED email report', 'seed:email-expired', { expired: true }, 'bad-input'],
  ['input to the SEED service request', 'seed:service-requested', SENTINEL, 'bad-input'],
  ['input to app:info', 'app:info', SENTINEL, 'bad-input'],
  ['an unknown channel', 'ledger:delete', valid, 'unknown-channel'],
  ['the removed ledger:record', 'ledger:record', { sectionId: 'prerequisites', itemId: 'org-email', done: true }, 'unknown-channel'],
  ['the removed ledger:reopen', 'ledger:reopen', { sectionId: 'step-1' }, 'unknown-channel'],
  ['the removed password:confirm-reset', 'password:confirm-reset', undefined, 'unknown-channel'],
  ['a channel that differs in case', 'Checklist:Confirm', valid, 'unknown-channel'],
  ['a prototype name as channel', '__proto__', valid, 'unknown-channel'],
  ['toString as channel', 'toString', valid, 'unknown-channel'],
  ['a number as channel', 42, valid, 'unknown-channel'],
  ['null as channel', null, valid, 'unknown-channel'],
  ['no channel', undefined, valid, 'unknown-channel'],
  ['an array as channel', ['checklist:confirm'], valid, 'unknown-channel'],
  ['an object as channel', { toString: () => 'checklist:confirm' }, valid, 'unknown-channel'],
  ['an unknown item id', 'checklist:confirm', { ...valid, item: 'no-such-item' }, 'not-found'],
  ['an item from another section', 'checklist:confirm', { ...valid, item: 'org-email' }, 'not-found'],
  ['an item only the assistant can mark done', 'checklist:confirm', { role: 'profile', item: 'org-email', done: true }, 'not-allowed'],
  ['an item whose requirement is not done', 'checklist:confirm', valid, 'not-allowed'],
  ['reopening a section that is not finished', 'checklist:reopen', { role: 'request' }, 'not-allowed'],
  ['a SEED email report without SEED', 'seed:email-expired', undefined, 'not-allowed'],
  ['a SEED service request with no expired email', 'seed:service-requested', undefined, 'not-allowed'],
  ['a new invitation that is not needed', 'invitation:renew', undefined, 'not-allowed'],
  ['a policy that does not exist', 'policy:read', { id: SENTINEL, version: '1.0', sha256: '0'.repeat(64) }, 'not-found'],
]

describe('createDispatcher through createCore: refusals', () => {
  it.each(badSenders)('refuses %s with forbidden-sender', async (_name, sender) => {
    const { dispatch, emit, ledgerPath } = setup()
    expectRefusal(await dispatch('profile:save', profileInput('vendor', null), sender), 'forbidden-sender')
    expectRefusal(await dispatch('app:info', undefined, sender), 'forbidden-sender')
    expect(emit).not.toHaveBeenCalled()
    expect(existsSync(ledgerPath)).toBe(false)
  })

  it.each(badInputs)('refuses %s', async (_name, channel, input, code) => {
    const { dispatch, emit } = setup()
    expectRefusal(await dispatch(channel, input, trusted), code)
    expect(emit).not.toHaveBeenCalled()
  })

  it('leaves ledger.jsonl byte-identical after every refused call', async () => {
    const { dispatch, emit, ledgerPath } = setup()
    const first = await dispatch('profile:save', profileInput('vendor', null), trusted)
    expect(first.ok).toBe(true)
    const before = readFileSync(ledgerPath)
    expect(eventsIn(ledgerPath)).toHaveLength(1)
    emit.mockClear()

    // From a trusted sender each of the first two would be recorded: only the sender check stops them.
    const attempts: [unknown, unknown, SenderInfo][] = [
      ...badSenders.map(([, sender]): [unknown, unknown, SenderInfo] => ['profile:save', profileInput('offshore-odc', null), sender]),
      ...badSenders.map(([, sender]): [unknown, unknown, SenderInfo] => ['request:send', requestInput('vendor'), sender]),
      ...badSenders.map(([, sender]): [unknown, unknown, SenderInfo] => ['checklist:confirm', valid, sender]),
      ...badInputs.map(([, channel, input]): [unknown, unknown, SenderInfo] => [channel, input, trusted]),
    ]
    for (const [channel, input, sender] of attempts) {
      const result = await dispatch(channel, input, sender)
      expect(result.ok, `${String(channel)} ${JSON.stringify(input)}`).toBe(false)
      expect(readFileSync(ledgerPath).equals(before), `${String(channel)} ${JSON.stringify(input)}`).toBe(true)
    }
    expect(emit).not.toHaveBeenCalled()
    const after = await dispatch('ledger:snapshot', undefined, trusted)
    expect(after.ok && (after.value as { eventCount: number }).eventCount).toBe(1)
    // The control: from our own window the same two calls are recorded.
    expect((await dispatch('request:send', requestInput('vendor'), trusted)).ok).toBe(true)
    expect((await dispatch('profile:save', profileInput('offshore-odc', null), trusted)).ok).toBe(true)
  })
})

describe('createDispatcher with its own handlers', () => {
  const appInfo = info('/tmp/unused')
  const unused = () => {
    throw new AppFailure('unavailable', { id: 'test.not-part-of-this-test' })
  }
  // Every contract channel gets a handler, as the Handlers type demands; a test overrides the ones it uses.
  const handlers = (overrides: Partial<Handlers>): Handlers => ({
    ...(Object.fromEntries(channelNames.map((channel) => [channel, unused])) as unknown as Handlers),
    'app:info': () => appInfo,
    ...overrides,
  })
  const allow = () => true

  it('passes the parsed input to the handler and wraps its value', async () => {
    const confirm = vi.fn(unused)
    const dispatch = createDispatcher(handlers({ 'checklist:confirm': confirm }), allow)
    await dispatch('checklist:confirm', { role: 'registration', item: ' open-link ', done: true, on: null }, trusted)
    expect(confirm).toHaveBeenCalledWith({ role: 'registration', item: 'open-link', done: true, on: null })
    expect(await dispatch('app:info', undefined, trusted)).toEqual({ ok: true, value: appInfo })
  })

  it('knows every contract channel, so none is answered with unknown-channel', async () => {
    const dispatch = createDispatcher(handlers({}), allow)
    for (const channel of channelNames) {
      const result = await dispatch(channel, { probe: SENTINEL }, trusted)
      expect(result.ok ? 'ok' : result.error.code, channel).not.toBe('unknown-channel')
    }
  })

  it('never calls a handler for a refused sender or input', async () => {
    const info = vi.fn(() => appInfo)
    const dispatch = createDispatcher(handlers({ 'app:info': info }), () => false)
    await dispatch('app:info', undefined, trusted)
    const open = createDispatcher(handlers({ 'app:info': info }), allow)
    await open('app:info', { x: 1 }, trusted)
    expect(info).not.toHaveBeenCalled()
  })

  it('turns a plain Error into internal without its message', async () => {
    const log = vi.fn()
    const secret = `token ${SENTINEL} in /home/user/secret.txt`
    const dispatch = createDispatcher(
      handlers({
        'app:info': () => {
          throw new Error(secret)
        },
      }),
      allow,
      log,
    )
    const result = await dispatch('app:info', undefined, trusted)
    expectRefusal(result, 'internal')
    expect(JSON.stringify(result)).not.toContain('secret.txt')
    expect(log).toHaveBeenCalledTimes(1)
    expect(String(log.mock.calls[0]?.[0])).not.toContain(SENTINEL)
  })

  it('turns a rejected promise and a thrown non-Error into internal', async () => {
    const rejecting = createDispatcher(handlers({ 'app:info': () => Promise.reject(new TypeError(SENTINEL)) }), allow)
    expectRefusal(await rejecting('app:info', undefined, trusted), 'internal')
    const throwing = createDispatcher(
      handlers({
        'app:info': () => {
          throw SENTINEL
        },
      }),
      allow,
    )
    expectRefusal(await throwing('app:info', undefined, trusted), 'internal')
  })

  it('refuses a handler value that breaks the output schema', async () => {
    const broken = { ...appInfo, mode: SENTINEL } as unknown as AppInfo
    const dispatch = createDispatcher(handlers({ 'app:info': () => broken }), allow)
    expectRefusal(await dispatch('app:info', undefined, trusted), 'internal')
  })

  it('passes an AppFailure through with its own code and message', async () => {
    const message = say(storageFailures.notSaved, { path: '/data/ledger.jsonl' })
    const dispatch = createDispatcher(
      handlers({
        'app:info': () => {
          throw new AppFailure('storage-failed', message)
        },
      }),
      allow,
    )
    expect(await dispatch('app:info', undefined, trusted)).toEqual({ ok: false, error: { code: 'storage-failed', message } })
  })

  it('logs a refused sender without the input', async () => {
    const log = vi.fn()
    const dispatch = createDispatcher(handlers({}), () => false, log)
    await dispatch('checklist:confirm', { ...valid, item: SENTINEL }, trusted)
    expect(log).toHaveBeenCalledTimes(1)
    expect(String(log.mock.calls[0]?.[0])).not.toContain(SENTINEL)
  })
})

// Main sends data, not English: every refusal is an id with values, and the renderer says it in the user's language.
describe('a refusal travels as data', () => {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value !== null && typeof value === 'object' ? Object.values(value).flatMap(strings) : []

  it.each<[string, unknown, unknown, SenderInfo]>([
    ['bad input', 'checklist:confirm', { ...valid, role: 1, note: SENTINEL }, trusted],
    ['input of the wrong shape', 'profile:save', SENTINEL, trusted],
    ['an unknown channel', 'ledger:delete', valid, trusted],
    ['a stranger', 'app:info', undefined, { ...trusted, isMainFrame: false }],
    ['a refusal naming a task', 'checklist:confirm', { role: 'profile', item: 'org-email', done: true }, trusted],
    ['a refusal naming a section', 'checklist:reopen', { role: 'request' }, trusted],
  ])('%s: the refusal parses as an AppError and holds an id and values, never a sentence', async (_name, channel, input, sender) => {
    const { dispatch } = setup()
    const answer = await dispatch(channel, input, sender)
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(Object.keys(answer).sort()).toEqual(['error', 'ok'])
    const error = AppErrorSchema.strict().parse(answer.error)
    expect(error.message.id).toMatch(MSG_ID)
    // Ids, field names, roles and paths only: no run of three words anywhere in it.
    for (const text of strings(error.message)) expect(text).not.toMatch(/[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/)
    expect(english(error.message, realGuide())).toMatch(/^[A-Z“].{15,}\.$/)
  })
})
