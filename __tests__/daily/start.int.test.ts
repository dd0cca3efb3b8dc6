/**
 * The start of a daily run against a real database (PGlite here, the real server in test:pg) and
 * GitHub's API served by the local fake: every skip reason, the order of the preconditions, how
 * far force reaches, the failure-limit flag flip, the jitter with an injected clock, and the claim.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { MemoryHost } from '../../src/runtime/host.js'
import { readInputs } from '../../src/runtime/inputs.js'
import { startRun } from '../../src/daily/start.js'
import { githubFactory } from '../../src/runtime/wiring.js'
import { claimRun, finishRun } from '../../src/db/runs.js'
import { readKillSwitch, setFlag } from '../../src/db/flags.js'
import { listEvents } from '../../src/db/events.js'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import { useGitHubFake } from '../__fixtures__/github-fake.js'
import { startRailwayFake } from '../__fixtures__/railway-fake.js'
import { fakeClock, type FakeClock } from '../__fixtures__/fake-clock.js'
import { testDeps } from '../__fixtures__/deps.js'

const SHA = 'a'.repeat(40)
const CONFIG_PATH = '.github/self-evolution-config.json'
const ENABLED = { enabled: true, scheduleConfig: { jitterMinutes: 20 } }

const fake = useGitHubFake()
let db: TestDatabase
let clock: FakeClock

afterEach(async () => {
  await db.close()
})
beforeEach(async () => {
  db = await createTestDatabase()
  clock = fakeClock('2026-11-25T02:00:00Z')
})

function setConfig(config: unknown) {
  fake.setFile(CONFIG_PATH, JSON.stringify(config), { ref: SHA })
}

async function flagOn() {
  await setFlag(db.sql, { value: true, by: 'test', now: clock.date() })
}

function deps(
  opts: {
    inputs?: Record<string, string>
    event?: string
    sleep?: (ms: number) => Promise<void>
    random?: () => number
  } = {}
) {
  const host = new MemoryHost({
    'github-token': 'ghs_test',
    'database-url': 'postgres://test',
    ...opts.inputs
  })
  const d = testDeps({
    host,
    fake,
    db,
    clock,
    ctx: { event: opts.event ?? 'workflow_dispatch', sha: SHA, githubRunId: 555 },
    cwd: '/nonexistent',
    localArtifactRoot: '/nonexistent',
    ...(opts.random && { random: opts.random }),
    ...(opts.sleep && { sleep: opts.sleep })
  })
  return { deps: d, host, inputs: () => readInputs(host) }
}

async function start(opts: Parameters<typeof deps>[0] = {}) {
  const d = deps(opts)
  const outcome = await startRun(d.deps, d.inputs())
  return { outcome, host: d.host }
}

async function runCount() {
  const [{ n }] = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM self_evolution_runs`
  return n
}

/** A finished run of an earlier day. */
async function pastRun(daysAgo: number, status: 'success' | 'failed', finishedHoursAgo = daysAgo * 24 - 1) {
  const day = new Date(clock.now() - daysAgo * 86_400_000)
  const claim = await claimRun(db.sql, {
    repository: fake.fullName,
    runDate: day.toISOString().slice(0, 10),
    now: day,
    force: false,
    holder: { githubRunId: 1, attempt: 1, event: 'schedule', sha: SHA, dryRun: true }
  })
  if (!claim.claimed) throw new Error('seed claim failed')
  await finishRun(db.sql, {
    runId: claim.runId,
    status,
    summary: 'seeded',
    logsUrl: null,
    now: new Date(clock.now() - finishedHoursAgo * 3_600_000)
  })
}

describe('the kill switch', () => {
  it('skips with disabled when the config is missing (the defaults are off)', async () => {
    fake.setFile('README.md', 'the commit exists, the config does not', { ref: SHA })
    const { outcome } = await start()
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'disabled' })
    expect(await runCount()).toBe(0)
    const events = await listEvents(db.sql, { repository: fake.fullName, kind: 'skip' })
    expect(events.map(e => e.reason)).toEqual(['disabled'])
  })

  it('skips with disabled when config.enabled is false, even with force', async () => {
    setConfig({ enabled: false })
    await flagOn()
    const { outcome } = await start({ inputs: { force: 'true' } })
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'disabled' })
  })

  it('skips with flag-off when the global flag is missing or off, even with force, and records the event', async () => {
    setConfig(ENABLED)
    await db.sql`DELETE FROM feature_flags`
    const { outcome } = await start({ inputs: { force: 'true' } })
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'flag-off' })
    await setFlag(db.sql, { value: false, by: 'test', now: clock.date() })
    expect((await start()).outcome).toMatchObject({ kind: 'skipped', reason: 'flag-off' })
    const events = await listEvents(db.sql, { repository: fake.fullName })
    expect(events.filter(e => e.kind === 'skip' && e.reason === 'flag-off').length).toBe(2)
    expect(await runCount()).toBe(0)
  })

  it('skips with flag-off when the repository flag is off while the global one is on', async () => {
    setConfig(ENABLED)
    await flagOn()
    await setFlag(db.sql, { repository: fake.fullName, value: false, by: 'test', now: clock.date() })
    expect((await start()).outcome).toMatchObject({ kind: 'skipped', reason: 'flag-off' })
  })

  it('fails the job (does not skip) on an invalid committed config', async () => {
    setConfig({ enabled: true, safetyRails: { diffCaps: { maxLinesOfCod: 1 } } })
    const d = deps()
    await expect(startRun(d.deps, d.inputs())).rejects.toThrow(
      /maxLinesOfCod: unknown key \(did you mean maxLinesOfCode\?\)/
    )
  })

  it('fails closed with gate-error when the repository itself cannot be seen (a 404 is not a missing config)', async () => {
    const d = deps()
    d.deps.ctx.repository = `${fake.owner}/invisible`
    d.deps.ctx.repo = 'invisible'
    d.deps.github = githubFactory(
      { repository: `${fake.owner}/invisible`, apiUrl: fake.url },
      { sleep: clock.sleep, now: clock.date, log: () => {} }
    )
    const outcome = await startRun(d.deps, d.inputs())
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'gate-error' })
  })

  it('fails closed with gate-error when the config cannot be read', async () => {
    setConfig(ENABLED)
    fake.failNext(/contents/, 500, { times: 20 })
    const { outcome } = await start()
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'gate-error' })
    expect(outcome.kind === 'skipped' && outcome.detail).toMatch(/500/)
    // The database, opened while the config was read, says why nothing ran.
    const events = await listEvents(db.sql, { repository: fake.fullName, kind: 'skip' })
    expect(events.map(e => e.reason)).toEqual(['gate-error'])
    expect(String(events[0].detail.detail)).toMatch(/500/)
  })
})

describe('the jitter', () => {
  it('sleeps a random delay on schedule events, logs it, and re-checks the flag after it', async () => {
    setConfig(ENABLED)
    await flagOn()
    const slept: number[] = []
    const { outcome, host } = await start({
      event: 'schedule',
      random: () => 0.25,
      sleep: async ms => {
        slept.push(ms)
        clock.advance(ms)
        // An operator turns the flag off while the run sleeps.
        await setFlag(db.sql, { value: false, by: 'operator', now: clock.date() })
      }
    })
    expect(slept).toEqual([300_000])
    expect(
      host.lines.some(l =>
        /Jitter: waiting 5\.00 minutes .*resuming at 2026-11-25T02:05:00\.000Z/.test(l.text)
      )
    ).toBe(true)
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'flag-off' })
    expect(await runCount()).toBe(0)
  })

  it('takes jitter-minutes from the input over the config, and 0 disables it', async () => {
    setConfig(ENABLED)
    await flagOn()
    const slept: number[] = []
    await start({
      event: 'schedule',
      random: () => 1,
      inputs: { 'jitter-minutes': '2' },
      sleep: async ms => void slept.push(ms)
    })
    expect(slept).toEqual([120_000])
    await db.sql`DELETE FROM self_evolution_runs`
    await start({
      event: 'schedule',
      random: () => 1,
      inputs: { 'jitter-minutes': '0' },
      sleep: async ms => void slept.push(ms)
    })
    expect(slept).toEqual([120_000])
  })

  it('never jitters on dispatch or with force', async () => {
    setConfig(ENABLED)
    await flagOn()
    const slept: number[] = []
    await start({ event: 'workflow_dispatch', sleep: async ms => void slept.push(ms) })
    await start({ event: 'schedule', inputs: { force: 'true' }, sleep: async ms => void slept.push(ms) })
    expect(slept).toEqual([])
  })
})

describe('the preconditions', () => {
  beforeEach(async () => {
    setConfig(ENABLED)
    await flagOn()
  })

  it('skips with deployment-active for a recent deployment whose latest status is in progress', async () => {
    fake.addDeployment(['queued', 'in_progress'], new Date(clock.now() - 3_600_000))
    const { outcome } = await start()
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'deployment-active' })
    expect(await runCount()).toBe(0)
  })

  it('ignores finished and old deployments, and honours skipDuringDeployments: false', async () => {
    fake.addDeployment(['in_progress', 'success'], new Date(clock.now() - 3_600_000))
    fake.addDeployment('in_progress', new Date(clock.now() - 7 * 3_600_000))
    expect((await start()).outcome.kind).toBe('claimed')
    await db.sql`DELETE FROM self_evolution_runs`
    fake.addDeployment('in_progress', new Date(clock.now() - 60_000))
    setConfig({ ...ENABLED, scheduleConfig: { skipDuringDeployments: false } })
    expect((await start()).outcome.kind).toBe('claimed')
  })

  it('skips with deployment-active for an active Railway deployment', async () => {
    const railway = await startRailwayFake({ token: 'rw', projectId: 'proj' })
    try {
      railway.addDeployment({ status: 'BUILDING', createdAt: clock.date().toISOString() } as never)
      const d = deps({
        inputs: { 'railway-token': 'rw', 'railway-project-id': 'proj', 'railway-api-url': railway.url }
      })
      const { findActiveRailwayDeployment } = await import('../../src/deploy/railway.js')
      d.deps.railway = r => () =>
        findActiveRailwayDeployment({ url: r.url, token: r.token, projectId: r.projectId })
      const outcome = await startRun(d.deps, d.inputs())
      expect(outcome).toMatchObject({ kind: 'skipped', reason: 'deployment-active' })
      expect(outcome.kind === 'skipped' && outcome.detail).toMatch(/Railway/)
    } finally {
      await railway.close()
    }
  })

  it('skips with ci-active for another run on the default branch, not for this run or other branches', async () => {
    fake.addWorkflowRun({ status: 'in_progress', branch: 'main', id: 555, name: 'Self-Evolution' })
    fake.addWorkflowRun({ status: 'queued', branch: 'feature/x', id: 600, name: 'CI' })
    fake.addWorkflowRun({
      status: 'in_progress',
      branch: 'main',
      id: 601,
      name: 'Old',
      run_started_at: new Date(clock.now() - 7 * 3_600_000)
    })
    expect((await start()).outcome.kind).toBe('claimed')
    await db.sql`DELETE FROM self_evolution_runs`
    fake.addWorkflowRun({
      status: 'waiting',
      branch: 'main',
      id: 602,
      name: 'Deploy',
      created_at: new Date(clock.now() - 60_000)
    })
    const { outcome } = await start()
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'ci-active' })
  })

  it('fails closed with gate-error after retrying a failing API, and the job is red', async () => {
    fake.failNext(/deployments/, 502, { times: 100 })
    const { outcome } = await start()
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'gate-error' })
    expect(clock.slept.length).toBeGreaterThan(1)
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(61_000)
  })

  it('skips with cooldown after a recent failure; force bypasses it', async () => {
    await pastRun(1, 'failed', 2)
    expect((await start()).outcome).toMatchObject({ kind: 'skipped', reason: 'cooldown' })
    expect((await start({ inputs: { force: 'true' } })).outcome.kind).toBe('claimed')
  })

  it('checks the preconditions in order: failure-limit before cooldown before deployment-active', async () => {
    fake.addDeployment('in_progress', new Date(clock.now() - 60_000))
    await pastRun(1, 'failed', 2)
    expect((await start()).outcome).toMatchObject({ reason: 'cooldown' })
    await pastRun(2, 'failed')
    await pastRun(3, 'failed')
    expect((await start()).outcome).toMatchObject({ reason: 'failure-limit' })
  })

  it('failure-limit turns the repository flag off, records why, and force does not bypass it', async () => {
    await pastRun(3, 'failed')
    await pastRun(2, 'failed')
    await pastRun(1, 'failed', 30)
    const { outcome } = await start({ inputs: { force: 'true' } })
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'failure-limit' })
    const ks = await readKillSwitch(db.sql, fake.fullName)
    expect(ks).toMatchObject({ global: true, repository: false, on: false })
    const [flag] = await db.sql<{ metadata: Record<string, string> }[]>`
      SELECT metadata FROM feature_flags WHERE key = ${'self_evolution_enabled:' + fake.fullName}`
    expect(flag.metadata).toMatchObject({ disabledBy: 'self-evolution' })
    expect(flag.metadata.reason).toMatch(/failure-limit/)
    // Only an operator turns it back on: the next start is flag-off.
    expect((await start({ inputs: { force: 'true' } })).outcome).toMatchObject({ reason: 'flag-off' })
  })

  it('an operator re-enabling the repository makes it stick: earlier failures no longer count', async () => {
    await pastRun(3, 'failed')
    await pastRun(2, 'failed')
    await pastRun(1, 'failed', 30)
    expect((await start()).outcome).toMatchObject({ reason: 'failure-limit' })
    clock.advance(60_000)
    await setFlag(db.sql, { repository: fake.fullName, value: true, by: 'operator', now: clock.date() })
    expect((await start()).outcome.kind).toBe('claimed')
  })

  it('a re-run attempt of the same workflow run is not cooled down by its own failure, and re-claims it', async () => {
    const first = await start()
    if (first.outcome.kind !== 'claimed') throw new Error('not claimed')
    await finishRun(db.sql, {
      runId: first.outcome.runId,
      status: 'failed',
      summary: 'x',
      logsUrl: null,
      now: clock.date()
    })
    const d = deps()
    d.deps.ctx.attempt = 2
    const again = await startRun(d.deps, d.inputs())
    expect(again).toMatchObject({ kind: 'claimed', runId: first.outcome.runId })
    // Another workflow run is cooled down by that failure.
    await finishRun(db.sql, {
      runId: first.outcome.runId,
      status: 'failed',
      summary: 'x',
      logsUrl: null,
      now: clock.date()
    })
    const other = deps()
    other.deps.ctx.githubRunId = 777
    expect(await startRun(other.deps, other.inputs())).toMatchObject({ kind: 'skipped', reason: 'cooldown' })
  })

  it('a success among the last runs keeps the limit away', async () => {
    await pastRun(3, 'failed')
    await pastRun(2, 'success')
    await pastRun(1, 'failed', 30)
    expect((await start()).outcome.kind).toBe('claimed')
  })
})

describe('the claim', () => {
  beforeEach(async () => {
    setConfig(ENABLED)
    await flagOn()
  })

  it('claims today once; the next start skips with already-running, then already-ran-today', async () => {
    const first = (await start()).outcome
    expect(first).toMatchObject({ kind: 'claimed', runDate: '2026-11-25', dryRun: true })
    expect((await start()).outcome).toMatchObject({ kind: 'skipped', reason: 'already-running' })
    if (first.kind !== 'claimed') throw new Error('unreachable')
    await finishRun(db.sql, {
      runId: first.runId,
      status: 'success',
      summary: 'ok',
      logsUrl: null,
      now: clock.date()
    })
    expect((await start()).outcome).toMatchObject({ kind: 'skipped', reason: 'already-ran-today' })
    const forced = (await start({ inputs: { force: 'true' } })).outcome
    expect(forced).toMatchObject({ kind: 'claimed', runId: first.runId })
    expect(await runCount()).toBe(1)
  })

  it('names the running run, its age and the command that closes it, with and without force', async () => {
    const first = (await start()).outcome
    if (first.kind !== 'claimed') throw new Error('unreachable')
    clock.advance((3 * 60 + 12) * 60_000)
    const expected =
      `run ${first.runId} for 2026-11-25 is still running, started 3 h 12 min ago; if its process is gone, ` +
      `close it with \`self-evolution runs cancel ${first.runId}\``
    expect((await start()).outcome).toMatchObject({
      kind: 'skipped',
      reason: 'already-running',
      detail: expected
    })
    expect((await start({ inputs: { force: 'true' } })).outcome).toMatchObject({
      kind: 'skipped',
      reason: 'already-running',
      detail: expected
    })
  })

  it('records the holder in the run row', async () => {
    const o = (await start({ event: 'workflow_dispatch' })).outcome
    if (o.kind !== 'claimed') throw new Error('not claimed')
    const [row] = await db.sql<{ status: string; metrics: { holder: Record<string, unknown> } }[]>`
      SELECT status, metrics FROM self_evolution_runs WHERE id = ${o.runId}`
    expect(row.status).toBe('running')
    expect(row.metrics.holder).toMatchObject({
      githubRunId: 555,
      attempt: 1,
      event: 'workflow_dispatch',
      sha: SHA,
      dryRun: true
    })
  })

  it('sweeps runs left running past the stale limit before claiming', async () => {
    const old = new Date(clock.now() - 7 * 3_600_000)
    await claimRun(db.sql, {
      repository: fake.fullName,
      runDate: '2026-11-24',
      now: old,
      force: false,
      holder: { githubRunId: 1, attempt: 1, event: 'schedule', sha: SHA, dryRun: true }
    })
    const { host } = await start({ inputs: { force: 'true' } })
    const [row] = await db.sql<{ status: string; summary: string }[]>`
      SELECT status, summary FROM self_evolution_runs WHERE run_date = '2026-11-24'`
    expect(row.status).toBe('failed')
    expect(row.summary).toMatch(/no post step/)
    expect(host.lines.some(l => l.level === 'warning' && /stale/.test(l.text))).toBe(true)
  })

  it('the input dry-run forces a dry run, and nothing makes a dry-run config live', async () => {
    setConfig({ ...ENABLED, dryRunMode: false })
    const live = (await start({ inputs: { 'dry-run': 'false' } })).outcome
    expect(live).toMatchObject({ kind: 'claimed', dryRun: false })
    await db.sql`DELETE FROM self_evolution_runs`
    expect((await start({ inputs: { 'dry-run': 'true' } })).outcome).toMatchObject({ dryRun: true })
    await db.sql`DELETE FROM self_evolution_runs`
    setConfig(ENABLED)
    expect((await start({ inputs: { 'dry-run': 'false' } })).outcome).toMatchObject({ dryRun: true })
  })

  it('warns when a scheduled run fired on another cron than the config says', async () => {
    const d = deps({ event: 'schedule', inputs: { 'jitter-minutes': '0' } })
    d.deps.ctx.schedule = '30 5 * * *'
    await startRun(d.deps, d.inputs())
    expect(d.host.lines.some(l => l.level === 'warning' && l.text.includes('30 5 * * *'))).toBe(true)
  })
})
