/**
 * The observatory's agent cost on a seeded database: runs whose agent step recorded a block (some
 * with dollars, one with tokens only, one re-claimed day whose first attempt's cost sits in
 * history), a run without one, another repository, a run outside the window, and merged pull
 * requests (a merged revert is no change of the agent's). Cost per day, per merged change, the runs
 * without a cost, in the figures, the page and the CLI's line, from the one statement.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import { setFlag } from '../../src/db/flags.js'
import { claimRun, finishRun, recordAgent } from '../../src/db/runs.js'
import { recordJudgement } from '../../src/db/proposals.js'
import { readObservatory } from '../../src/db/report.js'
import type { AgentRecord } from '../../src/policy/proposals-file.js'
import { buildFigures, describeCost, reportWindow, type Figures } from '../../src/report/figures.js'
import { renderHtml } from '../../src/report/html.js'

const REPO = 'octo/agent'
const OTHER = 'octo/other'
const NOW = new Date('2026-11-25T12:00:00Z')
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00Z`)

let db: TestDatabase
let queries: string[]

const agent = (over: Partial<AgentRecord> = {}): AgentRecord => ({
  engine: 'claude',
  model: '<script>alert(1)</script>',
  turns: 5,
  tokens: { input: 1000, output: 200 },
  durationMs: 30000,
  rounds: 1,
  roundVerdicts: [{ round: 1, outcome: 'allowed', allowed: true, rules: [] }],
  exitStatus: 'ok',
  ...over
})

type Seed = {
  day: string
  repository?: string
  agent?: AgentRecord
  /** Action statuses of the day's allowed proposals (a pull request each). */
  actions?: string[]
  status?: 'success' | 'failed'
  force?: boolean
}

/** One run of `day`, through the real modules; the action statuses set as the merge watcher would. */
async function seedRun(s: Seed): Promise<{ runId: number; actionIds: number[]; proposalIds: number[] }> {
  const repository = s.repository ?? REPO
  const claim = await claimRun(db.sql, {
    repository,
    runDate: s.day,
    now: at(s.day, s.force ? '04:00' : '02:00'),
    force: s.force ?? false,
    holder: {
      githubRunId: `1${s.day.replace(/-/g, '')}`,
      attempt: 1,
      event: 'schedule',
      sha: 'abc',
      dryRun: false
    }
  })
  if (!claim.claimed) throw new Error(`cannot claim ${s.day}: ${claim.reason}`)
  if (s.agent) expect(await recordAgent(db.sql, claim.runId, s.agent)).toBe(true)
  const statuses = s.actions ?? []
  const recorded = await recordJudgement(db.sql, {
    runId: claim.runId,
    repository,
    runDate: s.day,
    proposals: statuses.map((_, i) => ({
      type: 'cleanup',
      title: `Change ${i} of ${s.day}`,
      riskLevel: 0,
      allowed: true,
      blockedReasons: [],
      action: { actionType: 'pr', payload: { branch: `self-evolution/${s.day}-${i}` } }
    }))
  })
  const actionIds = recorded.actionIds.map(id => id!)
  for (const [i, status] of statuses.entries()) {
    await db.sql`UPDATE self_evolution_actions SET status = ${status} WHERE id = ${actionIds[i]}`
  }
  await finishRun(db.sql, {
    runId: claim.runId,
    status: s.status ?? 'success',
    summary: 'done',
    logsUrl: null,
    now: at(s.day, s.force ? '04:30' : '02:30')
  })
  return { runId: claim.runId, actionIds, proposalIds: recorded.proposalIds }
}

beforeEach(async () => {
  queries = []
  db = await createTestDatabase({ onQuery: q => queries.push(q) })
  await setFlag(db.sql, { value: true, by: 'test', now: at('2026-09-01', '00:00') })
  // Outside the 7-day window: never counted.
  await seedRun({ day: '2026-11-10', agent: agent({ costUsd: 50 }), actions: ['merged'] })
  // 11-20: $0.50, one change merged, and a merged revert of it (no change of the agent's).
  const a = await seedRun({ day: '2026-11-20', agent: agent({ costUsd: 0.5 }), actions: ['merged'] })
  await db.sql`
    INSERT INTO self_evolution_actions (proposal_id, action_type, payload, status)
    VALUES (${a.proposalIds[0]}, 'revert', ${db.sql.json({ revertOf: { actionId: a.actionIds[0] } })}, 'merged')`
  // 11-21: codex, tokens only (no price configured), one change merged, one still open.
  await seedRun({
    day: '2026-11-21',
    agent: agent({ engine: 'codex', tokens: { input: 5000, output: 300 } }),
    actions: ['merged', 'submitted']
  })
  // 11-22: a failed first attempt ($1.25) re-claimed by force ($0.25): both were spent.
  await seedRun({ day: '2026-11-22', agent: agent({ costUsd: 1.25 }), status: 'failed' })
  await seedRun({ day: '2026-11-22', agent: agent({ costUsd: 0.25 }), force: true })
  // 11-23: a proposals file written by hand: no agent block, not an agent run.
  await seedRun({ day: '2026-11-23', actions: ['closed'] })
  // Another repository, on a day of the window.
  await seedRun({ day: '2026-11-24', repository: OTHER, agent: agent({ costUsd: 100 }), actions: ['merged'] })
  queries = []
})
afterEach(async () => {
  await db.close()
})

async function figures(days: number, repository: string | null): Promise<Figures> {
  const window = reportWindow(NOW, days)
  const rows = await readObservatory(db.sql, { repository, from: window.from, to: window.to, recentRuns: 10 })
  return buildFigures(rows, { now: NOW, window, repository })
}

describe("the agent's cost in the observatory", () => {
  it('sums the cost per day, per merged change, and counts the runs without a cost, in one statement', async () => {
    const f = await figures(7, REPO)
    expect(queries).toHaveLength(1)
    expect(f.costPerDay.map(d => d.date)).toEqual([
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25'
    ])
    expect(f.costPerDay.map(d => [d.costUsd, d.runs, d.runsWithoutCost])).toEqual([
      [0, 0, 0],
      [0.5, 1, 0],
      [0, 1, 1],
      [1.5, 2, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0]
    ])
    expect(f.costPerDay[2].tokens).toEqual({ input: 5000, output: 300 })
    expect(f.costPerDay[3].tokens).toEqual({ input: 2000, output: 400 })
    expect(f.totals).toMatchObject({ agentRuns: 4, costUsd: 2, mergedChanges: 2 })
    expect(f.costPerMergedChange).toBe(1)
    expect(f.runsWithoutCost).toBe(1)
    // Every action is still listed by status; the revert is merged too, but is no change.
    expect(f.actionsByStatus.find(x => x.status === 'merged')?.count).toBe(3)
    expect(describeCost(f)).toBe(
      'Agent cost: $2.00 over 4 agent run(s) in 7 day(s); $1.00 per merged change (2 merged); ' +
        '1 run(s) without a reported cost (engines that report tokens only).'
    )
  })

  it('adds every repository without a filter, and leaves out runs outside the window', async () => {
    const all = await figures(7, null)
    expect(all.totals).toMatchObject({ agentRuns: 5, costUsd: 102, mergedChanges: 3 })
    expect(all.costPerMergedChange).toBe(34)
    const month = await figures(30, REPO)
    expect(month.totals).toMatchObject({ agentRuns: 5, costUsd: 52, mergedChanges: 3 })
  })

  it('says "no merged change yet" when nothing merged in the window', async () => {
    const f = await figures(4, REPO)
    expect(f.totals).toMatchObject({ agentRuns: 2, costUsd: 1.5, mergedChanges: 0 })
    expect(f.costPerMergedChange).toBeNull()
    expect(describeCost(f)).toBe('Agent cost: $1.50 over 2 agent run(s) in 4 day(s); no merged change yet.')
    const html = renderHtml(f)
    expect(html).toContain('<section id="cost" data-runs="2" data-merged="0" data-uncosted="0">')
    expect(html).toContain('<b>no merged change yet</b>per merged change')
  })

  it('draws the section: the totals, a bar per day with an agent run, the runs without a cost', async () => {
    const f = await figures(7, REPO)
    const html = renderHtml(f)
    expect(html).toContain('<section id="cost" data-runs="4" data-merged="2" data-uncosted="1">')
    expect(html).toContain('<h2>Agent cost</h2>')
    expect(html).toContain('data-usd="2" data-permerge="1"')
    expect(html).toContain('<g data-date="2026-11-22" data-usd="1.5" data-runs="2">')
    expect(html).toContain('<g data-date="2026-11-21" data-usd="0" data-runs="1">')
    expect(html).not.toContain('data-date="2026-11-23" data-usd')
    expect(html).toContain(
      '1 run(s) without a reported cost (engines that report tokens only); they are not in the dollars above.'
    )
    // Nothing of the agent block's text reaches the page.
    expect(html).not.toContain('alert(1)')
  })

  it('a window with no agent run says so', async () => {
    const window = reportWindow(new Date('2026-10-05T00:00:00Z'), 3)
    const rows = await readObservatory(db.sql, {
      repository: REPO,
      from: window.from,
      to: window.to,
      recentRuns: 0
    })
    const f = buildFigures(rows, { now: NOW, window, repository: REPO })
    expect(f.totals).toMatchObject({ agentRuns: 0, costUsd: 0, mergedChanges: 0 })
    expect(f.costPerDay).toHaveLength(3)
    expect(f.runsWithoutCost).toBe(0)
    expect(describeCost(f)).toBe('Agent cost: no agent step recorded in 3 day(s).')
    expect(renderHtml(f)).toContain('No agent step recorded in this window')
  })
})
