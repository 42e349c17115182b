import { z } from 'zod'
import type { Score } from './strength'

// The page's side of the strength worker (strength.worker.ts). One worker, made on the first keystroke in Step 5 (never
// on opening it), asked by message, and ended when the user leaves the step. The worker belongs to the page: what is
// typed goes only to it.

/** What the page needs of a Worker; a fake one in the unit tests. */
export interface WorkerLike {
  postMessage(message: unknown): void
  terminate(): void
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
  addEventListener(type: 'error', listener: (event: unknown) => void): void
}

// Every answer is parsed before it is believed (the project's rule: every input through zod).
const AnswerSchema = z.union([
  z.strictObject({
    id: z.number().int().nonnegative(),
    isCommon: z.boolean(),
    score: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    warning: z.string().max(64).nullable(),
  }),
  z.strictObject({ id: z.number().int().nonnegative(), failed: z.literal(true) }),
])

/** The estimate for one password; `password` is the one it was asked for, so the screen never shows it for another. */
export interface Estimate {
  password: string
  isCommon: boolean
  score: Score
  warning: string | null
}

export interface StrengthListener {
  estimate(estimate: Estimate): void
  /** The worker did not load, or could not answer: the rules still work, the strength is not shown. */
  failed(): void
}

export class StrengthClient {
  private worker: WorkerLike | null = null
  private latest: { id: number; password: string } | null = null
  private nextId = 0
  private broken = false

  constructor(
    private readonly listener: StrengthListener,
    private readonly make: () => WorkerLike,
  ) {}

  /** Makes the worker, once: on the first keystroke, so it loads while the user types. */
  start(): void {
    if (this.worker || this.broken) return
    try {
      const worker = this.make()
      worker.addEventListener('message', (event) => this.receive(worker, event.data))
      worker.addEventListener('error', () => this.fail(worker))
      this.worker = worker
    } catch {
      this.broken = true
      this.listener.failed()
    }
  }

  /** Asks for the estimate of `password`; any answer still on its way for an older one is ignored when it comes. */
  check(password: string, userInputs: readonly string[]): void {
    this.start()
    if (!this.worker) return
    this.latest = { id: this.nextId++, password }
    this.worker.postMessage({ id: this.latest.id, password, userInputs: [...userInputs] })
  }

  /** Ends the worker and forgets the password it was asked about (the user left Step 5). */
  close(): void {
    this.worker?.terminate()
    this.worker = null
    this.latest = null
  }

  private receive(from: WorkerLike, data: unknown): void {
    if (from !== this.worker) return
    const parsed = AnswerSchema.safeParse(data)
    if (!parsed.success) return this.fail(from)
    const answer = parsed.data
    if (!this.latest || answer.id !== this.latest.id) return
    if ('failed' in answer) return this.fail(from)
    this.listener.estimate({ password: this.latest.password, isCommon: answer.isCommon, score: answer.score, warning: answer.warning })
  }

  private fail(from: WorkerLike): void {
    if (from !== this.worker) return
    this.close()
    this.broken = true
    this.listener.failed()
  }
}
