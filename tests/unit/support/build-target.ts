import { readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { resolveConfig } from 'electron-vite'
import { build } from 'vite'
import type { Rolldown } from 'vite'

export type Built = Rolldown.OutputChunk | Rolldown.OutputAsset

// Builds one target in memory with electron.vite.config.ts, exactly as `npm run build` would, and writes nothing.
export async function buildTarget(target: 'main' | 'preload' | 'renderer'): Promise<Built[]> {
  process.env.NODE_ENV_ELECTRON_VITE = 'production'
  const resolved = await resolveConfig({ logLevel: 'silent' }, 'build', 'production')
  const config = resolved.config?.[target]
  if (!config) throw new Error(`electron.vite.config.ts has no ${target} build`)
  const result = await build({ ...config, logLevel: 'silent', build: { ...config.build, write: false } })
  return (Array.isArray(result) ? result : [result]).flatMap((output) => ('output' in output ? output.output : []))
}

export const chunks = (built: Built[]): Rolldown.OutputChunk[] => built.filter((b): b is Rolldown.OutputChunk => b.type === 'chunk')

// Builds another entry with main's own config (the same plugins, minified, the same chunking) into outDir, and returns the
// built entry file: code that runs the way main's bundle does, in plain Node (the main-start bench, the store probe).
export async function buildWithMainConfig(entry: string, outDir: string): Promise<string> {
  process.env.NODE_ENV_ELECTRON_VITE = 'production'
  const resolved = await resolveConfig({ logLevel: 'silent' }, 'build', 'production')
  const main = resolved.config?.main
  if (!main?.build?.lib) throw new Error('electron.vite.config.ts has no main build')
  await build({ ...main, logLevel: 'silent', build: { ...main.build, outDir, emptyOutDir: true, lib: { ...main.build.lib, entry: resolve(entry) } } })
  // The folder may be outside the project: its package.json makes the .js files ES modules, as the app's does.
  writeFileSync(join(outDir, 'package.json'), JSON.stringify({ type: 'module' }))
  const built = readdirSync(outDir).find((f) => f.endsWith('.js'))
  if (!built) throw new Error(`no entry was built in ${outDir}`)
  return join(outDir, built)
}
