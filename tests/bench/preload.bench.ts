import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { kb } from './stats'
import type { Row } from './stats'

// zod's own class names survive minification; finding none means the preload bundled no schemas.
const ZOD_MARK = /\$?Zod[A-Z]\w+/

export function preloadBench(file = resolve('out/preload/index.cjs')): Row[] {
  const code = readFileSync(file)
  const zod = ZOD_MARK.exec(code.toString('utf8'))
  return [
    {
      measure: 'preload (out/preload/index.cjs)',
      value: `${kb(code.length)} (${kb(gzipSync(code, { level: 9 }).length)} gzip)`,
      target: '≤ 10 KB',
      met: code.length <= 10_000,
      note: zod ? `contains zod (${zod[0]})` : 'minified; no zod in it (its channel names are written in from src-shared/contract.ts when it is built)',
    },
  ]
}
