import { resolve } from 'node:path'
import { generateSync } from 'otplib'
import type { SectionRole } from '../../src-shared/guide-schema'
import type { Enrolment, VerifyOutcome } from '../../src-shared/mfa-schema'
import type { Policies } from '../../src-shared/policy-schema'
import { fixedClock } from '../../src-main/config/clock'
import { createCore } from '../../src-main/core'
import { sealEvent } from '../../src-main/ledger/chain'
import { openConfStore } from '../../src-main/storage/conf-store'
import type { DomainBody, DomainEvent } from '../../src-main/kit/events'
import { profileInput, registrationInput, requestInput } from '../unit/support/onboarding-inputs'
import { recordingPorts } from '../unit/support/ports'

const trusted = { contentsId: 1, isMainFrame: true, frameUrl: 'app://techpass/index.html' }

// What a real user accumulates, recorded by the real handlers: an offshore user (SEED yes) whose invitation
// expires once, who completes every step, then reopens six steps, corrects details and redoes them (about 60 events).
export async function realisticJourney(dataDir: string): Promise<DomainEvent[]> {
  const clock = fixedClock(new Date('2026-11-20T02:00:00Z'))
  const { ports } = recordingPorts()
  const core = createCore({
    info: { name: 'TechPass Onboarding Assistant', version: '0.0.0-bench', dataDir, isPackaged: false, mode: 'browser-harness' },
    resourcesDir: resolve('resources'),
    openStore: openConfStore,
    clock,
    ports,
    emit: () => {},
    timeZone: 'Asia/Singapore',
  })
  if (!core.record.ok) throw new Error(core.record.error.message.id)
  const dispatch = core.dispatcher(() => true)
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    clock.advance(7 * 60_000)
    const result = await dispatch(channel, input, trusted)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value as T
  }
  const confirm = async (role: SectionRole, items: string[]) => {
    for (const item of items) await call('checklist:confirm', { role, item, done: true })
  }
  const rehearseMfa = async () => {
    const enrolment = await call<Enrolment>('mfa:enrol')
    clock.advance(60_000)
    const code = generateSync({ secret: enrolment.keyGroups.join(''), epoch: Math.floor(clock.now().getTime() / 1000) })
    const verified = await dispatch('mfa:verify', { code }, trusted)
    if (!verified.ok || (verified.value as VerifyOutcome).result !== 'accepted') throw new Error('the practice code was refused')
    await call('mfa:record-number-matching')
  }
  const readPolicies = async () => {
    const listed = await call<Policies>('policy:list')
    for (const p of listed.policies) await call(p.action === 'accept' ? 'policy:accept' : 'policy:read', { id: p.id, version: p.version, sha256: p.sha256 })
  }
  const audience = 'offshore-non-odc'

  await call('profile:save', profileInput(audience, '2026-11-20'))
  await call('request:send', requestInput(audience))
  // The registration deadline passes: a new invitation is requested and the request sent again.
  clock.set(new Date('2026-11-27T02:00:00Z'))
  await call('invitation:renew')
  await call('request:send', { ...requestInput(audience), projectName: 'Apollo 2' })
  await call('request:email-received', { on: '2026-11-27' })
  await call('registration:save', registrationInput(audience))
  await confirm('registration', ['open-link', 'submit-form'])
  await confirm('sign-in', ['open-portal', 'enter-username', 'enter-password', 'start-mfa'])
  await call('seed:email-expired')
  await call('seed:service-requested')
  await rehearseMfa()
  await confirm('mfa', ['install-authenticator', 'scan-qr', 'number-matching'])
  await confirm('password', ['reset-password'])
  await readPolicies()
  await confirm('policies', ['accept-on-techpass'])
  await confirm('finish', ['verify-login', 'seed-onboarding'])
  // Later: details corrected, three steps reopened and done again, one confirmation taken back and given again.
  await call('profile:save', { ...profileInput(audience, '2026-11-20'), orgEmail: 'ana.lim@acme.com' })
  await call('registration:save', { ...registrationInput(audience), department: 'Platform Engineering' })
  await call('checklist:reopen', { role: 'sign-in' })
  await confirm('sign-in', ['open-portal', 'enter-username', 'enter-password', 'start-mfa'])
  await call('checklist:reopen', { role: 'mfa' })
  await rehearseMfa()
  await confirm('mfa', ['install-authenticator', 'scan-qr', 'number-matching'])
  await call('checklist:reopen', { role: 'policies' })
  await readPolicies()
  await confirm('policies', ['accept-on-techpass'])
  await call('checklist:reopen', { role: 'registration' })
  await call('registration:save', { ...registrationInput(audience), mobile: '+65 9876 5432' })
  await confirm('registration', ['open-link', 'submit-form'])
  await call('checklist:reopen', { role: 'password' })
  await confirm('password', ['reset-password'])
  await call('checklist:reopen', { role: 'request' })
  await call('request:send', { ...requestInput(audience), mobile: '+65 9876 5432' })
  await call('request:email-received', { on: '2026-11-27' })
  await call('checklist:confirm', { role: 'finish', item: 'verify-login', done: false })
  await confirm('finish', ['verify-login'])
  await call('checklist:confirm', { role: 'sign-in', item: 'enter-password', done: false })
  await confirm('sign-in', ['enter-password'])
  await call('profile:save', { ...profileInput(audience, '2026-11-20'), orgEmail: 'ana.lim@acme.com.sg' })
  return [...core.record.value.events()]
}

// A long ledger with the same mix: the journey's bodies again and again, sealed into one chain a minute apart.
export function repeatedJourney(journey: readonly DomainEvent[], count: number, start = new Date('2026-11-20T02:00:00Z')): DomainEvent[] {
  const events: DomainEvent[] = []
  for (let i = 0; i < count; i++) {
    const { type, data } = journey[i % journey.length]!
    events.push(sealEvent(events.at(-1), new Date(start.getTime() + i * 60_000), { type, data } as DomainBody))
  }
  return events
}
