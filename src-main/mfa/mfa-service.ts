import type { Enrolment, MfaStatus, VerifyOutcome } from '../../src-shared/mfa-schema'
import type { Clock } from '../config/clock'
import { AppFailure } from '../errors'
import type { RecordService } from '../registry/record'
import type { MfaState, MfaStateFile } from './mfa-state'
import { cooldownSeconds, DISABLE_AFTER } from './throttle'
import type { Check } from './totp'
import type { Vault } from './vault-port'
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

export interface MfaDeps {
  state: MfaStateFile
  vault: Vault
  clock: Clock
  record: RecordService
  notify(status: MfaStatus): void
}

const AUTO_TIME =
  'Turn on automatic time. Android: Settings > System > Date & time > Set time automatically. iPhone: Settings > General > Date & Time > Set Automatically. Then type a new code.'

function messageFor(check: Check, issuer: string): string {
  switch (check.kind) {
    case 'accepted':
      return 'Code accepted. Microsoft Authenticator and your phone’s clock are set up correctly.'
    case 'replayed':
      return 'That code was already used. Wait for Microsoft Authenticator to show a new code (it changes every 30 seconds), then type the new one.'
    case 'drift':
      return `That code is for a different time: your phone’s clock is about ${Math.abs(check.seconds)} seconds ${check.seconds > 0 ? 'fast' : 'slow'}. ${AUTO_TIME}`
    case 'wrong':
      return `That code is not right. Check that you are reading the “${issuer}” entry and type the code it shows now.`
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
  // Enrolled only while the record says so (Start over begins again) and a key was made for it.
  const enrolment = () => (record.state().mfa.enrolled ? state.read().enrolment : null)
  const status = (): MfaStatus => {
    const s = state.read()
    const e = enrolment()
    const done = record.state().mfa
    return {
      enrolled: e !== null,
      enrolledAt: e?.createdAt ?? null,
      storage: e?.storage ?? null,
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
    if (!e) return new AppFailure('not-allowed', 'There is no practice QR code yet. Create a practice QR code first.')
    if (e.sealed === null) {
      return new AppFailure(
        'not-allowed',
        'The practice key is no longer available: it was kept in memory only, and the app has restarted since. Create a new practice QR code.',
      )
    }
    return new AppFailure('not-allowed', 'Your computer’s key store could not open the practice key. Create a new practice QR code.')
  }

  return {
    status,
    enrol: () =>
      serially(async () => {
        const secret = (await loadTotp()).newSecret()
        let sealed: string | null = null
        if ((await vault.protection()) === 'encrypted') sealed = await vault.encrypt(secret).catch(() => null)
        memoryKey = sealed === null ? secret : null
        const storage = sealed === null ? 'memory-only' : 'encrypted'
        const s = state.read()
        // A new key retires the old one; the cooldown stays, so enrolling again is no way round it.
        save({ ...s, enrolment: { createdAt: clock.now().toISOString(), storage, sealed }, lastAcceptedStep: null, consecutiveFailures: 0, disabled: false })
        record.commit({ type: 'mfa-enrolled', data: { storage } })
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
        if (!enrolment()) throw new AppFailure('not-allowed', 'Create a practice QR code and add it to Microsoft Authenticator first. Nothing was checked.')
        if (s.disabled) {
          throw new AppFailure(
            'not-allowed',
            `The rehearsal is switched off after ${DISABLE_AFTER} wrong codes in a row. Create a new practice QR code to start again.`,
          )
        }
        const wait = secondsLeft(s)
        if (wait > 0) throw new AppFailure('not-allowed', `Too many wrong codes in a row. Wait ${wait} seconds, then try a new code. Nothing was checked.`)
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
        const pause = cooldown > 0 ? ` Too many wrong codes in a row: wait ${cooldown} seconds before the next try.` : ''
        return {
          result: check.kind,
          message: `${messageFor(check, ISSUER)}${pause}`,
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
