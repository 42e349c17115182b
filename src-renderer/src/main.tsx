import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './components/app'
import { createAppStore } from './state/app-store'
import { StoreContext } from './state/store-context'
import './styles.css'

const store = createAppStore(window.techpass)
const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')

createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
)
