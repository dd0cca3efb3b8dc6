/**
 * The bundled entrypoints run the way the GitHub runner runs them (separate processes, GITHUB_STATE,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, STATE_* variables) against the real PostgreSQL server and the
 * local GitHub fake: the whole sequence, main → post alone (`uses: ./`), exactly-once under 30
 * concurrent processes, crashes (kill -9), and an unreachable database.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createTestDatabase, type TestDatabase } from '../../__fixtures__/db.js'
import { useGitHubFake } from '../../__fixtures__/github-fake.js'
import { DIST, RunnerEmulation } from '../../__fixtures__/runner.js'
import { setFlag } from '../../../src/db/flags.js'

const SHA = 'b'.repeat(40)
const CONFIG_PATH = '.github/self-evolution-config.json'
const EXAMPLES = resolve('examples')

const fake = useGitHubFake()
let db: TestDatabase
let work: string
const emulations: RunnerEmulation[] = []

beforeAll(async () => {
  for (const stage of ['pre', 'main', 'post']) {
    if (!existsSync(join(DIST, stage, 'index.js'))) {
      throw new Error(`dist/${stage}/index.js is missing: run "npm run bundle" first`)
    }
  }
})
beforeEach(async () => {
  db = await createTestDatabase()
  if (!db.url) throw new Error('the runner emulation needs a real server database (test:pg)')
  fake.setFile(CONFIG_PATH, readFileSync(join(EXAMPLES, 'self-evolution-config.json'), 'utf8'), { ref: SHA })
  await setFlag(db.sql, { value: true, by: 'test', now: new Date() })
  work = mkdtempSync(join(tmpdir(), 'se-ws-'))
})
afterEach(async () => {
  for (const e of emulations.splice(0)) e.cleanup()
  await db.close()
  rmSync(work, { recursive: true, force: true })
})

function emulation(
  opts: { inputs?: Record<string, string>; env?: Record<string, string>; runId?: number } = {}
) {
  const e = new RunnerEmulation({
    inputs: {
      'database-url': db.url!,
      'github-token': 'ghs_faketoken0123456789',
      'config-path': CONFIG_PATH,
      'dry-run': 'false',
      force: 'false',
      mode: 'run',
      migrate: 'false',
      ...opts.inputs
    },
    env: {
      GITHUB_API_URL: fake.url,
      GITHUB_REPOSITORY: fake.fullName,
      GITHUB_SHA: SHA,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_RUN_ID: String(opts.runId ?? 4242),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: work,
      ...opts.env
    },
    event: { repository: { default_branch: 'main' } }
  })
  emulations.push(e)
  return e
}

async function runRow() {
  return db.sql<
    {
      id: number
      status: string
      summary: string | null
      logs_url: string | null
      metrics: Record<string, unknown>
    }[]
  >`
    SELECT id, status, summary, logs_url, metrics FROM self_evolution_runs ORDER BY id`
}

describe('the bundles under runner emulation', () => {
  it('pre → main → post: claims, judges, records, finalizes; a dry run sends zero writes', async () => {
    const e = emulation({ inputs: { proposals: join(EXAMPLES, 'proposals.json') } })
    const pre = await e.stage('pre')
    expect(pre.code).toBe(0)
    expect(e.savedState()).toHaveProperty('se_run_id')
    const main = await e.stage('main')
    expect(main.code).toBe(0)
    const post = await e.stage('post')
    expect(post.code).toBe(0)

    const out = e.outputs()
    expect(out.status).toBe('success')
    expect(Number(out['proposals-allowed'])).toBeGreaterThan(0)
    expect(Number(out['proposals-blocked'])).toBeGreaterThan(0)
    expect(existsSync(out['report-path'])).toBe(true)
    expect(e.summary()).toContain('### Proposals')
    expect(main.stdout).toMatch(
      /^::error title=self-evolution blocked-path,file=\.github\/workflows\/ci\.yml::/m
    )

    const [row] = await runRow()
    expect(row.status).toBe('success')
    expect(row.logs_url).toBe(`https://github.com/${fake.fullName}/actions/runs/4242/attempts/1`)
    expect(row.metrics).toHaveProperty('phases')
    expect(fake.writes()).toEqual([])
    // The token is masked before anything else and never printed otherwise.
    const text = e
      .allText()
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n')
    expect(text).not.toContain('ghs_faketoken0123456789')
  })

  it('main → post alone (uses: ./, where pre is not executed): main performs the start itself', async () => {
    const e = emulation({ inputs: { proposals: join(EXAMPLES, 'proposals.json') } })
    const main = await e.stage('main')
    expect(main.code).toBe(0)
    expect(main.stdout).toContain('main performs the start itself')
    expect((await e.stage('post')).code).toBe(0)
    expect(e.outputs().status).toBe('success')
    const [row] = await runRow()
    expect(row.status).toBe('success')
  })

  it('a skip before the claim is green, writes no run row and explains itself', async () => {
    await setFlag(db.sql, { value: false, by: 'test', now: new Date() })
    const e = emulation()
    expect((await e.stage('pre')).code).toBe(0)
    expect((await e.stage('main')).code).toBe(0)
    expect((await e.stage('post')).code).toBe(0)
    expect(e.outputs()).toMatchObject({ status: 'skipped', 'skip-reason': 'flag-off', 'run-id': '' })
    expect(e.summary()).toContain('Skipped: flag-off')
    expect(await runRow()).toEqual([])
  })

  it('gate-error makes the job fail', async () => {
    fake.failNext(/deployments/, 401, { times: 5, message: 'Bad credentials' })
    const e = emulation()
    const pre = await e.stage('pre')
    expect(pre.code).not.toBe(0)
    expect(pre.stdout).toMatch(/::error::Skipped: gate-error/)
    // main does not run after a failed pre, so pre explains the skip itself.
    expect(e.outputs()).toMatchObject({ status: 'skipped', 'skip-reason': 'gate-error' })
    expect(e.summary()).toContain('Skipped: gate-error')
  })

  it('exactly once: 30 concurrent mains for the same day and repository, 10 rounds', async () => {
    for (let round = 0; round < 10; round++) {
      await db.sql`DELETE FROM self_evolution_runs`
      const mains = Array.from({ length: 30 }, (_, i) => emulation({ runId: 1000 + round * 100 + i }))
      const results = await Promise.all(mains.map(m => m.stage('main')))
      const outs = mains.map(m => m.outputs())
      const claimed = outs.filter(o => o.status === 'success')
      const skipped = outs.filter(o => o.status === 'skipped')
      expect({ round, claimed: claimed.length }).toEqual({ round, claimed: 1 })
      expect(skipped.length).toBe(29)
      for (const o of skipped) expect(['already-running', 'already-ran-today']).toContain(o['skip-reason'])
      expect(results.every(r => r.code === 0)).toBe(true)
      expect((await runRow()).length).toBe(1)
    }
  }, 600_000)
})

describe('crashes', () => {
  it('kill -9 main after the claim: post leaves the run failed', async () => {
    const fifo = join(work, 'proposals.fifo')
    execFileSync('mkfifo', [fifo])
    const e = emulation({ inputs: { proposals: fifo } })
    expect((await e.stage('pre')).code).toBe(0)
    // main blocks reading the FIFO after the claim; kill it there.
    const main = await e.stage('main', pid => {
      const timer = setInterval(async () => {
        const rows = await runRow()
        if (rows.length === 1 && rows[0].status === 'running') {
          clearInterval(timer)
          setTimeout(() => process.kill(pid, 'SIGKILL'), 200)
        }
      }, 50)
    })
    expect(main.signal).toBe('SIGKILL')
    expect((await runRow())[0].status).toBe('running')
    expect((await e.stage('post')).code).toBe(0)
    const [row] = await runRow()
    expect(row.status).toBe('failed')
    expect(row.summary).toMatch(/did not complete/)
  })

  it('kill -9 main after the claim, no post: the next start past the stale limit marks it failed', async () => {
    const fifo = join(work, 'proposals.fifo')
    execFileSync('mkfifo', [fifo])
    const e = emulation({ inputs: { proposals: fifo } })
    await e.stage('main', pid => {
      const timer = setInterval(async () => {
        const rows = await runRow()
        if (rows.length === 1) {
          clearInterval(timer)
          setTimeout(() => process.kill(pid, 'SIGKILL'), 200)
        }
      }, 50)
    })
    // The runner died: time passes beyond the stale limit (6 h), and tomorrow's start sweeps it.
    await db.sql`UPDATE self_evolution_runs SET started_at = now() - interval '7 hours', run_date = run_date - 1`
    const next = emulation({ runId: 5000 })
    const pre = await next.stage('pre')
    expect(pre.code).toBe(0)
    expect(pre.stdout).toMatch(/marked failed/)
    const rows = await runRow()
    expect(rows[0].status).toBe('failed')
    expect(rows[0].summary).toMatch(/no post step/)
    // The swept failure is recent, so the next run cools down rather than piling on.
    expect(next.outputs()['skip-reason'] ?? '').toBe('')
    expect(pre.stdout).toMatch(/Skipped: cooldown/)
  })

  it('kill -9 main inside the proposals transaction leaves no partial proposals', async () => {
    const e = emulation({ inputs: { proposals: join(EXAMPLES, 'proposals.json') } })
    expect((await e.stage('pre')).code).toBe(0)
    // Hold a lock that the transaction's action insert must wait for: main is then inside it,
    // with its proposals inserted but not committed.
    const blocker = db.sql.reserve()
    const conn = await blocker
    await conn`BEGIN`
    await conn`LOCK TABLE self_evolution_actions IN ACCESS EXCLUSIVE MODE`
    try {
      const main = await e.stage('main', pid => {
        const timer = setInterval(async () => {
          const waiting = await db.sql<{ n: number }[]>`
            SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE wait_event_type = 'Lock' AND query ILIKE '%self_evolution_actions%'`
          if (waiting[0].n > 0) {
            clearInterval(timer)
            process.kill(pid, 'SIGKILL')
          }
        }, 50)
      })
      expect(main.signal).toBe('SIGKILL')
    } finally {
      await conn`ROLLBACK`
      conn.release()
    }
    const [{ n }] = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM self_evolution_proposals`
    expect(n).toBe(0)
    expect((await e.stage('post')).code).toBe(0)
    expect((await runRow())[0].status).toBe('failed')
  })
})

describe('an unreachable database', () => {
  let blackhole: Server
  const sockets: Socket[] = []
  beforeAll(async () => {
    // Accepts connections and never answers: only the connect timeout ends the wait.
    blackhole = createServer(socket => void sockets.push(socket))
    await new Promise<void>(r => blackhole.listen(0, '127.0.0.1', () => r()))
  })
  afterAll(async () => {
    for (const s of sockets) s.destroy()
    await new Promise(r => blackhole.close(r))
  })

  it.each([
    ['refused', () => 'postgres://app:Sup3rS3cretPw@127.0.0.1:1/prod'],
    [
      'silent',
      () => `postgres://app:Sup3rS3cretPw@127.0.0.1:${(blackhole.address() as { port: number }).port}/prod`
    ]
  ])('%s: one clear error within 10 s, the job failed, no secret anywhere', async (_kind, url) => {
    const e = emulation({ inputs: { 'database-url': url() } })
    const started = Date.now()
    const pre = await e.stage('pre')
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(pre.code).not.toBe(0)
    const errors = pre.stdout.split('\n').filter(l => l.startsWith('::error'))
    expect(errors.length).toBe(1)
    expect(errors[0]).toMatch(/127\.0\.0\.1/)
    const text = e
      .allText()
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n')
    expect(text).not.toContain('Sup3rS3cretPw')
  })
})
