import { msg } from '@lingui/core/macro'

// Refusals to record a policy as read or accepted (src-main/policies/handlers.ts). {policy} is the policy's own title,
// which stays in its official language.
export const policyRefusals = {
  unknown: msg({ id: 'policy.unknown', message: 'The assistant does not know that policy. Nothing was recorded.' }),
  seedOnly: msg({ id: 'policy.seed-only', message: 'You need the {policy} only when SEED is set up for you. Nothing was recorded.' }),
  acceptOnTechPass: msg({
    id: 'policy.accept-on-techpass',
    message: 'Accept the {policy} on the TechPass page, not here. In the assistant you only read it. Nothing was recorded.',
  }),
  acceptHere: msg({
    id: 'policy.accept-here',
    message: 'You accept the {policy} here in the assistant. Read it to the end, then choose “I accept”. Nothing was recorded.',
  }),
  notCurrent: msg({
    id: 'policy.not-current',
    message: 'That is not the newest version of the {policy}. The newest is version {version}. Read it, then try again. Nothing was recorded.',
  }),
}

// Problems with the policy files an administrator supplies (src-main/policies/load-policies.ts). {file} is a path.
export const policyFileProblems = {
  missing: msg({ id: 'policy-file.missing', message: 'The policy file {file} is missing.' }),
  notAFile: msg({ id: 'policy-file.not-a-file', message: 'The policy file {file} is not an ordinary file.' }),
  tooLarge: msg({ id: 'policy-file.too-large', message: 'The policy file {file} is larger than {megabytes} MB.' }),
  unreadable: msg({ id: 'policy-file.unreadable', message: 'The policy file {file} could not be read.' }),
  notText: msg({ id: 'policy-file.not-text', message: 'The policy file {file} is not plain text. Save it as UTF-8.' }),
  noHeader: msg({
    id: 'policy-file.no-header',
    message: 'The policy file {file} cannot be used. It must start with a header between two lines of "---", with plain lines such as "version: 1.0".',
  }),
  // {reasons} lists what is wrong in the header, such as "version must be …".
  badHeader: msg({ id: 'policy-file.bad-header', message: 'The policy file {file} cannot be used: {reasons}.' }),
  wrongId: msg({ id: 'policy-file.wrong-id', message: 'The policy file {file} says its id is "{found}", but it must be "{expected}".' }),
  noText: msg({ id: 'policy-file.no-text', message: 'The policy file {file} has no text after its header.' }),
  // {reason} is one of the sentences in trustReasons (src-shared/messages/config.ts).
  untrusted: msg({
    id: 'policy-file.untrusted',
    message: 'The policy file {file} was ignored, and the policies that come with the app are shown instead. {reason}',
  }),
}
