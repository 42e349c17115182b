import { msg } from '@lingui/core/macro'
import type { MessageDescriptor } from '@lingui/core'
import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { LANGUAGES, LANGUAGE_NAMES, spokenLanguage } from '../../../src-shared/languages'
import type { ChosenLanguage, Language } from '../../../src-shared/languages'
import { decodeStatus } from '../../../src-shared/status-code'
import type { Decoded, StatusFields } from '../../../src-shared/status-code'
import { useSay } from '../state/use-say'
import { useApp } from '../state/store-context'
import { useSectionNames } from '../steps/words'
import { deadlineWords, sectionForStatus } from './script'
import { panelId } from './step-tabs'
import { otherLanguage } from './user-screen'

// The shape of a status code, the same in every language.
const CODE_SHAPE = 'TP-XXX-X'

const audienceText: Record<StatusFields['audience'], MessageDescriptor> = {
  none: msg({ message: 'Not chosen yet', comment: 'Who the user is, read from a status code: they have not said yet.' }),
  vendor: msg`Vendor`,
  'offshore-odc': msg`Offshore user in an ODC`,
  'offshore-non-odc': msg`Offshore user not in an ODC`,
}
// The user's own answer, all three of them: "no" and "unknown" are not provisioned as far as anyone knows.
const seedText: Record<StatusFields['seed'], MessageDescriptor> = {
  yes: msg({ message: 'Provisioned', comment: 'The user’s SEED answer, read from a status code: they have SEED.' }),
  no: msg({ message: 'Not provisioned', comment: 'The user’s SEED answer, read from a status code: they do not have SEED.' }),
  unknown: msg`Not known yet: the user will ask their project manager`,
}

interface Props {
  onDecoded(status: StatusFields): void
  /** The language of the user's app, from their code or picked here; null until either. */
  userLanguage: Language | null
  onUserLanguage(language: Language): void
}

// The helpdesk types the code the user reads out; a typo is caught by its check character, and a good code opens the user's step.
// The code also says the language of the user's app; an agent whose user reads out words instead can pick it by hand.
export function StatusDecoder({ onDecoded, userLanguage, onUserLanguage }: Props) {
  const guide = useApp((s) => s.guide)
  const sayText = useSay()
  const [code, setCode] = useState('')
  const [result, setResult] = useState<Decoded | null>(null)
  const section = result?.ok && guide ? sectionForStatus(guide, result.value) : undefined
  const { i18n, t } = useLingui()
  const names = useSectionNames()
  const decoded = result?.ok ? result.value : null
  const number = decoded ? decoded.sectionIndex + 1 : 0
  const step = section ? names.name(section) : t`Section ${number}`
  const agentLanguage = spokenLanguage(i18n.locale as ChosenLanguage)
  const shownLanguage = userLanguage ?? agentLanguage
  const other = otherLanguage(userLanguage, i18n.locale)
  const otherName = LANGUAGE_NAMES[shownLanguage]
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
      <h2 id="decoder-title">
        <Trans>Decode a status code</Trans>
      </h2>
      <div className="field">
        <label htmlFor="status-code">
          <Trans>Status code the user reads out</Trans>
        </label>
        <div className="field-row">
          <input
            id="status-code"
            value={code}
            autoComplete="off"
            spellCheck={false}
            placeholder={CODE_SHAPE}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <button type="submit" className="button primary">
            <Trans>Decode</Trans>
          </button>
        </div>
      </div>
      <div role="status" aria-live="polite" data-testid="decoded-status">
        {result && !result.ok && <p className="error">{sayText(result.error.message)}</p>}
        {decoded && (
          <>
            <dl className="decoded">
              <dt>
                <Trans>Step</Trans>
              </dt>
              <dd>{decoded.finished ? <Trans>{step}: finished, every step is done</Trans> : step}</dd>
              <dt>
                <Trans>Who</Trans>
              </dt>
              <dd>{i18n._(audienceText[decoded.audience])}</dd>
              <dt>
                <Trans comment="The language the user’s app is in, read from a status code.">Language</Trans>
              </dt>
              <dd lang={decoded.language} data-testid="decoded-language">
                {LANGUAGE_NAMES[decoded.language]}
              </dd>
              <dt>
                <Trans comment="The name of the managed laptop set-up for government systems: keep it in English.">SEED</Trans>
              </dt>
              <dd>{i18n._(seedText[decoded.seed])}</dd>
              <dt>
                <Trans>Deadline</Trans>
              </dt>
              <dd>{deadlineWords(i18n, decoded)}</dd>
            </dl>
            {section && (
              <p className="hint">
                {decoded.audience === 'none' ? (
                  <Trans>
                    The runbook now shows <a href={`#${panelId(section)}`}>{step}</a>.
                  </Trans>
                ) : (
                  <Trans>
                    The runbook now shows <a href={`#${panelId(section)}`}>{step}</a>, for this user’s answers.
                  </Trans>
                )}
              </p>
            )}
          </>
        )}
      </div>
      <div className="field user-language">
        <label htmlFor="user-language">
          <Trans>The user’s app is in</Trans>
        </label>
        <select
          id="user-language"
          value={shownLanguage}
          aria-describedby="user-language-hint"
          onChange={(e) => onUserLanguage(e.currentTarget.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
        <p className="hint" id="user-language-hint">
          {other ? (
            <Trans>
              Each step of the runbook also shows the user’s headings and buttons in <span lang={shownLanguage}>{otherName}</span>.
            </Trans>
          ) : (
            <Trans>Set by the status code. If the user reads out words from their screen instead, pick their language here.</Trans>
          )}
        </p>
      </div>
    </form>
  )
}
