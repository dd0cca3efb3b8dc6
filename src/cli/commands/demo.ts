/**
 * `self-evolution demo` (npm start): the whole loop by default (src/cli/demo-loop.ts): a scratch
 * repository made from examples/loop-repo, two weeks of seeded history, then plan, propose (the
 * example agent through the command engine, corrected once by the rails) and rails, as a dry run, and
 * the story of what happened.
 *
 * `--blocked-examples`: a full local dry run on a scratch embedded database, with the enabled example
 * config and the example proposals, so it shows a whole run every time: gates, the claim, every family
 * of rules, the records and the artifact files. The scratch repository is a git repository holding
 * examples/demo-repo, so the example patches apply; several proposals are blocked on purpose, and
 * examples/demo-expectations.json says which and why.
 */
import { cp, mkdir, readFile, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EMBEDDED_DIR } from '../../db/client.js'
import { ensureLocalDir } from '../../db/local-dir.js'
import { setFlag } from '../../db/flags.js'
import { DEFAULT_CONFIG_PATH } from '../../config/schema.js'
import { openLocalDatabase, runLocally } from '../local-run.js'
import { parseCommandArgs, UsageError, type CliIO } from '../io.js'
import { printResult } from './run.js'
import { forTerminal } from '../../text/escape.js'
import { inertJson } from '../../text/workflow-commands.js'
import { commitAll, runDemoLoop } from '../demo-loop.js'
import { demoStory, demoSummary } from '../demo-story.js'

const HELP = `Usage: self-evolution demo [--examples DIR] [--json] [--blocked-examples]

The whole loop, as a dry run on this machine, with no server and no key (npm start):
  1. a scratch repository made from examples/loop-repo, in .self-evolution/demo (made anew each time);
  2. 14 days of seeded history in its scratch embedded database, and the flag turned on;
  3. plan: the claim, and the reflection on that history (the database only: no GitHub here);
  4. propose: the example agent (examples/agent/fix-typos.mjs) through the command engine. Its first
     change is blocked by max-files; told why, it narrows it, and the second is allowed;
  5. rails: mode run with the plan's run-id judges the hand-over again and records it.
Then it tells the story: the reflection's insights, the agent's rounds, its change as a diffstat, the
verdict, and where reflection.json, proposals.json, report.md and run.json are.

The agent runs as a user of its own when this process is root or has passwordless sudo (the demo's
is self-evolution-demo, so it never ends the self-evolution-agent of a job on the same machine). Elsewhere, as on a laptop, there is no second user: examples/loop-repo's config
sets agent.acceptSharedUser: true, so the agent runs as your own user; never set that in a real
repository without reading docs/agent.md (Isolation).

Options:
  --examples DIR       the examples folder (default: ./examples, else the package's own)
  --json               a machine-readable summary on stdout; the jobs' log goes to stderr
  --blocked-examples   instead of the loop: the example proposals in examples/proposals.json on
                       examples/demo-repo, several blocked on purpose; it ends by naming them and why
`

/** The scratch repository: examples/demo-repo and the config, committed, so patches have a base. */
async function seedRepository(examples: string, repo: string): Promise<void> {
  await mkdir(join(repo, '.github'), { recursive: true })
  const base = join(examples, 'demo-repo')
  if (existsSync(base)) await cp(base, repo, { recursive: true })
  await cp(join(examples, 'self-evolution-config.json'), join(repo, DEFAULT_CONFIG_PATH))
  await commitAll(repo, 'demo base')
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

/** What each demo needs in the examples folder. */
const NEEDS = {
  loop: ['loop-repo', join('agent', 'fix-typos.mjs')],
  blocked: ['self-evolution-config.json', 'proposals.json']
} as const

function findExamples(cwd: string, given: string | undefined, needs: readonly string[]): string {
  const candidates = given
    ? [resolve(cwd, given)]
    : [join(cwd, 'examples'), join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples')]
  for (const c of candidates) if (needs.every(n => existsSync(join(c, n)))) return c
  throw new UsageError(
    `no examples found (looked in ${candidates.join(', ')}); expected ${needs.join(' and ')}`
  )
}

type DemoValues = { examples?: string; json?: boolean }

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('demo', argv, {
    examples: { type: 'string' },
    json: { type: 'boolean' },
    'blocked-examples': { type: 'boolean' }
  })
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  return values['blocked-examples'] ? blockedExamplesDemo(values, io) : loopDemo(values, io)
}

/** The command's own path, for the command lines it prints. */
function cliPath(): string {
  return process.argv[1] ? resolve(process.argv[1]) : 'dist/cli/index.js'
}

/** The whole loop: plan → propose → rails, then the story. */
async function loopDemo(values: DemoValues, io: CliIO): Promise<number> {
  const examples = findExamples(io.cwd, values.examples, NEEDS.loop)
  const log = (line: string) => (values.json ? io.stderr : io.stdout)(line + '\n')
  // Inside .self-evolution/, which ignores itself: the demo leaves no untracked folder behind.
  const result = await runDemoLoop({
    examples,
    scratch: join(ensureLocalDir(io.cwd), 'demo'),
    now: io.now,
    env: { PATH: io.env.PATH ?? process.env.PATH },
    print: log
  })
  if (values.json) io.stdout(inertJson(demoSummary(result)) + '\n')
  else io.stdout(['', '===== The story =====', ...demoStory(result, cliPath()), ''].join('\n'))
  return result.rails?.outputs.status === 'success' ? 0 : 1
}

/** The example proposals, several blocked on purpose (--blocked-examples). */
async function blockedExamplesDemo(values: DemoValues, io: CliIO): Promise<number> {
  const examples = findExamples(io.cwd, values.examples, NEEDS.blocked)
  // Inside .self-evolution/, which ignores itself: the demo leaves no untracked folder behind.
  const scratch = join(ensureLocalDir(io.cwd), 'demo')
  const repo = join(scratch, 'repo')
  await rm(scratch, { recursive: true, force: true })
  await seedRepository(examples, repo)

  const log = (line: string) => (values.json ? io.stderr : io.stdout)(line + '\n')
  log(`Demo: scratch embedded database in ${join(repo, EMBEDDED_DIR)}`)
  const db = await openLocalDatabase('', repo)
  try {
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
    const cli = cliPath()
    io.stdout(
      `\nInspect the records: (cd ${repo} && node ${cli} runs show ${result.outputs['run-id'] || 'ID'})\n`
    )
  }
  return result.status === 'failed' ? 1 : 0
}
