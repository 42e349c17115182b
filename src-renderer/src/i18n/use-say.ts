import { useLingui } from '@lingui/react'
import { useApp } from '../state/store-context'
import type { SayContext } from './say'

// What main's progress messages need to be said on screen: the language on screen and the guide in it.
// A component that uses it re-renders when the language changes.
export function useSayContext(): SayContext {
  const { i18n } = useLingui()
  const guide = useApp((s) => s.guide)
  return { i18n, guide }
}
