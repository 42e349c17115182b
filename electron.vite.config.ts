import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { lingui } from '@lingui/vite-plugin'
import { linguiMacros } from './lingui-macros.ts'
import { englishSplit, FIRST_SCREEN_MAIN_MESSAGES } from './lingui-english-split.ts'
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

// js-yaml 3 loads esprima only for its !!js/function type; policies are read with the plain-text schema, so it stays out.
const LEFT_OUT = '\0techpass-left-out'
const leaveOutEsprima = (): Plugin => ({
  name: 'techpass-leave-out-esprima',
  enforce: 'pre',
  resolveId: (id) => (id === 'esprima' ? LEFT_OUT : null),
  load: (id) => (id === LEFT_OUT ? 'export default undefined' : null),
})

// Sources live outside src/main|preload|renderer, so every entry is named explicitly.
export default defineConfig({
  main: {
    // Main formats its own menu and dialogs, and checks message ids, from the same catalog.
    plugins: [leaveOutEsprima(), linguiMacros(), lingui()],
    build: {
      outDir: 'out/main',
      // Dependencies are bundled (electron and Node's own modules stay external): Node opens one file, not hundreds.
      externalizeDeps: false,
      minify: true,
      lib: { entry: resolve('src-main/index.ts') },
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
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
