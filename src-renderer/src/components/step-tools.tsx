import { lazy } from 'react'
import type { ComponentType } from 'react'
import type { SectionRole } from '../../../src-shared/guide-schema'

// Each step's tool loads when its step is first shown, so the first screen carries no form code, zod or phone rules.
export const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })))

// The work the assistant does for a section, shown with its checklist; found by the section's role.
export const stepTools: Record<SectionRole, ComponentType> = {
  profile: named(() => import('../steps/profile-form'), 'ProfileForm'),
  request: named(() => import('../steps/request-composer'), 'RequestComposer'),
  registration: named(() => import('../steps/registration-form'), 'RegistrationStep'),
  'sign-in': named(() => import('../steps/sign-in-step'), 'SignInStep'),
  mfa: named(() => import('../steps/mfa/mfa-setup'), 'MfaSetup'),
  password: named(() => import('../steps/password/password-check'), 'PasswordCheck'),
  policies: named(() => import('../steps/policies/policy-list'), 'PolicyList'),
  finish: named(() => import('../steps/next-steps'), 'NextSteps'),
}
