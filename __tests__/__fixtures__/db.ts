/**
 * A fresh database for a test, migrated unless asked otherwise.
 *
 * - `npm test` (SE_TEST_SUITE unit): PGlite in memory. Creating one takes seconds, so one instance
 *   serves the whole test file, wiped between tests (the public schema dropped and re-created).
 *   Migrating again for every test costs more than most tests, so a migrated database is reset
 *   instead when its schema is exactly the one migrating made (see resetToMigrated).
 *   One handle is open at a time: asking for a new database closes the previous handle.
 *   Most of a new instance's cost is initdb, so it starts from a copy of a fresh cluster's data
 *   directory, made once and kept in the system's temporary directory (see pgliteTemplate).
 * - `npm run test:pg` (SE_TEST_SUITE pg): a new database on the server named by TEST_DATABASE_URL,
 *   dropped again by close(). TEST_DATABASE_URL is required: the suite fails at once without it or
 *   without a reachable server, and never skips.
 *
 * Close what you open (afterEach or afterAll, in any order with this file's own cleanup).
 */
import { afterAll } from '@jest/globals'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { connectPGlite, openServer, type Database, type QueryHook } from '../../src/db/client.js'
import { migrate } from '../../src/db/migrate.js'

export type TestDatabase = Database & {
  /** The URL of this database (real server only): for child processes. */
  url?: string
}

export type TestDatabaseOptions = {
  /** false: an empty database, with no migration applied. */
  migrated?: boolean
  /** Called with every statement this handle sends (to count round trips). */
  onQuery?: QueryHook
}

export const onRealServer = process.env.SE_TEST_SUITE === 'pg'

export async function createTestDatabase(opts: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (onRealServer) {
    const db = await freshServerDatabase(opts.onQuery)
    if (opts.migrated !== false) await migrate(db.sql)
    return db
  }
  const db = await freshEmbeddedDatabase(opts.onQuery)
  if (opts.migrated === false || !(await resetToMigrated(db))) {
    await db.sql.unsafe('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
    if (opts.migrated !== false) {
      await migrate(db.sql)
      migrated = await snapshot(db)
    }
  }
  return db
}

// --- Resetting a migrated PGlite database ---------------------------------------------------------

/** Right after migrating: the schema's fingerprint, every table's rows and every sequence's state. */
type Snapshot = {
  schema: string
  tables: { name: string; rows: string }[]
  sequences: { name: string; value: string; called: boolean }[]
}
let migrated: Snapshot | undefined

/**
 * Everything in the public schema that a test could change and DROP SCHEMA would undo: relations
 * and their columns, defaults, constraints, indexes, triggers (and whether they are enabled), rules,
 * policies, functions, types, comments, privileges and sequence options.
 */
async function schemaFingerprint(sql: Database['sql']): Promise<string> {
  const [row] = await sql<{ fingerprint: string }[]>`
    WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname = 'public'),
    rel AS (SELECT c.* FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM ns))
    SELECT concat_ws(E'\n',
      (SELECT nspacl::text || nspowner::text FROM pg_namespace WHERE nspname = 'public'),
      (SELECT string_agg(concat_ws(' ', relname, relkind, relacl::text, reloptions::text, relrowsecurity,
        relpersistence, relreplident), ',' ORDER BY relname) FROM rel),
      (SELECT string_agg(concat_ws(' ', c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
        a.attnotnull, a.attidentity, a.attgenerated, a.attisdropped, a.attacl::text, a.attcollation,
        pg_get_expr(d.adbin, d.adrelid)), ',' ORDER BY c.relname, a.attnum)
        FROM rel c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
        LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum),
      (SELECT string_agg(concat_ws(' ', conname, pg_get_constraintdef(oid), condeferrable, convalidated), ','
        ORDER BY conname, pg_get_constraintdef(oid)) FROM pg_constraint WHERE connamespace = (SELECT oid FROM ns)),
      (SELECT string_agg(pg_get_indexdef(i.indexrelid), ',' ORDER BY 1)
        FROM pg_index i JOIN rel c ON c.oid = i.indexrelid),
      (SELECT string_agg(concat_ws(' ', pg_get_triggerdef(t.oid), t.tgenabled), ',' ORDER BY 1)
        FROM pg_trigger t JOIN rel c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal),
      (SELECT string_agg(concat_ws(' ', r.rulename, md5(pg_get_ruledef(r.oid))), ',' ORDER BY 1)
        FROM pg_rewrite r JOIN rel c ON c.oid = r.ev_class),
      (SELECT string_agg(concat_ws(' ', p.polname, p.polcmd, p.polpermissive, pg_get_expr(p.polqual, p.polrelid),
        pg_get_expr(p.polwithcheck, p.polrelid)), ',' ORDER BY 1)
        FROM pg_policy p JOIN rel c ON c.oid = p.polrelid),
      (SELECT string_agg(concat_ws(' ', proname, md5(pg_get_functiondef(oid)), proacl::text), ',' ORDER BY 1)
        FROM pg_proc WHERE pronamespace = (SELECT oid FROM ns) AND prokind IN ('f', 'p')),
      (SELECT string_agg(concat_ws(' ', typname, typtype, typacl::text), ',' ORDER BY 1)
        FROM pg_type WHERE typnamespace = (SELECT oid FROM ns)),
      (SELECT string_agg(concat_ws(' ', d.classoid::regclass::text, d.objoid::text, d.objsubid, d.description), ','
        ORDER BY 1) FROM pg_description d WHERE d.objoid IN (SELECT oid FROM rel)
        OR d.objoid IN (SELECT oid FROM pg_proc WHERE pronamespace = (SELECT oid FROM ns))
        OR d.objoid IN (SELECT oid FROM pg_constraint WHERE connamespace = (SELECT oid FROM ns))),
      (SELECT string_agg(concat_ws(' ', c.relname, s.seqtypid, s.seqstart, s.seqincrement, s.seqmax, s.seqmin,
        s.seqcache, s.seqcycle), ',' ORDER BY 1) FROM pg_sequence s JOIN rel c ON c.oid = s.seqrelid)
    ) AS fingerprint
  `
  return row.fingerprint
}

async function snapshot(db: Database): Promise<Snapshot> {
  const tables = await db.sql<{ name: string }[]>`
    SELECT quote_ident(relname) AS name FROM pg_class
    WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') ORDER BY relname
  `
  const sequences = await db.sql<{ name: string }[]>`
    SELECT quote_ident(relname) AS name FROM pg_class
    WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' ORDER BY relname
  `
  return {
    schema: await schemaFingerprint(db.sql),
    tables: await Promise.all(
      tables.map(async ({ name }) => {
        const [row] = await db.sql.unsafe<{ rows: string }[]>(
          `SELECT coalesce(json_agg(t), '[]')::text AS rows FROM ${name} t`
        )
        return { name, rows: row.rows }
      })
    ),
    sequences: await Promise.all(
      sequences.map(async ({ name }) => {
        const [row] = await db.sql.unsafe<{ value: string; called: boolean }[]>(
          `SELECT last_value::text AS value, is_called AS called FROM ${name}`
        )
        return { name, ...row }
      })
    )
  }
}

/**
 * Puts back the data of right after migrating, when the schema is still exactly what migrating made
 * (nothing added, dropped or altered). In replica mode no trigger fires: the append-only events
 * table may be emptied, and rows go back in any order. Returns false when the schema differs.
 */
async function resetToMigrated(db: Database): Promise<boolean> {
  const snap = migrated
  if (!snap || (await schemaFingerprint(db.sql)) !== snap.schema) return false
  await db.sql.begin(async tx => {
    await tx.unsafe('SET LOCAL session_replication_role = replica')
    await tx.unsafe(`TRUNCATE ${snap.tables.map(t => t.name).join(', ')}`)
    for (const t of snap.tables) {
      await tx.unsafe(
        `INSERT INTO ${t.name} SELECT * FROM json_populate_recordset(NULL::${t.name}, $1::text::json)`,
        [t.rows]
      )
    }
    for (const q of snap.sequences) await tx`SELECT setval(${q.name}, ${q.value}::bigint, ${q.called})`
  })
  return true
}

// --- PGlite, one per test file -------------------------------------------------------------------

let pglite: Promise<PGlite> | undefined
let current: Database | undefined
let fileDone = false

// The instance outlives this hook while a test still holds a handle (its own afterAll may run
// later); closing that handle closes the instance then.
afterAll(async () => {
  fileDone = true
  if (!current) await closePGlite()
})

async function closePGlite(): Promise<void> {
  const instance = pglite
  pglite = undefined
  if (instance) await (await instance).close()
}

/**
 * The data directory of a fresh cluster (initdb's output, nothing else), as a tar file named after
 * PGlite's version. Loading it takes a fraction of initdb's time. Written under a unique name and
 * renamed, so test processes starting at once may both write it without a reader seeing half.
 */
async function pgliteTemplate(): Promise<Blob> {
  // The package's exports hide package.json; it sits next to dist/, where the entry resolves.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite')
  const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string
  }
  const path = join(tmpdir(), `se-test-pglite-${pkg.version}.tar`)
  if (!existsSync(path)) {
    const fresh = await PGlite.create()
    const tar = Buffer.from(await (await fresh.dumpDataDir('none')).arrayBuffer())
    await fresh.close()
    const partial = `${path}.${process.pid}`
    writeFileSync(partial, tar)
    renameSync(partial, path)
  }
  return new Blob([readFileSync(path)])
}

async function freshEmbeddedDatabase(onQuery: QueryHook | undefined): Promise<TestDatabase> {
  await current?.close()
  pglite ??= pgliteTemplate().then(loadDataDir => PGlite.create({ loadDataDir }))
  const handle = connectPGlite(await pglite, { describe: 'embedded (test, in memory)', onQuery })
  let closed: Promise<void> | undefined
  const db: TestDatabase = {
    ...handle,
    close: () =>
      (closed ??= (async () => {
        await handle.close()
        if (current === db) current = undefined
        if (fileDone && !current) await closePGlite()
      })())
  }
  current = db
  return db
}

// --- The real server: a database per test --------------------------------------------------------

/** The server the pg suite runs against, from TEST_DATABASE_URL. */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL is not set: `npm run test:pg` needs a PostgreSQL server, for example ' +
        'TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test'
    )
  }
  return url
}

let counter = 0
let leftoversDropped = false

/** A short-lived connection to TEST_DATABASE_URL's database, for CREATE and DROP DATABASE. */
async function withAdmin<T>(fn: (admin: Database) => Promise<T>): Promise<T> {
  const admin = await openServer(testServerUrl(), 5)
  try {
    return await fn(admin)
  } finally {
    await admin.close()
  }
}

async function freshServerDatabase(onQuery: QueryHook | undefined): Promise<TestDatabase> {
  const name = `se_test_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`
  await withAdmin(async admin => {
    if (!leftoversDropped) {
      leftoversDropped = true
      await dropLeftovers(admin)
    }
    await admin.sql`CREATE DATABASE ${admin.sql(name)}`
  })
  const url = new URL(testServerUrl())
  url.pathname = `/${name}`
  const db = await openServer(url.toString(), 5, onQuery)
  let closed: Promise<void> | undefined
  return {
    ...db,
    url: url.toString(),
    close: () =>
      (closed ??= (async () => {
        await db.close()
        await withAdmin(admin => admin.sql`DROP DATABASE IF EXISTS ${admin.sql(name)} WITH (FORCE)`)
      })())
  }
}

/** Databases left by test processes that died before close(); never another live process's. */
async function dropLeftovers(admin: Database): Promise<void> {
  const rows = await admin.sql<{ name: string }[]>`
    SELECT datname AS name FROM pg_database WHERE datname ~ '^se_test_[0-9]+_'
  `
  for (const { name } of rows) {
    const pid = Number(name.split('_')[2])
    if (pid === process.pid || alive(pid)) continue
    await admin.sql`DROP DATABASE IF EXISTS ${admin.sql(name)} WITH (FORCE)`
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
