/**
 * `self-evolution doctor`: are the prerequisites of live mode in place? Prints a pass/fail list
 * (or JSON with --json) and exits 0 only when every check passes, 1 otherwise, 2 for bad usage.
 * It reads and never writes.
 */
import { DEFAULT_CONFIG_PATH } from '../../config/schema.js'
import { readConfig } from '../../config/source.js'
import { readKillSwitch } from '../../db/flags.js'
import { ensureSchema } from '../../db/migrate.js'
import { createGitHubContext, errorText, type GitHubContext } from '../../github/client.js'
import { getDefaultBranch } from '../../github/contents.js'
import {
  appJwt,
  checkFlagConfig,
  checkGateRequired,
  checkRetention,
  checkSchema,
  checkWriteToken,
  failedRead,
  readInstallationPermissions,
  readRequiredChecks,
  readRetentionDays,
  readTokenRepository,
  type DoctorCheck,
  type Read
} from '../doctor-checks.js'
import type { Config } from '../../config/schema.js'
import type { KillSwitch } from '../../db/flags.js'
import { forLog } from '../../text/escape.js'
import { commandDatabaseUrl, connect, DATABASE_URL_HELP, json } from '../database.js'
import { parseCommandArgs, repositoryFlag, UsageError, type CliIO } from '../io.js'

const HELP = `Usage: self-evolution doctor [options]

Checks what live mode needs, and prints each check as PASS or FAIL. A check that cannot be
proven (an unreadable setting, a token GitHub says nothing about) fails as UNKNOWN.

  gate-required          the gate is a required check on the default branch
                         (branch protection or rulesets; needs a GITHUB_TOKEN that can read them)
  write-token            the write-token (SELF_EVOLUTION_WRITE_TOKEN) can push and open pull requests
  write-token-workflows  the write-token cannot edit workflows
  flag-config            the feature flag and the config agree
  schema                 the database schema is current
  artifact-retention     the repository keeps artifacts at least telemetry.logRetentionDays

A GitHub App token does not say what it may do; set SELF_EVOLUTION_APP_ID and
SELF_EVOLUTION_APP_PRIVATE_KEY (the PEM text) so doctor reads the App installation's permissions.

Options:
  --repository OWNER/REPO  the repository (default: GITHUB_REPOSITORY)
  --branch NAME            the branch the gate protects (default: the default branch)
  --gate-check TEXT        text the gate's check name contains (default: self-evolution)
  --config PATH            the config file (default: ${DEFAULT_CONFIG_PATH})
${DATABASE_URL_HELP}
  --json                   print JSON: { ok, repository, branch, checks: [{ id, status, detail }] }

Environment: GITHUB_TOKEN (or GH_TOKEN) for reading, SELF_EVOLUTION_WRITE_TOKEN, GITHUB_API_URL.
Exit codes: 0 every check passes, 1 a check fails, 2 bad usage.
`

type DoctorOptions = {
  repository: string
  /** The branch given with --branch; '' for the default branch. */
  branch: string
  gate: RegExp
  configPath: string
  databaseUrl: string | undefined
  readToken: string
  writeToken: string
  appId: string
  appKey: string
  /** A client for the repository with `token`; it writes nothing (writes only through a gateway). */
  client: (token: string) => GitHubContext
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('doctor', argv, {
    repository: { type: 'string' },
    branch: { type: 'string' },
    'gate-check': { type: 'string' },
    config: { type: 'string' },
    'database-url': { type: 'string' },
    json: { type: 'boolean' }
  })
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const o = doctorOptions(values, io)
  const config = await readDoctorConfig(io.cwd, o.configPath)
  const reader = o.readToken ? o.client(o.readToken) : undefined
  const checks: DoctorCheck[] = []
  const branch = await gateRequiredCheck(reader, o, checks)
  checks.push(...(await writeTokenChecks(o, io)))
  const { schema, flag } = await readDatabase(o, io)
  checks.push(checkFlagConfig(config, flag), checkSchema(schema))
  checks.push(await retentionCheck(reader, config))
  const ok = checks.every(c => c.status === 'pass')
  if (values.json) io.stdout(json({ ok, repository: o.repository, branch, checks }))
  else printChecks(io, checks, ok)
  return ok ? 0 : 1
}

/** The flags and environment, checked (a UsageError for bad usage). */
function doctorOptions(
  values: {
    repository?: string
    branch?: string
    'gate-check'?: string
    config?: string
    'database-url'?: string
  },
  io: CliIO
): DoctorOptions {
  const repository = repositoryFlag(values.repository ?? (io.env.GITHUB_REPOSITORY || undefined))
  if (!repository) throw new UsageError('--repository is missing; expected OWNER/REPO (or GITHUB_REPOSITORY)')
  if (values.branch !== undefined && !/^[A-Za-z0-9._/-]+$/.test(values.branch)) {
    throw new UsageError(`--branch "${forLog(values.branch, 100)}" is not valid; expected a branch name`)
  }
  const gateText = values['gate-check'] ?? 'self-evolution'
  if (!gateText.trim())
    throw new UsageError('--gate-check is empty; expected text the gate check name contains')
  const baseUrl = io.env.GITHUB_API_URL || undefined
  return {
    repository,
    branch: values.branch ?? '',
    gate: new RegExp(gateText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'),
    configPath: values.config ?? DEFAULT_CONFIG_PATH,
    databaseUrl: commandDatabaseUrl(values['database-url'], io.env),
    readToken: io.env.GITHUB_TOKEN || io.env.GH_TOKEN || '',
    writeToken: io.env.SELF_EVOLUTION_WRITE_TOKEN || '',
    appId: io.env.SELF_EVOLUTION_APP_ID || '',
    appKey: io.env.SELF_EVOLUTION_APP_PRIVATE_KEY || '',
    client: token =>
      createGitHubContext({
        token,
        repository,
        baseUrl,
        gatewayOnlyWrites: true,
        maxAttempts: 3,
        retryBudgetMs: 10_000,
        sleep: io.sleep
      })
  }
}

/** The config, from the working tree (doctor runs in a checkout of the repository). */
async function readDoctorConfig(cwd: string, configPath: string): Promise<Read<Config>> {
  try {
    return { ok: true, value: (await readConfig({ from: 'disk', root: cwd }, configPath)).config }
  } catch (error) {
    return { ok: false, why: errorText(error) }
  }
}

/** gate-required, pushed onto `checks`; returns the branch it was judged on ('' when unknown). */
async function gateRequiredCheck(
  reader: GitHubContext | undefined,
  o: DoctorOptions,
  checks: DoctorCheck[]
): Promise<string> {
  if (!reader) {
    checks.push({
      id: 'gate-required',
      status: 'unknown',
      detail: 'GITHUB_TOKEN is not set, so branch protection and rulesets cannot be read'
    })
    return o.branch
  }
  let branch = o.branch
  if (!branch) {
    try {
      branch = await getDefaultBranch(reader)
    } catch (error) {
      checks.push({
        id: 'gate-required',
        status: 'unknown',
        detail: `the default branch cannot be read (${errorText(error)})`
      })
    }
  }
  if (branch) checks.push(checkGateRequired(branch, await readRequiredChecks(reader, branch), o.gate))
  return branch
}

/** write-token and write-token-workflows, with the App installation's permissions when given. */
async function writeTokenChecks(o: DoctorOptions, io: CliIO): Promise<DoctorCheck[]> {
  const installation = o.appId && o.appKey ? await readInstallation(o, io) : undefined
  return checkWriteToken({
    present: o.writeToken !== '',
    repository: o.writeToken
      ? await readTokenRepository(o.client(o.writeToken))
      : { ok: false, why: 'no token' },
    ...(installation ? { installation } : {})
  })
}

/** The App installation's permissions; a key that cannot sign is a failed read too. */
async function readInstallation(o: DoctorOptions, io: CliIO): Promise<Read<Record<string, string>>> {
  try {
    return await readInstallationPermissions(o.client(appJwt(o.appId, o.appKey, io.now().getTime())))
  } catch (error) {
    return { ok: false, why: `the App credentials cannot be used (${errorText(error)})` }
  }
}

/** Whether the schema is current, and the kill switch (read only with a current schema). */
async function readDatabase(
  o: DoctorOptions,
  io: CliIO
): Promise<{ schema: Read<string>; flag: Read<KillSwitch> }> {
  try {
    const db = await connect(o.databaseUrl, io)
    try {
      const schema = await readSchema(db.sql)
      const flag: Read<KillSwitch> = schema.ok
        ? await readKillSwitch(db.sql, o.repository).then(
            value => ({ ok: true as const, value }),
            error => failedRead(errorText(error), error)
          )
        : { ok: false, why: 'the schema is not current' }
      return { schema, flag }
    } finally {
      await db.close()
    }
  } catch (error) {
    return {
      schema: failedRead(`the database cannot be opened (${errorText(error)})`, error),
      flag: failedRead('the database cannot be opened', error)
    }
  }
}

async function readSchema(sql: Parameters<typeof ensureSchema>[0]): Promise<Read<string>> {
  try {
    await ensureSchema(sql, { migrate: false, remedy: 'run `self-evolution migrate`' })
    return { ok: true, value: 'every migration this version needs is applied' }
  } catch (error) {
    return failedRead(errorText(error), error)
  }
}

async function retentionCheck(reader: GitHubContext | undefined, config: Read<Config>): Promise<DoctorCheck> {
  if (!reader) {
    return {
      id: 'artifact-retention',
      status: 'unknown',
      detail: 'GITHUB_TOKEN is not set, so the retention cannot be read'
    }
  }
  if (!config.ok) return { id: 'artifact-retention', status: 'unknown', detail: 'the config cannot be used' }
  return checkRetention(await readRetentionDays(reader), config.value.telemetry.logRetentionDays)
}

function printChecks(io: CliIO, checks: DoctorCheck[], ok: boolean): void {
  for (const c of checks) {
    io.stdout(
      `${c.status === 'pass' ? 'PASS   ' : c.status === 'fail' ? 'FAIL   ' : 'UNKNOWN'} ${c.id}: ${forLog(c.detail, 1000)}\n`
    )
  }
  io.stdout(
    ok
      ? 'Every check passes: live mode may be turned on.\n'
      : 'Not ready for live mode: fix the checks above.\n'
  )
}
