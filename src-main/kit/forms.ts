import { z } from 'zod'
import type { DraftForm } from '../../src-shared/draft-schema'
import type { PhoneParser } from '../../src-shared/fields'
import { say, section } from '../../src-shared/message'
import { onboardingRefusals as refuse } from '../../src-shared/messages/refusals-onboarding'
import type { Audience } from '../../src-shared/profile'
import { AppFailure, checkInput } from '../errors'
import type { Head } from '../../src-shared/contract'
import type { DomainBody } from './events'
import type { RecordService } from './record'

// The phone rules (libphonenumber-js and its metadata) load with the first form saved, not at start-up.
let phoneParser: Promise<PhoneParser> | undefined
const loadPhoneParser = (): Promise<PhoneParser> =>
  (phoneParser ??= import('libphonenumber-js/mobile').then(
    ({ parsePhoneNumberFromString }) =>
      (text: string) =>
        parsePhoneNumberFromString(text),
  ))

const needProfile = (record: RecordService) => {
  const { profile } = record.state().profile
  if (!profile) throw new AppFailure('not-allowed', say(refuse.profileFirst, { section: section('profile') }))
  return profile
}

type FormRules<S extends z.ZodType> = (audience: Audience, refused: readonly string[], parsePhone: PhoneParser) => S

// A form of Step 1 or 2, checked as the renderer checks it: its rules follow the user's audience, so the profile comes first.
async function checkForm<S extends z.ZodType>(record: RecordService, rules: FormRules<S>, input: unknown): Promise<z.output<S>> {
  const parsePhone = await loadPhoneParser()
  const profile = needProfile(record)
  return checkInput(rules(profile.audience, record.settings.refusedEmailDomains, parsePhone), input)
}

// What a domain whose form keeps a draft (src-main/drafts/drafts.ts) needs of the drafts; null when they could not be opened.
export interface DraftKeeper {
  clear(form: DraftForm): void
}

// A form saved for real needs its draft no more; a draft left behind is only stale, so the save still stands.
function forgetDraft(drafts: DraftKeeper | null, form: DraftForm): void {
  try {
    drafts?.clear(form)
  } catch {
    // The next save of that form clears it again.
  }
}

/**
 * Saves Step 1's request or Step 2's registration: the input checked with the form's rules, its event recorded, then its
 * draft forgotten. `event` turns the checked fields into the domain's event body.
 */
export async function saveForm<S extends z.ZodType>(
  record: RecordService,
  drafts: DraftKeeper | null,
  form: DraftForm,
  rules: FormRules<S>,
  input: unknown,
  event: (checked: z.output<S>) => DomainBody,
): Promise<Head> {
  const head = record.commit(event(await checkForm(record, rules, input)))
  forgetDraft(drafts, form)
  return head
}
