// A catalog file, compiled to messages by Lingui's Vite plugin when it is imported.
declare module '*.po' {
  import type { Messages } from '@lingui/core'
  export const messages: Messages
}

// The two parts of the English catalog (lingui-english-split.ts): the first screen's messages, and the rest.
declare module 'virtual:english-first' {
  import type { Messages } from '@lingui/core'
  export const messages: Messages
}
declare module 'virtual:english-rest' {
  import type { Messages } from '@lingui/core'
  export const messages: Messages
}
// Main's part of the English catalog (lingui-english-split.ts, mainEnglish): the messages main can say.
declare module 'virtual:main-english' {
  import type { Messages } from '@lingui/core'
  export const messages: Messages
}
