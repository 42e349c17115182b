import { lazy } from 'react'
import type { ComponentType } from 'react'
import type { SectionRole } from '../../../src-shared/guide-schema'
import { MfaSetup } from '../steps/mfa/mfa-setup'
import { NextSteps } from '../steps/next-steps'
import { ProfileForm } from '../steps/profile-form'
import { RegistrationStep } from '../steps/registration-form'
import { RequestComposer } from '../steps/request-composer'
import { SignInStep } from '../steps/sign-in-step'

// Loaded when first opened: the password estimator and the markdown renderer are large.
const PasswordCheck = lazy(() => import('../steps/password/password-check'))
const PolicyList = lazy(() => import('../steps/policies/policy-list'))

// The work the assistant does for a section, shown with its checklist; found by the section's role.
export const stepTools: Record<SectionRole, ComponentType> = {
  profile: ProfileForm,
  request: RequestComposer,
  registration: RegistrationStep,
  'sign-in': SignInStep,
  mfa: MfaSetup,
  password: PasswordCheck,
  policies: PolicyList,
  finish: NextSteps,
}
