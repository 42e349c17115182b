import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { decodeStatus, encodeStatus } from '../../src-shared/status-code'
import { expectNoSeriousViolations } from './a11y'
import { translator } from './catalog'
import { test, expect, LEDGER_FILE } from './fixtures'
import { SEED_UNKNOWN, tellWhoIAm } from './journey'
import type { Who } from './journey'

const STEP_TABS = ['Before you start', 'Step 1', 'Step 2', 'Step 3', 'Step 4', 'Step 5', 'Step 6', 'Next steps']

const branches = [
  { audience: 'Vendor', seed: 'No', officer: false, aup: 'none' },
  { audience: 'Vendor', seed: 'Yes', officer: false, aup: 'plain' },
  { audience: 'Vendor', seed: 'Not known yet', officer: false, aup: 'waits' },
  { audience: 'Offshore user in an offshore development centre (ODC)', seed: 'No', officer: false, aup: 'none' },
  { audience: 'Offshore user in an offshore development centre (ODC)', seed: 'Yes', officer: false, aup: 'plain' },
  { audience: 'Offshore user in an offshore development centre (ODC)', seed: 'Not known yet', officer: false, aup: 'waits' },
  { audience: 'Offshore user not in an ODC', seed: 'Yes', officer: true, aup: 'plain' },
] as const

const seedHeading = { Yes: 'SEED provisioned', No: 'SEED not provisioned', 'Not known yet': 'SEED not known yet' }

const runbook = (page: Page) => page.getByRole('region', { name: /^Runbook:/ })
const tab = (page: Page, name: string) => runbook(page).getByRole('tab', { name: new RegExp(`^${name}( User is here)?$`) })
const panel = (page: Page) => runbook(page).getByRole('tabpanel')
const openGuide = async (page: Page) => page.getByRole('button', { name: 'Helpdesk guide' }).click()

async function decode(page: Page, code: string) {
  await page.getByLabel('Status code the user reads out').fill(code)
  await page.getByRole('button', { name: 'Decode' }).click()
}

test('guide mode is the agent’s screen: no progress, no Start over, no checklist of its own', async ({ app }) => {
  const page = app.page
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
  const header = page.getByRole('banner')
  // The header says the user's progress in words (its bar gives way to keep the header one row).
  const progress = header.getByText(/^\d+ of \d+ sections done$/)
  await expect(progress).toBeVisible()
  await openGuide(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Helpdesk guide' })).toBeFocused()
  await expect(progress).toHaveCount(0)
  await expect(header).not.toContainText('sections done')
  await expect(page.getByTestId('overall-progress').getByRole('progressbar', { includeHidden: true })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Start over' })).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Onboarding checklist' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Back to my checklist' }).click()
  await expect(page.getByRole('button', { name: 'Start over' })).toBeVisible()
  await expect(progress).toBeVisible()
})

test('the runbook has one tab per step and every branch, in the agent’s words, and enters no data', async ({ app }) => {
  const page = app.page
  await openGuide(page)
  await expect(runbook(page).getByRole('tablist', { name: 'Steps of the guide' }).getByRole('tab')).toHaveText(STEP_TABS)
  await expect(panel(page)).toHaveCount(1)
  for (const b of branches) {
    await page.getByRole('radio', { name: b.audience, exact: true }).check()
    const seed = page.getByRole('group', { name: 'Branch' }).getByRole('radio', { name: b.seed, exact: true })
    if (b.audience === 'Offshore user not in an ODC') {
      await expect(page.getByRole('group', { name: 'Branch' }).getByRole('radio', { name: 'No', exact: true })).toBeDisabled()
      await expect(page.getByRole('group', { name: 'Branch' }).getByRole('radio', { name: 'Not known yet', exact: true })).toBeDisabled()
    } else await seed.check()
    await expect(runbook(page).getByRole('heading', { level: 2 })).toContainText(seedHeading[b.seed])
    await tab(page, 'Step 1').click()
    await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText('Step 1: Request a TechPass account')
    await expect(
      panel(page)
        .getByRole('listitem')
        .filter({ hasText: /reporting officer's name and email, and the offshore company address/ }),
    ).toHaveCount(b.officer ? 1 : 0)
    await tab(page, 'Step 6').click()
    const aup = panel(page)
      .getByRole('listitem')
      .filter({ hasText: /^Ask them to read and accept the MDM AUP policy/ })
    await expect(aup).toHaveCount(b.aup === 'none' ? 0 : 1)
    if (b.aup === 'waits') await expect(aup).toContainText('Only if SEED turns out to be provisioned.')
    else if (b.aup === 'plain') await expect(aup).not.toContainText('Only if SEED turns out') // A problem only SEED users can have is not read out to a user without SEED.
    await tab(page, 'Next steps').click()
    await expect(panel(page).getByRole('term').filter({ hasText: 'My SEED onboarding email has expired.' })).toHaveCount(b.seed === 'Yes' ? 1 : 0)
  }
  // Every step, in the agent's voice: script lines and answers speak of "the user", never as the user.
  for (const name of STEP_TABS) {
    await tab(page, name).click()
    await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true')
    const lines = [
      ...(await panel(page).getByTestId('runbook-script').getByRole('listitem').allTextContents()),
      ...(await panel(page).locator('dd').allTextContents()),
    ]
    expect(lines.length, name).toBeGreaterThan(0)
    for (const line of lines) expect(line.replace(/“[^”]*”/g, ''), `${name}: ${line}`).not.toMatch(/\b(you|your|I|my)\b/i)
  }
  await tab(page, 'Step 4').click()
  await expect(panel(page).getByRole('definition').filter({ hasText: 'Ask them to open the TechPass page on a computer' })).toBeVisible()
  await expect(panel(page).getByRole('term').filter({ hasText: '“The QR code is on the same phone that has to scan it.”' })).toBeVisible()
  await page.getByRole('button', { name: 'Back to my checklist' }).click()
  await expect(page.getByRole('navigation', { name: 'Onboarding checklist' })).toBeVisible()
  expect(existsSync(join(app.dataDir, LEDGER_FILE))).toBe(false)
})

test('the step tabs work from the keyboard: arrows, Home and End', async ({ app }) => {
  const page = app.page
  await openGuide(page)
  await tab(page, 'Before you start').focus()
  await page.keyboard.press('ArrowRight')
  await expect(tab(page, 'Step 1')).toBeFocused()
  await expect(tab(page, 'Step 1')).toHaveAttribute('aria-selected', 'true')
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText('Step 1: Request a TechPass account')
  await page.keyboard.press('End')
  await expect(tab(page, 'Next steps')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(tab(page, 'Before you start')).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(tab(page, 'Next steps')).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Home')
  await expect(tab(page, 'Before you start')).toHaveAttribute('aria-selected', 'true')
  // One tab stop for the whole tab list: Tab leaves it for the open step.
  await page.keyboard.press('Tab')
  await expect(panel(page)).toBeFocused()
})

test('the status code a user reads out is decoded, opens their step and branch, and a typo is caught', async ({ app }) => {
  const page = app.page
  await tellWhoIAm(page, {
    audience: 'Offshore user not in an ODC',
    email: 'priya@acme-offshore.com',
    onboardingOn: await page.evaluate(() => new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Singapore' })),
  })
  const code = (await page.getByTestId('status-code').textContent())!.trim()
  expect(code).toMatch(/^TP-[0-9A-Z]{3}-[0-9A-Z]$/)
  await openGuide(page)
  await page.getByRole('radio', { name: 'Vendor', exact: true }).check()
  await decode(page, code.toLowerCase().replace(/-/g, ' '))
  const decoded = page.getByTestId('decoded-status')
  await expect(decoded).toContainText('Step 1: Request a TechPass account')
  await expect(decoded).toContainText('Offshore user not in an ODC')
  await expect(decoded).toContainText('Provisioned')
  await expect(decoded).toContainText('On track')
  await expect(decoded).toContainText('The runbook now shows Step 1: Request a TechPass account, for this user’s answers.')
  // Decoding switches the runbook to the user's branch and opens their step, marked on its tab.
  await expect(runbook(page).getByRole('heading', { level: 2 })).toHaveText('Runbook: Offshore user not in an ODC, SEED provisioned')
  await expect(tab(page, 'Step 1')).toHaveAttribute('aria-selected', 'true')
  await expect(tab(page, 'Step 1')).toHaveAccessibleName('Step 1 User is here')
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText('Step 1: Request a TechPass account')
  // On a small window the runbook sits under the decoder: the step's name leads to it.
  await page.setViewportSize({ width: 800, height: 600 })
  await expect(panel(page)).not.toBeInViewport()
  await decoded.getByRole('link', { name: 'Step 1: Request a TechPass account' }).click()
  await expect(panel(page)).toBeInViewport()
  // The agent looks elsewhere; the user's step stays marked.
  await tab(page, 'Step 3').click()
  await expect(tab(page, 'Step 1')).toHaveAccessibleName('Step 1 User is here')
  const last = code.at(-1)!
  const typo = code.slice(0, -1) + (last === '7' ? '8' : '7')
  await decode(page, typo)
  await expect(decoded).toContainText('That status code has a typo')
  await expect(tab(page, 'Step 3')).toHaveAttribute('aria-selected', 'true')
})

test('a code from a later step opens that step, for a user who does not know their SEED answer yet', async ({ app }) => {
  const page = app.page
  await openGuide(page)
  await decode(page, encodeStatus({ sectionIndex: 6, audience: 'offshore-odc', seed: 'unknown', deadline: 'soon', finished: false, language: 'en' }))
  await expect(page.getByTestId('decoded-status')).toContainText('Step 6: Accept the terms and conditions')
  await expect(runbook(page).getByRole('heading', { level: 2 })).toHaveText(
    'Runbook: Offshore user in an offshore development centre (ODC), SEED not known yet',
  )
  await expect(page.getByRole('group', { name: 'Branch' }).getByRole('radio', { name: 'Not known yet', exact: true })).toBeChecked()
  await expect(runbook(page).getByText('Step 6 cannot be finished until the user knows.')).toBeVisible()
  await expect(tab(page, 'Step 6')).toHaveAttribute('aria-selected', 'true')
  await expect(panel(page).getByRole('listitem').filter({ hasText: 'MDM AUP' })).toContainText('Only if SEED turns out to be provisioned.')
  // A code saved before the user said who they are opens the first step and keeps the agent's branch.
  await decode(page, encodeStatus({ sectionIndex: 0, audience: 'none', seed: 'no', deadline: 'none', finished: false, language: 'en' }))
  await expect(tab(page, 'Before you start')).toHaveAttribute('aria-selected', 'true')
  await expect(runbook(page).getByRole('heading', { level: 2 })).toHaveText(
    'Runbook: Offshore user in an offshore development centre (ODC), SEED not known yet',
  )
})

test('the decoded status says SEED as the user answered it, and the runbook follows: yes, no, or not known yet', async ({ app }) => {
  const page = app.page
  const cases: Array<[Who['seed'], string, string]> = [
    ['No', 'Not provisioned', 'SEED not provisioned'],
    [SEED_UNKNOWN, 'Not known yet: the user will ask their project manager', 'SEED not known yet'],
    ['Yes', 'Provisioned', 'SEED provisioned'],
  ]
  for (const [seed, said, branch] of cases) {
    await tellWhoIAm(page, { audience: 'Offshore user in an offshore development centre (ODC)', seed, email: 'sam@odc-partner.com' })
    const code = (await page.getByTestId('status-code').textContent())!.trim()
    await openGuide(page)
    await decode(page, code)
    await expect(page.getByTestId('decoded-status').locator('dt:has-text("SEED") + dd')).toHaveText(said)
    await expect(runbook(page).getByRole('heading', { level: 2 })).toHaveText(`Runbook: Offshore user in an offshore development centre (ODC), ${branch}`)
    await page.getByRole('button', { name: 'Back to my checklist' }).click()
  }
})

test('the decoder and the runbook sit side by side on a wide window and stack on a narrow one, with no sideways scrolling', async ({ app }) => {
  const page = app.page
  await openGuide(page)
  const decoder = page.getByRole('form', { name: 'Decode a status code' })
  for (const [width, height, side] of [
    [1280, 800, true],
    [800, 600, false],
    [640, 450, false],
  ] as const) {
    await page.setViewportSize({ width, height })
    const d = (await decoder.boundingBox())!
    const r = (await runbook(page).boundingBox())!
    if (side) {
      expect(d.x + d.width, `${width}px`).toBeLessThanOrEqual(r.x)
      expect(r.y, `${width}px`).toBeLessThan(d.y + d.height)
    } else expect(r.y, `${width}px`).toBeGreaterThanOrEqual(d.y + d.height)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, `${width}px`).toBeLessThanOrEqual(0)
    await expect(page.locator('.button.primary:visible')).toHaveCount(1)
  }
})

test('a Chinese user’s code: the decoder says 简体中文, and each step shows the user’s headings and buttons beside the agent’s', async ({ app }) => {
  const page = app.page
  const zh = await translator('zh-Hans')
  // A user working in Chinese: their status code, read from their screen, carries their language.
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
  await page.getByTestId('language-menu').selectOption('zh-Hans')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
  const code = (await page.getByTestId('status-code').textContent())!.trim()
  expect(decodeStatus(code)).toMatchObject({ ok: true, value: { language: 'zh-Hans', sectionIndex: 1 } })
  // The agent works in English.
  await page.getByTestId('language-menu').selectOption('en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
  await openGuide(page)
  await decode(page, code)
  await expect(page.getByTestId('decoded-language')).toHaveText('简体中文')
  await expect(page.getByTestId('decoded-language')).toHaveAttribute('lang', 'zh-Hans')
  await expect(page.getByLabel('The user’s app is in')).toHaveValue('zh-Hans')
  await expect(tab(page, 'Step 1')).toHaveAttribute('aria-selected', 'true')
  const screen = panel(page).getByRole('region', { name: 'On the user’s screen, in 简体中文' })
  await expect(screen.getByRole('columnheader')).toHaveText(['What', 'In your language (English)', 'On the user’s screen (简体中文)'])
  const row = (english: string) => screen.getByRole('row').filter({ has: page.getByRole('cell', { name: english, exact: true }) })
  const pairs: Array<[string, string, string]> = [
    ['Task 1', 'Contact your project manager or reporting officer', zh('Contact your project manager or reporting officer')],
    ['Button', 'I have sent the request', zh('I have sent the request')],
    ['Button', 'Save this date', zh('Save this date')],
  ]
  for (const [what, english, chinese] of pairs) {
    expect(chinese).not.toBe(english)
    await expect(row(english).getByRole('rowheader')).toHaveText(what)
    await expect(row(english).getByRole('cell')).toHaveText([english, chinese])
    await expect(row(english).getByRole('cell').nth(1)).toHaveAttribute('lang', 'zh-Hans')
  }
  // The step heading as the user's screen names it, in Chinese, with the guide's Chinese title.
  await expect(screen.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'Step 1: Request a TechPass account',
    zh('Step {number}: {title}').replace('{number}', '1').replace('{title}', zh('Request a TechPass account')),
  ])
  await expectNoSeriousViolations(page, 'Helpdesk guide with a Chinese user’s labels')
  // Another step's panel has its own labels; the app stays in English for the agent.
  await tab(page, 'Step 2').click()
  await expect(
    panel(page)
      .getByRole('cell', { name: zh('I have done this'), exact: true })
      .first(),
  ).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
  await page.screenshot({ path: '/tmp/shots-helpdesk/zh-user-step2-1280.png' })
  await tab(page, 'Step 1').click()
  await page.screenshot({ path: '/tmp/shots-helpdesk/zh-user-step1-1280.png', fullPage: true })
  // The printed runbook has every step, each with the user's labels beside the agent's.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('user-screen')).toHaveCount(STEP_TABS.length)
  for (const table of await page.getByTestId('user-screen').all()) await expect(table).toBeVisible()
  await page.emulateMedia({ media: 'screen' })
  await page.setViewportSize({ width: 800, height: 600 })
  await screen.scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/shots-helpdesk/zh-user-step1-800.png' })
  await page.screenshot({ path: '/tmp/shots-helpdesk/zh-user-step1-800-full.png', fullPage: true })
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)

  // A code from before languages (0.1.0) decodes as English: nothing extra for an English-speaking agent.
  await decode(page, 'TP-800-G')
  await expect(page.getByTestId('decoded-language')).toHaveText('English')
  await expect(tab(page, 'Before you start')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('user-screen')).toHaveCount(0)
  // A user who reads words out instead of a code: the agent picks their language by hand.
  await page.getByLabel('The user’s app is in').selectOption('vi')
  await expect(panel(page).getByRole('region', { name: 'On the user’s screen, in Tiếng Việt' })).toBeVisible()
})
