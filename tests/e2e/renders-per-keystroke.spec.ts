import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RENDER_HOOK, read, reset } from '../support/react-renders'
import { test, expect } from './fixtures'
import { sidebar, tellWhoIAm } from './journey'

const draftOf = (dataDir: string): Record<string, string> => {
  const path = join(dataDir, 'drafts.json')
  return existsSync(path) ? ((JSON.parse(readFileSync(path, 'utf8')) as { forms: Record<string, Record<string, string>> }).forms.request ?? {}) : {}
}

// Issue 20: each Field gets its own value and error as props, so typing in one draws that Field and no other. React
// reports every commit to a DevTools hook put in the page before it loads (nothing in the product counts). A key is a
// discrete event: React commits before the key press returns, so nothing here waits on a clock.
test("a key typed into one of Step 1's fields re-renders that Field only, and keeping its draft re-renders none", async ({ app }) => {
  const page = app.page
  await tellWhoIAm(page, { audience: 'Offshore user not in an ODC', email: 'priya@acme-offshore.com' })
  await page.addInitScript({ content: RENDER_HOOK })
  await page.reload()
  await sidebar(page, /Step 1/).click()
  const names = ['orgEmail', 'mobile', 'projectName', 'officerName', 'officerEmail', 'companyAddress']
  await expect(page.locator('form .field')).toHaveCount(names.length)
  for (const name of names) {
    const input = page.locator(`#field-${name}`)
    await input.focus()
    await input.press('End')
    await reset(page)
    await input.press('q')
    await expect(input).toHaveValue(/q$/)
    const counted = await read(page)
    expect(counted.fields, `typing in ${name}`).toEqual([name])
    // The draft is kept a moment later, through the store and main: that redraws no Field.
    await expect.poll(() => draftOf(app.dataDir)[name] ?? '').toMatch(/q$/)
    expect((await read(page)).fields, `keeping the draft of ${name}`).toEqual([name])
  }
})
