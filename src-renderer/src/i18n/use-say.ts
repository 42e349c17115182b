import { useLingui } from '@lingui/react'
import { useApp } from '../state/store-context'
import { sayWith } from './say'
import type { Sayable } from './sayable'

/**
 * Formats main's messages in the language on screen, with section and item titles from the guide; plain text stays as it
 * is. useLingui re-renders the component when the language changes, so what it shows is said again in the new one.
 */
export function useSay(): (text: Sayable) => string {
  const { i18n } = useLingui()
  const guide = useApp((s) => s.guide)
  return (text) => (typeof text === 'string' ? text : sayWith({ i18n, guide }, text))
}
