import { useLingui } from '@lingui/react'
import { useApp } from './store-context'
import { nextTitle } from '../i18n/next-title'
import type { Titled } from '../i18n/next-title'
import { sayWith } from '../i18n/say'
import type { Sayable } from '../i18n/sayable'

/**
 * The one way a component says main's messages: in the language on screen, with section and item titles from the guide
 * in it; plain text (the renderer's own, already translated) stays as it is. useLingui re-renders the component when the
 * language changes, so what it shows is said again in the new one.
 */
export function useSay(): (text: Sayable) => string {
  const { i18n } = useLingui()
  const guide = useApp((s) => s.guide)
  return (text) => (typeof text === 'string' ? text : sayWith({ i18n, guide }, text))
}

// The next action's title (nextTitle), said as useSay says it, with the guide on screen.
export function useNextTitle(): (action: Titled) => string {
  const sayText = useSay()
  const guide = useApp((s) => s.guide)
  return (action) => nextTitle(sayText, guide, action)
}
