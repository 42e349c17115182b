import type { Audience } from '../../../src-shared/profile'

// Valid inputs for each onboarding channel; tests spread them and change one field.
export const officer = { officerName: 'Ravi Kumar', officerEmail: 'ravi@offshore.example.com', companyAddress: '12 Park Street\nChennai 600001' }

export const profileInput = (audience: Audience = 'offshore-non-odc', onboardingEmailOn: string | null = '2026-11-20') => ({
  audience,
  seed: audience === 'offshore-non-odc' ? ('yes' as const) : ('no' as const),
  orgEmail: 'Ana@Acme.com',
  onboardingEmailOn,
})

export const requestInput = (audience: Audience = 'offshore-non-odc') => ({
  orgEmail: 'ana@acme.com',
  mobile: '+65 9123 4567',
  projectName: 'Apollo',
  ...(audience === 'offshore-non-odc' ? officer : {}),
})

export const registrationInput = (audience: Audience = 'offshore-non-odc') => ({
  username: 'ana.lim',
  firstName: 'Ana',
  lastName: 'Lim',
  mobile: '+65 9123 4567',
  department: 'Engineering',
  ...(audience === 'vendor' ? {} : officer),
})
