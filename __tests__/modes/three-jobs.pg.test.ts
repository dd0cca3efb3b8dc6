/**
 * The shipped three-job flow under runner emulation: each job's steps are the bundles the runner
 * would start (plan/pre.mjs, plan/main.mjs, plan/post.mjs; propose/main.mjs; the root action's pre,
 * main and post with run-id), each a separate node process on its own runner files; a job's outputs
 * reach the next job's inputs, and the artifacts (reflection.json, proposals.json) its files, the way
 * the workflow passes them. Against the real PostgreSQL server, the GitHub fake and real git.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import { useGitHubFake } from '../__fixtures__/github-fake.js'
import { DIST, RunnerEmulation } from '../__fixtures__/runner.js'
import { gitAs } from '../__fixtures__/git.js'
import { setFlag } from '../../src/db/flags.js'

const CONFIG_PATH = '.github/self-evolution-config.json'
const ROOT = resolve('.')
const fake = useGitHubFake()
let db: TestDatabase
let work: string
let checkout: string
let sha: string
const jobs: RunnerEmulation[] = []

beforeAll(() => {
  for (const stage of ['pre', 'main', 'post']) {
    if (!existsSync(join(DIST, stage, 'index.js')))
      throw new Error(`dist/${stage}/index.js is missing: run "npm run bundle" first`)
  }
})
beforeEach(async () => {
  db = await createTestDatabase()
  if (!db.url) throw new Error('the runner emulation needs a real server database (test:pg)')
  await setFlag(db.sql, { value: true, by: 'test', now: new Date() })
  work = mkdtempSync(join(tmpdir(), 'se-3jobs-'))
  chmodSync(work, 0o755)
  // The repository at the workflow's commit: the loop's example tree.
  const origin = join(work, 'origin')
  cpSync(resolve('examples', 'loop-repo'), origin, { recursive: true })
  const user = { name: 'tester', home: work }
  gitAs(user, origin, ['init', '-q', '-b', 'main'])
  gitAs(user, origin, ['add', '.'])
  gitAs(user, origin, ['commit', '-qm', 'base'])
  sha = gitAs(user, origin, ['rev-parse', 'HEAD']).trim()
  checkout = origin
  fake.setFile(CONFIG_PATH, readFileSync(join(origin, CONFIG_PATH), 'utf8'), { ref: sha })
})
afterEach(async () => {
  for (const j of jobs.splice(0)) j.cleanup()
  await db.close()
  rmSync(work, { recursive: true, force: true })
})
afterAll(() => undefined)

/** A fresh checkout of the commit for one job (actions/checkout). */
function checkoutFor(name: string): string {
  const dir = join(work, `checkout-${name}`)
  execFileSync('git', ['clone', '-q', '--no-hardlinks', checkout, dir], { env: { PATH: process.env.PATH } })
  return dir
}

/** One job of workflow run 777, attempt 1: its steps run the given scripts. */
function job(
  name: string,
  inputs: Record<string, string>,
  scripts: Partial<Record<'pre' | 'main' | 'post', string>>,
  env: Record<string, string> = {}
): RunnerEmulation {
  const workspace = checkoutFor(name)
  const e = new RunnerEmulation({
    inputs: { 'database-url': db.url!, 'github-token': 'ghs_threejobstoken000000000000', ...inputs },
    env: {
      GITHUB_API_URL: fake.url,
      GITHUB_REPOSITORY: fake.fullName,
      GITHUB_SHA: sha,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_RUN_ID: '777',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: workspace,
      ...env
    },
    event: { repository: { default_branch: 'main' } },
    entry: stage => scripts[stage] ?? join(DIST, stage, 'index.js')
  })
  jobs.push(e)
  return e
}

/** An artifact: uploaded from one job's file, downloaded into another job's runner temp. */
function artifact(from: string, to: RunnerEmulation, name: string): string {
  const dir = join(to.dir, name)
  mkdirSync(dir, { recursive: true })
  const file = join(dir, from.split('/').at(-1)!)
  copyFileSync(from, file)
  return file
}

async function runs() {
  return db.sql<{ id: number; status: string; summary: string | null; metrics: Record<string, unknown> }[]>`
    SELECT id, status, summary, metrics FROM self_evolution_runs ORDER BY id`
}

describe('plan → propose → rails, as the runner runs them', () => {
  it('claims and reflects, runs the example agent (one correction), and the rails close the run success', async () => {
    const plan = job(
      'plan',
      {},
      {
        pre: join(ROOT, 'plan', 'pre.mjs'),
        main: join(ROOT, 'plan', 'main.mjs'),
        post: join(ROOT, 'plan', 'post.mjs')
      }
    )
    for (const stage of ['pre', 'main', 'post'] as const) expect((await plan.stage(stage)).code).toBe(0)
    const planned = plan.outputs()
    expect(planned).toMatchObject({ proceed: 'true', status: 'running' })
    const runId = planned['run-id']
    expect((await runs())[0]).toMatchObject({ id: Number(runId), status: 'running' })

    // propose: the agent step, no database, no token.
    const agentDir = join(work, 'agent-bin')
    mkdirSync(agentDir, { mode: 0o755 })
    copyFileSync(resolve('examples', 'agent', 'fix-typos.mjs'), join(agentDir, 'fix-typos.mjs'))
    const propose = job(
      'propose',
      {
        'database-url': '',
        'github-token': '',
        engine: 'command',
        'agent-command': `node ${join(agentDir, 'fix-typos.mjs')}`,
        reflection: '',
        'reflection-sha256': planned['reflection-sha256'],
        'proposals-out': ''
      },
      { main: join(ROOT, 'propose', 'main.mjs') }
    )
    const reflection = artifact(planned['reflection-path'], propose, 'reflection')
    const out = join(propose.dir, 'out', 'proposals.json')
    propose.setInputs({ reflection, 'proposals-out': out })
    const proposeRun = await propose.stage('main')
    expect(proposeRun.code).toBe(0)
    const proposed = propose.outputs()
    expect(proposed.proposals).toBe('1')
    expect(proposeRun.stdout).toMatch(/Round 1: blocked \(max-files\)/)
    expect(proposeRun.stdout).toMatch(/Round 2: allowed/)

    // rails: the root action with run-id and the propose job's result.
    const rails = job(
      'rails',
      { mode: 'run', 'run-id': runId, 'agent-result': 'success', 'proposals-sha256': proposed.sha256 },
      {}
    )
    rails.setInputs({ proposals: artifact(proposed['proposals-path'], rails, 'proposals') })
    for (const stage of ['pre', 'main', 'post'] as const) expect((await rails.stage(stage)).code).toBe(0)
    expect(rails.outputs()).toMatchObject({ 'run-id': runId, status: 'success', 'proposals-allowed': '1' })
    const [row] = await runs()
    expect(row.status).toBe('success')
    expect(row.metrics.agent).toMatchObject({ engine: 'command', rounds: 2 })
    const [reflectionRow] = await db.sql<{ source: string }[]>`
      SELECT source FROM self_evolution_reflections WHERE run_id = ${row.id}`
    expect(reflectionRow.source).toBe('rails')
    expect(fake.writes()).toEqual([])
  })

  it('a failed propose job: rails records agent-failed, and the failure counts', async () => {
    const plan = job('plan', { mode: 'plan' }, {})
    for (const stage of ['pre', 'main', 'post'] as const) expect((await plan.stage(stage)).code).toBe(0)
    const runId = plan.outputs()['run-id']
    const rails = job('rails', { mode: 'run', 'run-id': runId, 'agent-result': 'failure' }, {})
    expect((await rails.stage('pre')).code).toBe(0)
    const main = await rails.stage('main')
    expect(main.code).not.toBe(0)
    expect(main.stdout).toMatch(/::error::agent-failed: failure/)
    expect((await rails.stage('post')).code).toBe(0)
    const [row] = await runs()
    expect(row.status).toBe('failed')
    expect(row.summary).toContain('agent-failed: failure')
  })

  it('a workflow run cancelled after the claim: close records the run cancelled', async () => {
    const plan = job('plan', { mode: 'plan' }, {})
    for (const stage of ['pre', 'main', 'post'] as const) expect((await plan.stage(stage)).code).toBe(0)
    const close = job(
      'close',
      { 'run-id': plan.outputs()['run-id'] },
      { main: join(ROOT, 'close', 'main.mjs') }
    )
    expect((await close.stage('main')).code).toBe(0)
    expect(close.outputs().status).toBe('cancelled')
    expect((await runs())[0].status).toBe('cancelled')
  })
})
