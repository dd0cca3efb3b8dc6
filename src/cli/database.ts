/**
 * What the database commands (migrate, flag, runs) share: the --database-url resolution (the flag,
 * then DATABASE_URL, then the embedded database), their errors as one line with the right exit code,
 * and plain-text tables.
 */
import {
  checkDatabaseUrl,
  DatabaseConnectError,
  DatabaseUrlError,
  openDatabase,
  resolveDatabaseUrl,
  type Database
} from '../db/client.js'
import { EmbeddedLockedError } from '../db/lockfile.js'
import { ensureSchema, IncompatibleSchemaError, MigrationError } from '../db/migrate.js'
import { forLog } from '../text/escape.js'
import { inertJson } from '../text/workflow-commands.js'
import { CommandError, UsageError, type CliIO } from './io.js'

export const DATABASE_URL_HELP = `  --database-url URL   PostgreSQL URL (default: DATABASE_URL, else the embedded database
                       in .self-evolution/pgdata)`

/**
 * Open the database a command runs against, with the schema it needs. A server must already be
 * migrated (`self-evolution migrate`: schema changes are reviewed); the embedded database is local
 * and private, so it is migrated on the spot.
 */
export async function openCommandDatabase(flagUrl: string | undefined, io: CliIO): Promise<Database> {
  const db = await connect(flagUrl, io)
  try {
    await ensureSchema(db.sql, { migrate: db.kind === 'embedded', remedy: 'run `self-evolution migrate`' })
  } catch (error) {
    await db.close().catch(() => undefined)
    throw error
  }
  return db
}

/** Open without touching the schema (the migrate command). */
export async function connect(flagUrl: string | undefined, io: CliIO): Promise<Database> {
  return openDatabase({ url: commandDatabaseUrl(flagUrl, io.env), cwd: io.cwd })
}

/**
 * The database URL a command uses (the flag, else DATABASE_URL, else none: the embedded database),
 * checked before anything connects: a URL that cannot be one is a usage error naming where it came
 * from, and never quoting it (it holds the password).
 */
export function commandDatabaseUrl(flagUrl: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (flagUrl === '') throw new UsageError('--database-url is empty; expected a postgres:// URL')
  const url = resolveDatabaseUrl(flagUrl, env)
  if (url === undefined) return undefined
  try {
    checkDatabaseUrl(url)
  } catch (error) {
    if (!(error instanceof DatabaseUrlError)) throw error
    const source = flagUrl !== undefined ? '--database-url' : 'the DATABASE_URL environment variable'
    throw new UsageError(`The database URL in ${source} is not valid: ${error.reason}`)
  }
  return url
}

/**
 * Run a command's body, turning the errors a user can cause or meet into one line on stderr and an
 * exit code (2 bad usage, 1 a refusal or an unusable database), so the command behaves the same
 * whether the dispatcher or a test calls it.
 */
export async function runCommand(name: string, io: CliIO, body: () => Promise<number>): Promise<number> {
  try {
    return await body()
  } catch (caught) {
    const error = asCommandError(caught)
    if (error instanceof UsageError || error instanceof CommandError) {
      io.stderr(`self-evolution ${name}: ${forLog(error.message, 1000)}\n`)
      return error instanceof UsageError ? 2 : 1
    }
    throw error
  }
}

/** The errors a user can cause or meet, as one line: bad input exits 2, the rest 1. */
function asCommandError(error: unknown): unknown {
  if (error instanceof DatabaseUrlError) return new UsageError(error.message)
  if (
    error instanceof DatabaseConnectError ||
    error instanceof EmbeddedLockedError ||
    error instanceof MigrationError ||
    error instanceof IncompatibleSchemaError
  ) {
    return new CommandError(error.message)
  }
  return error
}

/** Columns padded to their widest cell; every cell made safe to print (agent-written text). */
export function table(headers: string[], rows: string[][]): string {
  const cells = rows.map(r => r.map(c => forLog(c, 200)))
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map(r => (r[i] ?? '').length)))
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  return [line(headers), ...cells.map(line)].join('\n') + '\n'
}

/** A timestamp as UTC to the second, or '-'. */
export function time(value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return '-'
  const d = value instanceof Date ? value : new Date(value)
  return Number.isNaN(d.getTime()) ? String(value) : d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** A --json document, pretty-printed, with no workflow command in its text (agent-written values). */
export function json(value: unknown): string {
  return inertJson(value, 2) + '\n'
}
