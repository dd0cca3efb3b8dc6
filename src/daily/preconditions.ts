/**
 * The preconditions that decide whether today's run may proceed, checked in a fixed order after the
 * kill switch. The first that fires gives the skip reason. A precondition that cannot be answered
 * fails closed with the skip reason `gate-error`.
 */
import type { PreconditionRecord } from '../runtime/state.js'

/** One precondition's verdict as recorded in the start state (the state's `gates` field). */
export type { PreconditionRecord }

export const PRECONDITION_ORDER = ['failure-limit', 'cooldown', 'deployment-active', 'ci-active'] as const
export type PreconditionName = (typeof PRECONDITION_ORDER)[number]

/** Force reaches these, and only these. */
const FORCE_BYPASSES: ReadonlySet<PreconditionName> = new Set(['cooldown', 'deployment-active', 'ci-active'])

export type PreconditionAnswer =
  | { state: 'clear'; detail: string }
  | { state: 'fired'; detail: string }
  | { state: 'unavailable'; detail: string }
  | { state: 'off'; detail: string }

export type Precondition = { name: PreconditionName; check: () => Promise<PreconditionAnswer> }

export type PreconditionsOutcome =
  | { proceed: true; records: PreconditionRecord[]; warnings: string[] }
  | {
      proceed: false
      reason: PreconditionName | 'gate-error'
      detail: string
      records: PreconditionRecord[]
      warnings: string[]
    }

export async function runPreconditions(
  preconditions: Precondition[],
  opts: { force: boolean }
): Promise<PreconditionsOutcome> {
  const records: PreconditionRecord[] = []
  const warnings: string[] = []
  const ordered = [...preconditions].sort(
    (a, b) => PRECONDITION_ORDER.indexOf(a.name) - PRECONDITION_ORDER.indexOf(b.name)
  )
  for (const precondition of ordered) {
    if (opts.force && FORCE_BYPASSES.has(precondition.name)) {
      records.push({ name: precondition.name, result: 'bypassed', detail: 'force' })
      continue
    }
    let answer: PreconditionAnswer
    try {
      answer = await precondition.check()
    } catch (error) {
      const detail = `${precondition.name}: ${(error as Error).message}`
      records.push({ name: precondition.name, result: 'error', detail })
      return { proceed: false, reason: 'gate-error', detail, records, warnings }
    }
    records.push({ name: precondition.name, result: answer.state, detail: answer.detail })
    if (answer.state === 'unavailable') warnings.push(`${precondition.name} unavailable: ${answer.detail}`)
    if (answer.state === 'fired')
      return { proceed: false, reason: precondition.name, detail: answer.detail, records, warnings }
  }
  return { proceed: true, records, warnings }
}

/** A finished outcome of this repository, newest first. A failure is failed or reverted. */
export type Outcome = { status: string; finishedAt: Date | string | null }

/**
 * Whether a finished run counts as a failure: it failed, or its change was reverted. The one
 * definition behind the failure limit, the cooldown and revert-watch's failure count.
 */
export const isFailure = (status: string) => status === 'failed' || status === 'reverted'

/**
 * Whether a finished run is an outcome at all, for the failure counts: a cancelled run (interrupted on
 * purpose) is neither a failure nor a success, so counting skips it and it never breaks a streak.
 */
export const isCounted = (status: string) => status !== 'cancelled'

/** The last `limit` finished runs (cancelled ones skipped) are all failures. */
export function failureLimitReached(outcomes: Outcome[], limit: number): boolean {
  const counted = outcomes.filter(o => isCounted(o.status))
  if (limit <= 0 || counted.length < limit) return false
  return counted.slice(0, limit).every(o => isFailure(o.status))
}

/** The most recent finished run (cancelled ones skipped) is a failure that finished less than `hours` ago. */
export function inCooldown(outcomes: Outcome[], hours: number, now: Date): { active: boolean; until?: Date } {
  const last = outcomes.find(o => isCounted(o.status))
  if (!last || !isFailure(last.status) || hours <= 0 || last.finishedAt === null) return { active: false }
  const finished = new Date(last.finishedAt)
  const until = new Date(finished.getTime() + hours * 3_600_000)
  return until.getTime() > now.getTime() ? { active: true, until } : { active: false }
}
