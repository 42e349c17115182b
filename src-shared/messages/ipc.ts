import { msg } from '@lingui/core/macro'

// What the binder (src-main/ipc/binder.ts) answers when a request cannot be run at all.
export const ipc = {
  forbiddenSender: msg({ id: 'ipc.forbidden-sender', message: 'This request did not come from the assistant’s own window, so it was refused.' }),
  unknownChannel: msg({ id: 'ipc.unknown-channel', message: 'The assistant does not know that request. Nothing was changed.' }),
  notUnderstood: msg({ id: 'ipc.not-understood', message: 'The assistant did not understand that request. Nothing was changed.' }),
  // `fields` names the parts of the request, as the code names them (for example "role, item").
  notUnderstoodFields: msg({
    id: 'ipc.not-understood-fields',
    comment: '{fields} is a list of field names from the program, such as "role, item". They stay in English.',
    message: 'The assistant did not understand that request. These parts are wrong: {fields}. Nothing was changed.',
  }),
  unexpectedFields: msg({
    id: 'ipc.unexpected-fields',
    message:
      'The assistant did not understand that request. It has {count, plural, one {# part} other {# parts}} that the assistant does not know. Nothing was changed.',
  }),
  internal: msg({
    id: 'ipc.internal',
    message: 'Something went wrong inside the assistant. Please try again. If it keeps happening, close the app and open it again.',
  }),
  // The renderer's own: the main process did not answer at all.
  unreachable: msg({
    id: 'ipc.unreachable',
    message: 'Part of the assistant stopped answering. Close the app, open it again, and try again.',
  }),
}
