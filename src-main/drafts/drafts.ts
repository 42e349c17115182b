import { z } from 'zod'
import { DraftValuesSchema, draftFieldsOf } from '../../src-shared/draft-schema'
import type { DraftForm, DraftValues } from '../../src-shared/draft-schema'
import { say } from '../../src-shared/message'
import { storageFailures } from '../../src-shared/messages/storage'
import { AppFailure } from '../errors'
import { openOrSetAside, setAsideUnlessEmpty } from '../storage/quarantine'
import type { OpenStore } from '../storage/store-port'

const DraftsFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  forms: z.strictObject({ request: DraftValuesSchema.optional(), registration: DraftValuesSchema.optional() }),
})
type DraftsFile = z.infer<typeof DraftsFileSchema>

export interface Drafts {
  load(form: DraftForm): DraftValues
  /** Keeps what was typed; empty values remove the draft. Resolves to whether a draft is kept now. */
  save(form: DraftForm, values: DraftValues): boolean
  clear(form: DraftForm): void
  clearAll(): void
}

const empty = (): DraftsFile => ({ schemaVersion: 1, forms: {} })

// Unsaved form values, beside the record and never in it: they are not something the user did. A damaged file is moved
// aside like the ledger, and the forms start empty again; nothing else depends on it.
export function openDrafts(openStore: OpenStore, dir: string, now: Date): Drafts {
  const store = openOrSetAside(openStore, dir, 'drafts', now)
  const raw = store.read()
  const parsed = DraftsFileSchema.safeParse(raw)
  let file: DraftsFile = parsed.success ? parsed.data : empty()
  if (!parsed.success) setAsideUnlessEmpty(store, raw, now)

  const write = (next: DraftsFile) => {
    try {
      store.write(next)
    } catch {
      throw new AppFailure('storage-failed', say(storageFailures.draftNotKept))
    }
    file = next
  }
  const without = (form: DraftForm): DraftsFile => {
    const { [form]: _dropped, ...rest } = file.forms
    return { ...file, forms: rest }
  }

  return {
    load: (form) => ({ ...file.forms[form] }),
    save(form, values) {
      const fields = draftFieldsOf(form)
      if (Object.keys(values).some((key) => !fields.includes(key))) {
        throw new AppFailure('bad-input', say(storageFailures.draftFieldsUnknown))
      }
      const kept = Object.keys(values).length > 0
      if (!kept && file.forms[form] === undefined) return false
      write(kept ? { ...file, forms: { ...file.forms, [form]: values } } : without(form))
      return kept
    },
    clear(form) {
      if (file.forms[form] !== undefined) write(without(form))
    },
    clearAll() {
      if (Object.keys(file.forms).length > 0) write(empty())
    },
  }
}
