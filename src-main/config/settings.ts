import type { SettingsView } from '../../src-shared/contract'
import { FREE_MAIL_DOMAINS } from '../../src-shared/free-mail'
import { DEFAULT_PASSWORD_POLICY } from '../../src-shared/password-policy'
import { DEFAULT_LANGUAGE_POLICY } from '../language/language'
import type { LanguagePolicy } from '../language/language'

// What an administrator can set through the configuration file (config-file.ts), with these defaults.
export interface Settings extends SettingsView {
  externalAllowlist: readonly string[]
  /** Which languages the user may choose, and the one to start in (main only: the renderer asks language:current). */
  language: LanguagePolicy
}

// The configured addresses are also the only ones the app may open (docs/ARCHITECTURE.md, section 1).
export function withAllowlist(
  settings: Omit<Settings, 'externalAllowlist' | 'language'> & { externalAllowlist?: readonly string[]; language?: LanguagePolicy },
): Settings {
  const { docsPortalUrl, serviceRequestUrl, loginGuideUrl, authenticatorUrls } = settings
  return {
    language: DEFAULT_LANGUAGE_POLICY,
    ...settings,
    externalAllowlist: [docsPortalUrl, serviceRequestUrl, loginGuideUrl, authenticatorUrls.ios, authenticatorUrls.android],
  }
}

export const DEFAULT_SETTINGS: Settings = withAllowlist({
  organisationName: 'TechPass',
  // LiteMail and personal mailboxes such as gmail.com, which TechPass refuses; a domain also refuses its subdomains.
  refusedEmailDomains: ['litemail.gov.sg', ...FREE_MAIL_DOMAINS],
  deadlines: { registerDays: 5, activateDays: 30, soonDays: 2 },
  docsPortalUrl: 'https://docs.developer.tech.gov.sg/',
  serviceRequestUrl: 'https://go.gov.sg/seed-techpass-support',
  authenticatorUrls: {
    ios: 'https://apps.apple.com/app/microsoft-authenticator/id983156458',
    android: 'https://play.google.com/store/apps/details?id=com.azure.authenticator',
  },
  loginGuideUrl: 'https://docs.developer.tech.gov.sg/docs/techpass-user-guide/log-in-with-techpass',
  passwordPolicy: DEFAULT_PASSWORD_POLICY,
  // Without it the app tells people to ask their project manager.
  helpdesk: null,
  notices: [],
})
