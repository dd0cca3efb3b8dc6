/** `self-evolution flag status|enable|disable`: the kill switch, global or for one repository. */
import {
  GLOBAL_FLAG,
  listFlags,
  readKillSwitch,
  repositoryFlagKey,
  setFlag,
  type FlagRow
} from '../../db/flags.js'
import { forLog } from '../../text/escape.js'
import { DATABASE_URL_HELP, json, openCommandDatabase, runCommand, table, time } from '../database.js'
import { parseCommandArgs, repositoryFlag, UsageError, type CliIO } from '../io.js'

const HELP = `Usage: self-evolution flag status|enable|disable [options]

The kill switch. Runs proceed only when the global flag (${GLOBAL_FLAG}) is on AND the
repository's flag (${GLOBAL_FLAG}:OWNER/REPO) is not off. A missing global flag counts as
off; a missing repository flag counts as on. The failure limit turns a repository's flag off; only
an operator turns it back on. Every flip is recorded with who and why.

  status    show the flags (with --repository: the global one, the repository's, and the result)
  enable    turn the flag on (the global one, or the repository's with --repository)
  disable   turn the flag off

Options:
  --repository OWNER/REPO  act on (or show) one repository's flag
  --by NAME                who flips it (default: $USER)
  --reason TEXT            why; recorded with the flip
${DATABASE_URL_HELP}
  --json                   print JSON
`

const SUBCOMMANDS = ['status', 'enable', 'disable'] as const

export async function run(argv: string[], io: CliIO): Promise<number> {
  return runCommand('flag', io, () => execute(argv, io))
}

async function execute(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'flag',
    argv,
    {
      repository: { type: 'string' },
      by: { type: 'string' },
      reason: { type: 'string' },
      'database-url': { type: 'string' },
      json: { type: 'boolean' }
    },
    1
  )
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const sub = positionals[0]
  if (sub === undefined) throw new UsageError('missing subcommand; expected status, enable or disable')
  if (!(SUBCOMMANDS as readonly string[]).includes(sub)) {
    throw new UsageError(`unknown subcommand "${forLog(sub, 40)}"; expected status, enable or disable`)
  }
  const repository = repositoryFlag(values.repository)
  if (sub === 'status' && (values.by !== undefined || values.reason !== undefined)) {
    throw new UsageError('--by and --reason apply only to enable and disable, not to status')
  }
  if (values.by !== undefined && !values.by.trim()) throw new UsageError('--by is empty; expected a name')
  if (values.reason !== undefined && !values.reason.trim())
    throw new UsageError('--reason is empty; expected a sentence')

  const db = await openCommandDatabase(values['database-url'], io)
  try {
    if (sub === 'status') return await status(db.sql, repository, io, values.json === true)
    const change = await setFlag(db.sql, {
      repository,
      value: sub === 'enable',
      by: values.by ?? (io.env.USER || io.env.USERNAME || 'cli'),
      reason: values.reason,
      now: io.now()
    })
    const effective = await readKillSwitch(db.sql, repository)
    if (values.json) {
      io.stdout(json({ ...change, effective: effective.on }))
      return 0
    }
    const was = change.previous === null ? 'missing' : change.previous ? 'on' : 'off'
    io.stdout(`${change.key} is now ${change.value ? 'on' : 'off'} (was ${was}).\n`)
    if (change.value && !effective.on) {
      io.stdout(
        repository
          ? `Runs for ${repository} still skip: the global flag ${GLOBAL_FLAG} is ${effective.global === null ? 'missing (off)' : 'off'}.\n`
          : `Runs still skip for repositories whose own flag is off; see "self-evolution flag status".\n`
      )
    }
    return 0
  } finally {
    await db.close()
  }
}

async function status(
  sql: Parameters<typeof listFlags>[0],
  repository: string | undefined,
  io: CliIO,
  asJson: boolean
): Promise<number> {
  const flags = await listFlags(sql)
  const global = flags.find(f => f.key === GLOBAL_FLAG) ?? null
  if (repository) {
    const own = flags.find(f => f.key === repositoryFlagKey(repository)) ?? null
    const killSwitch = await readKillSwitch(sql, repository)
    if (asJson) {
      io.stdout(json({ repository, global, repositoryFlag: own, on: killSwitch.on }))
      return 0
    }
    io.stdout(
      table(
        ['FLAG', 'VALUE', 'LAST CHANGE'],
        [
          [GLOBAL_FLAG, describeValue(global, 'off'), lastChange(global)],
          [repositoryFlagKey(repository), describeValue(own, 'on'), lastChange(own)]
        ]
      )
    )
    io.stdout(`Runs for ${repository}: ${killSwitch.on ? 'allowed' : 'stopped'} by the flags.\n`)
    return 0
  }
  if (asJson) {
    io.stdout(
      json({ global, repositories: flags.filter(f => f.key !== GLOBAL_FLAG), on: global?.value === true })
    )
    return 0
  }
  io.stdout(
    table(
      ['FLAG', 'VALUE', 'LAST CHANGE'],
      [
        [GLOBAL_FLAG, describeValue(global, 'off'), lastChange(global)],
        ...flags.filter(f => f.key !== GLOBAL_FLAG).map(f => [f.key, describeValue(f, 'on'), lastChange(f)])
      ]
    )
  )
  io.stdout(
    global?.value === true
      ? 'Runs are allowed, except for repositories whose flag is off.\n'
      : 'Runs are stopped for every repository: the global flag is off.\n'
  )
  return 0
}

function describeValue(flag: FlagRow | null, missing: 'on' | 'off'): string {
  return flag === null ? `missing (counts as ${missing})` : flag.value ? 'on' : 'off'
}

function lastChange(flag: FlagRow | null): string {
  if (!flag) return '-'
  const m = flag.metadata as Record<string, string | undefined>
  const on = m.enabledAt ? { at: m.enabledAt, by: m.enabledBy, what: 'enabled' } : undefined
  const off = m.disabledAt ? { at: m.disabledAt, by: m.disabledBy, what: 'disabled' } : undefined
  const last = on && off ? (on.at > off.at ? on : off) : (on ?? off)
  if (!last) return `created ${time(flag.createdAt)}`
  return `${last.what} ${time(last.at)} by ${last.by ?? '?'}${m.reason ? `: ${m.reason}` : ''}`
}
