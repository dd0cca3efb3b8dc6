/**
 * Adoption of installations of the original system: its tables created by hand, with no
 * schema_migrations. Before anything changes, the tables found are checked column by column against
 * the original system's schema; then sql/adoption brings them to the shape of the first migration, in the migration's
 * transaction.
 */
import type postgres from 'postgres'
import { ADOPTION } from './migrations.generated.js'

/** The original system's six tables, column by column, as format_type() spells the types. */
export const SPEC_COLUMNS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  self_evolution_runs: {
    id: 'integer',
    run_date: 'date',
    status: 'character varying',
    started_at: 'timestamp with time zone',
    finished_at: 'timestamp with time zone',
    summary: 'text',
    logs_url: 'text',
    metrics: 'jsonb'
  },
  self_evolution_reflections: {
    id: 'integer',
    run_id: 'integer',
    insights: 'text',
    sentiment: 'jsonb',
    created_at: 'timestamp with time zone'
  },
  self_evolution_proposals: {
    id: 'integer',
    run_id: 'integer',
    type: 'character varying',
    title: 'text',
    description: 'text',
    risk_level: 'smallint',
    effort: 'smallint',
    allowlisted: 'boolean',
    blocked_reasons: 'text[]',
    created_at: 'timestamp with time zone'
  },
  self_evolution_actions: {
    id: 'integer',
    proposal_id: 'integer',
    action_type: 'character varying',
    payload: 'jsonb',
    status: 'character varying',
    created_at: 'timestamp with time zone',
    updated_at: 'timestamp with time zone'
  },
  self_evolution_rollbacks: {
    id: 'integer',
    action_id: 'integer',
    reason: 'text',
    created_at: 'timestamp with time zone'
  },
  feature_flags: {
    key: 'text',
    value: 'boolean',
    metadata: 'jsonb',
    created_at: 'timestamp with time zone'
  }
}

/** What 0001 adds to the original system's columns. Adoption adds them when they are missing. */
export const ADDED_COLUMNS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  self_evolution_runs: { repository: 'text' },
  self_evolution_proposals: { repository: 'text', run_date: 'date' }
}

export const SPEC_TABLES = Object.keys(SPEC_COLUMNS)
/** Every table the first migration creates. */
export const OWN_TABLES = [...SPEC_TABLES, 'self_evolution_events']

export class IncompatibleSchemaError extends Error {
  override name = 'IncompatibleSchemaError'
}

type Tx = postgres.TransactionSql

/** Which of the first migration's tables exist (in the search path). */
export async function existingTables(tx: Tx | postgres.Sql): Promise<string[]> {
  const rows = await tx<{ name: string }[]>`
    SELECT t AS name FROM unnest(${OWN_TABLES}::text[]) AS t WHERE to_regclass(t) IS NOT NULL
  `
  return rows.map(r => r.name)
}

/** Every way the existing tables differ from what adoption can take over; empty when compatible. */
export async function legacyDifferences(tx: Tx, tables: string[]): Promise<string[]> {
  const columns = await tx<
    { table: string; column: string; type: string; notNull: boolean; hasDefault: boolean }[]
  >`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, NULL) AS type,
           a.attnotnull AS "notNull", (a.atthasdef OR a.attidentity <> '') AS "hasDefault"
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    WHERE c.oid IN (SELECT to_regclass(t) FROM unnest(${tables}::text[]) AS t)
      AND a.attnum > 0 AND NOT a.attisdropped
  `
  const primaryKeys = await tx<{ table: string; columns: string[] }[]>`
    SELECT c.relname AS table, array_agg(a.attname::text ORDER BY a.attnum) AS columns
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)
    WHERE con.contype = 'p' AND c.oid IN (SELECT to_regclass(t) FROM unnest(${tables}::text[]) AS t)
    GROUP BY c.relname
  `
  const differences: string[] = []
  for (const table of tables) {
    if (!(table in SPEC_COLUMNS)) {
      differences.push(`${table} exists, but schema_migrations does not`)
      continue
    }
    const found = new Map(columns.filter(c => c.table === table).map(c => [c.column, c]))
    const expected = { ...SPEC_COLUMNS[table], ...ADDED_COLUMNS[table] }
    for (const [column, type] of Object.entries(expected)) {
      const actual = found.get(column)
      if (!actual) {
        if (!ADDED_COLUMNS[table]?.[column]) differences.push(`${table}.${column} is missing`)
      } else if (actual.type !== type) {
        differences.push(`${table}.${column} is ${actual.type}, expected ${type}`)
      }
    }
    for (const c of found.values()) {
      if (!(c.column in expected) && c.notNull && !c.hasDefault) {
        differences.push(
          `${table}.${c.column} is an extra NOT NULL column without a default, so inserts would fail`
        )
      }
    }
    const key = table === 'feature_flags' ? 'key' : 'id'
    const pk = primaryKeys.find(p => p.table === table)?.columns ?? []
    if (pk.length !== 1 || pk[0] !== key) {
      differences.push(`${table} has primary key (${pk.join(', ') || 'none'}), expected (${key})`)
    }
    if (key === 'id' && found.get('id') && !found.get('id')!.hasDefault) {
      differences.push(`${table}.id has no default, expected SERIAL`)
    }
  }
  return differences
}

/**
 * Check, then adopt. Throws IncompatibleSchemaError naming every difference, or naming the row
 * that breaks a constraint; the caller's transaction then rolls back and nothing has changed.
 */
export async function adoptLegacySchema(tx: Tx, tables: string[]): Promise<void> {
  const differences = await legacyDifferences(tx, tables)
  if (differences.length) {
    throw new IncompatibleSchemaError(
      `Cannot adopt the existing self-evolution tables (they have no schema_migrations): ${differences.join('; ')}. Nothing was changed.`
    )
  }
  try {
    await tx.unsafe(ADOPTION.sql)
  } catch (error) {
    const e = error as { message?: string; detail?: string }
    throw new IncompatibleSchemaError(
      `Cannot adopt the existing self-evolution tables: ${e.message ?? String(error)}${e.detail ? ` (${e.detail})` : ''}. Nothing was changed.`
    )
  }
}
