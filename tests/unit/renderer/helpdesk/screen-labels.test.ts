import { resolve } from 'node:path'
import { setupI18n } from '@lingui/core'
import { describe, expect, it } from 'vitest'
import { loadGuide, loadGuideTranslation } from '../../../../src-main/guide/load-guide'
import type { Guide, SectionRole } from '../../../../src-shared/guide-schema'
import { screenLabels } from '../../../../src-renderer/src/helpdesk/screen-labels'
import type { Branch } from '../../../../src-renderer/src/helpdesk/script'
import { messages as en } from '../../../../src-renderer/src/locales/en/messages.po'
import { messages as zh } from '../../../../src-renderer/src/locales/zh-Hans/messages.po'

// The agent's words and the user's, made by the same function from each language's catalog and guide.
const english = setupI18n({ locale: 'en', locales: ['en-GB'], messages: { en } })
const chinese = setupI18n({ locale: 'zh-Hans', locales: ['zh-Hans'], messages: { 'zh-Hans': zh } })
const loaded = loadGuide(resolve('resources'))
if (!loaded.ok) throw new Error(loaded.error.message.id)
const guide: Guide = loaded.value
const guideZh: Guide = loadGuideTranslation(resolve('resources'), guide, 'zh-Hans').guide
const section = (g: Guide, role: SectionRole) => g.sections.find((s) => s.role === role)!
const vendor: Branch = { audience: 'vendor', seed: 'no' }
const offshore: Branch = { audience: 'offshore-non-odc', seed: 'yes' }

describe('the labels on the user’s screen, for the helpdesk', () => {
  it('names the step, each task and its buttons, as the user’s screens do', () => {
    const labels = screenLabels(english, section(guide, 'request'), vendor)
    expect(labels.map((l) => [l.kind, l.text])).toEqual([
      ['step', 'Step 1: Request a TechPass account'],
      ['task', 'Contact your project manager or reporting officer'],
      ['button', 'I have sent the request'],
      ['task', 'Wait for the registration email, then enter the date it arrived'],
      ['button', 'Save this date'],
    ])
    // A thing done outside the app is confirmed with "I have done this".
    const signIn = screenLabels(english, section(guide, 'sign-in'), vendor)
    expect(signIn.filter((l) => l.kind === 'button').map((l) => l.text)).toContain('I have done this')
    expect(signIn.filter((l) => l.kind === 'button').map((l) => l.text)).toContain('Check the code')
  })

  it('lines up the user’s language with the agent’s, key by key, in every step and branch', () => {
    for (const branch of [vendor, offshore, { audience: 'offshore-odc', seed: 'unknown' } as Branch]) {
      for (const s of guide.sections) {
        const mine = screenLabels(english, s, branch)
        const theirs = screenLabels(
          chinese,
          guideZh.sections.find((x) => x.id === s.id)!,
          branch,
        )
        expect(theirs.map((l) => l.key)).toEqual(mine.map((l) => l.key))
        // Every label is translated: Chinese text, not the English left in place.
        for (const [i, l] of theirs.entries()) expect(l.text, `${s.id} ${l.key}`).not.toBe(mine[i]!.text)
      }
    }
    const theirs = screenLabels(chinese, section(guideZh, 'profile'), vendor)
    expect(theirs.find((l) => l.kind === 'button')!.text).toMatch(/^[\u4e00-\u9fff]+$/)
  })

  it('shows a task once when one screen records several items, and only the items of the user’s branch', () => {
    const tasks = (branch: Branch) =>
      screenLabels(english, section(guide, 'registration'), branch)
        .filter((l) => l.kind === 'task')
        .map((l) => l.key)
    expect(tasks(vendor)).toEqual(['task:open-link', 'task:fill-form', 'task:submit-form'])
    const policies = (branch: Branch) => screenLabels(english, section(guide, 'policies'), branch).map((l) => l.key)
    expect(policies(vendor)).not.toContain('task:mdm-aup')
    expect(policies({ audience: 'vendor', seed: 'yes' })).toContain('task:mdm-aup')
  })
})
