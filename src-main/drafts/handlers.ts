import type { Handlers } from '../../src-shared/contract'
import type { Drafts } from './drafts'

export function draftHandlers(drafts: Drafts): Pick<Handlers, 'drafts:load' | 'drafts:save'> {
  return {
    'drafts:load': ({ form }) => drafts.load(form),
    'drafts:save': ({ form, values }) => ({ kept: drafts.save(form, values) }),
  }
}
