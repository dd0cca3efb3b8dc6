/**
 * Runs the gate the way the runner does (main, then post) against the local GitHub fake, a real
 * database and real git repositories built in the test.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryHost } from '../../../src/runtime/host.js'
import { mainStage, postStage } from '../../../src/modes/index.js'
import type { GateVerdict } from '../../../src/modes/gate/types.js'
import type { TestDatabase } from '../../__fixtures__/db.js'
import { fakeClock, type FakeClock } from '../../__fixtures__/fake-clock.js'
import { testDeps } from '../../__fixtures__/deps.js'
import type { GitHubFake } from '../../__fixtures__/github-fake.js'
import { installGateRoutes, type GateFakeState } from '../../__fixtures__/github-fake-gate.js'
import { makeRepo, type Repo } from '../../policy/git-fixture.js'

export const CONFIG_PATH = '.github/self-evolution-config.json'
export const GATE_WORKFLOW = '.github/workflows/self-evolution-gate.yml'
export const OWN_RUN_ID = 4242

/** The rules at base: the defaults, with room for the tests' changes. */
export const BASE_CONFIG = {
  version: '1.0.0',
  enabled: true,
  safetyRails: {
    diffCaps: { maxLinesOfCode: 500, maxFilesChanged: 50, requireGreenCI: true },
    maxRiskLevel: 2
  }
}

/** The gate's routes on the fake, and the green CI run every test's pull request reports. */
export function installGateFake(fake: GitHubFake): GateFakeState {
  const gate = installGateRoutes(fake)
  fake.addWorkflowRun({
    id: 100,
    status: 'completed',
    conclusion: 'success',
    path: '.github/workflows/ci.yml',
    event: 'pull_request'
  })
  return gate
}

/** Forget what the last test seeded; the collaborators get the permissions given. */
export function resetGateFake(gate: GateFakeState, permissions: Record<string, string>): void {
  for (const m of Object.values(gate)) (m as Map<unknown, unknown>).clear()
  for (const [login, permission] of Object.entries(permissions)) gate.permissions.set(login, permission)
}

/** A repository with the config and a prompt on main. */
export function baseRepo(config: unknown = BASE_CONFIG): Repo {
  const text = `${JSON.stringify(config, null, 2)}\n`
  let template = BASE_TEMPLATES.get(text)
  if (!template) {
    template = makeRepo()
    template.write(CONFIG_PATH, text)
    template.write('packages/agent/src/prompts/greeting.md', 'Hello.\nBe kind.\n')
    template.write('docs/guide.md', '# Guide\n\nRead me.\n')
    template.commit('base')
    BASE_TEMPLATES.set(text, template)
  }
  // A copy of the committed base for each caller: the same repository, without four git processes.
  return makeRepo(template.dir)
}

/** The base repository of each config, built once per test file and copied for each test. */
const BASE_TEMPLATES = new Map<string, Repo>()
process.once('exit', () => {
  for (const template of BASE_TEMPLATES.values()) template.cleanup()
})

/** A branch off main with `change` applied and committed. */
export function branch(repo: Repo, name: string, change: (r: Repo) => void): string {
  repo.git(['checkout', '-q', '-b', name, 'main'])
  change(repo)
  const sha = repo.commit(`change on ${name}`)
  repo.git(['checkout', '-q', 'main'])
  return sha
}

export type GateRun = {
  host: MemoryHost
  verdict: GateVerdict
  result: { status: string; message?: string }
  clock: FakeClock
  reportDir: string
}

export type GateRunOptions = {
  fake: GitHubFake
  db: TestDatabase
  number: number
  event?: string
  action?: string
  inputs?: Record<string, string>
  /** The repository, served as the git remote (gate-source: git). */
  repo?: Repo
  env?: Record<string, string>
  clock?: FakeClock
  /** Called on every sleep, after the clock moved: lets a test change GitHub while the gate waits. */
  onSleep?: (ms: number, clock: FakeClock) => void
}

export async function runGate(opts: GateRunOptions): Promise<GateRun> {
  const work = mkdtempSync(join(tmpdir(), 'se-gate-run-'))
  const eventPath = join(work, 'event.json')
  writeFileSync(
    eventPath,
    JSON.stringify({ action: opts.action ?? 'synchronize', pull_request: { number: opts.number } })
  )
  let serverUrl = 'https://github.com'
  if (opts.repo) {
    // The remote of the git source: a bare mirror at <server>/<owner>/<repo>.git.
    serverUrl = join(work, 'server')
    mkdirSync(join(serverUrl, opts.fake.owner), { recursive: true })
    execFileSync('git', [
      'clone',
      '-q',
      '--mirror',
      opts.repo.dir,
      join(serverUrl, opts.fake.fullName + '.git')
    ])
  }
  const host = new MemoryHost(
    {
      mode: 'gate',
      'github-token': 'gate-token',
      'agent-logins': 'agent-bot[bot]',
      'ci-timeout-minutes': '0',
      ...opts.inputs
    },
    {
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKFLOW_REF: `${opts.fake.fullName}/${GATE_WORKFLOW}@refs/heads/main`,
      ...opts.env
    }
  )
  const clock = opts.clock ?? fakeClock('2026-11-25T12:00:00Z')
  const deps = testDeps({
    host,
    fake: opts.fake,
    db: opts.db,
    clock,
    ctx: {
      event: opts.event ?? 'pull_request_target',
      ref: '',
      githubRunId: OWN_RUN_ID,
      serverUrl,
      workspace: work,
      onGitHub: false,
      runnerTemp: work
    },
    // The GitHub clients sleep on the clock alone; onSleep hooks only the gate's own waits.
    sleep: async ms => {
      await clock.sleep(ms)
      opts.onSleep?.(ms, clock)
    },
    allowEmbedded: true
  })
  try {
    const result = await mainStage(deps)
    await postStage(deps)
    const reportDir = host.getState('se_gate_report_dir')
    const verdictPath = reportDir ? join(reportDir, 'verdict.json') : ''
    const verdict = (
      verdictPath && existsSync(verdictPath) ? JSON.parse(readFileSync(verdictPath, 'utf8')) : undefined
    ) as GateVerdict
    return { host, verdict, result, clock, reportDir }
  } finally {
    rmSync(join(work, 'server'), { recursive: true, force: true })
  }
}

export const rules = (v: GateVerdict) => [...new Set(v.violations.map(x => x.rule))].sort()

/** Seed a recorded action (and its run and proposal) for a pull request. */
export async function seedAction(
  db: TestDatabase,
  repository: string,
  payload: Record<string, unknown>,
  opts: { type?: string; risk?: number; actionType?: string; status?: string; runDate?: string } = {}
): Promise<number> {
  const runDate = opts.runDate ?? '2026-11-25'
  const [run] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_runs (repository, run_date, status) VALUES (${repository}, ${runDate}, 'success')
    ON CONFLICT (repository, run_date) DO UPDATE SET status = EXCLUDED.status
    RETURNING id`
  const [p] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_proposals (run_id, repository, run_date, type, title, risk_level, allowlisted)
    VALUES (${run.id}, ${repository}, ${runDate}, ${opts.type ?? 'prompt'}, 'Sharpen the greeting', ${opts.risk ?? 1}, true)
    RETURNING id`
  const [a] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_actions (proposal_id, action_type, payload, status)
    VALUES (${p.id}, ${opts.actionType ?? 'pr'}, ${db.sql.json(payload as never)}, ${opts.status ?? 'submitted'})
    RETURNING id`
  return a.id
}
