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
import { connect, DATABASE_URL_HELP, json } from '../database.js'
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
  const repository = repositoryFlag(values.repository ?? (io.env.GITHUB_REPOSITORY || undefined))
  if (!repository) throw new UsageError('--repository is missing; expected OWNER/REPO (or GITHUB_REPOSITORY)')
  if (values.branch !== undefined && !/^[A-Za-z0-9._/-]+$/.test(values.branch)) {
    throw new UsageError(`--branch "${forLog(values.branch, 100)}" is not valid; expected a branch name`)
  }
  const gateText = values['gate-check'] ?? 'self-evolution'
  if (!gateText.trim())
    throw new UsageError('--gate-check is empty; expected text the gate check name contains')
  const gate = new RegExp(gateText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')
  const configPath = values.config ?? DEFAULT_CONFIG_PATH
  const baseUrl = io.env.GITHUB_API_URL || undefined
  const readToken = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || ''
  const writeToken = io.env.SELF_EVOLUTION_WRITE_TOKEN || ''
  const appId = io.env.SELF_EVOLUTION_APP_ID || ''
  const appKey = io.env.SELF_EVOLUTION_APP_PRIVATE_KEY || ''
  const client = (token: string): GitHubContext =>
    createGitHubContext({
      token,
      repository,
      baseUrl,
      gatewayOnlyWrites: true,
      maxAttempts: 3,
      retryBudgetMs: 10_000
    })

  // The config, from the working tree (doctor runs in a checkout of the repository).
  let config: Read<Config>
  try {
    config = { ok: true, value: (await readConfig({ from: 'disk', root: io.cwd }, configPath)).config }
  } catch (error) {
    config = { ok: false, why: errorText(error) }
  }

  const reader = readToken ? client(readToken) : undefined
  let branch = values.branch ?? ''
  const checks: DoctorCheck[] = []
  if (!reader) {
    checks.push({
      id: 'gate-required',
      status: 'unknown',
      detail: 'GITHUB_TOKEN is not set, so branch protection and rulesets cannot be read'
    })
  } else {
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
    if (branch) checks.push(checkGateRequired(branch, await readRequiredChecks(reader, branch), gate))
  }

  const installation =
    appId && appKey
      ? await (async () => {
          try {
            return await readInstallationPermissions(client(appJwt(appId, appKey, io.now().getTime())))
          } catch (error) {
            return { ok: false as const, why: `the App credentials cannot be used (${errorText(error)})` }
          }
        })()
      : undefined
  checks.push(
    ...checkWriteToken({
      present: writeToken !== '',
      repository: writeToken ? await readTokenRepository(client(writeToken)) : { ok: false, why: 'no token' },
      ...(installation ? { installation } : {})
    })
  )

  let flag: Read<KillSwitch>
  let schema: Read<string>
  try {
    const db = await connect(values['database-url'], io)
    try {
      try {
        await ensureSchema(db.sql, { migrate: false })
        schema = { ok: true, value: 'every migration this version needs is applied' }
      } catch (error) {
        schema = { ok: false, why: errorText(error) }
      }
      flag = schema.ok
        ? await readKillSwitch(db.sql, repository).then(
            value => ({ ok: true as const, value }),
            error => ({ ok: false as const, why: errorText(error) })
          )
        : { ok: false, why: 'the schema is not current' }
    } finally {
      await db.close()
    }
  } catch (error) {
    schema = { ok: false, why: `the database cannot be opened (${errorText(error)})` }
    flag = { ok: false, why: 'the database cannot be opened' }
  }
  checks.push(checkFlagConfig(config, flag), checkSchema(schema))

  if (!reader) {
    checks.push({
      id: 'artifact-retention',
      status: 'unknown',
      detail: 'GITHUB_TOKEN is not set, so the retention cannot be read'
    })
  } else if (!config.ok) {
    checks.push({ id: 'artifact-retention', status: 'unknown', detail: 'the config cannot be used' })
  } else {
    checks.push(checkRetention(await readRetentionDays(reader), config.value.telemetry.logRetentionDays))
  }

  const ok = checks.every(c => c.status === 'pass')
  if (values.json) {
    io.stdout(json({ ok, repository, branch, checks }))
  } else {
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
  return ok ? 0 : 1
}
