import { msg } from '@lingui/core/macro'

// Sentence endings that several refusals share.
export const common = {
  nothingChanged: msg({ id: 'common.nothing-changed', message: 'Nothing was changed.' }),
}
