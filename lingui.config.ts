import { defineConfig } from '@lingui/conf'

// One catalog for every user-visible sentence: the renderer's and the messages main sends by id (src-shared/messages).
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'zh-Hans', 'vi', 'id'],
  fallbackLocales: false,
  catalogs: [
    {
      path: '<rootDir>/src-renderer/src/locales/{locale}/messages',
      include: ['<rootDir>/src-renderer/src', '<rootDir>/src-shared/messages'],
    },
  ],
  format: 'po',
  orderBy: 'messageId',
})
