import { Trans } from '@lingui/react/macro'

// What a part loaded on demand (on-demand.ts) shows in its place for the moment its file is still coming.

/** In a step's or a task's tool slot. */
export function ToolWaiting() {
  return (
    <p className="tool">
      <Trans>Loading…</Trans>
    </p>
  )
}

/** In place of the whole page, while the helpdesk guide loads. */
export function GuideWaiting() {
  return (
    <main id="main" className="centered" aria-busy="true">
      <p>
        <Trans>Loading the helpdesk guide…</Trans>
      </p>
    </main>
  )
}
