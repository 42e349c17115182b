import { describe, expect, it } from 'vitest'
import { StrengthClient } from '../../../../../src-renderer/src/steps/password/strength-client'
import type { Estimate, WorkerLike } from '../../../../../src-renderer/src/steps/password/strength-client'
import { answer, readRequest } from '../../../../../src-renderer/src/steps/password/strength-estimator'

// A stand-in for the Worker: it keeps what the page posts, and the test answers (or fails) when it likes.
class FakeWorker implements WorkerLike {
  posted: unknown[] = []
  terminated = false
  private listeners: Record<'message' | 'error', ((e: { data: unknown }) => void)[]> = { message: [], error: [] }
  postMessage(message: unknown) {
    this.posted.push(message)
  }
  terminate() {
    this.terminated = true
  }
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
  addEventListener(type: 'error', listener: (event: unknown) => void): void
  addEventListener(type: 'message' | 'error', listener: (event: { data: unknown }) => void) {
    this.listeners[type].push(listener)
  }
  reply(data: unknown) {
    for (const l of this.listeners.message) l({ data })
  }
  // Answers a request the way the real worker does, with the real estimator.
  answerPosted(index: number) {
    const request = readRequest(this.posted[index])
    if (!request) throw new Error('the page posted something the worker would not read')
    this.reply(answer(request))
  }
  crash() {
    for (const l of this.listeners.error) l({ data: undefined })
  }
}

function setUp() {
  const made: FakeWorker[] = []
  const estimates: Estimate[] = []
  let failures = 0
  const client = new StrengthClient({ estimate: (e) => estimates.push(e), failed: () => failures++ }, () => {
    const w = new FakeWorker()
    made.push(w)
    return w
  })
  return { client, made, estimates, failures: () => failures }
}

describe('the page side of the strength worker', () => {
  it('makes no worker until the first keystroke, then one worker only', () => {
    const { client, made } = setUp()
    expect(made).toHaveLength(0)
    client.start()
    client.check('a', [])
    client.check('ab', [])
    expect(made).toHaveLength(1)
    expect(made[0]!.posted).toEqual([
      { id: 0, password: 'a', userInputs: [] },
      { id: 1, password: 'ab', userInputs: [] },
    ])
  })

  it('ignores an answer for an older password, and shows the one for the password in the box', () => {
    const { client, made, estimates } = setUp()
    client.check('password', ['techpass'])
    client.check('harbour lantern violet 42', ['techpass'])
    const worker = made[0]!
    worker.answerPosted(0)
    expect(estimates).toEqual([])
    worker.answerPosted(1)
    expect(estimates).toEqual([{ password: 'harbour lantern violet 42', isCommon: false, score: 4, warning: null }])
  })

  it('gives the common-password verdict and the estimator’s warning from the worker', () => {
    const { client, made, estimates } = setUp()
    client.check('Password', [])
    made[0]!.answerPosted(0)
    expect(estimates[0]).toMatchObject({ password: 'Password', isCommon: true, score: 0, warning: 'topTen' })
  })

  it('says so when the worker fails to load, and makes no other', () => {
    const { client, made, estimates, failures } = setUp()
    client.check('harbour', [])
    made[0]!.crash()
    expect(failures()).toBe(1)
    expect(made[0]!.terminated).toBe(true)
    made[0]!.answerPosted(0)
    client.check('harbour lantern', [])
    expect(made).toHaveLength(1)
    expect(estimates).toEqual([])
  })

  it('treats an answer that is not one (zod rejects it) as a failure', () => {
    const { client, made, estimates, failures } = setUp()
    client.check('harbour', [])
    made[0]!.reply({ id: 0, isCommon: false, score: 9, warning: null })
    expect(estimates).toEqual([])
    expect(failures()).toBe(1)
  })

  it('ends the worker when the user leaves the step, and ignores anything it still sends', () => {
    const { client, made, estimates } = setUp()
    client.check('harbour lantern violet 42', [])
    client.close()
    expect(made[0]!.terminated).toBe(true)
    made[0]!.answerPosted(0)
    expect(estimates).toEqual([])
  })

  it('the worker reads only well-formed requests', () => {
    expect(readRequest({ id: 1, password: 'x', userInputs: ['a'] })).toEqual({ id: 1, password: 'x', userInputs: ['a'] })
    expect(readRequest({ id: 1.5, password: 'x', userInputs: [] })).toBeNull()
    expect(readRequest({ id: 1, password: 3, userInputs: [] })).toBeNull()
    expect(readRequest({ id: 1, password: 'x', userInputs: [3] })).toBeNull()
    expect(readRequest(null)).toBeNull()
  })
})
