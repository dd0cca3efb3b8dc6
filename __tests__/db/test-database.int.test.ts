/**
 * The test database fixture: every createTestDatabase() is the freshly migrated database, whatever
 * the test before did to its rows or its schema. (On PGlite the fixture resets rather than migrates
 * again when the schema is untouched; on the real server each call is a new database.)
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'

let db: TestDatabase | undefined
afterEach(async () => {
  await db?.close()
  db = undefined
})

const TABLES = [
  'schema_migrations',
  'feature_flags',
  'self_evolution_runs',
  'self_evolution_reflections',
  'self_evolution_proposals',
  'self_evolution_actions',
  'self_evolution_rollbacks',
  'self_evolution_events'
]

/** Every row of the tables above, without the times a fresh migration sets anew. */
async function contents(d: TestDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of TABLES) {
    const rows = await d.sql`SELECT * FROM ${d.sql(table)} ORDER BY 1`
    out[table] = rows.map(({ applied_at: _applied, created_at: _created, ...rest }) => rest)
  }
  return out
}

async function fresh(): Promise<TestDatabase> {
  await db?.close()
  db = await createTestDatabase()
  return db
}

describe('createTestDatabase', () => {
  it('undoes the rows, sequences and flags a test changed', async () => {
    const before = await contents(await fresh())
    const d = db!
    await d.sql`UPDATE feature_flags SET value = true WHERE key = 'self_evolution_enabled'`
    await d.sql`INSERT INTO self_evolution_runs (repository, run_date) VALUES ('o/r', '2026-11-25')`
    await d.sql`INSERT INTO self_evolution_events (kind, reason) VALUES ('test', 'changed')`

    const after = await fresh()
    expect(await contents(after)).toEqual(before)
    const [run] = await after.sql<{ id: number }[]>`
      INSERT INTO self_evolution_runs (repository, run_date) VALUES ('o/r', '2026-11-25') RETURNING id`
    expect(run.id).toBe(1)
    // The events table is append-only again.
    await expect(after.sql`DELETE FROM self_evolution_events`).rejects.toThrow(/append-only/)
  })

  it('undoes a changed schema: an added column, a disabled trigger, a dropped index', async () => {
    const before = await contents(await fresh())
    const d = db!
    await d.sql`ALTER TABLE self_evolution_runs ADD COLUMN note TEXT`
    await d.sql`ALTER TABLE self_evolution_events DISABLE TRIGGER self_evolution_events_no_update_delete`
    await d.sql`DROP INDEX self_evolution_proposals_one_allowed_wildcard`

    const after = await fresh()
    expect(await contents(after)).toEqual(before)
    const columns = await after.sql<{ name: string }[]>`
      SELECT column_name AS name FROM information_schema.columns
      WHERE table_name = 'self_evolution_runs' AND column_name = 'note'`
    expect(columns).toEqual([])
    await expect(after.sql`DELETE FROM self_evolution_events`).rejects.toThrow(/append-only/)
    const [index] = await after.sql<{ exists: boolean }[]>`
      SELECT to_regclass('self_evolution_proposals_one_allowed_wildcard') IS NOT NULL AS exists`
    expect(index.exists).toBe(true)
  })
})
