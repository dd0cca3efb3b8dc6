/**
 * Opening the database: a PostgreSQL server from a URL, or the embedded PGlite database when there is
 * none (the CLI and local runs; never the action on GitHub). Both are driven by postgres.js with the
 * same options, so every query in src/db runs unchanged on either.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import postgres from 'postgres'
import type { PGlite } from '@electric-sql/pglite'
import { createPGlite, PGliteSocket } from './embedded.js'
import { acquireLock, type Lock } from './lockfile.js'
import { ensureLocalDir, LOCAL_DIR } from './local-dir.js'

/** A connection or a transaction: what single-statement functions accept. */
export type Queryable = postgres.Sql | postgres.TransactionSql

export type Database = {
  sql: postgres.Sql
  kind: 'server' | 'embedded'
  close(): Promise<void>
  /** host:port/database, or the embedded data directory. Never a password. */
  describe: string
}

/**
 * Run `fn` in a transaction: a new one on a connection, or the caller's own when `sql` is already a
 * transaction (so a function that needs atomicity can also join a larger transaction).
 */
export async function inTransaction<T>(
  sql: Queryable,
  fn: (tx: postgres.TransactionSql) => Promise<T>
): Promise<T> {
  if ('begin' in sql && typeof sql.begin === 'function') return (await sql.begin(fn)) as T
  return fn(sql as postgres.TransactionSql)
}

/** The URL that selects a throwaway in-memory embedded database (tests). */
export const MEMORY_URL = 'pglite://memory'

/** Where the embedded database lives, relative to the working directory. */
export const EMBEDDED_DIR = join(LOCAL_DIR, 'pgdata')

// Five seconds: an unreachable database must fail the job with one clear line within 10 s.
const DEFAULT_CONNECT_TIMEOUT_SECONDS = 5

/** An unreachable database, a refused login or a failed TLS handshake, in one line without secrets. */
export class DatabaseConnectError extends Error {
  override name = 'DatabaseConnectError'
}

/** A database URL that cannot be a PostgreSQL URL: bad input rather than an unreachable server. */
export class DatabaseUrlError extends DatabaseConnectError {
  override name = 'DatabaseUrlError'
  /** What is wrong and what was expected, without naming where the URL came from (the caller knows). */
  readonly reason: string
  constructor(reason: string) {
    super(`The database URL is not valid: ${reason}`)
    this.reason = reason
  }
}

/** Shared by both kinds: DATE stays the 'YYYY-MM-DD' it is (not a UTC-midnight Date), notices stay quiet. */
const COMMON = {
  types: {
    date: { to: 1082, from: [1082], serialize: (x: string) => x, parse: (x: string) => x }
  },
  onnotice: () => {}
}

/**
 * The URL, in order: `url` (the --database-url flag or the action input), then DATABASE_URL from
 * `env` when `env` is given, else none (the embedded database).
 */
export function resolveDatabaseUrl(url: string | undefined, env?: NodeJS.ProcessEnv): string | undefined {
  if (url) return url
  const fromEnv = env?.DATABASE_URL
  return fromEnv ? fromEnv : undefined
}

/**
 * Open the database the options select: a server URL, `pglite://memory`, or (no URL) the embedded
 * database persisted under `<cwd>/.self-evolution/pgdata`. DATABASE_URL is read only from `env`, and
 * only when `env` is passed, so a caller that wants the embedded database gets it.
 */
export async function openDatabase(opts: {
  url?: string
  cwd: string
  env?: NodeJS.ProcessEnv
  connectTimeoutSeconds?: number
  /** Called with the text of every statement sent (benchmarks count round trips with it). */
  onQuery?: QueryHook
}): Promise<Database> {
  const url = resolveDatabaseUrl(opts.url, opts.env)
  if (url === MEMORY_URL) return openEmbedded({ onQuery: opts.onQuery })
  if (url) return openServer(url, opts.connectTimeoutSeconds ?? DEFAULT_CONNECT_TIMEOUT_SECONDS, opts.onQuery)
  ensureLocalDir(opts.cwd)
  return openEmbedded({ dataDir: join(opts.cwd, EMBEDDED_DIR), onQuery: opts.onQuery })
}

export type QueryHook = (query: string) => void

function debugOption(onQuery: QueryHook | undefined) {
  return onQuery ? { debug: (_connection: number, query: string) => onQuery(query) } : {}
}

/**
 * Whether `url` can be a PostgreSQL server's URL, before anything connects: a DatabaseUrlError
 * (whose message never holds the password) when it cannot.
 */
export function checkDatabaseUrl(url: string): void {
  if (url !== MEMORY_URL) describeUrl(url)
}

/** A PostgreSQL server. Connects at once, so an unreachable server fails here with one clear line. */
export async function openServer(
  url: string,
  connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT_SECONDS,
  onQuery?: QueryHook
): Promise<Database> {
  const target = describeUrl(url)
  const sql = postgres(url, {
    ...COMMON,
    ...debugOption(onQuery),
    max: 5,
    connect_timeout: connectTimeoutSeconds,
    connection: { application_name: 'self-evolution' }
  }) as unknown as postgres.Sql
  try {
    await sql`SELECT 1`
  } catch (error) {
    await sql.end({ timeout: 0 }).catch(() => undefined)
    throw new DatabaseConnectError(
      redact(
        `Cannot connect to the database at ${target.where}: ${connectCause(error, target, connectTimeoutSeconds)}.`,
        url
      )
    )
  }
  let closed: Promise<void> | undefined
  return {
    sql,
    kind: 'server',
    describe: target.where,
    close: () => (closed ??= sql.end({ timeout: 5 }))
  }
}

/**
 * The embedded database: in memory without `dataDir`, else persisted there under an exclusive
 * lockfile (`<dataDir>.lock`), because two processes on one data directory lose rows.
 */
export async function openEmbedded(opts: { dataDir?: string; onQuery?: QueryHook }): Promise<Database> {
  let lock: Lock | undefined
  if (opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true })
    lock = acquireLock(`${opts.dataDir}.lock`, `The embedded database ${opts.dataDir}`)
  }
  let pglite: PGlite
  try {
    pglite = await createPGlite(opts.dataDir)
  } catch (error) {
    lock?.release()
    throw new DatabaseConnectError(
      `Cannot open the embedded database ${opts.dataDir ?? '(in memory)'}: ${(error as Error).message}`
    )
  }
  return connectPGlite(pglite, {
    describe: opts.dataDir ? `embedded ${opts.dataDir}` : 'embedded (in memory)',
    onQuery: opts.onQuery,
    onClose: async () => {
      try {
        await pglite.close()
      } finally {
        lock?.release()
      }
    }
  })
}

/**
 * A postgres.js client over an open PGlite instance. `onClose` runs after the client has ended
 * (the owner of the instance decides whether closing the client closes PGlite).
 */
export function connectPGlite(
  pglite: PGlite,
  opts: { describe: string; onQuery?: QueryHook; onClose?: () => Promise<void> }
): Database {
  const session = sessions.get(pglite) ?? { connections: 0 }
  sessions.set(pglite, session)
  const options = {
    ...COMMON,
    ...debugOption(opts.onQuery),
    // postgres.js supports a custom socket factory; its type definitions do not declare it.
    socket: () => new PGliteSocket(pglite, session),
    // PGlite is one session: one connection, kept for the client's lifetime.
    max: 1,
    max_lifetime: null,
    idle_timeout: 0
  }
  const sql = postgres(
    options as postgres.Options<Record<string, postgres.PostgresType>>
  ) as unknown as postgres.Sql
  let closed: Promise<void> | undefined
  return {
    sql,
    kind: 'embedded',
    describe: opts.describe,
    close: () =>
      (closed ??= (async () => {
        await sql.end({ timeout: 5 })
        await opts.onClose?.()
      })())
  }
}

const sessions = new WeakMap<PGlite, { connections: number }>()

type Target = { where: string; host: string; ssl: boolean }

function describeUrl(url: string): Target {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new DatabaseUrlError('expected postgres://USER:PASSWORD@HOST:PORT/DATABASE.')
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DatabaseUrlError(
      `it starts with "${parsed.protocol}//"; expected postgres://USER:PASSWORD@HOST:PORT/DATABASE.`
    )
  }
  // The driver decodes these with decodeURIComponent and would throw a bare "URI malformed"; the
  // host as it cuts it: the authority after its first "@".
  const authority = url.slice(url.indexOf('://') + 3).split(/[?/]/)[0]
  for (const [part, text] of [
    ['host', authority.slice(authority.indexOf('@') + 1)],
    ['user name', parsed.username],
    ['password', parsed.password],
    ['database name', parsed.pathname]
  ]) {
    if (!decodes(text)) {
      throw new DatabaseUrlError(
        `its ${part} has a "%" that starts no %XX escape; expected special characters written as %XX (a "%" itself as %25).`
      )
    }
  }
  const host = safeDecode(parsed.hostname) || parsed.searchParams.get('host') || 'localhost'
  const database = safeDecode(parsed.pathname.replace(/^\//, '')) || safeDecode(parsed.username)
  const sslmode = parsed.searchParams.get('sslmode') ?? parsed.searchParams.get('ssl') ?? ''
  return {
    where: `${host}:${parsed.port || '5432'}/${database}`,
    host,
    ssl: sslmode !== '' && sslmode !== 'disable' && sslmode !== 'false'
  }
}

function connectCause(error: unknown, target: Target, timeout: number): string {
  const e = error as { code?: string; message?: string }
  const message = String(e?.message ?? error).split('\n')[0]
  switch (e?.code) {
    case 'ECONNREFUSED':
      return 'connection refused (is PostgreSQL running and listening there?)'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host "${target.host}" not found`
    case 'CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return `no answer within ${timeout} s`
    case '28P01':
      return `${message} (check the user and password in the URL)`
    case '28000':
      return /no encryption/i.test(message)
        ? `${message}; the server requires TLS: add ?sslmode=require to the URL`
        : message
  }
  if (target.ssl && /TLS|SSL|ECONNRESET|socket disconnected/i.test(`${e?.code} ${message}`)) {
    return `the TLS handshake failed (${message}); the server may not accept TLS, or sslmode asks for more than it offers`
  }
  return e?.code && !message.includes(e.code) ? `${message} (${e.code})` : message
}

/** Remove the password from a message, in every spelling the URL may carry it. */
function redact(message: string, url: string): string {
  let password: string
  try {
    password = new URL(url).password
  } catch {
    return message
  }
  if (!password) return message
  let out = message
  for (const spelling of new Set([password, safeDecode(password)])) {
    if (spelling) out = out.split(spelling).join('***')
  }
  return out
}

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text)
    return true
  } catch {
    return false
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
