/**
 * recordReflection and migration 0008: one row per attempt, the whole document with its digest and
 * source, the sentences in insights; the constraints that keep a rails row whole.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { recordReflection } from '../../src/db/reflection.js'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'

let db: TestDatabase
let runId: number
const SHA = 'ab'.repeat(32)

beforeAll(async () => {
  db = await createTestDatabase()
  const [run] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_runs (repository, run_date, status) VALUES ('o/r', '2026-12-06', 'running') RETURNING id
  `
  runId = run.id
})
afterAll(async () => {
  await db.close()
})

describe('recordReflection', () => {
  it('records each attempt as its own row, with the document, digest, source and sentences', async () => {
    const reflection = { insights: ['One.', 'Two.'], sentiment: { score: 2 }, memory: [] }
    const first = await recordReflection(db.sql, { runId, reflection, sha256: SHA, source: 'rails' })
    const second = await recordReflection(db.sql, { runId, reflection, sha256: SHA, source: 'rails' })
    expect(second).toBeGreaterThan(first)
    const rows = await db.sql`
      SELECT insights, sentiment, reflection, sha256, source FROM self_evolution_reflections
      WHERE id = ${first}
    `
    expect(rows[0]).toEqual({
      insights: 'One.\nTwo.',
      sentiment: { score: 2 },
      reflection,
      sha256: SHA,
      source: 'rails'
    })
  })

  it("records under the run's current attempt, and refuses a run that does not exist", async () => {
    const reflection = { insights: ['Later.'] }
    const [other] = await db.sql<{ id: number }[]>`
      INSERT INTO self_evolution_runs (repository, run_date, status, attempt)
      VALUES ('o/r', '2026-12-05', 'running', 3) RETURNING id
    `
    const id = await recordReflection(db.sql, { runId: other.id, reflection, sha256: SHA, source: 'rails' })
    const [row] = await db.sql`SELECT run_id, attempt FROM self_evolution_reflections WHERE id = ${id}`
    expect(row).toEqual({ run_id: other.id, attempt: 3 })
    await expect(
      recordReflection(db.sql, { runId: 999_999, reflection, sha256: SHA, source: 'rails' })
    ).rejects.toThrow('Run 999999 does not exist')
  })

  it("keeps the agent's rows, old and new, as source agent", async () => {
    await db.sql`INSERT INTO self_evolution_reflections (run_id, insights) VALUES (${runId}, 'the agent wrote this')`
    const [row] =
      await db.sql`SELECT source, reflection, sha256 FROM self_evolution_reflections WHERE insights = 'the agent wrote this'`
    expect(row).toEqual({ source: 'agent', reflection: null, sha256: null })
  })

  it('refuses a digest that is not 64 hex digits, an unknown source and a rails row without its document', async () => {
    await expect(
      recordReflection(db.sql, { runId, reflection: { insights: [] }, sha256: 'nope', source: 'rails' })
    ).rejects.toThrow('is not 64 lower-case hex digits')
    await expect(
      db.sql`INSERT INTO self_evolution_reflections (run_id, insights, source) VALUES (${runId}, 'x', 'someone')`
    ).rejects.toThrow(/self_evolution_reflections_source_check/)
    await expect(
      db.sql`INSERT INTO self_evolution_reflections (run_id, insights, source, sha256) VALUES (${runId}, 'x', 'rails', ${SHA})`
    ).rejects.toThrow(/self_evolution_reflections_rails_whole_check/)
    await expect(
      db.sql`INSERT INTO self_evolution_reflections (run_id, insights, reflection) VALUES (${runId}, 'x', '{}'::jsonb)`
    ).rejects.toThrow(/self_evolution_reflections_reflection_check/)
  })
})
