// `npm run bench`: prints a table; never pass/fail. Build first (the script does).
import { bundleBench } from './bundle.bench'
import { ledgerBench } from './ledger.bench'
import { initialJs, timeToChecklist } from './renderer.bench'
import { totpBench } from './totp.bench'

const rows = [initialJs(), ...(await timeToChecklist()), ...(await ledgerBench()), ...(await bundleBench()), totpBench()]
const width = Math.max(...rows.map((r) => r.measure.length))
console.log(`\n| ${'measure'.padEnd(width)} | value | note |\n|${'-'.repeat(width + 2)}|---|---|`)
for (const row of rows) console.log(`| ${row.measure.padEnd(width)} | ${row.value} | ${row.note} |`)
