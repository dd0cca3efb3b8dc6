/**
 * `self-evolution run`: the action's pre → main → post in one process, locally. A dry run unless
 * --no-dry-run is given and the config's dryRunMode is false.
 */
import { DEFAULT_CONFIG_PATH } from '../../config/schema.js'
import { runLocally, type LocalRunResult } from '../local-run.js'
import { commandDatabaseUrl } from '../database.js'
import { parseCommandArgs, repositoryFlag, type CliIO } from '../io.js'
import { inertJson } from '../../text/workflow-commands.js'
import { signalExitCode } from '../../runtime/interrupt.js'

const HELP = `Usage: self-evolution run [--proposals FILE] [--database-url URL] [--config-path PATH]
                          [--repository OWNER/REPO] [--force] [--no-dry-run] [--migrate] [--json]

Runs the daily run's pre (gates, claim), main (judge, record) and post (finalize, artifact files)
in one process. GitHub's gates are unavailable locally and are skipped with a warning.

  --proposals FILE       proposals JSON file (the agent's output); none means a run with no proposals
  --database-url URL     PostgreSQL URL (else DATABASE_URL, else the embedded database)
  --config-path PATH     configuration file (default ${DEFAULT_CONFIG_PATH})
  --repository O/R       the repository the run is recorded for (default: none)
  --force                re-claim today's finished run; skip cooldown (never the kill switch)
  --no-dry-run           let the config's dryRunMode decide (default: always a dry run)
  --migrate              apply pending migrations to a server database (the embedded one always is)
  --json                 print one JSON document with the outcome

Ctrl-C (SIGINT) or SIGTERM stops the run at its next safe point and closes the claimed run as
cancelled, which counts as no failure; a second Ctrl-C exits at once (the run then stays running:
close it with "self-evolution runs cancel ID").

Exit codes: 0 success or skip, 1 failed, 2 bad usage, 130 interrupted by SIGINT, 143 by SIGTERM.
`

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('run', argv, {
    proposals: { type: 'string' },
    'database-url': { type: 'string' },
    'config-path': { type: 'string' },
    repository: { type: 'string' },
    force: { type: 'boolean' },
    'no-dry-run': { type: 'boolean' },
    migrate: { type: 'boolean' },
    json: { type: 'boolean' }
  })
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const databaseUrl = commandDatabaseUrl(values['database-url'], io.env) ?? ''
  const result = await runLocally({
    cwd: io.cwd,
    databaseUrl,
    configPath: values['config-path'] ?? DEFAULT_CONFIG_PATH,
    proposals: values.proposals ?? '',
    repository: repositoryFlag(values.repository) ?? '',
    force: values.force ?? false,
    forceDryRun: !values['no-dry-run'],
    migrate: values.migrate === true || databaseUrl === '',
    now: io.now,
    print: line => (values.json ? io.stderr : io.stdout)(line + '\n'),
    signals: io.signals
  })
  if (result.interrupted) {
    if (values.json) printResult(result, io, true)
    io.stderr(interruptedLine(result) + '\n')
    return signalExitCode(result.interrupted)
  }
  printResult(result, io, values.json === true)
  return result.status === 'failed' ? 1 : 0
}

/** The one line an interrupted run ends with: what became of the run it claimed. */
export function interruptedLine(result: LocalRunResult): string {
  const by = `Interrupted by ${result.interrupted}`
  if (result.runId === undefined) return `${by} before a run was claimed: nothing to close.`
  if (result.stages.post.status === 'failed')
    return `${by}: run ${result.runId} could not be closed (see the warning above); close it with "self-evolution runs cancel ${result.runId}".`
  if (result.status === 'cancelled') return `${by}: run ${result.runId} closed as cancelled.`
  return `${by} after run ${result.runId} finished: it is recorded as ${result.status}.`
}

export function printResult(result: LocalRunResult, io: CliIO, json: boolean): void {
  if (json) {
    io.stdout(
      inertJson({
        status: result.status,
        runId: result.outputs['run-id'] ? Number(result.outputs['run-id']) : null,
        skipReason: result.outputs['skip-reason'] || null,
        proposalsAllowed: Number(result.outputs['proposals-allowed'] ?? 0),
        proposalsBlocked: Number(result.outputs['proposals-blocked'] ?? 0),
        reportPath: result.outputs['report-path'] || null,
        artifactDir: result.artifactDir || null,
        artifactFiles: result.artifactFiles,
        error: result.failed ?? null,
        outputs: result.outputs
      }) + '\n'
    )
    return
  }
  io.stdout('\n----- summary (the job summary, as plain text) -----\n\n')
  io.stdout(result.summary + '\n')
  io.stdout('----- end of summary -----\n\n')
  for (const [k, v] of Object.entries(result.outputs)) io.stdout(`output ${k}=${v}\n`)
  if (result.artifactDir)
    io.stdout(`\nArtifact files (${result.artifactFiles.join(', ')}): ${result.artifactDir}\n`)
  if (result.failed) io.stderr(`Failed: ${result.failed}\n`)
}
