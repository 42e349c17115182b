import type { Msg } from '../../../src-shared/message'
import { english } from '../../support/english'

// Notices as an administrator reads them in English: the tests keep asserting the words people see.
export const said = (notices: readonly Msg[]): string[] => notices.map((n) => english(n))

// A trust decision with its reason in English.
export const plain = (decision: { trusted: true } | { trusted: false; reason: Msg }) =>
  decision.trusted ? decision : { trusted: false, reason: english(decision.reason) }
