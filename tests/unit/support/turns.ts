// Runs `work` while a setImmediate chain counts the event loop's turns: work done in slices lets it turn between them,
// work done in one go lets it turn about once.
export async function withTurns<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0
  let running = true
  const spin = () => {
    turns++
    if (running) setImmediate(spin)
  }
  setImmediate(spin)
  try {
    return { value: await work(), turns }
  } finally {
    running = false
  }
}
