import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef, useState } from 'react'
import { noteApplies } from '../../../src-shared/applies'
import type { GuideSection } from '../../../src-shared/guide-schema'
import { useApp } from '../state/store-context'
import { sectionShortName } from '../words/labels'
import './official-english.css'

interface Props {
  section: GuideSection
  /** The step's items that apply to this user (the snapshot's), in order. */
  itemIds: readonly string[]
  /** The task on screen, marked in the English text. */
  current?: string
}

/**
 * A translated screen says once, under its heading and quietly, that the official guide is in English, and offers this
 * step's English text. The text comes from main (`guide:in-language`) and opens in a dialog over the screen, so the
 * user's place and what they typed stay; Escape closes it and focus returns to the link. Not shown in English.
 */
export function OfficialEnglish({ section, itemIds, current }: Props) {
  const language = useApp((s) => s.language)
  const run = useApp((s) => s.run)
  const opener = useRef<HTMLButtonElement>(null)
  const [english, setEnglish] = useState<GuideSection | null>(null)
  if (language === 'en') return null
  const open = async () => {
    const guide = await run((api) => api.guide.inLanguage({ language: 'en' }))
    const shown = guide?.sections.find((s) => s.id === section.id)
    if (shown) setEnglish(shown)
  }
  const close = () => {
    setEnglish(null)
    opener.current?.focus()
  }
  return (
    <>
      <p className="official-english" data-testid="official-english">
        <Trans>The official guide is in English.</Trans>{' '}
        <button ref={opener} type="button" className="link-button" aria-haspopup="dialog" onClick={() => void open()}>
          <Trans>Read this step in English</Trans>
        </button>
      </p>
      {english && <EnglishText section={section} english={english} itemIds={itemIds} current={current} onClose={close} />}
    </>
  )
}

function EnglishText({ section, english, itemIds, current, onClose }: Props & { english: GuideSection; onClose: () => void }) {
  const { i18n } = useLingui()
  const profile = useApp((s) => s.snapshot?.profile ?? null)
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal()
  }, [])
  const step = sectionShortName(i18n, section)
  const items = english.items.filter((i) => itemIds.includes(i.id))
  return (
    <dialog ref={dialog} className="dialog english-text" aria-labelledby="english-text-title" onClose={onClose} data-testid="english-text">
      {/* Close is at the top, where focus starts: the text below is read from its beginning. */}
      <div className="english-head">
        <h2 id="english-text-title">
          <Trans comment="The title of a window with the English text of a step; {step} is a step, such as Step 2">{step} in English</Trans>
        </h2>
        <button type="button" className="button secondary small" autoFocus onClick={() => dialog.current?.close()}>
          <Trans comment="A button that closes the window with the English text">Close</Trans>
        </button>
      </div>
      <div className="english-body" lang="en">
        <h3>{english.title}</h3>
        <p>{english.summary}</p>
        {english.notes
          .filter((note) => noteApplies(note, profile))
          .map((note) => (
            <p key={note.text} className={`callout callout-${note.tone}`}>
              {note.text}
            </p>
          ))}
        <ol>
          {items.map((item) => (
            <li key={item.id} aria-current={item.id === current ? 'step' : undefined}>
              <strong>{item.label}</strong>
              {item.detail && <p>{item.detail}</p>}
            </li>
          ))}
        </ol>
      </div>
    </dialog>
  )
}
