import { lazy } from 'react'
import type { ComponentType } from 'react'
import type { SectionRole } from '../../../src-shared/guide-schema'

// Each step's tool loads when its step is first shown, so the first screen carries no form code, zod or phone rules.
export const named = <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) => lazy(() => load().then((m) => ({ default: pick(m) })))

// The work the assistant does for a section, shown with its checklist; found by the section's role.
export const stepTools: Record<SectionRole, ComponentType> = {
  profile: named(
    () => import('../steps/profile-form'),
    (m) => m.ProfileForm,
  ),
  request: named(
    () => import('../steps/request-composer'),
    (m) => m.RequestComposer,
  ),
  registration: named(
    () => import('../steps/registration-form'),
    (m) => m.RegistrationStep,
  ),
  'sign-in': named(
    () => import('../steps/sign-in-step'),
    (m) => m.SignInStep,
  ),
  mfa: named(
    () => import('../steps/mfa/mfa-setup'),
    (m) => m.MfaSetup,
  ),
  password: named(
    () => import('../steps/password/password-check'),
    (m) => m.PasswordCheck,
  ),
  policies: named(
    () => import('../steps/policies/policy-list'),
    (m) => m.PolicyList,
  ),
  finish: named(
    () => import('../steps/next-steps'),
    (m) => m.NextSteps,
  ),
}
