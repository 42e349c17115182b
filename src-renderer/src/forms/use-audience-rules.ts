import { useMemo } from 'react'
import type { PhoneParser } from '../../../src-shared/fields'
import type { Say } from '../../../src-shared/messages/fields'
import type { Audience } from '../../../src-shared/profile'
import { useFieldSay } from '../i18n/field-say'
import { NONE, useApp } from '../state/store-context'
import { parsePhone } from './phone'

type Rules<S> = (audience: Audience, refused: readonly string[], parsePhone: PhoneParser, say: Say) => S

// A form's checks for this user (src-shared/request.ts): the administrator's refused email domains, the phone rules,
// and the problems said in the language on screen. Built again only when one of those changes.
export function useAudienceRules<S>(audience: Audience, rules: Rules<S>): S {
  const refused = useApp((s) => s.settings?.refusedEmailDomains ?? NONE)
  const say = useFieldSay()
  return useMemo(() => rules(audience, refused, parsePhone, say), [rules, audience, refused, say])
}
