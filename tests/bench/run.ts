// `npm run bench`: one table, each row with its target and whether it is met. It never fails a build.
import { cpus } from 'node:os'
import { bundleBench } from './bundle.bench'
import { ledgerBench } from './ledger.bench'
import { mainStartBench } from './main-start.bench'
import { policyHeaderBench } from './policies.bench'
import { preloadBench } from './preload.bench'
import { firstFormAndSwitches, initialJs } from './renderer.bench'
import { rendersPerAction } from './renders.bench'
import type { Row } from './stats'
import { stepFiveOpening } from './step-five.bench'
import { totpBench } from './totp.bench'
import { vendorWalk } from './vendor-walk.bench'

// To add measures, add a producer here; each *.bench.ts module returns its own rows.
const producers: Array<() => Row[] | Promise<Row[]>> = [
  mainStartBench,
  preloadBench,
  initialJs,
  firstFormAndSwitches,
  stepFiveOpening,
  vendorWalk,
  rendersPerAction,
  ledgerBench,
  bundleBench,
  totpBench,
  policyHeaderBench,
]

// BENCH_ONLY=name,name runs only those producers (by function name), e.g. BENCH_ONLY=firstFormAndSwitches.
const only = process.env.BENCH_ONLY?.split(',')
const rows: Row[] = []
for (const produce of producers) if (!only || only.includes(produce.name)) rows.push(...(await produce()))

const status = (row: Row) => (row.met === undefined ? '—' : row.met ? 'met' : '**not met**')
const cell = (text: string) => text.replace(/\|/g, '\\|')
console.log(`\nNode ${process.version}, ${cpus().length} CPU(s); only ratios and sizes compare across runs.\n`)
console.log('| measure | value | target | met? | note |\n|---|---|---|---|---|')
for (const row of rows) console.log(`| ${cell(row.measure)} | ${cell(row.value)} | ${cell(row.target ?? '—')} | ${status(row)} | ${cell(row.note)} |`)
const targeted = rows.filter((row) => row.met !== undefined)
console.log(`\n${targeted.filter((row) => row.met).length} of ${targeted.length} targets met.`)
