import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef } from 'react'
import { useSay } from '../i18n/use-say'
import { useApp } from '../state/store-context'

// Feedback for what the user just did: at the top of the content, kept in view, announced; a saved file can be shown.
export function NoticeRegion() {
  const { t } = useLingui()
  const notice = useApp((s) => s.notice)
  const sayText = useSay()
  const region = useRef<HTMLDivElement>(null)
  // An answer to something done at the foot of the page is brought into view; the region itself never floats over content.
  // Measured only when there is a notice: reading a box forces a layout, and the first screen has none to show.
  useEffect(() => {
    if (!notice) return
    const box = region.current?.getBoundingClientRect()
    if (box && (box.top < 0 || box.bottom > window.innerHeight)) region.current?.scrollIntoView({ block: 'nearest' })
  }, [notice])
  const say = useApp((s) => s.say)
  const run = useApp((s) => s.run)
  const error = notice?.tone === 'error'
  const path = notice?.path
  return (
    <div ref={region} className={`notice-region${notice ? ' has-notice' : ''}${error ? ' notice-error' : ''}`}>
      <p className="notice" role={error ? 'alert' : 'status'} aria-live={error ? 'assertive' : 'polite'} data-testid="notice">
        {notice ? sayText(notice.text) : ''}
      </p>
      {path && (
        <button type="button" className="button small secondary" onClick={() => void run((api) => api.files.showInFolder({ path }))}>
          <Trans>Show in folder</Trans>
        </button>
      )}
      {notice && (
        <button type="button" className="notice-close" aria-label={t`Close this message`} onClick={() => say(null)}>
          ×
        </button>
      )}
    </div>
  )
}
