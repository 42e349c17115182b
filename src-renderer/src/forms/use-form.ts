import { useCallback, useMemo, useState } from 'react'
import type { z } from 'zod'

export type Errors = Record<string, string>

// Live checking with the same zod rules main uses: errors show once a field is touched or on submit.
export function useForm<S extends z.ZodType>(schema: S, initial: Record<string, string>) {
  const [values, setValues] = useState(initial)
  const [touched, setTouched] = useState<Record<string, boolean>>({})
  const [submitted, setSubmitted] = useState(false)
  const result = useMemo(() => schema.safeParse(values), [schema, values])
  const errors = useMemo(() => {
    const out: Errors = {}
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? '')
        out[key] ??= issue.message
      }
    }
    return out
  }, [result])
  const visible = (name: string) => (submitted || touched[name] ? errors[name] : undefined)
  // The same functions every render, so a Field whose own value and error did not change is not drawn again.
  const set = useCallback((name: string, value: string) => setValues((v) => ({ ...v, [name]: value })), [])
  const touch = useCallback((name: string) => setTouched((t) => (t[name] ? t : { ...t, [name]: true })), [])
  return {
    values,
    set,
    touch,
    error: visible,
    /** What one Field shows and how it changes the form, as plain props: `<Field {...form.field('orgEmail')} … />`. */
    field: (name: string): FieldState => ({ name, value: values[name] ?? '', error: visible(name), onValue: set, onTouch: touch }),
    parsed: result.success ? (result.data as z.output<S>) : null,
    // Marks the form submitted so every error shows; returns the parsed value or null.
    submit: (): z.output<S> | null => {
      setSubmitted(true)
      return result.success ? (result.data as z.output<S>) : null
    },
    reset: (next: Record<string, string>) => {
      setValues(next)
      setTouched({})
      setSubmitted(false)
    },
  }
}

export type Form = ReturnType<typeof useForm>

export interface FieldState {
  name: string
  value: string
  error: string | undefined
  onValue(name: string, value: string): void
  onTouch(name: string): void
}
