import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Result } from '../../../src-shared/result'
import { memoryVault } from '../../support/memory-vault'
import type { App } from './mfa-harness'
import { base32Bytes, expectRefused, readJson, startApp } from './mfa-harness'
import { english } from '../../support/english'

// Every form the secret could leak in: Base32 either case, and the raw 20 bytes as hex, base64 and latin1.
function secretForms(secret: string): string[] {
  const raw = base32Bytes(secret)
  expect(raw).toHaveLength(20)
  const latin1 = raw.toString('latin1')
  return [
    secret,
    secret.toLowerCase(),
    raw.toString('hex'),
    raw.toString('hex').toUpperCase(),
    raw.toString('base64'),
    raw.toString('base64url'),
    latin1,
    JSON.stringify(latin1).slice(1, -1),
  ]
}

function expectNoSecret(where: string, text: string, secret: string) {
  for (const form of secretForms(secret)) expect(text.includes(form), `${where} contains the secret as ${JSON.stringify(form)}`).toBe(false)
}

function expectNoSecretInFolder(dir: string, secret: string) {
  const raw = base32Bytes(secret)
  const walk = (at: string): string[] => readdirSync(at).flatMap((name) => (statSync(join(at, name)).isDirectory() ? walk(join(at, name)) : [join(at, name)]))
  const files = walk(dir)
  expect(files.map((f) => f.slice(dir.length + 1))).toEqual(expect.arrayContaining(['ledger.jsonl', 'mfa.json']))
  for (const file of files) {
    const bytes = readFileSync(file)
    expectNoSecret(file, bytes.toString('utf8'), secret)
    expectNoSecret(file, bytes.toString('latin1'), secret)
    expect(bytes.includes(raw), `${file} contains the raw secret bytes`).toBe(false)
  }
}

const messages = (results: Result<unknown>[]) => results.flatMap((r) => (r.ok ? [] : [JSON.stringify(r.error.message), english(r.error.message)]))

// Anything written to the console during the test, as text.
function captureConsole(): () => string {
  const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}))
  return () => spies.flatMap((s) => s.mock.calls.map((args) => args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))).join('\n')
}

const logged = (app: App) => app.log.mock.calls.map((c) => c[0]).join('\n')
const emitted = (app: App) => JSON.stringify(app.emit.mock.calls)

function wrong(app: App, secret: string): string {
  const good = new Set([-1, 0, 1].map((k) => app.codeFor(secret, k * 30)))
  return ['000000', '111111', '222222', '333333'].find((c) => !good.has(c))!
}

describe('the TOTP secret appears nowhere', () => {
  it('not in any file, IPC error, log line, push event or console output, through a long run of errors', async () => {
    const consoleText = captureConsole()
    const app = startApp()
    const { secret, enrolment } = await app.enrol()
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    const errors: Result<unknown>[] = []
    for (const bad of ['12345', 'abcdefg', '', 42, null]) errors.push(await app.verify(bad))
    for (let i = 0; i < 4; i++) await app.outcome(wrong(app, secret))
    expect((await app.outcome(app.codeFor(secret, 180))).result).toBe('drift')
    for (let i = 0; i < 3; i++) errors.push(await app.verify(app.codeFor(secret)))
    app.clock.advance(31_000)
    expect((await app.outcome(app.codeFor(secret))).result).toBe('accepted')
    expect((await app.outcome(app.codeFor(secret))).result).toBe('replayed')
    app.clock.advance(-600_000) // the clock set back: exercises the internal-error path and its log line
    errors.push(await app.verify(app.codeFor(secret)))
    app.clock.advance(600_000)
    errors.push(await app.call('mfa:nonsense'), await app.call('mfa:enrol', { secret }))
    errors.push(await app.core.dispatcher(() => false)('mfa:reveal', undefined, { contentsId: 'x', isMainFrame: true, frameUrl: 'https://evil.example/' }))
    await app.value('mfa:record-number-matching')

    const notEnrolled = startApp()
    errors.push(await notEnrolled.verify('123456'), await notEnrolled.call('mfa:reveal'))

    expect(messages(errors).length).toBeGreaterThanOrEqual(12)
    expectNoSecret('IPC errors', messages(errors).join('\n'), secret)
    expectNoSecret('the log', logged(app) + logged(notEnrolled), secret)
    expectNoSecret('push events', emitted(app), secret)
    expectNoSecret('console output', consoleText(), secret)
    expectNoSecretInFolder(app.dataDir, secret)
    // The enrolment itself is the one place the key is meant to be.
    expect(enrolment.keyGroups.join('')).toBe(secret)
  })

  it('the checks above would see the secret in each of its forms', () => {
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
    const raw = base32Bytes(secret)
    for (const leak of [secret, secret.toLowerCase(), raw.toString('hex'), raw.toString('base64'), raw.toString('latin1')]) {
      expect(() => expectNoSecret('canary', `{"x":"${leak}"}`, secret)).toThrow()
    }
    expect(raw.toString('latin1')).toBe('12345678901234567890')
  })

  it('mfa.json holds only the Vault’s ciphertext, which the vault opens to the secret', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    const file = readJson(app.mfaPath) as { enrolment: { event: string; sealed: string } }
    expect(Object.keys(file.enrolment).sort()).toEqual(['event', 'sealed'])
    expect(typeof file.enrolment.sealed).toBe('string')
    expect(await app.vault.decrypt(file.enrolment.sealed)).toBe(secret)
    expectNoSecretInFolder(app.dataDir, secret)
  })

  it('a retired secret does not linger in the files either', async () => {
    const app = startApp()
    const { secret: old } = await app.enrol()
    await app.outcome(app.codeFor(old))
    const { secret } = await app.enrol()
    expectNoSecretInFolder(app.dataDir, old)
    expectNoSecretInFolder(app.dataDir, secret)
  })
})

describe('memory-only storage (Linux basic_text)', () => {
  it('keeps the key out of mfa.json and says so in the status', async () => {
    const app = startApp({ vault: memoryVault('memory-only') })
    const { secret, enrolment } = await app.enrol()
    expect(enrolment.status).toMatchObject({ storage: 'memory-only', keyAvailable: true })
    expect(readJson(app.mfaPath)).toMatchObject({ enrolment: { sealed: null } })
    expect((await app.outcome(app.codeFor(secret))).result).toBe('accepted')
    expectNoSecretInFolder(app.dataDir, secret)
  })

  it('after a restart the key is gone: reveal and verify are refused clearly, nothing leaks', async () => {
    const consoleText = captureConsole()
    const vault = memoryVault('memory-only')
    const first = startApp({ vault })
    const { secret } = await first.enrol()
    const second = startApp({ dataDir: first.dataDir, vault, clock: first.clock })
    expect(await second.status()).toMatchObject({ enrolled: true, storage: 'memory-only', keyAvailable: false })
    const reveal = expectRefused(await second.call('mfa:reveal'), 'not-allowed')
    expect(reveal).toMatch(/kept only until the app closed/)
    expect(reveal).toMatch(/Create a new practice QR code/)
    const verify = expectRefused(await second.verify(second.codeFor(secret)), 'not-allowed')
    expect(verify).toMatch(/Create a new practice QR code/)
    expect((await second.status()).consecutiveFailures).toBe(0)
    expectNoSecret('IPC errors', `${reveal}\n${verify}`, secret)
    expectNoSecret('the log', logged(first) + logged(second), secret)
    expectNoSecret('console output', consoleText(), secret)
    expectNoSecretInFolder(second.dataDir, secret)

    const { secret: fresh } = await second.enrol()
    expect((await second.outcome(second.codeFor(fresh))).result).toBe('accepted')
  })
})
