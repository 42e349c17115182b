// Long checks are written once, as generators that pause every SLICE items: loading the ledger runs them straight
// through, while a bundle import lets the event loop breathe between slices so the window never freezes.
export const SLICE = 200

export type Steps<T> = Generator<void, T, void>

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))

export async function runInSlices<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    await breathe()
  }
}

// Maps a long list, pausing every SLICE items.
export function* mapSteps<T, U>(items: readonly T[], fn: (item: T, index: number) => U): Steps<U[]> {
  const out: U[] = []
  for (const [index, item] of items.entries()) {
    if (index > 0 && index % SLICE === 0) yield
    out.push(fn(item, index))
  }
  return out
}
