/**
 * A run re-claimed on its day (--force, a re-run attempt) is a new attempt of the same row. Counts and
 * lists are the latest attempt's (runs, runs show, their JSON, the report); earlier attempts are
 * history. A superseded attempt's wildcard leaves the day's wildcard to its successor, unless it was
 * already acted on (its action beyond 'planned').
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import { setFlag } from '../../src/db/flags.js'
import { claimRun, finishRun, getRunDetail, listRuns } from '../../src/db/runs.js'
import { hasAllowedWildcard, recordJudgement, type JudgedProposal } from '../../src/db/proposals.js'
import { updateAction } from '../../src/db/actions.js'
import { readObservatory } from '../../src/db/report.js'
import { buildFigures, reportWindow } from '../../src/report/figures.js'
import { renderHtml } from '../../src/report/html.js'
import { describeRun } from '../../src/cli/commands/runs.js'
import { json } from '../../src/cli/database.js'

const DAY = '2026-11-25'
const at = (time: string) => new Date(`${DAY}T${time}Z`)

let db: TestDatabase
beforeAll(async () => {
  db = await createTestDatabase()
  await setFlag(db.sql, { value: true, by: 'test', now: at('00:00:00') })
})
afterAll(async () => {
  await db.close()
})

const proposal = (type: JudgedProposal['type'], title: string, allowed: boolean): JudgedProposal => ({
  type,
  title,
  riskLevel: 1,
  allowed,
  blockedReasons: allowed ? [] : ['max-risk: risk 4 is above 2'],
  action: allowed ? { actionType: 'pr', payload: { dryRun: true, title } } : null
})

/** Claim the day (forced after the first), record a reflection and proposals, and finish. */
async function attempt(repository: string, time: string, proposals: JudgedProposal[], insights: string) {
  const claim = await claimRun(db.sql, {
    repository,
    runDate: DAY,
    now: at(time),
    force: true,
    holder: { githubRunId: time, attempt: 1, event: 'workflow_dispatch', sha: 'a', dryRun: true }
  })
  if (!claim.claimed) throw new Error(`not claimed: ${claim.reason}`)
  const recorded = await recordJudgement(db.sql, {
    runId: claim.runId,
    repository,
    runDate: DAY,
    reflection: { insights },
    proposals
  })
  const allowed = proposals.filter((p, i) => p.allowed && !recorded.flipped.includes(i)).length
  await finishRun(db.sql, {
    runId: claim.runId,
    status: 'success',
    summary: `${allowed} allowed, ${proposals.length - allowed} blocked`,
    logsUrl: null,
    now: at(time.replace(/^(\d\d):(\d\d)/, (_, h, m) => `${h}:${String(Number(m) + 5).padStart(2, '0')}`))
  })
  return { ...claim, recorded }
}

describe('a run re-claimed on its day', () => {
  const REPO = 'octo/counts'
  let runId: number
  beforeAll(async () => {
    await attempt(
      REPO,
      '02:00:00',
      [
        proposal('capability', 'first a', true),
        proposal('cleanup', 'first b', true),
        proposal('prompt', 'first c', true),
        proposal('capability', 'first d', false),
        proposal('capability', 'first e', false),
        proposal('capability', 'first f', false),
        proposal('capability', 'first g', false)
      ],
      'first reflection'
    )
    const second = await attempt(
      REPO,
      '03:00:00',
      [
        proposal('capability', 'second a', true),
        proposal('cleanup', 'second b', true),
        proposal('capability', 'second c', false),
        proposal('capability', 'second d', false),
        proposal('capability', 'second e', false),
        proposal('capability', 'second f', false),
        proposal('capability', 'second g', false)
      ],
      'second reflection'
    )
    expect(second).toMatchObject({ reclaimed: true, attempt: 2 })
    runId = second.runId
  })

  it('runs (and its JSON) counts the latest attempt, as its summary does', async () => {
    const [row] = await listRuns(db.sql, { repository: REPO, limit: 5 })
    expect(row).toMatchObject({
      id: runId,
      summary: '2 allowed, 5 blocked',
      proposalsAllowed: 2,
      proposalsBlocked: 5,
      attempt: 2,
      earlierAttempts: 1
    })
    expect(JSON.parse(json([row]))[0]).toMatchObject({ proposalsAllowed: 2, proposalsBlocked: 5, attempt: 2 })
  })

  it('runs show lists the latest attempt, then the earlier one as labelled history', async () => {
    const detail = (await getRunDetail(db.sql, runId))!
    expect(detail.run.attempt).toBe(2)
    expect(detail.proposals.map(p => p.title)).toEqual([
      'second a',
      'second b',
      'second c',
      'second d',
      'second e',
      'second f',
      'second g'
    ])
    expect(detail.reflections.map(r => r.insights)).toEqual(['second reflection'])
    expect(detail.actions).toHaveLength(2)
    expect(detail.earlierAttempts).toHaveLength(1)
    expect(detail.earlierAttempts[0]).toMatchObject({
      attempt: 1,
      status: 'success',
      summary: '3 allowed, 4 blocked',
      reclaimedBy: 'force'
    })
    expect(detail.earlierAttempts[0].proposals.map(p => p.title)).toContain('first a')
    expect(detail.earlierAttempts[0].proposals).toHaveLength(7)
    expect(detail.earlierAttempts[0].reflections.map(r => r.insights)).toEqual(['first reflection'])
    expect(detail.earlierAttempts[0].actions).toHaveLength(3)

    const text = describeRun(detail)
    const [latest, history] = text.split('Earlier attempts (1), newest first')
    expect(latest).toContain('· attempt 2')
    expect(latest).toContain('Proposals (7)')
    expect(latest.match(/second reflection/g)).toHaveLength(1)
    expect(latest).not.toContain('first reflection')
    expect(latest).not.toMatch(/first a/)
    expect(history).toMatch(/Attempt 1 · success · finished 2026-11-25T02:05:00Z · superseded by --force/)
    expect(history).toContain('3 allowed, 4 blocked')
    expect(history).toContain('first reflection')
    expect(history).toContain('Proposals (7)')
  })

  it('the report totals the latest attempt, and lists the earlier one under its run', async () => {
    const window = reportWindow(at('12:00:00'), 7)
    const rows = await readObservatory(db.sql, {
      repository: REPO,
      from: window.from,
      to: window.to,
      recentRuns: 5
    })
    const f = buildFigures(rows, { now: at('12:00:00'), window, repository: REPO })
    expect(f.totals).toMatchObject({ proposals: 7, allowed: 2, blocked: 5 })
    expect(f.proposalsByDay.find(d => d.date === DAY)).toEqual({ date: DAY, allowed: 2, blocked: 5 })
    expect(f.violationsByRule.reduce((n, r) => n + r.violations, 0)).toBe(5)
    // The earlier attempt's actions never left 'planned': they are not counted.
    expect(rows.actions).toEqual([{ status: 'planned', actions: 2 }])
    expect(f.recentRuns[0]).toMatchObject({
      id: runId,
      attempt: 2,
      proposalsAllowed: 2,
      proposalsBlocked: 5,
      earlierAttempts: [
        { attempt: 1, status: 'success', finishedAt: '2026-11-25T02:05:00.000Z', allowed: 3, blocked: 4 }
      ]
    })
    const html = renderHtml(f)
    expect(html).toContain(`data-run="${runId}" data-attempt="1"`)
    expect(html).toContain('attempt 1 of 2: success')
  })
})

describe("the day's wildcard across attempts", () => {
  it("a superseded attempt's wildcard, never acted on, does not block its successor's", async () => {
    const REPO = 'octo/wild-planned'
    const first = await attempt(REPO, '02:00:00', [proposal('wildcard', 'first wild', true)], 'r1')
    expect(first.recorded.flipped).toEqual([])
    expect(await hasAllowedWildcard(db.sql, REPO, DAY)).toBe(true)

    const second = await attempt(REPO, '03:00:00', [proposal('wildcard', 'second wild', true)], 'r2')
    expect(second.recorded.flipped).toEqual([])
    const detail = (await getRunDetail(db.sql, second.runId))!
    expect(detail.proposals).toEqual([
      expect.objectContaining({ title: 'second wild', allowlisted: true, blockedReasons: [] })
    ])
    expect(detail.actions).toEqual([expect.objectContaining({ status: 'planned' })])
    // Within the successor, the one-a-day rule still holds.
    const third = await recordJudgement(db.sql, {
      runId: second.runId,
      repository: REPO,
      runDate: DAY,
      proposals: [proposal('wildcard', 'again', true)]
    })
    expect(third.flipped).toEqual([0])
  })

  it("an earlier attempt's wildcard whose action was submitted blocks its successor's", async () => {
    const REPO = 'octo/wild-submitted'
    const first = await attempt(REPO, '02:00:00', [proposal('wildcard', 'first wild', true)], 'r1')
    expect(
      await updateAction(db.sql, first.recorded.actionIds[0]!, { status: 'submitted', from: ['planned'] })
    ).toBe(true)

    const claim = await claimRun(db.sql, {
      repository: REPO,
      runDate: DAY,
      now: at('03:00:00'),
      force: true,
      holder: { githubRunId: '2', attempt: 1, event: 'workflow_dispatch', sha: 'a', dryRun: true }
    })
    expect(claim).toMatchObject({ claimed: true, attempt: 2 })
    // What the engine is told before judging, and what the recorder decides.
    expect(await hasAllowedWildcard(db.sql, REPO, DAY)).toBe(true)
    const second = await recordJudgement(db.sql, {
      runId: first.runId,
      repository: REPO,
      runDate: DAY,
      proposals: [proposal('wildcard', 'second wild', true), proposal('cleanup', 'tidy', true)]
    })
    expect(second.flipped).toEqual([0])
    expect(second.actionIds[0]).toBeNull()
    const detail = (await getRunDetail(db.sql, first.runId))!
    const wild = detail.proposals.find(p => p.title === 'second wild')!
    expect(wild.allowlisted).toBe(false)
    expect(wild.blockedReasons).toEqual([
      `wildcard-daily-limit: the wildcard of attempt 1 of ${REPO}'s run on ${DAY} was already acted on (its action is submitted); one wildcard change a day`
    ])
    expect(detail.proposals.find(p => p.title === 'tidy')!.allowlisted).toBe(true)
  })

  it("an earlier attempt's wildcard still planned but with its branch pushed blocks its successor's", async () => {
    const REPO = 'octo/wild-pushing'
    const first = await attempt(REPO, '02:00:00', [proposal('wildcard', 'first wild', true)], 'r1')
    // What execution records before it pushes: the branch that may be left behind.
    const leftover = { branch: 'self-evolution/x', headSha: 'abc' }
    expect(
      await updateAction(db.sql, first.recorded.actionIds[0]!, { payload: { leftover }, from: ['planned'] })
    ).toBe(true)
    const second = await attempt(REPO, '03:00:00', [proposal('wildcard', 'second wild', true)], 'r2')
    expect(second.recorded.flipped).toEqual([0])
    const detail = (await getRunDetail(db.sql, second.runId))!
    expect(detail.proposals[0].blockedReasons[0]).toMatch(
      /^wildcard-daily-limit: .*\(its action is planned, with a branch pushed or being pushed\)/
    )
  })
})

describe('acting on a superseded attempt', () => {
  it("a superseded attempt's planned action is never started; the latest attempt's is", async () => {
    const REPO = 'octo/superseded'
    const first = await attempt(REPO, '02:00:00', [proposal('capability', 'first', true)], 'r1')
    const second = await attempt(REPO, '03:00:00', [proposal('capability', 'second', true)], 'r2')
    const start = (actionId: number) =>
      updateAction(db.sql, actionId, {
        payload: { leftover: { branch: 'b', headSha: 'h' } },
        from: ['planned'],
        latestAttempt: true
      })
    expect(await start(first.recorded.actionIds[0]!)).toBe(false)
    expect(await start(second.recorded.actionIds[0]!)).toBe(true)
    const detail = (await getRunDetail(db.sql, second.runId))!
    expect(detail.earlierAttempts[0].actions[0].payload).not.toHaveProperty('leftover')
    expect(detail.actions[0].payload).toHaveProperty('leftover')
  })
})
