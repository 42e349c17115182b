import { msg } from '@lingui/core/macro'

// Why the checklist refuses to tick or reopen something (src-main/checklist/handlers.ts).
// {section} and {item} are a section's and a task's title from the guide, in the user's language.
export const checklistRefusals = {
  notInSection: msg({ id: 'checklist.not-in-section', message: 'That task is not part of “{section}”. Nothing was changed.' }),
  notForYou: msg({ id: 'checklist.not-for-you', message: 'That task is not for you. Nothing was changed.' }),
  // {reason} is a whole sentence that says what must happen first.
  blocked: msg({ id: 'checklist.blocked', message: '{reason} Nothing was changed.' }),
  dateNeeded: msg({
    id: 'checklist.date-needed',
    message: 'The deadline for this was {due}. If you did it on or before that day, enter the date you did it. Nothing was changed.',
  }),
  // {expired} is a whole sentence that says which deadline ended.
  afterDeadline: msg({
    id: 'checklist.after-deadline',
    message: 'You entered {day}. That is after the deadline, {due}. {expired} Ask for a new invitation in “{section}”. Nothing was changed.',
  }),
  beforeInvitation: msg({
    id: 'checklist.before-invitation',
    message: 'You entered {day}, but your invitation came on {invited}. Check the date. Nothing was changed.',
  }),
  nothingToReopen: msg({ id: 'checklist.nothing-to-reopen', message: '“{section}” is not finished, so there is nothing to reopen.' }),
}
