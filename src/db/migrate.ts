/**
 * The migration runner: forward-only, one transaction under pg_advisory_xact_lock (concurrent starts
 * apply each migration once), a checksum per applied file, and the version of the action that
 * applied it. It refuses a changed migration, and an action older than the schema it meets.
 *
 * On PGlite the advisory lock is not exclusive (one session serves every caller); the embedded
 * database's lockfile keeps other processes out instead.
 */
import type postgres from 'postgres'
import { ACTION_VERSION, MIGRATIONS, type EmbeddedSql } from './migrations.generated.js'
import { adoptLegacySchema, existingTables } from './adopt.js'

export { IncompatibleSchemaError } from './adopt.js'

/** One key for every self-evolution migrator, whichever database: pg_advisory_xact_lock(bigint). */
const MIGRATION_LOCK = '7306548315522904065'

/**
 * Earlier checksums of migrations whose comments were reworded after release: the statements are
 * the same, so a database that recorded one of these is up to date. Only a file's own earlier
 * checksums are accepted; any other difference is still a changed migration.
 */
export const PREVIOUS_CHECKSUMS: Readonly<Record<string, readonly string[]>> = {
  '0001_init.sql': ['8e99304b2ff7cfd732b33bae50996e4801bd93977cfa35d9e34e5e509c9b449e'],
  '0003_monitoring_views.sql': ['67a53b8003434b0a26ec11a37494eb89b5948a6631fa6c2e758df256261634b6']
}

export class MigrationError extends Error {
  override name = 'MigrationError'
}
/** The schema lacks migrations this action needs, and migrating was not asked for. */
export class SchemaBehindError extends MigrationError {
  override name = 'SchemaBehindError'
}
/** The schema has migrations this action does not know: a newer action applied them. */
export class SchemaNewerError extends MigrationError {
  override name = 'SchemaNewerError'
}
/** An applied migration's file has changed since. */
export class ChecksumMismatchError extends MigrationError {
  override name = 'ChecksumMismatchError'
}

export type AppliedMigration = { name: string; checksum: string; appliedAt: Date; actionVersion: string }

export type MigrationStatus = {
  applied: AppliedMigration[]
  pending: string[]
  /** The hand-made tables of an installation that predates migrations, to adopt. */
  legacyTables: string[]
}

export type MigrateResult = {
  applied: string[]
  adopted: boolean
  /** Every migration now applied, in order. */
  current: string[]
}

type Options = { migrations?: readonly EmbeddedSql[]; actionVersion?: string }

/** Apply what is pending (adopting a hand-made installation first), all in one transaction. */
export async function migrate(sql: postgres.Sql, opts: Options = {}): Promise<MigrateResult> {
  const migrations = opts.migrations ?? MIGRATIONS
  const version = opts.actionVersion ?? ACTION_VERSION
  return sql.begin(async tx => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK}::bigint)`
    await assertOwnMigrationsTable(tx)
    await tx`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        name           TEXT PRIMARY KEY,
        checksum       TEXT NOT NULL,
        applied_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
        action_version TEXT NOT NULL
      )
    `
    const applied = await readApplied(tx)
    refuseForeignHistory(applied, migrations, version)
    const done = new Set(applied.map(m => m.name))
    const newly: string[] = []
    let adopted = false
    if (applied.length === 0) {
      const legacy = await existingTables(tx)
      if (legacy.length) {
        await adoptLegacySchema(tx, legacy)
        await recordApplied(tx, migrations[0], version)
        done.add(migrations[0].name)
        adopted = true
      }
    }
    for (const m of migrations) {
      if (done.has(m.name)) continue
      try {
        await tx.unsafe(m.sql)
      } catch (error) {
        throw new MigrationError(
          `Migration ${m.name} failed: ${(error as Error).message}. Nothing was applied.`
        )
      }
      await recordApplied(tx, m, version)
      newly.push(m.name)
    }
    if (adopted || newly.length) {
      await tx`
        INSERT INTO self_evolution_events (kind, reason, detail)
        VALUES ('migration', ${adopted ? 'adopted' : 'applied'},
                ${tx.json({ applied: newly, adopted, actionVersion: version })})
      `
    }
    return { applied: newly, adopted, current: migrations.map(m => m.name) }
  })
}

/** Where the schema stands, without changing it. */
export async function migrationStatus(sql: postgres.Sql, opts: Options = {}): Promise<MigrationStatus> {
  const migrations = opts.migrations ?? MIGRATIONS
  const version = opts.actionVersion ?? ACTION_VERSION
  const exists = await assertOwnMigrationsTable(sql)
  const applied = exists ? await readApplied(sql) : []
  refuseForeignHistory(applied, migrations, version)
  const done = new Set(applied.map(m => m.name))
  const legacyTables = applied.length === 0 ? await existingTables(sql) : []
  return { applied, pending: migrations.filter(m => !done.has(m.name)).map(m => m.name), legacyTables }
}

/**
 * What every entrypoint calls before touching the tables: migrate when asked to, otherwise make sure
 * the schema is exactly what this action expects, or fail with one line saying what to do.
 */
export async function ensureSchema(
  sql: postgres.Sql,
  /** remedy: what to do, worded for the interface in use (src/runtime/surface.ts). */
  opts: { migrate: boolean; remedy?: string } & Options
): Promise<MigrateResult | MigrationStatus> {
  if (opts.migrate) return migrate(sql, opts)
  const status = await migrationStatus(sql, opts)
  if (status.pending.length) {
    const what = status.legacyTables.length
      ? 'The database has self-evolution tables from before migrations (no schema_migrations) to adopt'
      : `The database schema is behind this action (${status.pending.join(', ')} not applied)`
    const remedy = opts.remedy ?? 'run `self-evolution migrate` or set `migrate: true`'
    throw new SchemaBehindError(`${what}: ${remedy}.`)
  }
  return status
}

async function readApplied(sql: postgres.Sql | postgres.TransactionSql): Promise<AppliedMigration[]> {
  return sql<AppliedMigration[]>`
    SELECT name, checksum, applied_at AS "appliedAt", action_version AS "actionVersion"
    FROM schema_migrations ORDER BY name
  `
}

async function recordApplied(tx: postgres.TransactionSql, m: EmbeddedSql, version: string): Promise<void> {
  await tx`
    INSERT INTO schema_migrations (name, checksum, action_version) VALUES (${m.name}, ${m.checksum}, ${version})
  `
}

/**
 * Another tool's schema_migrations (Rails has one) must not be mistaken for ours, nor written to.
 * Returns whether the table exists.
 */
async function assertOwnMigrationsTable(sql: postgres.Sql | postgres.TransactionSql): Promise<boolean> {
  const columns = await sql<{ name: string }[]>`
    SELECT a.attname AS name FROM pg_attribute a
    WHERE a.attrelid = to_regclass('schema_migrations') AND a.attnum > 0 AND NOT a.attisdropped
  `
  if (!columns.length) return false
  const names = new Set(columns.map(c => c.name))
  const missing = ['name', 'checksum', 'action_version'].filter(c => !names.has(c))
  if (missing.length) {
    throw new MigrationError(
      `The table schema_migrations belongs to another tool (it has no ${missing.join(', ')} column); ` +
        'give self-evolution its own database or schema (search_path).'
    )
  }
  return true
}

function refuseForeignHistory(
  applied: AppliedMigration[],
  migrations: readonly EmbeddedSql[],
  version: string
): void {
  const known = new Map(migrations.map(m => [m.name, m]))
  const unknown = applied.filter(a => !known.has(a.name))
  if (unknown.length) {
    const newest = unknown[unknown.length - 1]
    throw new SchemaNewerError(
      `The database schema is newer than this action (self-evolution ${version}): ` +
        `${unknown.map(u => u.name).join(', ')} ${unknown.length === 1 ? 'was' : 'were'} applied by self-evolution ` +
        `${newest.actionVersion}. Use that version of the action or a newer one.`
    )
  }
  const changed = applied.filter(a => !sameMigration(known.get(a.name)!, a.checksum))
  if (changed.length) {
    const c = changed[0]
    throw new ChecksumMismatchError(
      `Migration ${c.name} has changed since it was applied (applied checksum ${c.checksum.slice(0, 12)}, ` +
        `this action's ${known.get(c.name)!.checksum.slice(0, 12)}). Applied migrations never change: ` +
        'restore the file and put the change in a new migration.'
    )
  }
}

/** The applied checksum is this file's, now or before a comment-only rewording. */
function sameMigration(m: EmbeddedSql, appliedChecksum: string): boolean {
  return m.checksum === appliedChecksum || (PREVIOUS_CHECKSUMS[m.name] ?? []).includes(appliedChecksum)
}
