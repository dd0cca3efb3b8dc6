/**
 * Migration 0003's views return the rows of the original system's monitoring queries. Each query is
 * written here as the original system gave it (see docs/database.md), and run next to its view on
 * the seeded 60 days: the same rows (the query's columns), and the view's order agrees with the
 * query's ORDER BY (ties may come in either order, as they may from the query).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import { seedHistory } from '../__fixtures__/history.js'

type Row = Record<string, unknown>

let db: TestDatabase
beforeAll(async () => {
  db = await createTestDatabase()
  await seedHistory(db.sql)
})
afterAll(async () => {
  await db.close()
})

/** Rows as comparable text, in a canonical order (a multiset). */
function canonical(rows: readonly Row[], columns: string[]): string[] {
  return rows.map(r => JSON.stringify(columns.map(c => r[c]))).sort()
}

/** The view's rows keep the original query's order on `key` (descending). */
function descending(rows: readonly Row[], key: string): boolean {
  const values = rows.map(r => (r[key] instanceof Date ? (r[key] as Date).getTime() : String(r[key])))
  return values.every((v, i) => i === 0 || values[i - 1] >= v)
}

const pick = (rows: readonly Row[], columns: string[]) =>
  rows.map(r => Object.fromEntries(columns.map(c => [c, r[c]])))

describe('the monitoring views against the original queries', () => {
  it('self_evolution_recent_runs: check recent runs', async () => {
    const spec = await db.sql`
      SELECT id, run_date, status, summary, started_at, finished_at
      FROM self_evolution_runs
      ORDER BY run_date DESC
      LIMIT 10;
    `
    const view = await db.sql`SELECT * FROM self_evolution_recent_runs`
    const columns = ['id', 'run_date', 'status', 'summary', 'started_at', 'finished_at']
    expect(spec).toHaveLength(10)
    // No two runs share a day among the ten latest here, so the order is the original query's exactly.
    expect(pick(view, columns)).toEqual(pick(spec, columns))
    expect(Object.keys(view[0]).slice(0, columns.length)).toEqual(columns)
  })

  it('self_evolution_run_proposals: view proposals for a run (every run)', async () => {
    const runs = await db.sql<{ id: number }[]>`
      SELECT DISTINCT run_id AS id FROM self_evolution_proposals ORDER BY 1
    `
    expect(runs.length).toBeGreaterThan(30)
    const columns = ['id', 'type', 'title', 'risk_level', 'effort', 'allowlisted']
    let compared = 0
    for (const { id } of runs) {
      const spec = await db.sql`
        SELECT p.id, p.type, p.title, p.risk_level, p.effort, p.allowlisted
        FROM self_evolution_proposals p
        WHERE p.run_id = ${id}
        ORDER BY p.created_at DESC;
      `
      const view = await db.sql`SELECT * FROM self_evolution_run_proposals WHERE run_id = ${id}`
      expect(canonical(view, columns)).toEqual(canonical(spec, columns))
      expect(descending(view, 'created_at')).toBe(true)
      compared += spec.length
    }
    const [{ total }] = await db.sql<
      { total: number }[]
    >`SELECT count(*)::int AS total FROM self_evolution_proposals`
    expect(compared).toBe(total)
  })

  it('self_evolution_open_actions: check actions and status', async () => {
    const spec = await db.sql`
      SELECT a.id, a.action_type, a.status, p.title AS proposal_title
      FROM self_evolution_actions a
      JOIN self_evolution_proposals p ON a.proposal_id = p.id
      WHERE a.status != 'rolled_back'
      ORDER BY a.created_at DESC;
    `
    const view = await db.sql`SELECT * FROM self_evolution_open_actions`
    const columns = ['id', 'action_type', 'status', 'proposal_title']
    expect(spec.length).toBeGreaterThan(50)
    expect(canonical(view, columns)).toEqual(canonical(spec, columns))
    expect(descending(view, 'created_at')).toBe(true)
    expect(new Set(view.map(r => r.status))).toEqual(
      new Set(['planned', 'submitted', 'merged', 'closed', 'failed'])
    )
  })

  it('self_evolution_flag_status: feature flag status', async () => {
    const spec = await db.sql`
      SELECT key, value, metadata, created_at
      FROM feature_flags
      WHERE key = 'self_evolution_enabled';
    `
    const view = await db.sql`SELECT * FROM self_evolution_flag_status`
    const columns = ['key', 'value', 'metadata', 'created_at']
    expect(pick(view, columns)).toEqual(pick(spec, columns))
    expect(view).toEqual([
      expect.objectContaining({
        value: true,
        enabled_by: 'bob',
        disabled_by: 'alice',
        reason: 'maintenance over'
      })
    ])
  })

  it('self_evolution_failed_runs: runs failing', async () => {
    const spec = await db.sql`
      SELECT id, run_date, status, summary
      FROM self_evolution_runs
      WHERE status = 'failed'
      ORDER BY run_date DESC;
    `
    const view = await db.sql`SELECT * FROM self_evolution_failed_runs`
    const columns = ['id', 'run_date', 'status', 'summary']
    expect(spec).toHaveLength(10) // 7 in the window, 2 before it, 1 of the other repository
    expect(canonical(view, columns)).toEqual(canonical(spec, columns))
    expect(descending(view, 'run_date')).toBe(true)
  })

  it('self_evolution_rollback_history: review rollback records', async () => {
    const spec = await db.sql`
      SELECT r.*, a.action_type
      FROM self_evolution_rollbacks r
      JOIN self_evolution_actions a ON r.action_id = a.id
      ORDER BY r.created_at DESC;
    `
    const view = await db.sql`SELECT * FROM self_evolution_rollback_history`
    const columns = Object.keys(spec[0])
    expect(columns).toEqual(['id', 'action_id', 'reason', 'created_at', 'action_type'])
    expect(pick(view, columns)).toEqual(pick(spec, columns))
    expect(view[0]).toMatchObject({ action_status: 'rolled_back' })
  })
})

describe('on an empty database', () => {
  it('every view answers, empty except the seeded flag', async () => {
    const empty = await createTestDatabase()
    try {
      for (const view of [
        'self_evolution_recent_runs',
        'self_evolution_run_proposals',
        'self_evolution_open_actions',
        'self_evolution_failed_runs',
        'self_evolution_rollback_history'
      ]) {
        expect(await empty.sql`SELECT * FROM ${empty.sql(view)}`).toEqual([])
      }
      expect(await empty.sql`SELECT key, value FROM self_evolution_flag_status`).toEqual([
        { key: 'self_evolution_enabled', value: false }
      ])
    } finally {
      await empty.close()
    }
  })
})
