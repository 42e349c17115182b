import { defineConfig } from '@lingui/conf'
import { formatter } from '@lingui/format-po'

// One catalog for every user-visible sentence: the renderer's and the messages main sends by id (src-shared/messages).
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'zh-Hans', 'vi', 'id'],
  fallbackLocales: false,
  catalogs: [
    {
      path: '<rootDir>/src-renderer/src/locales/{locale}/messages',
      include: ['<rootDir>/src-renderer/src', '<rootDir>/src-shared/messages', '<rootDir>/src-shared/evidence'],
    },
  ],
  // Origins name files but not lines, so moving code does not change the catalogs.
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
})
