import { msg } from '@lingui/core/macro'

// What main draws itself: the application menu and the titles and filters of its file dialogs (src-main/platform).
export const menuLabels = {
  file: msg({ id: 'menu.file', message: 'File' }),
  saveBundle: msg({ id: 'menu.save-bundle', message: 'Save a support bundle…' }),
  printSummary: msg({ id: 'menu.print-summary', message: 'Print my summary…' }),
  close: msg({ id: 'menu.close', message: 'Close' }),
  quit: msg({ id: 'menu.quit', message: 'Quit' }),
  view: msg({ id: 'menu.view', message: 'View' }),
  checklist: msg({ id: 'menu.checklist', message: 'My checklist' }),
  helpdeskGuide: msg({ id: 'menu.helpdesk-guide', message: 'Helpdesk guide' }),
  actualSize: msg({ id: 'menu.actual-size', message: 'Actual size' }),
  zoomIn: msg({ id: 'menu.zoom-in', message: 'Zoom in' }),
  zoomOut: msg({ id: 'menu.zoom-out', message: 'Zoom out' }),
  devTools: msg({ id: 'menu.dev-tools', message: 'Developer tools' }),
  help: msg({ id: 'menu.help', message: 'Help' }),
  openBundle: msg({ id: 'menu.open-bundle', message: 'Open a support bundle…' }),
}

export const dialogTexts = {
  saveText: msg({ id: 'dialog.save-text', message: 'Save the text' }),
  saveBundle: msg({ id: 'dialog.save-bundle', message: 'Save a support bundle' }),
  savePdf: msg({ id: 'dialog.save-pdf', message: 'Save as PDF' }),
  openText: msg({ id: 'dialog.open-text', message: 'Open a text file' }),
  openBundle: msg({ id: 'dialog.open-bundle', message: 'Open a support bundle' }),
  openPdf: msg({ id: 'dialog.open-pdf', message: 'Open a PDF' }),
  textFiles: msg({ id: 'dialog.filter.text', message: 'Text' }),
  bundleFiles: msg({ id: 'dialog.filter.bundle', message: 'Support bundle' }),
  pdfFiles: msg({ id: 'dialog.filter.pdf', message: 'PDF' }),
}
