import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { generateSync } from 'otplib'
import { afterEach, expect, vi } from 'vitest'
import type { AppInfo } from '../../../src-shared/contract'
import type { Enrolment, MfaStatus, VerifyOutcome } from '../../../src-shared/mfa-schema'
import type { Result } from '../../../src-shared/result'
import { fixedClock } from '../../../src-main/config/clock'
import { createCore } from '../../../src-main/core'
import { createSenderCheck } from '../../../src-main/ipc/sender'
import { openConfStore } from '../../../src-main/storage/conf-store'
import { APP_URL } from '../../../src-main/origin/app-origin'
import type { Vault } from '../../../src-main/ports'
import { recordingPorts } from '../support/ports'
import { eventsIn } from '../support/ledger-file'
import type { Ports } from '../../../src-main/ports'
import { memoryVault } from '../../support/memory-vault'
import { english } from '../../support/english'

const SENDER = { contentsId: 'id', isMainFrame: true, frameUrl: APP_URL }
// 10 s into a 30 s time step, so "10 seconds later" stays in the same step.
export const START_SECONDS = 1_700_000_020
export const START = new Date(START_SECONDS * 1000)

// A real, empty folder per call, removed after the test that made it.
const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'techpass-mfa-'))
  made.push(dir)
  return dir
}

export function testPorts(vault: Vault = memoryVault()): Ports {
  return { ...recordingPorts().ports, vault }
}

export interface AppOptions {
  dataDir?: string
  vault?: Vault
  clock?: ReturnType<typeof fixedClock>
}

// One core over conf and a real folder, called through the dispatcher exactly as the window would.
export function startApp(options: AppOptions = {}) {
  const dataDir = options.dataDir ?? tempDir()
  const vault = options.vault ?? memoryVault()
  const clock = options.clock ?? fixedClock(START)
  const info: AppInfo = { name: 'TechPass Onboarding Assistant', version: '0.0.0-test', dataDir, isPackaged: false, mode: 'browser-harness' }
  const emit = vi.fn<(event: string, payload: unknown) => void>()
  const log = vi.fn<(message: string) => void>()
  const core = createCore({ info, resourcesDir: resolve('resources'), openStore: openConfStore, clock, ports: testPorts(vault), emit, log, timeZone: 'UTC' })
  const dispatch = core.dispatcher(createSenderCheck(() => 'id', APP_URL))
  const call = (channel: string, input?: unknown): Promise<Result<unknown>> => dispatch(channel, input, SENDER)
  const value = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = await call(channel, input)
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${english(result.error.message)}`)
    return result.value as T
  }
  const enrol = async () => {
    const enrolment = await value<Enrolment>('mfa:enrol')
    return { enrolment, secret: enrolment.keyGroups.join('') }
  }
  const verify = (code: unknown) => call('mfa:verify', { code })
  // The outcome, with its message as a person reads it in English.
  const outcome = async (code: string): Promise<VerifyOutcome & { said: string }> => {
    const found = await value<VerifyOutcome>('mfa:verify', { code })
    return { ...found, said: english(found.message) }
  }
  const status = () => value<MfaStatus>('mfa:status')
  const nowSeconds = () => Math.floor(clock.now().getTime() / 1000)
  // The code a phone would show now, with its clock offsetSeconds ahead (negative: behind).
  const codeFor = (secret: string, offsetSeconds = 0) => generateSync({ secret, epoch: nowSeconds() + offsetSeconds })
  return {
    core,
    dataDir,
    vault,
    clock,
    emit,
    log,
    call,
    value,
    enrol,
    verify,
    outcome,
    status,
    codeFor,
    mfaPath: join(dataDir, 'mfa.json'),
    ledgerPath: join(dataDir, 'ledger.jsonl'),
  }
}
export type App = ReturnType<typeof startApp>

// Every file under a folder, with its bytes, to prove that a refusal wrote nothing.
export function folderBytes(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name)
      if (statSync(path).isDirectory()) walk(path)
      else out[path] = readFileSync(path).toString('base64')
    }
  }
  walk(dir)
  return out
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'))
}

export type LedgerEntry = { type: string; data: Record<string, unknown> }
export const ledgerEvents = (app: App): LedgerEntry[] => eventsIn<LedgerEntry>(app.ledgerPath)

// The refusal's message as a person reads it in English.
export function expectRefused(result: Result<unknown>, code: string): string {
  expect(result.ok).toBe(false)
  if (result.ok) return ''
  expect(result.error.code).toBe(code)
  return english(result.error.message)
}

// RFC 4648 Base32 without padding, to get the secret's raw bytes.
export function base32Bytes(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const char of text) {
    value = (value << 5) | alphabet.indexOf(char)
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(out)
}
