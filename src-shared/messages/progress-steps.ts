import { msg } from '@lingui/core/macro'

// How main names a part of the checklist and who the user is, inside the sentences it sends.
export const stepWords = {
  short: msg({ id: 'progress.step', message: 'Step {number}', comment: 'A numbered step of the checklist, as the list of steps names it.' }),
  name: msg({ id: 'progress.step-name', message: 'Step {number}: {title}', comment: '{title} is the title of the step, from the guide.' }),
  // A part with no number (Before you start, Next steps) is named by its title alone.
  unnumbered: msg({ id: 'progress.section-name', message: '{title}', comment: 'A part of the checklist without a number: its title alone.' }),
}

export const audienceWords = {
  vendor: msg({ id: 'progress.audience-vendor', message: 'Vendor' }),
  'offshore-odc': msg({ id: 'progress.audience-offshore-odc', message: 'Offshore user in an offshore development centre (ODC)' }),
  'offshore-non-odc': msg({ id: 'progress.audience-offshore-non-odc', message: 'Offshore user not in an ODC' }),
}

// The user's answer about SEED (the managed laptop set-up for government systems), as the completion record says it.
export const seedWords = {
  yes: msg({ id: 'progress.seed-yes', message: 'SEED provisioned' }),
  no: msg({ id: 'progress.seed-no', message: 'SEED not provisioned' }),
  unknown: msg({ id: 'progress.seed-unknown', message: 'SEED not known yet' }),
}
