import { msg } from '@lingui/core/macro'

// The next action's title and detail. A title is something to do: it starts with a verb.
// A guide item's own title is not here: the renderer takes it from the guide, in the user's language.
export const nextWords = {
  renew: msg({ id: 'next.request-new-invitation', message: 'Request a new invitation' }),
  renewDetail: msg({
    id: 'next.request-new-invitation-detail',
    message: '{expired} Ask your project manager for a new invitation.',
    comment: '{expired} is a sentence that says which time limit ended.',
  }),
  renewOrConfirm: msg({
    id: 'next.request-new-invitation-or-confirm',
    message: '{expired} Ask your project manager for a new invitation. If you did “{item}” on or before {due}, confirm it in {step}. Give the date you did it.',
    comment: '{expired} is a sentence that says which time limit ended. {item} is a checklist item, {step} a step such as "Step 2".',
  }),
  seedRequest: msg({ id: 'next.ask-for-new-seed-email', message: 'Ask for a new SEED onboarding email' }),
  seedRequestDetail: msg({
    id: 'next.ask-for-new-seed-email-detail',
    message: 'Your SEED onboarding email has expired. Send a service request to get a new one.',
  }),
  profile: msg({ id: 'next.tell-us-who-you-are', message: 'Tell us who you are' }),
  profileDetail: msg({ id: 'next.tell-us-who-you-are-detail', message: 'Choose vendor or offshore user. Then enter the email your organisation gave you.' }),
  seedUnknown: msg({ id: 'next.ask-about-seed', message: 'Ask your project manager if you have SEED' }),
  seedUnknownDetail: msg({
    id: 'next.ask-about-seed-detail',
    message:
      'SEED is the managed laptop set-up for working on government systems. Your project manager knows if you have it. When you know, change your answer in {profile}. You can do the other steps while you wait, but not {step}.',
    comment: '{profile} is the part "Before you start"; {step} is a step such as "Step 6".',
  }),
  done: msg({ id: 'next.all-done', message: 'All steps are done' }),
  doneDetail: msg({ id: 'next.all-done-detail', message: 'Your TechPass onboarding checklist is complete.' }),
}
