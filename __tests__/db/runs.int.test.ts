/** The day's claim, its end, the stale sweep and the outcomes the gates read. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import { setFlag } from '../../src/db/flags.js'
import {
  claimRun,
  finishRun,
  getRunDetail,
  cancelRun,
  isFailure,
  listRuns,
  markRunFailed,
  recentOutcomes,
  recordAgent,
  sweepStaleRuns,
  type RunHolder
} from '../../src/db/runs.js'
import { listEvents } from '../../src/db/events.js'
import { recordJudgement } from '../../src/db/proposals.js'
import type { AgentRecord } from '../../src/policy/proposals-file.js'

const REPO = 'octo/agent'
const DAY = '2026-11-25'
const at = (hhmm: string, day = DAY) => new Date(`${day}T${hhmm}:00Z`)
const holder = (over: Partial<RunHolder> = {}): RunHolder => ({
  githubRunId: '1001',
  attempt: 1,
  event: 'schedule',
  sha: 'abc123',
  dryRun: true,
  ...over
})

let db: TestDatabase
beforeEach(async () => {
  db = await createTestDatabase()
  await setFlag(db.sql, { value: true, by: 'test', now: at('00:00') })
})
afterEach(async () => {
  await db.close()
})

const claim = (over: Partial<Parameters<typeof claimRun>[1]> = {}) =>
  claimRun(db.sql, {
    repository: REPO,
    runDate: DAY,
    now: at('02:10'),
    holder: holder(),
    force: false,
    ...over
  })

const finish = (runId: number, status: 'success' | 'failed' | 'cancelled', now = at('02:20')) =>
  finishRun(db.sql, { runId, status, summary: `${status}.`, logsUrl: 'https://example/logs', now })

describe('claimRun', () => {
  it('claims a new day once, recording the holder', async () => {
    const first = await claim()
    expect(first).toEqual({ claimed: true, runId: expect.any(Number), reclaimed: false, attempt: 1 })
    const runId = (first as { runId: number }).runId
    const [row] =
      await db.sql`SELECT status, started_at, metrics FROM self_evolution_runs WHERE id = ${runId}`
    expect(row.status).toBe('running')
    expect(row.started_at.toISOString()).toBe('2026-11-25T02:10:00.000Z')
    expect(row.metrics).toEqual({
      holder: { ...holder(), repository: REPO, claimedAt: '2026-11-25T02:10:00.000Z' },
      history: []
    })
    expect(await claim()).toEqual({
      claimed: false,
      reason: 'already-running',
      existingRunId: runId,
      existingStartedAt: at('02:10')
    })
  })

  it('re-checks the kill switch inside the claim: global off, missing, or the repository off', async () => {
    await setFlag(db.sql, { value: false, by: 'test', now: at('02:05') })
    expect(await claim({ force: true })).toEqual({ claimed: false, reason: 'flag-off' })
    await db.sql`DELETE FROM feature_flags`
    expect(await claim({ force: true })).toEqual({ claimed: false, reason: 'flag-off' })
    await setFlag(db.sql, { value: true, by: 'test', now: at('02:06') })
    await setFlag(db.sql, { repository: REPO, value: false, by: 'test', now: at('02:07') })
    expect(await claim({ force: true })).toEqual({ claimed: false, reason: 'flag-off' })
    expect(await claim({ repository: 'octo/other' })).toMatchObject({ claimed: true })
    expect(await db.sql`SELECT 1 FROM self_evolution_runs WHERE repository = ${REPO}`).toHaveLength(0)
  })

  it('gives each repository its own day', async () => {
    const a = await claim()
    const b = await claim({ repository: 'octo/other' })
    expect(a.claimed && b.claimed && a.runId !== b.runId).toBe(true)
  })

  it('says already-ran-today for a finished day, and re-claims it with force, keeping the earlier outcome', async () => {
    const first = (await claim()) as { runId: number }
    await finish(first.runId, 'failed')
    expect(await claim({ now: at('03:00') })).toEqual({
      claimed: false,
      reason: 'already-ran-today',
      existingRunId: first.runId
    })
    const forced = await claim({
      now: at('03:00'),
      force: true,
      holder: holder({ githubRunId: '2002', event: 'workflow_dispatch' })
    })
    expect(forced).toEqual({ claimed: true, runId: first.runId, reclaimed: true, attempt: 2 })
    const [row] =
      await db.sql`SELECT status, started_at, finished_at, summary, metrics FROM self_evolution_runs`
    expect(row.status).toBe('running')
    expect(row.finished_at).toBeNull()
    expect(row.summary).toBeNull()
    expect(row.metrics.holder.githubRunId).toBe('2002')
    expect(row.metrics.history).toEqual([
      {
        attempt: 1,
        status: 'failed',
        startedAt: expect.stringMatching(/^2026-11-25T02:10:00/),
        finishedAt: expect.stringMatching(/^2026-11-25T02:20:00/),
        summary: 'failed.',
        logsUrl: 'https://example/logs',
        holder: expect.objectContaining({ githubRunId: '1001' }),
        metrics: {},
        reclaimedAt: expect.stringMatching(/^2026-11-25T03:00:00/),
        reclaimedBy: 'force'
      }
    ])
    // Closed again and re-claimed again: the history keeps both.
    await finish(first.runId, 'success', at('03:10'))
    await claim({ now: at('04:00'), force: true })
    const [again] = await db.sql`SELECT metrics FROM self_evolution_runs`
    expect(again.metrics.history.map((h: { status: string }) => h.status)).toEqual(['failed', 'success'])
  })

  it('never re-claims a running run, even with force', async () => {
    const first = (await claim()) as { runId: number }
    expect(await claim({ force: true, holder: holder({ githubRunId: '1001', attempt: 2 }) })).toEqual({
      claimed: false,
      reason: 'already-running',
      existingRunId: first.runId,
      existingStartedAt: at('02:10')
    })
  })

  it('lets a re-run attempt of the same workflow run re-claim its own failed run, without force', async () => {
    const first = (await claim()) as { runId: number }
    await finish(first.runId, 'failed')
    // Another workflow run, or the same attempt again: no.
    expect(await claim({ holder: holder({ githubRunId: '9999', attempt: 2 }) })).toMatchObject({
      claimed: false,
      reason: 'already-ran-today'
    })
    expect(await claim({ holder: holder({ attempt: 1 }) })).toMatchObject({
      claimed: false,
      reason: 'already-ran-today'
    })
    // The same run, attempt 2: yes.
    expect(await claim({ holder: holder({ attempt: 2 }) })).toEqual({
      claimed: true,
      runId: first.runId,
      reclaimed: true,
      attempt: 2
    })
    const [row] = await db.sql`SELECT metrics, attempt FROM self_evolution_runs`
    expect(row.metrics.history[0]).toMatchObject({ attempt: 1, status: 'failed', reclaimedBy: 're-run' })
    expect(row.attempt).toBe(2)
    // A successful run is not re-run without force.
    await finish(first.runId, 'success')
    expect(await claim({ holder: holder({ attempt: 3 }) })).toMatchObject({
      claimed: false,
      reason: 'already-ran-today'
    })
  })
})

describe('claimRun after a cancelled job', () => {
  it('lets a re-run attempt of the same workflow run re-claim its cancelled run, without force', async () => {
    const first = (await claim()) as { runId: number }
    await finish(first.runId, 'cancelled')
    expect(await claim({ holder: holder({ githubRunId: '9999', attempt: 2 }) })).toMatchObject({
      claimed: false,
      reason: 'already-ran-today'
    })
    expect(await claim({ holder: holder({ attempt: 2 }) })).toEqual({
      claimed: true,
      runId: first.runId,
      reclaimed: true,
      attempt: 2
    })
    const [row] = await db.sql`SELECT metrics FROM self_evolution_runs WHERE id = ${first.runId}`
    expect(row.metrics.history[0]).toMatchObject({ attempt: 1, status: 'cancelled', reclaimedBy: 're-run' })
  })
})

describe('finishRun', () => {
  it('closes a running run once, merging metrics but never the holder or history', async () => {
    const { runId } = (await claim()) as { runId: number }
    const done = await finishRun(db.sql, {
      runId,
      status: 'success',
      summary: 'Judged 2 proposals.',
      logsUrl: 'https://github.com/octo/agent/actions/runs/1001/attempts/1',
      metrics: { counts: { allowed: 1, blocked: 1 }, holder: 'forged', history: [] },
      now: at('02:30')
    })
    expect(done).toBe(true)
    const [row] =
      await db.sql`SELECT status, finished_at, summary, logs_url, metrics FROM self_evolution_runs`
    expect(row).toMatchObject({ status: 'success', summary: 'Judged 2 proposals.' })
    expect(row.finished_at.toISOString()).toBe('2026-11-25T02:30:00.000Z')
    expect(row.metrics.counts).toEqual({ allowed: 1, blocked: 1 })
    expect(row.metrics.holder.githubRunId).toBe('1001')
    expect(await finish(runId, 'failed')).toBe(false)
    const [still] = await db.sql`SELECT status FROM self_evolution_runs`
    expect(still.status).toBe('success')
  })
})

describe('recordAgent', () => {
  const agent = (over: Partial<AgentRecord> = {}): AgentRecord => ({
    engine: 'claude',
    engineVersion: '2.0.0',
    // The block is the agent's hand-over: hostile text goes in as JSON, never as SQL.
    model: `x'); UPDATE self_evolution_runs SET status = 'failed'; --`,
    turns: 7,
    tokens: { input: 12000, output: 900, cached: 3000 },
    costUsd: 0.4213,
    durationMs: 61000,
    rounds: 2,
    roundVerdicts: [
      { round: 1, outcome: 'blocked', allowed: false, rules: ['max-lines'] },
      { round: 2, outcome: 'allowed', allowed: true, rules: [] }
    ],
    exitStatus: 'ok',
    ...over
  })
  const metricsOf = async (runId: number) =>
    (
      await db.sql<{ metrics: Record<string, unknown> }[]>`
      SELECT metrics FROM self_evolution_runs WHERE id = ${runId}`
    )[0].metrics

  it('merges the block into a running run, keeping holder and history, and finishRun keeps it', async () => {
    const { runId } = (await claim()) as { runId: number }
    const before = await metricsOf(runId)
    expect(await recordAgent(db.sql, runId, agent())).toBe(true)
    const after = await metricsOf(runId)
    expect(after).toEqual({ ...before, agent: agent() })
    const [row] = await db.sql`SELECT status FROM self_evolution_runs WHERE id = ${runId}`
    expect(row.status).toBe('running')

    // A later recording replaces the block; nothing else moves.
    expect(await recordAgent(db.sql, runId, agent({ costUsd: 0.5, rounds: 1, roundVerdicts: [] }))).toBe(true)
    expect(await metricsOf(runId)).toEqual({
      ...before,
      agent: agent({ costUsd: 0.5, rounds: 1, roundVerdicts: [] })
    })

    expect(await finish(runId, 'success')).toBe(true)
    const closed = await metricsOf(runId)
    expect(closed.agent).toEqual(agent({ costUsd: 0.5, rounds: 1, roundVerdicts: [] }))
    expect(closed.holder).toEqual(before.holder)
    expect(closed.history).toEqual([])
  })

  it('leaves a closed run as it is', async () => {
    const { runId } = (await claim()) as { runId: number }
    await finish(runId, 'failed')
    expect(await recordAgent(db.sql, runId, agent())).toBe(false)
    expect((await metricsOf(runId)).agent).toBeUndefined()
    expect(await recordAgent(db.sql, runId + 1000, agent())).toBe(false)
  })

  it("moves an attempt's block into history when the day is re-claimed", async () => {
    const { runId } = (await claim()) as { runId: number }
    await recordAgent(db.sql, runId, agent({ costUsd: 1.25 }))
    await finish(runId, 'failed')
    const again = await claim({ force: true, now: at('03:00') })
    expect(again).toMatchObject({ claimed: true, runId, attempt: 2 })
    const metrics = await metricsOf(runId)
    expect(metrics.agent).toBeUndefined()
    const history = metrics.history as { attempt: number; metrics: { agent?: AgentRecord } }[]
    expect(history).toHaveLength(1)
    expect(history[0].metrics.agent).toEqual(agent({ costUsd: 1.25 }))
  })
})

describe('sweepStaleRuns', () => {
  it('marks failed the runs of this repository still running past the limit, and logs each', async () => {
    const old = (await claim({ runDate: '2026-11-24', now: at('02:00', '2026-11-24') })) as { runId: number }
    const young = (await claim({ now: at('05:00') })) as { runId: number }
    const other = (await claim({
      repository: 'octo/other',
      runDate: '2026-11-24',
      now: at('02:00', '2026-11-24')
    })) as {
      runId: number
    }
    const now = at('09:00')
    const swept = await sweepStaleRuns(db.sql, {
      repository: REPO,
      olderThan: new Date(now.getTime() - 6 * 3600_000),
      now
    })
    expect(swept).toEqual([old.runId])
    const rows = await db.sql`SELECT id, status, summary, finished_at FROM self_evolution_runs ORDER BY id`
    const byId = new Map(rows.map(r => [r.id, r]))
    expect(byId.get(old.runId)).toMatchObject({ status: 'failed' })
    expect(byId.get(old.runId)!.summary).toBe(
      'Marked failed by the stale-run sweep: still running 31.0 h after it started, so no post step finished it (the runner died or lost contact).'
    )
    expect(byId.get(young.runId)!.status).toBe('running')
    expect(byId.get(other.runId)!.status).toBe('running')
    const events = await listEvents(db.sql, { repository: REPO, kind: 'sweep' })
    expect(events.map(e => [e.runId, e.reason, e.githubRunId])).toEqual([[old.runId, 'stale-run', '1001']])
    // post arriving late leaves the swept run alone.
    expect(await finish(old.runId, 'success')).toBe(false)
    expect(await sweepStaleRuns(db.sql, { repository: REPO, olderThan: at('04:00'), now })).toEqual([])
  })

  it('leaves a run that started exactly at the limit, and sweeps one a millisecond older', async () => {
    const started = at('05:00')
    const run = (await claim({ now: started })) as { runId: number }
    expect(await sweepStaleRuns(db.sql, { repository: REPO, olderThan: started, now: at('11:00') })).toEqual(
      []
    )
    const olderThan = new Date(started.getTime() + 1)
    expect(await sweepStaleRuns(db.sql, { repository: REPO, olderThan, now: at('11:00') })).toEqual([
      run.runId
    ])
  })
})

describe('recentOutcomes', () => {
  it('lists finished outcomes newest first, including those kept in re-claim history', async () => {
    const d1 = (await claim({ runDate: '2026-11-22', now: at('02:00', '2026-11-22') })) as { runId: number }
    await finish(d1.runId, 'success', at('02:30', '2026-11-22'))
    const d2 = (await claim({ runDate: '2026-11-23', now: at('02:00', '2026-11-23') })) as { runId: number }
    await finish(d2.runId, 'failed', at('02:30', '2026-11-23'))
    await claim({ runDate: '2026-11-23', now: at('04:00', '2026-11-23'), force: true })
    await finish(d2.runId, 'success', at('04:30', '2026-11-23'))
    const d3 = (await claim({ runDate: '2026-11-24', now: at('02:00', '2026-11-24') })) as { runId: number }
    await db.sql`UPDATE self_evolution_runs SET status = 'reverted', finished_at = ${at('02:40', '2026-11-24')} WHERE id = ${d3.runId}`
    await claim() // running: not an outcome
    await claim({ repository: 'octo/other' })

    const outcomes = await recentOutcomes(db.sql, REPO, 10)
    expect(outcomes.map(o => [o.status, o.finishedAt.toISOString()])).toEqual([
      ['reverted', '2026-11-24T02:40:00.000Z'],
      ['success', '2026-11-23T04:30:00.000Z'],
      ['failed', '2026-11-23T02:30:00.000Z'],
      ['success', '2026-11-22T02:30:00.000Z']
    ])
    expect(outcomes.map(o => isFailure(o.status))).toEqual([true, false, true, false])
    expect(await recentOutcomes(db.sql, REPO, 2)).toHaveLength(2)
    expect(await recentOutcomes(db.sql, 'octo/none', 5)).toEqual([])
  })

  it('leaves cancelled runs out, in the table and in re-claim history, so they never break a streak', async () => {
    const day = (d: string, hhmm = '02:00') => ({ runDate: d, now: at(hhmm, d) })
    const d1 = (await claim(day('2026-11-21'))) as { runId: number }
    await finish(d1.runId, 'failed', at('02:30', '2026-11-21'))
    const d2 = (await claim(day('2026-11-22'))) as { runId: number }
    await finish(d2.runId, 'cancelled', at('02:30', '2026-11-22'))
    const d3 = (await claim(day('2026-11-23'))) as { runId: number }
    await finish(d3.runId, 'cancelled', at('02:30', '2026-11-23'))
    await claim({ ...day('2026-11-23', '04:00'), force: true }) // the cancelled outcome moves to history
    await finish(d3.runId, 'failed', at('04:30', '2026-11-23'))
    const d4 = (await claim(day('2026-11-24'))) as { runId: number }
    await cancelRun(db.sql, { id: d4.runId, reason: 'stopped by hand', now: at('03:00', '2026-11-24') })

    const outcomes = await recentOutcomes(db.sql, REPO, 10)
    expect(outcomes.map(o => [o.runId, o.status])).toEqual([
      [d3.runId, 'failed'],
      [d1.runId, 'failed']
    ])
  })
})

describe('cancelRun', () => {
  it('closes a running run as cancelled with an event, and refuses any other run or an unknown id', async () => {
    const { runId } = (await claim()) as { runId: number }
    const cancelled = await cancelRun(db.sql, { id: runId, reason: 'Ctrl-C', now: at('08:00') })
    expect(cancelled).toMatchObject({ ok: true, run: { id: runId, status: 'cancelled' } })
    const [row] = await db.sql`SELECT status, summary, finished_at FROM self_evolution_runs`
    expect(row.summary).toBe('Cancelled: Ctrl-C')
    expect(row.finished_at.toISOString()).toBe('2026-11-25T08:00:00.000Z')
    expect((await listEvents(db.sql, { kind: 'cancel' })).map(e => [e.runId, e.reason])).toEqual([
      [runId, 'Ctrl-C']
    ])
    expect(await cancelRun(db.sql, { id: runId, reason: 'again', now: at('09:00') })).toEqual({
      ok: false,
      reason: `Run ${runId} is cancelled, not running: cancel applies only to a run that is still running.`
    })
    expect(await cancelRun(db.sql, { id: 4242, reason: 'x', now: at('09:00') })).toEqual({
      ok: false,
      reason: 'Run 4242 does not exist.'
    })
  })

  it('says when the run that is still running started, so the skip can name it', async () => {
    const { runId } = (await claim()) as { runId: number }
    expect(await claim({ now: at('05:22'), force: true })).toEqual({
      claimed: false,
      reason: 'already-running',
      existingRunId: runId,
      existingStartedAt: at('02:10')
    })
  })
})

describe('what the CLI shows', () => {
  it('lists runs newest day first with proposal counts, for one repository or all', async () => {
    const a = (await claim({ runDate: '2026-11-24', now: at('02:00', '2026-11-24') })) as { runId: number }
    await recordJudgement(db.sql, {
      runId: a.runId,
      repository: REPO,
      runDate: '2026-11-24',
      proposals: [
        { type: 'prompt', title: 'ok', riskLevel: 1, allowed: true, blockedReasons: [] },
        { type: 'prompt', title: 'no', riskLevel: 4, allowed: false, blockedReasons: ['max-risk: 4 > 2'] }
      ]
    })
    await claim()
    await claim({ repository: 'octo/other' })
    const all = await listRuns(db.sql, { limit: 10 })
    expect(all.map(r => [r.runDate, r.repository])).toEqual([
      [DAY, 'octo/other'],
      [DAY, REPO],
      ['2026-11-24', REPO]
    ])
    const mine = await listRuns(db.sql, { repository: REPO, limit: 1 })
    expect(mine.map(r => [r.runDate, r.proposalsAllowed, r.proposalsBlocked])).toEqual([[DAY, 0, 0]])
    const older = await listRuns(db.sql, { repository: REPO, limit: 5 })
    expect(older[1]).toMatchObject({
      id: a.runId,
      status: 'running',
      proposalsAllowed: 1,
      proposalsBlocked: 1
    })
  })

  it('shows a run with its reflections, proposals, actions and rollbacks', async () => {
    const { runId } = (await claim()) as { runId: number }
    const recorded = await recordJudgement(db.sql, {
      runId,
      repository: REPO,
      runDate: DAY,
      reflection: { insights: 'Users ask for shorter answers.', sentiment: { mood: 'calm' } },
      proposals: [
        {
          type: 'persona',
          title: 'Shorter answers',
          riskLevel: 1,
          effort: 1,
          allowed: true,
          blockedReasons: [],
          action: { actionType: 'pr', payload: { dryRun: true } }
        }
      ]
    })
    await db.sql`INSERT INTO self_evolution_rollbacks (action_id, reason) VALUES (${recorded.actionIds[0]}, 'CI failed')`
    const detail = await getRunDetail(db.sql, runId)
    expect(detail?.run).toMatchObject({ id: runId, repository: REPO, runDate: DAY, status: 'running' })
    expect(detail?.reflections.map(r => [r.insights, r.sentiment])).toEqual([
      ['Users ask for shorter answers.', { mood: 'calm' }]
    ])
    expect(detail?.proposals.map(p => [p.title, p.allowlisted, p.riskLevel, p.effort])).toEqual([
      ['Shorter answers', true, 1, 1]
    ])
    expect(detail?.actions.map(a => [a.actionType, a.status, a.payload])).toEqual([
      ['pr', 'planned', { dryRun: true }]
    ])
    expect(detail?.rollbacks.map(b => b.reason)).toEqual(['CI failed'])
    expect(await getRunDetail(db.sql, runId + 100)).toBeNull()
  })

  it('marks a stuck run failed, and refuses any other run or an unknown id with a sentence', async () => {
    const { runId } = (await claim()) as { runId: number }
    const marked = await markRunFailed(db.sql, { id: runId, reason: 'runner lost', now: at('08:00') })
    expect(marked).toMatchObject({ ok: true, run: { id: runId, status: 'failed' } })
    const [row] = await db.sql`SELECT status, summary, finished_at FROM self_evolution_runs`
    expect(row.summary).toBe('Manually marked as failed: runner lost')
    expect(row.finished_at.toISOString()).toBe('2026-11-25T08:00:00.000Z')
    expect((await listEvents(db.sql, { kind: 'mark-failed' })).map(e => [e.runId, e.reason])).toEqual([
      [runId, 'runner lost']
    ])
    expect(await markRunFailed(db.sql, { id: runId, reason: 'again', now: at('09:00') })).toEqual({
      ok: false,
      reason: `Run ${runId} is failed, not running: mark-failed applies only to a run that is still running.`
    })
    expect(await markRunFailed(db.sql, { id: 4242, reason: 'x', now: at('09:00') })).toEqual({
      ok: false,
      reason: 'Run 4242 does not exist.'
    })
  })
})
