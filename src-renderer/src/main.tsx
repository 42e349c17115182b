// The page-wide stylesheets first: every component's own stylesheet comes after them (Vite keeps import order).
import './base.css'
import './controls.css'
import { I18nProvider } from '@lingui/react'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './components/app'
import { firstScreenLoaded, preloadFirstScreen } from './components/tool-preload'
import { i18n, intlTag } from './i18n/catalogs'
import { createAppStore } from './state/app-store'
import { drawWhenReady, startApp } from './state/start-app'
import { intlLocale } from './format'
import { warmIntlOffThread } from './intl-warm'
import { makeIntlWarmWorker } from './make-intl-warm-worker'
import { StoreContext } from './state/store-context'

// First of all: ICU's process-wide set-up, on another thread while this page starts (intl-warm.ts).
warmIntlOffThread([intlLocale()], makeIntlWarmWorker)
const store = createAppStore(window.techpass, { preloadFor: preloadFirstScreen })
// Screen readers and fonts follow the page's language.
store.subscribe((s) => {
  document.documentElement.lang = intlTag(s.language)
})
// Before React's first render: the reads are answered while the page's script runs, not after.
const { ready } = startApp(store)
const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')

// One first draw, with the current step's tool in it (start-app.ts).
drawWhenReady(ready.then(firstScreenLoaded), () =>
  createRoot(root).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <StoreContext.Provider value={store}>
          <App />
        </StoreContext.Provider>
      </I18nProvider>
    </StrictMode>,
  ),
)
