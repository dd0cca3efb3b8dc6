/**
 * What the reflection reads from the database, and its record in self_evolution_reflections.
 *
 * The reads cover one repository over a window (`since`, and `fromDay`, the UTC day of `since`, for
 * the tables keyed by day). Every list is bounded here, newest first, so a long history never
 * reaches the builder whole; the builder (src/reflection/build.ts) turns the rows into the document.
 */
import type postgres from 'postgres'
import type { Queryable } from './client.js'

/** How many rows each list may bring back. */
export const REFLECTION_READ_LIMITS = {
  skipReasons: 50,
  rules: 20,
  examplesPerRule: 3,
  actions: 100,
  rollbacks: 50
} as const

export type ReflectionWindow = {
  repository: string
  since: Date
  /** The UTC day of `since` (YYYY-MM-DD): runs and proposals are keyed by day. */
  fromDay: string
  /** Today's UTC day: whether today's wildcard is still free. */
  today: string
  /** How many of the latest proposals the memory lists (whatever the window). */
  memoryItems: number
}

export type PullRequestRef = { number: number; url: string | null }

export type ActionFact = {
  actionId: number
  proposalId: number
  title: string
  proposalType: string
  status: string
  pullRequest: PullRequestRef | null
  createdAt: Date
  updatedAt: Date
}

export type RollbackFact = {
  actionId: number
  reason: string
  createdAt: Date
  title: string
  pullRequest: PullRequestRef | null
  /** The failing workflow revert-watch recorded on the revert action, when there is one. */
  failingWorkflow: string | null
}

export type MemoryFact = {
  proposalId: number
  title: string
  type: string
  runDate: string
  createdAt: Date
  allowlisted: boolean
  blockedReasons: string[]
  /** The status of the proposal's latest action (not a revert), null when it had none. */
  actionStatus: string | null
  pullRequest: PullRequestRef | null
}

export type ReflectionHistory = {
  runsByStatus: { status: string; count: number }[]
  skipsByReason: { reason: string; count: number }[]
  proposals: { allowed: number; blocked: number }
  rules: { rule: string; count: number; examples: string[] }[]
  actions: ActionFact[]
  rollbacks: RollbackFact[]
  memory: MemoryFact[]
  /** No allowed wildcard is recorded for today. */
  wildcardFree: boolean
}

/** A payload's pullRequest as a reference, or null when it does not carry a number. */
const pullRequestOf = (sql: Queryable, column: string) => sql`
  CASE WHEN jsonb_typeof(${sql(column)} -> 'pullRequest' -> 'number') = 'number'
    THEN jsonb_build_object('number', (${sql(column)} -> 'pullRequest' ->> 'number')::bigint,
                            'url', ${sql(column)} -> 'pullRequest' ->> 'url')
  END
`

/** Everything the reflection reads from the database for one repository and window. */
export async function readReflectionHistory(sql: Queryable, w: ReflectionWindow): Promise<ReflectionHistory> {
  const [runsByStatus, skipsByReason, proposals, rules, actions, rollbacks, memory, wildcard] =
    await Promise.all([
      readRunsByStatus(sql, w),
      readSkipsByReason(sql, w),
      readProposalCounts(sql, w),
      readBlockingRules(sql, w),
      readActions(sql, w),
      readRollbacks(sql, w),
      readMemory(sql, w),
      readWildcardFree(sql, w)
    ])
  return { runsByStatus, skipsByReason, proposals, rules, actions, rollbacks, memory, wildcardFree: wildcard }
}

function readRunsByStatus(sql: Queryable, w: ReflectionWindow) {
  return sql<{ status: string; count: number }[]>`
    SELECT status, count(*)::int AS count FROM self_evolution_runs
    WHERE repository = ${w.repository} AND run_date >= ${w.fromDay}::date
    GROUP BY status ORDER BY status
  `
}

function readSkipsByReason(sql: Queryable, w: ReflectionWindow) {
  return sql<{ reason: string; count: number }[]>`
    SELECT COALESCE(reason, '') AS reason, count(*)::int AS count FROM self_evolution_events
    WHERE repository = ${w.repository} AND kind = 'skip' AND created_at >= ${w.since}
    GROUP BY 1 ORDER BY count DESC, reason
    LIMIT ${REFLECTION_READ_LIMITS.skipReasons}
  `
}

async function readProposalCounts(sql: Queryable, w: ReflectionWindow) {
  const [row] = await sql<{ allowed: number; blocked: number }[]>`
    SELECT count(*) FILTER (WHERE allowlisted)::int AS allowed,
           count(*) FILTER (WHERE NOT allowlisted)::int AS blocked
    FROM self_evolution_proposals
    WHERE repository = ${w.repository} AND run_date >= ${w.fromDay}::date
  `
  return row
}

/** The rules that blocked the window's proposals most often (a rule counted once per proposal). */
function readBlockingRules(sql: Queryable, w: ReflectionWindow) {
  return sql<{ rule: string; count: number; examples: string[] }[]>`
    WITH hits AS (
      SELECT DISTINCT p.id, p.title, p.created_at, left(btrim(split_part(r.reason, ':', 1)), 100) AS rule
      FROM self_evolution_proposals p, unnest(p.blocked_reasons) AS r(reason)
      WHERE p.repository = ${w.repository} AND p.run_date >= ${w.fromDay}::date AND NOT p.allowlisted
    )
    SELECT rule, count(*)::int AS count,
           (array_agg(left(title, 500) ORDER BY created_at DESC, id DESC))[1:${REFLECTION_READ_LIMITS.examplesPerRule}] AS examples
    FROM hits GROUP BY rule ORDER BY count DESC, rule
    LIMIT ${REFLECTION_READ_LIMITS.rules}
  `
}

function readActions(sql: Queryable, w: ReflectionWindow) {
  return sql<ActionFact[]>`
    SELECT a.id AS "actionId", a.proposal_id AS "proposalId", left(p.title, 500) AS title,
           p.type AS "proposalType", a.status, ${pullRequestOf(sql, 'a.payload')} AS "pullRequest",
           a.created_at AS "createdAt", a.updated_at AS "updatedAt"
    FROM self_evolution_actions a
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    WHERE p.repository = ${w.repository} AND a.action_type <> 'revert' AND a.created_at >= ${w.since}
    ORDER BY a.created_at DESC, a.id DESC
    LIMIT ${REFLECTION_READ_LIMITS.actions}
  `
}

function readRollbacks(sql: Queryable, w: ReflectionWindow) {
  return sql<RollbackFact[]>`
    SELECT r.action_id AS "actionId", left(r.reason, 2000) AS reason, r.created_at AS "createdAt",
           left(p.title, 500) AS title, ${pullRequestOf(sql, 'a.payload')} AS "pullRequest",
           left(rv.payload -> 'failingRun' ->> 'name', 500) AS "failingWorkflow"
    FROM self_evolution_rollbacks r
    JOIN self_evolution_actions a ON a.id = r.action_id
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    LEFT JOIN self_evolution_actions rv
      ON rv.action_type = 'revert' AND rv.payload -> 'revertOf' ->> 'actionId' = a.id::text
    WHERE p.repository = ${w.repository} AND r.created_at >= ${w.since}
    ORDER BY r.created_at DESC, r.id DESC
    LIMIT ${REFLECTION_READ_LIMITS.rollbacks}
  `
}

function readMemory(sql: Queryable, w: ReflectionWindow) {
  return sql<MemoryFact[]>`
    SELECT p.id AS "proposalId", left(p.title, 500) AS title, p.type, p.run_date::text AS "runDate",
           p.created_at AS "createdAt", p.allowlisted, p.blocked_reasons[1:5] AS "blockedReasons",
           act.status AS "actionStatus", act."pullRequest"
    FROM self_evolution_proposals p
    LEFT JOIN LATERAL (
      SELECT a.status, ${pullRequestOf(sql, 'a.payload')} AS "pullRequest"
      FROM self_evolution_actions a
      WHERE a.proposal_id = p.id AND a.action_type <> 'revert'
      ORDER BY a.id DESC LIMIT 1
    ) act ON true
    WHERE p.repository = ${w.repository}
    ORDER BY p.created_at DESC, p.id DESC
    LIMIT ${w.memoryItems}
  `
}

async function readWildcardFree(sql: Queryable, w: ReflectionWindow): Promise<boolean> {
  const [row] = await sql<{ used: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM self_evolution_proposals
      WHERE repository = ${w.repository} AND run_date = ${w.today}::date AND type = 'wildcard' AND allowlisted
    ) AS used
  `
  return !row.used
}

export type ReflectionRecord = {
  runId: number
  /** The document; its `insights` (a list of sentences, or one text) fill the insights column. */
  reflection: { insights?: unknown; sentiment?: unknown } & Record<string, unknown>
  /** Hex SHA-256 of the document's JSON text as written. */
  sha256: string
  source: 'rails' | 'agent'
}

/** Record one reflection under the run's current attempt (one row per attempt); returns its id. */
export async function recordReflection(sql: Queryable, r: ReflectionRecord): Promise<number> {
  if (!/^[0-9a-f]{64}$/.test(r.sha256)) {
    throw new Error(`The reflection's sha256 "${r.sha256.slice(0, 80)}" is not 64 lower-case hex digits.`)
  }
  const insights = Array.isArray(r.reflection.insights)
    ? r.reflection.insights.map(String).join('\n')
    : typeof r.reflection.insights === 'string'
      ? r.reflection.insights
      : ''
  const sentiment = r.reflection.sentiment === undefined ? null : r.reflection.sentiment
  const [row] = await sql<{ id: number }[]>`
    INSERT INTO self_evolution_reflections (run_id, attempt, insights, sentiment, reflection, sha256, source)
    SELECT id, attempt, ${insights}, ${sentiment === null ? null : sql.json(sentiment as postgres.JSONValue)},
           ${sql.json(r.reflection as postgres.JSONValue)}, ${r.sha256}, ${r.source}
    FROM self_evolution_runs WHERE id = ${r.runId}
    RETURNING id
  `
  if (!row) throw new Error(`Run ${r.runId} does not exist: its reflection has nowhere to go.`)
  return row.id
}
