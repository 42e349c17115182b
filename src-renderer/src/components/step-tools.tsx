import type { SectionRole } from '../../../src-shared/guide-schema'
import { onDemand } from './on-demand'
import type { OnDemand } from './on-demand'

// Each step's tool loads when its step is first shown, so the first screen carries no form code, zod or phone rules.

// The work the assistant does for a section, shown with its checklist; found by the section's role.
export const stepTools: Record<SectionRole, OnDemand<object>> = {
  profile: onDemand(
    () => import('../steps/profile-form'),
    (m) => m.ProfileForm,
  ),
  request: onDemand(
    () => import('../steps/request-composer'),
    (m) => m.RequestComposer,
  ),
  registration: onDemand(
    () => import('../steps/registration-form'),
    (m) => m.RegistrationStep,
  ),
  'sign-in': onDemand(
    () => import('../steps/sign-in-step'),
    (m) => m.SignInStep,
  ),
  mfa: onDemand(
    () => import('../steps/mfa/mfa-setup'),
    (m) => m.MfaSetup,
  ),
  password: onDemand(
    () => import('../steps/password/password-check'),
    (m) => m.PasswordCheck,
  ),
  policies: onDemand(
    () => import('../steps/policies/policy-list'),
    (m) => m.PolicyList,
  ),
  finish: onDemand(
    () => import('../steps/next-steps'),
    (m) => m.NextSteps,
  ),
}
