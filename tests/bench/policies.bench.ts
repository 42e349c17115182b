import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { MAX_POLICY_BYTES, loadPolicies, policyFile } from '../../src-main/policies/load-policies'
import { policyIds } from '../../src-shared/policy-ids'
import { interleaved, median, ms, msSpread, ratio, spread } from './stats'
import type { Row } from './stats'

// A policy file of lines that each look like an opening "---" line (a byte-order mark, then "---") and never close:
// the shape whose header search took time growing with the square of the file's size (issue 22, N2).
const hostileText = (): string => {
  const line = '\uFEFF---\n'
  return line.repeat(Math.floor(MAX_POLICY_BYTES / Buffer.byteLength(line)))
}

// loadPolicies over the three policy files, one of them a hostile 1 MB file, interleaved with the same load of the
// shipped files. The app runs this synchronously at start, before the window opens.
export async function policyHeaderBench(runs = 15): Promise<Row[]> {
  const work = mkdtempSync(join(tmpdir(), 'techpass-bench-policies-'))
  try {
    const shipped = resolve('resources', 'policies')
    const hostile = join(work, 'policies')
    mkdirSync(hostile)
    for (const id of policyIds) copyFileSync(policyFile(shipped, id), policyFile(hostile, id))
    writeFileSync(policyFile(hostile, 'privacy-policy'), hostileText())
    // Wall and CPU time (user + system) of one load; CPU leaves out the time spent waiting for a core on a busy machine.
    const timed = (dir: string, problems: number) => () => {
      const cpu = process.cpuUsage()
      const start = performance.now()
      const load = loadPolicies(dir)
      const wall = performance.now() - start
      const used = process.cpuUsage(cpu)
      if (load.problems.length !== problems) throw new Error(`policies in ${dir}: ${load.problems.length} problems, ${problems} expected`)
      return { wall, cpu: (used.user + used.system) / 1000 }
    }
    const [base, bad] = await interleaved(runs, [timed(shipped, 0), timed(hostile, 1)])
    const wall = (samples: Array<{ wall: number }>) => samples.map((s) => s.wall)
    const cpu = (samples: Array<{ cpu: number }>) => median(samples.map((s) => s.cpu))
    return [
      {
        measure: 'policy files, one a hostile 1 MB header',
        value: `${msSpread(spread(wall(bad!)))}; CPU ${ms(cpu(bad!))}`,
        target: '< 100 ms',
        met: median(wall(bad!)) < 100,
        note: `loadPolicies over the three files, one of them 1 MB of "\\uFEFF---" lines (refused); median of ${runs}, interleaved with the shipped files: ${ms(median(wall(base!)))}, CPU ${ms(cpu(base!))} (${ratio(median(wall(bad!)) / median(wall(base!)))} wall)`,
      },
    ]
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
