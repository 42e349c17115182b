import { lazy } from 'react'
import type { ComponentType } from 'react'
import { MfaRehearsal } from '../steps/mfa/mfa-rehearsal'
import { NextSteps } from '../steps/next-steps'
import { PortalLink } from '../steps/portal-link'
import { ProfileForm } from '../steps/profile-form'
import { RegistrationStep } from '../steps/registration-form'
import { RequestComposer } from '../steps/request-composer'

// Loaded when first opened: the password estimator and the markdown renderer are large.
const PasswordCheck = lazy(() => import('../steps/password/password-check'))
const PolicyList = lazy(() => import('../steps/policies/policy-list'))

// The work the assistant does for a section, shown above its checklist.
export const stepTools: Record<string, ComponentType> = {
  prerequisites: ProfileForm,
  'step-1': RequestComposer,
  'step-2': RegistrationStep,
  'step-3': PortalLink,
  'step-4': MfaRehearsal,
  'step-5': PasswordCheck,
  'step-6': PolicyList,
  'next-steps': NextSteps,
}
