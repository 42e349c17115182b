import { generateSync } from 'otplib'
import type { SectionRole } from '../../../src-shared/guide-schema'
import type { Enrolment, VerifyOutcome } from '../../../src-shared/mfa-schema'
import type { Policies } from '../../../src-shared/policy-schema'
import type { Audience } from '../../../src-shared/profile'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import type { Harness } from './core-harness'
import { profileInput, registrationInput, requestInput } from './onboarding-inputs'

// Each step of the journey at its own time (UTC); Singapore is 8 hours ahead, so the last three fall on 24 November there.
export const TIMES = {
  profile: '2026-11-23T02:00:00Z',
  request: '2026-11-23T02:10:00Z',
  emailReceived: '2026-11-23T02:20:00Z',
  registration: '2026-11-23T02:30:00Z',
  submitted: '2026-11-23T02:32:00Z',
  mfaEnrol: '2026-11-23T02:34:00Z',
  mfaVerify: '2026-11-23T02:35:00Z',
  numberMatching: '2026-11-23T02:36:00Z',
  step3: '2026-11-23T02:40:00Z',
  step4: '2026-11-23T03:05:00Z',
  password: '2026-11-23T16:30:00Z',
  policies: '2026-11-23T16:40:00Z',
  next: '2026-11-23T16:50:00Z',
} as const

// Confirms things done outside the app, in order, as the user would tick them.
export const confirm = async (h: Harness, role: SectionRole, items: string[]) => {
  for (const item of items) await h.act('checklist:confirm', { role, item, done: true })
}

// Step 3's practice: a practice entry, and one of its codes accepted (the evidence); `later` moves the clock between them.
export async function practiseMfa(h: Harness, later: () => void = () => {}): Promise<Enrolment> {
  const enrolment = await h.value<Enrolment>('mfa:enrol')
  later()
  const code = generateSync({ secret: enrolment.keyGroups.join(''), epoch: Math.floor(h.clock.now().getTime() / 1000) })
  const verified = await h.value<VerifyOutcome>('mfa:verify', { code })
  if (verified.result !== 'accepted') throw new Error(`the practice code was not accepted: ${verified.result}`)
  return enrolment
}

// The whole journey through the dispatcher, as the renderer drives it; returns what the renderer was shown.
export async function fullRun(h: Harness, audience: Audience = 'offshore-non-odc') {
  const at = (when: keyof typeof TIMES) => h.clock.set(new Date(TIMES[when]))
  at('profile')
  await h.act('profile:save', profileInput(audience))
  at('request')
  await h.act('request:send', requestInput(audience))
  at('emailReceived')
  await h.act('request:email-received', { on: '2026-11-21' })
  at('registration')
  await h.act('registration:save', registrationInput(audience))
  await confirm(h, 'registration', ['open-link'])
  at('submitted')
  await confirm(h, 'registration', ['submit-form'])
  // The practice comes first in Step 3, before the real QR code opens on TechPass.
  at('mfaEnrol')
  const enrolment = await practiseMfa(h, () => at('mfaVerify'))
  at('numberMatching')
  await h.value('mfa:record-number-matching')
  at('step3')
  await confirm(h, 'sign-in', ['open-portal', 'enter-username', 'enter-password', 'start-mfa'])
  at('step4')
  await confirm(h, 'mfa', ['install-authenticator', 'scan-qr', 'number-matching'])
  at('password')
  await confirm(h, 'password', ['reset-password'])
  at('policies')
  const listed = await h.value<Policies>('policy:list')
  for (const p of listed.policies) await h.value(p.action === 'accept' ? 'policy:accept' : 'policy:read', { id: p.id, version: p.version, sha256: p.sha256 })
  await confirm(h, 'policies', ['accept-on-techpass'])
  at('next')
  const seed = audience === 'offshore-non-odc'
  await confirm(h, 'finish', seed ? ['verify-login', 'seed-onboarding'] : ['verify-login'])
  const snapshot = await h.value<Snapshot>('ledger:snapshot')
  return { snapshot, policies: listed.policies, enrolment }
}
