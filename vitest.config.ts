import { defineConfig } from 'vitest/config'
import { lingui } from '@lingui/vite-plugin'
import { linguiMacros } from './lingui-macros.ts'
import { englishSplit, FIRST_SCREEN_MAIN_MESSAGES } from './lingui-english-split.ts'

export default defineConfig({
  plugins: [linguiMacros(), lingui(), englishSplit(FIRST_SCREEN_MAIN_MESSAGES)],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 20_000,
  },
})
