/**
 * The `self-evolution` command line: routes a command to its module. Exit codes: 0 success,
 * 1 a negative answer, 2 bad usage or unusable input (one clear line on stderr).
 */
import { CommandError, UsageError, type CliIO } from './io.js'
import { VERSION } from '../version.js'
import { forLog } from '../text/escape.js'
import { randomStopToken, stopCommands } from '../text/workflow-commands.js'
// Commands load when they run, except `check`, which CI runs on every change: it comes with the
// entry, so that git starts without waiting for another module to load.
import * as checkCommand from './commands/check.js'

type Command = {
  summary: string
  load: () => Promise<{ run: (argv: string[], io: CliIO) => Promise<number> }>
}

const COMMANDS: Record<string, Command> = {
  check: { summary: 'judge a change against the safety rails', load: async () => checkCommand },
  run: {
    summary: 'run pre, main and post locally (a dry run by default)',
    load: () => import('./commands/run.js')
  },
  demo: {
    summary: 'the whole loop, plan → propose → rails, as a local dry run with no server or key (npm start)',
    load: () => import('./commands/demo.js')
  },
  migrate: { summary: 'apply pending database migrations', load: () => import('./commands/migrate.js') },
  flag: { summary: 'show, enable or disable the feature flag', load: () => import('./commands/flag.js') },
  runs: {
    summary: 'list runs, show one, or mark a stuck run failed',
    load: () => import('./commands/runs.js')
  },
  config: { summary: 'validate a configuration file', load: () => import('./commands/config.js') },
  doctor: {
    summary: 'check the prerequisites of live mode (exit 0 only when all pass)',
    load: () => import('./commands/doctor.js')
  },
  report: {
    summary: 'the observatory: an HTML page (or JSON) of the last N days',
    load: () => import('./commands/report.js')
  },
  reflect: {
    summary: 'the reflection the agent is given (JSON or text)',
    load: () => import('./commands/reflect.js')
  }
}

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map(k => k.length))
  return [
    `self-evolution ${VERSION}: the safety rails of a self-evolving agent`,
    '',
    'Usage: self-evolution <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --help. Database commands take --database-url (else DATABASE_URL, else the',
    'embedded database in .self-evolution/pgdata) and --repository OWNER/REPO where it matters.'
  ].join('\n')
}

export type MainOptions = {
  /** Where the stop-commands tokens come from (tests inject it); random by default. */
  stopToken?: () => string
}

export async function main(argv: string[], io: CliIO, options: MainOptions = {}): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage() + '\n')
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  return dispatch(name, rest, inertOnRunner(io, argv, options.stopToken ?? randomStopToken))
}

/**
 * On a GitHub Actions runner, every write a command makes is its own stop-commands block, so no
 * agent-written text it prints (titles, paths, reasons) can run as a workflow command. Each write
 * closes its own block: nothing stays stopped if the command throws or the process dies, and the
 * token is checked against exactly the text it guards. stdout under --json is left as is, so it
 * stays one parseable document; inertJson already keeps it free of commands.
 */
export function inertOnRunner(io: CliIO, argv: string[], nextToken: () => string): CliIO {
  if (io.env.GITHUB_ACTIONS !== 'true') return io
  const guard = (write: (text: string) => void) => (text: string) => write(stopCommands(text, nextToken))
  return {
    ...io,
    stdout: argv.includes('--json') ? io.stdout : guard(io.stdout),
    stderr: guard(io.stderr)
  }
}

async function dispatch(name: string, rest: string[], io: CliIO): Promise<number> {
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    io.stderr(
      `self-evolution: unknown command "${oneLine(name)}"; expected one of: ${Object.keys(COMMANDS).join(', ')}\n`
    )
    return 2
  }
  try {
    const mod = await command.load()
    return await mod.run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`self-evolution ${name}: ${oneLine(error.message)}\n`)
      return 2
    }
    if (error instanceof CommandError) {
      io.stderr(`self-evolution ${name}: ${oneLine(error.message)}\n`)
      return 1
    }
    const e = error as Error & { exitCode?: number }
    io.stderr(`self-evolution ${name}: ${oneLine(e?.message ?? String(error))}\n`)
    return typeof e?.exitCode === 'number' ? e.exitCode : 1
  }
}

/** A message that may quote agent-written text (a path, a title), as one inert log line. */
function oneLine(text: string): string {
  return forLog(String(text), 1000)
}
