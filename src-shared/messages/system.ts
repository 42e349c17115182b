import { msg } from '@lingui/core/macro'

// Links, the clipboard and files (src-main/system).
export const systemRefusals = {
  linkNotAllowed: msg({
    id: 'system.link-not-allowed',
    message: 'The assistant only opens the Docs portal, the service request page, the Authenticator store pages and your mail app.',
  }),
  mailOnePlainAddress: msg({
    id: 'system.mail-one-plain-address',
    message: 'The assistant opens your mail app only with one plain email address, such as name@company.com, or with none.',
  }),
  mailOnlySubjectAndBody: msg({
    id: 'system.mail-only-subject-and-body',
    message: 'The assistant opens your mail app only with a subject and a message. It does not add copies (cc or bcc), attachments or anything else.',
  }),
  mailHiddenCharacters: msg({
    id: 'system.mail-hidden-characters',
    message:
      'The assistant opens your mail app only with a subject and a message that have no hidden characters, such as ones that turn text around. Nothing was opened.',
  }),
  browserNotOpened: msg({ id: 'system.browser-not-opened', message: 'Your web browser or mail app could not be opened. Copy the text instead.' }),
  notCopied: msg({ id: 'system.not-copied', message: 'The text could not be copied. Select it and copy it by hand instead.' }),
  notSavedThere: msg({ id: 'system.not-saved-there', message: 'The file could not be saved there. Choose another folder and try again.' }),
  notOurFile: msg({
    id: 'system.not-our-file',
    message: 'The assistant shows only files it saved for you since it was opened. Find other files in your file manager.',
  }),
  fileGone: msg({ id: 'system.file-gone', message: 'That file is not there any more. It may have been moved or deleted. Save it again if you need it.' }),
  folderNotOpened: msg({ id: 'system.folder-not-opened', message: 'Your file manager could not be opened. The file is at the path shown.' }),
  notPrinted: msg({ id: 'system.not-printed', message: 'The page could not be turned into a PDF. Try again.' }),
}
