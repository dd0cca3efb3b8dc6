/**
 * The gates that decide whether today's run may proceed, checked in a fixed order after the kill
 * switch. The first that fires gives the skip reason. A gate that cannot be answered fails closed
 * with `gate-error`.
 */
import type { GateRecord } from '../runtime/state.js'

export const GATE_ORDER = ['failure-limit', 'cooldown', 'deployment-active', 'ci-active'] as const
export type GateName = (typeof GATE_ORDER)[number]

/** Force reaches these, and only these. */
const FORCE_BYPASSES: ReadonlySet<GateName> = new Set(['cooldown', 'deployment-active', 'ci-active'])

export type GateAnswer =
  | { state: 'clear'; detail: string }
  | { state: 'fired'; detail: string }
  | { state: 'unavailable'; detail: string }
  | { state: 'off'; detail: string }

export type Gate = { name: GateName; check: () => Promise<GateAnswer> }

export type GateOutcome =
  | { proceed: true; records: GateRecord[]; warnings: string[] }
  | {
      proceed: false
      reason: GateName | 'gate-error'
      detail: string
      records: GateRecord[]
      warnings: string[]
    }

export async function runGates(gates: Gate[], opts: { force: boolean }): Promise<GateOutcome> {
  const records: GateRecord[] = []
  const warnings: string[] = []
  const ordered = [...gates].sort((a, b) => GATE_ORDER.indexOf(a.name) - GATE_ORDER.indexOf(b.name))
  for (const gate of ordered) {
    if (opts.force && FORCE_BYPASSES.has(gate.name)) {
      records.push({ name: gate.name, result: 'bypassed', detail: 'force' })
      continue
    }
    let answer: GateAnswer
    try {
      answer = await gate.check()
    } catch (error) {
      const detail = `${gate.name}: ${(error as Error).message}`
      records.push({ name: gate.name, result: 'error', detail })
      return { proceed: false, reason: 'gate-error', detail, records, warnings }
    }
    records.push({ name: gate.name, result: answer.state, detail: answer.detail })
    if (answer.state === 'unavailable') warnings.push(`${gate.name} unavailable: ${answer.detail}`)
    if (answer.state === 'fired')
      return { proceed: false, reason: gate.name, detail: answer.detail, records, warnings }
  }
  return { proceed: true, records, warnings }
}

/** A finished outcome of this repository, newest first. A failure is failed or reverted. */
export type Outcome = { status: string; finishedAt: Date | string | null }

export const isFailure = (status: string) => status === 'failed' || status === 'reverted'

/** The last `limit` finished runs are all failures. */
export function failureLimitReached(outcomes: Outcome[], limit: number): boolean {
  if (limit <= 0 || outcomes.length < limit) return false
  return outcomes.slice(0, limit).every(o => isFailure(o.status))
}

/** The most recent finished run is a failure that finished less than `hours` ago. */
export function inCooldown(outcomes: Outcome[], hours: number, now: Date): { active: boolean; until?: Date } {
  const last = outcomes[0]
  if (!last || !isFailure(last.status) || hours <= 0 || last.finishedAt === null) return { active: false }
  const finished = new Date(last.finishedAt)
  const until = new Date(finished.getTime() + hours * 3_600_000)
  return until.getTime() > now.getTime() ? { active: true, until } : { active: false }
}
