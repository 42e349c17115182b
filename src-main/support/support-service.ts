import { basename } from 'node:path'
import type { AppInfo } from '../../src-shared/contract'
import { inner, say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { bundleRefusals } from '../../src-shared/messages/support'
import { systemRefusals } from '../../src-shared/messages/system'
import type { BundleView } from '../../src-shared/bundle-view'
import type { Clock } from '../config/clock'
import { AppFailure } from '../errors'
import { verifyChainInSlices } from '../ledger/chain'
import { todayIn } from '../kit/deadlines'
import { DomainEventSchema } from '../registry/events'
import type { RecordService } from '../kit/record'
import { describeEvent } from '../registry/state'
import { textContext } from '../registry/snapshot'
import type { Ports } from '../ports'
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, MAX_BUNDLE_BYTES, bundleDigest, redact } from './bundle'
import { readBundle } from './read-bundle'
import { viewOf } from './bundle-view'
import type { ViewContext } from './bundle-view'

export interface SupportService {
  exportBundle(redactPersonal: boolean): Promise<{ saved: boolean; path: string | null }>
  importBundle(): Promise<{ opened: boolean; view: BundleView | null }>
  print(kind: 'summary' | 'runbook'): Promise<{ saved: boolean; path: string | null }>
}

interface SupportDeps extends ViewContext {
  info: AppInfo
  record: RecordService
  ports: Ports
  clock: Clock
}

const refuse = (message: Msg) => new AppFailure('bad-input', message)

export function createSupportService(deps: SupportDeps): SupportService {
  const { record, ports, clock } = deps
  const saveOrExplain = async (name: string, data: string | Uint8Array, kind: 'json' | 'pdf') => {
    try {
      const path = await ports.files.save(name, data, kind)
      return { saved: path !== null, path }
    } catch {
      throw new AppFailure('storage-failed', say(systemRefusals.notSavedThere))
    }
  }
  return {
    async exportBundle(redactPersonal) {
      const events = record.events()
      const check = await verifyChainInSlices(events, DomainEventSchema)
      const scrub = <T>(v: T): T => (redactPersonal ? redact(v) : v)
      const body = {
        format: BUNDLE_FORMAT,
        schemaVersion: BUNDLE_SCHEMA_VERSION,
        appVersion: deps.info.version,
        exportedAt: clock.now().toISOString(),
        redacted: redactPersonal,
        profile: scrub(record.state().profile.profile),
        events: scrub([...events]),
        snapshot: scrub(record.snapshot()),
        chainCheck: { ok: check.ok, brokenAt: check.ok ? null : check.error.brokenAt, eventCount: events.length },
      }
      const bundle = { ...body, digest: await bundleDigest(body) }
      return saveOrExplain(`techpass-support-${todayIn(clock.now(), deps.timeZone)}.json`, `${JSON.stringify(bundle, null, 2)}\n`, 'json')
    },
    async importBundle() {
      let file
      try {
        file = await ports.files.open('json', MAX_BUNDLE_BYTES)
      } catch {
        throw refuse(say(bundleRefusals.unreadable))
      }
      if (!file) return { opened: false, view: null }
      const name = basename(file.path)
      const read = await readBundle(name, file)
      if (!read.ok) throw refuse(read.error.message)
      const names = textContext(deps)
      const view = await viewOf(deps, name, read.value, clock.now(), (e) => describeEvent(e, names))
      if (!view.ok) throw refuse(say(bundleRefusals.broken, { name, problem: inner(view.error.reason) }))
      return { opened: true, view: view.value }
    },
    async print(kind) {
      let pdf: Uint8Array
      try {
        pdf = await ports.printer.toPdf()
      } catch {
        throw new AppFailure('unavailable', say(systemRefusals.notPrinted))
      }
      return saveOrExplain(kind === 'summary' ? 'techpass-onboarding-summary.pdf' : 'techpass-helpdesk-runbook.pdf', pdf, 'pdf')
    },
  }
}
