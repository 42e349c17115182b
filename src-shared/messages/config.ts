import { msg } from '@lingui/core/macro'

// Problems in the administrator's configuration file (src-main/config). Administrators read these: setting names,
// file paths and values such as "https://" stay exactly as written, as values.
export const configNotices = {
  unusable: msg({ id: 'config.unusable', message: 'The configuration file {path} could not be used, so the built-in settings are used.' }),
  // {reason} is one of the sentences in trustReasons.
  untrusted: msg({ id: 'config.untrusted', message: 'The settings file {path} was ignored, and the built-in settings are used. {reason}' }),
  notAFile: msg({ id: 'config.not-a-file', message: 'The configuration file {path} is not an ordinary file, so the built-in settings are used.' }),
  tooLarge: msg({ id: 'config.too-large', message: 'The configuration file {path} is larger than {kilobytes} KB, so the built-in settings are used.' }),
  unreadable: msg({ id: 'config.unreadable', message: 'The configuration file {path} could not be read, so the built-in settings are used.' }),
  notJson: msg({ id: 'config.not-json', message: 'The configuration file {path} is not valid JSON, so the built-in settings are used.' }),
  notObject: msg({
    id: 'config.not-object',
    message: "The configuration file {path} must hold its settings between '{' and '}', so the built-in settings are used.",
  }),
  // {key} is the setting's name in quotes, as written in the file.
  unknownSetting: msg({ id: 'config.unknown-setting', message: 'The setting {key} in {path} is not a known setting and was ignored.' }),
  // {reasons} lists what is wrong, such as "deadlines.registerDays must be a whole number from 1 to 60".
  keepsDefault: msg({ id: 'config.keeps-default', message: 'The setting {key} in {path} keeps its default, because {reasons}.' }),
  moreProblems: msg({ id: 'config.more-problems', message: '{path} has {count} more problems like these.' }),
  // The operating system's policy store: {where} is the Windows registry key or the macOS managed preferences file.
  // {policies} are policy names as the templates write them, such as "DeadlinesRegisterDays, DeadlinesActivateDays".
  policyIgnored: msg({
    id: 'config.policy-ignored',
    message: 'The policy {policies} in {where} was ignored, and the setting keeps its value without it, because {reasons}.',
  }),
  // {found} and {expected} are type names as Windows or macOS write them, such as REG_SZ, REG_DWORD, string or integer.
  policyWrongType: msg({
    id: 'config.policy-wrong-type',
    message: 'The policy {policy} in {where} was ignored, because its type is {found}, not {expected}.',
  }),
  // {reason} is one of the sentences in trustReasons.
  storeIgnored: msg({ id: 'config.store-ignored', message: 'The managed settings in {where} were ignored. {reason}' }),
  storeUnreadable: msg({ id: 'config.store-unreadable', message: 'The managed settings in {where} could not be read, so they were ignored.' }),
}

// One thing wrong with a value. {where} is the place in the file, such as "deadlines.registerDays" or "refusedEmailDomains entry 2".
export const configReasons = {
  unknownSettingIn: msg({ id: 'config.reason.unknown-setting-in', message: '{where} has an unknown setting {key}' }),
  unknownSetting: msg({ id: 'config.reason.unknown-setting', message: 'it has an unknown setting {key}' }),
  missing: msg({ id: 'config.reason.missing', message: '{where} is missing' }),
  empty: msg({ id: 'config.reason.empty', message: 'it is empty' }),
  // {kind} is one of configKinds.
  mustBe: msg({ id: 'config.reason.must-be', message: '{where} must be {kind}' }),
  andMore: msg({ id: 'config.reason.and-more', message: '{reasons} (and {count} more)' }),
  entry: msg({ id: 'config.reason.entry', message: '{where} entry {n}' }),
  registerAfterActivate: msg({ id: 'config.rule.register-after-activate', message: '{where} must not be more than deadlines.activateDays' }),
  maxBelowMin: msg({ id: 'config.rule.max-below-min', message: '{where} must not be less than minLength' }),
  defaultLanguageNotOffered: msg({ id: 'config.rule.default-language-not-offered', message: '{where} must be one of language.offered' }),
}

// What a value must be: "{where} must be …".
export const configKinds = {
  wholeNumberRange: msg({ id: 'config.kind.whole-number-range', message: 'a whole number from {min} to {max}' }),
  numberRange: msg({ id: 'config.kind.number-range', message: 'a number from {min} to {max}' }),
  wholeNumber: msg({ id: 'config.kind.whole-number', message: 'a whole number' }),
  number: msg({ id: 'config.kind.number', message: 'a number' }),
  trueOrFalse: msg({ id: 'config.kind.true-or-false', message: 'true or false' }),
  textRange: msg({ id: 'config.kind.text-range', message: 'text of {min} to {max} characters' }),
  text: msg({ id: 'config.kind.text', message: 'text' }),
  list: msg({ id: 'config.kind.list', message: 'a list' }),
  // {keys} are the setting names, as written in the file.
  group: msg({ id: 'config.kind.group', message: 'a group of settings: {keys}' }),
  oneOf: msg({ id: 'config.kind.one-of', message: 'one of {options}' }),
  other: msg({ id: 'config.kind.other', message: 'a different value' }),
  https: msg({ id: 'config.kind.https', message: 'an https:// address' }),
  httpsShort: msg({ id: 'config.kind.https-short', message: 'an https:// address of at most 2048 characters' }),
  domain: msg({ id: 'config.kind.domain', message: 'a domain such as litemail.gov.sg' }),
  domains: msg({ id: 'config.kind.domains', message: 'a list of at most 200 domains' }),
  folder: msg({ id: 'config.kind.folder', message: 'the full path of a folder' }),
  phone: msg({ id: 'config.kind.phone', message: 'a phone number with its country code, such as +65 6123 4567' }),
  email: msg({ id: 'config.kind.email', message: 'one email address, such as helpdesk@agency.gov.sg' }),
  hours: msg({ id: 'config.kind.hours', message: 'short text of at most 100 characters, with no hidden characters' }),
  policyVersion: msg({ id: 'config.kind.policy-version', message: 'a version such as 1.0 or 2.1.3' }),
  date: msg({ id: 'config.kind.date', message: 'a real date such as 2026-11-20' }),
}

// Why the system's configuration file was not trusted (src-main/config/trust.ts): whole sentences.
export const trustReasons = {
  notAFile: msg({ id: 'config.trust.not-a-file', message: 'It is not an ordinary file.' }),
  unchecked: msg({ id: 'config.trust.unchecked', message: 'The app could not check who can change it.' }),
  fileNotRoot: msg({ id: 'config.trust.file-not-root', message: 'Ordinary users can change it: it is not owned by root.' }),
  folderNotRoot: msg({ id: 'config.trust.folder-not-root', message: 'Ordinary users can change it: its folder is not owned by root.' }),
  fileWritable: msg({ id: 'config.trust.file-writable', message: 'Ordinary users can change it: users other than root may write to it.' }),
  folderWritable: msg({ id: 'config.trust.folder-writable', message: 'Ordinary users can change it: users other than root may write to its folder.' }),
  fileNotAdmin: msg({ id: 'config.trust.file-not-admin', message: 'Ordinary users can change it: it is not owned by Administrators or SYSTEM.' }),
  folderNotAdmin: msg({
    id: 'config.trust.folder-not-admin',
    message: 'Ordinary users can change it: its folder is not owned by Administrators or SYSTEM.',
  }),
  // {who} is a Windows group or account, such as Users or Everyone, as Windows names it.
  fileWriter: msg({ id: 'config.trust.file-writer', message: 'Ordinary users can change it: {who} may write to it.' }),
  folderWriter: msg({ id: 'config.trust.folder-writer', message: 'Ordinary users can change it: {who} may write to its folder.' }),
  // A symbolic link, or on Windows a junction, can be pointed somewhere else at any moment, so the app never follows one.
  fileIsLink: msg({ id: 'config.trust.file-is-link', message: 'It is a link (a symbolic link or a junction) to another place.' }),
  folderIsLink: msg({ id: 'config.trust.folder-is-link', message: 'Its folder is a link (a symbolic link or a junction) to another place.' }),
  // The file read and the file whose owner was checked were not the same one: something swapped it in between.
  replaced: msg({ id: 'config.trust.replaced', message: 'It was replaced by another file while the app checked it.' }),
}
