import type { SectionRole } from '../../../src-shared/guide-schema'
import { onDemand } from './on-demand'
import type { OnDemand } from './on-demand'
import type { ComponentType } from 'react'
import { ToolWaiting } from './waiting'

// Each step's tool is its own file, so the first screen carries no form code, zod or phone rules. The current step's
// tool is fetched with the start-up reads, the others when the browser is idle after the first screen (tool-preload.ts).

// A step's tool, loaded on demand, with the same waiting line for each.
const tool = (load: () => Promise<ComponentType>): OnDemand => onDemand(load, (component) => component, ToolWaiting)

// The work the assistant does for a section, shown with its checklist; found by the section's role.
export const stepTools: Record<SectionRole, OnDemand> = {
  profile: tool(() => import('../steps/profile-form').then((m) => m.ProfileForm)),
  request: tool(() => import('../steps/request-composer').then((m) => m.RequestComposer)),
  registration: tool(() => import('../steps/registration-form').then((m) => m.RegistrationStep)),
  'sign-in': tool(() => import('../steps/sign-in-step').then((m) => m.SignInStep)),
  mfa: tool(() => import('../steps/mfa/mfa-setup').then((m) => m.MfaSetup)),
  password: tool(() => import('../steps/password/password-check').then((m) => m.PasswordCheck)),
  policies: tool(() => import('../steps/policies/policy-list').then((m) => m.PolicyList)),
  finish: tool(() => import('../steps/next-steps').then((m) => m.NextSteps)),
}
