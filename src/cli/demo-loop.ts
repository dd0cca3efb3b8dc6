/**
 * The loop demo (`npm start`): the three jobs of the shipped workflow, plan → propose → rails, in one
 * process on a fresh clone, with no server and no key. Each job gets a host of its own (its inputs,
 * outputs and state, as on a runner of its own) and they share one scratch embedded database, as the
 * jobs of a workflow run share the database server:
 * 1. a scratch git repository made from examples/loop-repo (made anew each time);
 * 2. two weeks of seeded history (src/cli/demo-history.ts) and the flag turned on;
 * 3. plan claims today's run and writes the reflection (no GitHub here: the database only);
 * 4. propose runs the example agent (examples/agent/fix-typos.mjs) through the `command` engine; its
 *    first change is blocked by max-files, it is told why, and its second is allowed;
 * 5. rails (mode run with run-id and agent-result) judges the hand-over and records it, as a dry run.
 * src/cli/demo-story.ts tells what happened.
 */
import { chmodSync, copyFileSync, cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { existsSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { DEFAULT_CONFIG_PATH } from '../config/schema.js'
import { setFlag } from '../db/flags.js'
import { writeSeedHistory } from '../db/seed-history.js'
import { EMBEDDED_DIR, type Database } from '../db/client.js'
import { runGit, trustedGitEnv } from '../git/run.js'
import { proposalsFileSchema, type ProposalsFile } from '../policy/proposals-file.js'
import { reflectionSchema, type Reflection } from '../reflection/schema.js'
import { DEMO_REPOSITORY, demoHistory } from './demo-history.js'
import { artifactsOf, localJob, openLocalDatabase, runJobStages, type LocalStages } from './local-run.js'

/** The workflow run the demo's three jobs belong to: rails continues only its own plan's claim. */
export const DEMO_WORKFLOW_RUN = 1

/**
 * The demo's agent user, where the agent gets a user of its own (root, or passwordless sudo): not the
 * action's self-evolution-agent, whose processes all end after each engine run, so that a demo never
 * ends the agent of a job running on the same machine (a self-hosted runner, another test). The
 * propose job gets it as SELF_EVOLUTION_AGENT_USER.
 */
export const DEMO_AGENT_USER = 'self-evolution-demo'

export type DemoLoopOptions = {
  /** The examples folder: loop-repo/ and agent/fix-typos.mjs. */
  examples: string
  /** The scratch folder, removed and made anew: the repository, the agent's copy, the hand-over. */
  scratch: string
  now: () => Date
  /** The process environment: PATH, for the agent's node and git. */
  env: NodeJS.ProcessEnv
  print: (line: string) => void
}

/** One job as it ended: its outputs, its failure line, and its log lines. */
export type DemoJob = {
  outputs: Record<string, string>
  failed?: string
  lines: string[]
  stages: LocalStages
}

export type DemoLoopResult = {
  scratch: string
  repo: string
  /** The embedded database's folder. */
  database: string
  /** The command the propose job ran. */
  agentCommand: string
  history: { runs: number; skips: number; proposals: number; days: number }
  plan: DemoJob & { reflection?: Reflection }
  propose?: DemoJob & { handOver?: ProposalsFile }
  rails?: DemoJob & { artifactDir: string; artifactFiles: string[]; summary: string }
  runId?: number
}

/** Runs the loop; a job that fails ends it there, and the result says which and why. */
export async function runDemoLoop(o: DemoLoopOptions): Promise<DemoLoopResult> {
  rmSync(o.scratch, { recursive: true, force: true })
  const repo = join(o.scratch, 'repo')
  await seedScratchRepository(join(o.examples, 'loop-repo'), repo)
  const agent = stageAgent(join(o.examples, 'agent', 'fix-typos.mjs'), join(o.scratch, 'agent'))
  const days = demoHistory(o.now())
  const history = {
    days: days.length,
    runs: days.filter(d => d.kind === 'run').length,
    skips: days.filter(d => d.kind === 'skip').length,
    proposals: days.reduce((n, d) => n + (d.kind === 'run' ? d.proposals.length : 0), 0)
  }
  const base = {
    scratch: o.scratch,
    repo,
    database: join(repo, EMBEDDED_DIR),
    agentCommand: `node ${agent}`,
    history
  }
  o.print(`Demo: scratch repository ${repo} (examples/loop-repo, committed)`)
  const db = await openLocalDatabase('', repo)
  try {
    await writeSeedHistory(db.sql, DEMO_REPOSITORY, days)
    await setFlag(db.sql, { value: true, by: 'demo', reason: 'npm start', now: o.now() })
    o.print(
      `Demo: ${history.days} days of history seeded in ${base.database}; flag self_evolution_enabled turned on.`
    )
    return await jobs(o, db, base)
  } finally {
    await db.close()
  }
}

type Base = Pick<DemoLoopResult, 'scratch' | 'repo' | 'database' | 'agentCommand' | 'history'>

async function jobs(o: DemoLoopOptions, db: Database, base: Base): Promise<DemoLoopResult> {
  const configPath = DEFAULT_CONFIG_PATH
  const job = async (name: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) => {
    o.print(`\n----- ${name} -----`)
    const j = localJob({
      cwd: base.repo,
      repository: DEMO_REPOSITORY,
      inputs: { 'config-path': configPath, ...inputs },
      env,
      now: o.now,
      print: line => o.print(`[${name}] ${line}`),
      database: db,
      ctx: { githubRunId: DEMO_WORKFLOW_RUN, attempt: 1 }
    })
    const stages = await runJobStages(j.deps)
    const outputs = Object.fromEntries(j.host.outputs)
    return { outputs, failed: j.host.failed, lines: j.host.lines.map(l => l.text), stages, host: j.host }
  }
  const planned = await job('plan', { mode: 'plan', 'database-url': '', 'dry-run': 'true', migrate: 'true' })
  const plan = {
    ...strip(planned),
    reflection: readJson(planned.outputs['reflection-path'], reflectionSchema)
  }
  const runId = Number(planned.outputs['run-id']) || undefined
  if (planned.outputs.proceed !== 'true') return { ...base, plan, runId }
  const proposed = await job(
    'propose',
    {
      mode: 'propose',
      engine: 'command',
      'agent-command': base.agentCommand,
      reflection: planned.outputs['reflection-path'],
      'reflection-sha256': planned.outputs['reflection-sha256'],
      'proposals-out': join(base.scratch, 'propose', 'proposals.json')
    },
    { PATH: agentPath(o.env), SELF_EVOLUTION_AGENT_USER: DEMO_AGENT_USER }
  )
  const handOverPath = proposed.outputs['proposals-path'] ?? ''
  const propose = { ...strip(proposed), handOver: readJson(handOverPath, proposalsFileSchema) }
  const railed = await job('rails', {
    mode: 'run',
    'database-url': '',
    'run-id': String(runId),
    // As the shipped workflow passes it: ${{ needs.propose.result }}.
    'agent-result': proposed.failed ? 'failure' : 'success',
    proposals: handOverPath,
    'proposals-sha256': proposed.outputs.sha256 ?? '',
    'dry-run': 'true',
    migrate: 'true'
  })
  const rails = { ...strip(railed), ...artifactsOf(railed.outputs), summary: railed.host.summary }
  return { ...base, plan, propose, rails, runId }
}

function strip(j: DemoJob & { host: unknown }): DemoJob {
  const { outputs, failed, lines, stages } = j
  return { outputs, lines, stages, ...(failed ? { failed } : {}) }
}

function readJson<T>(
  path: string | undefined,
  schema: { safeParse(v: unknown): { data?: T } }
): T | undefined {
  if (!path || !existsSync(path)) return undefined
  try {
    return schema.safeParse(JSON.parse(readFileSync(path, 'utf8'))).data
  } catch {
    return undefined
  }
}

/**
 * The agent's PATH: this node's folder first (the example agent is a node script; its correction
 * round runs git), then the process's own.
 */
function agentPath(env: NodeJS.ProcessEnv): string {
  const rest = env.PATH || '/usr/local/bin:/usr/bin:/bin'
  return [dirname(process.execPath), rest].join(delimiter)
}

/**
 * The example agent, copied into a folder of its own (0755, the script 0755): when the action is
 * root the agent runs as a user of its own, which must be able to read it wherever the clone is.
 */
function stageAgent(source: string, dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o755 })
  chmodSync(dir, 0o755)
  const target = join(dir, 'fix-typos.mjs')
  copyFileSync(source, target)
  chmodSync(target, 0o755)
  return target
}

/** A copy of `source`, committed in a new git repository: the checkout the three jobs share. */
export async function seedScratchRepository(source: string, repo: string): Promise<void> {
  mkdirSync(repo, { recursive: true })
  cpSync(source, repo, { recursive: true })
  await commitAll(repo, 'demo base')
}

/** git init, add everything and commit, as a demo user, without signing. */
export async function commitAll(repo: string, message: string): Promise<void> {
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
    message
  ])
}
