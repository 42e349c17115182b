import { join } from 'node:path'
import type { Handlers } from '../src-shared/contract'
import { prepareGuideSchema } from '../src-shared/guide-schema'
import { say } from '../src-shared/message'
import { storageFailures } from '../src-shared/messages/storage'
import { fail, ok } from '../src-shared/result'
import type { Result } from '../src-shared/result'
import type { CoreOptions, CoreStart } from './core-start'
import { errorName } from './core-start'
import { managedSettings } from './config/managed-view'
import { openDrafts } from './drafts/drafts'
import type { Drafts } from './drafts/drafts'
import { guideLanguages } from './guide/guide-languages'
import { createHandlers } from './handlers'
import { createDispatcher } from './ipc/binder'
import { prepareEventSchema } from './ledger/envelope'
import type { Dispatch } from './ipc/binder'
import { checkedEmit } from './ipc/push'
import type { SenderCheck } from './ipc/sender'
import type { RecordService } from './kit/record'
import { createMfaService } from './mfa/mfa-service'
import type { MfaService } from './mfa/mfa-service'
import { openMfaState } from './mfa/mfa-state'
import { loadPolicyTexts } from './policies/load-policies'
import { DomainEventSchema } from './registry/events'
import { createSupportService } from './support/support-service'
import { rememberSaves } from './system/saved-files'
import { createSystemService } from './system/system-service'

// The second half of main's start (see core-start.ts): everything the window's first request needs and the window
// itself does not. index.ts loads this module after the window exists; its code (the handlers, the policy texts and
// js-yaml, the IPC contract's zod schemas) is then compiled and run while the page loads, not before the window.

export interface Core {
  handlers: Handlers
  record: Result<RecordService>
  dispatcher(isTrusted: SenderCheck): Dispatch
}

function openMfa(options: CoreStart['options'], record: RecordService, emit: CoreOptions['emit']): Result<MfaService> {
  try {
    const state = openMfaState(options.openStore, options.info.dataDir, options.clock.now(), record.state().mfa.enrolled)
    return ok(createMfaService({ state, vault: options.ports.vault, clock: options.clock, record, notify: (s) => emit('mfa:changed', s) }))
  } catch (error) {
    options.log?.(`MFA state could not be opened: ${errorName(error)}`)
    return fail('unavailable', say(storageFailures.mfaUnavailable, { folder: options.info.dataDir }))
  }
}

// Unsaved form values are a convenience: if their file cannot be opened, the forms still work, only without drafts.
function openDraftStore(options: CoreStart['options']): Result<Drafts> {
  try {
    return ok(openDrafts(options.openStore, options.info.dataDir, options.clock.now()))
  } catch (error) {
    options.log?.(`drafts could not be opened: ${errorName(error)}`)
    return fail('unavailable', say(storageFailures.draftsUnavailable, { folder: options.info.dataDir }))
  }
}

/** The second half of the start: the policy texts, the services and the handlers, over the record the first half opened. */
export function finishCore(start: CoreStart): Core {
  const { options, settings, guide, language, record, saved, later } = start
  const emit = checkedEmit(start.uncheckedEmit, options.log)
  const policyLoad = loadPolicyTexts(join(options.resourcesDir, 'policies'), options.policiesDir, options.vetPolicyText)
  // The log names the file and the problem's id; the words are for the screen.
  for (const problem of policyLoad.problems) options.log?.(`policy file ${problem.file}: ${problem.message.id}`)
  const current = policyLoad.policies.map(({ id, title, version, sha256 }) => ({ id, title, version, sha256 }))
  later.policies = current
  later.push = (snapshot) => emit('ledger:changed', snapshot)
  const mfa = record.ok ? openMfa(options, record.value, emit) : record
  const ports = { ...options.ports, files: rememberSaves(options.ports.files, saved) }
  const support = record.ok
    ? ok(
        createSupportService({
          info: options.info,
          record: record.value,
          ports,
          clock: options.clock,
          settings,
          get timeZone() {
            return start.zone()
          },
          guide: record.value.guide,
          policies: current,
        }),
      )
    : record
  const { externalAllowlist, language: _languagePolicy, ...publicSettings } = settings
  const handlers = createHandlers({
    info: options.info,
    settings: publicSettings,
    guide,
    ...(guide.ok ? { guideIn: guideLanguages(options.resourcesDir, guide.value, options.log) } : {}),
    record,
    mfa,
    support,
    drafts: openDraftStore(options),
    language,
    ...(options.onLanguage ? { onLanguage: options.onLanguage } : {}),
    policies: { policies: policyLoad.policies, problems: policyLoad.problems },
    managed: () => managedSettings(settings, options.policiesDir ?? null, options.origins ?? {}),
    // Texts shipped with the app are samples; an administrator's policyTextsDir holds the official ones.
    sampleTexts: !policyLoad.official,
    system: createSystemService(ports, externalAllowlist, saved),
    saved,
  })
  // The first reply the page waits for, guide:definition, is checked against the guide file's schema, and the user's first
  // save checks its event against the union of every event type: both built here, while the page loads.
  prepareGuideSchema()
  prepareEventSchema(DomainEventSchema)
  return { handlers, record, dispatcher: (isTrusted) => createDispatcher(handlers, isTrusted, options.log) }
}
