import { msg } from '@lingui/core/macro'

// When a file in the data folder cannot be written or opened. {path} and {folder} are paths, shown as they are.
export const storageFailures = {
  notSaved: msg({
    id: 'storage.progress-not-saved',
    message: 'Your progress could not be saved to {path}. Nothing was changed. Check that the disk is not full or read-only, then try again.',
  }),
  draftNotKept: msg({
    id: 'storage.draft-not-kept',
    message:
      'What you typed could not be kept on this computer. It is still in the form, so save the form before you close the app. Check that the disk is not full or read-only.',
  }),
  draftFieldsUnknown: msg({ id: 'storage.draft-fields-unknown', message: 'Some of those fields are not part of this form, so nothing was kept.' }),
  progressUnavailable: msg({
    id: 'storage.progress-unavailable',
    message:
      'Your progress file in {folder} could not be opened. Nothing was changed. Check that the folder exists and that you can save files in it. Then open the app again.',
  }),
  mfaUnavailable: msg({
    id: 'storage.mfa-unavailable',
    message: 'The MFA practice file in {folder} could not be opened. You can still use the rest of the assistant.',
  }),
  draftsUnavailable: msg({
    id: 'storage.drafts-unavailable',
    message: 'The assistant cannot keep what you type between visits, because a file in {folder} could not be opened. Save each form before you leave it.',
  }),
}

// Start-up: the guide that ships with the app, and an installed copy started for debugging or with its protection off.
export const startupFailures = {
  guideMissing: msg({ id: 'startup.guide-missing', message: 'The guide file {path} is missing. Install the app again.' }),
  guideNotJson: msg({ id: 'startup.guide-not-json', message: 'The guide file {path} is damaged: it is not valid JSON. Install the app again.' }),
  guideUnreadable: msg({
    id: 'startup.guide-unreadable',
    message: 'The guide file {path} could not be read ({code}). Install the app again.',
  }),
  // {detail} names the places in the file and the rules that failed, in the words of the guide's schema, such as
  // "sections.2.items: …": the guide ships inside the app, so only its makers can fix it.
  guideInvalid: msg({
    id: 'startup.guide-invalid',
    comment: '{detail} stays in English: it is for the people who make the app.',
    message: 'The guide file {path} is not in the form this app expects. Install the app again. ({detail})',
  }),
  debugSwitch: msg({
    id: 'startup.debug-switch',
    message:
      'TechPass Onboarding Assistant cannot start with the debugging option {option}. Close this message. Then start the app again from its usual shortcut, without that option.',
  }),
  unsafeSwitch: msg({
    id: 'startup.unsafe-switch',
    comment: '{option} is a command-line option such as --no-sandbox, which turns off protection that keeps your data safe.',
    message:
      'TechPass Onboarding Assistant cannot start with the option {option}, because it turns off protection that keeps your data safe. Close this message. Then start the app again from its usual shortcut, without that option.',
  }),
}
