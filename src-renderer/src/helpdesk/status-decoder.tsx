import { useState } from 'react'
import { sectionName } from '../../../src-shared/labels'
import { decodeStatus } from '../../../src-shared/status-code'
import type { Decoded, StatusFields } from '../../../src-shared/status-code'
import { useSay } from '../i18n/use-say'
import { useApp } from '../state/store-context'
import { deadlineWords, sectionForStatus } from './script'
import { panelId } from './step-tabs'

const audienceText = { none: 'not chosen yet', vendor: 'Vendor', 'offshore-odc': 'Offshore user in an ODC', 'offshore-non-odc': 'Offshore user not in an ODC' }
// The user's own answer, all three of them: "no" and "unknown" are not provisioned as far as anyone knows.
const seedText = { yes: 'Provisioned', no: 'Not provisioned', unknown: 'Not known yet: the user will ask their project manager' }

// The helpdesk types the code the user reads out; a typo is caught by its check character, and a good code opens the user's step.
export function StatusDecoder({ onDecoded }: { onDecoded(status: StatusFields): void }) {
  const guide = useApp((s) => s.guide)
  const sayText = useSay()
  const [code, setCode] = useState('')
  const [result, setResult] = useState<Decoded | null>(null)
  const section = result?.ok && guide ? sectionForStatus(guide, result.value) : undefined
  return (
    <form
      className="tool"
      aria-labelledby="decoder-title"
      onSubmit={(e) => {
        e.preventDefault()
        const decoded = decodeStatus(code)
        setResult(decoded)
        if (decoded.ok) onDecoded(decoded.value)
      }}
    >
      <h2 id="decoder-title">Decode a status code</h2>
      <div className="field">
        <label htmlFor="status-code">Status code the user reads out</label>
        <div className="field-row">
          <input id="status-code" value={code} autoComplete="off" spellCheck={false} placeholder="TP-XXX-X" onChange={(e) => setCode(e.currentTarget.value)} />
          <button type="submit" className="button primary">
            Decode
          </button>
        </div>
      </div>
      <div role="status" aria-live="polite" data-testid="decoded-status">
        {result && !result.ok && <p className="error">{sayText(result.error.message)}</p>}
        {result?.ok && (
          <>
            <dl className="decoded">
              <dt>Step</dt>
              <dd>
                {section ? sectionName(section) : `Section ${result.value.sectionIndex + 1}`}
                {result.value.finished && ': finished, every step is done'}
              </dd>
              <dt>Who</dt>
              <dd>{audienceText[result.value.audience]}</dd>
              <dt>SEED</dt>
              <dd>{seedText[result.value.seed]}</dd>
              <dt>Deadline</dt>
              <dd>{deadlineWords(result.value)}</dd>
            </dl>
            {section && (
              <p className="hint">
                The runbook now shows <a href={`#${panelId(section)}`}>{sectionName(section)}</a>
                {result.value.audience === 'none' ? '.' : ', for this user’s answers.'}
              </p>
            )}
          </>
        )}
      </div>
    </form>
  )
}
