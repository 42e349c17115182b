import type { Msg } from '../../../src-shared/message'

// Text for the screen: the renderer's own (already in the user's language) or a message main sent (an id with values).
export type Sayable = string | Msg
