/**
 * An injected clock and sleep for retry and timing tests: sleeping advances the clock at once and
 * records the delay, so no test ever waits.
 */
export interface FakeClock {
  now: () => number
  date: () => Date
  sleep: (ms: number) => Promise<void>
  /** Every delay slept, in order. */
  slept: number[]
  advance: (ms: number) => void
}

export function fakeClock(start: Date | string = '2026-11-10T02:00:00Z'): FakeClock {
  let t = typeof start === 'string' ? Date.parse(start) : start.getTime()
  const slept: number[] = []
  return {
    now: () => t,
    date: () => new Date(t),
    sleep: async ms => {
      slept.push(ms)
      t += ms
    },
    slept,
    advance: ms => {
      t += ms
    }
  }
}
