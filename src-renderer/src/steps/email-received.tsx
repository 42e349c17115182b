import { keepSnapshot } from '../state/app-store'
import { useMemo } from 'react'
import { z } from 'zod'
import { calendarDate } from '../../../src-shared/fields'
import { humanDate } from '../format'
import { Field } from '../forms/field'
import { useForm } from '../forms/use-form'
import { useApp } from '../state/store-context'
import { ToolForm } from '../forms/tool-form'

const FIELD = 'date the registration email arrived'

// R9: Step 1 ends when the registration email arrives; its date may start the deadlines.
export function EmailReceived() {
  const receivedOn = useApp((s) => s.snapshot?.request.registrationEmailOn ?? null)
  const today = useApp((s) => s.snapshot?.today ?? '')
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  const schema = useMemo(
    () =>
      z.object({
        on: calendarDate(FIELD).refine((d) => d <= today, `The ${FIELD} is in the future. Enter the day it actually arrived.`),
      }),
    [today],
  )
  const form = useForm(schema, { on: receivedOn ?? '' })
  const save = async () => {
    const parsed = form.submit()
    if (parsed)
      await run((api) => api.request.emailReceived({ on: parsed.on }), {
        done: `Saved: registration email received on ${humanDate(parsed.on)}.`,
        keep: keepSnapshot,
      })
  }
  return (
    <ToolForm labelledBy="received-title" onSubmit={save}>
      <h2 id="received-title">Has the registration email arrived?</h2>
      {receivedOn && <p className="done-line">Recorded: it arrived on {humanDate(receivedOn)}.</p>}
      <Field form={form} name="on" type="date" max={today} label="Date the registration email arrived" />
      <button type="submit" className="button primary" disabled={pending}>
        Record the registration email
      </button>
    </ToolForm>
  )
}
