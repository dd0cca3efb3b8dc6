/** src/db/rollbacks.ts against a real database: one transaction, and never twice for one action. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  findRevertOf,
  listRollbacks,
  recordRevert,
  RevertConflictError,
  type RevertPayload
} from '../../src/db/rollbacks.js'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'

const REPO = 'o/r'
const NOW = new Date('2026-11-25T12:00:00Z')
let db: TestDatabase

beforeEach(async () => {
  db = await createTestDatabase()
})
afterEach(async () => {
  await db.close()
})

async function seed(status = 'merged', runStatus = 'success') {
  const [run] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_runs (repository, run_date, status, started_at, finished_at)
    VALUES (${REPO}, '2026-11-24', ${runStatus}, ${NOW}, ${runStatus === 'running' ? null : NOW}) RETURNING id`
  const [p] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_proposals (run_id, repository, run_date, type, title, risk_level, allowlisted)
    VALUES (${run.id}, ${REPO}, '2026-11-24', 'cleanup', 't', 1, true) RETURNING id`
  const [a] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_actions (proposal_id, action_type, payload, status)
    VALUES (${p.id}, 'pr', ${db.sql.json({ mergeSha: 'a'.repeat(40) })}, ${status}) RETURNING id`
  return { runId: run.id, proposalId: p.id, actionId: a.id }
}

function payload(actionId: number): RevertPayload {
  return {
    branch: 'self-evolution/revert-1',
    baseSha: 'b'.repeat(40),
    headSha: 'c'.repeat(40),
    pullRequest: { number: 9, url: 'https://github.com/o/r/pull/9' },
    revertOf: { actionId, pullRequest: 1, mergeSha: 'a'.repeat(40) },
    failingRun: { id: 7, name: 'CI', url: 'https://github.com/o/r/actions/runs/7', conclusion: 'failure' }
  }
}

describe('recordRevert', () => {
  it('records the revert action, the rollback, and both statuses together', async () => {
    const s = await seed()
    const r = await recordRevert(db.sql, {
      revertedActionId: s.actionId,
      reason: 'CI failed',
      payload: payload(s.actionId),
      now: NOW
    })
    expect(r.runReverted).toBe(true)
    const found = await findRevertOf(db.sql, s.actionId)
    expect(found.rollback).toMatchObject({ actionId: s.actionId, reason: 'CI failed' })
    expect(found.revertAction?.id).toBe(r.revertActionId)
    const [a] = await db.sql<{ status: string; proposal_id: number }[]>`
      SELECT status, proposal_id FROM self_evolution_actions WHERE id = ${r.revertActionId}`
    expect(a).toEqual({ status: 'submitted', proposal_id: s.proposalId })
    const [[reverted], [run]] = await Promise.all([
      db.sql<{ status: string }[]>`SELECT status FROM self_evolution_actions WHERE id = ${s.actionId}`,
      db.sql<{ status: string }[]>`SELECT status FROM self_evolution_runs WHERE id = ${s.runId}`
    ])
    expect(reverted.status).toBe('rolled_back')
    expect(run.status).toBe('reverted')
    expect((await listRollbacks(db.sql, REPO)).map(x => x.actionId)).toEqual([s.actionId])
  })

  it('refuses a second revert of the same action, and leaves nothing half-written', async () => {
    const s = await seed()
    await recordRevert(db.sql, {
      revertedActionId: s.actionId,
      reason: 'x',
      payload: payload(s.actionId),
      now: NOW
    })
    await expect(
      recordRevert(db.sql, {
        revertedActionId: s.actionId,
        reason: 'y',
        payload: payload(s.actionId),
        now: NOW
      })
    ).rejects.toBeInstanceOf(RevertConflictError)
    const [{ n }] = await db.sql<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM self_evolution_actions WHERE action_type = 'revert'`
    expect(n).toBe(1)
  })

  it('the database itself refuses a second rollback row or revert action for one action', async () => {
    const s = await seed()
    await recordRevert(db.sql, {
      revertedActionId: s.actionId,
      reason: 'x',
      payload: payload(s.actionId),
      now: NOW
    })
    await expect(
      db.sql`INSERT INTO self_evolution_rollbacks (action_id, reason) VALUES (${s.actionId}, 'again')`
    ).rejects.toThrow(/self_evolution_rollbacks_one_per_action/)
    await expect(
      db.sql`INSERT INTO self_evolution_actions (proposal_id, action_type, payload)
             VALUES (${s.proposalId}, 'revert', ${db.sql.json({ revertOf: { actionId: s.actionId } })})`
    ).rejects.toThrow(/self_evolution_actions_one_revert_per_action/)
  })

  it('rolls everything back when the action is not merged', async () => {
    const s = await seed('submitted')
    await expect(
      recordRevert(db.sql, {
        revertedActionId: s.actionId,
        reason: 'x',
        payload: payload(s.actionId),
        now: NOW
      })
    ).rejects.toThrow(/is "submitted", not "merged"/)
    expect(await findRevertOf(db.sql, s.actionId)).toEqual({ rollback: undefined, revertAction: undefined })
  })

  it('marks a run still marked running reverted too, so post leaves it be', async () => {
    const s = await seed('merged', 'running')
    const r = await recordRevert(db.sql, {
      revertedActionId: s.actionId,
      reason: 'x',
      payload: payload(s.actionId),
      now: NOW
    })
    expect(r.runReverted).toBe(true)
    const [run] = await db.sql<{ status: string; finished_at: Date }[]>`
      SELECT status, finished_at FROM self_evolution_runs WHERE id = ${s.runId}`
    expect(run).toEqual({ status: 'reverted', finished_at: NOW })
  })
})
