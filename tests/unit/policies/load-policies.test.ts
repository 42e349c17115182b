import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { policyIds } from '../../../src-shared/policy-ids'
import type { PolicyId } from '../../../src-shared/policy-ids'
import { MAX_FRONT_MATTER_CHARS, MAX_POLICY_BYTES, loadPolicies, policyFile } from '../../../src-main/policies/load-policies'
import { useTempDirs } from '../support/temp-dir'
import { copyResources, editPolicy, policyPath, REAL_RESOURCES } from '../support/temp-resources'
import { english } from '../../support/english'
import type { PolicyLoad } from '../../../src-main/policies/load-policies'

// The problems as an administrator reads them in English.
const inEnglish = (load: PolicyLoad) => ({ ...load, problems: load.problems.map((p) => ({ file: p.file, message: english(p.message) })) })

const tempDir = useTempDirs()
const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const others = (id: PolicyId) => policyIds.filter((x) => x !== id)

describe('loadPolicies: the policies the app ships', () => {
  it('load with no problems, in order, each hashed over the exact bytes of its file', () => {
    const load = inEnglish(loadPolicies(join(REAL_RESOURCES, 'policies')))
    expect(load.problems).toEqual([])
    expect(load.policies.map((p) => p.id)).toEqual(['privacy-policy', 'terms-of-use', 'mdm-aup'])
    for (const p of load.policies) {
      expect(p.file).toBe(policyPath(REAL_RESOURCES, p.id))
      expect(p.file).toBe(policyFile(join(REAL_RESOURCES, 'policies'), p.id))
      expect(p.sha256).toBe(sha256Of(p.file))
      expect(p.version).toBe('1.0')
      expect(p.effective).toBe('2026-11-01')
      expect(p.title.length).toBeGreaterThan(0)
      expect(p.changes.length).toBeGreaterThan(0)
      // The markdown is the body only: the front matter is not shown as text.
      expect(p.markdown).toContain(`# ${p.title}`)
      expect(p.markdown).not.toMatch(/^id: /m)
      expect(readFileSync(p.file, 'utf8').endsWith(p.markdown)).toBe(true)
    }
    expect(new Set(load.policies.map((p) => p.sha256)).size).toBe(3)
  })

  it('each load reads the files as they are now: nothing is kept from an earlier load', () => {
    const dir = copyResources(tempDir())
    const policiesDir = join(dir, 'policies')
    const first = loadPolicies(policiesDir)
    editPolicy(dir, 'terms-of-use', (t) => t.replace(/^version: .*$/m, 'version: "1.1"') + '\nOne more line.\n')
    rmSync(policyPath(dir, 'mdm-aup'))
    const second = inEnglish(loadPolicies(policiesDir))
    // The edited file is read again: its new version and its new hash, over its new bytes.
    const terms = second.policies.find((p) => p.id === 'terms-of-use')!
    expect(terms.version).toBe('1.1')
    expect(terms.sha256).toBe(sha256Of(policyPath(dir, 'terms-of-use')))
    expect(terms.sha256).not.toBe(first.policies.find((p) => p.id === 'terms-of-use')!.sha256)
    // The removed one is a problem now, and the untouched one is as it was.
    expect(second.policies.map((p) => p.id)).toEqual(['privacy-policy', 'terms-of-use'])
    expect(second.problems).toEqual([{ file: policyPath(dir, 'mdm-aup'), message: expect.stringMatching(/is missing\.$/) }])
    expect(second.policies[0]).toEqual(first.policies[0])
  })
})

type Breakage = [name: string, break_: (dir: string, id: PolicyId) => void, says: RegExp]

const rewrite = (edit: (text: string) => string) => (dir: string, id: PolicyId) => editPolicy(dir, id, edit)
const HEADER = /must start with a header between two lines of "---"/
const breakages: Breakage[] = [
  ['a missing file', (dir, id) => rmSync(policyPath(dir, id)), /is missing\.$/],
  ['a folder in its place', (dir, id) => (rmSync(policyPath(dir, id)), mkdirSync(policyPath(dir, id))), /is not an ordinary file\.$/],
  ['front matter that is not YAML', rewrite((t) => t.replace(/^title: .*$/m, 'title: [unclosed, "list')), HEADER],
  ['a key given twice', rewrite((t) => t.replace(/^title: .*$/m, 'title: One\ntitle: Two')), HEADER],
  ['a missing field', rewrite((t) => t.replace(/^changes: .*\n/m, '')), /cannot be used: changes is missing\.$/],
  ['a title of the wrong type', rewrite((t) => t.replace(/^title: .*$/m, 'title: [1, 2]')), /cannot be used: title must be text of 1 to 120 characters\.$/],
  ['an unknown extra field', rewrite((t) => t.replace(/^changes: /m, 'owner: someone\nchanges: ')), /cannot be used: it has an unknown setting "owner"\.$/],
  [
    'a version that is not a version',
    rewrite((t) => t.replace(/^version: .*$/m, 'version: "one"')),
    /cannot be used: version must be a version such as 1\.0 or 2\.1\.3\.$/,
  ],
  ['no front matter at all', rewrite((t) => t.replace(/^---\n[\s\S]*?\n---\n/, '')), HEADER],
  ['no closing line', rewrite((t) => t.replace(/\n---\n/, '\n\n')), HEADER],
  ['an empty header', rewrite((t) => t.replace(/^---\n[\s\S]*?\n---\n/, '---\n---\n')), /cannot be used: it is empty\.$/],
  [
    'bytes that are not UTF-8',
    (dir, id) => writeFileSync(policyPath(dir, id), Buffer.concat([readFileSync(policyPath(dir, id)), Buffer.from([0xff, 0xfe])])),
    /is not plain text\. Save it as UTF-8\.$/,
  ],
  ['an empty body', rewrite((t) => t.replace(/\n---\n[\s\S]*$/, '\n---\n\n   \n')), /has no text after its header/],
]

describe('loadPolicies: one bad file is a problem naming it, and the others still load', () => {
  const cases = breakages.flatMap(([name, brk, says]) => policyIds.map((id) => [name, id, brk, says] as const))
  it.each(cases)('%s in %s', (_, id, brk, says) => {
    const dir = copyResources(tempDir())
    brk(dir, id)
    const load = inEnglish(loadPolicies(join(dir, 'policies')))
    const path = policyPath(dir, id)
    expect(load.problems).toHaveLength(1)
    expect(load.problems[0]!.file).toBe(path)
    expect(load.problems[0]!.message).toContain(path)
    expect(load.problems[0]!.message).toMatch(says)
    expect(load.policies.map((p) => p.id)).toEqual(others(id))
    for (const p of load.policies) expect(p.sha256).toBe(sha256Of(p.file))
  })

  it.each(policyIds)('a wrong id in %s is refused, naming the file and the id it must have', (id) => {
    const dir = copyResources(tempDir())
    const wrong = others(id)[0]!
    editPolicy(dir, id, (t) => t.replace(/^id: .*$/m, `id: ${wrong}`))
    const load = inEnglish(loadPolicies(join(dir, 'policies')))
    expect(load.problems).toEqual([
      { file: policyPath(dir, id), message: `The policy file ${policyPath(dir, id)} says its id is "${wrong}", but it must be "${id}".` },
    ])
    expect(load.policies.map((p) => p.id)).toEqual(others(id))
  })

  it('an id that is no policy at all is refused, in plain words', () => {
    const dir = copyResources(tempDir())
    editPolicy(dir, 'terms-of-use', (t) => t.replace(/^id: .*$/m, 'id: cookie-policy'))
    const load = inEnglish(loadPolicies(join(dir, 'policies')))
    expect(load.problems.map((p) => p.file)).toEqual([policyPath(dir, 'terms-of-use')])
    expect(load.problems[0]!.message).toBe(
      `The policy file ${policyPath(dir, 'terms-of-use')} cannot be used: id must be one of privacy-policy, terms-of-use, mdm-aup.`,
    )
  })

  it('every file broken at once: three problems, no policies', () => {
    const dir = copyResources(tempDir())
    for (const id of policyIds) rmSync(policyPath(dir, id))
    const load = inEnglish(loadPolicies(join(dir, 'policies')))
    expect(load.policies).toEqual([])
    expect(load.problems.map((p) => p.file)).toEqual(policyIds.map((id) => policyPath(dir, id)))
  })
})

describe("loadPolicies: an administrator's replacement text", () => {
  it.each([
    ['Windows line endings', (t: string) => t.replace(/\n/g, '\r\n')],
    ['a UTF-8 byte-order mark', (t: string) => `\uFEFF${t}`],
  ])('saved with %s still loads, hashed over its own bytes', (_, edit) => {
    const dir = copyResources(tempDir())
    editPolicy(dir, 'privacy-policy', edit)
    const load = inEnglish(loadPolicies(join(dir, 'policies')))
    expect(load.problems).toEqual([])
    const p = load.policies.find((x) => x.id === 'privacy-policy')!
    expect(p).toMatchObject({ version: '1.0', effective: '2026-11-01', title: 'Privacy policy' })
    expect(p.sha256).toBe(sha256Of(policyPath(dir, 'privacy-policy')))
    expect(p.sha256).not.toBe(sha256Of(policyPath(REAL_RESOURCES, 'privacy-policy')))
    expect(p.markdown).toMatch(/^\r?\n# Privacy policy/)
  })
})

describe('loadPolicies: unquoted YAML values are read as the text that was written', () => {
  it('effective: 2026-11-01 and version: 1.0 unquoted are "2026-11-01" and "1.0"', () => {
    const dir = copyResources(tempDir())
    editPolicy(dir, 'privacy-policy', (t) => t.replace('version: "1.0"', 'version: 1.0').replace('effective: "2026-11-01"', 'effective: 2026-11-01'))
    const load = inEnglish(loadPolicies(join(dir, 'policies')))
    expect(load.problems).toEqual([])
    const p = load.policies.find((x) => x.id === 'privacy-policy')!
    expect(p).toMatchObject({ version: '1.0', effective: '2026-11-01' })
    expect(p.sha256).toBe(sha256Of(policyPath(dir, 'privacy-policy')))
  })

  it.each([
    ['2', '2'],
    ['1.5', '1.5'],
    ['"2.1.3"', '2.1.3'],
  ])('version: %s → "%s"', (written, read) => {
    const dir = copyResources(tempDir())
    editPolicy(dir, 'terms-of-use', (t) => t.replace('version: "1.0"', `version: ${written}`))
    expect(inEnglish(loadPolicies(join(dir, 'policies'))).policies.find((x) => x.id === 'terms-of-use')?.version).toBe(read)
  })

  // Front matter is read as text (YAML FAILSAFE), so 1.10 is not turned into the number 1.1.
  it('version: 1.10 unquoted is "1.10", not "1.1"', () => {
    const dir = copyResources(tempDir())
    editPolicy(dir, 'terms-of-use', (t) => t.replace('version: "1.0"', 'version: 1.10'))
    const load = inEnglish(loadPolicies(join(dir, 'policies')))
    expect(load.policies.find((x) => x.id === 'terms-of-use')?.version ?? load.problems[0]?.message).toBe('1.10')
  })

  // Regression test for a fixed bug: YAML rolls an unquoted 2026-02-30 over to a Date in March, and the schema checks only the shape of a quoted one.
  it.each(['2026-02-30', '"2026-02-30"'])('effective: %s (no such day) is a problem naming the file', (written) => {
    const dir = copyResources(tempDir())
    editPolicy(dir, 'mdm-aup', (t) => t.replace('effective: "2026-11-01"', `effective: ${written}`))
    const load = inEnglish(loadPolicies(join(dir, 'policies')))
    const effective = load.policies.find((x) => x.id === 'mdm-aup')?.effective
    expect({ effective, problems: load.problems.map((p) => p.file) }).toEqual({ effective: undefined, problems: [policyPath(dir, 'mdm-aup')] })
  })

  // Regression test for a fixed bug: an unquoted timestamp is cut to its UTC day, so 01:00 Singapore time on 1 November becomes 2026-10-31.
  it('effective: 2026-11-01T01:00:00+08:00 is never silently moved to another day', () => {
    const dir = copyResources(tempDir())
    editPolicy(dir, 'mdm-aup', (t) => t.replace('effective: "2026-11-01"', 'effective: 2026-11-01T01:00:00+08:00'))
    const effective = inEnglish(loadPolicies(join(dir, 'policies'))).policies.find((x) => x.id === 'mdm-aup')?.effective
    expect([undefined, '2026-11-01']).toContain(effective)
  })
})

// Regression tests: gray-matter ran "---js" front matter through eval in the main process.
describe('loadPolicies: a policy file can never run code', () => {
  const payload = "{ id: (globalThis.__techpassRan = 'yes', 'privacy-policy'), title: 'Privacy policy', version: '1.0', effective: '2026-11-01', changes: 'x' }"
  const ran = () => (globalThis as { __techpassRan?: string }).__techpassRan

  it.each(['---js', '---javascript', '---JS', '---JavaScript', '--- js', '---\tjs', '---coffee', '---json', '---yaml', '---toml', '----'])(
    'front matter opened with "%s" is refused like a broken file, and nothing in it runs',
    (opening) => {
      const dir = copyResources(tempDir())
      writeFileSync(policyPath(dir, 'privacy-policy'), `${opening}\n${payload}\n---\n\n# Privacy policy\n\nText.\n`)
      const load = inEnglish(loadPolicies(join(dir, 'policies')))
      expect(ran()).toBeUndefined()
      expect(load.problems).toEqual([{ file: policyPath(dir, 'privacy-policy'), message: expect.stringMatching(HEADER) as unknown as string }])
      expect(load.policies.map((p) => p.id)).toEqual(others('privacy-policy'))
    },
  )

  it.each([
    '!!js/function "function () { globalThis.__techpassRan = 1 }"',
    '!!js/undefined ""',
    '!!js/regexp /x/',
    '!!binary aGk=',
    '!!python/object:os.system ls',
  ])('a YAML tag that builds objects (%s) is refused, never run', (tagged) => {
    const dir = copyResources(tempDir())
    editPolicy(dir, 'terms-of-use', (t) => t.replace(/^changes: .*$/m, `changes: ${tagged}`))
    const load = inEnglish(loadPolicies(join(dir, 'policies')))
    expect(ran()).toBeUndefined()
    expect(load.problems.map((p) => p.message)).toEqual([expect.stringMatching(HEADER)])
  })
})

// Regression tests (issue 22, N2): the header was found with a multi-line regex that started again at every line, so a
// file of "\uFEFF---" lines cost time growing with the square of its size (0.42 MB took 3.9 s), all before the window
// opened. The issue asks for "under 100 ms": that goal is a row of `npm run bench` (policyHeaderBench). The machine is
// shared and noisy, so the bound here is a generous 2 s, as for the FIFO below. It is there so the old code fails, not
// to time the new: that took 41 s on the first file (about 100 s on a busy machine), so 2 s tells them far apart.
describe('loadPolicies: a hostile 1 MB policy file is refused quickly', () => {
  const megabyte = (line: string, head = '') => head + line.repeat(Math.floor((MAX_POLICY_BYTES - Buffer.byteLength(head)) / Buffer.byteLength(line)))
  it.each([
    ['lines of a byte-order mark and "---", each an opening line that is never closed', megabyte('\uFEFF---\n')],
    ['an opening line, then lines that only start like a closing line', megabyte('---x\n', '---\n')],
    ['an opening line, then no line break at all', megabyte('-', '---\n')],
    ['an opening line, then lines of "---", spaces and more text', megabyte(`\n---${' '.repeat(1000)}x`, '---\n')],
  ])('%s', (_, text) => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_POLICY_BYTES - 2048)
    const dir = copyResources(tempDir())
    const path = policyPath(dir, 'privacy-policy')
    writeFileSync(path, text)
    const started = performance.now()
    const load = inEnglish(loadPolicies(join(dir, 'policies')))
    const took = performance.now() - started
    expect(load.problems).toEqual([{ file: path, message: expect.stringMatching(HEADER) as unknown as string }])
    expect(load.policies.map((p) => p.id)).toEqual(others('privacy-policy'))
    expect(took).toBeLessThan(2000)
  })
})

// The closing line is looked for only this far into the file, so the header's YAML is never more than that much text.
describe('loadPolicies: the header must close within MAX_FRONT_MATTER_CHARS', () => {
  // A comment line after the opening line, long enough that the closing "---" ends `past` characters after the limit.
  const padded = (past: number) => (text: string) => {
    const closingEnds = text.indexOf('\n---\n') + 4
    return text.replace(/^---\n/, `---\n#${'x'.repeat(MAX_FRONT_MATTER_CHARS - closingEnds - 2 + past)}\n`)
  }

  it('a header whose closing line ends at the limit loads', () => {
    const dir = copyResources(tempDir())
    editPolicy(dir, 'terms-of-use', padded(0))
    const text = readFileSync(policyPath(dir, 'terms-of-use'), 'utf8')
    expect(text.indexOf('\n---\n') + 4).toBe(MAX_FRONT_MATTER_CHARS)
    const load = inEnglish(loadPolicies(join(dir, 'policies')))
    expect(load.problems).toEqual([])
    expect(load.policies.find((p) => p.id === 'terms-of-use')).toMatchObject({ version: '1.0', title: 'Terms of use' })
  })

  it('a header whose closing line ends one character past it is refused as having no header', () => {
    const dir = copyResources(tempDir())
    editPolicy(dir, 'terms-of-use', padded(1))
    const load = inEnglish(loadPolicies(join(dir, 'policies')))
    expect(load.problems).toEqual([{ file: policyPath(dir, 'terms-of-use'), message: expect.stringMatching(HEADER) as unknown as string }])
  })
})

describe('loadPolicies: only ordinary files, and never more than the size limit', () => {
  it('a FIFO in place of a policy is refused at once; the others load', () => {
    const dir = copyResources(tempDir())
    const path = policyPath(dir, 'mdm-aup')
    rmSync(path)
    execFileSync('mkfifo', [path])
    // A writer that turns up late, so a reader that blocks on the FIFO is seen to have waited.
    const writer = spawn('sh', ['-c', `sleep 3; cat '${policyPath(REAL_RESOURCES, 'mdm-aup')}' > '${path}'`], { stdio: 'ignore' })
    try {
      const started = Date.now()
      const load = inEnglish(loadPolicies(join(dir, 'policies')))
      expect(Date.now() - started).toBeLessThan(2000)
      expect(load.problems).toEqual([{ file: path, message: `The policy file ${path} is not an ordinary file.` }])
      expect(load.policies.map((p) => p.id)).toEqual(others('mdm-aup'))
    } finally {
      writer.kill()
    }
  })

  it('a sparse 600 MB policy file is refused as too large', () => {
    const dir = copyResources(tempDir())
    const path = policyPath(dir, 'terms-of-use')
    truncateSync(path, 600 * 1024 * 1024)
    const load = inEnglish(loadPolicies(join(dir, 'policies')))
    expect(load.problems).toEqual([{ file: path, message: `The policy file ${path} is larger than ${MAX_POLICY_BYTES / 1024 / 1024} MB.` }])
  })

  it("a link to an ordinary file is followed, and hashed over the target's bytes", () => {
    const dir = copyResources(tempDir())
    const path = policyPath(dir, 'privacy-policy')
    rmSync(path)
    symlinkSync(policyPath(REAL_RESOURCES, 'privacy-policy'), path)
    const load = inEnglish(loadPolicies(join(dir, 'policies')))
    expect(load.problems).toEqual([])
    expect(load.policies.find((p) => p.id === 'privacy-policy')?.sha256).toBe(sha256Of(policyPath(REAL_RESOURCES, 'privacy-policy')))
  })
})
