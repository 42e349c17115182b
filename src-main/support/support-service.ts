import { basename } from 'node:path'
import type { AppInfo } from '../../src-shared/contract'
import type { BundleView } from '../../src-shared/bundle-view'
import type { Clock } from '../config/clock'
import { AppFailure } from '../errors'
import { verifyChain } from '../ledger/chain'
import { todayIn } from '../profile/deadlines'
import { DomainEventSchema } from '../registry/events'
import type { RecordService } from '../registry/record'
import { describeEvent } from '../registry/state'
import { textContext } from '../registry/snapshot'
import type { Ports } from '../ports'
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, BundleSchema, MAX_BUNDLE_BYTES, bundleDigest, redact } from './bundle'
import { viewOf } from './bundle-view'
import type { ViewContext } from './bundle-view'

export interface SupportService {
  exportBundle(redactPersonal: boolean): Promise<{ saved: boolean; path: string | null }>
  importBundle(): Promise<{ opened: boolean; view: BundleView | null }>
  print(kind: 'summary' | 'runbook'): Promise<{ saved: boolean; path: string | null }>
}

export interface SupportDeps extends ViewContext {
  info: AppInfo
  record: RecordService
  ports: Ports
  clock: Clock
}

const refuse = (message: string) => new AppFailure('bad-input', `${message} Nothing was imported.`)

export function createSupportService(deps: SupportDeps): SupportService {
  const { record, ports, clock } = deps
  const saveOrExplain = async (name: string, data: string | Uint8Array, kind: 'json' | 'pdf') => {
    try {
      const path = await ports.files.save(name, data, kind)
      return { saved: path !== null, path }
    } catch {
      throw new AppFailure('storage-failed', 'The file could not be saved there. Choose another folder and try again.')
    }
  }
  return {
    async exportBundle(redactPersonal) {
      const events = record.events()
      const check = verifyChain(events, DomainEventSchema)
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
        chainCheck: { ok: check.ok, brokenAt: check.ok ? null : check.brokenAt, eventCount: events.length },
      }
      const bundle = { ...body, digest: bundleDigest(body) }
      return saveOrExplain(`techpass-support-${todayIn(clock.now(), deps.timeZone)}.json`, `${JSON.stringify(bundle, null, 2)}\n`, 'json')
    },
    async importBundle() {
      let file
      try {
        file = await ports.files.open('json', MAX_BUNDLE_BYTES)
      } catch {
        throw refuse('That file could not be read.')
      }
      if (!file) return { opened: false, view: null }
      const name = basename(file.path)
      if (file.size > MAX_BUNDLE_BYTES) {
        throw refuse(`${name} is ${(file.size / 1024 / 1024).toFixed(1)} MB, but a support bundle is at most ${MAX_BUNDLE_BYTES / 1024 / 1024} MB.`)
      }
      let raw: unknown
      try {
        raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.bytes))
      } catch {
        throw refuse(`${name} is not a support bundle: it is not a JSON file.`)
      }
      const head = (raw ?? {}) as { format?: unknown; schemaVersion?: unknown }
      if (typeof raw !== 'object' || head.format !== BUNDLE_FORMAT) throw refuse(`${name} is not a TechPass support bundle.`)
      if (typeof head.schemaVersion === 'number' && head.schemaVersion > BUNDLE_SCHEMA_VERSION) {
        throw refuse(`${name} was made by a newer version of the assistant (bundle format ${head.schemaVersion}; this app reads format ${BUNDLE_SCHEMA_VERSION}). Update this app to read it.`)
      }
      const parsed = BundleSchema.safeParse(raw)
      if (!parsed.success) throw refuse(`${name} is a damaged support bundle: some of its parts are missing or of the wrong kind.`)
      const { digest, ...body } = parsed.data
      if (bundleDigest(body) !== digest) throw refuse(`${name} was changed after it was exported: its fingerprint does not match. Ask the user to export it again.`)
      const text = textContext(deps)
      const view = viewOf(deps, name, parsed.data, clock.now(), (e) => describeEvent(e, text))
      if (!view.ok) throw refuse(`The record in ${name} is broken at event ${view.brokenAt}: ${view.reason}.`)
      return { opened: true, view: view.view }
    },
    async print(kind) {
      let pdf: Uint8Array
      try {
        pdf = await ports.printer.toPdf()
      } catch {
        throw new AppFailure('unavailable', 'The page could not be turned into a PDF. Try again.')
      }
      return saveOrExplain(kind === 'summary' ? 'techpass-onboarding-summary.pdf' : 'techpass-helpdesk-runbook.pdf', pdf, 'pdf')
    },
  }
}
