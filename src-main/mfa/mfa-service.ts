import { inner, say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { mfaOutcomes as outcome, mfaRefusals as refuse } from '../../src-shared/messages/mfa'
import type { Enrolment, MfaStatus, VerifyOutcome } from '../../src-shared/mfa-schema'
import type { Clock } from '../config/clock'
import { AppFailure } from '../errors'
import type { RecordService } from '../kit/record'
import type { MfaState, MfaStateFile } from './mfa-state'
import { cooldownSeconds, DISABLE_AFTER } from './throttle'
import type { Check } from './totp'
import type { Vault } from '../ports'
import { toQrDataUrl } from './qr'

// otplib is needed only once the practice starts, so it is not loaded with the rest of main at start-up.
const loadTotp = () => import('./totp')

export interface MfaService {
  status(): MfaStatus
  enrol(): Promise<Enrolment>
  reveal(): Promise<Enrolment>
  verify(code: string): Promise<VerifyOutcome>
  practisedNumberMatching(): MfaStatus
}

interface MfaDeps {
  state: MfaStateFile
  vault: Vault
  clock: Clock
  record: RecordService
  notify(status: MfaStatus): void
}

function messageFor(check: Check, issuer: string): Msg {
  switch (check.kind) {
    case 'accepted':
      return say(outcome.accepted)
    case 'replayed':
      return say(outcome.used)
    case 'drift':
      return say(check.seconds > 0 ? outcome.clockFast : outcome.clockSlow, { seconds: Math.abs(check.seconds), autoTime: inner(say(outcome.autoTime)) })
    case 'wrong':
      return say(outcome.wrong, { issuer })
  }
}

export function createMfaService({ state, vault, clock, record, notify }: MfaDeps): MfaService {
  let memoryKey: string | null = null
  let queue: Promise<unknown> = Promise.resolve()
  // Enrolment, reveal and verification run one at a time: two codes sent together cannot both pass the replay
  // check, and a check in flight cannot write back the key that a new enrolment has just retired.
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work)
    queue = run.catch(() => undefined)
    return run
  }
  const secondsLeft = (s: MfaState) => (s.cooldownUntil ? Math.max(0, Math.ceil((Date.parse(s.cooldownUntil) - clock.now().getTime()) / 1000)) : 0)
  // Enrolled only while the record's last enrolment is the one the key was made for (Start over begins again).
  const enrolment = () => {
    const key = state.read().enrolment
    return key !== null && key.event === record.state().mfa.enrolled?.hash ? key : null
  }
  const status = (): MfaStatus => {
    const s = state.read()
    const e = enrolment()
    const done = record.state().mfa
    return {
      enrolled: e !== null,
      enrolledAt: e ? (done.enrolled?.at ?? null) : null,
      storage: e ? done.storage : null,
      keyAvailable: e !== null && (e.sealed !== null || memoryKey !== null),
      verifiedAt: e ? (done.verified?.at ?? null) : null,
      consecutiveFailures: s.consecutiveFailures,
      cooldownSecondsLeft: secondsLeft(s),
      disabled: s.disabled,
      numberMatchingPractisedAt: done.numberMatching?.at ?? null,
    }
  }
  const save = (next: MfaState) => state.write(next)
  // Said once an operation has written both files, so the window never sees half of it.
  const announce = () => {
    const next = status()
    notify(next)
    return next
  }
  const currentKey = async (): Promise<string | null> => {
    const e = enrolment()
    if (!e) return null
    if (e.sealed === null) return memoryKey
    try {
      return await vault.decrypt(e.sealed)
    } catch {
      return null
    }
  }
  const view = async (secret: string): Promise<Enrolment> => {
    const totp = await loadTotp()
    return {
      qrDataUrl: await toQrDataUrl(totp.otpauthUri(secret)),
      keyGroups: totp.keyGroups(secret),
      issuer: totp.ISSUER,
      account: totp.ACCOUNT,
      status: status(),
    }
  }
  // Says why there is no key: never made, kept in memory by an earlier run, or not opened by the key store.
  const lost = () => {
    const e = enrolment()
    if (!e) return new AppFailure('not-allowed', say(refuse.noQrYet))
    if (e.sealed === null) return new AppFailure('not-allowed', say(refuse.keyForgotten))
    return new AppFailure('not-allowed', say(refuse.keyLocked))
  }

  return {
    status,
    enrol: () =>
      serially(async () => {
        const secret = (await loadTotp()).newSecret()
        let sealed: string | null = null
        if ((await vault.protection()) === 'encrypted') sealed = await vault.encrypt(secret).catch(() => null)
        const storage = sealed === null ? 'memory-only' : 'encrypted'
        // The record first: the enrolment and its time are facts of the ledger alone. The key then names that event, so
        // if mfa.json cannot be written the record shows an enrolment with no key (enrol again), never a wrong pair.
        const { headHash } = record.commit({ type: 'mfa-enrolled', data: { storage } })
        // A new key retires the old one; the cooldown stays, so enrolling again is no way round it.
        save({ ...state.read(), enrolment: { event: headHash, sealed }, lastAcceptedStep: null, consecutiveFailures: 0, disabled: false })
        memoryKey = sealed === null ? secret : null
        announce()
        return view(secret)
      }),
    reveal: () =>
      serially(async () => {
        const secret = await currentKey()
        if (!secret) throw lost()
        return view(secret)
      }),
    verify: (code) =>
      serially(async () => {
        const s = state.read()
        if (!enrolment()) throw new AppFailure('not-allowed', say(refuse.enrolFirst))
        if (s.disabled) throw new AppFailure('not-allowed', say(refuse.switchedOff, { count: DISABLE_AFTER }))
        const wait = secondsLeft(s)
        if (wait > 0) throw new AppFailure('not-allowed', say(refuse.coolingDown, { seconds: wait }))
        const secret = await currentKey()
        if (!secret) throw lost()
        const { checkCode, ISSUER } = await loadTotp()
        // Read again after the await, so a change made meanwhile (number matching) is never written over.
        const fresh = state.read()
        const now = clock.now()
        const check = checkCode(secret, code, Math.floor(now.getTime() / 1000), fresh.lastAcceptedStep)
        if (check.kind === 'accepted') {
          save({ ...fresh, lastAcceptedStep: check.timeStep, consecutiveFailures: 0, cooldownUntil: null })
          record.commit({ type: 'mfa-verified', data: {} })
          return { result: 'accepted', message: messageFor(check, ISSUER), driftSeconds: null, status: announce() }
        }
        const failures = fresh.consecutiveFailures + 1
        const cooldown = cooldownSeconds(failures)
        save({
          ...fresh,
          consecutiveFailures: failures,
          cooldownUntil: cooldown > 0 ? new Date(now.getTime() + cooldown * 1000).toISOString() : fresh.cooldownUntil,
          disabled: failures >= DISABLE_AFTER,
        })
        if (check.kind === 'drift') record.commit({ type: 'mfa-drift-seen', data: { seconds: check.seconds } })
        const found = messageFor(check, ISSUER)
        return {
          result: check.kind,
          message: cooldown > 0 ? say(outcome.thenWait, { outcome: inner(found), seconds: cooldown }) : found,
          driftSeconds: check.kind === 'drift' ? check.seconds : null,
          status: announce(),
        }
      }),
    practisedNumberMatching() {
      record.commit({ type: 'number-matching-practised', data: {} })
      return announce()
    },
  }
}
