import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Snapshot } from '../../src-shared/snapshot-schema'
import { fixedClock } from '../../src-main/config/clock'
import { DEFAULT_SETTINGS } from '../../src-main/config/settings'
import { openCore } from '../../src-main/core-start'
import { finishCore } from '../../src-main/core-services'
import { openConfStore } from '../../src-main/storage/conf-store'
import { recordingPorts } from './support/ports'
import { itemOf, startCore } from './support/core-harness'
import { profileInput } from './support/onboarding-inputs'
import { expectUnchanged } from './support/refusals'
import { useTempDirs } from './support/temp-dir'
import { english } from '../support/english'

const tempDir = useTempDirs()

function setup(options: { dataDir?: string; resourcesDir?: string } = {}) {
  const harness = startCore({ dataDir: options.dataDir ?? tempDir(), resourcesDir: options.resourcesDir, now: '2025-03-01T09:00:00.000Z' })
  return { ...harness, dataDir: harness.info.dataDir }
}

// "Now" is 2025-03-01, so the profile carries no onboarding date.
const vendor = profileInput('vendor', null)

describe('createCore: valid calls', () => {
  it('answers app:info, guide:definition and ledger:snapshot', async () => {
    const { value, info } = setup()
    expect(await value('app:info')).toEqual(info)
    const guide = (await value('guide:definition')) as { sections: { id: string }[] }
    expect(guide.sections[0]?.id).toBe('prerequisites')
    const snapshot = (await value('ledger:snapshot')) as Snapshot
    expect(snapshot).toMatchObject({ eventCount: 0, updatedAt: null, currentSectionId: 'prerequisites', recovery: null })
  })

  it('emits ledger:changed once per real change, and answers with its head only', async () => {
    const { act, emit, clock } = setup()
    const first = (await act('profile:save', vendor)) as Snapshot
    expect(emit).toHaveBeenCalledTimes(1)
    expect(emit).toHaveBeenLastCalledWith('ledger:changed', first)
    expect(itemOf(first, 'profile', 'org-email')).toMatchObject({ done: true, doneAt: '2025-03-01T09:00:00.000Z' })

    clock.advance(60_000)
    const seeded = (await act('profile:save', { ...vendor, seed: 'yes' })) as Snapshot
    expect(emit).toHaveBeenCalledTimes(2)
    expect(emit).toHaveBeenLastCalledWith('ledger:changed', seeded)
    expect(seeded.eventCount).toBe(2)
    expect(itemOf(seeded, 'profile', 'org-email')?.doneAt).toBe('2025-03-01T09:01:00.000Z')
  })

  it('does not write the file when a confirmation is taken back that was never given', async () => {
    const { act, emit, ledgerPath } = setup()
    await act('profile:save', vendor)
    const before = readFileSync(ledgerPath)
    await act('checklist:confirm', { role: 'registration', item: 'open-link', done: false })
    expect(readFileSync(ledgerPath).equals(before)).toBe(true)
    expect(emit).toHaveBeenCalledTimes(1)
  })

  it('keeps progress for the next core on the same folder', async () => {
    const first = setup()
    await first.act('profile:save', vendor)
    const second = setup({ dataDir: first.dataDir })
    const snapshot = (await second.value('ledger:snapshot')) as Snapshot
    expect(snapshot.eventCount).toBe(1)
    expect(itemOf(snapshot, 'profile', 'org-email')?.done).toBe(true)
  })

  it('reports a recovery, and acknowledging it emits once and clears it', async () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'ledger.json'), '{ not json')
    const { value, act, emit } = setup({ dataDir })
    const snapshot = (await value('ledger:snapshot')) as Snapshot
    expect(snapshot.recovery?.reason).toBe('unreadable')
    const cleared = (await act('ledger:acknowledge-recovery')) as Snapshot
    expect(cleared.recovery).toBeNull()
    expect(cleared.eventCount).toBe(1)
    expect(emit).toHaveBeenCalledTimes(1)
    await act('ledger:acknowledge-recovery')
    expect(emit).toHaveBeenCalledTimes(1)
    const reopened = (await setup({ dataDir }).value('ledger:snapshot')) as Snapshot
    expect(reopened.recovery).toBeNull()
  })
})

describe('createCore: ports and settings', () => {
  it('hands the allowlisted link, the copied text and the saved file to its ports', async () => {
    const { value, opened, copied, saved } = setup()
    expect(await value('shell:open-external', { url: DEFAULT_SETTINGS.docsPortalUrl })).toEqual({ opened: true })
    expect(await value('clipboard:write', { text: 'Project name: Apollo' })).toEqual({ copied: true })
    expect(await value('files:save-text', { suggestedName: 'techpass-request.txt', text: 'Dear manager' })).toEqual({
      saved: true,
      path: '/chosen/techpass-request.txt',
    })
    expect(opened).toEqual([DEFAULT_SETTINGS.docsPortalUrl])
    expect(copied).toEqual(['Project name: Apollo'])
    expect(saved).toEqual([{ suggestedName: 'techpass-request.txt', text: 'Dear manager' }])
  })

  it('refuses a link off the allowlist and a bad file name without reaching the ports, and changes no file', async () => {
    const h = setup()
    await h.act('profile:save', vendor)
    for (const url of ['http://docs.developer.tech.gov.sg/', 'javascript:alert(1)', 'file:///etc/passwd', 'https://evil.example/']) {
      await expectUnchanged(h, () => h.call('shell:open-external', { url }), 'not-allowed')
    }
    for (const suggestedName of ['../request.txt', 'request.exe', '']) {
      await expectUnchanged(h, () => h.call('files:save-text', { suggestedName, text: 'x' }), 'bad-input')
    }
    expect(h.opened).toEqual([])
    expect(h.saved).toEqual([])
  })

  it('shows the renderer the settings without the allowlist', async () => {
    const { value } = setup()
    const view = (await value('config:current')) as Record<string, unknown>
    expect(view).not.toHaveProperty('externalAllowlist')
    expect(view.refusedEmailDomains).toEqual(DEFAULT_SETTINGS.refusedEmailDomains)
    expect(view.deadlines).toEqual(DEFAULT_SETTINGS.deadlines)
  })
})

describe('createCore: parts that are unavailable', () => {
  it('answers guide and ledger calls with unavailable when the guide is missing', async () => {
    const resourcesDir = tempDir()
    const { call, value, info, ledgerPath } = setup({ resourcesDir })
    expect(await value('app:info')).toEqual(info)
    for (const [channel, input] of [
      ['guide:definition'],
      ['ledger:snapshot'],
      ['profile:save', vendor],
      ['checklist:confirm', { role: 'registration', item: 'open-link', done: true }],
      ['policy:list'],
    ] as const) {
      const result = await call(channel, input)
      expect(result.ok).toBe(false)
      if (result.ok) continue
      expect(result.error.code).toBe('unavailable')
      expect(english(result.error.message)).toContain(join(resourcesDir, 'guide', 'guide.json'))
    }
    expect(() => readFileSync(ledgerPath)).toThrow()
  })

  it('answers ledger calls with unavailable when the data folder cannot be used', async () => {
    const parent = tempDir()
    const dataDir = join(parent, 'a-file')
    writeFileSync(dataDir, 'this is a file, not a folder')
    const { call, log } = setup({ dataDir })
    const result = await call('ledger:snapshot')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('unavailable')
    expect(english(result.error.message)).toContain(dataDir)
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^ledger could not be opened: \w+$/))
    expect((await call('guide:definition')).ok).toBe(true)
  })
})

describe('createCore: the start before the window', () => {
  // The first Intl formatter in a process costs about 10 ms; the start before the window has no day to count.
  it('asks the system for its time zone only when the first snapshot counts a day, not while it opens', async () => {
    const real = Intl.DateTimeFormat
    let built = 0
    Intl.DateTimeFormat = new Proxy(real, {
      construct(target, args: ConstructorParameters<typeof real>, newTarget) {
        built += 1
        return Reflect.construct(target, args, newTarget) as Intl.DateTimeFormat
      },
    })
    try {
      const harness = startCore({ dataDir: tempDir(), timeZone: 'system', now: '2025-03-01T09:00:00.000Z' })
      expect(harness.core.record.ok).toBe(true)
      expect(built).toBe(0)
      const snapshot = await harness.value<Snapshot>('ledger:snapshot')
      expect(built).toBeGreaterThan(0)
      expect(snapshot.today).toBe('2025-03-01')
    } finally {
      Intl.DateTimeFormat = real
    }
  })

  // index.ts opens the first half, builds the window, then loads and runs the second (start.ts, finishStart).
  it('opens the record before the rest, and the record waits for the rest before it says anything', async () => {
    const dataDir = tempDir()
    const emit = vi.fn()
    const log = vi.fn()
    const start = openCore({
      log,
      info: { name: 'TechPass Onboarding Assistant', version: '0.0.0-test', dataDir, isPackaged: false, mode: 'browser-harness' },
      resourcesDir: resolve('resources'),
      openStore: openConfStore,
      clock: fixedClock(new Date('2025-03-01T09:00:00.000Z')),
      ports: recordingPorts().ports,
      emit,
      timeZone: 'Asia/Singapore',
    })
    if (!start.record.ok) return expect.fail('the record did not open')
    const record = start.record.value
    expect(record.head().eventCount).toBe(0)
    // Read before the policy texts are loaded, a snapshot would be wrong: it is a bug, said loudly.
    expect(() => record.snapshot()).toThrow(/before main's start was finished/)
    expect(() => record.policies).toThrow(/before main's start was finished/)

    const core = finishCore(start)
    expect(core.record).toBe(start.record)
    expect(record.policies.map((p) => p.id).sort()).toEqual(['mdm-aup', 'privacy-policy', 'terms-of-use'])
    expect(record.snapshot().eventCount).toBe(0)
    const dispatch = core.dispatcher(() => true)
    const sender = { contentsId: 1, isMainFrame: true, frameUrl: 'app://techpass/index.html' }
    expect((await dispatch('profile:save', vendor, sender)).ok).toBe(true)
    expect(emit).toHaveBeenCalledWith('ledger:changed', expect.objectContaining({ eventCount: 1 }))
    // The record's push goes through the contract's check: what does not match it is logged, never sent.
    emit.mockClear()
    start.later.push!({ eventCount: 'not a number' } as never)
    expect(emit).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledWith('ledger:changed was not sent: what main built does not match the contract')
    expect(Object.keys(start.options)).not.toContain('emit')
  })
})
