/**
 * `self-evolution reflect [--repository OWNER/REPO] [--since 14d] [--json] [--out FILE]`: the
 * reflection the rails give the agent, built now from the database, GitHub (read-only) and the
 * config in the working tree. The token comes from GITHUB_TOKEN or GH_TOKEN, never from the command
 * line; without one, only the database is read, and the command says so.
 */
import { rename, rm, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { readConfig } from '../../config/source.js'
import { DEFAULT_CONFIG_PATH } from '../../config/names.js'
import { createGitHubContext, type GitHubContext } from '../../github/client.js'
import { serializeReflection } from '../../reflection/build.js'
import { collectReflection } from '../../reflection/collect.js'
import { renderReflectionText } from '../../reflection/render.js'
import { forLog } from '../../text/escape.js'
import { commandDatabaseUrl, DATABASE_URL_HELP, openCommandDatabase, runCommand } from '../database.js'
import { CommandError, parseCommandArgs, repositoryFlag, UsageError, type CliIO } from '../io.js'

const MAX_DAYS = 90

const HELP = `Usage: self-evolution reflect [--repository OWNER/REPO] [--since 14d] [--json] [--out FILE] [options]

The reflection the agent is given before it proposes: runs and skips, proposals and the rules that
blocked them, pull requests merged, closed and reverted, failed runs on the default branch with their
first error lines, feedback from maintainers, a sentiment score and today's rails (docs/reflection.md).

Options:
  --repository OWNER/REPO  the repository (default: GITHUB_REPOSITORY)
  --since Nd               the last N days (1d to ${MAX_DAYS}d; default: reflection.lookbackDays, 14)
  --json                   print the reflection as JSON (exactly what --out writes)
  --out FILE               write the reflection's JSON to FILE
  --config PATH            the config file in the working tree (default: ${DEFAULT_CONFIG_PATH})
${DATABASE_URL_HELP}

GitHub is read with GITHUB_TOKEN (or GH_TOKEN) from the environment, at GITHUB_API_URL when set.
Without a token, only the database is read.
`

export async function run(argv: string[], io: CliIO): Promise<number> {
  return runCommand('reflect', io, () => execute(argv, io))
}

function sinceFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const m = /^([1-9][0-9]?)d$/.exec(value)
  if (!m || Number(m[1]) > MAX_DAYS) {
    throw new UsageError(
      `--since "${forLog(value, 40)}" is not valid; expected a number of days from 1d to ${MAX_DAYS}d, such as 14d`
    )
  }
  return Number(m[1])
}

function readOnlyClient(io: CliIO, repository: string, token: string): GitHubContext {
  const gh = createGitHubContext({
    token,
    repository,
    baseUrl: io.env.GITHUB_API_URL || undefined,
    gatewayOnlyWrites: true,
    maxAttempts: 3,
    retryBudgetMs: 10_000
  })
  return { ...gh, readOnly: true }
}

async function execute(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('reflect', argv, {
    repository: { type: 'string' },
    since: { type: 'string' },
    json: { type: 'boolean' },
    out: { type: 'string' },
    config: { type: 'string' },
    'database-url': { type: 'string' }
  })
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const repository = repositoryFlag(values.repository ?? (io.env.GITHUB_REPOSITORY || undefined))
  if (!repository) throw new UsageError('--repository is missing; expected OWNER/REPO (or GITHUB_REPOSITORY)')
  const days = sinceFlag(values.since)
  // Checked with the other flags: a bad URL is bad usage, said alone, before anything is read.
  commandDatabaseUrl(values['database-url'], io.env)
  if (values.out !== undefined && !values.out.trim()) {
    throw new UsageError('--out is empty; expected a file to write the reflection to')
  }
  const configPath = values.config ?? DEFAULT_CONFIG_PATH
  let config
  try {
    config = (await readConfig({ from: 'disk', root: io.cwd }, configPath)).config
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0])
  }
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || ''
  if (!token)
    io.stderr('self-evolution reflect: no GITHUB_TOKEN or GH_TOKEN is set, so only the database is read.\n')

  const db = await openCommandDatabase(values['database-url'], io)
  let reflection
  try {
    reflection = await collectReflection({
      sql: db.sql,
      repository,
      now: io.now(),
      config,
      days,
      github: token ? readOnlyClient(io, repository, token) : null,
      warn: message => io.stderr(`self-evolution reflect: warning: ${forLog(message, 600)}\n`)
    })
  } finally {
    await db.close()
  }
  const { text, sha256 } = serializeReflection(reflection)
  if (values.out !== undefined) {
    const file = resolve(io.cwd, values.out)
    // Written beside the file and renamed over it: a reader never sees half a reflection.
    const partial = `${file}.${process.pid}.partial`
    try {
      await writeFile(partial, text, 'utf8')
      await rename(partial, file)
    } catch (error) {
      await rm(partial, { force: true })
      throw new CommandError(
        `Cannot write ${forLog(file, 300)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
      )
    }
    io.stderr(`Wrote ${forLog(file, 300)} (${Buffer.byteLength(text)} bytes, sha256 ${sha256}).\n`)
  }
  io.stdout(values.json ? text : renderReflectionText(reflection))
  return 0
}
