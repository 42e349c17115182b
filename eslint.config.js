import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'tests/effort-0.1.0/effort.spec.ts',
    ] /* runs inside a 0.1.0 checkout, against its helpers */,
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src-main/**/*.ts', 'src-preload/**/*.ts', 'tests/**/*.ts', '*.ts', '*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The layers (docs/ARCHITECTURE.md section 2), enforced: each folder may import only what its layer allows.
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!zod$|\\./)', message: 'src-shared imports only zod and its own files.' }] }],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    // index.ts, window.ts and core.ts wire the app together; platform/ holds the Electron adapters.
    ignores: ['src-main/index.ts', 'src-main/window.ts', 'src-main/core.ts', 'src-main/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only index.ts, window.ts and platform/ may import electron; use a port.' }],
          patterns: [
            { regex: '(^|/)ipc/', message: 'Domain code does not import ipc/: throw AppFailure from errors.ts.' },
            { regex: '(^|/)platform/', message: 'Domain code reaches Electron only through ports.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/ipc/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The binder takes sender facts, not Electron objects.' }] }],
    },
  },
  {
    files: ['src-main/ledger/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The ledger is plain Node.' }],
          patterns: [{ regex: '^\\.\\./(?!\\.\\./src-shared/)', message: 'The ledger knows no domain: it imports only its own files and src-shared.' }],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through window.techpass.' }],
          patterns: [
            { regex: '(^|/)src-main(/|$)', message: 'The renderer imports no main-process code.' },
            { regex: '(^|/)src-preload(/|$)', message: 'The renderer gets the bridge injected, never the preload itself.' },
            { regex: '^node:', message: 'The renderer is sandboxed: no Node modules.' },
          ],
        },
      ],
    },
  },
)
