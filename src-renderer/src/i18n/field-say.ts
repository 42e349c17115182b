import { useLingui } from '@lingui/react'
import { useMemo } from 'react'
import type { Say } from '../../../src-shared/messages/fields'

// The form checks' texts (src-shared/messages/fields.ts) in the language on screen. A new language gives a new Say,
// so a form built with it checks again and shows its errors in that language.
export function useFieldSay(): Say {
  const { _ } = useLingui()
  return useMemo(() => {
    const say: Say = (text, values) =>
      _({
        id: text.id,
        message: text.message,
        values: values && Object.fromEntries(Object.entries(values).map(([key, v]) => [key, typeof v === 'object' ? say(v) : v])),
      })
    return say
  }, [_])
}
