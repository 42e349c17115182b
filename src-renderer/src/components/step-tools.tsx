import type { ComponentType } from 'react'
import { MfaRehearsal } from '../steps/mfa/mfa-rehearsal'
import { PortalLink } from '../steps/portal-link'
import { ProfileForm } from '../steps/profile-form'
import { RegistrationStep } from '../steps/registration-form'
import { RequestComposer } from '../steps/request-composer'

// The work the assistant does for a section, shown above its checklist.
export const stepTools: Record<string, ComponentType> = {
  prerequisites: ProfileForm,
  'step-1': RequestComposer,
  'step-2': RegistrationStep,
  'step-3': PortalLink,
  'step-4': MfaRehearsal,
}
