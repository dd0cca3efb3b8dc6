/**
 * The observatory's figures on a seeded database (60 days of history): every count the page and the
 * JSON show, checked against what the seed planned; the window, the repository filter, the empty
 * database, and the one round trip.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import {
  HISTORY_DAYS,
  HISTORY_NOW,
  HOSTILE,
  MAIN_REPO,
  OTHER_REPO,
  historyPlan,
  seedHistory,
  type Expected
} from '../__fixtures__/history.js'
import { readObservatory } from '../../src/db/report.js'
import { buildFigures, RECENT_RUNS, reportWindow, type Figures } from '../../src/report/figures.js'

let db: TestDatabase
let queries: string[]
let expected: Expected

beforeEach(async () => {
  queries = []
  db = await createTestDatabase({ onQuery: q => queries.push(q) })
  expected = await seedHistory(db.sql)
  queries = []
})
afterEach(async () => {
  await db.close()
})

async function figures(days: number, repository: string | null, recentRuns = RECENT_RUNS): Promise<Figures> {
  const window = reportWindow(HISTORY_NOW, days)
  const rows = await readObservatory(db.sql, { repository, from: window.from, to: window.to, recentRuns })
  return buildFigures(rows, { now: HISTORY_NOW, window, repository })
}

describe('the report of the seeded 60 days, for one repository', () => {
  it('counts every day, run, proposal, violation, action and rollback the seed planned', async () => {
    const f = await figures(HISTORY_DAYS, MAIN_REPO)
    expect(queries).toHaveLength(1)

    expect(f.window).toEqual({ days: 60, from: '2026-09-27', to: '2026-11-25' })
    expect(f.calendar).toHaveLength(60)
    expect(f.calendar.map(d => d.date)[0]).toBe('2026-09-27')
    expect(f.totals.daysByState).toEqual(expected.daysByState)
    // Hand-counted from the plan's rules, so the plan's own counting is checked too.
    expect(expected.daysByState).toEqual({
      success: 38,
      failed: 7,
      reverted: 1,
      running: 1,
      planned: 0,
      cancelled: 0,
      skipped: 10,
      none: 3
    })
    expect(f.totals.runs).toBe(expected.runs)
    expect(f.totals.runsByStatus).toEqual({
      success: 38,
      failed: 7,
      reverted: 1,
      running: 1,
      planned: 0,
      cancelled: 0
    })
    expect(f.totals.skips).toBe(expected.skips)
    expect(f.totals.allowed).toBe(expected.allowed)
    expect(f.totals.blocked).toBe(expected.blocked)
    expect(f.totals.proposals).toBe(expected.allowed + expected.blocked)
    expect(f.proposalsByDay.reduce((n, d) => n + d.allowed, 0)).toBe(expected.allowed)
    expect(f.totals.violations).toBe(expected.violations)
    expect(Object.fromEntries(f.violationsByRule.map(r => [r.rule, r.violations]))).toEqual(
      expected.violationsByRule
    )
    expect(f.violationsByRule.map(r => r.rule)).toContain('(other)')
    expect(Object.fromEntries(f.actionsByStatus.map(a => [a.status, a.count]))).toEqual(
      expected.actionsByStatus
    )
    expect(f.totals.actions).toBe(expected.allowed)

    expect(f.totals.rollbacks).toBe(1)
    expect(f.rollbacks).toEqual([
      expect.objectContaining({ reason: HOSTILE.reason, actionType: 'pr', actionStatus: 'rolled_back' })
    ])
    const revertedDay = f.calendar.find(d => d.state === 'reverted')!
    expect(f.rollbacks[0].runDate).toBe(revertedDay.date)
  })

  it('shows skipped days with their reasons, and days with nothing as no run', async () => {
    const f = await figures(HISTORY_DAYS, MAIN_REPO)
    const plan = historyPlan()
    for (const [i, d] of plan.entries()) {
      const day = f.calendar[i]
      expect(day.date).toBe(d.date)
      if (d.kind === 'skip') {
        expect(day.state).toBe('skipped')
        expect(day.skipReasons.map(s => s.reason).sort()).toEqual([...d.reasons].sort())
      } else if (d.kind === 'none') {
        expect(day).toMatchObject({ state: 'none', skips: 0 })
      } else {
        expect(day.state).toBe(d.outcome)
      }
    }
    const flagOff = f.calendar.filter(d => d.skipReasons.some(s => s.reason === 'flag-off'))
    expect(flagOff).toHaveLength(4)
  })

  it("reads the flag's history from its events and its metadata", async () => {
    const f = await figures(HISTORY_DAYS, MAIN_REPO)
    expect(f.flags.current).toEqual([
      expect.objectContaining({
        key: 'self_evolution_enabled',
        value: true,
        enabledBy: 'bob',
        disabledBy: 'alice'
      })
    ])
    expect(f.flags.history.map(h => [h.key, h.value, h.by, h.source])).toEqual([
      ['self_evolution_enabled', true, 'bob', 'event'],
      ['self_evolution_enabled', false, 'alice', 'event']
    ])
    expect(f.flags.history[1].reason).toBe(HOSTILE.flagReason)
    expect(f.totals.flagFlips).toBe(expected.globalFlips)
  })

  it('lists the most recent runs, linking only http(s) logs', async () => {
    const f = await figures(HISTORY_DAYS, MAIN_REPO)
    expect(f.recentRuns).toHaveLength(RECENT_RUNS)
    expect(f.recentRuns[0]).toMatchObject({ runDate: '2026-11-25', status: 'running', href: null })
    const dates = f.recentRuns.map(r => r.runDate)
    expect([...dates].sort().reverse()).toEqual(dates)
    for (const r of f.recentRuns.filter(r => r.status !== 'running')) {
      expect(r.href).toMatch(/^https:\/\/github\.com\/octo\/agent\/actions\/runs\/\d+\/attempts\/1$/)
    }
    const all = await figures(HISTORY_DAYS, MAIN_REPO, 1000)
    const hostile = all.recentRuns.find(r => r.runDate === expected.hostileRunDate)!
    expect(hostile).toMatchObject({ logsUrl: HOSTILE.logsUrl, href: null, summary: HOSTILE.summary })
    expect(all.recentRuns).toHaveLength(expected.runs)
  })

  it('counts a shorter window from the same injected today', async () => {
    const f = await figures(14, MAIN_REPO)
    const plan = historyPlan().slice(-14)
    expect(f.window).toEqual({ days: 14, from: plan[0].date, to: '2026-11-25' })
    expect(f.calendar.map(d => d.state)).toEqual(
      plan.map(d => (d.kind === 'run' ? d.outcome : d.kind === 'skip' ? 'skipped' : 'none'))
    )
    const allowed = plan.flatMap(d => (d.kind === 'run' ? d.proposals.filter(p => p.allowed) : [])).length
    expect(f.totals.allowed).toBe(allowed)
    expect(f.totals.rollbacks).toBe(1)
    expect(f.flags.history).toEqual([])
  })
})

describe('every repository', () => {
  it("adds the other repository's run and its flag, which only metadata records", async () => {
    const one = await figures(HISTORY_DAYS, MAIN_REPO)
    const all = await figures(HISTORY_DAYS, null)
    expect(all.repository).toBeNull()
    expect(all.totals.runs).toBe(one.totals.runs + 1)
    expect(all.totals.runsByStatus.failed).toBe(one.totals.runsByStatus.failed + 1)
    expect(all.totals.blocked).toBe(one.totals.blocked + 1)
    expect(all.violationsByRule.find(r => r.rule === 'max-files')?.violations).toBe(1)
    // The other repository failed on a day the main one succeeded: the day shows the worst.
    const day = all.calendar[40]
    expect(day.runs.failed).toBe(1)
    expect(day.state).toBe('failed')
    expect(all.flags.current.map(c => c.key)).toEqual([
      'self_evolution_enabled',
      `self_evolution_enabled:${OTHER_REPO}`
    ])
    expect(all.flags.history).toContainEqual(
      expect.objectContaining({
        key: `self_evolution_enabled:${OTHER_REPO}`,
        value: true,
        by: 'admin',
        source: 'metadata'
      })
    )
  })
})

describe('the empty database', () => {
  it('gives a calendar of days without a run and zero everywhere', async () => {
    await db.close()
    db = await createTestDatabase()
    const f = await figures(30, null)
    expect(f.calendar).toHaveLength(30)
    expect(f.totals.daysByState.none).toBe(30)
    expect(f.totals).toMatchObject({
      runs: 0,
      proposals: 0,
      violations: 0,
      actions: 0,
      rollbacks: 0,
      flagFlips: 0
    })
    expect(f.violationsByRule).toEqual([])
    expect(f.actionsByStatus.map(a => a.count)).toEqual([0, 0, 0, 0, 0, 0])
    expect(f.recentRuns).toEqual([])
    // 0001 seeds the global flag, off.
    expect(f.flags.current).toEqual([
      expect.objectContaining({ key: 'self_evolution_enabled', value: false })
    ])
  })
})
