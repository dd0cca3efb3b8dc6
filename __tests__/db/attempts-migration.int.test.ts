/**
 * Migration 0007 on a database that already holds re-claimed runs: a run's attempt is 1 + the length
 * of its history, and each reflection and proposal is filed under the attempt whose claim came before
 * it was recorded.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import { migrate } from '../../src/db/migrate.js'
import { MIGRATIONS } from '../../src/db/migrations.generated.js'
import { listRuns } from '../../src/db/runs.js'

let db: TestDatabase
beforeAll(async () => {
  db = await createTestDatabase({ migrated: false })
})
afterAll(async () => {
  await db.close()
})

it('numbers the attempts of existing runs and of what they recorded', async () => {
  await migrate(db.sql, { migrations: MIGRATIONS.filter(m => m.name < '0007') })
  const history = [
    { status: 'failed', finishedAt: '2026-11-25T02:20:00Z', reclaimedAt: '2026-11-25T02:30:00Z' },
    { status: 'success', finishedAt: '2026-11-25T03:20:00Z', reclaimedAt: '2026-11-25T03:30:00Z' }
  ]
  const [thrice] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_runs (repository, run_date, status, started_at, finished_at, metrics)
    VALUES ('octo/old', '2026-11-25', 'success', '2026-11-25T03:30:00Z', '2026-11-25T03:40:00Z',
            ${db.sql.json({ holder: {}, history })})
    RETURNING id
  `
  const [once] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_runs (repository, run_date, status, metrics)
    VALUES ('octo/old', '2026-11-24', 'success', '{"history": []}')
    RETURNING id
  `
  const proposal = (runId: number, day: string, title: string, createdAt: string, allowed: boolean) => db.sql`
    INSERT INTO self_evolution_proposals (run_id, repository, run_date, type, title, risk_level, allowlisted, created_at)
    VALUES (${runId}, 'octo/old', ${day}, 'wildcard', ${title}, 1, ${allowed}, ${createdAt})
  `
  // One allowed wildcard a day held before 0007: only one of these is allowed.
  await proposal(thrice.id, '2026-11-25', 'one', '2026-11-25T02:10:00Z', true)
  await proposal(thrice.id, '2026-11-25', 'two', '2026-11-25T03:10:00Z', false)
  await proposal(thrice.id, '2026-11-25', 'three', '2026-11-25T03:35:00Z', false)
  await proposal(once.id, '2026-11-24', 'alone', '2026-11-24T02:10:00Z', true)
  await db.sql`
    INSERT INTO self_evolution_reflections (run_id, insights, created_at)
    VALUES (${thrice.id}, 'early', '2026-11-25T02:11:00Z'), (${thrice.id}, 'late', '2026-11-25T03:36:00Z')
  `

  const through0007 = MIGRATIONS.filter(m => m.name < '0008')
  expect((await migrate(db.sql, { migrations: through0007 })).applied).toEqual(['0007_run_attempts.sql'])

  const runs = await db.sql`SELECT id, attempt FROM self_evolution_runs ORDER BY id`
  expect(runs.map(r => [r.id, r.attempt])).toEqual([
    [thrice.id, 3],
    [once.id, 1]
  ])
  const proposals = await db.sql`SELECT title, attempt FROM self_evolution_proposals ORDER BY id`
  expect(proposals.map(p => [p.title, p.attempt])).toEqual([
    ['one', 1],
    ['two', 2],
    ['three', 3],
    ['alone', 1]
  ])
  const reflections = await db.sql`SELECT insights, attempt FROM self_evolution_reflections ORDER BY id`
  expect(reflections.map(r => [r.insights, r.attempt])).toEqual([
    ['early', 1],
    ['late', 3]
  ])
  // The later migrations keep the numbering, and the list reads it.
  await migrate(db.sql)
  const listed = await listRuns(db.sql, { repository: 'octo/old', limit: 5 })
  expect(listed.map(r => [r.attempt, r.proposalsAllowed, r.proposalsBlocked, r.earlierAttempts])).toEqual([
    [3, 0, 1, 2],
    [1, 1, 0, 0]
  ])
})
