import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import pluginLingui from 'eslint-plugin-lingui'

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
    files: ['src-main/**/*.ts', 'src-preload/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.ts', '*.ts', '*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Every sentence a person reads goes through the catalog (docs/ARCHITECTURE.md, "Languages"): a bare one fails the lint.
  {
    files: ['src-renderer/src/**/*.{ts,tsx}'],
    plugins: { lingui: pluginLingui },
    rules: {
      ...pluginLingui.configs['flat/recommended'].rules,
      'lingui/no-unlocalized-strings': [
        'error',
        {
          // Machine words: ids, class names, roles, file names, URLs, CSS values, keys of objects and events.
          ignore: [
            '^[a-z0-9]+([-_:./][a-z0-9]+)*$',
            '^[a-z]{2,3}(-[A-Za-z0-9]+)+$',
            '^[A-Z_]+$',
            '^(https?|app|mailto|tel):',
            '^\\s*$',
            '^[a-z-]+( [a-z-]+)*$',
          ],
          ignoreNames: [
            {
              regex: {
                pattern:
                  '^(className|class|id|key|type|role|href|src|rel|target|name|htmlFor|autoComplete|inputMode|lang|dir|method|accept|testId|data-.*|aria-(live|hidden|current|haspopup|controls|describedby|labelledby|expanded|pressed|invalid|modal|busy|atomic|relevant|orientation)|form|tone|kind|view|variant|mode|size|status|state|phase|side|icon|as|spellCheck|enterKeyHint|pattern|tabIndex|loading|decoding|sandbox|step|pickerId|audience|evidence|item|role|section|channel|event|code|tag)$',
              },
            },
            { regex: { pattern: '^[A-Z0-9_]+$' } },
          ],
          ignoreFunctions: [
            'console.*',
            'Error',
            'new Error',
            'document.*',
            'window.*',
            'querySelector',
            'querySelectorAll',
            'getElementById',
            'addEventListener',
            'removeEventListener',
            'matchMedia',
            'classList.*',
            'setAttribute',
            'getAttribute',
            'localStorage.*',
            'useApp',
            // A form field's name, as the `name` prop it replaces.
            'form.field',
            'run',
            'setView',
            'scrollIntoView',
            'closest',
            'Intl.*',
            'new Intl.*',
            'JSON.*',
            'encodeURIComponent',
            'new URL',
            'new Worker',
            'import',
          ],
        },
      ],
    },
  },
  // Every call to main goes through the store's run() (docs/ARCHITECTURE.md section 2, "The run() rule"): the bridge is the
  // store's alone. main.tsx hands it to the store; nothing else names window.techpass or reads the bridge off an object.
  {
    files: ['src-renderer/src/**/*.{ts,tsx}'],
    ignores: ['src-renderer/src/main.tsx', 'src-renderer/src/env.d.ts', 'src-renderer/src/state/app-store.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='techpass']", message: 'Call main through the store: run((api) => api.…), never window.techpass.' },
        { selector: "MemberExpression[computed=true] > Literal.property[value='techpass']", message: 'Call main through the store: run((api) => api.…).' },
        {
          selector: "MemberExpression > Identifier.property[name='api']",
          message: 'Call main through the store: run((api) => api.…), never the bridge itself.',
        },
        { selector: "Property > Identifier.key[name='api']", message: 'Call main through the store: run((api) => api.…), never the bridge itself.' },
      ],
    },
  },
  // The layers are not here: .dependency-cruiser.js states them once and `npm run lint:layers` checks every import,
  // import() and `import type` too, which no-restricted-imports never saw.
)
