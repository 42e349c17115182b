import type { SectionRole } from '../../../src-shared/guide-schema'
import { onDemand } from './on-demand'
import type { OnDemand } from './on-demand'
import { ToolWaiting } from './waiting'

// Each step's tool is its own file, so the first screen carries no form code, zod or phone rules. The current step's
// tool is fetched with the start-up reads, the others when the browser is idle after the first screen (tool-preload.ts).

// The work the assistant does for a section, shown with its checklist; found by the section's role.
export const stepTools: Record<SectionRole, OnDemand> = {
  profile: onDemand(
    () => import('../steps/profile-form'),
    (m) => m.ProfileForm,
    ToolWaiting,
  ),
  request: onDemand(
    () => import('../steps/request-composer'),
    (m) => m.RequestComposer,
    ToolWaiting,
  ),
  registration: onDemand(
    () => import('../steps/registration-form'),
    (m) => m.RegistrationStep,
    ToolWaiting,
  ),
  'sign-in': onDemand(
    () => import('../steps/sign-in-step'),
    (m) => m.SignInStep,
    ToolWaiting,
  ),
  mfa: onDemand(
    () => import('../steps/mfa/mfa-setup'),
    (m) => m.MfaSetup,
    ToolWaiting,
  ),
  password: onDemand(
    () => import('../steps/password/password-check'),
    (m) => m.PasswordCheck,
    ToolWaiting,
  ),
  policies: onDemand(
    () => import('../steps/policies/policy-list'),
    (m) => m.PolicyList,
    ToolWaiting,
  ),
  finish: onDemand(
    () => import('../steps/next-steps'),
    (m) => m.NextSteps,
    ToolWaiting,
  ),
}
