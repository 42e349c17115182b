import { realpathSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { sectionRoles } from '../../../src-shared/guide-schema'
import { Ledger } from '../../../src-main/ledger/ledger'
import type { DomainBody } from '../../../src-main/kit/events'
import { appFormat } from '../support/app-format'

const ITEMS = ['org-email', 'contact-manager', 'open-link', 'open-portal', 'scan-qr', 'submit-form', 'number-matching']

// Event number k (1-based, its seq) always has this body, so a reader can tell exactly which events it has.
export function bodyFor(k: number): DomainBody {
  const role = sectionRoles[k % sectionRoles.length]!
  const item = ITEMS[k % ITEMS.length]!
  return k % 2 === 0 ? { type: 'item-confirmed', data: { role, item, on: null } } : { type: 'item-withdrawn', data: { role, item } }
}

// Opens the real ledger in dir, says "ready <events>", then appends the next events until it is killed, saying
// "ack <seq>" once each append has returned (stdout to a pipe is synchronous, so the line is out before the next write).
// Checkpoints are written at once when due, and every 8 events besides, so many kills land while one is written.
export function appendForever(dir: string): never {
  const ledger = Ledger.open(dir, new Date(), appFormat, undefined, { schedule: (work) => work() })
  if (ledger.recovery) throw new Error(`the ledger needed recovery: ${ledger.recovery.reason}`)
  process.stdout.write(`ready ${ledger.count}\n`)
  for (;;) {
    const event = ledger.append(bodyFor(ledger.count + 1), new Date())
    process.stdout.write(`ack ${event.seq}\n`)
    if (event.seq % 8 === 0) ledger.saveCheckpoint()
  }
}

// `node crash-child.mjs <dir> [--on-go]`: with --on-go it loads, then waits for a line on stdin before it touches dir.
const entry = process.argv[1]
if (entry && import.meta.url === pathToFileURL(realpathSync(entry)).href) {
  const [dir, mode] = process.argv.slice(2)
  if (!dir) throw new Error('usage: crash-child <data dir> [--on-go]')
  if (mode === '--on-go') process.stdin.once('data', () => appendForever(dir))
  else appendForever(dir)
}
