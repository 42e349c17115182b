import { resolve } from 'node:path'
import type { Guide } from '../../../src-shared/guide-schema'
import { loadGuide } from '../../../src-main/guide/load-guide'

// The guide the app ships, loaded the way the app loads it.
export function realGuide(): Guide {
  const loaded = loadGuide(resolve('resources'))
  if (!loaded.ok) throw new Error(loaded.error.message.id)
  return loaded.value
}
