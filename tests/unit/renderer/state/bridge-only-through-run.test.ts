import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

// The rule that keeps every call to main inside the store's run() (eslint.config.js), tried on code planted in the renderer.
let eslint: ESLint
beforeAll(() => {
  eslint = new ESLint()
})

const problems = async (code: string, file = 'src-renderer/src/steps/planted.tsx') => {
  const [result] = await eslint.lintText(code, { filePath: file })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message)
}

describe('a call to main outside run()', () => {
  it.each([
    ['window.techpass', `export const f = () => window.techpass.mfa.verify({ code: '1' })`],
    ["window['techpass']", `export const f = () => window['techpass'].mfa.status()`],
    ['globalThis.techpass', `export const f = () => globalThis.techpass.mfa.status()`],
    ['the bridge read off the store', `import { useApp } from '../state/store-context'\nexport const useF = () => useApp((s) => s.api)`],
    ['the bridge taken apart from the store', `export const f = (state: { api: unknown }) => { const { api } = state; return api }`],
  ])('fails the lint: %s', async (_name, code) => {
    expect(await problems(code)).not.toEqual([])
  })

  it('passes through run(), and main.tsx alone hands window.techpass to the store', async () => {
    const throughRun = `import { useApp } from '../state/store-context'
export const useF = () => { const run = useApp((s) => s.run); return () => run((api) => api.mfa.status()) }`
    expect(await problems(throughRun)).toEqual([])
    expect(await problems(`export const bridge = () => window.techpass`, 'src-renderer/src/main.tsx')).toEqual([])
  })
})
