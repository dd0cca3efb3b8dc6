/**
 * A fresh database for a test, migrated unless asked otherwise.
 *
 * - `npm test` (SE_TEST_SUITE unit): PGlite in memory. Creating one takes seconds, so one instance
 *   serves the whole test file, wiped between tests (the public schema dropped and re-created).
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
  const db = onRealServer
    ? await freshServerDatabase(opts.onQuery)
    : await freshEmbeddedDatabase(opts.onQuery)
  if (opts.migrated !== false) await migrate(db.sql)
  return db
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
  await handle.sql.unsafe('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
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
