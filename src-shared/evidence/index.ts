import { mfaEvidence } from './mfa'
import { policiesEvidence } from './policies'
import { profileEvidence } from './profile'
import { registrationEvidence } from './registration'
import { requestEvidence } from './request'

// Every evidence name, joined from the domains' own declarations (one file per domain, beside this one; each domain's
// slice in src-main proves exactly the names its file declares). The guide schema's names are these keys.
export const evidence = { ...profileEvidence, ...requestEvidence, ...registrationEvidence, ...mfaEvidence, ...policiesEvidence }
type Name = keyof typeof evidence
export const evidenceNames = Object.keys(evidence) as [Name, ...Name[]]
