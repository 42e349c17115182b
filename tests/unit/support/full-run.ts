import { generateSync } from 'otplib'
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
  step3: '2026-11-23T02:40:00Z',
  mfaEnrol: '2026-11-23T03:00:00Z',
  mfaVerify: '2026-11-23T03:01:00Z',
  numberMatching: '2026-11-23T03:02:00Z',
  step4: '2026-11-23T03:05:00Z',
  password: '2026-11-23T16:30:00Z',
  policies: '2026-11-23T16:40:00Z',
  next: '2026-11-23T16:50:00Z',
} as const

const ticks = async (h: Harness, sectionId: string, itemIds: string[]) => {
  for (const itemId of itemIds) await h.value('ledger:record', { sectionId, itemId, done: true })
}

// The whole journey through the dispatcher, as the renderer drives it; returns what the renderer was shown.
export async function fullRun(h: Harness, audience: Audience = 'offshore-non-odc') {
  const at = (when: keyof typeof TIMES) => h.clock.set(new Date(TIMES[when]))
  at('profile')
  await h.value('profile:save', profileInput(audience))
  at('request')
  await h.value('request:send', requestInput(audience))
  at('emailReceived')
  await h.value('request:email-received', { on: '2026-11-21' })
  at('registration')
  await h.value('registration:save', registrationInput(audience))
  await ticks(h, 'step-2', ['open-link'])
  at('submitted')
  await ticks(h, 'step-2', ['submit-form'])
  at('step3')
  await ticks(h, 'step-3', ['open-portal', 'enter-username', 'enter-password', 'start-mfa'])
  at('mfaEnrol')
  const enrolment = await h.value<Enrolment>('mfa:enrol')
  at('mfaVerify')
  const code = generateSync({ secret: enrolment.keyGroups.join(''), epoch: Math.floor(h.clock.now().getTime() / 1000) })
  const verified = await h.value<VerifyOutcome>('mfa:verify', { code })
  if (verified.result !== 'accepted') throw new Error(`the practice code was not accepted: ${verified.result}`)
  at('numberMatching')
  await h.value('mfa:record-number-matching')
  at('step4')
  await ticks(h, 'step-4', ['install-authenticator', 'scan-qr', 'number-matching'])
  at('password')
  await h.value('password:confirm-reset')
  at('policies')
  const listed = await h.value<Policies>('policy:list')
  for (const p of listed.policies) await h.value('policy:accept', { id: p.id, version: p.version, sha256: p.sha256 })
  at('next')
  const seed = audience === 'offshore-non-odc'
  await ticks(h, 'next-steps', seed ? ['verify-login', 'seed-onboarding'] : ['verify-login'])
  const snapshot = await h.value<Snapshot>('ledger:snapshot')
  return { snapshot, policies: listed.policies, enrolment }
}
