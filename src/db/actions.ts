/**
 * self_evolution_actions after they are planned: finding the action behind a pull request or a
 * merge commit, and moving it along (submitted, merged, closed, rolled_back, failed).
 *
 * The payload keys other parts match on (written when a proposal is executed):
 *   branch, baseSha, headSha, pullRequest: { number, url }, mergeSha (once merged),
 *   issue: { number, url } (action_type 'issue'),
 *   revertOf: { actionId, pullRequest, mergeSha } and failingRun (action_type 'revert').
 * Actions carry no repository column: it is the proposal's.
 */
import type postgres from 'postgres'
import type { Queryable } from './client.js'

export const ACTION_STATUSES = ['planned', 'submitted', 'merged', 'rolled_back', 'closed', 'failed'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

/** 'pr': a pull request for a proposal with changes; 'issue': one without; 'revert': a revert PR. */
export type ActionType = 'pr' | 'issue' | 'revert' | (string & {})

export type ActionRecord = {
  id: number
  proposalId: number
  actionType: ActionType
  payload: Record<string, unknown>
  status: ActionStatus
  createdAt: Date
  updatedAt: Date
  /** From the proposal: the source of truth for type and risk. */
  repository: string
  runId: number
  runDate: string
  proposalType: string
  riskLevel: number
  title: string
  allowlisted: boolean
}

const columns = (sql: Queryable) => sql`
  a.id, a.proposal_id AS "proposalId", a.action_type AS "actionType", a.payload, a.status,
  a.created_at AS "createdAt", a.updated_at AS "updatedAt",
  p.repository, p.run_id AS "runId", p.run_date::text AS "runDate", p.type AS "proposalType",
  p.risk_level AS "riskLevel", p.title, p.allowlisted
`

/**
 * The action recorded for a pull request of `repository`: matched on payload.pullRequest.number,
 * else on payload.branch (an action whose PR number is not written yet). Newest first; undefined
 * when none.
 */
export async function findActionForPullRequest(
  sql: Queryable,
  opts: { repository: string; number: number; branch: string }
): Promise<ActionRecord | undefined> {
  const [row] = await sql<ActionRecord[]>`
    SELECT ${columns(sql)}
    FROM self_evolution_actions a
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    WHERE p.repository = ${opts.repository}
      AND (
        (a.payload ? 'pullRequest' AND a.payload -> 'pullRequest' ->> 'number' = ${String(opts.number)})
        OR (a.payload ? 'branch' AND a.payload ->> 'branch' = ${opts.branch})
      )
    ORDER BY (a.payload -> 'pullRequest' ->> 'number' = ${String(opts.number)}) DESC NULLS LAST,
             a.created_at DESC, a.id DESC
    LIMIT 1
  `
  return row
}

/** The action whose recorded merge commit is `sha`, in `repository`. */
export async function findActionByMergeSha(
  sql: Queryable,
  repository: string,
  sha: string
): Promise<ActionRecord | undefined> {
  const [row] = await sql<ActionRecord[]>`
    SELECT ${columns(sql)}
    FROM self_evolution_actions a
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    WHERE p.repository = ${repository} AND a.payload ? 'mergeSha' AND a.payload ->> 'mergeSha' = ${sha}
    ORDER BY a.created_at DESC, a.id DESC
    LIMIT 1
  `
  return row
}

export async function getAction(sql: Queryable, id: number): Promise<ActionRecord | undefined> {
  const [row] = await sql<ActionRecord[]>`
    SELECT ${columns(sql)}
    FROM self_evolution_actions a
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    WHERE a.id = ${id}
  `
  return row
}

/**
 * Move an action to `status` and merge `payload` into its payload (top-level keys replaced).
 * `from`, when given, is the set of statuses the move is allowed from: the update does nothing
 * otherwise, and the result says so (false), which makes repeated events idempotent.
 * `latestAttempt` also requires the action's proposal to belong to its run's latest attempt (the run
 * row share-locked, so a re-claim waits for it, and the successor's recording sees it): a superseded
 * attempt never starts acting.
 */
export async function updateAction(
  sql: Queryable,
  id: number,
  change: {
    status?: ActionStatus
    payload?: Record<string, unknown>
    from?: readonly ActionStatus[]
    latestAttempt?: boolean
  }
): Promise<boolean> {
  const rows = await sql`
    UPDATE self_evolution_actions a
    SET status = COALESCE(${change.status ?? null}::varchar, status),
        payload = payload || ${sql.json((change.payload ?? {}) as postgres.JSONValue)}::jsonb,
        updated_at = now()
    WHERE id = ${id}
      AND (${change.from ? sql.array([...change.from]) : null}::text[] IS NULL OR status = ANY(${
        change.from ? sql.array([...change.from]) : null
      }::text[]))
      AND (NOT ${change.latestAttempt === true} OR EXISTS (
        SELECT 1 FROM self_evolution_proposals p JOIN self_evolution_runs r ON r.id = p.run_id
        WHERE p.id = a.proposal_id AND p.attempt = r.attempt
        FOR SHARE OF r
      ))
    RETURNING id
  `
  return rows.length === 1
}

/**
 * Actions of `repository` that recorded a branch left behind (payload.leftover.branch): a push whose
 * pull request was never opened, or a run that stopped between the two. The next run cleans them up.
 */
export async function listLeftoverActions(sql: Queryable, repository: string): Promise<ActionRecord[]> {
  return sql<ActionRecord[]>`
    SELECT ${columns(sql)}
    FROM self_evolution_actions a
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    WHERE p.repository = ${repository}
      AND jsonb_typeof(a.payload -> 'leftover') = 'object'
      AND a.payload -> 'leftover' ->> 'branch' IS NOT NULL
    ORDER BY a.id
  `
}
