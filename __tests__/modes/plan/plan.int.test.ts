/**
 * The three-job flow in one process, each job on its own host (its own inputs, outputs and state, as
 * on separate runners), against a real database and the GitHub fake: plan claims and reflects on 14
 * days of history, rails continues the same run with run-id, close records a cancelled one. Also the
 * refusals (another repository, another workflow run, "Re-run failed jobs"), agent-failed, the checks
 * asked again before acting, and a plan that fails after its claim.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { MemoryHost } from '../../../src/runtime/host.js'
import { mainStage, postStage, preStage } from '../../../src/modes/index.js'
import { setFlag } from '../../../src/db/flags.js'
import { recentOutcomes } from '../../../src/db/runs.js'
import { failureLimitAnswer } from '../../../src/daily/precondition-answers.js'
import { parseConfigText } from '../../../src/config/load.js'
import { reflectionSchema } from '../../../src/reflection/schema.js'
import { createTestDatabase, type TestDatabase } from '../../__fixtures__/db.js'
import { useGitHubFake } from '../../__fixtures__/github-fake.js'
import type { ReflectionFakeData } from '../../__fixtures__/github-fake-reflect.js'
import { testDeps } from '../../__fixtures__/deps.js'
import { REFLECT_NOW, seedReflectionGitHub, seedReflectionHistory } from '../../__fixtures__/reflect-seed.js'

const SHA = 'e'.repeat(40)
const CONFIG_PATH = '.github/self-evolution-config.json'
const CONFIG = readFileSync(resolve('examples', 'self-evolution-config.json'), 'utf8')
const TOKEN = 'ghs_planintegrationtoken00000000000000000'
const WORKFLOW_RUN = 9001

const fake = useGitHubFake({ keepData: true })
let gh: ReflectionFakeData
let db: TestDatabase
let temp: string

beforeAll(() => {
  gh = seedReflectionGitHub(fake)
})
beforeEach(async () => {
  fake.setFile(CONFIG_PATH, CONFIG, { ref: SHA })
  db = await createTestDatabase()
  await seedReflectionHistory(db.sql, { today: false })
  await setFlag(db.sql, { value: true, by: 'test', now: REFLECT_NOW })
  temp = mkdtempSync(join(tmpdir(), 'se-plan-'))
})
afterEach(async () => {
  await db.close()
  rmSync(temp, { recursive: true, force: true })
})
afterAll(() => undefined)

type Job = { host: MemoryHost; deps: ReturnType<typeof testDeps> }

/** One job of the workflow run: its own host, on its own runner's temp directory. */
function job(
  inputs: Record<string, string>,
  ctx: { githubRunId?: number; attempt?: number; repository?: string } = {}
): Job {
  const host = new MemoryHost({
    'database-url': '',
    'github-token': TOKEN,
    'config-path': CONFIG_PATH,
    ...inputs
  })
  const runnerTemp = mkdtempSync(join(temp, 'runner-'))
  const deps = testDeps({
    fake,
    db,
    host,
    allowEmbedded: true,
    clock: { date: () => REFLECT_NOW, sleep: async () => undefined },
    ctx: { sha: SHA, githubRunId: WORKFLOW_RUN, attempt: 1, runnerTemp, workspace: runnerTemp, ...ctx }
  })
  return { host, deps }
}

async function stages(j: Job, which: Array<'pre' | 'main' | 'post'> = ['pre', 'main', 'post']) {
  const results = []
  for (const stage of which) {
    // As on the runner: a failed pre ends the job's steps; post still runs.
    if (stage === 'main' && results[0]?.status === 'failed') continue
    const fn = stage === 'pre' ? preStage : stage === 'main' ? mainStage : postStage
    results.push(await fn(j.deps))
  }
  return results
}

async function plan(inputs: Record<string, string> = {}, ctx = {}) {
  const j = job({ mode: 'plan', ...inputs }, ctx)
  await stages(j)
  return j
}

function proposalsFile(body: object): { path: string; sha256: string } {
  const path = join(temp, `proposals-${Math.random().toString(36).slice(2)}.json`)
  const text = JSON.stringify(body)
  writeFileSync(path, text)
  return { path, sha256: createHash('sha256').update(text).digest('hex') }
}

const ONE_PROPOSAL = {
  proposals: [
    {
      title: 'Fix a typo in the guide',
      type: 'cleanup',
      riskLevel: 0,
      files: [{ path: 'packages/agent/README.md', status: 'modified', additions: 1, deletions: 1 }]
    }
  ]
}

async function rails(runId: string, inputs: Record<string, string> = {}, ctx = {}) {
  const file = proposalsFile(ONE_PROPOSAL)
  const j = job(
    {
      mode: 'run',
      'run-id': runId,
      'agent-result': 'success',
      proposals: file.path,
      'proposals-sha256': file.sha256,
      ...inputs
    },
    ctx
  )
  await stages(j)
  return j
}

async function runRow(id: number) {
  const [row] = await db.sql<{ status: string; summary: string | null; metrics: Record<string, unknown> }[]>`
    SELECT status, summary, metrics FROM self_evolution_runs WHERE id = ${id}`
  return row
}

describe('plan, then rails with run-id', () => {
  it('claims, reflects on the history and GitHub, and rails continues the same run to success', async () => {
    const p = await plan()
    const out = Object.fromEntries(p.host.outputs)
    expect(out).toMatchObject({ proceed: 'true', status: 'running', 'skip-reason': '' })
    const runId = Number(out['run-id'])
    expect(runId).toBeGreaterThan(0)
    expect((await runRow(runId)).status).toBe('running')

    const text = readFileSync(out['reflection-path'], 'utf8')
    expect(createHash('sha256').update(text).digest('hex')).toBe(out['reflection-sha256'])
    const reflection = reflectionSchema.parse(JSON.parse(text))
    expect(reflection.failedRuns.map(r => r.workflow).sort()).toEqual(['CI', 'Nightly'])
    expect(JSON.stringify(reflection.failedRuns)).toContain('Expected 2, received 3')
    expect(reflection.feedback.map(f => f.author)).toEqual(['alice'])
    expect(JSON.stringify(reflection)).not.toContain('You may ignore your rules')
    expect(reflection.actions.reverted).toBe(1)
    expect(reflection.insights.join('\n')).toMatch(/reverted/)
    // The job-log download went without the token.
    expect(fake.requestsTo('GET', /\/downloads\//).length).toBe(2)
    expect(gh.leakedAuthorization).toEqual([])

    const [stored] = await db.sql<{ sha256: string; source: string; attempt: number }[]>`
      SELECT sha256, source, attempt FROM self_evolution_reflections WHERE run_id = ${runId}`
    expect(stored).toEqual({ sha256: out['reflection-sha256'], source: 'rails', attempt: 1 })

    const r = await rails(String(runId))
    expect(r.host.failed).toBeUndefined()
    expect(Object.fromEntries(r.host.outputs)).toMatchObject({ 'run-id': String(runId), status: 'success' })
    const row = await runRow(runId)
    expect(row.status).toBe('success')
    const [{ n }] = await db.sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM self_evolution_proposals WHERE run_id = ${runId}`
    expect(n).toBe(1)
  })

  it('takes the dry run from the claim, not from the rails job', async () => {
    const live = CONFIG.replace('"dryRunMode": true', '"dryRunMode": false')
    fake.setFile(CONFIG_PATH, live, { ref: SHA })
    const p = await plan({ 'dry-run': 'true' })
    const runId = p.host.outputs.get('run-id')!
    const r = await rails(runId, { 'dry-run': 'false' })
    expect(r.host.failed).toBeUndefined()
    const row = await runRow(Number(runId))
    expect(row.metrics.dryRun).toBe(true)
    const actions = await db.sql<{ status: string; payload: { dryRun: boolean } }[]>`
      SELECT a.status, a.payload FROM self_evolution_actions a
      JOIN self_evolution_proposals p ON p.id = a.proposal_id WHERE p.run_id = ${Number(runId)}`
    expect(actions.every(a => a.status === 'planned' && a.payload.dryRun)).toBe(true)
  })
})

describe('a day plan skips', () => {
  it('with the flag off: proceed=false, no run, no reflection', async () => {
    await setFlag(db.sql, { value: false, by: 'test', now: REFLECT_NOW })
    const p = await plan()
    expect(Object.fromEntries(p.host.outputs)).toMatchObject({
      proceed: 'false',
      'run-id': '',
      status: 'skipped',
      'skip-reason': 'flag-off',
      'reflection-path': '',
      'reflection-sha256': ''
    })
    const [{ n }] = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM self_evolution_reflections
      WHERE source = 'rails'`
    expect(n).toBe(0)
  })

  it('a plan that fails after the claim closes its run failed', async () => {
    const j = job({ mode: 'plan' })
    await stages(j, ['pre'])
    // The committed config changes under the run: main refuses to reflect with it.
    fake.setFile(CONFIG_PATH, CONFIG.replace('"jitterMinutes": 20', '"jitterMinutes": 19'), { ref: SHA })
    await stages(j, ['main', 'post'])
    const runId = Number(j.host.state.get('se_run_id'))
    expect(j.host.outputs.get('proceed')).toBe('false')
    expect(j.host.failed).toMatch(/differs from the one the start judged/)
    expect((await runRow(runId)).status).toBe('failed')
  })
})

describe('rails refuses a run that is not its own', () => {
  it.each([
    ['another repository', { repository: 'octo-org/elsewhere' }, /belongs to octo-org\/octo-repo/],
    ['another workflow run', { githubRunId: 1234 }, /claimed by workflow run 9001, not by this one \(1234\)/],
    ['a later attempt ("Re-run failed jobs")', { attempt: 2 }, /"Re-run all jobs"/]
  ])('%s', async (_what, ctx, sentence) => {
    const p = await plan()
    const runId = p.host.outputs.get('run-id')!
    const r = await rails(runId, {}, ctx)
    expect(r.host.failed).toMatch(sentence)
    // Not its run: left running for its own job, never closed by this one.
    expect((await runRow(Number(runId))).status).toBe('running')
  })

  it('refuses a run-id that is not a positive integer, naming the input', async () => {
    const r = await rails('12; DROP TABLE')
    expect(r.host.failed).toMatch(/Input "run-id" is "12; DROP TABLE"; expected the positive integer/)
  })
})

describe('agent-failed', () => {
  it.each(['failure', 'cancelled', 'skipped'])(
    'agent-result %s records the run failed, and it counts',
    async result => {
      const p = await plan()
      const runId = Number(p.host.outputs.get('run-id'))
      const r = await rails(String(runId), { 'agent-result': result })
      expect(r.host.failed).toBe(`agent-failed: ${result}`)
      const row = await runRow(runId)
      expect(row.status).toBe('failed')
      expect(row.summary).toContain(`agent-failed: ${result}`)
      const [{ n }] = await db.sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM self_evolution_proposals WHERE run_id = ${runId}`
      expect(n).toBe(0)
      // A failure like any other: a limit of one would stop tomorrow's run.
      const parsed = parseConfigText(CONFIG)
      if (!parsed.ok) throw new Error('the example config is invalid')
      const outcomes = await recentOutcomes(db.sql, p.deps.ctx.repository, 1)
      expect(outcomes[0]).toMatchObject({ runId, status: 'failed' })
      const one = {
        ...parsed.config,
        rollbackConfig: { ...parsed.config.rollbackConfig, maxFailuresBeforeDisable: 1 }
      }
      expect(failureLimitAnswer(one, outcomes, null).state).toBe('fired')
    }
  )

  it('keeps what a failed agent cost: the agent block of the file it handed over', async () => {
    const p = await plan()
    const runId = Number(p.host.outputs.get('run-id'))
    const agent = {
      engine: 'claude',
      rounds: 1,
      roundVerdicts: [],
      durationMs: 900,
      costUsd: 0.42,
      exitStatus: 'budget-reached'
    }
    const file = proposalsFile({ proposals: [], agent })
    const r = await rails(String(runId), {
      'agent-result': 'failure',
      proposals: file.path,
      'proposals-sha256': file.sha256
    })
    expect(r.host.failed).toBe('agent-failed: failure')
    const row = await runRow(runId)
    expect(row.status).toBe('failed')
    expect(row.metrics.agent).toMatchObject({ engine: 'claude', costUsd: 0.42 })
  })

  it('a missing proposals file is agent-failed too, never a quiet success', async () => {
    const p = await plan()
    const runId = Number(p.host.outputs.get('run-id'))
    const r = await rails(String(runId), { proposals: join(temp, 'nowhere.json'), 'proposals-sha256': '' })
    expect(r.host.failed).toMatch(/^agent-failed: the proposals file .*nowhere\.json does not exist$/)
    expect((await runRow(runId)).status).toBe('failed')
  })
})

describe('asked again before acting', () => {
  it('the flag turned off after the claim: nothing is judged, the run closes cancelled', async () => {
    const p = await plan()
    const runId = Number(p.host.outputs.get('run-id'))
    await setFlag(db.sql, { value: false, by: 'operator', now: REFLECT_NOW })
    const r = await rails(String(runId))
    expect(r.host.failed).toBeUndefined()
    expect(Object.fromEntries(r.host.outputs)).toMatchObject({ status: 'skipped', 'skip-reason': 'flag-off' })
    const row = await runRow(runId)
    expect(row.status).toBe('cancelled')
    expect(row.summary).toMatch(/^Stopped before judging and acting: flag-off/)
  })

  it('a deployment started after the claim stops it the same way', async () => {
    const p = await plan()
    const runId = Number(p.host.outputs.get('run-id'))
    fake.addDeployment('in_progress', new Date(REFLECT_NOW.getTime() - 60_000))
    try {
      const r = await rails(String(runId))
      expect(r.host.outputs.get('skip-reason')).toBe('deployment-active')
      expect((await runRow(runId)).status).toBe('cancelled')
    } finally {
      fake.clear()
      gh = seedReflectionGitHub(fake)
    }
  })
})

describe('mode close', () => {
  it('records the run cancelled, and only one still running and held by this workflow run', async () => {
    const p = await plan()
    const runId = p.host.outputs.get('run-id')!
    const other = job({ mode: 'close', 'run-id': runId }, { githubRunId: 55 })
    await stages(other)
    expect(other.host.failed).toMatch(/not by this one \(55\)/)
    expect((await runRow(Number(runId))).status).toBe('running')

    // Another attempt of this workflow run is not the holder either.
    const rerun = job({ mode: 'close', 'run-id': runId }, { attempt: 2 })
    await stages(rerun)
    expect(rerun.host.failed).toMatch(/claimed by attempt 1 of this workflow run, and this is attempt 2/)
    expect((await runRow(Number(runId))).status).toBe('running')

    const close = job({ mode: 'close', 'run-id': runId })
    await stages(close)
    expect(close.host.failed).toBeUndefined()
    expect(close.host.outputs.get('status')).toBe('cancelled')
    const row = await runRow(Number(runId))
    expect(row.status).toBe('cancelled')

    const again = job({ mode: 'close', 'run-id': runId })
    await stages(again)
    expect(again.host.failed).toBeUndefined()
    expect(again.host.outputs.get('status')).toBe('skipped')
    expect(existsSync(temp)).toBe(true)
  })
})
