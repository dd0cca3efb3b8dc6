/**
 * The start of a daily run (pre, or main standing in for it when pre did not run): the kill switch,
 * the jitter, the preconditions in their fixed order, and the atomic claim of the day.
 */
import type { Inputs } from '../runtime/inputs.js'
import type { StartState, Timings } from '../runtime/state.js'
import type { Database } from '../db/client.js'
import { ensureSchema } from '../db/migrate.js'
import { claimRun, recentOutcomes, sweepStaleRuns, type ClaimResult, type Outcome } from '../db/runs.js'
import { readKillSwitch, setFlag, type KillSwitch } from '../db/flags.js'
import { recordEvent } from '../db/events.js'
import type { Config } from '../config/schema.js'
import { forLog } from '../text/escape.js'
import { migrateAdvice } from '../runtime/surface.js'
import { chooseJitter } from './jitter.js'
import {
  PRECONDITION_ORDER,
  runPreconditions,
  type PreconditionAnswer,
  type PreconditionName,
  type PreconditionRecord,
  type PreconditionsOutcome
} from './preconditions.js'
import { readConfig, type ConfigFiles, type LoadedConfig } from '../config/source.js'
import { logsUrl, utcDate } from '../runtime/context.js'
import type { LifecycleDeps } from '../runtime/deps.js'
import { startPorts, type GitHubPorts } from './github-ports.js'
import { checkpoint } from '../runtime/interrupt.js'
import {
  busyQuery,
  ciActiveAnswer,
  cooldownAnswer,
  deploymentAnswer,
  deploymentQuery,
  failureLimitAnswer,
  outcomesNeeded
} from './precondition-answers.js'

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
        throw new PreconditionUnanswered(`reading ${path} at ${at}: ${(error as Error).message}`)
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

/**
 * A precondition (or the config read that precedes them) could not be answered: skip with
 * gate-error, fail the job.
 */
export class PreconditionUnanswered extends Error {
  override name = 'PreconditionUnanswered'
}

/** What every step of one start shares. */
type StartContext = {
  deps: LifecycleDeps
  inputs: Inputs
  /** When the start began (deps.now), for timings.startMs. */
  t0: number
  timings: Timings
  /** The preconditions' verdicts in their order: the state's `gates`. */
  preconditions: PreconditionRecord[]
  /** GitHub's reads, made on first use: a run stopped by the kill switch never loads the client. */
  github: () => Promise<GitHubPorts | undefined>
}

/** What the preconditions read, beyond the start's context. */
type PreconditionContext = StartContext & { config: Config; killSwitch: KillSwitch; outcomes: Outcome[] }

/** The database opening in the background: opened, failed, or never asked for (undefined). */
type Opening = Promise<{ db?: Database; error?: unknown }> | undefined

/** The open database; the jitter closes it and opens another, and startRun closes the last one. */
type Connection = { db?: Database }

/** A step either carries on with a value or ends the start with a skip. */
type Step<T> = { value: T } | { skip: StartOutcome }

/**
 * The start, in its fixed order: the config, the kill switch, the jitter, the preconditions, the
 * claim. A skip is recorded and returned; a database an enabled system cannot open throws.
 */
export async function startRun(deps: LifecycleDeps, inputs: Inputs): Promise<StartOutcome> {
  let client: Promise<GitHubPorts | undefined> | undefined
  const run: StartContext = {
    deps,
    inputs,
    t0: deps.now().getTime(),
    timings: {},
    preconditions: [],
    github: () => (client ??= startPorts(deps, inputs.githubToken))
  }
  const opening = openInBackground(deps, inputs)
  const read = await readConfigOrSkip(run, opening)
  if ('skip' in read) return read.skip
  const loaded = read.value
  announceConfig(deps, loaded)

  // 1. Kill switch, part one: the config. Needs no database.
  if (!loaded.config.enabled) return skipDisabled(run, loaded, opening)
  const db = await openedDatabase(deps, inputs, opening)
  const connection: Connection = { db }
  try {
    return await checkAndClaim(run, loaded, connection, db)
  } finally {
    // A failure to close must not lose a claim already made: the state is saved by the caller.
    if (connection.db) await connection.db.close().catch(() => undefined)
  }
}

/**
 * The database opens while the config is read: neither needs the other, and the flag-off path is
 * mostly waiting for the two.
 */
function openInBackground(deps: LifecycleDeps, inputs: Inputs): Opening {
  if (!inputs.databaseUrl && !deps.allowEmbedded) return undefined
  return deps.openDatabase(inputs.databaseUrl).then(
    db => ({ db }),
    (error: unknown) => ({ error })
  )
}

async function discardDatabase(opening: Opening): Promise<void> {
  const opened = await opening
  await opened?.db?.close().catch(() => undefined)
}

/** The config, or the gate-error skip when it cannot be read. */
async function readConfigOrSkip(run: StartContext, opening: Opening): Promise<Step<LoadedConfig>> {
  try {
    return { value: await readStartConfig(run.deps, run.inputs, run.github) }
  } catch (error) {
    if (!(error instanceof PreconditionUnanswered)) {
      await discardDatabase(opening)
      throw error
    }
    // The database, opened meanwhile, records why (an unreachable one is not waited for twice).
    const opened = await opening
    try {
      const detail = error.message
      return { skip: await skipped(run, { reason: 'gate-error', detail, loaded: undefined, db: opened?.db }) }
    } finally {
      await opened?.db?.close().catch(() => undefined)
    }
  }
}

function announceConfig(deps: LifecycleDeps, loaded: LoadedConfig): void {
  const { host, ctx } = deps
  const { config } = loaded
  host.info(`Config: ${forLog(loaded.origin)}`)
  if (ctx.event === 'schedule' && ctx.schedule && ctx.schedule !== config.scheduleConfig.cronSchedule) {
    host.warning(
      `This scheduled run fired for "${forLog(ctx.schedule)}", but scheduleConfig.cronSchedule is ` +
        `"${forLog(config.scheduleConfig.cronSchedule)}". The workflow file holds the real schedule; update one of them.`
    )
  }
}

/** Record the skip where a database is at hand; a disabled system never fails for lack of one. */
async function skipDisabled(
  run: StartContext,
  loaded: LoadedConfig,
  opening: Opening
): Promise<StartOutcome> {
  const opened = await opening
  if (opened?.error) {
    run.deps.host.warning(
      `Could not open the database to record the skip: ${forLog((opened.error as Error).message)}`
    )
  }
  const db: Database | undefined = opened?.db
  try {
    return await skipped(run, { reason: 'disabled', detail: 'config.enabled is false', loaded, db })
  } finally {
    await db?.close()
  }
}

/** An enabled system needs its database: a missing URL or a failed open fails the job. */
async function openedDatabase(deps: LifecycleDeps, inputs: Inputs, opening: Opening): Promise<Database> {
  if (!inputs.databaseUrl && !deps.allowEmbedded) {
    throw new Error('Input "database-url" is empty; expected a PostgreSQL connection URL (from a secret).')
  }
  const opened = await opening
  if (!opened || opened.error !== undefined || !opened.db) {
    await discardDatabase(opening)
    throw opened?.error ?? new Error('The database could not be opened.')
  }
  return opened.db
}

/** Everything after the config, over the open database: the flags, the jitter, the preconditions, the claim. */
async function checkAndClaim(
  run: StartContext,
  loaded: LoadedConfig,
  connection: Connection,
  opened: Database
): Promise<StartOutcome> {
  const { config } = loaded
  await prepareDatabase(run, config, opened)

  // 1. Kill switch, part two: the flags (global AND per repository).
  const flags = await readKillSwitch(opened.sql, run.deps.ctx.repository)
  if (!flags.on) return skipped(run, { reason: 'flag-off', detail: describeFlags(flags), loaded, db: opened })

  // 2. Jitter.
  const jittered = await jitter(run, loaded, connection, { db: opened, killSwitch: flags })
  if ('skip' in jittered) return jittered.skip
  const { db, killSwitch } = jittered.value

  // 3. Preconditions, in their fixed order.
  const verdict = await checkPreconditions(run, config, db, killSwitch)
  if (!verdict.proceed) {
    if (verdict.reason === 'failure-limit') await turnRepositoryOff(run, config, db, verdict.detail)
    return skipped(run, { reason: verdict.reason, detail: verdict.detail, loaded, db })
  }

  // 4. Claim the day. The flag is checked again inside the claim's transaction.
  return claimDay(run, loaded, db)
}

/** The schema, then runs left "running" past the stale limit are closed as failed. */
async function prepareDatabase(run: StartContext, config: Config, db: Database): Promise<void> {
  const { deps, inputs } = run
  await ensureSchema(db.sql, { migrate: inputs.migrate, remedy: migrateAdvice(deps.host.surface) })
  const swept = await sweepStaleRuns(db.sql, {
    repository: deps.ctx.repository,
    olderThan: new Date(deps.now().getTime() - config.scheduleConfig.staleRunHours * 3_600_000),
    now: deps.now()
  })
  for (const id of swept)
    deps.host.warning(`Run ${id} was still "running" past the stale limit; marked failed.`)
}

/**
 * The random wait of a scheduled run. The database connection is not held across the sleep, and
 * the flags are read again after it: an operator may have turned the run off meanwhile.
 */
async function jitter(
  run: StartContext,
  loaded: LoadedConfig,
  connection: Connection,
  before: { db: Database; killSwitch: KillSwitch }
): Promise<Step<{ db: Database; killSwitch: KillSwitch }>> {
  const { deps, inputs, timings } = run
  const { host, ctx } = deps
  const decision = chooseJitter({
    event: ctx.event,
    force: inputs.force,
    jitterMinutes: inputs.jitterMinutes ?? loaded.config.scheduleConfig.jitterMinutes,
    random: deps.random
  })
  timings.jitterMs = decision.delayMs
  if (decision.delayMs <= 0) {
    host.info(`Jitter: none (${decision.reason}).`)
    return { value: before }
  }
  const resume = new Date(deps.now().getTime() + decision.delayMs)
  host.info(
    `Jitter: waiting ${(decision.delayMs / 60_000).toFixed(2)} minutes (${decision.reason}); resuming at ${resume.toISOString()}.`
  )
  await before.db.close()
  connection.db = undefined
  await deps.sleep(decision.delayMs)
  const db = (connection.db = await deps.openDatabase(inputs.databaseUrl))
  const killSwitch = await readKillSwitch(db.sql, ctx.repository)
  if (!killSwitch.on) {
    const detail = `${describeFlags(killSwitch)} (after jitter)`
    return { skip: await skipped(run, { reason: 'flag-off', detail, loaded, db }) }
  }
  return { value: { db, killSwitch } }
}

/** Runs the preconditions over the recent outcomes; their records and warnings go on the start. */
async function checkPreconditions(
  run: StartContext,
  config: Config,
  db: Database,
  killSwitch: KillSwitch
): Promise<PreconditionsOutcome> {
  const outcomes = await recentOutcomes(db.sql, run.deps.ctx.repository, outcomesNeeded(config))
  const c: PreconditionContext = { ...run, config, killSwitch, outcomes }
  const checks = PRECONDITION_ORDER.map(name => ({ name, check: () => CHECKS[name](c) }))
  const verdict = await runPreconditions(checks, { force: run.inputs.force })
  run.preconditions.push(...verdict.records)
  for (const w of verdict.warnings) run.deps.host.warning(forLog(w))
  return verdict
}

/** failure-limit: the last maxFailuresBeforeDisable finished runs all failed. */
async function failureLimit(c: PreconditionContext): Promise<PreconditionAnswer> {
  return failureLimitAnswer(c.config, c.outcomes, c.killSwitch.repositoryEnabledAt)
}

/** cooldown: the last finished run failed less than cooldownHours ago. */
async function cooldown(c: PreconditionContext): Promise<PreconditionAnswer> {
  return cooldownAnswer(c.config, c.outcomes, c.deps.now(), c.deps.ctx.githubRunId)
}

/** deployment-active: a Railway deployment (when configured) or a GitHub deployment is in progress. */
async function deploymentActive(c: PreconditionContext): Promise<PreconditionAnswer> {
  const query = deploymentQuery(c.config, c.deps.now())
  if ('off' in query) return query.off
  const railway = await railwayDeployment(c)
  if (railway?.active) return deploymentAnswer(railway, undefined)
  const github = await c.github()
  return deploymentAnswer(railway, github ? await github.activeDeployment(query.since) : undefined)
}

/** Railway's answer, or undefined when no Railway token and project are given. */
async function railwayDeployment(
  c: PreconditionContext
): Promise<{ active: boolean; detail: string } | undefined> {
  const { railway } = c.inputs
  if (!railway.token || !railway.projectId) return undefined
  return c.deps.railway({
    url: railway.apiUrl,
    token: railway.token,
    projectId: railway.projectId,
    environmentId: railway.environmentId,
    serviceIds: railway.serviceIds
  })()
}

/** ci-active: another workflow run is in progress on the busy branches. */
async function ciActive(c: PreconditionContext): Promise<PreconditionAnswer> {
  const { ctx } = c.deps
  const github = await c.github()
  if (!github) return ciActiveAnswer(undefined)
  // The default branch is read only when busyBranches does not name the branches.
  const defaultBranch = c.config.scheduleConfig.busyBranches
    ? ''
    : ctx.defaultBranch || (await github.defaultBranch())
  const query = busyQuery(c.config, { defaultBranch, ownRunId: ctx.githubRunId, now: c.deps.now() })
  return ciActiveAnswer(await github.activeWorkflowRun(query))
}

const CHECKS: Record<PreconditionName, (c: PreconditionContext) => Promise<PreconditionAnswer>> = {
  'failure-limit': failureLimit,
  cooldown,
  'deployment-active': deploymentActive,
  'ci-active': ciActive
}

/** The failure limit turns the repository's flag off: only an operator turns it back on. */
async function turnRepositoryOff(
  run: StartContext,
  config: Config,
  db: Database,
  detail: string
): Promise<void> {
  const { deps } = run
  const { repository } = deps.ctx
  await setFlag(db.sql, {
    repository,
    value: false,
    by: 'self-evolution',
    reason: `failure-limit: ${detail}`,
    now: deps.now()
  })
  deps.host.warning(
    `The last ${config.rollbackConfig.maxFailuresBeforeDisable} runs failed, so the flag for ` +
      `${repository || 'this repository'} is now off. An operator turns it back on with ` +
      `"self-evolution flag enable --repository ${repository || 'OWNER/REPO'}".`
  )
}

/** Claims the UTC day's run for this workflow run; the claim's own flag check may still skip. */
async function claimDay(run: StartContext, loaded: LoadedConfig, db: Database): Promise<StartOutcome> {
  const { deps, inputs, timings } = run
  const { ctx } = deps
  const { config } = loaded
  const dryRun = inputs.forceDryRun || config.dryRunMode
  // The last point where an interruption leaves nothing to close.
  await checkpoint(deps, 'before-claim')
  const now = deps.now()
  const runDate = utcDate(now)
  const claim = await claimRun(db.sql, {
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
      logsUrl: logsUrl(ctx),
      // What a later job continuing this run (mode run with run-id) takes from the claim, not from
      // its own inputs: force, the config the start judged, and the mode that claimed.
      force: inputs.force,
      configDigest: loaded.digest,
      mode: inputs.mode,
      jitterMs: timings.jitterMs ?? 0
    }
  })
  if (!claim.claimed) {
    const detail = unclaimedDetail(claim, runDate, deps.now())
    return skipped(run, { reason: claim.reason, detail, loaded, db })
  }
  timings.startMs = deps.now().getTime() - run.t0
  deps.host.info(`Claimed run ${claim.runId} for ${runDate}${claim.reclaimed ? ' (re-claimed)' : ''}.`)
  return {
    kind: 'claimed',
    runId: claim.runId,
    runDate,
    repository: ctx.repository,
    dryRun,
    configDigest: loaded.digest,
    jitterMs: timings.jitterMs ?? 0,
    gates: run.preconditions,
    timings,
    artifacts: {
      attach: config.telemetry.attachArtifacts,
      retentionDays: inputs.artifactRetentionDays ?? config.telemetry.logRetentionDays
    },
    config: loaded
  }
}

function unclaimedDetail(
  claim: Extract<ClaimResult, { claimed: false }>,
  runDate: string,
  now: Date
): string {
  if (claim.reason === 'flag-off') return 'the flag was turned off before the claim'
  if (claim.reason === 'already-running')
    return describeAlreadyRunning({
      runId: claim.existingRunId,
      runDate,
      startedAt: claim.existingStartedAt ?? null,
      now
    })
  return `run ${claim.existingRunId ?? '?'} for ${runDate} has already finished`
}

/**
 * The already-running skip, naming the way out: which run holds the day, how long ago it started, and
 * the command that closes it (force never re-claims a running run, so it gets the same answer).
 */
export function describeAlreadyRunning(o: {
  runId: number | undefined
  runDate: string
  startedAt: Date | null
  now: Date
}): string {
  const id = o.runId ?? '?'
  const age = o.startedAt ? `, started ${describeAge(o.now.getTime() - o.startedAt.getTime())} ago` : ''
  return (
    `run ${id} for ${o.runDate} is still running${age}; if its process is gone, ` +
    `close it with \`self-evolution runs cancel ${id}\``
  )
}

/** A duration as "3 h 12 min", "12 min" or "40 s" (a clock behind the database's reads as 0 s). */
export function describeAge(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return `${hours} h ${minutes % 60} min`
  return `${Math.floor(hours / 24)} d ${hours % 24} h`
}

/** Ends the start with a skip, recorded as an event where a database is at hand. */
async function skipped(
  run: StartContext,
  s: { reason: SkipReason; detail: string; loaded: LoadedConfig | undefined; db?: Database }
): Promise<StartOutcome> {
  const { deps, timings } = run
  const { ctx } = deps
  timings.startMs = deps.now().getTime() - run.t0
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
      deps.host.warning(`Could not record the skip event: ${forLog((error as Error).message)}`)
    }
  }
  return {
    kind: 'skipped',
    reason: s.reason,
    detail: s.detail,
    gates: run.preconditions,
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

function describeFlags(ks: { global: boolean | null; repository: boolean | null }): string {
  const g = ks.global === null ? 'missing (off)' : ks.global ? 'on' : 'off'
  const r = ks.repository === null ? 'missing (on)' : ks.repository ? 'on' : 'off'
  return `global flag ${g}, repository flag ${r}`
}

/** Why a continued run stops before it judges and acts, or undefined when it may go on. */
export type Recheck = { reason: 'disabled' | 'flag-off' | 'deployment-active' | 'gate-error'; detail: string }

/**
 * Before a continued run (mode run with run-id) judges and acts, hours may have passed since the
 * claim: the kill switch (config and flags) and deployment-active are asked again. force (the
 * claim's) bypasses deployment-active as it did at the start; a question that cannot be answered is
 * gate-error.
 */
export async function recheckBeforeActing(
  deps: LifecycleDeps,
  inputs: Inputs,
  o: { config: Config; db: Database; force: boolean }
): Promise<Recheck | undefined> {
  if (!o.config.enabled) return { reason: 'disabled', detail: 'the committed config says "enabled": false' }
  const killSwitch = await readKillSwitch(o.db.sql, deps.ctx.repository)
  if (!killSwitch.on) return { reason: 'flag-off', detail: describeFlags(killSwitch) }
  let client: Promise<GitHubPorts | undefined> | undefined
  const c: PreconditionContext = {
    deps,
    inputs,
    t0: deps.now().getTime(),
    timings: {},
    preconditions: [],
    github: () => (client ??= startPorts(deps, inputs.githubToken)),
    config: o.config,
    killSwitch,
    outcomes: []
  }
  const verdict = await runPreconditions([{ name: 'deployment-active', check: () => deploymentActive(c) }], {
    force: o.force
  })
  for (const w of verdict.warnings) deps.host.warning(forLog(w))
  if (verdict.proceed) return undefined
  return {
    reason: verdict.reason === 'deployment-active' ? 'deployment-active' : 'gate-error',
    detail: verdict.detail
  }
}
