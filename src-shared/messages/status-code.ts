import { msg } from '@lingui/core/macro'

// Why a status code the user read out cannot be decoded (src-shared/status-code.ts). The helpdesk reads these.
export const statusCodeProblems = {
  length: msg({
    id: 'status-code.length',
    message: 'A status code has four characters after TP, like TP-4K7-M. Check that you have all of them.',
  }),
  character: msg({
    id: 'status-code.character',
    message: 'That status code has a character that is never used in codes (such as U). Ask the user to read it again.',
  }),
  typo: msg({
    id: 'status-code.typo',
    message: 'That status code has a typo: the check character does not match. Ask the user to read it again, slowly.',
  }),
  version: msg({
    id: 'status-code.version',
    message: 'That status code comes from a different version of the assistant. Ask the user which version they have.',
  }),
}
