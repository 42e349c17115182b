import type { I18n } from '@lingui/core'
import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useState } from 'react'
import type { Guide, GuideSection } from '../../../src-shared/guide-schema'
import { LANGUAGE_NAMES, spokenLanguage } from '../../../src-shared/languages'
import type { ChosenLanguage, Language } from '../../../src-shared/languages'
import { otherI18n } from '../i18n/catalogs'
import type { AppState } from '../state/app-store'
import { useApp } from '../state/store-context'
import { screenLabels } from './screen-labels'
import type { ScreenLabel } from './screen-labels'
import type { Branch } from './script'
import './user-screen.css'

// The app as the user sees it, in the user's language: its messages and its guide, loaded beside the agent's
// without switching the language on screen.
export interface UserScreen {
  language: Language
  i18n: I18n
  guide: Guide
}

const loading = new Map<Language, Promise<UserScreen | null>>()

// Loaded in the background, beside the agent's screen; if the guide cannot be read, the agent's own words still stand
// and the next look tries again.
function load(run: AppState['run'], language: Language): Promise<UserScreen | null> {
  let screen = loading.get(language)
  if (!screen) {
    const guideIn = run((api) => api.guide.inLanguage({ language }), { background: true, failed: () => undefined })
    screen = Promise.all([otherI18n(language), guideIn]).then(([i18n, guide]) => {
      if (guide) return { language, i18n, guide }
      loading.delete(language)
      return null
    })
    loading.set(language, screen)
  }
  return screen
}

// Whether the user's app speaks another language than the agent's. The pseudo-locale is a test of English: as English.
export const otherLanguage = (user: Language | null, agent: string): user is Language => user !== null && user !== spokenLanguage(agent as ChosenLanguage)

// The user's screen when it is in another language than the agent's; null when it is the same, or still loading.
export function useUserScreen(language: Language | null): UserScreen | null {
  const run = useApp((s) => s.run)
  const { i18n } = useLingui()
  const wanted = otherLanguage(language, i18n.locale) ? language : null
  const [screen, setScreen] = useState<UserScreen | null>(null)
  useEffect(() => {
    if (!wanted) return
    let live = true
    void load(run, wanted).then((s) => {
      if (live) setScreen(s)
    })
    return () => {
      live = false
    }
  }, [run, wanted])
  return wanted && screen?.language === wanted ? screen : null
}

// Each heading and button the user sees for a step, in the agent's words and beside them in the user's, so the agent
// can say "click the button that says …" in words the user finds on screen.
export function UserScreenLabels({ section, branch, screen }: { section: GuideSection; branch: Branch; screen: UserScreen }) {
  const { i18n, t } = useLingui()
  const theirs = screen.guide.sections.find((s) => s.id === section.id)
  if (!theirs) return null
  const userWords = new Map(screenLabels(screen.i18n, theirs, branch).map((l) => [l.key, l.text]))
  const lang = screen.language
  const name = LANGUAGE_NAMES[lang]
  const mine = LANGUAGE_NAMES[spokenLanguage(i18n.locale as ChosenLanguage)]
  const kind = (label: ScreenLabel): string => {
    if (label.kind === 'step') return t({ message: 'Step heading', comment: 'A row of a table: the heading of a step on the user’s screen.' })
    if (label.kind === 'button') return t({ message: 'Button', comment: 'A row of a table: a button the user presses on their screen.' })
    const number = label.number
    return t({ message: `Task ${number}`, comment: 'A row of a table: the heading of a task on the user’s screen, such as "Task 2".' })
  }
  const headingId = `user-screen-${section.id}`
  return (
    <section className="user-screen" aria-labelledby={headingId} data-testid="user-screen">
      <h4 id={headingId}>
        <Trans>
          On the user’s screen, in <span lang={lang}>{name}</span>
        </Trans>
      </h4>
      <p className="hint">
        <Trans>
          The user’s app is in <span lang={lang}>{name}</span>. To name a heading or a button, read out its words in the last column.
        </Trans>
      </p>
      <table className="user-screen-table">
        <thead>
          <tr>
            <th scope="col" className="user-screen-kind">
              <Trans comment="A column of a table: what each row is (a heading, a button).">What</Trans>
            </th>
            <th scope="col">
              <Trans comment="A column of a table: the words in the helpdesk agent’s language, such as “In your language (English)”.">
                In your language ({mine})
              </Trans>
            </th>
            <th scope="col">
              <Trans comment="A column of a table: the same words as the user sees them, such as “On the user’s screen (简体中文)”.">
                On the user’s screen (<span lang={lang}>{name}</span>)
              </Trans>
            </th>
          </tr>
        </thead>
        <tbody>
          {screenLabels(i18n, section, branch).map((label) => (
            <tr key={label.key} className={`user-screen-${label.kind}`}>
              <th scope="row" className="user-screen-kind">
                {kind(label)}
              </th>
              <td>{label.kind === 'button' ? <span>{label.text}</span> : label.text}</td>
              <td lang={lang}>{label.kind === 'button' ? <span>{userWords.get(label.key)}</span> : userWords.get(label.key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
