import { Trans } from '@lingui/react/macro'
import { LANGUAGE_NAMES } from '../../../src-shared/languages'
import type { ChosenLanguage } from '../../../src-shared/languages'
import { intlTag } from '../i18n/catalogs'
import { useApp } from '../state/store-context'
import './language-menu.css'

// One click from every screen: each language is named in its own words, so a person finds theirs whatever is shown.
export function LanguageMenu() {
  const language = useApp((s) => s.language)
  const offered = useApp((s) => s.offeredLanguages)
  const choose = useApp((s) => s.chooseLanguage)
  // The pseudo-locale is for testers: only a build that is not installed offers it.
  const testing = useApp((s) => s.info?.isPackaged === false)
  if (offered.length < 2 && !testing) return null
  return (
    <label className="language-menu">
      <svg className="language-globe" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9.5" />
        <ellipse cx="12" cy="12" rx="4.5" ry="9.5" />
        <path d="M2.5 12h19M4 7h16M4 17h16" />
      </svg>
      <span className="visually-hidden">
        <Trans>Language</Trans>
      </span>
      <select value={language} onChange={(e) => void choose(e.target.value as ChosenLanguage)} data-testid="language-menu">
        {offered.map((l) => (
          <option key={l} value={l} lang={intlTag(l)}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
        {testing && (
          // eslint-disable-next-line lingui/no-unlocalized-strings -- a tester's tool, never shown in an installed app
          <option value="pseudo">Pseudo-locale (test)</option>
        )}
      </select>
    </label>
  )
}
