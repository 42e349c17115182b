import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { vi } from 'vitest'
import type { AppInfo, Head } from '../../../src-shared/contract'
import type { Result } from '../../../src-shared/result'
import type { SectionRole } from '../../../src-shared/guide-schema'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { fixedClock } from '../../../src-main/config/clock'
import type { SettingOrigins } from '../../../src-main/config/config-file'
import type { Settings } from '../../../src-main/config/settings'
import { createCore } from '../../../src-main/core'
import type { PolicyTextVet } from '../../../src-main/policies/load-policies'
import { createSenderCheck } from '../../../src-main/ipc/sender'
import type { SenderInfo } from '../../../src-main/ipc/sender'
import { openConfStore } from '../../../src-main/storage/conf-store'
import { LEDGER_FILE } from '../../../src-main/ledger/ledger'
import { APP_URL } from '../../../src-main/origin/app-origin'
import { recordingPorts } from './ports'
import type { RecordingPortsOptions } from './ports'

export { APP_URL }
export const WINDOW_ID = 7
export const trusted: SenderInfo = { contentsId: WINDOW_ID, isMainFrame: true, frameUrl: APP_URL }

export interface HarnessOptions {
  dataDir: string
  resourcesDir?: string
  now?: string
  /** The zone days are counted in; `system` passes none, so the core asks the system (as the app does). */
  timeZone?: string | 'system'
  ports?: RecordingPortsOptions
  settings?: Settings
  /** Where each setting came from (LoadedConfig.origins), for config:managed. */
  origins?: SettingOrigins
  policiesDir?: string
  /** The system configuration's trust rules for the files in policiesDir (LoadedConfig.vetPolicyText). */
  vetPolicyText?: PolicyTextVet
  systemLanguages?: string[]
  onLanguage?: (language: string) => void
  isPackaged?: boolean
}

// The real core behind the real dispatcher, on conf, a fixed clock and recording ports.
export function startCore(options: HarnessOptions) {
  const { dataDir } = options
  const info: AppInfo = {
    name: 'TechPass Onboarding Assistant',
    version: '0.0.0-test',
    dataDir,
    isPackaged: options.isPackaged ?? false,
    mode: 'browser-harness',
  }
  const emit = vi.fn<(event: string, payload: unknown) => void>()
  const log = vi.fn<(message: string) => void>()
  const clock = fixedClock(new Date(options.now ?? '2026-11-23T10:00:00+08:00'))
  const recorded = recordingPorts(options.ports)
  const core = createCore({
    info,
    resourcesDir: options.resourcesDir ?? resolve('resources'),
    ...(options.policiesDir ? { policiesDir: options.policiesDir } : {}),
    ...(options.vetPolicyText ? { vetPolicyText: options.vetPolicyText } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.origins ? { origins: options.origins } : {}),
    openStore: openConfStore,
    clock,
    ports: recorded.ports,
    emit,
    log,
    ...(options.timeZone === 'system' ? {} : { timeZone: options.timeZone ?? 'Asia/Singapore' }),
    ...(options.systemLanguages ? { systemLanguages: options.systemLanguages } : {}),
    ...(options.onLanguage ? { onLanguage: options.onLanguage } : {}),
  })
  const dispatch = core.dispatcher(createSenderCheck(() => WINDOW_ID, APP_URL))
  const call = (channel: unknown, input?: unknown): Promise<Result<unknown>> => dispatch(channel, input, trusted)
  const value = async <T = Snapshot>(channel: string, input?: unknown): Promise<T> => {
    const result = await call(channel, input)
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`)
    return result.value as T
  }
  // A command that changes the record answers with its head only; its snapshot is the `ledger:changed` push it made, as
  // the renderer gets it. A command that changed nothing pushes nothing: its snapshot is then read, as a start-up read.
  const act = async (channel: string, input?: unknown): Promise<Snapshot> => {
    const pushes = emit.mock.calls.length
    const reply = await value<Head | { head: Head }>(channel, input)
    const head = 'head' in reply ? reply.head : reply
    const pushed = emit.mock.calls
      .slice(pushes)
      .filter(([event]) => event === 'ledger:changed')
      .map(([, payload]) => payload as Snapshot)
    const last = pushed.at(-1)
    if (last) {
      if (last.headHash !== head.headHash || last.eventCount !== head.eventCount) throw new Error(`${channel}: the answer's head is not the pushed one`)
      return last
    }
    return value<Snapshot>('ledger:snapshot')
  }
  const ledgerPath = join(dataDir, LEDGER_FILE)
  const ledgerBytes = (): Buffer | null => (existsSync(ledgerPath) ? readFileSync(ledgerPath) : null)
  return { core, info, emit, log, clock, dispatch, call, value, act, ledgerPath, ledgerBytes, ...recorded }
}

export type Harness = ReturnType<typeof startCore>

// Finds one section, or one item of one section, in a snapshot, by the section's role.
export const sectionOf = (snapshot: Snapshot, role: SectionRole) => snapshot.sections.find((s) => s.role === role)
export const itemOf = (snapshot: Snapshot, role: SectionRole, itemId: string) => sectionOf(snapshot, role)?.items.find((i) => i.id === itemId)
