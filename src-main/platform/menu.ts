import { app, Menu } from 'electron'
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import type { menuItems } from '../../src-shared/contract'
import { say } from '../../src-shared/message'
import type { Said } from '../../src-shared/message'
import { menuLabels as label } from '../../src-shared/messages/main-window'
import { onMainLanguage, tr } from '../i18n/main-i18n'

type Item = (typeof menuItems)[number]

const words = (said: Said) => tr(say(said))

// The menu in the language main speaks now; roles keep Electron's behaviour, with our words, so no label stays English.
function template(window: () => BrowserWindow | null): MenuItemConstructorOptions[] {
  const send = (item: Item) => () => window()?.webContents.send('app:menu-chosen', { item })
  const mac = process.platform === 'darwin'
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: words(label.file),
      submenu: [
        { label: words(label.saveBundle), click: send('export-bundle') },
        { label: words(label.printSummary), click: send('print-summary') },
        { type: 'separator' },
        mac ? { role: 'close', label: words(label.close) } : { role: 'quit', label: words(label.quit) },
      ],
    },
    {
      label: words(label.view),
      submenu: [
        { label: words(label.checklist), click: send('checklist') },
        { label: words(label.helpdeskGuide), click: send('guide-mode') },
        { type: 'separator' },
        { role: 'resetZoom', label: words(label.actualSize) },
        { role: 'zoomIn', label: words(label.zoomIn) },
        { role: 'zoomOut', label: words(label.zoomOut) },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: words(label.devTools) }]),
      ],
    },
    {
      label: words(label.help),
      submenu: [
        { label: words(label.helpdeskGuide), click: send('guide-mode') },
        { label: words(label.openBundle), click: send('import-bundle') },
      ],
    },
  ]
}

let installed: (() => BrowserWindow | null) | null = null
let stopListening: (() => void) | null = null

// The application menu: each entry asks the window to open a view or start an action. It is built again, in the new
// language, whenever main's language changes (setMainLanguage in i18n/main-i18n.ts).
export function installMenu(window: () => BrowserWindow | null): void {
  installed = window
  stopListening ??= onMainLanguage(() => {
    if (installed) Menu.setApplicationMenu(Menu.buildFromTemplate(template(installed)))
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template(window)))
}
