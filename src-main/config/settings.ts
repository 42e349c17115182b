import type { SettingsView } from '../../src-shared/contract'
import { DEFAULT_PASSWORD_POLICY } from '../../src-shared/password-policy'
import { DEFAULT_EXTERNAL_ALLOWLIST } from './allowlist'

// What an administrator will be able to set (the MDM configuration issue makes this a file).
export interface Settings extends SettingsView {
  externalAllowlist: readonly string[]
}

export const DEFAULT_SETTINGS: Settings = {
  organisationName: 'TechPass',
  // LiteMail and other lightweight mailboxes TechPass refuses; a domain also refuses its subdomains.
  refusedEmailDomains: ['litemail.gov.sg'],
  deadlines: { registerDays: 5, activateDays: 30, soonDays: 2 },
  docsPortalUrl: 'https://docs.developer.tech.gov.sg/',
  serviceRequestUrl: 'https://go.gov.sg/seed-techpass-support',
  authenticatorUrls: {
    ios: 'https://apps.apple.com/app/microsoft-authenticator/id983156458',
    android: 'https://play.google.com/store/apps/details?id=com.azure.authenticator',
  },
  loginGuideUrl: 'https://docs.developer.tech.gov.sg/docs/techpass-user-guide/log-in-with-techpass',
  passwordPolicy: DEFAULT_PASSWORD_POLICY,
  externalAllowlist: DEFAULT_EXTERNAL_ALLOWLIST,
}
