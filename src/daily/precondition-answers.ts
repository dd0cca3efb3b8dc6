/**
 * The config-dependent part of each precondition, as pure functions: what the start asks GitHub
 * (the look-back window, the busy branches and workflows, the ghost age) and how it reads the
 * answers. start.ts wires them to the database and GitHub; the monotonicity property test
 * (__tests__/property/monotonicity.test.ts) runs them over generated worlds.
 */
import type { Config } from '../config/schema.js'
import { failureLimitReached, inCooldown, type PreconditionAnswer } from './preconditions.js'

/** A finished run as the start reads it (newest first). */
export type FinishedRun = { status: string; finishedAt: Date; githubRunId: string }

/** How many recent finished runs the preconditions read. */
export function outcomesNeeded(config: Config): number {
  return Math.max(config.rollbackConfig.maxFailuresBeforeDisable, 1)
}

/**
 * failure-limit: the last maxFailuresBeforeDisable finished runs all failed. Failures before an
 * operator turned the repository back on (`enabledAt`) no longer count.
 */
export function failureLimitAnswer(
  config: Config,
  outcomes: readonly FinishedRun[],
  enabledAt: Date | null
): PreconditionAnswer {
  const limit = config.rollbackConfig.maxFailuresBeforeDisable
  const counted = enabledAt ? outcomes.filter(o => new Date(o.finishedAt) > enabledAt) : [...outcomes]
  return failureLimitReached(counted, limit)
    ? { state: 'fired', detail: `the last ${limit} finished runs all failed` }
    : { state: 'clear', detail: `fewer than ${limit} consecutive failures` }
}

/**
 * cooldown: the last finished run failed less than cooldownHours ago. A re-run attempt of the same
 * workflow run (`ownRunId`) may re-claim its own failure: it is not a reason to cool down.
 */
export function cooldownAnswer(
  config: Config,
  outcomes: readonly FinishedRun[],
  now: Date,
  ownRunId: number
): PreconditionAnswer {
  const others = outcomes.filter(o => !ownRunId || o.githubRunId !== String(ownRunId))
  const active = inCooldown(others, config.rollbackConfig.cooldownHours, now)
  return active.active
    ? { state: 'fired', detail: `the last run failed; cooling down until ${active.until!.toISOString()}` }
    : { state: 'clear', detail: 'no recent failure' }
}

/** deployment-active: off, or the start of the window in which deployments are looked for. */
export function deploymentQuery(config: Config, now: Date): { off: PreconditionAnswer } | { since: Date } {
  const { scheduleConfig } = config
  if (!scheduleConfig.skipDuringDeployments) {
    return { off: { state: 'off', detail: 'scheduleConfig.skipDuringDeployments is false' } }
  }
  return { since: new Date(now.getTime() - scheduleConfig.deploymentLookbackHours * 3_600_000) }
}

type Found = { active: boolean; detail: string }

/**
 * deployment-active from its sources' answers: Railway's (undefined when not configured) and
 * GitHub's (undefined when GitHub is not available, a local run).
 */
export function deploymentAnswer(railway: Found | undefined, github: Found | undefined): PreconditionAnswer {
  if (railway?.active) return { state: 'fired', detail: `Railway: ${railway.detail}` }
  const details = railway ? [`Railway: ${railway.detail}`] : []
  if (!github) {
    return details.length
      ? { state: 'clear', detail: `${details.join('; ')}; GitHub deployments unavailable locally` }
      : { state: 'unavailable', detail: 'GitHub is not available in a local run' }
  }
  if (github.active) return { state: 'fired', detail: github.detail }
  return { state: 'clear', detail: [github.detail, ...details].join('; ') }
}

/** ci-active: which workflow runs count as busy CI. */
export type BusyQuery = {
  branches: string[]
  workflows?: string[]
  excludeRunId: number
  now: Date
  ghostHours: number
}

/** The busy branches (default: the default branch), the busy workflows and the ghost age. */
export function busyQuery(
  config: Config,
  ctx: { defaultBranch: string; ownRunId: number; now: Date }
): BusyQuery {
  const { scheduleConfig } = config
  return {
    branches: scheduleConfig.busyBranches ?? [ctx.defaultBranch],
    workflows: scheduleConfig.busyWorkflows,
    excludeRunId: ctx.ownRunId,
    now: ctx.now,
    ghostHours: scheduleConfig.ghostRunHours
  }
}

/** ci-active from GitHub's answer (undefined when GitHub is not available, a local run). */
export function ciActiveAnswer(github: Found | undefined): PreconditionAnswer {
  if (!github) return { state: 'unavailable', detail: 'GitHub is not available in a local run' }
  return github.active ? { state: 'fired', detail: github.detail } : { state: 'clear', detail: github.detail }
}
