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
