/** The random delay before a scheduled run. Randomness and sleeping are injected. */

export type JitterDecision = { delayMs: number; reason: string }

/**
 * A uniformly random delay in [0, jitterMinutes] minutes on `schedule` events; none on manual
 * dispatches, forced runs or when jitter is 0.
 */
export function chooseJitter(opts: {
  event: string
  force: boolean
  jitterMinutes: number
  random: () => number
}): JitterDecision {
  if (opts.event !== 'schedule') return { delayMs: 0, reason: `no jitter on ${opts.event || 'a local'} run` }
  if (opts.force) return { delayMs: 0, reason: 'no jitter on a forced run' }
  if (opts.jitterMinutes <= 0) return { delayMs: 0, reason: 'jitter disabled (0 minutes)' }
  const r = opts.random()
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0
  // Inclusive of the upper bound: [0, jitterMinutes] in whole milliseconds.
  const delayMs = Math.round(unit * opts.jitterMinutes * 60_000)
  return { delayMs, reason: `random delay within ${opts.jitterMinutes} minutes` }
}
