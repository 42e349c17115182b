import { Trans, useLingui } from '@lingui/react/macro'
import { memo, useEffect, useRef } from 'react'
import { useSay } from '../state/use-say'
import { useApp } from '../state/store-context'
import './notice-region.css'

// Feedback for what the user just did: at the top of the content, kept in view, announced; a saved file can be shown.
export const NoticeRegion = memo(function NoticeRegion() {
  const { t } = useLingui()
  const notice = useApp((s) => s.notice)
  const sayText = useSay()
  const region = useRef<HTMLDivElement>(null)
  // An answer to something done at the foot of the page is brought into view; the region itself never floats over content.
  // Measured only when there is a notice, and in the next frame's callback, not in this effect: React runs it in the
  // task of the save's commit, and reading a box there forced a layout of the page it had just changed into that task.
  // The frame's callback still comes before that frame is painted, and the layout it needs is the one the frame does.
  useEffect(() => {
    const el = region.current
    if (!notice || !el) return
    const frame = window.requestAnimationFrame(() => {
      const box = el.getBoundingClientRect()
      if (box.top < 0 || box.bottom > window.innerHeight) el.scrollIntoView({ block: 'nearest' })
    })
    return () => window.cancelAnimationFrame(frame)
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
})
