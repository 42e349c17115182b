import { buildBridge } from '../../../../src-shared/bridge'
import type { Channel } from '../../../../src-shared/contract'
import { contractNames } from '../../../../src-preload/contract-names'
import { inProcessTransport } from '../../../support/bridge-transport'
import { startCore, trusted } from '../core-harness'
import type { HarnessOptions } from '../core-harness'

/**
 * The window's bridge over the real main core, in this process: buildBridge (as the preload builds it) over the
 * core's dispatcher (as IPC reaches it, sender check and zod parsing included), on a real data folder. What crosses is
 * copied both ways, as IPC copies it. Main's pushes reach the window before the answer of the call that made them, as
 * on Electron's one ordered channel, unless a test holds them back.
 */
export function startMain(options: HarnessOptions) {
  const main = startCore(options)
  const asked: Channel[] = []
  let answering = true
  let held: Array<() => void> | null = null
  const { transport, emit } = inProcessTransport(async (channel, input) => {
    asked.push(channel)
    // A main process that stopped answering: the call rejects, as ipcRenderer.invoke does when main is gone.
    if (!answering) throw new Error('main is not answering')
    return structuredClone(await main.dispatch(channel, structuredClone(input), trusted))
  })
  main.emit.mockImplementation((event, payload) => {
    const deliver = () => emit(event as Parameters<typeof emit>[0], structuredClone(payload))
    if (held) held.push(deliver)
    else deliver()
  })
  return {
    ...main,
    api: buildBridge(transport, contractNames),
    /** Every channel the window called, in order. */
    asked,
    stopAnswering() {
      answering = false
    },
    /** Pushes wait until release(): the answer then comes before its push. */
    holdPushes() {
      held ??= []
    },
    releasePushes() {
      const waiting = held ?? []
      held = null
      for (const deliver of waiting) deliver()
    },
  }
}

export type Main = ReturnType<typeof startMain>
