import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { lingui } from '@lingui/vite-plugin'
import { linguiMacros } from './lingui-macros.ts'
import { englishSplit, FIRST_SCREEN_MAIN_MESSAGES, mainEnglish } from './lingui-english-split.ts'
import type { Plugin } from 'vite'
import { contractNamesDefine } from './src-preload/contract-names'

// The page's CSP is strict; only the dev server relaxes it, because hot reload injects inline code.
const devCsp = (): Plugin => ({
  name: 'techpass-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'none'", "connect-src 'self' ws:"),
})

// Code main's dependencies import but never run for the app, left out of main's bundle so a start neither compiles nor
// runs it. Each stand-in throws if it is ever used, so a later use fails loudly instead of quietly doing less.
// - js-yaml 3 loads esprima only for its !!js/function type; policies are read with the plain-text schema.
// - conf loads ajv and ajv-formats only to check a `schema`, `ajvOptions` or `rootSchema` option, and semver only for
//   `migrations`; the app passes none of them (storage/conf-store.ts).
//   Together about 300 KB and a quarter of main's module start-up.
const refuse = (name: string) => `() => { throw new Error(${JSON.stringify(`${name} is left out of main's bundle (electron.vite.config.ts)`)}) }`
const LEFT_OUT: Record<string, string> = {
  esprima: 'export default undefined',
  'ajv/dist/2020.js': `const refuse = ${refuse('ajv')}; export class Ajv2020 { constructor() { refuse() } }; export default Ajv2020`,
  'ajv-formats': `const refuse = ${refuse('ajv-formats')}; export default { get default() { return refuse() } }`,
  semver: `const refuse = ${refuse('semver')}; export default { eq: refuse, clean: refuse, satisfies: refuse, lte: refuse, gt: refuse }`,
}

// Two of Node's own modules the packages import before the window, replaced by what the app's uses of them need
// (tests/unit/main-bundle.test.ts, tests/unit/main-bundle-store.test.ts):
// - `import process from 'node:process'` (conf, atomically, stubborn-fs, when-exit, env-paths) is the global process
//   object; importing the builtin makes Node build a module of every property of process, about 10 million
//   instructions of each start.
// - conf's one use of node:assert is `assert.deepEqual(fileStore, storeWithDefaults)` when a store opens, to know
//   whether to write it back: two objects without a prototype, the second a copy of the first over the defaults (the
//   app passes none), so the loose and the strict comparison agree. Loading node:assert and its loose comparison costs
//   about 12 million instructions, util's strict one about 3 million. Anything else asked of assert is not there.
const NODE_STAND_INS: Record<string, string> = {
  'node:process': 'export default globalThis.process',
  'node:assert': `import { isDeepStrictEqual } from 'node:util'
export default { deepEqual(actual, expected) { if (!isDeepStrictEqual(actual, expected)) throw new Error('not deep-equal') } }`,
}

const STAND_IN = '\0techpass-stand-in:'
const standIn = (id: string) => LEFT_OUT[id] ?? NODE_STAND_INS[id] ?? NODE_STAND_INS[`node:${id}`]
const leaveOutUnused = (): Plugin => ({
  name: 'techpass-leave-out-unused',
  enforce: 'pre',
  // electron-vite lists every Node builtin as external, which would keep the import as it is: not the ones replaced here.
  config(config) {
    const options = config.build?.rolldownOptions
    if (Array.isArray(options?.external)) options.external = options.external.filter((id) => typeof id !== 'string' || standIn(id) === undefined)
  },
  resolveId: (id) => (standIn(id) !== undefined ? STAND_IN + id : null),
  load: (id) => (id.startsWith(STAND_IN) ? standIn(id.slice(STAND_IN.length)) : null),
})

// Sources live outside src/main|preload|renderer, so every entry is named explicitly.
export default defineConfig({
  main: {
    // Main formats its own menu and dialogs, and checks message ids, from the same catalog.
    plugins: [leaveOutUnused(), linguiMacros(), lingui(), mainEnglish(FIRST_SCREEN_MAIN_MESSAGES)],
    // Main's catalogs are compiled at build time, as the renderer's are; without this, Lingui keeps its runtime message
    // compiler (and moo, and the messageformat parser) in main's entry for catalogs that are never uncompiled.
    // The contract's channel names too, as in the preload: index.ts registers them before the contract itself is loaded.
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), ...contractNamesDefine },
    build: {
      outDir: 'out/main',
      // Dependencies are bundled (electron and Node's own modules stay external): Node opens one file, not hundreds.
      externalizeDeps: false,
      minify: true,
      lib: { entry: resolve('src-main/index.ts') },
      // A library build keeps its whitespace and line breaks (Vite's default for libraries others bundle again); this one
      // is run as it is, and Node parses every byte of it at each start, so it is minified whole.
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
    },
  },
  preload: {
    // The channel names are read from the contract here, at build time, so the preload carries no zod.
    define: contractNamesDefine,
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot require packages, so the bridge is bundled in.
      externalizeDeps: false,
      minify: true,
      lib: { entry: resolve('src-preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve('src-renderer'),
    base: './',
    plugins: [linguiMacros(), react(), lingui(), englishSplit(FIRST_SCREEN_MAIN_MESSAGES), devCsp()],
    build: {
      minify: true,
      // Illustrations are files fetched when a step shows them, not text inside the first screen's script.
      assetsInlineLimit: 0,
      outDir: resolve('out/renderer'),
      rollupOptions: { input: resolve('src-renderer/index.html') },
    },
    // The password strength worker (steps/password/strength.worker.ts) is a module worker from the app's own origin.
    worker: { format: 'es' },
  },
})
