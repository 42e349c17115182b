import { create } from 'zustand'
import type { BridgeApi } from '../../../src-shared/bridge'
import type { AppInfo } from '../../../src-shared/contract'
import type { Guide } from '../../../src-shared/guide-schema'
import type { Result } from '../../../src-shared/result'
import type { Snapshot } from '../../../src-shared/snapshot-schema'

export type Phase = 'loading' | 'ready' | 'failed'

export interface AppState {
  phase: Phase
  failure: string | null
  info: AppInfo | null
  guide: Guide | null
  snapshot: Snapshot | null
  selectedId: string | null
  pending: boolean
  notice: { tone: 'status' | 'error'; text: string } | null
  init(): Promise<void>
  select(sectionId: string): void
  toggle(sectionId: string, itemId: string, done: boolean): Promise<void>
  acknowledgeRecovery(): Promise<void>
  receive(snapshot: Snapshot): void
}

// The renderer never decides progress: it shows the snapshot main sends and asks main to change it.
export function createAppStore(api: BridgeApi) {
  return create<AppState>()((set, get) => {
    const apply = (result: Result<Snapshot>, saved: string | null) => {
      if (result.ok) set({ snapshot: result.value, pending: false, notice: saved ? { tone: 'status', text: saved } : null })
      else set({ pending: false, notice: { tone: 'error', text: result.error.message } })
    }
    return {
      phase: 'loading',
      failure: null,
      info: null,
      guide: null,
      snapshot: null,
      selectedId: null,
      pending: false,
      notice: null,
      async init() {
        const [info, guide, snapshot] = await Promise.all([api.app.info(), api.guide.definition(), api.ledger.snapshot()])
        const failed = [info, guide, snapshot].find((r) => !r.ok)
        if (failed && !failed.ok) {
          set({ phase: 'failed', failure: failed.error.message })
          return
        }
        if (!info.ok || !guide.ok || !snapshot.ok) return
        set({
          phase: 'ready',
          info: info.value,
          guide: guide.value,
          snapshot: snapshot.value,
          selectedId: snapshot.value.currentSectionId ?? guide.value.sections[0]?.id ?? null,
        })
      },
      select(sectionId) {
        if (get().guide?.sections.some((s) => s.id === sectionId)) set({ selectedId: sectionId, notice: null })
      },
      async toggle(sectionId, itemId, done) {
        set({ pending: true })
        apply(await api.ledger.record({ sectionId, itemId, done }), done ? 'Saved: marked as done.' : 'Saved: marked as not done.')
      },
      async acknowledgeRecovery() {
        set({ pending: true })
        const result = await api.ledger.acknowledgeRecovery()
        apply(result, null)
        if (result.ok) set({ selectedId: result.value.currentSectionId ?? get().selectedId })
      },
      receive(snapshot) {
        set({ snapshot })
      },
    }
  })
}

export type AppStore = ReturnType<typeof createAppStore>
