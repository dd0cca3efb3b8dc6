/**
 * What the observatory reads: the figures of a window of UTC days, in one statement. One statement
 * is one snapshot (every figure comes from the same moment, with no transaction to open) and one
 * round trip, so the daily run's job summary and post's HTML report add one query each.
 *
 * Every list is bounded (the most recent runs, rollbacks and flag flips; the most frequent rules) and
 * every text is cut in SQL, so a hostile or huge row never makes the report large. The rows are
 * turned into figures by src/report/figures.ts, which is pure.
 *
 * A run re-claimed on its day (a forced re-run, a re-run attempt) counts as its latest attempt: the
 * proposals, rules and violations are the latest attempts'; the actions are theirs too, plus an earlier
 * attempt's that left 'planned' (it was acted on). Each recent run lists its earlier attempts.
 * The agent's cost is every attempt's: metrics.agent of the run and of each entry of its history.
 */
import type { Queryable } from './client.js'
import { GLOBAL_FLAG, repositoryFlagKey } from './flags.js'

export type ObservatoryQuery = {
  /** Only this repository's rows; every repository's when null. */
  repository: string | null
  /** The first and last UTC day of the window, YYYY-MM-DD, both included. */
  from: string
  to: string
  /** How many of the most recent runs to list (0: none). */
  recentRuns: number
}

/** Bounds of the lists, so the report stays small whatever the database holds. */
export const OBSERVATORY_LIMITS = {
  rules: 50,
  rollbacks: 200,
  flagFlips: 200,
  textChars: 2000,
  /** Per recent run, its earlier attempts listed (newest first). */
  earlierAttempts: 20
} as const

/** Timestamps arrive as JSON text (the session's time zone); observatory.ts normalizes them. */
export type ObservatoryRows = {
  runDays: { day: string; status: string; runs: number }[]
  skipDays: { day: string; reason: string; skips: number }[]
  proposalDays: { day: string; allowed: number; blocked: number }[]
  rules: { rule: string; violations: number; proposals: number; example: string }[]
  violationsTotal: number
  actions: { status: string; actions: number }[]
  rollbacks: {
    id: number
    actionId: number
    reason: string
    createdAt: string
    actionType: string
    actionStatus: string
    proposalId: number | null
    proposalTitle: string | null
    runId: number | null
    runDate: string | null
    repository: string | null
  }[]
  rollbacksTotal: number
  flags: { key: string; value: boolean; metadata: unknown; createdAt: string | null }[]
  flagEvents: {
    id: number
    at: string
    repository: string
    key: string | null
    value: unknown
    previous: unknown
    by: unknown
    reason: string | null
  }[]
  /**
   * The agent step's record per UTC day (metrics.agent of the window's runs, and of their earlier
   * attempts in metrics.history): how many there were, how many reported dollars, their sums. The
   * sums are the database's numerics as JSON numbers; figures.ts checks them.
   */
  agentDays: {
    day: string
    runs: number
    costed: number
    costUsd: unknown
    inputTokens: unknown
    outputTokens: unknown
  }[]
  /** The agent's merged pull requests: the window's actions with status merged (reverts left out). */
  mergedChanges: number
  recentRuns: {
    id: number
    repository: string
    runDate: string
    status: string
    startedAt: string | null
    finishedAt: string | null
    summary: string | null
    logsUrl: string | null
    proposalsAllowed: number
    proposalsBlocked: number
    /** The run's latest attempt, which the counts are of. */
    attempt: number
    /** The superseded attempts of the day, newest first: their outcome (from metrics.history) and counts. */
    earlierAttempts: {
      attempt: number
      status: string | null
      finishedAt: string | null
      allowed: number
      blocked: number
    }[]
  }[]
}

/**
 * The window's figures, read in one statement. It is one function because it is one query: its
 * CTEs share the window's bounds, and splitting them would cost round trips.
 */
// eslint-disable-next-line max-lines-per-function
export async function readObservatory(sql: Queryable, q: ObservatoryQuery): Promise<ObservatoryRows> {
  const repo = q.repository
  const repoKey = repo === null ? null : repositoryFlagKey(repo)
  const chars = OBSERVATORY_LIMITS.textChars
  const [row] = await sql<ObservatoryRows[]>`
    WITH bounds AS (
      SELECT ${q.from}::date AS first_day, ${q.to}::date AS last_day,
             (${q.from}::date::timestamp AT TIME ZONE 'UTC') AS first_at,
             ((${q.to}::date + 1)::timestamp AT TIME ZONE 'UTC') AS end_at
    ), runs AS (
      SELECT r.* FROM self_evolution_runs r, bounds b
      WHERE r.run_date BETWEEN b.first_day AND b.last_day
        AND (${repo}::text IS NULL OR r.repository = ${repo}::text)
    ), all_proposals AS (
      SELECT p.id, p.run_id, p.run_date, p.attempt, p.allowlisted, p.blocked_reasons, p.title,
             p.attempt >= r.attempt AS latest
      FROM self_evolution_proposals p
      JOIN self_evolution_runs r ON r.id = p.run_id
      JOIN bounds b ON p.run_date BETWEEN b.first_day AND b.last_day
      WHERE ${repo}::text IS NULL OR p.repository = ${repo}::text
    ), proposals AS (
      SELECT * FROM all_proposals WHERE latest
    ), earlier_counts AS (
      SELECT run_id, attempt, count(*) FILTER (WHERE allowlisted)::int AS allowed,
             count(*) FILTER (WHERE NOT allowlisted)::int AS blocked
      FROM all_proposals WHERE NOT latest GROUP BY run_id, attempt
    ), run_counts AS (
      SELECT run_id, count(*) FILTER (WHERE allowlisted)::int AS allowed,
             count(*) FILTER (WHERE NOT allowlisted)::int AS blocked
      FROM proposals GROUP BY run_id
    ), reasons AS (
      SELECT p.id, split_part(reason, ':', 1) AS rule, reason
      FROM proposals p, unnest(p.blocked_reasons) AS reason
    ), rules AS (
      SELECT left(rule, 200) AS rule, count(*)::int AS violations, count(DISTINCT id)::int AS proposals,
             left((array_agg(reason ORDER BY id DESC))[1], ${chars}) AS example
      FROM reasons GROUP BY 1
      ORDER BY violations DESC, rule
      LIMIT ${OBSERVATORY_LIMITS.rules}
    ), rollbacks AS (
      SELECT rb.id, rb.action_id AS "actionId", left(rb.reason, ${chars}) AS reason, rb.created_at AS "createdAt",
             left(a.action_type, 200) AS "actionType", a.status AS "actionStatus", a.proposal_id AS "proposalId",
             left(p.title, ${chars}) AS "proposalTitle", p.run_id AS "runId", p.run_date AS "runDate",
             p.repository
      FROM self_evolution_rollbacks rb
      JOIN bounds b ON rb.created_at >= b.first_at AND rb.created_at < b.end_at
      JOIN self_evolution_actions a ON a.id = rb.action_id
      LEFT JOIN self_evolution_proposals p ON p.id = a.proposal_id
      WHERE ${repo}::text IS NULL OR p.repository = ${repo}::text
    ), agent_blocks AS (
      SELECT r.run_date AS day, r.metrics -> 'agent' AS agent FROM runs r
      WHERE jsonb_typeof(r.metrics -> 'agent') = 'object'
      UNION ALL
      SELECT r.run_date, h -> 'metrics' -> 'agent'
      FROM runs r, jsonb_array_elements(
        CASE WHEN jsonb_typeof(r.metrics -> 'history') = 'array' THEN r.metrics -> 'history' ELSE '[]' END
      ) AS h
      WHERE jsonb_typeof(h -> 'metrics' -> 'agent') = 'object'
    ), agent_costs AS (
      SELECT day,
             CASE WHEN jsonb_typeof(agent -> 'costUsd') = 'number' AND (agent ->> 'costUsd')::numeric >= 0
                  THEN (agent ->> 'costUsd')::numeric END AS cost,
             CASE WHEN jsonb_typeof(agent -> 'tokens' -> 'input') = 'number'
                  THEN (agent -> 'tokens' ->> 'input')::numeric END AS input,
             CASE WHEN jsonb_typeof(agent -> 'tokens' -> 'output') = 'number'
                  THEN (agent -> 'tokens' ->> 'output')::numeric END AS output
      FROM agent_blocks
    ), flag_events AS (
      SELECT e.id, e.created_at AS at, e.repository, e.detail ->> 'key' AS key, e.detail -> 'value' AS value,
             e.detail -> 'previous' AS previous, e.detail -> 'by' AS by, left(e.reason, ${chars}) AS reason
      FROM self_evolution_events e
      JOIN bounds b ON e.created_at >= b.first_at AND e.created_at < b.end_at
      WHERE e.kind = 'flag'
        AND (${repo}::text IS NULL OR e.detail ->> 'key' IN (${GLOBAL_FLAG}, ${repoKey}::text))
    )
    SELECT
      (SELECT COALESCE(json_agg(x ORDER BY x.day, x.status), '[]') FROM (
         SELECT run_date AS day, status, count(*)::int AS runs FROM runs GROUP BY 1, 2
       ) x) AS "runDays",
      (SELECT COALESCE(json_agg(x ORDER BY x.day, x.reason), '[]') FROM (
         SELECT (e.created_at AT TIME ZONE 'UTC')::date AS day, left(COALESCE(e.reason, ''), 200) AS reason,
                count(*)::int AS skips
         FROM self_evolution_events e
         JOIN bounds b ON e.created_at >= b.first_at AND e.created_at < b.end_at
         WHERE e.kind = 'skip' AND (${repo}::text IS NULL OR e.repository = ${repo}::text)
         GROUP BY 1, 2
       ) x) AS "skipDays",
      (SELECT COALESCE(json_agg(x ORDER BY x.day), '[]') FROM (
         SELECT run_date AS day, count(*) FILTER (WHERE allowlisted)::int AS allowed,
                count(*) FILTER (WHERE NOT allowlisted)::int AS blocked
         FROM proposals GROUP BY 1
       ) x) AS "proposalDays",
      (SELECT COALESCE(json_agg(x ORDER BY x.violations DESC, x.rule), '[]') FROM rules x) AS rules,
      (SELECT count(*)::int FROM reasons) AS "violationsTotal",
      (SELECT COALESCE(json_agg(x ORDER BY x.status), '[]') FROM (
         SELECT a.status, count(*)::int AS actions
         FROM self_evolution_actions a JOIN all_proposals p ON p.id = a.proposal_id
         WHERE p.latest OR a.status <> 'planned'
         GROUP BY 1
       ) x) AS actions,
      (SELECT COALESCE(json_agg(x ORDER BY x."createdAt" DESC, x.id DESC), '[]') FROM (
         SELECT * FROM rollbacks ORDER BY "createdAt" DESC, id DESC LIMIT ${OBSERVATORY_LIMITS.rollbacks}
       ) x) AS rollbacks,
      (SELECT count(*)::int FROM rollbacks) AS "rollbacksTotal",
      (SELECT COALESCE(json_agg(x ORDER BY x.key <> ${GLOBAL_FLAG}, x.key), '[]') FROM (
         SELECT left(key, 300) AS key, value, metadata, created_at AS "createdAt"
         FROM feature_flags
         WHERE key = ${GLOBAL_FLAG}
            OR (${repo}::text IS NULL AND starts_with(key, ${GLOBAL_FLAG + ':'}))
            OR key = ${repoKey}::text
       ) x) AS flags,
      (SELECT COALESCE(json_agg(x ORDER BY x.at DESC, x.id DESC), '[]') FROM (
         SELECT * FROM flag_events ORDER BY at DESC, id DESC LIMIT ${OBSERVATORY_LIMITS.flagFlips}
       ) x) AS "flagEvents",
      (SELECT COALESCE(json_agg(x ORDER BY x.day), '[]') FROM (
         SELECT day, count(*)::int AS runs, count(cost)::int AS costed, round(sum(cost), 6) AS "costUsd",
                sum(input) AS "inputTokens", sum(output) AS "outputTokens"
         FROM agent_costs GROUP BY day
       ) x) AS "agentDays",
      (SELECT count(*)::int
       FROM self_evolution_actions a JOIN all_proposals p ON p.id = a.proposal_id
       WHERE a.status = 'merged' AND a.action_type <> 'revert') AS "mergedChanges",
      (SELECT COALESCE(json_agg(x ORDER BY x."runDate" DESC, x.id DESC), '[]') FROM (
         SELECT r.id, left(r.repository, 300) AS repository, r.run_date AS "runDate", r.status,
                r.started_at AS "startedAt", r.finished_at AS "finishedAt",
                left(r.summary, ${chars}) AS summary, left(r.logs_url, ${chars}) AS "logsUrl",
                COALESCE(c.allowed, 0) AS "proposalsAllowed", COALESCE(c.blocked, 0) AS "proposalsBlocked",
                r.attempt,
                (SELECT COALESCE(json_agg(json_build_object(
                          'attempt', e.attempt, 'status', left(e.h ->> 'status', 20),
                          'finishedAt', left(e.h ->> 'finishedAt', 40),
                          'allowed', COALESCE(ec.allowed, 0), 'blocked', COALESCE(ec.blocked, 0)
                        ) ORDER BY e.attempt DESC), '[]')
                 FROM (SELECT n AS attempt, r.metrics -> 'history' -> (n - 1) AS h
                       FROM generate_series(r.attempt - 1, greatest(1, r.attempt - ${OBSERVATORY_LIMITS.earlierAttempts}::int), -1) AS n
                      ) e
                 LEFT JOIN earlier_counts ec ON ec.run_id = r.id AND ec.attempt = e.attempt
                ) AS "earlierAttempts"
         FROM runs r LEFT JOIN run_counts c ON c.run_id = r.id
         ORDER BY r.run_date DESC, r.id DESC
         LIMIT ${q.recentRuns}
       ) x) AS "recentRuns"
  `
  return row
}
