import type { MessageDescriptor } from '@lingui/core'
import type { Msg, MsgValue } from '../../../src-shared/message'

// Text for the screen: the renderer's own (already in the user's language) or a message main sent (an id with values).
export type Sayable = string | Msg

/**
 * The renderer's own sentence kept for later, as main's are: the `msg` macro's id and values, said when it is drawn.
 * A notice holds one, so after a language switch it is said in the new language. Its values are MsgValues: a day,
 * a section or an item is named when said, in the language on screen (src-shared/message.ts).
 */
export function ownMsg(said: MessageDescriptor): Msg {
  return said.values ? { id: said.id, values: said.values as Record<string, MsgValue> } : { id: said.id }
}
