import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { AppFailure } from '../../../src-main/errors'
import { savedFiles } from '../../../src-main/system/saved-files'
import { createSystemService } from '../../../src-main/system/system-service'
import { startCore } from '../support/core-harness'
import { profileInput } from '../support/onboarding-inputs'
import { recordingPorts } from '../support/ports'
import type { RecordingPortsOptions } from '../support/ports'
import { expectRefused, expectUnchanged } from '../support/refusals'
import { useTempDirs } from '../support/temp-dir'
import { english } from '../../support/english'

const tempDir = useTempDirs()

// A real file where the save dialog "chose", as the real Files port would have written it.
function chosenFile(name = 'techpass-request.txt'): string {
  const path = join(tempDir(), name)
  writeFileSync(path, 'Dear manager')
  return path
}

function setup(options: RecordingPortsOptions = {}) {
  const recorded = recordingPorts(options)
  return { ...recorded, system: createSystemService(recorded.ports, DEFAULT_SETTINGS.externalAllowlist, savedFiles()) }
}

async function failureOf(run: () => Promise<unknown>): Promise<AppFailure> {
  try {
    await run()
  } catch (error) {
    if (error instanceof AppFailure) return error
    throw error
  }
  throw new Error('expected an AppFailure')
}

const plain = (message: string) => {
  expect(message).toMatch(/^[A-Z].{15,}\.$/)
  expect(message).not.toMatch(/schema|JSON|hash|ENOENT|EACCES|\n\s*at /)
}

describe('createSystemService: showInFolder', () => {
  it('shows a file it saved this run, through the shell port', async () => {
    const path = chosenFile()
    const { system, shown } = setup({ savePath: path })
    await system.saveText('techpass-request.txt', 'Dear manager')
    await expect(system.showInFolder(path)).resolves.toEqual({ shown: true })
    expect(shown).toEqual([path])
  })

  it('refuses a file it did not save, even one that exists, and never reaches the shell', async () => {
    const mine = chosenFile()
    const other = chosenFile('passwords.txt')
    const { system, shown } = setup({ savePath: mine })
    await system.saveText('techpass-request.txt', 'Dear manager')
    for (const path of [other, join(mine, '..', '..', 'elsewhere', 'techpass-request.txt'), '/etc/passwd', 'techpass-request.txt']) {
      const failure = await failureOf(() => system.showInFolder(path))
      expect(failure.code).toBe('not-allowed')
      expect(english(failure.said)).toBe('The assistant shows only files it saved for you since it was opened. Find other files in your file manager.')
      plain(english(failure.said))
    }
    expect(shown).toEqual([])
  })

  it('remembers nothing when the user cancels the save dialog', async () => {
    const { system, shown } = setup({ savePath: null })
    await system.saveText('techpass-request.txt', 'Dear manager')
    expect((await failureOf(() => system.showInFolder('/chosen/techpass-request.txt'))).code).toBe('not-allowed')
    expect(shown).toEqual([])
  })

  it('says plainly when the saved file was moved or deleted since', async () => {
    const path = chosenFile()
    const { system, shown } = setup({ savePath: path })
    await system.saveText('techpass-request.txt', 'Dear manager')
    rmSync(path)
    const failure = await failureOf(() => system.showInFolder(path))
    expect(failure.code).toBe('not-found')
    expect(english(failure.said)).toBe('That file is not there any more. It may have been moved or deleted. Save it again if you need it.')
    expect(shown).toEqual([])
  })

  it('gives unavailable when the file manager cannot be opened, without its error text', async () => {
    const path = chosenFile()
    const { system } = setup({ savePath: path, shellFails: true })
    await system.saveText('techpass-request.txt', 'Dear manager')
    const failure = await failureOf(() => system.showInFolder(path))
    expect(failure.code).toBe('unavailable')
    expect(english(failure.said)).not.toContain('no file manager here')
    plain(english(failure.said))
  })
})

describe('files:show-in-folder through the core', () => {
  it('shows the support bundle and the printed summary saved this run', async () => {
    for (const [channel, input] of [
      ['support:export', { redact: true }],
      ['print:pdf', { kind: 'summary' }],
    ] as const) {
      const path = chosenFile(channel === 'print:pdf' ? 'summary.pdf' : 'bundle.json')
      const h = startCore({ dataDir: tempDir(), ports: { savePath: path } })
      await h.act('profile:save', profileInput('vendor', null))
      expect(await h.value(channel, input)).toEqual({ saved: true, path })
      expect(await h.value('files:show-in-folder', { path })).toEqual({ shown: true })
      expect(h.shown).toEqual([path])
    }
  })

  it('refuses any other path with a plain message and changes nothing', async () => {
    const h = startCore({ dataDir: tempDir(), ports: { savePath: chosenFile() } })
    await h.act('profile:save', profileInput('vendor', null))
    await expectUnchanged(h, () => h.call('files:show-in-folder', { path: h.ledgerPath }), 'not-allowed', /^The assistant shows only files it saved/)
    expectRefused(await h.call('files:show-in-folder', { path: '' }), 'bad-input')
    expect(h.shown).toEqual([])
  })

  it('shows the archive Start over made and the damaged file moved aside at start-up', async () => {
    const h = startCore({ dataDir: tempDir() })
    await h.act('profile:save', profileInput('vendor', null))
    const { archivedTo } = await h.value<{ archivedTo: string }>('ledger:start-over')
    expect(await h.value('files:show-in-folder', { path: archivedTo })).toEqual({ shown: true })

    const damaged = tempDir()
    writeFileSync(join(damaged, 'ledger.json'), '{ not json')
    const recovering = startCore({ dataDir: damaged })
    const movedTo = (await recovering.value<Snapshot>('ledger:snapshot')).recovery!.movedTo
    expect(await recovering.value('files:show-in-folder', { path: movedTo })).toEqual({ shown: true })
    expect(recovering.shown).toEqual([movedTo])
  })
})
