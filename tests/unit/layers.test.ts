import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The layer check (`npm run lint:layers`: the real .dependency-cruiser.js, the script's own arguments) run on a copy of
// the sources with violations planted in it. The copy keeps the real tree untouched while other tests read it.
const repo = resolve(import.meta.dirname, '../..')
const script = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['lint:layers']!
const [command, ...args] = script.split(' ')

// One violation as the `err` reporter prints it: `error <rule>: <from> → <to>`; a cycle's steps on the lines below.
interface Violation {
  rule: string
  from: string
  to: string
  via: string[]
}

function violationsIn(report: string): Violation[] {
  const found: Violation[] = []
  for (const line of report.split('\n')) {
    const head = /^\s*error ([\w-]+): (\S+) → ?(\S*)$/.exec(line)
    if (head) found.push({ rule: head[1]!, from: head[2]!, to: head[3]!, via: [] })
    else if (/^\s{4,}\S/.test(line) && found.length > 0) found.at(-1)!.via.push(line.trim().replace(/ →$/, ''))
  }
  return found
}

const planted: Record<string, string> = {
  // The renderer reaching main through a dynamic import, and through a type-only one.
  'src-renderer/src/planted-reach.ts': "export const reach = () => import('../../src-main/core')\n",
  'src-renderer/src/planted-type.ts': "import type { Core } from '../../src-main/core'\nexport type Planted = Core\n",
  // One domain importing another.
  'src-main/profile/planted.ts': "import { requestEvents } from '../request/events'\nexport const planted = requestEvents\n",
  // Two files that import each other, in a layer that may import its own files.
  'src-main/ledger/planted-a.ts': "import { b } from './planted-b'\nexport const a = () => b\n",
  'src-main/ledger/planted-b.ts': "import { a } from './planted-a'\nexport const b = () => a\n",
  // state/ reaching up into components/, which imports state/: a folder cycle with no file cycle in it.
  'src-renderer/src/state/planted.ts': "import { App } from '../components/app'\nexport const planted = App\n",
}

let copy: string
let status: number | null
let report: string
let violations: Violation[]

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'layers-'))
  for (const path of ['src-main', 'src-preload', 'src-shared', 'src-renderer', 'tests', 'tsconfig.base.json']) {
    cpSync(join(repo, path), join(copy, path), { recursive: true })
  }
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'junction') // a junction on Windows needs no privilege
  for (const [path, text] of Object.entries(planted)) writeFileSync(join(copy, path), text)

  expect(command).toBe('depcruise')
  const config = args.indexOf('--config') + 1
  const argv = args.map((arg, i) => (i === config ? join(repo, arg) : arg))
  const bin = join(repo, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')
  const run = spawnSync(process.execPath, [bin, ...argv], { cwd: copy, encoding: 'utf8', maxBuffer: 1 << 28 })
  status = run.status
  report = run.stdout
  violations = violationsIn(report)
}, 120_000)

afterAll(() => rmSync(copy, { recursive: true, force: true }))

const found = (rule: string, from: string) => violations.filter((v) => v.rule === rule && v.from === from)

// Each planted file holds one import, so a violation from it is that import's: dynamic, type-only or static.
describe('the layer check on planted violations', () => {
  it('fails, and reads every violation in its report', () => {
    expect(status).not.toBe(0)
    expect(violations.length).toBeGreaterThan(0)
    expect(report).toContain(`x ${violations.length} dependency violations (${violations.length} errors, 0 warnings)`)
  })

  it("refuses the renderer's import() of main", () => {
    expect(found('layer-renderer', 'src-renderer/src/planted-reach.ts').map((v) => v.to)).toEqual(['src-main/core.ts'])
  })

  it("refuses the renderer's type-only import of main", () => {
    expect(found('layer-renderer', 'src-renderer/src/planted-type.ts').map((v) => v.to)).toEqual(['src-main/core.ts'])
  })

  it('refuses a domain importing another domain', () => {
    expect(found('no-domain-to-domain', 'src-main/profile/planted.ts').map((v) => v.to)).toEqual(['src-main/request/events.ts'])
  })

  it('refuses a file cycle', () => {
    const cycles = violations.filter((v) => v.rule === 'no-file-cycle')
    expect(cycles.map((v) => [v.from, ...v.via])).toEqual([['src-main/ledger/planted-a.ts', 'src-main/ledger/planted-b.ts', 'src-main/ledger/planted-a.ts']])
  })

  it('refuses a folder cycle', () => {
    const cycles = found('no-folder-cycle', 'src-renderer/src/state').map((v) => v.via)
    expect(cycles).toContainEqual(['src-renderer/src/components', 'src-renderer/src/state'])
  })

  it('reports nothing else from the planted files', () => {
    const fromPlanted = violations.filter((v) => v.from in planted && v.rule !== 'no-file-cycle')
    expect(fromPlanted.map((v) => `${v.rule} ${v.from}`).sort()).toEqual([
      'layer-renderer src-renderer/src/planted-reach.ts',
      'layer-renderer src-renderer/src/planted-type.ts',
      'no-domain-to-domain src-main/profile/planted.ts',
    ])
  })
})
