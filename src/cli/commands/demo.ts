/**
 * `self-evolution demo` (npm start): a full local dry run on a scratch embedded database, with the
 * enabled example config and the example proposals, so it shows a whole run every time: gates,
 * the claim, every family of rules, the records and the artifact files. The scratch repository is a
 * git repository holding examples/demo-repo, so the example patches apply; several proposals are
 * blocked on purpose, and examples/demo-expectations.json says which and why.
 */
import { cp, mkdir, readFile, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '../../db/client.js'
import { ensureLocalDir } from '../../db/local-dir.js'
import { ensureSchema } from '../../db/migrate.js'
import { setFlag } from '../../db/flags.js'
import { DEFAULT_CONFIG_PATH } from '../../config/schema.js'
import { runLocally } from '../local-run.js'
import { parseCommandArgs, UsageError, type CliIO } from '../io.js'
import { printResult } from './run.js'
import { runGit, trustedGitEnv } from '../../git/run.js'
import { forTerminal } from '../../text/escape.js'

const HELP = `Usage: self-evolution demo [--examples DIR] [--json]

A full local dry run: a scratch embedded database in .self-evolution/demo (made anew each time),
the flag turned on, the enabled config and the proposals from examples/, then pre → main → post.
Some proposals are blocked on purpose; the demo ends by naming them and why.
`

/** The scratch repository: examples/demo-repo and the config, committed, so patches have a base. */
async function seedRepository(examples: string, repo: string): Promise<void> {
  await mkdir(join(repo, '.github'), { recursive: true })
  const base = join(examples, 'demo-repo')
  if (existsSync(base)) await cp(base, repo, { recursive: true })
  await cp(join(examples, 'self-evolution-config.json'), join(repo, DEFAULT_CONFIG_PATH))
  const git = (args: string[]) => runGit(args, { cwd: repo, env: trustedGitEnv() })
  await git(['init', '--quiet'])
  await git(['add', '--all'])
  await git([
    '-c',
    'user.name=self-evolution demo',
    '-c',
    'user.email=demo@self-evolution.invalid',
    'commit',
    '--quiet',
    '--no-gpg-sign',
    '-m',
    'demo base'
  ])
}

type DemoVerdict = { title: string; allowed: boolean; violations: Array<{ rule: string }> }

/**
 * Which proposals are deliberate examples of blocked changes, and whether each ended as intended.
 * `blocked` maps a title to why the rails must stop it; every other proposal is meant to be allowed.
 */
export function demoNotes(blocked: Record<string, string>, verdicts: DemoVerdict[]): string[] {
  const rules = (v: DemoVerdict) => [...new Set(v.violations.map(x => x.rule))].join(', ')
  const out = ['Deliberate examples of blocked changes (the rails are meant to stop these):']
  verdicts.forEach((v, i) => {
    const why = Object.hasOwn(blocked, v.title) ? blocked[v.title] : undefined
    const name = `#${i + 1} ${forTerminal(v.title, 120)}`
    if (why !== undefined && !v.allowed)
      out.push(`  ${name}: blocked as intended (${rules(v)}): ${forTerminal(why)}`)
    else if (why !== undefined) out.push(`  ${name}: NOT blocked, though it should be: ${forTerminal(why)}`)
    else if (!v.allowed) out.push(`  ${name}: blocked, but not on purpose (${rules(v)})`)
  })
  out.push('Every other proposal is an ordinary change, meant to be allowed.')
  return out
}

/** The notes of this demo run, from the expectations file and the run's proposals.json. */
async function readDemoNotes(examples: string, artifactDir: string): Promise<string[]> {
  const expectations = join(examples, 'demo-expectations.json')
  const proposals = join(artifactDir, 'proposals.json')
  if (!artifactDir || !existsSync(expectations) || !existsSync(proposals)) return []
  const { blocked } = JSON.parse(await readFile(expectations, 'utf8')) as { blocked: Record<string, string> }
  const run = JSON.parse(await readFile(proposals, 'utf8')) as { proposals: DemoVerdict[] }
  return demoNotes(blocked, run.proposals)
}

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
  // Inside .self-evolution/, which ignores itself: the demo leaves no untracked folder behind.
  const scratch = join(ensureLocalDir(io.cwd), 'demo')
  const repo = join(scratch, 'repo')
  await rm(scratch, { recursive: true, force: true })
  await seedRepository(examples, repo)

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
  for (const line of await readDemoNotes(examples, result.artifactDir)) log(line)
  if (!values.json) {
    const cli = process.argv[1] ? resolve(process.argv[1]) : 'dist/cli/index.js'
    io.stdout(
      `\nInspect the records: (cd ${repo} && node ${cli} runs show ${result.outputs['run-id'] || 'ID'})\n`
    )
  }
  return result.status === 'failed' ? 1 : 0
}
