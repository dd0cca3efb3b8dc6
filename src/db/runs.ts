/**
 * self_evolution_runs: the day's claim (the original system's exclusive lock), its end, the stale-run sweep,
 * the outcomes the failure-limit and cooldown gates read, and what the CLI shows.
 *
 * metrics.holder records who holds the run; metrics.history keeps the earlier outcomes of a day whose
 * run was re-claimed, so a re-claim never erases a failure. Each claim is an attempt (the `attempt`
 * column; history[i] is attempt i + 1): the latest attempt is what the run is, so the counts and lists
 * here are that attempt's, and earlier attempts are history.
 */
import type postgres from 'postgres'
import { readKillSwitch } from './flags.js'
import type { Queryable } from './client.js'
import type { AgentRecord } from '../policy/proposals-file.js'

export type RunStatus = 'planned' | 'running' | 'success' | 'failed' | 'reverted' | 'cancelled'

/** A failure, for every rule that counts them: failed or reverted (one definition, in the gates). */
export { isFailure } from '../daily/preconditions.js'

export type RunHolder = {
  /** GITHUB_RUN_ID ('' or 0 locally). */
  githubRunId: string | number
  /** GITHUB_RUN_ATTEMPT. */
  attempt: number
  event: string
  sha: string
  dryRun: boolean
  [key: string]: unknown
}

export type ClaimResult =
  | {
      claimed: true
      runId: number
      reclaimed: boolean
      /** 1 for the day's first claim, +1 per re-claim. */ attempt: number
    }
  | {
      claimed: false
      reason: 'flag-off' | 'already-running' | 'already-ran-today'
      existingRunId?: number
      /** When the existing run started (already-running), for the message that names the way out. */
      existingStartedAt?: Date | null
    }

/**
 * Claim the repository's run of `runDate` (the UTC day), in one transaction:
 *   1. the kill switch again (a flag turned off during the jitter stops the run);
 *   2. INSERT … ON CONFLICT DO NOTHING: exactly one process wins a new day;
 *   3. otherwise the day's row decides: a running run is never re-claimed; a finished one is re-claimed
 *      with `force`, and a failed or cancelled one by a re-run attempt of the same workflow run (same
 *      GitHub run id, higher attempt). The earlier outcome moves to metrics.history, and the row's attempt goes up by
 *      one: what the next recording of reflections and proposals is filed under.
 */
export async function claimRun(
  sql: postgres.Sql,
  opts: { repository: string; runDate: string; now: Date; holder: RunHolder; force: boolean }
): Promise<ClaimResult> {
  const holder = { ...opts.holder, repository: opts.repository, claimedAt: opts.now.toISOString() }
  const holderJson = holder as unknown as postgres.JSONValue
  return (await sql.begin(async tx => {
    const killSwitch = await readKillSwitch(tx, opts.repository)
    if (!killSwitch.on) return { claimed: false, reason: 'flag-off' }

    const inserted = await tx<{ id: number }[]>`
      INSERT INTO self_evolution_runs (repository, run_date, status, started_at, metrics)
      VALUES (${opts.repository}, ${opts.runDate}, 'running', ${opts.now},
              jsonb_build_object('holder', ${tx.json(holderJson)}::jsonb, 'history', '[]'::jsonb))
      ON CONFLICT (repository, run_date) DO NOTHING
      RETURNING id
    `
    if (inserted.length) return { claimed: true, runId: inserted[0].id, reclaimed: false, attempt: 1 }

    const [day] = await tx<
      { id: number; status: string; startedAt: Date | null; holder: Partial<RunHolder> | null }[]
    >`
      SELECT id, status, started_at AS "startedAt", metrics->'holder' AS holder
      FROM self_evolution_runs
      WHERE repository = ${opts.repository} AND run_date = ${opts.runDate}
      FOR UPDATE
    `
    if (!day)
      throw new Error(
        `The run of ${opts.repository || '(no repository)'} for ${opts.runDate} conflicted, then vanished.`
      )
    const running = {
      claimed: false,
      reason: 'already-running',
      existingRunId: day.id,
      existingStartedAt: day.startedAt
    } as const
    if (day.status === 'running') return running
    // A re-run attempt of the workflow run takes back a day it did not finish: failed, or cancelled.
    const unfinished = day.status === 'failed' || day.status === 'cancelled'
    const rerun = unfinished && isLaterAttempt(day.holder, opts.holder)
    if (!opts.force && !rerun) return { claimed: false, reason: 'already-ran-today', existingRunId: day.id }

    const [reclaimed] = await tx<{ id: number; attempt: number }[]>`
      UPDATE self_evolution_runs
      SET status = 'running', started_at = ${opts.now}, finished_at = NULL, summary = NULL, logs_url = NULL,
          attempt = attempt + 1,
          metrics = jsonb_build_object(
            'holder', ${tx.json(holderJson)}::jsonb,
            'history', COALESCE(metrics->'history', '[]'::jsonb) || jsonb_build_array(jsonb_build_object(
              'attempt', attempt, 'status', status, 'startedAt', started_at, 'finishedAt', finished_at, 'summary', summary,
              'logsUrl', logs_url, 'holder', metrics->'holder', 'metrics', metrics - 'holder' - 'history',
              'reclaimedAt', ${opts.now}::timestamptz, 'reclaimedBy', ${opts.force ? 'force' : 're-run'}::text
            ))
          )
      WHERE id = ${day.id} AND status <> 'running'
      RETURNING id, attempt
    `
    return reclaimed
      ? { claimed: true, runId: reclaimed.id, reclaimed: true, attempt: reclaimed.attempt }
      : running
  })) as ClaimResult
}

function isLaterAttempt(previous: Partial<RunHolder> | null, next: RunHolder): boolean {
  if (!previous || !next.githubRunId || String(previous.githubRunId ?? '') !== String(next.githubRunId))
    return false
  return Number(next.attempt) > Number(previous.attempt ?? 0)
}

/**
 * Close a run that is still running: post's finalization. A run the stale sweep or an operator has
 * already closed stays as it is (returns false). `metrics` is merged in; holder and history stay.
 */
export async function finishRun(
  sql: Queryable,
  opts: {
    runId: number
    status: 'success' | 'failed' | 'cancelled'
    summary: string
    logsUrl: string | null
    metrics?: Record<string, unknown>
    now: Date
  }
): Promise<boolean> {
  const metrics = (opts.metrics ?? {}) as postgres.JSONValue
  const rows = await sql`
    UPDATE self_evolution_runs
    SET status = ${opts.status}, finished_at = ${opts.now}, summary = ${opts.summary}, logs_url = ${opts.logsUrl},
        metrics = metrics || (${sql.json(metrics)}::jsonb - 'holder' - 'history')
    WHERE id = ${opts.runId} AND status = 'running'
    RETURNING id
  `
  return rows.length === 1
}

/**
 * Record the agent step's block (engine, model, turns, tokens, cost, rounds…) as metrics.agent of a
 * run that is still running: the rails' record of what the proposal cost. The block came from the
 * proposals file, which is the agent's hand-over and hostile: it was validated by its schema, and it
 * is stored as JSON only, never read into the statement's text. A later recording replaces it;
 * holder, history and every other key stay. Returns false when the run is not running (closed by
 * the stale sweep or an operator), leaving it as it is.
 */
export async function recordAgent(sql: Queryable, runId: number, agent: AgentRecord): Promise<boolean> {
  const block = agent as unknown as postgres.JSONValue
  const rows = await sql`
    UPDATE self_evolution_runs
    SET metrics = metrics || jsonb_build_object('agent', ${sql.json(block)}::jsonb)
    WHERE id = ${runId} AND status = 'running'
    RETURNING id
  `
  return rows.length === 1
}

/**
 * Mark failed the repository's runs still 'running' that started before `olderThan`: their runner
 * died, so no post step finished them. Each gets a `sweep` event. Returns their ids.
 */
export async function sweepStaleRuns(
  sql: Queryable,
  opts: { repository: string; olderThan: Date; now: Date }
): Promise<number[]> {
  const rows = await sql<{ id: number }[]>`
    WITH swept AS (
      UPDATE self_evolution_runs
      SET status = 'failed', finished_at = ${opts.now},
          summary = 'Marked failed by the stale-run sweep: still running '
            || round(extract(epoch FROM ${opts.now}::timestamptz - started_at) / 3600, 1)
            || ' h after it started, so no post step finished it (the runner died or lost contact).'
      WHERE repository = ${opts.repository} AND status = 'running' AND started_at < ${opts.olderThan}
      RETURNING id, started_at, metrics->'holder'->>'githubRunId' AS github_run_id
    ), logged AS (
      INSERT INTO self_evolution_events (repository, kind, reason, run_id, github_run_id, detail, created_at)
      SELECT ${opts.repository}, 'sweep', 'stale-run', id, NULLIF(github_run_id, ''),
             jsonb_build_object('startedAt', started_at, 'olderThan', ${opts.olderThan}::timestamptz),
             ${opts.now}
      FROM swept
    )
    SELECT id FROM swept ORDER BY id
  `
  return rows.map(r => r.id)
}

export type Outcome = {
  runId: number
  status: 'success' | 'failed' | 'reverted'
  finishedAt: Date
  /** The workflow run (GITHUB_RUN_ID) that held it, '' when unknown. */
  githubRunId: string
}

/**
 * The repository's finished outcomes, newest first, including the earlier outcomes kept in
 * re-claimed runs' history. What the failure-limit and cooldown gates read. A cancelled run is no
 * outcome: it is left out, so it neither counts as a failure nor breaks a streak of them.
 */
export async function recentOutcomes(sql: Queryable, repository: string, limit: number): Promise<Outcome[]> {
  return sql<Outcome[]>`
    SELECT "runId", status, "finishedAt", "githubRunId" FROM (
      SELECT id AS "runId", status, finished_at AS "finishedAt",
             COALESCE(metrics->'holder'->>'githubRunId', '') AS "githubRunId"
      FROM self_evolution_runs
      WHERE repository = ${repository} AND status IN ('success', 'failed', 'reverted') AND finished_at IS NOT NULL
      UNION ALL
      SELECT r.id, h->>'status', (h->>'finishedAt')::timestamptz, COALESCE(h->'holder'->>'githubRunId', '')
      FROM self_evolution_runs r, jsonb_array_elements(r.metrics->'history') AS h
      WHERE r.repository = ${repository} AND jsonb_typeof(r.metrics->'history') = 'array'
        AND h->>'status' IN ('success', 'failed', 'reverted') AND h->>'finishedAt' IS NOT NULL
    ) AS outcomes
    ORDER BY "finishedAt" DESC
    LIMIT ${limit}
  `
}

export type RunRow = {
  id: number
  repository: string
  runDate: string
  status: RunStatus
  startedAt: Date | null
  finishedAt: Date | null
  summary: string | null
  logsUrl: string | null
  /** Which claim of the day this is: 1 for the first, +1 per re-claim. */
  attempt: number
}

/** The counts are the latest attempt's; `earlierAttempts` says how many attempts came before it. */
export type RunListRow = RunRow & {
  proposalsAllowed: number
  proposalsBlocked: number
  earlierAttempts: number
}

/** The latest runs, newest day first; every repository's without one. Counts are the latest attempt's. */
export async function listRuns(
  sql: Queryable,
  opts: { repository?: string; limit: number }
): Promise<RunListRow[]> {
  return sql<RunListRow[]>`
    SELECT r.id, r.repository, r.run_date AS "runDate", r.status, r.started_at AS "startedAt",
           r.finished_at AS "finishedAt", r.summary, r.logs_url AS "logsUrl", r.attempt,
           count(p.id) FILTER (WHERE p.allowlisted)::int AS "proposalsAllowed",
           count(p.id) FILTER (WHERE NOT p.allowlisted)::int AS "proposalsBlocked",
           r.attempt - 1 AS "earlierAttempts"
    FROM self_evolution_runs r
    LEFT JOIN self_evolution_proposals p ON p.run_id = r.id AND p.attempt = r.attempt
    WHERE (${opts.repository ?? null}::text IS NULL OR r.repository = ${opts.repository ?? null})
    GROUP BY r.id
    ORDER BY r.run_date DESC, r.id DESC
    LIMIT ${opts.limit}
  `
}

/** What one attempt of a run recorded. Each row carries its attempt. */
export type AttemptRecord = {
  reflections: { id: number; attempt: number; insights: string; sentiment: unknown; createdAt: Date }[]
  proposals: {
    id: number
    attempt: number
    type: string
    title: string
    description: string | null
    riskLevel: number
    /** Null for proposals recorded before migration 0005. */
    effectiveRisk: number | null
    effort: number | null
    allowlisted: boolean
    blockedReasons: string[]
    createdAt: Date
  }[]
  actions: {
    id: number
    attempt: number
    proposalId: number
    actionType: string
    payload: Record<string, unknown>
    status: string
    createdAt: Date
    updatedAt: Date
  }[]
  rollbacks: { id: number; attempt: number; actionId: number; reason: string; createdAt: Date }[]
}

/** A superseded attempt: its outcome (from metrics.history; null fields when unknown) and its records. */
export type EarlierAttempt = AttemptRecord & {
  attempt: number
  status: string | null
  startedAt: string | null
  finishedAt: string | null
  summary: string | null
  /** 'force' or 're-run': how the next attempt re-claimed the run. */
  reclaimedBy: string | null
}

/**
 * A run: its row, what its latest attempt recorded (reflections, proposals, actions, rollbacks), and
 * its earlier attempts, newest first.
 */
export type RunDetail = AttemptRecord & {
  run: RunRow & { metrics: Record<string, unknown> }
  earlierAttempts: EarlierAttempt[]
}

/** The run row alone (with its metrics); null when there is no such run. */
export async function getRun(sql: Queryable, id: number): Promise<RunDetail['run'] | null> {
  const [run] = await sql<RunDetail['run'][]>`
    SELECT id, repository, run_date AS "runDate", status, started_at AS "startedAt",
           finished_at AS "finishedAt", summary, logs_url AS "logsUrl", attempt, metrics
    FROM self_evolution_runs WHERE id = ${id}
  `
  return run ?? null
}

/**
 * A run with its reflections, proposals, actions and rollbacks: the latest attempt's, and each earlier
 * attempt's as history. Null when there is no such run.
 */
export async function getRunDetail(sql: Queryable, id: number): Promise<RunDetail | null> {
  const [run, reflections, proposals, actions, rollbacks] = await Promise.all([
    getRun(sql, id),
    sql<AttemptRecord['reflections']>`
      SELECT id, attempt, insights, sentiment, created_at AS "createdAt"
      FROM self_evolution_reflections WHERE run_id = ${id} ORDER BY id
    `,
    sql<AttemptRecord['proposals']>`
      SELECT id, attempt, type, title, description, risk_level AS "riskLevel",
             effective_risk AS "effectiveRisk", effort, allowlisted, blocked_reasons AS "blockedReasons", created_at AS "createdAt"
      FROM self_evolution_proposals WHERE run_id = ${id} ORDER BY id
    `,
    sql<AttemptRecord['actions']>`
      SELECT a.id, p.attempt, a.proposal_id AS "proposalId", a.action_type AS "actionType", a.payload, a.status,
             a.created_at AS "createdAt", a.updated_at AS "updatedAt"
      FROM self_evolution_actions a JOIN self_evolution_proposals p ON p.id = a.proposal_id
      WHERE p.run_id = ${id} ORDER BY a.id
    `,
    sql<AttemptRecord['rollbacks']>`
      SELECT b.id, p.attempt, b.action_id AS "actionId", b.reason, b.created_at AS "createdAt"
      FROM self_evolution_rollbacks b
      JOIN self_evolution_actions a ON a.id = b.action_id
      JOIN self_evolution_proposals p ON p.id = a.proposal_id
      WHERE p.run_id = ${id} ORDER BY b.id
    `
  ])
  if (!run) return null
  return splitAttempts(run, { reflections, proposals, actions, rollbacks })
}

/** Pure: the latest attempt's records at the top, each earlier attempt's under earlierAttempts. */
function splitAttempts(run: RunDetail['run'], all: AttemptRecord): RunDetail {
  const of = (attempt: number): AttemptRecord => ({
    reflections: all.reflections.filter(x => x.attempt === attempt),
    proposals: all.proposals.filter(x => x.attempt === attempt),
    actions: all.actions.filter(x => x.attempt === attempt),
    rollbacks: all.rollbacks.filter(x => x.attempt === attempt)
  })
  const history = Array.isArray(run.metrics.history) ? (run.metrics.history as Record<string, unknown>[]) : []
  const text = (v: unknown) => (v === undefined || v === null ? null : String(v))
  const earlierAttempts: EarlierAttempt[] = []
  for (let attempt = run.attempt - 1; attempt >= 1; attempt--) {
    // history[i] is attempt i + 1 (entries written since the attempt column also say so).
    const h = history.find(e => Number(e.attempt) === attempt) ?? history[attempt - 1] ?? {}
    earlierAttempts.push({
      attempt,
      status: text(h.status),
      startedAt: text(h.startedAt),
      finishedAt: text(h.finishedAt),
      summary: text(h.summary),
      reclaimedBy: text(h.reclaimedBy),
      ...of(attempt)
    })
  }
  return { run, ...of(run.attempt), earlierAttempts }
}

export type MarkFailedResult = { ok: true; run: RunRow } | { ok: false; reason: string }

/**
 * The original system's fix for a stuck run: mark it failed, with the operator's reason. Only a run still
 * 'running'; for any other run, or an unknown id, a sentence saying why not. It counts towards the
 * failure limit and the cooldown.
 */
export async function markRunFailed(
  sql: Queryable,
  opts: { id: number; reason: string; now: Date }
): Promise<MarkFailedResult> {
  return closeByOperator(sql, { ...opts, status: 'failed', command: 'mark-failed' })
}

/**
 * `runs cancel`: close a run still 'running' as cancelled, with the operator's reason. A cancelled run
 * is no failure: the failure limit, the cooldown and auto-disable skip it. Any other run, or an unknown
 * id, gets a sentence saying why not.
 */
export async function cancelRun(
  sql: Queryable,
  opts: { id: number; reason: string; now: Date }
): Promise<MarkFailedResult> {
  return closeByOperator(sql, { ...opts, status: 'cancelled', command: 'cancel' })
}

async function closeByOperator(
  sql: Queryable,
  opts: { id: number; reason: string; now: Date; status: 'failed' | 'cancelled'; command: string }
): Promise<MarkFailedResult> {
  const summary =
    opts.status === 'failed' ? `Manually marked as failed: ${opts.reason}` : `Cancelled: ${opts.reason}`
  const marked = await sql<RunRow[]>`
    WITH marked AS (
      UPDATE self_evolution_runs
      SET status = ${opts.status}, finished_at = ${opts.now}, summary = ${summary}
      WHERE id = ${opts.id} AND status = 'running'
      RETURNING *
    ), logged AS (
      INSERT INTO self_evolution_events (repository, kind, reason, run_id, github_run_id, created_at)
      SELECT repository, ${opts.command}, ${opts.reason}, id, NULLIF(metrics->'holder'->>'githubRunId', ''), ${opts.now}
      FROM marked
    )
    SELECT id, repository, run_date AS "runDate", status, started_at AS "startedAt",
           finished_at AS "finishedAt", summary, logs_url AS "logsUrl", attempt
    FROM marked
  `
  if (marked.length) return { ok: true, run: marked[0] }
  const [existing] = await sql<
    { status: string }[]
  >`SELECT status FROM self_evolution_runs WHERE id = ${opts.id}`
  return existing
    ? {
        ok: false,
        reason: `Run ${opts.id} is ${existing.status}, not running: ${opts.command} applies only to a run that is still running.`
      }
    : { ok: false, reason: `Run ${opts.id} does not exist.` }
}
