import { test, expect } from './fixtures'
import { people } from './effort-walk'
import { ledgerBytes, taskTitle } from './journey'
import { doTask } from './task-walk'

test.use({ now: '2026-11-23T10:00:00+08:00' })

// The sign-in pictures are one task each, with Back and Next inside: Back shows an earlier task of the step again, as
// it was and marked done, and changes nothing; Next goes forward to the task still to do.
test('Back and Next inside a step show the earlier tasks again and change nothing', async ({ app }) => {
  test.slow()
  const page = app.page
  const vendor = people[0]!
  for (let n = 0; n < 30; n++) {
    const title = (await taskTitle(page).textContent())!.trim()
    if (title === 'Enter your TechPass username and click Next') break
    await doTask(page, title, vendor, () => app.now())
    await expect(page.locator('#task-title', { hasText: title })).toHaveCount(0)
  }
  const before = ledgerBytes(app)
  const back = page.getByRole('button', { name: 'Back', exact: true })
  const next = page.getByRole('button', { name: 'Next', exact: true })

  await back.click()
  await expect(taskTitle(page)).toHaveText('Go to the Docs portal and click Login')
  await expect(taskTitle(page)).toBeFocused()
  await expect(page.getByRole('img', { name: /Docs portal home page/ })).toBeVisible()
  await expect(page.getByTestId('task-look-back')).toContainText(/Done /)
  await expect(page.getByRole('button', { name: 'I have done this' })).toHaveCount(0)
  await back.click()
  await expect(taskTitle(page)).toHaveText('Practise with Microsoft Authenticator on your phone first')
  await expect(back).toHaveCount(0)

  await next.click()
  await next.click()
  await expect(taskTitle(page)).toHaveText('Enter your TechPass username and click Next')
  await expect(taskTitle(page)).toBeFocused()
  await expect(page.getByRole('button', { name: 'I have done this' })).toBeVisible()
  expect(ledgerBytes(app)).toBe(before)
})
