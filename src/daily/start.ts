/**
 * The start of a daily run (pre, or main standing in for it when pre did not run): the kill switch,
 * the jitter, the gates in their fixed order, and the atomic claim of the day.
 */
import type { Inputs } from '../runtime/inputs.js'
import type { GateRecord, StartState, Timings } from '../runtime/state.js'
import type { Database } from '../db/client.js'
import { ensureSchema } from '../db/migrate.js'
import { claimRun, recentOutcomes, sweepStaleRuns } from '../db/runs.js'
import { readKillSwitch, setFlag } from '../db/flags.js'
import { recordEvent } from '../db/events.js'
import { forLog } from '../text/escape.js'
import { chooseJitter } from './jitter.js'
import { failureLimitReached, inCooldown, runGates, type Gate } from './preconditions.js'
import { readConfig, type ConfigFiles, type LoadedConfig } from '../config/source.js'
import { logsUrl, utcDate } from '../runtime/context.js'
import type { LifecycleDeps } from '../runtime/deps.js'
import { startPorts, type GitHubPorts } from './github-ports.js'

export const SKIP_REASONS = [
  'disabled',
  'flag-off',
  'failure-limit',
  'cooldown',
  'deployment-active',
  'ci-active',
  'gate-error',
  'already-running',
  'already-ran-today'
] as const
export type SkipReason = (typeof SKIP_REASONS)[number]

/** Skips that leave the job red: the run could not be answered, which must be noticed. */
export const FAILING_SKIPS: ReadonlySet<string> = new Set(['gate-error'])

export type StartOutcome = StartState & { config: LoadedConfig }

/** The config as the start judges it: the contents API at GITHUB_SHA on GitHub, the disk locally. */
export async function readStartConfig(
  deps: LifecycleDeps,
  inputs: Inputs,
  github: () => Promise<GitHubPorts | undefined>
): Promise<LoadedConfig> {
  if (!deps.ctx.onGitHub) return readConfig({ from: 'disk', root: deps.cwd }, inputs.configPath)
  const ref = deps.ctx.sha || deps.ctx.ref
  const files: ConfigFiles = {
    async readFile(path, at) {
      const gh = await github()
      if (!gh) throw new Error('GitHub is not reachable from this run, so the config cannot be read.')
      try {
        const text = await gh.readFile(path, at)
        // A token that cannot see the repository also gets a 404: a missing config (the defaults, off)
        // must not hide it, so make sure the repository itself is readable.
        if (text === null) await gh.defaultBranch()
        return text
      } catch (error) {
        throw new GateUnanswered(`reading ${path} at ${at}: ${(error as Error).message}`)
      }
    }
  }
  // main standing in for pre (uses: ./) has a checkout: the commit itself answers, no API needed.
  return readConfig(
    {
      from: 'git',
      workspace: deps.ctx.workspace,
      sha: deps.ctx.sha,
      quiet: true,
      otherwise: { from: 'api', files, ref, origin: `${deps.ctx.repository}@${ref.slice(0, 12)}` }
    },
    inputs.configPath
  )
}

/** A gate (or the config read that precedes them) could not be answered: skip with gate-error, fail the job. */
export class GateUnanswered extends Error {
  override name = 'GateUnanswered'
}

export async function startRun(deps: LifecycleDeps, inputs: Inputs): Promise<StartOutcome> {
  const { host, ctx } = deps
  const t0 = deps.now().getTime()
  const timings: Timings = {}
  const gates: GateRecord[] = []
  // GitHub's client is created on first use: a run stopped by the kill switch never loads it.
  let client: Promise<GitHubPorts | undefined> | undefined
  const lazyGitHub = () => (client ??= startPorts(deps, inputs.githubToken))

  // The database opens while the config is read: neither needs the other, and the flag-off path
  // is mostly waiting for the two.
  const opening: Promise<{ db?: Database; error?: unknown }> | undefined =
    inputs.databaseUrl || deps.allowEmbedded
      ? deps.openDatabase(inputs.databaseUrl).then(
          db => ({ db }),
          (error: unknown) => ({ error })
        )
      : undefined
  const discardDatabase = async () => {
    const opened = await opening
    await opened?.db?.close().catch(() => undefined)
  }

  let loaded: LoadedConfig
  try {
    loaded = await readStartConfig(deps, inputs, lazyGitHub)
  } catch (error) {
    if (error instanceof GateUnanswered) {
      // The database, opened meanwhile, records why (an unreachable one is not waited for twice).
      const opened = await opening
      try {
        return await skipped({
          reason: 'gate-error',
          detail: error.message,
          loaded: undefined,
          db: opened?.db
        })
      } finally {
        await opened?.db?.close().catch(() => undefined)
      }
    }
    await discardDatabase()
    throw error
  }
  const { config } = loaded
  host.info(`Config: ${forLog(loaded.origin)}`)
  if (ctx.event === 'schedule' && ctx.schedule && ctx.schedule !== config.scheduleConfig.cronSchedule) {
    host.warning(
      `This scheduled run fired for "${forLog(ctx.schedule)}", but scheduleConfig.cronSchedule is ` +
        `"${forLog(config.scheduleConfig.cronSchedule)}". The workflow file holds the real schedule; update one of them.`
    )
  }

  // 1. Kill switch, part one: the config. Needs no database.
  if (!config.enabled) {
    // Record the skip where a database is at hand; a disabled system never fails for lack of one.
    const opened = await opening
    if (opened?.error) {
      host.warning(
        `Could not open the database to record the skip: ${forLog((opened.error as Error).message)}`
      )
    }
    const db: Database | undefined = opened?.db
    try {
      return await skipped({ reason: 'disabled', detail: 'config.enabled is false', loaded, db })
    } finally {
      await db?.close()
    }
  }
  const dryRun = inputs.forceDryRun || config.dryRunMode
  if (!inputs.databaseUrl && !deps.allowEmbedded) {
    throw new Error('Input "database-url" is empty; expected a PostgreSQL connection URL (from a secret).')
  }

  const opened = await opening
  if (!opened || opened.error !== undefined || !opened.db) {
    await discardDatabase()
    throw opened?.error ?? new Error('The database could not be opened.')
  }
  let db: Database | undefined = opened.db
  try {
    await ensureSchema(db.sql, { migrate: inputs.migrate })
    const swept = await sweepStaleRuns(db.sql, {
      repository: ctx.repository,
      olderThan: new Date(deps.now().getTime() - config.scheduleConfig.staleRunHours * 3_600_000),
      now: deps.now()
    })
    for (const id of swept) host.warning(`Run ${id} was still "running" past the stale limit; marked failed.`)

    // 1. Kill switch, part two: the flags (global AND per repository).
    let ks = await readKillSwitch(db.sql, ctx.repository)
    if (!ks.on) return skipped({ reason: 'flag-off', detail: describeFlags(ks), loaded, db })

    // 2. Jitter. The database connection is not held across the sleep.
    const jitter = chooseJitter({
      event: ctx.event,
      force: inputs.force,
      jitterMinutes: inputs.jitterMinutes ?? config.scheduleConfig.jitterMinutes,
      random: deps.random
    })
    timings.jitterMs = jitter.delayMs
    if (jitter.delayMs > 0) {
      const resume = new Date(deps.now().getTime() + jitter.delayMs)
      host.info(
        `Jitter: waiting ${(jitter.delayMs / 60_000).toFixed(2)} minutes (${jitter.reason}); resuming at ${resume.toISOString()}.`
      )
      await db.close()
      db = undefined
      await deps.sleep(jitter.delayMs)
      db = await deps.openDatabase(inputs.databaseUrl)
      ks = await readKillSwitch(db.sql, ctx.repository)
      if (!ks.on)
        return skipped({ reason: 'flag-off', detail: `${describeFlags(ks)} (after jitter)`, loaded, db })
    } else {
      host.info(`Jitter: none (${jitter.reason}).`)
    }

    // 3. Gates, in their fixed order.
    const sql = db.sql
    const outcomes = await recentOutcomes(
      sql,
      ctx.repository,
      Math.max(config.rollbackConfig.maxFailuresBeforeDisable, 1)
    )
    const gateList: Gate[] = [
      {
        name: 'failure-limit',
        check: async () => {
          const limit = config.rollbackConfig.maxFailuresBeforeDisable
          // Failures before an operator turned the repository back on no longer count.
          const since = ks.repositoryEnabledAt
          const counted = since ? outcomes.filter(o => new Date(o.finishedAt) > since) : outcomes
          return failureLimitReached(counted, limit)
            ? { state: 'fired', detail: `the last ${limit} finished runs all failed` }
            : { state: 'clear', detail: `fewer than ${limit} consecutive failures` }
        }
      },
      {
        name: 'cooldown',
        check: async () => {
          // A re-run attempt of the same workflow run may re-claim its own failure: it is not a
          // reason to cool down.
          const others = outcomes.filter(o => !ctx.githubRunId || o.githubRunId !== String(ctx.githubRunId))
          const c = inCooldown(others, config.rollbackConfig.cooldownHours, deps.now())
          return c.active
            ? { state: 'fired', detail: `the last run failed; cooling down until ${c.until!.toISOString()}` }
            : { state: 'clear', detail: 'no recent failure' }
        }
      },
      {
        name: 'deployment-active',
        check: async () => {
          if (!config.scheduleConfig.skipDuringDeployments) {
            return { state: 'off', detail: 'scheduleConfig.skipDuringDeployments is false' }
          }
          const details: string[] = []
          if (inputs.railway.token && inputs.railway.projectId) {
            const r = await deps.railway({
              url: inputs.railway.apiUrl,
              token: inputs.railway.token,
              projectId: inputs.railway.projectId,
              environmentId: inputs.railway.environmentId,
              serviceIds: inputs.railway.serviceIds
            })()
            if (r.active) return { state: 'fired', detail: `Railway: ${r.detail}` }
            details.push(`Railway: ${r.detail}`)
          }
          const github = await lazyGitHub()
          if (!github) {
            return details.length
              ? { state: 'clear', detail: `${details.join('; ')}; GitHub deployments unavailable locally` }
              : { state: 'unavailable', detail: 'GitHub is not available in a local run' }
          }
          const since = new Date(
            deps.now().getTime() - config.scheduleConfig.deploymentLookbackHours * 3_600_000
          )
          const d = await github.activeDeployment(since)
          if (d.active) return { state: 'fired', detail: d.detail }
          return { state: 'clear', detail: [d.detail, ...details].join('; ') }
        }
      },
      {
        name: 'ci-active',
        check: async () => {
          const github = await lazyGitHub()
          if (!github) return { state: 'unavailable', detail: 'GitHub is not available in a local run' }
          const branches = config.scheduleConfig.busyBranches ?? [
            ctx.defaultBranch || (await github.defaultBranch())
          ]
          const r = await github.activeWorkflowRun({
            branches,
            workflows: config.scheduleConfig.busyWorkflows,
            excludeRunId: ctx.githubRunId,
            now: deps.now(),
            ghostHours: config.scheduleConfig.ghostRunHours
          })
          return r.active ? { state: 'fired', detail: r.detail } : { state: 'clear', detail: r.detail }
        }
      }
    ]
    const gated = await runGates(gateList, { force: inputs.force })
    gates.push(...gated.records)
    for (const w of gated.warnings) host.warning(forLog(w))
    if (!gated.proceed) {
      if (gated.reason === 'failure-limit') {
        await setFlag(sql, {
          repository: ctx.repository,
          value: false,
          by: 'self-evolution',
          reason: `failure-limit: ${gated.detail}`,
          now: deps.now()
        })
        host.warning(
          `The last ${config.rollbackConfig.maxFailuresBeforeDisable} runs failed, so the flag for ` +
            `${ctx.repository || 'this repository'} is now off. An operator turns it back on with ` +
            `"npx self-evolution flag enable --repository ${ctx.repository || 'OWNER/REPO'}".`
        )
      }
      return skipped({ reason: gated.reason, detail: gated.detail, loaded, db })
    }

    // 4. Claim the day. The flag is checked again inside the claim's transaction.
    const now = deps.now()
    const runDate = utcDate(now)
    const claim = await claimRun(sql, {
      repository: ctx.repository,
      runDate,
      now,
      force: inputs.force,
      holder: {
        repository: ctx.repository,
        githubRunId: ctx.githubRunId,
        attempt: ctx.attempt,
        event: ctx.event,
        sha: ctx.sha,
        dryRun,
        logsUrl: logsUrl(ctx)
      }
    })
    if (!claim.claimed) {
      const detail =
        claim.reason === 'flag-off'
          ? 'the flag was turned off before the claim'
          : claim.reason === 'already-running'
            ? `run ${claim.existingRunId ?? '?'} for ${runDate} is still running`
            : `run ${claim.existingRunId ?? '?'} for ${runDate} has already finished`
      return skipped({ reason: claim.reason, detail, loaded, db })
    }
    timings.startMs = deps.now().getTime() - t0
    host.info(`Claimed run ${claim.runId} for ${runDate}${claim.reclaimed ? ' (re-claimed)' : ''}.`)
    return {
      kind: 'claimed',
      runId: claim.runId,
      runDate,
      repository: ctx.repository,
      dryRun,
      configDigest: loaded.digest,
      jitterMs: timings.jitterMs ?? 0,
      gates,
      timings,
      artifacts: {
        attach: config.telemetry.attachArtifacts,
        retentionDays: inputs.artifactRetentionDays ?? config.telemetry.logRetentionDays
      },
      config: loaded
    }
  } finally {
    // A failure to close must not lose a claim already made: the state is saved by the caller.
    if (db) await db.close().catch(() => undefined)
  }

  async function skipped(s: {
    reason: SkipReason
    detail: string
    loaded: LoadedConfig | undefined
    db?: Database
  }): Promise<StartOutcome> {
    timings.startMs = deps.now().getTime() - t0
    if (s.db) {
      try {
        await recordEvent(s.db.sql, {
          repository: ctx.repository,
          kind: 'skip',
          reason: s.reason,
          githubRunId: ctx.githubRunId || null,
          detail: { detail: s.detail, event: ctx.event, attempt: ctx.attempt, sha: ctx.sha }
        })
      } catch (error) {
        host.warning(`Could not record the skip event: ${forLog((error as Error).message)}`)
      }
    }
    return {
      kind: 'skipped',
      reason: s.reason,
      detail: s.detail,
      gates,
      jitterMs: timings.jitterMs ?? 0,
      timings,
      config: s.loaded ?? {
        config: (await import('../config/load.js')).defaultConfig(),
        text: null,
        origin: 'unread',
        digest: 'none'
      }
    }
  }
}

function describeFlags(ks: { global: boolean | null; repository: boolean | null }): string {
  const g = ks.global === null ? 'missing (off)' : ks.global ? 'on' : 'off'
  const r = ks.repository === null ? 'missing (on)' : ks.repository ? 'on' : 'off'
  return `global flag ${g}, repository flag ${r}`
}
