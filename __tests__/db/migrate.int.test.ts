/**
 * The migration runner: applying, refusing a changed or unknown migration, ensureSchema's one line,
 * and the adoption of hand-made installations. PGlite in npm test, the real server in test:pg.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import {
  ChecksumMismatchError,
  ensureSchema,
  IncompatibleSchemaError,
  migrate,
  migrationStatus,
  MigrationError,
  PREVIOUS_CHECKSUMS,
  SchemaBehindError,
  SchemaNewerError
} from '../../src/db/migrate.js'
import { ACTION_VERSION, MIGRATIONS } from '../../src/db/migrations.generated.js'

let db: TestDatabase | undefined
afterEach(async () => {
  await db?.close()
  db = undefined
})

const sha = (text: string) => createHash('sha256').update(text).digest('hex')
const extra = (name: string, sql: string) => ({ name, sql, checksum: sha(sql) })
const TABLES = [
  'self_evolution_runs',
  'self_evolution_reflections',
  'self_evolution_proposals',
  'self_evolution_actions',
  'self_evolution_rollbacks',
  'feature_flags',
  'self_evolution_events'
]

async function applied(d: TestDatabase) {
  return d.sql<{ name: string; checksum: string; action_version: string }[]>`
    SELECT name, checksum, action_version FROM schema_migrations ORDER BY name
  `
}

async function tableExists(d: TestDatabase, name: string): Promise<boolean> {
  const [row] = await d.sql<{ exists: boolean }[]>`SELECT to_regclass(${name}) IS NOT NULL AS exists`
  return row.exists
}

describe('migrate', () => {
  it('applies every migration once, with its checksum and the action version, and then has nothing to do', async () => {
    db = await createTestDatabase({ migrated: false })
    const names = MIGRATIONS.map(m => m.name)
    expect(names[0]).toBe('0001_init.sql')
    const first = await migrate(db.sql)
    expect(first).toEqual({ applied: names, adopted: false, current: names })
    const second = await migrate(db.sql)
    expect(second.applied).toEqual([])
    expect([...(await applied(db))]).toEqual(
      MIGRATIONS.map(m => ({ name: m.name, checksum: m.checksum, action_version: ACTION_VERSION }))
    )
    const events = await db.sql`SELECT kind, reason, detail FROM self_evolution_events`
    expect(events.map(e => [e.kind, e.reason, e.detail.applied])).toEqual([['migration', 'applied', names]])
  })

  it('applies a later migration on top, and records who applied it', async () => {
    db = await createTestDatabase()
    const next = [
      ...MIGRATIONS,
      extra('9990_note.sql', 'ALTER TABLE self_evolution_runs ADD COLUMN note TEXT;')
    ]
    await expect(ensureSchema(db.sql, { migrate: false, migrations: next })).rejects.toThrow(
      'The database schema is behind this action (9990_note.sql not applied): run `self-evolution migrate` or set `migrate: true`.'
    )
    const result = await migrate(db.sql, { migrations: next, actionVersion: '0.2.0' })
    expect(result.applied).toEqual(['9990_note.sql'])
    expect((await applied(db)).map(r => [r.name, r.action_version])).toEqual([
      ...MIGRATIONS.map(m => [m.name, ACTION_VERSION]),
      ['9990_note.sql', '0.2.0']
    ])
    await expect(ensureSchema(db.sql, { migrate: false, migrations: next })).resolves.toBeDefined()
  })

  it('applies nothing when a migration fails', async () => {
    db = await createTestDatabase({ migrated: false })
    const broken = [...MIGRATIONS, extra('0002_broken.sql', 'ALTER TABLE no_such_table ADD COLUMN x INT;')]
    const error = await migrate(db.sql, { migrations: broken }).catch(e => e)
    expect(error).toBeInstanceOf(MigrationError)
    expect(error.message).toMatch(
      /^Migration 0002_broken.sql failed: .*no_such_table.*Nothing was applied\.$/
    )
    expect(await tableExists(db, 'schema_migrations')).toBe(false)
    expect(await tableExists(db, 'self_evolution_runs')).toBe(false)
  })

  it('ensureSchema without migrate fails with one line saying what to do, and changes nothing', async () => {
    db = await createTestDatabase({ migrated: false })
    const error = await ensureSchema(db.sql, { migrate: false }).catch(e => e)
    expect(error).toBeInstanceOf(SchemaBehindError)
    expect(error.message).toBe(
      `The database schema is behind this action (${MIGRATIONS.map(m => m.name).join(', ')} not applied): run \`self-evolution migrate\` or set \`migrate: true\`.`
    )
    expect(error.message).not.toContain('\n')
    expect(await tableExists(db, 'schema_migrations')).toBe(false)
    await ensureSchema(db.sql, { migrate: true })
    await expect(ensureSchema(db.sql, { migrate: false })).resolves.toMatchObject({ pending: [] })
  })

  it('refuses when an applied migration has changed', async () => {
    db = await createTestDatabase()
    await db.sql`UPDATE schema_migrations SET checksum = ${sha('something else')} WHERE name = '0001_init.sql'`
    for (const attempt of [() => migrate(db!.sql), () => ensureSchema(db!.sql, { migrate: false })]) {
      const error = await attempt().catch(e => e)
      expect(error).toBeInstanceOf(ChecksumMismatchError)
      expect(error.message).toMatch(/^Migration 0001_init.sql has changed since it was applied/)
    }
  })

  it('accepts the checksum a file had before its comments were reworded, and only that file’s', async () => {
    db = await createTestDatabase({ migrated: false })
    // The release before the rewording recorded these checksums (sha256 of the files it shipped).
    const before = MIGRATIONS.map(m => ({ ...m, checksum: PREVIOUS_CHECKSUMS[m.name]?.[0] ?? m.checksum }))
    const reworded = before.filter((m, i) => m.checksum !== MIGRATIONS[i].checksum).map(m => m.name)
    expect(reworded).toEqual(['0001_init.sql', '0003_monitoring_views.sql'])
    await migrate(db.sql, { migrations: before })
    expect(await migrate(db.sql)).toMatchObject({ applied: [], adopted: false })
    await expect(ensureSchema(db.sql, { migrate: false })).resolves.toMatchObject({ pending: [] })
    // The record keeps what was applied.
    expect((await applied(db)).map(r => r.checksum)).toEqual(before.map(m => m.checksum))

    // Another file's earlier checksum, or any other text, is still a changed migration.
    for (const checksum of [PREVIOUS_CHECKSUMS['0001_init.sql'][0], sha('-- edited\n')]) {
      await db.sql`UPDATE schema_migrations SET checksum = ${checksum} WHERE name = '0003_monitoring_views.sql'`
      const error = await migrate(db.sql).catch(e => e)
      expect(error).toBeInstanceOf(ChecksumMismatchError)
      expect(error.message).toMatch(/^Migration 0003_monitoring_views.sql has changed since it was applied/)
    }
  })

  it('refuses a schema newer than this action, naming the version that applied it', async () => {
    db = await createTestDatabase()
    await db.sql`
      INSERT INTO schema_migrations (name, checksum, action_version) VALUES ('0002_future.sql', 'abc', '9.1.0')
    `
    for (const attempt of [
      () => migrate(db!.sql),
      () => ensureSchema(db!.sql, { migrate: false }),
      () => ensureSchema(db!.sql, { migrate: true })
    ]) {
      const error = await attempt().catch(e => e)
      expect(error).toBeInstanceOf(SchemaNewerError)
      expect(error.message).toBe(
        `The database schema is newer than this action (self-evolution ${ACTION_VERSION}): 0002_future.sql was applied by self-evolution 9.1.0. Use that version of the action or a newer one.`
      )
    }
  })

  it("refuses another tool's schema_migrations table", async () => {
    db = await createTestDatabase({ migrated: false })
    await db.sql`CREATE TABLE schema_migrations (version VARCHAR PRIMARY KEY)`
    await expect(migrate(db.sql)).rejects.toThrow(/schema_migrations belongs to another tool/)
    await expect(ensureSchema(db.sql, { migrate: false })).rejects.toThrow(
      /schema_migrations belongs to another tool/
    )
  })
})

// The original system's tables, as its hand-written script created them.
const LEGACY = `
  CREATE TABLE self_evolution_runs (
    id SERIAL PRIMARY KEY,
    run_date DATE NOT NULL UNIQUE,
    status VARCHAR(20) NOT NULL DEFAULT 'planned'
      CHECK (status IN ('planned', 'running', 'success', 'failed', 'reverted')),
    started_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    finished_at TIMESTAMPTZ,
    summary TEXT,
    logs_url TEXT,
    metrics JSONB DEFAULT '{}'
  );
  CREATE TABLE self_evolution_reflections (
    id SERIAL PRIMARY KEY,
    run_id INTEGER REFERENCES self_evolution_runs(id) ON DELETE CASCADE,
    insights TEXT,
    sentiment JSONB,
    created_at TIMESTAMPTZ DEFAULT NOW()
  );
  CREATE TABLE self_evolution_proposals (
    id SERIAL PRIMARY KEY,
    run_id INTEGER REFERENCES self_evolution_runs(id) ON DELETE CASCADE,
    type VARCHAR(50) NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    risk_level SMALLINT CHECK (risk_level >= 0 AND risk_level <= 5),
    effort SMALLINT,
    allowlisted BOOLEAN DEFAULT false,
    blocked_reasons TEXT[],
    created_at TIMESTAMPTZ DEFAULT NOW()
  );
  CREATE TABLE self_evolution_actions (
    id SERIAL PRIMARY KEY,
    proposal_id INTEGER REFERENCES self_evolution_proposals(id) ON DELETE CASCADE,
    action_type VARCHAR(50) NOT NULL,
    payload JSONB,
    status VARCHAR(20) DEFAULT 'planned',
    created_at TIMESTAMPTZ DEFAULT NOW(),
    updated_at TIMESTAMPTZ DEFAULT NOW()
  );
  CREATE TABLE self_evolution_rollbacks (
    id SERIAL PRIMARY KEY,
    action_id INTEGER REFERENCES self_evolution_actions(id),
    reason TEXT,
    created_at TIMESTAMPTZ DEFAULT NOW()
  );
  CREATE TABLE IF NOT EXISTS feature_flags (
    key TEXT PRIMARY KEY,
    value BOOLEAN NOT NULL DEFAULT false,
    metadata JSONB DEFAULT '{}',
    created_at TIMESTAMPTZ DEFAULT NOW()
  );
  CREATE INDEX idx_self_evolution_runs_date ON self_evolution_runs(run_date);
  CREATE VIEW legacy_recent_runs AS SELECT id, run_date, status FROM self_evolution_runs;
`
const LEGACY_ROWS = `
  INSERT INTO feature_flags (key, value, metadata)
  VALUES ('self_evolution_enabled', true, '{"enabledAt": "2025-12-05", "enabledBy": "admin"}'),
         ('other_feature', true, NULL);
  INSERT INTO self_evolution_runs (run_date, status, started_at, finished_at, summary, metrics)
  VALUES ('2025-12-05', 'success', '2025-12-05T02:10:00Z', '2025-12-05T02:12:00Z', 'first', NULL),
         ('2025-12-06', 'failed', '2025-12-06T02:10:00Z', '2025-12-06T02:11:00Z', 'second', '{"n": 1}');
  INSERT INTO self_evolution_reflections (run_id, insights) VALUES (1, 'noticed things');
  INSERT INTO self_evolution_proposals (run_id, type, title, description, risk_level, effort, allowlisted, blocked_reasons)
  VALUES (1, 'wildcard', 'typo', 'fix a typo', 1, 1, true, NULL),
         (2, 'capability', 'new tool', 'a tool', 4, 3, false, ARRAY['max-risk: 4 > 2']);
  INSERT INTO self_evolution_actions (proposal_id, action_type, payload, status) VALUES (1, 'pr', NULL, 'merged');
  INSERT INTO self_evolution_rollbacks (action_id, reason) VALUES (1, 'CI failed after merge');
`

/** Columns, constraints, indexes and triggers of the self-evolution tables, comparable across databases. */
async function shape(d: TestDatabase) {
  const columns = await d.sql<{ line: string }[]>`
    SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, NULL)
           || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
           || COALESCE(' default ' || pg_get_expr(ad.adbin, ad.adrelid), '') AS line
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
    WHERE c.oid IN (SELECT to_regclass(t) FROM unnest(${TABLES}::text[]) t) AND a.attnum > 0 AND NOT a.attisdropped
  `
  const constraints = await d.sql<{ line: string }[]>`
    SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line
    FROM pg_constraint WHERE conrelid IN (SELECT to_regclass(t) FROM unnest(${TABLES}::text[]) t)
  `
  const indexes = await d.sql<{ line: string }[]>`
    SELECT indexdef AS line FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY (${TABLES})
  `
  const triggers = await d.sql<{ line: string }[]>`
    SELECT pg_get_triggerdef(oid) AS line FROM pg_trigger
    WHERE NOT tgisinternal AND tgrelid IN (SELECT to_regclass(t) FROM unnest(${TABLES}::text[]) t)
  `
  const sorted = (rows: { line: string }[]) => rows.map(r => r.line).sort()
  return {
    columns: sorted(columns),
    constraints: sorted(constraints),
    indexes: sorted(indexes),
    triggers: sorted(triggers)
  }
}

describe('adoption of an installation created by hand (no schema_migrations)', () => {
  it('keeps every row, brings the tables to the shape of a fresh 0001, and records 0001 as applied', async () => {
    db = await createTestDatabase()
    const fresh = await shape(db)
    await db.close()

    db = await createTestDatabase({ migrated: false })
    await db.sql.unsafe(LEGACY)
    await db.sql.unsafe(LEGACY_ROWS)
    await expect(ensureSchema(db.sql, { migrate: false })).rejects.toThrow(
      'The database has self-evolution tables from before migrations (no schema_migrations) to adopt: run `self-evolution migrate` or set `migrate: true`.'
    )
    expect((await migrationStatus(db.sql)).legacyTables).toEqual(TABLES.slice(0, 6))

    const result = await migrate(db.sql)
    const later = MIGRATIONS.slice(1).map(m => m.name)
    expect(result).toEqual({ applied: later, adopted: true, current: MIGRATIONS.map(m => m.name) })
    expect((await applied(db)).map(r => [r.name, r.checksum])).toEqual(
      MIGRATIONS.map(m => [m.name, m.checksum])
    )

    const adopted = await shape(db)
    expect(adopted.indexes).toContain(
      'CREATE INDEX idx_self_evolution_runs_date ON public.self_evolution_runs USING btree (run_date)'
    )
    expect({
      ...adopted,
      indexes: adopted.indexes.filter(i => !i.includes('idx_self_evolution_runs_date'))
    }).toEqual(fresh)

    const runs =
      await db.sql`SELECT id, repository, run_date, status, summary, metrics FROM self_evolution_runs ORDER BY id`
    expect(runs.map(r => [r.id, r.repository, r.run_date, r.status, r.summary, r.metrics])).toEqual([
      [1, '', '2025-12-05', 'success', 'first', {}],
      [2, '', '2025-12-06', 'failed', 'second', { n: 1 }]
    ])
    const proposals = await db.sql`
      SELECT id, repository, run_date, allowlisted, blocked_reasons FROM self_evolution_proposals ORDER BY id`
    expect(proposals.map(p => [p.id, p.repository, p.run_date, p.allowlisted, p.blocked_reasons])).toEqual([
      [1, '', '2025-12-05', true, []],
      [2, '', '2025-12-06', false, ['max-risk: 4 > 2']]
    ])
    const flags = await db.sql`SELECT key, value, metadata FROM feature_flags ORDER BY key`
    expect(flags.map(f => [f.key, f.value, f.metadata])).toEqual([
      ['other_feature', true, {}],
      ['self_evolution_enabled', true, { enabledAt: '2025-12-05', enabledBy: 'admin' }]
    ])
    expect((await db.sql`SELECT count(*)::int AS n FROM self_evolution_rollbacks`)[0].n).toBe(1)
    // The installation's view still works, and new rows get the next ids.
    expect((await db.sql`SELECT count(*)::int AS n FROM legacy_recent_runs`)[0].n).toBe(2)
    const [next] = await db.sql`
      INSERT INTO self_evolution_runs (repository, run_date, status) VALUES ('o/r', '2025-12-05', 'running') RETURNING id`
    expect(next.id).toBe(3)
    const events = await db.sql`SELECT kind, reason FROM self_evolution_events`
    expect(events.map(e => [e.kind, e.reason])).toEqual([['migration', 'adopted']])
    expect((await migrate(db.sql)).applied).toEqual([])
  })

  it('adopts a database that only has a generic feature_flags table, keeping its other flags', async () => {
    db = await createTestDatabase({ migrated: false })
    await db.sql.unsafe(`
      CREATE TABLE feature_flags (key TEXT PRIMARY KEY, value BOOLEAN, metadata JSONB, created_at TIMESTAMPTZ);
      INSERT INTO feature_flags (key, value) VALUES ('dark_mode', true);
    `)
    const result = await migrate(db.sql)
    expect(result.adopted).toBe(true)
    const flags = await db.sql`SELECT key, value FROM feature_flags ORDER BY key`
    expect(flags.map(f => [f.key, f.value])).toEqual([
      ['dark_mode', true],
      ['self_evolution_enabled', false]
    ])
    expect(await tableExists(db, 'self_evolution_events')).toBe(true)
  })

  it('refuses incompatible tables, naming every difference, and changes nothing', async () => {
    db = await createTestDatabase({ migrated: false })
    await db.sql.unsafe(`
      CREATE TABLE self_evolution_runs (
        id SERIAL PRIMARY KEY, run_date DATE UNIQUE, status VARCHAR(20), started_at TIMESTAMPTZ,
        finished_at TIMESTAMPTZ, summary TEXT, metrics TEXT, owner TEXT NOT NULL
      );
      CREATE TABLE self_evolution_rollbacks (id INTEGER, action_id BIGINT, reason TEXT, created_at TIMESTAMPTZ);
    `)
    const error = await migrate(db.sql).catch(e => e)
    expect(error).toBeInstanceOf(IncompatibleSchemaError)
    expect(error.message).toBe(
      'Cannot adopt the existing self-evolution tables (they have no schema_migrations): ' +
        'self_evolution_runs.logs_url is missing; ' +
        'self_evolution_runs.metrics is text, expected jsonb; ' +
        'self_evolution_runs.owner is an extra NOT NULL column without a default, so inserts would fail; ' +
        'self_evolution_rollbacks.action_id is bigint, expected integer; ' +
        'self_evolution_rollbacks has primary key (none), expected (id); ' +
        'self_evolution_rollbacks.id has no default, expected SERIAL. Nothing was changed.'
    )
    expect(await tableExists(db, 'schema_migrations')).toBe(false)
    expect(await tableExists(db, 'feature_flags')).toBe(false)
    expect(await tableExists(db, 'self_evolution_events')).toBe(false)
  })

  it('refuses rows that break the constraints of 0001, naming the constraint, and changes nothing', async () => {
    db = await createTestDatabase({ migrated: false })
    await db.sql.unsafe(LEGACY)
    await db.sql.unsafe(`
      INSERT INTO self_evolution_runs (run_date, status) VALUES ('2025-12-05', 'success');
      INSERT INTO self_evolution_proposals (run_id, type, title, description, risk_level)
      VALUES (1, 'refactor', 't', 'd', 1);
    `)
    const error = await migrate(db.sql).catch(e => e)
    expect(error).toBeInstanceOf(IncompatibleSchemaError)
    expect(error.message).toMatch(
      /^Cannot adopt the existing self-evolution tables: .*self_evolution_proposals_type_check.*\. Nothing was changed\.$/
    )
    const constraints = await db.sql`
      SELECT conname FROM pg_constraint WHERE conrelid = 'self_evolution_runs'::regclass AND contype = 'u'`
    expect(constraints.map(c => c.conname)).toEqual(['self_evolution_runs_run_date_key'])
    expect(await tableExists(db, 'schema_migrations')).toBe(false)
  })

  it('does not adopt a database whose events table exists without schema_migrations', async () => {
    db = await createTestDatabase()
    await db.sql`DROP TABLE schema_migrations`
    await expect(migrate(db.sql)).rejects.toThrow(
      /^Cannot adopt .*self_evolution_events exists, but schema_migrations does not\. Nothing was changed\.$/
    )
  })
})
