import { resolve } from 'node:path'
import { GuideSchema } from '../../../src-shared/guide-schema'
import type { Guide } from '../../../src-shared/guide-schema'
import { loadGuide } from '../../../src-main/guide/load-guide'

// The guide the app ships, loaded the way the app loads it.
export function realGuide(): Guide {
  const loaded = loadGuide(resolve('resources'))
  if (!loaded.ok) throw new Error(loaded.message)
  return loaded.guide
}

type ItemSpec = string | { id: string; completedBy?: string; audiences?: string[]; seedOnly?: boolean }

// A small guide parsed through GuideSchema, so defaults such as troubleshooting are filled in.
export function testGuide(sections: [id: string, items: ItemSpec[], kind?: 'prerequisites' | 'step' | 'next'][]): Guide {
  return GuideSchema.parse({
    schemaVersion: 1,
    title: 'Test guide',
    source: 'test',
    sections: sections.map(([id, items, kind]) => ({
      id,
      kind: kind ?? 'step',
      title: id,
      summary: id,
      items: items.map((item) => (typeof item === 'string' ? { id: item, label: item } : { label: item.id, ...item })),
    })),
  })
}
