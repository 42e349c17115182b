import { create } from 'zustand'
import type { BridgeApi } from '../../../src-shared/bridge'
import type { AppInfo, EventPayload, Head, SettingsView } from '../../../src-shared/contract'
import type { DraftForm, DraftValues } from '../../../src-shared/draft-schema'
import type { Guide } from '../../../src-shared/guide-schema'
import type { ChosenLanguage, Language } from '../../../src-shared/languages'
import type { Msg } from '../../../src-shared/message'
import { ipc } from '../../../src-shared/messages/ipc'
import type { MfaStatus } from '../../../src-shared/mfa-schema'
import type { Result } from '../../../src-shared/result'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { activateLanguage } from '../i18n/catalogs'
import { sameWhereEqual } from './same-where-equal'

export type Phase = 'loading' | 'ready' | 'failed'
export type View = 'checklist' | 'guide'
/** Said once per launch: the steps with their times for a first-time user, or where a returning user was. */
export type Welcome = 'first' | 'back' | null
/**
 * `path`: a file the app just saved, offered with "Show in folder". `text` is a message (main's, or the renderer's own
 * kept with ownMsg), said when drawn, so a notice follows a language switch.
 */
export type Notice = { tone: 'status' | 'error'; text: Msg; path?: string }

export interface Outcome<T> {
  /** What to tell the user once it worked; null clears the notice; left out, a background read keeps what is said. */
  done?: Msg | ((value: T) => Notice | Msg | null)
  /** The parts of the state the answer replaces, such as the MFA rehearsal's new status. */
  keep?: (value: T) => Partial<Pick<AppState, 'mfa' | 'mfaCooldownUntil'>>
  /**
   * For a command that changes the record: where its answer says the record now stands. The snapshot itself comes only
   * in the `ledger:changed` push, which main sends before the answer; `done` is said once the store shows that head.
   */
  reached?: (value: T) => Head
  /**
   * A call the user did not ask for (a draft kept while typing, the user's screen loading in the helpdesk guide): the
   * window is not marked pending, so no button is disabled under the user's hands.
   */
  background?: boolean
  /**
   * Where a failure is said, when not in the notice region: a tool with its own status area (the practice code box,
   * the number-matching rehearsal, the bundle reader) says it there, beside where the user acted.
   */
  failed?: (message: Msg) => void
}

// For calls whose answer is the record's new head, or the MFA rehearsal's new status.
export const head = (value: Head): Head => value
// No cooldown is no deadline: "now" as the deadline read as one second still to wait (and the button off) until the
// countdown's next tick, right after every code checked.
export const keepMfa = (mfa: MfaStatus) => ({ mfa, mfaCooldownUntil: mfa.cooldownSecondsLeft > 0 ? Date.now() + mfa.cooldownSecondsLeft * 1000 : 0 })

export type MenuItem = EventPayload<'app:menu-chosen'>['item']

export interface AppState {
  phase: Phase
  /** Why the app could not start: main's message, said in the user's language by the failure screen. */
  failure: Msg | null
  info: AppInfo | null
  settings: SettingsView | null
  guide: Guide | null
  snapshot: Snapshot | null
  mfa: MfaStatus | null
  /** Local time (ms) when the MFA cooldown ends, worked out when main's status arrives. */
  mfaCooldownUntil: number
  selectedId: string | null
  /** The step's whole page ("See all of Step 3") instead of its current task. */
  overview: boolean
  welcome: Welcome
  view: View
  /** The language on screen, and the ones the administrator offers; a preference, not part of the record. */
  language: ChosenLanguage
  offeredLanguages: Language[]
  pending: boolean
  notice: Notice | null
  /** What was typed into each form and not saved: read in the start-up wave, kept here as the user types. */
  drafts: Record<DraftForm, DraftValues>
  /** Why the drafts could not be read, said once when a form that keeps one is shown. */
  draftsProblem: Msg | null
  init(): Promise<void>
  /** Takes main's pushes (the record, the MFA rehearsal) into the store, and hands menu choices to `onMenu`; returns the way to stop. */
  listen(onMenu: (item: MenuItem) => void): () => void
  refresh(): Promise<void>
  select(sectionId: string): void
  /** Goes on to the next task's step by itself, keeping what was just said about the last one. */
  follow(sectionId: string): void
  setOverview(overview: boolean): void
  dismissWelcome(): void
  setView(view: View): void
  /** Switches the whole window at once; what is typed and the progress stay as they are. */
  chooseLanguage(language: ChosenLanguage): Promise<void>
  say(notice: Notice | null): void
  /** The form's draft as now typed (sent to main by the form); an empty one once the form is saved. */
  keepDraft(form: DraftForm, values: DraftValues): void
  /**
   * The one way the window asks main for anything (lint refuses any other use of the bridge): marks it pending, shows
   * the failure in main's own words, and only on success shows `done` and passes the value on. Resolves to the value,
   * or null when it failed.
   */
  run<T>(call: (api: BridgeApi) => Promise<Result<T>>, outcome?: Outcome<T>): Promise<T | null>
  /**
   * Resolves true once the store shows the record at `head`: at once when its push has come, else after reading it.
   * False when the read failed too: the change is saved in main, but this window does not show it.
   */
  reach(head: Head): Promise<boolean>
  /** A snapshot from main (the push, or a read); parts equal to what is shown stay the same objects, so only what changed re-renders. */
  receive(snapshot: Snapshot): void
  receiveMfa(status: MfaStatus): void
}

// Built by hand, not with say(): message.ts brings zod, which the first screen does not load.
const UNREACHABLE: Msg = { id: ipc.unreachable.id! }

export interface StoreOptions {
  /** Called as soon as the guide and the snapshot arrive, before the first screen: starts loading what it will show. */
  preloadFor?: (guide: Guide, snapshot: Snapshot) => void
}

// The renderer never decides progress: it shows the snapshot main sends and asks main to change it.
export function createAppStore(api: BridgeApi, { preloadFor }: StoreOptions = {}) {
  // The bridge is held here and reached only through run() (and the start-up reads and pushes below).
  return create<AppState>()((set, get) => ({
    phase: 'loading',
    failure: null,
    info: null,
    settings: null,
    guide: null,
    snapshot: null,
    mfa: null,
    mfaCooldownUntil: 0,
    selectedId: null,
    overview: false,
    welcome: null,
    view: 'checklist',
    language: 'en',
    offeredLanguages: ['en'],
    pending: false,
    notice: null,
    drafts: { request: {}, registration: {} },
    draftsProblem: null,
    async init() {
      // One wave: every start-up read goes out at once, the optional MFA status and the forms' drafts with the rest.
      const guideRead = api.guide.definition()
      const snapshotRead = api.ledger.snapshot()
      // The current step's tool starts loading as soon as the guide and the snapshot say which it is, beside the rest.
      void Promise.all([guideRead, snapshotRead])
        .then(([g, s]) => {
          if (g.ok && s.ok) preloadFor?.(g.value, s.value)
        })
        .catch(() => undefined)
      let replies
      try {
        replies = await Promise.all([
          api.app.info(),
          api.config.current(),
          guideRead,
          snapshotRead,
          api.mfa.status(),
          api.language.current(),
          api.drafts.load({ form: 'request' }),
          api.drafts.load({ form: 'registration' }),
        ])
      } catch {
        return set({ phase: 'failed', failure: UNREACHABLE })
      }
      const [info, settings, guide, snapshot, mfa, language, requestDraft, registrationDraft] = replies
      for (const r of [info, settings, guide, snapshot]) {
        // The settings are kept if they came, so the failure screen can still name the helpdesk.
        if (!r.ok) return set({ phase: 'failed', failure: r.error.message, settings: settings.ok ? settings.value : null })
      }
      if (!info.ok || !settings.ok || !guide.ok || !snapshot.ok) return
      // The MFA rehearsal is optional: if it cannot start, the rest of the checklist still works.
      if (mfa.ok) get().receiveMfa(mfa.value)
      // So are the drafts: a form that cannot read its draft starts empty, and says why.
      const draftsProblem = [requestDraft, registrationDraft].find((r) => !r.ok)
      set({
        drafts: { request: requestDraft.ok ? requestDraft.value : {}, registration: registrationDraft.ok ? registrationDraft.value : {} },
        draftsProblem: draftsProblem && !draftsProblem.ok ? draftsProblem.error.message : null,
      })
      // The first screen is drawn in the user's language, never English first and then another.
      if (language.ok) {
        await activateLanguage(language.value.language).catch(() => undefined)
        set({ language: language.value.language, offeredLanguages: language.value.offered })
      }
      set({
        phase: 'ready',
        info: info.value,
        settings: settings.value,
        guide: guide.value,
        snapshot: snapshot.value,
        welcome: snapshot.value.eventCount > 0 ? 'back' : 'first',
        selectedId: snapshot.value.currentSectionId ?? guide.value.sections[0]?.id ?? null,
      })
    },
    listen(onMenu) {
      const off = [api.ledger.onChanged(get().receive), api.mfa.onChanged(get().receiveMfa), api.app.onMenuChosen(({ item }) => onMenu(item))]
      return () => off.forEach((stop) => stop())
    },
    async refresh() {
      // A read that fails leaves the screen as it is; the next push or refresh brings it up to date.
      const result = await api.ledger.snapshot().catch(() => null)
      if (result?.ok) get().receive(result.value)
    },
    select(sectionId) {
      if (get().guide?.sections.some((s) => s.id === sectionId)) set({ selectedId: sectionId, view: 'checklist', overview: false, welcome: null, notice: null })
    },
    follow(sectionId) {
      set({ selectedId: sectionId, overview: false })
    },
    setOverview(overview) {
      set({ overview, notice: null })
    },
    dismissWelcome() {
      set({ welcome: null })
    },
    setView(view) {
      set({ view, notice: null })
    },
    async chooseLanguage(language) {
      const chosen = await get().run((a) => a.language.choose({ language }))
      if (!chosen) return
      await activateLanguage(chosen.language)
      // The guide's texts come from main in the language it now keeps.
      const guide = await api.guide.definition()
      set({ language: chosen.language, offeredLanguages: chosen.offered, ...(guide.ok ? { guide: guide.value } : {}) })
      // The status code says the language too, so the helpdesk can name the user's buttons.
      await get().refresh()
    },
    say(notice) {
      set({ notice })
    },
    keepDraft(form, values) {
      set({ drafts: { ...get().drafts, [form]: values } })
    },
    async run(call, outcome = {}) {
      // A background call leaves `pending` to the user's own calls, before and after it.
      const settle = (state: Partial<AppState>) => set(outcome.background ? state : { pending: false, ...state })
      const failed = (message: Msg) => {
        if (outcome.failed) {
          settle({})
          outcome.failed(message)
        } else settle({ notice: { tone: 'error', text: message } })
        return null
      }
      if (!outcome.background) set({ pending: true })
      let result
      try {
        result = await call(api)
      } catch {
        result = { ok: false as const, error: { code: 'internal' as const, message: UNREACHABLE } }
      }
      if (!result.ok) return failed(result.error.message)
      const reached = outcome.reached?.(result.value)
      // Saved in main, but not shown here: say the window lost touch rather than "Saved" over the old record.
      if (reached && !(await get().reach(reached))) return failed(UNREACHABLE)
      const said = typeof outcome.done === 'function' ? outcome.done(result.value) : (outcome.done ?? null)
      const notice = said === null ? null : 'tone' in said ? said : { tone: 'status' as const, text: said }
      // Only a result said to the user is an action of theirs: a background read (a list loading) leaves the welcome.
      settle({ ...(outcome.done === undefined ? {} : { notice, welcome: null }), ...(outcome.keep?.(result.value) ?? {}) })
      return result.value
    },
    async reach(head) {
      // The record only grows (start over begins a new one), so a later head shown means this one was reached too.
      const shows = () => {
        const shown = get().snapshot
        return !!shown && (shown.headHash === head.headHash || shown.eventCount > head.eventCount)
      }
      if (shows()) return true
      // Electron delivers the push before the answer (one ordered channel), so this read is only a safety net.
      await get().refresh()
      return shows()
    },
    receive(snapshot) {
      const shown = get().snapshot
      const next = sameWhereEqual(shown, snapshot)
      if (next !== shown) set({ snapshot: next })
    },
    receiveMfa(mfa) {
      set(keepMfa(mfa))
    },
  }))
}

export type AppStore = ReturnType<typeof createAppStore>
