/**
 * self_evolution_rollbacks, and everything revert-watch records when it reverts a merged action:
 * the revert action, the rollback row, the reverted action's status and its run's status, in one
 * transaction. Migration 0004 allows one rollback and one revert action per action, so a second
 * failure event for the same merge can never record a second revert.
 */
import type postgres from 'postgres'
import { inTransaction, type Queryable } from './client.js'
import { updateAction } from './actions.js'

export type RollbackRow = { id: number; actionId: number; reason: string; createdAt: Date }

/** What already records a revert of `actionId`: its rollback row and its revert action, if any. */
export async function findRevertOf(
  sql: Queryable,
  actionId: number
): Promise<{ rollback?: RollbackRow; revertAction?: { id: number; payload: Record<string, unknown> } }> {
  const [rollback] = await sql<RollbackRow[]>`
    SELECT id, action_id AS "actionId", reason, created_at AS "createdAt"
    FROM self_evolution_rollbacks WHERE action_id = ${actionId}
    ORDER BY id LIMIT 1
  `
  const [revertAction] = await sql<{ id: number; payload: Record<string, unknown> }[]>`
    SELECT id, payload FROM self_evolution_actions
    WHERE action_type = 'revert' AND payload ? 'revertOf'
      AND payload -> 'revertOf' ->> 'actionId' = ${String(actionId)}
    ORDER BY id LIMIT 1
  `
  return { rollback, revertAction }
}

export type RevertPayload = {
  branch: string
  baseSha: string
  headSha: string
  pullRequest: { number: number; url: string }
  revertOf: { actionId: number; pullRequest: number; mergeSha: string }
  failingRun: { id: number; name: string; url: string; conclusion: string }
}

export type RecordedRevert = { revertActionId: number; rollbackId: number; runReverted: boolean }

export class RevertConflictError extends Error {
  override name = 'RevertConflictError'
}

/**
 * Record a revert, all or nothing:
 *   1. the revert action (action_type 'revert', status 'submitted', the reverted action's proposal);
 *   2. a rollback row for the reverted action, with `reason`;
 *   3. the reverted action: merged → rolled_back (anything else means another process got there
 *      first, and the whole transaction is undone);
 *   4. the run that proposed it: → reverted, whatever it was (a run still marked running, whose
 *      change was merged and broke the default branch, is over; its post step then leaves it be).
 */
export async function recordRevert(
  sql: Queryable,
  opts: { revertedActionId: number; reason: string; payload: RevertPayload; now: Date }
): Promise<RecordedRevert> {
  return inTransaction(sql, async tx => {
    const [reverted] = await tx<{ proposalId: number; runId: number; status: string }[]>`
      SELECT a.proposal_id AS "proposalId", p.run_id AS "runId", a.status
      FROM self_evolution_actions a JOIN self_evolution_proposals p ON p.id = a.proposal_id
      WHERE a.id = ${opts.revertedActionId}
      FOR UPDATE OF a
    `
    if (!reverted) throw new RevertConflictError(`Action ${opts.revertedActionId} does not exist.`)
    const moved = await updateAction(tx, opts.revertedActionId, {
      status: 'rolled_back',
      payload: { rolledBackAt: opts.now.toISOString() },
      from: ['merged']
    })
    if (!moved) {
      throw new RevertConflictError(
        `Action ${opts.revertedActionId} is "${reverted.status}", not "merged": it was rolled back (or changed) by someone else meanwhile.`
      )
    }
    const [revert] = await tx<{ id: number }[]>`
      INSERT INTO self_evolution_actions (proposal_id, action_type, payload, status, created_at, updated_at)
      VALUES (${reverted.proposalId}, 'revert', ${tx.json(opts.payload as unknown as postgres.JSONValue)},
              'submitted', ${opts.now}, ${opts.now})
      RETURNING id
    `
    const [rollback] = await tx<{ id: number }[]>`
      INSERT INTO self_evolution_rollbacks (action_id, reason, created_at)
      VALUES (${opts.revertedActionId}, ${opts.reason}, ${opts.now})
      RETURNING id
    `
    const runRows = await tx`
      UPDATE self_evolution_runs
      SET status = 'reverted', finished_at = COALESCE(finished_at, ${opts.now})
      WHERE id = ${reverted.runId}
      RETURNING id
    `
    return { revertActionId: revert.id, rollbackId: rollback.id, runReverted: runRows.length === 1 }
  })
}

/** The rollbacks of a repository, newest first (what `runs show` and the docs' queries list). */
export async function listRollbacks(
  sql: Queryable,
  repository: string,
  limit = 50
): Promise<(RollbackRow & { actionType: string; runId: number })[]> {
  return sql<(RollbackRow & { actionType: string; runId: number })[]>`
    SELECT b.id, b.action_id AS "actionId", b.reason, b.created_at AS "createdAt",
           a.action_type AS "actionType", p.run_id AS "runId"
    FROM self_evolution_rollbacks b
    JOIN self_evolution_actions a ON a.id = b.action_id
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    WHERE p.repository = ${repository}
    ORDER BY b.created_at DESC, b.id DESC
    LIMIT ${limit}
  `
}
