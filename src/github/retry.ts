/**
 * Bounded exponential backoff for transient failures, shared by the GitHub client and the Railway
 * gate. The clock and the sleep are injected, so tests exercise every path without waiting.
 *
 * The budget is measured twice, on the clock and as the sum of the delays slept, and the larger
 * counts: a frozen test clock cannot turn the loop infinite, and slow requests eat into it too.
 */

export type Sleep = (ms: number) => Promise<void>
/** A clock: milliseconds since the epoch, or a Date. */
export type Clock = () => number | Date

export interface RetryOptions {
  /** Total time, in ms, that retrying may take after the first attempt. Default 60 000. */
  budgetMs?: number
  /** Most attempts, the first included. Default 10. */
  maxAttempts?: number
  /** First backoff delay in ms; it doubles on every retry. Default 1 000. */
  baseDelayMs?: number
  /** Largest backoff delay in ms. Default 30 000. */
  maxDelayMs?: number
  sleep?: Sleep
  now?: Clock
}

export const RETRY_DEFAULTS = {
  budgetMs: 60_000,
  maxAttempts: 10,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000
} as const

/** What to do about one failed attempt. */
export type RetryDecision =
  | { retry: false }
  /** `afterMs`: the delay the server asked for (retry-after, a rate-limit reset), if any. */
  | { retry: true; reason: string; afterMs?: number }

export interface GiveUp {
  /** Attempts made, the failed last one included. */
  attempts: number
  /** Time spent, in ms, from the first attempt to giving up. */
  elapsedMs: number
  /** True when the error was transient but the budget or the attempt limit ran out. */
  exhausted: boolean
  /** Why the retrying stopped early, when the server asked for a wait longer than the budget left. */
  note?: string
}

export const realSleep: Sleep = ms => new Promise(resolve => setTimeout(resolve, ms))

export function toMillis(clock: Clock): number {
  const t = clock()
  return t instanceof Date ? t.getTime() : t
}

/**
 * Run `attempt` until it succeeds, `decide` says the error is not worth retrying, or the budget is
 * spent. `fail` turns the last error into the one that is thrown.
 */
export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  decide: (error: unknown, attemptNumber: number) => RetryDecision,
  fail: (error: unknown, giveUp: GiveUp) => unknown,
  options: RetryOptions = {},
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void
): Promise<T> {
  const budgetMs = options.budgetMs ?? RETRY_DEFAULTS.budgetMs
  const maxAttempts = Math.max(1, options.maxAttempts ?? RETRY_DEFAULTS.maxAttempts)
  const baseDelayMs = options.baseDelayMs ?? RETRY_DEFAULTS.baseDelayMs
  const maxDelayMs = options.maxDelayMs ?? RETRY_DEFAULTS.maxDelayMs
  const sleep = options.sleep ?? realSleep
  const now = options.now ?? Date.now
  const start = toMillis(now)
  let slept = 0

  for (let n = 1; ; n++) {
    try {
      return await attempt(n)
    } catch (error) {
      const decision = decide(error, n)
      const spent = () => Math.max(toMillis(now) - start, slept)
      if (!decision.retry) throw fail(error, { attempts: n, elapsedMs: spent(), exhausted: false })
      if (n >= maxAttempts) throw fail(error, { attempts: n, elapsedMs: spent(), exhausted: true })
      const remaining = budgetMs - spent()
      const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1))
      if (decision.afterMs !== undefined && decision.afterMs > remaining) {
        throw fail(error, {
          attempts: n,
          elapsedMs: spent(),
          exhausted: true,
          note: `the server asked to wait ${seconds(decision.afterMs)}, more than the ${seconds(Math.max(0, remaining))} left of the retry budget`
        })
      }
      if (remaining <= 0) throw fail(error, { attempts: n, elapsedMs: spent(), exhausted: true })
      // Honour the server's wait, never less than the backoff, never past the budget.
      const delayMs = Math.min(Math.max(decision.afterMs ?? 0, backoff), remaining)
      onRetry?.({ attempt: n, delayMs, reason: decision.reason })
      await sleep(delayMs)
      slept += delayMs
    }
  }
}

/** "3 s", "1.5 s", "250 ms": a human duration for log lines and errors. */
export function seconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  const s = ms / 1000
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`
}

/**
 * Parse a `retry-after` header (seconds, or an HTTP date) into milliseconds from `nowMs`.
 * Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined | null, nowMs: number): number | undefined {
  if (value === undefined || value === null) return undefined
  const text = String(value).trim()
  if (text === '') return undefined
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  const date = Date.parse(text)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - nowMs)
}
