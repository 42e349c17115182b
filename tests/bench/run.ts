// `npm run bench`: prints a table; never pass/fail. Build first (the script does).
import { bundleBench } from './bundle.bench'
import { ledgerBench } from './ledger.bench'
import { initialJs, timeToChecklist } from './renderer.bench'
import { totpBench } from './totp.bench'

const rows = [initialJs(), ...(await timeToChecklist()), ...(await ledgerBench()), ...(await bundleBench()), ...(await totpBench())]
const width = Math.max(...rows.map((r) => r.measure.length))
const met = (m: boolean | undefined) => (m === undefined ? '' : m ? 'met' : 'not met')
console.log(`\n| ${'measure'.padEnd(width)} | value | target | met | note |\n|${'-'.repeat(width + 2)}|---|---|---|---|`)
for (const row of rows) console.log(`| ${row.measure.padEnd(width)} | ${row.value} | ${row.target ?? ''} | ${met(row.met)} | ${row.note} |`)
