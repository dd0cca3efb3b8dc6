/**
 * The schema 0001 creates: the original system's six tables column by column, the additions this
 * project makes (repository and run_date), the constraints, and the original monitoring queries
 * running against it.
 * Runs on PGlite (npm test) and again on the real server (npm run test:pg).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'

// Written from the original system's tables (docs/database.md), independently of src/db.
const SPEC: Record<string, [column: string, dataType: string][]> = {
  self_evolution_runs: [
    ['id', 'integer'],
    ['run_date', 'date'],
    ['status', 'character varying'],
    ['started_at', 'timestamp with time zone'],
    ['finished_at', 'timestamp with time zone'],
    ['summary', 'text'],
    ['logs_url', 'text'],
    ['metrics', 'jsonb']
  ],
  self_evolution_reflections: [
    ['id', 'integer'],
    ['run_id', 'integer'],
    ['insights', 'text'],
    ['sentiment', 'jsonb'],
    ['created_at', 'timestamp with time zone']
  ],
  self_evolution_proposals: [
    ['id', 'integer'],
    ['run_id', 'integer'],
    ['type', 'character varying'],
    ['title', 'text'],
    ['description', 'text'],
    ['risk_level', 'smallint'],
    ['effort', 'smallint'],
    ['allowlisted', 'boolean'],
    ['blocked_reasons', 'text[]'],
    ['created_at', 'timestamp with time zone']
  ],
  self_evolution_actions: [
    ['id', 'integer'],
    ['proposal_id', 'integer'],
    ['action_type', 'character varying'],
    ['payload', 'jsonb'],
    ['status', 'character varying'],
    ['created_at', 'timestamp with time zone'],
    ['updated_at', 'timestamp with time zone']
  ],
  self_evolution_rollbacks: [
    ['id', 'integer'],
    ['action_id', 'integer'],
    ['reason', 'text'],
    ['created_at', 'timestamp with time zone']
  ],
  feature_flags: [
    ['key', 'text'],
    ['value', 'boolean'],
    ['metadata', 'jsonb'],
    ['created_at', 'timestamp with time zone']
  ]
}
// What this project adds to the original columns, and nothing else.
const ADDED: Record<string, [string, string][]> = {
  self_evolution_runs: [
    ['repository', 'text'],
    // 0007: which claim of the day the row holds.
    ['attempt', 'integer']
  ],
  self_evolution_proposals: [
    ['repository', 'text'],
    ['run_date', 'date'],
    // 0005: the risk the rails judged, beside the declared risk_level.
    ['effective_risk', 'smallint'],
    // 0007: the attempt of the run that recorded it.
    ['attempt', 'integer']
  ],
  self_evolution_reflections: [
    // 0007: the attempt of the run that recorded it.
    ['attempt', 'integer'],
    // 0008: the whole reflection, its digest and whose it is.
    ['reflection', 'jsonb'],
    ['sha256', 'text'],
    ['source', 'character varying']
  ]
}

let db: TestDatabase | undefined
afterEach(async () => {
  await db?.close()
  db = undefined
})

async function columns(d: TestDatabase, table: string) {
  const rows = await d.sql<
    { column_name: string; data_type: string; udt_name: string; column_default: string | null }[]
  >`
    SELECT column_name, data_type, udt_name, column_default
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table}
    ORDER BY ordinal_position
  `
  return rows.map(r => ({
    name: r.column_name,
    type: r.data_type === 'ARRAY' ? `${r.udt_name.replace(/^_/, '')}[]` : r.data_type,
    serial: (r.column_default ?? '').startsWith('nextval(')
  }))
}

describe('the schema of 0001', () => {
  it('has exactly the original six tables column by column, plus repository and run_date', async () => {
    db = await createTestDatabase()
    for (const [table, spec] of Object.entries(SPEC)) {
      const found = await columns(db, table)
      const expected = [...spec, ...(ADDED[table] ?? [])].map(([name, type]) => ({ name, type }))
      expect(
        found.map(c => ({ name: c.name, type: c.type })).sort((a, b) => a.name.localeCompare(b.name))
      ).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name)))
      if (table !== 'feature_flags') expect(found.find(c => c.name === 'id')?.serial).toBe(true)
    }
  })

  it('has the append-only events table', async () => {
    db = await createTestDatabase()
    const found = await columns(db, 'self_evolution_events')
    expect(found.map(c => c.name)).toEqual([
      'id',
      'repository',
      'kind',
      'reason',
      'run_id',
      'github_run_id',
      'detail',
      'created_at'
    ])
    await db.sql`INSERT INTO self_evolution_events (kind, reason) VALUES ('skip', 'flag-off')`
    await expect(db.sql`UPDATE self_evolution_events SET reason = 'x'`).rejects.toThrow(/append-only: UPDATE/)
    await expect(db.sql`DELETE FROM self_evolution_events`).rejects.toThrow(/append-only: DELETE/)
    await expect(db.sql`TRUNCATE self_evolution_events`).rejects.toThrow(/append-only: TRUNCATE/)
    await expect(db.sql`INSERT INTO self_evolution_events (kind) VALUES ('Not A Kind')`).rejects.toThrow(
      /self_evolution_events_kind_check/
    )
    const [{ count }] = await db.sql<{ count: number }[]>`
      SELECT count(*)::int AS count FROM self_evolution_events WHERE kind = 'skip'
    `
    expect(count).toBe(1)
  })

  it('seeds the global flag off', async () => {
    db = await createTestDatabase()
    const rows = await db.sql`SELECT key, value FROM feature_flags`
    expect([...rows]).toEqual([{ key: 'self_evolution_enabled', value: false }])
  })

  it('returns DATE as the YYYY-MM-DD string it stores, not a UTC-midnight Date', async () => {
    db = await createTestDatabase()
    const [row] = await db.sql<{ d: string; e: string }[]>`
      SELECT DATE '2026-01-31' AS d, ${'2026-12-01'}::date AS e
    `
    expect(row).toEqual({ d: '2026-01-31', e: '2026-12-01' })
    await db.sql`INSERT INTO self_evolution_runs (repository, run_date, status) VALUES ('o/r', ${'2026-03-01'}, 'success')`
    const [run] = await db.sql<{ run_date: string }[]>`SELECT run_date FROM self_evolution_runs`
    expect(run.run_date).toBe('2026-03-01')
  })

  it('keeps one run per repository and day, and allows the same day for another repository', async () => {
    db = await createTestDatabase()
    await db.sql`INSERT INTO self_evolution_runs (repository, run_date, status) VALUES ('a/b', '2026-01-01', 'success')`
    await db.sql`INSERT INTO self_evolution_runs (repository, run_date, status) VALUES ('c/d', '2026-01-01', 'success')`
    await expect(
      db.sql`INSERT INTO self_evolution_runs (repository, run_date, status) VALUES ('a/b', '2026-01-01', 'failed')`
    ).rejects.toThrow(/self_evolution_runs_repository_run_date_key/)
  })

  it('checks the original value sets and ranges', async () => {
    db = await createTestDatabase()
    const sql = db.sql
    await expect(
      sql`INSERT INTO self_evolution_runs (run_date, status) VALUES ('2026-01-01', 'done')`
    ).rejects.toThrow(/self_evolution_runs_status_check/)
    const [{ id: runId }] = await sql<{ id: number }[]>`
      INSERT INTO self_evolution_runs (repository, run_date, status) VALUES ('o/r', '2026-01-01', 'running') RETURNING id
    `
    const proposal = (type: string, risk: number, effort: number | null) => sql`
      INSERT INTO self_evolution_proposals (run_id, repository, run_date, type, title, risk_level, effort)
      VALUES (${runId}, 'o/r', '2026-01-01', ${type}, 't', ${risk}, ${effort}) RETURNING id
    `
    await expect(proposal('refactor', 1, 1)).rejects.toThrow(/self_evolution_proposals_type_check/)
    await expect(proposal('prompt', 6, 1)).rejects.toThrow(/self_evolution_proposals_risk_level_check/)
    await expect(proposal('prompt', -1, 1)).rejects.toThrow(/self_evolution_proposals_risk_level_check/)
    await expect(proposal('prompt', 5, 6)).rejects.toThrow(/self_evolution_proposals_effort_check/)
    const [{ id: proposalId }] = await proposal('prompt', 5, null)
    await expect(sql`
      INSERT INTO self_evolution_actions (proposal_id, action_type, status) VALUES (${proposalId}, 'pr', 'abandoned')
    `).rejects.toThrow(/self_evolution_actions_status_check/)
    await expect(sql`
      INSERT INTO self_evolution_actions (proposal_id, action_type) VALUES (${proposalId + 1000}, 'pr')
    `).rejects.toThrow(/self_evolution_actions_proposal_id_fkey/)
    // A proposal's day is its run's day: the wildcard index cannot be dodged with another date.
    await expect(sql`
      INSERT INTO self_evolution_proposals (run_id, repository, run_date, type, title, risk_level)
      VALUES (${runId}, 'o/r', '2026-01-02', 'prompt', 't', 1)
    `).rejects.toThrow(/self_evolution_proposals_run_day_fkey/)
  })

  it('allows one allowed wildcard per repository and day, and any number of blocked ones', async () => {
    db = await createTestDatabase()
    const sql = db.sql
    const runs = await sql<{ id: number; repository: string }[]>`
      INSERT INTO self_evolution_runs (repository, run_date, status)
      VALUES ('a/b', '2026-01-01', 'running'), ('c/d', '2026-01-01', 'running') RETURNING id, repository
    `
    const wildcard = (run: { id: number; repository: string }, allowed: boolean) => sql`
      INSERT INTO self_evolution_proposals (run_id, repository, run_date, type, title, risk_level, allowlisted, blocked_reasons)
      VALUES (${run.id}, ${run.repository}, '2026-01-01', 'wildcard', 'w', 1, ${allowed},
              ${allowed ? sql.array([], 25) : sql.array(['wildcard-daily-limit: x'])})
    `
    await wildcard(runs[0], true)
    await wildcard(runs[0], false)
    await wildcard(runs[0], false)
    await wildcard(runs[1], true)
    await expect(wildcard(runs[0], true)).rejects.toThrow(/self_evolution_proposals_one_allowed_wildcard/)
  })

  it('answers the original monitoring queries', async () => {
    db = await createTestDatabase()
    const sql = db.sql
    const [{ id: runId }] = await sql<{ id: number }[]>`
      INSERT INTO self_evolution_runs (repository, run_date, status, summary, started_at, finished_at)
      VALUES ('o/r', '2026-01-01', 'failed', 'it broke', now(), now()) RETURNING id
    `
    const [{ id: proposalId }] = await sql<{ id: number }[]>`
      INSERT INTO self_evolution_proposals (run_id, repository, run_date, type, title, risk_level, effort, allowlisted)
      VALUES (${runId}, 'o/r', '2026-01-01', 'prompt', 'Sharper prompt', 1, 2, true) RETURNING id
    `
    const [{ id: actionId }] = await sql<{ id: number }[]>`
      INSERT INTO self_evolution_actions (proposal_id, action_type) VALUES (${proposalId}, 'pr') RETURNING id
    `
    await sql`INSERT INTO self_evolution_rollbacks (action_id, reason) VALUES (${actionId}, 'CI failed')`

    const recent = await sql`
      SELECT id, run_date, status, summary, started_at, finished_at
      FROM self_evolution_runs ORDER BY run_date DESC LIMIT 10`
    expect(recent.map(r => [r.run_date, r.status])).toEqual([['2026-01-01', 'failed']])
    const proposals = await sql`
      SELECT p.id, p.type, p.title, p.risk_level, p.effort, p.allowlisted
      FROM self_evolution_proposals p WHERE p.run_id = ${runId} ORDER BY p.created_at DESC`
    expect(proposals.map(p => p.title)).toEqual(['Sharper prompt'])
    const actions = await sql`
      SELECT a.id, a.action_type, a.status, p.title AS proposal_title
      FROM self_evolution_actions a JOIN self_evolution_proposals p ON a.proposal_id = p.id
      WHERE a.status != 'rolled_back' ORDER BY a.created_at DESC`
    expect(actions.map(a => [a.action_type, a.status, a.proposal_title])).toEqual([
      ['pr', 'planned', 'Sharper prompt']
    ])
    const flag = await sql`
      SELECT key, value, metadata, created_at FROM feature_flags WHERE key = 'self_evolution_enabled'`
    expect(flag.map(f => f.value)).toEqual([false])
    const failed = await sql`
      SELECT id, run_date, status, summary FROM self_evolution_runs WHERE status = 'failed' ORDER BY run_date DESC`
    expect(failed.map(f => f.summary)).toEqual(['it broke'])
    const rollbacks = await sql`
      SELECT r.*, a.action_type FROM self_evolution_rollbacks r
      JOIN self_evolution_actions a ON r.action_id = a.id ORDER BY r.created_at DESC`
    expect(rollbacks.map(r => [r.reason, r.action_type])).toEqual([['CI failed', 'pr']])
    // The original system's fix for a stuck run is a no-op on a run that is not running.
    const stuck = await sql`
      UPDATE self_evolution_runs SET status = 'failed', finished_at = NOW(),
        summary = 'Manually marked as failed due to stuck state'
      WHERE id = ${runId} AND status = 'running'`
    expect(stuck.count).toBe(0)
  })

  it('has an index behind each monitoring query', async () => {
    db = await createTestDatabase()
    const rows = await db.sql<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()
    `
    const defs = rows.map(r => r.indexdef.replace(/ USING btree/, '').replace(/\S+\./g, ''))
    const has = (pattern: RegExp) => expect(defs.some(d => pattern.test(d))).toBe(true)
    has(/ON self_evolution_runs \(run_date DESC\)/) // recent runs
    has(/ON self_evolution_runs \(status, run_date DESC\)/) // failed runs
    has(/ON self_evolution_proposals \(run_id, created_at DESC\)/) // proposals of a run
    has(/ON self_evolution_actions \(created_at DESC\) WHERE \(\(status\)::text <> 'rolled_back'/) // open actions
    has(/ON self_evolution_rollbacks \(created_at DESC\)/) // rollbacks
    has(/ON self_evolution_runs \(repository, finished_at DESC\)/) // failure limit, cooldown
  })
})
