import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { lingui } from '@lingui/vite-plugin'
import { linguiMacros } from './lingui-macros.ts'
import { englishSplit, FIRST_SCREEN_MAIN_MESSAGES, mainEnglish } from './lingui-english-split.ts'

// Two projects: the node tests (*.test.ts) as before, and the component tests (*.test.tsx) in happy-dom, compiled with
// the renderer's own plugins (electron.vite.config.ts): Lingui's macros through Babel, React's JSX, the catalogs.
export default defineConfig({
  plugins: [linguiMacros(), lingui(), englishSplit(FIRST_SCREEN_MAIN_MESSAGES), mainEnglish(FIRST_SCREEN_MAIN_MESSAGES)],
  test: {
    restoreMocks: true,
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'node', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'components',
          include: ['tests/unit/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/support/dom/setup.ts'],
        },
      },
    ],
  },
})
