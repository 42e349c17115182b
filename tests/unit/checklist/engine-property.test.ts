import fc from 'fast-check'
import { generateSync } from 'otplib'
import { describe, expect, it } from 'vitest'
import { channelNames } from '../../../src-shared/contract'
import { sectionByRole, sectionRoles } from '../../../src-shared/guide-schema'
import type { Guide, GuideItem, SectionRole } from '../../../src-shared/guide-schema'
import type { Enrolment } from '../../../src-shared/mfa-schema'
import type { Policies } from '../../../src-shared/policy-schema'
import { policyIds } from '../../../src-shared/policy-ids'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import type { DomainEvent } from '../../../src-main/kit/events'
import { startCore } from '../support/core-harness'
import type { Harness } from '../support/core-harness'
import { realGuide } from '../support/guide'
import { eventsIn as readEvents } from '../support/ledger-file'
import { registrationInput, requestInput } from '../support/onboarding-inputs'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const guide: Guide = realGuide()
type Current = { id: string; version: string; sha256: string }

// What the renderer (or anything pretending to be it) can do, plus the clock moving on.
type Step =
  | { kind: 'call'; channel: string; input?: unknown }
  | { kind: 'policy'; channel: 'policy:read' | 'policy:accept'; id: string; current: boolean }
  | { kind: 'verify' }
  | { kind: 'advance'; days: number }

const day = fc.constantFrom(
  '2026-11-18',
  '2026-11-20',
  '2026-11-21',
  '2026-11-25',
  '2026-11-26',
  '2026-12-01',
  '2026-12-20',
  '2026-12-22',
  '1999-01-01',
  'soon',
)
const audience = fc.constantFrom('vendor', 'offshore-odc', 'offshore-non-odc' as const)
const role = fc.constantFrom(...sectionRoles)
const itemIds = [...new Set(guide.sections.flatMap((s) => s.items.map((i) => i.id)))]
const call = (channel: string, input?: unknown): Step => ({ kind: 'call', channel, input })

const step: fc.Arbitrary<Step> = fc.oneof(
  fc
    .record({ audience, seed: fc.constantFrom('yes', 'no', 'unknown'), date: fc.option(day, { nil: null }) })
    .map((p) => call('profile:save', { audience: p.audience, seed: p.seed, orgEmail: 'ana@acme.com', onboardingEmailOn: p.date })),
  audience.map((a) => call('request:send', requestInput(a))),
  day.map((on) => call('request:email-received', { on })),
  audience.map((a) => call('registration:save', registrationInput(a))),
  fc
    .record({ role, item: fc.constantFrom(...itemIds), done: fc.boolean(), on: fc.option(day, { nil: undefined }) })
    .map(({ on, ...rest }) => call('checklist:confirm', on === undefined ? rest : { ...rest, on })),
  role.map((r) => call('checklist:reopen', { role: r })),
  fc
    .constantFrom('invitation:renew', 'seed:email-expired', 'seed:service-requested', 'mfa:enrol', 'mfa:record-number-matching', 'ledger:start-over')
    .map((c) => call(c)),
  fc
    .record({ channel: fc.constantFrom('policy:read' as const, 'policy:accept' as const), id: fc.constantFrom(...policyIds), current: fc.boolean() })
    .map((p): Step => ({ kind: 'policy', ...p })),
  fc.constant<Step>({ kind: 'verify' }),
  fc.integer({ min: 1, max: 12 }).map((days): Step => ({ kind: 'advance', days })),
  fc.record({ channel: fc.constantFrom(...channelNames), input: fc.anything() }).map((c) => call(c.channel, c.input)),
)

// The journey a real user takes, for one audience; a run starts with some of it, so later steps meet real progress.
const confirmAll = (r: SectionRole, items: string[]) => items.map((item) => call('checklist:confirm', { role: r, item, done: true }))
const journey = (a: 'vendor' | 'offshore-odc' | 'offshore-non-odc'): Step[] => [
  call('profile:save', { audience: a, seed: a === 'offshore-non-odc' ? 'yes' : 'no', orgEmail: 'ana@acme.com', onboardingEmailOn: '2026-11-20' }),
  call('request:send', requestInput(a)),
  call('request:email-received', { on: '2026-11-21' }),
  call('registration:save', registrationInput(a)),
  ...confirmAll('registration', ['open-link', 'submit-form']),
  ...confirmAll('sign-in', ['open-portal', 'enter-username', 'enter-password', 'start-mfa']),
  call('mfa:enrol'),
  { kind: 'verify' },
  ...confirmAll('mfa', ['install-authenticator', 'scan-qr', 'number-matching']),
  ...confirmAll('password', ['reset-password']),
  ...policyIds.map((id): Step => ({ kind: 'policy', channel: id === 'mdm-aup' ? 'policy:accept' : 'policy:read', id, current: true })),
  ...confirmAll('policies', ['accept-on-techpass']),
  ...confirmAll('finish', ['verify-login', 'seed-onboarding']),
]
const steps = fc
  .record({ a: audience, k: fc.integer({ min: 0, max: journey('vendor').length + 1 }), rest: fc.array(step, { minLength: 1, maxLength: 25, size: 'medium' }) })
  .map(({ a, k, rest }) => [...journey(a).slice(0, k), ...rest])

type Stored = DomainEvent & { data: Record<string, unknown> }
const eventsIn = (h: Harness): Stored[] => {
  return h.ledgerBytes() ? readEvents<Stored>(h.ledgerPath) : []
}

// The last event that set this section back: a reopen of it, or (for all but the profile) a new invitation.
const resetOf = (events: Stored[], r: SectionRole) =>
  Math.max(
    0,
    ...events
      .filter((e) => (e.type === 'section-reopened' && e.data.role === r) || (e.type === 'invitation-renewal-started' && r !== 'profile'))
      .map((e) => e.seq),
  )

// The events that can prove an evidence item, found from the events alone, without the app's slices.
function provers(item: GuideItem, events: Stored[], current: Current[]): Stored[] {
  if (item.done.by !== 'evidence') return []
  const of = (...types: string[]) => events.filter((e) => types.includes(e.type))
  switch (item.done.evidence) {
    case 'profile-saved':
      return of('profile-saved')
    case 'onboarding-date-known':
      return [...of('profile-saved').filter((e) => e.data.onboardingEmailOn !== null), ...of('registration-email-received')]
    case 'request-sent':
      return of('request-sent').filter((e) => !item.audiences || 'officerName' in (e.data.details as object))
    case 'registration-email-received':
      return of('registration-email-received')
    case 'registration-saved':
      return of('registration-saved').filter((e) => !item.audiences || 'officerName' in (e.data.fields as object))
    case 'mfa-verified':
      return of('mfa-verified')
    case 'policies-read':
    case 'policies-accepted': {
      const types = item.done.evidence === 'policies-read' ? ['policy-read', 'policy-accepted'] : ['policy-accepted']
      const matches = (e: Stored) => current.some((p) => p.id === e.data.id && p.version === e.data.version && p.sha256 === e.data.sha256)
      const each = (item.policies ?? []).map((id) => of(...types).filter((e) => e.data.id === id && matches(e)))
      return each.some((list) => list.length === 0) ? [] : each.flat()
    }
  }
}

// Every done item has the event that makes it done, recorded after its section was last set back.
function unproved(snapshot: Snapshot, events: Stored[], current: Current[]): string[] {
  const problems: string[] = []
  for (const section of snapshot.sections) {
    const reset = resetOf(events, section.role)
    const later = events.filter((e) => e.seq > reset)
    for (const shown of section.items.filter((i) => i.done)) {
      const item = sectionByRole(guide, section.role).items.find((i) => i.id === shown.id)!
      const confirmations = later.filter((e) => e.type === 'item-confirmed' && e.data.role === section.role && e.data.item === item.id)
      const proofs = item.done.by === 'evidence' ? provers(item, later, current) : confirmations
      const withdrawn = (e: Stored) =>
        later.some((w) => w.type === 'item-withdrawn' && w.data.role === section.role && w.data.item === item.id && w.seq > e.seq)
      if (!proofs.some((e) => e.at === shown.doneAt && !(item.done.by === 'attest' && withdrawn(e)))) problems.push(`${section.role}/${item.id}`)
    }
    if (section.status === 'done' && section.doneCount !== section.totalCount)
      problems.push(`${section.role} is done with ${section.doneCount} of ${section.totalCount}`)
    if (section.status === 'in-progress' && section.doneCount === 0) problems.push(`${section.role} is in progress with nothing done`)
  }
  return problems
}

async function run(steps: Step[]) {
  const h = startCore({ dataDir: tempDir() })
  const current = (await h.value<Policies>('policy:list')).policies.map(({ id, version, sha256 }) => ({ id, version, sha256 }))
  const all = (await h.value<Policies>('policy:list')).policies
  let secret: string | null = null
  for (const [n, s] of steps.entries()) {
    const before = h.ledgerBytes()
    let result
    if (s.kind === 'advance') {
      h.clock.advance(s.days * 86_400_000)
      continue
    } else if (s.kind === 'verify') {
      result = await h.call('mfa:verify', { code: secret ? generateSync({ secret, epoch: Math.floor(h.clock.now().getTime() / 1000) }) : '000000' })
    } else if (s.kind === 'policy') {
      const p = all.find((x) => x.id === s.id) ?? current[0]!
      result = await h.call(s.channel, { id: s.id, version: p.version, sha256: s.current ? p.sha256 : '0'.repeat(64) })
    } else {
      result = await h.call(s.channel, s.input)
      if (result.ok && s.channel === 'mfa:enrol') secret = (result.value as Enrolment).keyGroups.join('')
    }
    const where = `after step ${n + 1}: ${JSON.stringify(s).slice(0, 200)}`
    // A refusal changes nothing on disk.
    if (!result.ok) expect(h.ledgerBytes()?.toString('base64'), where).toBe(before?.toString('base64'))
    const snapshot = await h.value('ledger:snapshot')
    expect(unproved(snapshot, eventsIn(h), current), where).toEqual([])
  }
}

describe('property: no evidence item is ever done without its evidence event', () => {
  it('for any sequence of renderer calls, every done item has the event that proves it, and refusals write nothing', async () => {
    await fc.assert(fc.asyncProperty(steps, run), { numRuns: 100 })
  }, 120_000)

  it('the checker is not vacuous: a full journey has evidence for each done item, and a forged tick is caught', async () => {
    const h = startCore({ dataDir: tempDir() })
    const { fullRun } = await import('../support/full-run')
    const { snapshot } = await fullRun(h)
    const current = (await h.value<Policies>('policy:list')).policies.map(({ id, version, sha256 }) => ({ id, version, sha256 }))
    const events = eventsIn(h)
    expect(snapshot.sections.every((s) => s.status === 'done')).toBe(true)
    expect(unproved(snapshot, events, current)).toEqual([])
    expect(
      unproved(
        snapshot,
        events.filter((e) => e.type !== 'mfa-verified'),
        current,
      ),
    ).toEqual(['sign-in/practise-code'])
    expect(
      unproved(
        snapshot,
        events.filter((e) => e.type !== 'policy-read'),
        current,
      ),
    ).toEqual(['policies/read-policies'])
    expect(
      unproved(
        snapshot,
        events.filter((e) => !(e.type === 'item-confirmed' && e.data.item === 'scan-qr')),
        current,
      ),
    ).toEqual(['mfa/scan-qr'])
  })
})
