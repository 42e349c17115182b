import type { ConfigFields } from './config-file'
import type { PolicyDeclarations } from './policy-declaration'

// Each setting of config.json (`configFields()` in config-file.ts) as a Windows policy (registry value) and macOS managed
// preference (plist key): name, type and what it does. The ADMX/ADML and .mobileconfig templates and the README's settings
// table are generated from this and those schemas (`npm run policies:generate`); a field without a declaration, or a
// declaration without a field, fails the typecheck. At start on Windows and macOS, policy-layer.ts maps the store's values
// to their settings through it (loaded with the store's reader, never on Linux); the Managed settings view lists it.
export const policies = {
  organisationName: {
    policy: 'OrganisationName',
    type: 'string',
    title: 'Organisation name',
    description: 'The organisation named in the header and on the printed summary.',
  },
  docsPortalUrl: {
    policy: 'DocsPortalUrl',
    type: 'string',
    title: 'Docs portal address',
    description: 'The https address that Step 3\'s "Open the Docs portal" opens.',
  },
  serviceRequestUrl: {
    policy: 'ServiceRequestUrl',
    type: 'string',
    title: 'SEED service-request address',
    description: 'The https address of the SEED service request (R17).',
  },
  loginGuideUrl: {
    policy: 'LoginGuideUrl',
    type: 'string',
    title: 'TechPass login guide address',
    description: 'The https address that "Verify TechPass login" in Next steps opens.',
  },
  refusedEmailDomains: {
    policy: 'RefusedEmailDomains',
    type: 'list',
    title: 'Refused email domains',
    description:
      'Organisational emails on these domains, and on their subdomains, are refused (R3). One domain per line. This list replaces the built-in one (litemail.gov.sg and common personal mail domains such as gmail.com), so include the domains you still want refused.',
  },
  deadlines: {
    category: 'Deadlines',
    policies: {
      registerDays: {
        policy: 'DeadlinesRegisterDays',
        type: 'dword',
        title: 'Days to register',
        description: 'Days after the TechPass onboarding email by which the user must register. At most the days to activate.',
      },
      activateDays: {
        policy: 'DeadlinesActivateDays',
        type: 'dword',
        title: 'Days to activate',
        description: 'Days after the TechPass onboarding email by which the user must activate the account.',
      },
      soonDays: {
        policy: 'DeadlinesSoonDays',
        type: 'dword',
        title: 'Days before a deadline counts as soon',
        description: 'How many days before a deadline the app says it is soon.',
      },
    },
  },
  passwordPolicy: {
    category: 'Password rules',
    policies: {
      minLength: {
        policy: 'PasswordPolicyMinLength',
        type: 'dword',
        title: 'Shortest password',
        description: "The fewest characters Step 5 accepts in the new TechPass password. At most the longest password's length.",
      },
      maxLength: {
        policy: 'PasswordPolicyMaxLength',
        type: 'dword',
        title: 'Longest password',
        description: 'The most characters Step 5 accepts in the new TechPass password.',
      },
      requireUpper: {
        policy: 'PasswordPolicyRequireUpper',
        type: 'boolean',
        title: 'Require an uppercase letter',
        description: "The new password must have an uppercase letter; shown as the platform's mandate.",
      },
      requireLower: {
        policy: 'PasswordPolicyRequireLower',
        type: 'boolean',
        title: 'Require a lowercase letter',
        description: "The new password must have a lowercase letter; shown as the platform's mandate.",
      },
      requireDigit: {
        policy: 'PasswordPolicyRequireDigit',
        type: 'boolean',
        title: 'Require a digit',
        description: "The new password must have a digit; shown as the platform's mandate.",
      },
      requireSymbol: {
        policy: 'PasswordPolicyRequireSymbol',
        type: 'boolean',
        title: 'Require a symbol',
        description: "The new password must have a punctuation mark or symbol; shown as the platform's mandate.",
      },
    },
  },
  policyTextsDir: {
    policy: 'PolicyTextsDir',
    type: 'string',
    title: 'Folder of policy texts',
    description:
      'An absolute folder whose privacy-policy.md, terms-of-use.md and mdm-aup.md (same front matter, closed by its --- line within the first 16 KiB) replace the bundled policy texts. Without it the bundled texts are used.',
    example: '/Library/Application Support/TechPass Onboarding Assistant/policies',
  },
  helpdesk: {
    category: 'Helpdesk',
    policies: {
      phone: {
        policy: 'HelpdeskPhone',
        type: 'string',
        title: 'Helpdesk phone',
        description:
          'Shown in "Need help?", on the recovery screen and when the app cannot start. Starts with + and the country code, and must be a real number (shown as +65 6123 4567). Without any helpdesk setting the app says "Contact your project manager for help."',
        example: '+65 6123 4567',
      },
      email: {
        policy: 'HelpdeskEmail',
        type: 'string',
        title: 'Helpdesk email',
        description: 'One email address, shown with the helpdesk phone.',
        example: 'techpass-helpdesk@agency.gov.sg',
      },
      hours: {
        policy: 'HelpdeskHours',
        type: 'string',
        title: 'Helpdesk hours',
        description: 'Plain text, for example "Mon to Fri, 9 am to 6 pm (Singapore time)".',
        example: 'Mon to Fri, 9 am to 6 pm (Singapore time)',
      },
    },
  },
  language: {
    category: 'Language',
    policies: {
      default: {
        policy: 'LanguageDefault',
        type: 'enum',
        title: 'Default language',
        description:
          "The language a first start uses instead of the system's; it must be one of the offered languages. Without it a first start follows the system's language when offered, else English. A user's own choice is kept and wins while it is still offered.",
        example: 'en',
        labels: { en: 'English', 'zh-Hans': 'Simplified Chinese (简体中文)', vi: 'Vietnamese (Tiếng Việt)', id: 'Indonesian (Bahasa Indonesia)' },
      },
      offered: {
        policy: 'LanguageOffered',
        type: 'list',
        title: 'Offered languages',
        description: 'The languages users may choose from, one per line: en, zh-Hans, vi, id. Without it all four are offered.',
      },
    },
  },
} as const satisfies PolicyDeclarations<ConfigFields>
