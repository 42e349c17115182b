import { app, Menu } from 'electron'
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import type { menuItems } from '../../src-shared/contract'

type Item = (typeof menuItems)[number]

// The application menu: each entry asks the window to open a view or start an action.
export function installMenu(window: () => BrowserWindow | null): void {
  const send = (item: Item) => () => window()?.webContents.send('app:menu-chosen', { item })
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Save a support bundle…', click: send('export-bundle') },
        { label: 'Print my summary…', click: send('print-summary') },
        { type: 'separator' },
        { role: process.platform === 'darwin' ? 'close' : 'quit' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'My checklist', click: send('checklist') },
        { label: 'Helpdesk guide', click: send('guide-mode') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: 'Help',
      submenu: [
        { label: 'Helpdesk guide', click: send('guide-mode') },
        { label: 'Open a support bundle…', click: send('import-bundle') },
      ],
    },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
