import { useApp } from '../state/store-context'
import { useDesktop } from './use-desktop'

// R11: the portal opens in the system browser; the sub-steps below are done there.
export function PortalLink() {
  const url = useApp((s) => s.settings?.docsPortalUrl ?? '')
  const desktop = useDesktop()
  return (
    <div className="tool tool-inline">
      <p>
        Open <span className="mono">{url}</span> in your web browser, then follow the pictures in the checklist on this page.
      </p>
      <button type="button" className="button primary" onClick={() => void desktop.open(url, 'the Docs portal in your browser')}>
        Open the Docs portal
      </button>
    </div>
  )
}
