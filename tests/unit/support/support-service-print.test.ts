import { describe, expect, it, vi } from 'vitest'
import { startCore } from './core-harness'
import type { HarnessOptions } from './core-harness'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

const PDF = new TextEncoder().encode('%PDF-1.7 test')

function setup(ports: HarnessOptions['ports'] = {}) {
  const h = startCore({ dataDir: tempDir(), ports })
  const save = vi.spyOn(h.ports.files, 'save')
  return { ...h, save }
}

describe('print:pdf', () => {
  it.each([
    ['summary', 'techpass-onboarding-summary.pdf'],
    ['runbook', 'techpass-helpdesk-runbook.pdf'],
  ])('%s: the printer bytes are saved as %s', async (kind, name) => {
    const h = setup()
    expect(await h.call('print:pdf', { kind })).toEqual({ ok: true, value: { saved: true, path: `/chosen/${name}` } })
    expect(h.printed).toHaveLength(1)
    expect(h.save).toHaveBeenCalledExactlyOnceWith(name, PDF, 'pdf')
    expect(h.saved).toEqual([{ suggestedName: name, text: '%PDF-1.7 test' }])
  })

  it('returns the path the user chose', async () => {
    const h = setup({ savePath: '/home/ana/Desktop/my summary.pdf' })
    expect(await h.call('print:pdf', { kind: 'summary' })).toEqual({ ok: true, value: { saved: true, path: '/home/ana/Desktop/my summary.pdf' } })
  })

  it('a cancelled save dialog: saved false, path null', async () => {
    const h = setup({ savePath: null })
    expect(await h.call('print:pdf', { kind: 'runbook' })).toEqual({ ok: true, value: { saved: false, path: null } })
    expect(h.printed).toHaveLength(1)
  })

  it('a printer that fails: unavailable, with a plain message, and no save dialog', async () => {
    const h = setup({ printerFails: true })
    expect(await h.call('print:pdf', { kind: 'summary' })).toEqual({
      ok: false,
      error: { code: 'unavailable', message: { id: 'system.not-printed' } },
    })
    expect(h.save).not.toHaveBeenCalled()
  })

  it('a save that fails: storage-failed, and the message says what to do', async () => {
    const h = setup({ filesFail: true })
    const result = await h.call('print:pdf', { kind: 'summary' })
    expect(result).toEqual({ ok: false, error: { code: 'storage-failed', message: { id: 'system.not-saved-there' } } })
    expect(JSON.stringify(result)).not.toContain('EACCES')
  })

  it.each([{ kind: 'letter' }, { kind: 'summary', copies: 2 }, {}, undefined])('refuses the input %j without printing', async (input) => {
    const h = setup()
    const result = await h.call('print:pdf', input)
    expect(result.ok).toBe(false)
    expect(h.printed).toHaveLength(0)
    expect(h.save).not.toHaveBeenCalled()
  })
})

describe('support:export through the save dialog', () => {
  it('saves JSON under a dated name, as kind json', async () => {
    const h = setup()
    expect(await h.call('support:export', { redact: true })).toEqual({ ok: true, value: { saved: true, path: '/chosen/techpass-support-2026-11-23.json' } })
    expect(h.save).toHaveBeenCalledExactlyOnceWith('techpass-support-2026-11-23.json', expect.any(String), 'json')
  })

  it('a cancelled dialog: saved false', async () => {
    const h = setup({ savePath: null })
    expect(await h.call('support:export', { redact: false })).toEqual({ ok: true, value: { saved: false, path: null } })
  })

  it('a failed save: storage-failed', async () => {
    const h = setup({ filesFail: true })
    expect(await h.call('support:export', { redact: true })).toMatchObject({ ok: false, error: { code: 'storage-failed' } })
  })

  it.each([{}, { redact: 'yes' }, { redact: true, extra: 1 }, undefined])('refuses the input %j without saving', async (input) => {
    const h = setup()
    expect((await h.call('support:export', input)).ok).toBe(false)
    expect(h.save).not.toHaveBeenCalled()
  })
})
