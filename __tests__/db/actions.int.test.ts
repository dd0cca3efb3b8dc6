/** Finding the action behind a pull request or a merge, and moving it along. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import {
  findActionByMergeSha,
  findActionForPullRequest,
  getAction,
  updateAction
} from '../../src/db/actions.js'

const REPO = 'octo/agent'
let db: TestDatabase

async function seedAction(
  repository: string,
  runDate: string,
  payload: Record<string, unknown>,
  opts: { type?: string; risk?: number; actionType?: string } = {}
): Promise<number> {
  const [run] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_runs (repository, run_date, status) VALUES (${repository}, ${runDate}, 'success')
    ON CONFLICT (repository, run_date) DO UPDATE SET status = EXCLUDED.status
    RETURNING id`
  const [p] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_proposals (run_id, repository, run_date, type, title, risk_level, allowlisted)
    VALUES (${run.id}, ${repository}, ${runDate}, ${opts.type ?? 'wildcard'}, 'a title', ${opts.risk ?? 1}, true)
    RETURNING id`
  const [a] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_actions (proposal_id, action_type, payload, status)
    VALUES (${p.id}, ${opts.actionType ?? 'pr'}, ${db.sql.json(payload as never)}, 'submitted')
    RETURNING id`
  return a.id
}

beforeEach(async () => {
  db = await createTestDatabase()
})
afterEach(async () => {
  await db.close()
})

describe('actions', () => {
  it('finds the action of a pull request by number first, then by branch, only in its repository', async () => {
    const byBranch = await seedAction(REPO, '2026-11-20', { branch: 'self-evolution/x' })
    const byNumber = await seedAction(REPO, '2026-11-21', {
      branch: 'self-evolution/y',
      pullRequest: { number: 7, url: 'https://github.com/octo/agent/pull/7' }
    })
    await seedAction('other/repo', '2026-11-22', { branch: 'self-evolution/x', pullRequest: { number: 8 } })

    const a = await findActionForPullRequest(db.sql, {
      repository: REPO,
      number: 7,
      branch: 'self-evolution/x'
    })
    expect(a?.id).toBe(byNumber)
    expect(a).toMatchObject({ repository: REPO, proposalType: 'wildcard', riskLevel: 1, actionType: 'pr' })
    const b = await findActionForPullRequest(db.sql, {
      repository: REPO,
      number: 8,
      branch: 'self-evolution/x'
    })
    expect(b?.id).toBe(byBranch)
    expect(
      await findActionForPullRequest(db.sql, { repository: REPO, number: 9, branch: 'self-evolution/z' })
    ).toBeUndefined()
  })

  it('moves an action only from the statuses it is allowed from, merging the payload', async () => {
    const id = await seedAction(REPO, '2026-11-20', { branch: 'b', pullRequest: { number: 1 } })
    expect(
      await updateAction(db.sql, id, { status: 'merged', payload: { mergeSha: 'abc' }, from: ['submitted'] })
    ).toBe(true)
    expect(
      await updateAction(db.sql, id, { status: 'merged', payload: { mergeSha: 'def' }, from: ['submitted'] })
    ).toBe(false)
    const row = await getAction(db.sql, id)
    expect(row?.status).toBe('merged')
    expect(row?.payload).toEqual({ branch: 'b', pullRequest: { number: 1 }, mergeSha: 'abc' })
    expect((await findActionByMergeSha(db.sql, REPO, 'abc'))?.id).toBe(id)
    expect(await findActionByMergeSha(db.sql, 'other/repo', 'abc')).toBeUndefined()
    await expect(updateAction(db.sql, id, { status: 'bogus' as never })).rejects.toThrow(/status_check/)
  })
})
