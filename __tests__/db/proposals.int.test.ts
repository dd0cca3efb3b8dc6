/** Recording a judgement: one transaction, batched inserts, and the one-wildcard-a-day verdict. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import { setFlag } from '../../src/db/flags.js'
import { claimRun } from '../../src/db/runs.js'
import { hasAllowedWildcard, recordJudgement, type JudgedProposal } from '../../src/db/proposals.js'

const REPO = 'octo/agent'
const DAY = '2026-11-25'
const now = new Date(`${DAY}T02:00:00Z`)

let db: TestDatabase
let queries: string[]
let runId: number

async function claimed(d: TestDatabase, repository = REPO): Promise<number> {
  const c = await claimRun(d.sql, {
    repository,
    runDate: DAY,
    now,
    force: true,
    holder: { githubRunId: '1', attempt: 1, event: 'schedule', sha: 'a', dryRun: true }
  })
  if (!c.claimed) throw new Error(`not claimed: ${c.reason}`)
  return c.runId
}

beforeEach(async () => {
  queries = []
  db = await createTestDatabase({ onQuery: q => queries.push(q) })
  await setFlag(db.sql, { value: true, by: 'test', now })
  runId = await claimed(db)
})
afterEach(async () => {
  await db.close()
})

const allowed = (type: JudgedProposal['type'], title: string): JudgedProposal => ({
  type,
  title,
  description: `${title}, described`,
  riskLevel: 1,
  effort: 2,
  allowed: true,
  blockedReasons: [],
  action: { actionType: 'pr', payload: { dryRun: true, title } }
})
const blocked = (title: string): JudgedProposal => ({
  type: 'capability',
  title,
  riskLevel: 4,
  allowed: false,
  blockedReasons: ['max-risk: risk 4 is above 2', 'blocked-path: .github/workflows/ci.yml']
})

describe('recordJudgement', () => {
  it('records the reflection, every proposal in order, and a planned action for each allowed one', async () => {
    const result = await recordJudgement(db.sql, {
      runId,
      repository: REPO,
      runDate: DAY,
      reflection: { insights: 'Short answers land better.', sentiment: { score: 0.4 } },
      proposals: [
        allowed('prompt', 'p1'),
        blocked('b1'),
        allowed('wildcard', 'w1'),
        { ...allowed('cleanup', 'c1'), action: null }
      ]
    })
    expect(result.flipped).toEqual([])
    expect(result.reflectionId).toEqual(expect.any(Number))
    expect(result.actionIds.map(a => a !== null)).toEqual([true, false, true, false])
    const rows = await db.sql`
      SELECT id, run_id, repository, run_date, type, title, description, risk_level, effort, allowlisted, blocked_reasons
      FROM self_evolution_proposals ORDER BY id`
    expect(rows.map(r => r.id)).toEqual(result.proposalIds)
    expect(
      rows.map(r => [r.title, r.type, r.allowlisted, r.blocked_reasons, r.repository, r.run_date, r.run_id])
    ).toEqual([
      ['p1', 'prompt', true, [], REPO, DAY, runId],
      [
        'b1',
        'capability',
        false,
        ['max-risk: risk 4 is above 2', 'blocked-path: .github/workflows/ci.yml'],
        REPO,
        DAY,
        runId
      ],
      ['w1', 'wildcard', true, [], REPO, DAY, runId],
      ['c1', 'cleanup', true, [], REPO, DAY, runId]
    ])
    const actions =
      await db.sql`SELECT id, proposal_id, action_type, status, payload FROM self_evolution_actions ORDER BY id`
    expect(actions.map(a => [a.id, a.proposal_id, a.action_type, a.status, a.payload.title])).toEqual([
      [result.actionIds[0], result.proposalIds[0], 'pr', 'planned', 'p1'],
      [result.actionIds[2], result.proposalIds[2], 'pr', 'planned', 'w1']
    ])
    const [reflection] = await db.sql`SELECT run_id, insights, sentiment FROM self_evolution_reflections`
    expect(reflection).toEqual({
      run_id: runId,
      insights: 'Short answers land better.',
      sentiment: { score: 0.4 }
    })
  })

  it('makes the same number of round trips for 1 proposal and for 100', async () => {
    const count = async (n: number) => {
      const before = queries.length
      await recordJudgement(db.sql, {
        runId,
        repository: REPO,
        runDate: DAY,
        reflection: { insights: 'x' },
        proposals: Array.from({ length: n }, (_, i) =>
          i % 2 ? blocked(`b${i}`) : allowed('prompt', `p${i}`)
        )
      })
      return queries.length - before
    }
    const one = await count(1)
    const hundred = await count(100)
    expect(hundred).toBe(one)
    expect(one).toBeLessThanOrEqual(7) // begin, run lock, day's wildcard, reflection, proposals, actions, commit
    expect(await db.sql`SELECT 1 FROM self_evolution_proposals`).toHaveLength(101)
  })

  it('records nothing when part of it fails', async () => {
    const bad = { ...allowed('prompt', 'too risky'), riskLevel: 9 }
    await expect(
      recordJudgement(db.sql, {
        runId,
        repository: REPO,
        runDate: DAY,
        reflection: { insights: 'x' },
        proposals: [allowed('prompt', 'fine'), bad]
      })
    ).rejects.toThrow(/self_evolution_proposals_risk_level_check/)
    for (const table of [
      'self_evolution_reflections',
      'self_evolution_proposals',
      'self_evolution_actions'
    ]) {
      expect(await db.sql`SELECT 1 FROM ${db.sql(table)}`).toHaveLength(0)
    }
  })

  it('turns a second allowed wildcard of the day into the wildcard-daily-limit verdict, without its action', async () => {
    await recordJudgement(db.sql, {
      runId,
      repository: REPO,
      runDate: DAY,
      proposals: [allowed('wildcard', 'first')]
    })
    expect(await hasAllowedWildcard(db.sql, REPO, DAY)).toBe(true)
    expect(await hasAllowedWildcard(db.sql, REPO, '2026-11-26')).toBe(false)
    expect(await hasAllowedWildcard(db.sql, 'octo/other', DAY)).toBe(false)

    // The run re-claimed with force the same day proposes another wildcard.
    const result = await recordJudgement(db.sql, {
      runId,
      repository: REPO,
      runDate: DAY,
      reflection: { insights: 'kept' },
      proposals: [allowed('prompt', 'p'), allowed('wildcard', 'second'), blocked('b')]
    })
    expect(result.flipped).toEqual([1])
    expect(result.actionIds.map(a => a !== null)).toEqual([true, false, false])
    const [second] =
      await db.sql`SELECT allowlisted, blocked_reasons FROM self_evolution_proposals WHERE title = 'second'`
    expect(second.allowlisted).toBe(false)
    expect(second.blocked_reasons).toEqual([
      `wildcard-daily-limit: an allowed wildcard is already recorded for ${REPO} on ${DAY}`
    ])
    // The retried transaction recorded everything else exactly once.
    expect(await db.sql`SELECT 1 FROM self_evolution_reflections WHERE insights = 'kept'`).toHaveLength(1)
    expect(await db.sql`SELECT 1 FROM self_evolution_proposals`).toHaveLength(4)
  })

  it('keeps the first of two allowed wildcards in one batch', async () => {
    const result = await recordJudgement(db.sql, {
      runId,
      repository: REPO,
      runDate: DAY,
      proposals: [allowed('wildcard', 'w1'), allowed('wildcard', 'w2'), allowed('wildcard', 'w3')]
    })
    expect(result.flipped).toEqual([1, 2])
    const rows = await db.sql`SELECT title, allowlisted FROM self_evolution_proposals ORDER BY id`
    expect(rows.map(r => [r.title, r.allowlisted])).toEqual([
      ['w1', true],
      ['w2', false],
      ['w3', false]
    ])
  })

  it('counts wildcards per repository: another repository keeps its own', async () => {
    await recordJudgement(db.sql, {
      runId,
      repository: REPO,
      runDate: DAY,
      proposals: [allowed('wildcard', 'a')]
    })
    const other = await claimed(db, 'octo/other')
    const result = await recordJudgement(db.sql, {
      runId: other,
      repository: 'octo/other',
      runDate: DAY,
      proposals: [allowed('wildcard', 'b')]
    })
    expect(result.flipped).toEqual([])
  })

  it('records a run with no proposals and no reflection', async () => {
    expect(await recordJudgement(db.sql, { runId, repository: REPO, runDate: DAY, proposals: [] })).toEqual({
      reflectionId: null,
      proposalIds: [],
      actionIds: [],
      flipped: []
    })
  })
})
