import { sectionByRole } from '../../src-shared/guide-schema'
import type { Guide } from '../../src-shared/guide-schema'
import { sealEvent } from '../ledger/chain'
import { SLICE } from '../ledger/slices'
import type { Steps } from '../ledger/slices'
import type { AnyEvent } from '../ledger/envelope'
import type { DomainBody, DomainEvent } from '../kit/events'
import { DomainEventSchema } from './events'

type Carried = Array<{ at: string; body: DomainBody }>

// 0.1.0 wrote every event's data as an object (`{}` when there was nothing to say). Null, a list or a bare value means
// the file is not what it wrote, and is refused before any field is read from it.
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value))

// Version 0.1.0 kept ticks, some of which stood for evidence it never recorded. Carried forward:
// - every recorded fact (profile, request, registration, MFA, policies, renewals, reopens) as it was;
// - SEED true/false as "yes"/"no" (0.1.0 saved a blank answer as false, so "no" is the best reading);
// - a tick on something done outside the app as a confirmation; a tick on evidence that was never recorded is dropped;
// - the password reset as the confirmation that replaced it; privacy policy and terms of use accepted in the app
//   as read there, and, once both were, as accepted on TechPass too, which is what 0.1.0 took them to mean.
export function migrateV1(guide: Guide, events: readonly AnyEvent[]): Carried | null {
  const out: Carried = []
  const roleOf = (sectionId: unknown) => guide.sections.find((s) => s.id === sectionId)?.role
  const attestIn = (role: Parameters<typeof sectionByRole>[1]) => sectionByRole(guide, role).items.filter((i) => i.done.by === 'attest')
  const policiesSection = sectionByRole(guide, 'policies')
  const readItems = policiesSection.items.filter((i) => i.done.by === 'evidence' && i.done.evidence === 'policies-read')
  const inApp = new Set<string>(
    policiesSection.items.filter((i) => i.done.by === 'evidence' && i.done.evidence === 'policies-accepted').flatMap((i) => i.policies ?? []),
  )
  const accepted = new Set<string>()
  let confirmedOnTechPass = false
  const push = (at: string, body: unknown) => out.push({ at, body: body as DomainBody })

  for (const event of events) {
    const { type, data } = event
    if (!isPlainObject(data)) return null
    switch (type) {
      case 'profile-saved': {
        // 0.1.0 wrote a true or false here and no seed field; anything else is not what it wrote.
        const { seedProvisioned, ...rest } = data
        if (typeof seedProvisioned !== 'boolean' || 'seed' in rest) return null
        push(event.at, { type, data: { ...rest, seed: seedProvisioned ? 'yes' : 'no' } })
        break
      }
      case 'item-marked': {
        const role = roleOf(data.sectionId)
        const item = role ? sectionByRole(guide, role).items.find((i) => i.id === data.itemId) : undefined
        if (!role || !item || item.done.by !== 'attest') break
        push(
          event.at,
          data.done === true ? { type: 'item-confirmed', data: { role, item: item.id, on: null } } : { type: 'item-withdrawn', data: { role, item: item.id } },
        )
        break
      }
      case 'section-reopened': {
        const role = roleOf(data.sectionId)
        if (role) push(event.at, { type, data: { role } })
        break
      }
      case 'invitation-renewal-started':
        push(event.at, { type, data: { expiredOn: data.expiredOn, kind: 'register' } })
        break
      case 'password-reset-confirmed':
        for (const item of attestIn('password')) push(event.at, { type: 'item-confirmed', data: { role: 'password', item: item.id, on: null } })
        break
      case 'policy-accepted': {
        // Never String(data.id): an object there whose toString is not a function would throw.
        if (typeof data.id !== 'string') return null
        push(event.at, { type: inApp.has(data.id) ? 'policy-accepted' : 'policy-read', data })
        accepted.add(data.id)
        const allRead = readItems.every((i) => (i.policies ?? []).every((id) => accepted.has(id)))
        if (allRead && !confirmedOnTechPass) {
          confirmedOnTechPass = true
          for (const item of attestIn('policies')) push(event.at, { type: 'item-confirmed', data: { role: 'policies', item: item.id, on: null } })
        }
        break
      }
      default:
        push(event.at, { type, data })
    }
  }
  // Every carried event must be one today's app knows; anything else means the file is not what 0.1.0 wrote.
  const sample = (body: DomainBody) => ({ seq: 1, at: new Date(0).toISOString(), prevHash: '0'.repeat(64), hash: '0'.repeat(64), ...body })
  return out.every(({ body }) => DomainEventSchema.safeParse(sample(body)).success) ? out : null
}

// For reading a 0.1.0 support bundle: its events carried forward into a chain of today's events, in memory only,
// sealed with a pause every SLICE events (the import runs it in slices).
export function* carriedChainSteps(guide: Guide, events: readonly AnyEvent[]): Steps<DomainEvent[] | null> {
  const carried = migrateV1(guide, events)
  if (!carried) return null
  const out: DomainEvent[] = []
  for (const [index, { at, body }] of carried.entries()) {
    if (index > 0 && index % SLICE === 0) yield
    out.push(DomainEventSchema.parse(sealEvent(out.at(-1), new Date(at), body)))
  }
  return out
}
