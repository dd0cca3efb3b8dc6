/**
 * `self-evolution demo` (npm start): a full local dry run on a scratch embedded database, with the
 * enabled example config and the example proposals, so it shows a whole run every time: gates,
 * the claim, every family of rules, the records and the artifact files.
 */
import { cp, mkdir, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '../../db/client.js'
import { ensureSchema } from '../../db/migrate.js'
import { setFlag } from '../../db/flags.js'
import { DEFAULT_CONFIG_PATH } from '../../config/schema.js'
import { runLocally } from '../local-run.js'
import { parseCommandArgs, UsageError, type CliIO } from '../io.js'
import { printResult } from './run.js'

const HELP = `Usage: self-evolution demo [--examples DIR] [--json]

A full local dry run: a scratch embedded database in .self-evolution/demo (made anew each time),
the flag turned on, the enabled config and the proposals from examples/, then pre → main → post.
`

function findExamples(cwd: string, given?: string): string {
  const candidates = given
    ? [resolve(cwd, given)]
    : [join(cwd, 'examples'), join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples')]
  for (const c of candidates) if (existsSync(join(c, 'self-evolution-config.json'))) return c
  throw new UsageError(
    `no examples found (looked in ${candidates.join(', ')}); expected self-evolution-config.json and proposals.json`
  )
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('demo', argv, {
    examples: { type: 'string' },
    json: { type: 'boolean' }
  })
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const examples = findExamples(io.cwd, values.examples)
  const scratch = join(io.cwd, '.self-evolution', 'demo')
  const repo = join(scratch, 'repo')
  await rm(scratch, { recursive: true, force: true })
  await mkdir(join(repo, '.github'), { recursive: true })
  await cp(join(examples, 'self-evolution-config.json'), join(repo, DEFAULT_CONFIG_PATH))

  const log = (line: string) => (values.json ? io.stderr : io.stdout)(line + '\n')
  log(`Demo: scratch embedded database in ${join(repo, '.self-evolution', 'pgdata')}`)
  const db = await openDatabase({ cwd: repo })
  try {
    await ensureSchema(db.sql, { migrate: true })
    await setFlag(db.sql, { value: true, by: 'demo', reason: 'npm start', now: io.now() })
  } finally {
    await db.close()
  }
  log('Demo: flag self_evolution_enabled turned on; running pre → main → post as a dry run.\n')
  const result = await runLocally({
    cwd: repo,
    databaseUrl: '',
    configPath: DEFAULT_CONFIG_PATH,
    proposals: join(examples, 'proposals.json'),
    repository: 'example/agent-repo',
    force: false,
    forceDryRun: true,
    migrate: true,
    now: io.now,
    print: log
  })
  printResult(result, io, values.json === true)
  if (!values.json) {
    const cli = process.argv[1] ? resolve(process.argv[1]) : 'dist/cli/index.js'
    io.stdout(
      `\nInspect the records: (cd ${repo} && node ${cli} runs show ${result.outputs['run-id'] || 'ID'})\n`
    )
  }
  return result.status === 'failed' ? 1 : 0
}
