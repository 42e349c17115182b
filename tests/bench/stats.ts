import { performance } from 'node:perf_hooks'

/** One line of the bench table. A row without a target is a figure reported for context, never met or missed. */
export interface Row {
  measure: string
  value: string
  target?: string
  met?: boolean
  note: string
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export interface Spread {
  median: number
  min: number
  max: number
  count: number
}

export const spread = (values: number[]): Spread => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), count: values.length })

export async function sample(runs: number, fn: () => unknown): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return times
}

// Pairs (or more) run in turn, and the order flips every round, so neither side always runs on a warmer machine.
export async function interleaved<T>(runs: number, fns: Array<() => Promise<T> | T>): Promise<T[][]> {
  const results: T[][] = fns.map(() => [])
  for (let round = 0; round < runs; round++) {
    const order = fns.map((_fn, i) => i)
    if (round % 2) order.reverse()
    for (const i of order) results[i]!.push(await fns[i]!())
  }
  return results
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`

export const msSpread = (s: Spread): string => `${ms(s.median)} (min ${ms(s.min)}, max ${ms(s.max)})`

export const ratio = (value: number): string => `${value.toFixed(2)}×`

// Sizes in kilobytes of 1,000 bytes, the unit the targets are written in.
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`
