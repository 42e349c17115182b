import { Trans, useLingui } from '@lingui/react/macro'
import { head } from '../state/app-store'
import { useMemo } from 'react'
import { z } from 'zod'
import { calendarDate } from '../../../src-shared/fields'
import { humanDate } from '../format'
import { Field } from '../forms/field'
import { useForm } from '../forms/use-form'
import { useFieldSay } from '../i18n/field-say'
import { useApp } from '../state/store-context'
import { ToolForm } from '../forms/tool-form'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../i18n/sayable'
import { buttonWords } from '../words/task-buttons'
import './email-received.css'

// R9: Step 1 ends when the registration email arrives; its date may start the deadlines.
export function EmailReceived() {
  const receivedOn = useApp((s) => s.snapshot?.request.registrationEmailOn ?? null)
  const today = useApp((s) => s.snapshot?.today ?? '')
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  const { i18n, t } = useLingui()
  const say = useFieldSay()
  const schema = useMemo(
    () =>
      z.object({
        on: calendarDate('registration-email-date', say).refine(
          (d) => d <= today,
          t`The date the registration email arrived is in the future. Enter the day it really arrived.`,
        ),
      }),
    [today, say, t],
  )
  const form = useForm(schema, { on: receivedOn ?? '' })
  const save = async () => {
    const parsed = form.submit()
    if (!parsed) return
    // A day, written when the notice is drawn in the language then on screen.
    const on = { day: parsed.on }
    await run((api) => api.request.emailReceived({ on: parsed.on }), { done: ownMsg(msg`Saved: registration email received on ${on}.`), reached: head })
  }
  const arrived = receivedOn ? humanDate(receivedOn) : null
  return (
    <ToolForm labelledBy="received-title" onSubmit={save}>
      <h2 id="received-title">
        <Trans>Has the registration email arrived?</Trans>
      </h2>
      {arrived && (
        <p className="done-line">
          <Trans>Recorded: it arrived on {arrived}.</Trans>
        </p>
      )}
      <Field {...form.field('on')} type="date" max={today} label={t`Date the registration email arrived`} />
      <button type="submit" className="button primary" disabled={pending}>
        {i18n._(buttonWords.recordEmail)}
      </button>
    </ToolForm>
  )
}
