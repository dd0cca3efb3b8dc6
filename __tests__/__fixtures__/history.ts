/**
 * Sixty days of realistic history for the observatory's tests (unit, integration and browser):
 * daily runs that succeed, fail, are reverted or are still running; days skipped with their reasons
 * (flag off, cooldown, a deployment) and days with nothing at all; a flag turned off and on again;
 * proposals allowed and blocked with the policy engine's rule ids; actions in every status of
 * migrations 0001 and 0002; a revert with its rollback row; a second repository; runs outside the
 * window; and hostile text (script tags, quotes, a javascript: URL) where the agent writes text.
 *
 * The seeder goes through the real modules where they exist (setFlag, claimRun, recordJudgement,
 * finishRun, recordEvent), and plain INSERT/UPDATE for what no module writes yet (action status
 * changes, rollbacks, reverted runs). It counts what it plans as it goes: `expected` is what the
 * report must show for the main repository over the 60 days, computed from the plan, not the database.
 */
import type postgres from 'postgres'
import { setFlag } from '../../src/db/flags.js'
import { claimRun, finishRun } from '../../src/db/runs.js'
import { recordJudgement, type JudgedProposal } from '../../src/db/proposals.js'
import { recordEvent } from '../../src/db/events.js'

export const HISTORY_NOW = new Date('2026-11-25T12:00:00Z')
export const HISTORY_DAYS = 60
export const MAIN_REPO = 'octo/agent'
export const OTHER_REPO = 'octo/other'

/** Hostile strings the seed writes where the agent (or a broken tool) writes text. */
export const HOSTILE = {
  title: '<script>alert("title")</script> Fix "quotes" & \'apostrophes\'',
  summary: '</td></tr></table><script>alert(1)</script><img src=x onerror=alert(2)>',
  logsUrl: 'javascript:alert(document.domain)',
  reason: '"><svg onload=alert(3)> rolled back: <b>bad</b>',
  ruleDetail: 'blocked-path: .github/workflows/<script>evil()</script>.yml is blocked',
  flagReason: '<iframe src="https://evil.example/"></iframe>',
  /** Not a rule id: the report counts it under "(other)". */
  ruleId: '<img src=x onerror=alert(4)>: not a rule id'
} as const

const DAY_MS = 86_400_000
const dateOf = (t: number) => new Date(t).toISOString().slice(0, 10)
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00Z`)

type RunOutcome = 'success' | 'failed' | 'reverted' | 'running'
type DayPlan =
  | { date: string; kind: 'run'; outcome: RunOutcome; proposals: PlannedProposal[] }
  | { date: string; kind: 'skip'; reasons: string[] }
  | { date: string; kind: 'none' }

type PlannedProposal = {
  title: string
  type: 'capability' | 'prompt' | 'persona' | 'cleanup' | 'wildcard'
  allowed: boolean
  reasons: string[]
  /** The action's final status (allowed proposals only). */
  status?: 'planned' | 'submitted' | 'merged' | 'rolled_back' | 'closed' | 'failed'
}

export type Expected = {
  days: number
  daysByState: Record<
    'success' | 'failed' | 'reverted' | 'running' | 'planned' | 'cancelled' | 'skipped' | 'none',
    number
  >
  runs: number
  skips: number
  allowed: number
  blocked: number
  violations: number
  violationsByRule: Record<string, number>
  actionsByStatus: Record<string, number>
  rollbacks: number
  rollbackReasons: string[]
  /** Flips of the global flag inside the window (events). */
  globalFlips: number
  /** The javascript: URL's run, and the runs whose logs_url is https. */
  hostileRunDate: string
}

const STATUS_CYCLE = ['merged', 'submitted', 'planned', 'closed', 'merged', 'failed'] as const

/** The plan of the main repository's 60 days, oldest first. Pure. */
export function historyPlan(now: Date = HISTORY_NOW): DayPlan[] {
  const today = Date.parse(`${dateOf(now.getTime())}T00:00:00Z`)
  const plan: DayPlan[] = []
  let statusTurn = 0
  for (let i = 0; i < HISTORY_DAYS; i++) {
    const date = dateOf(today - (HISTORY_DAYS - 1 - i) * DAY_MS)
    const last = i === HISTORY_DAYS - 1
    if (!last && i >= 20 && i <= 23) {
      plan.push({ date, kind: 'skip', reasons: ['flag-off'] })
      continue
    }
    if (!last && i % 9 === 4) {
      plan.push({ date, kind: 'skip', reasons: i % 2 ? ['deployment-active', 'ci-active'] : ['cooldown'] })
      continue
    }
    if (!last && i % 13 === 7) {
      plan.push({ date, kind: 'none' })
      continue
    }
    const outcome: RunOutcome = last ? 'running' : i === 50 ? 'reverted' : i % 8 === 3 ? 'failed' : 'success'
    const proposals: PlannedProposal[] = []
    const count = outcome === 'failed' ? 0 : 1 + (i % 3)
    for (let k = 0; k < count; k++) {
      const blocked = (i + k) % 4 === 0
      const reasons = blocked
        ? k % 2
          ? ['risk-too-high: risk 4 is above the maximum 2']
          : [
              i === 12 ? HOSTILE.ruleDetail : `blocked-path: .github/workflows/ci-${i}.yml is blocked`,
              'max-lines: 812 lines changed, the cap is 500',
              ...(i === 16 ? [HOSTILE.ruleId] : [])
            ]
        : []
      const title = i === 30 && k === 0 ? HOSTILE.title : `Proposal ${k + 1} of ${date}`
      const p: PlannedProposal = {
        title,
        type: k === 0 ? 'prompt' : 'capability',
        allowed: !blocked,
        reasons
      }
      if (!blocked) {
        p.status =
          outcome === 'reverted' && proposals.every(q => !q.status)
            ? 'rolled_back'
            : STATUS_CYCLE[statusTurn++ % STATUS_CYCLE.length]
      }
      proposals.push(p)
    }
    plan.push({ date, kind: 'run', outcome, proposals })
  }
  return plan
}

/** What the report must show for MAIN_REPO over the 60 days, counted from the plan. */
export function expectedFor(plan: DayPlan[]): Expected {
  const daysByState: Expected['daysByState'] = {
    success: 0,
    failed: 0,
    reverted: 0,
    running: 0,
    planned: 0,
    cancelled: 0,
    skipped: 0,
    none: 0
  }
  const violationsByRule: Record<string, number> = {}
  const actionsByStatus: Record<string, number> = {
    planned: 0,
    submitted: 0,
    merged: 0,
    rolled_back: 0,
    closed: 0,
    failed: 0
  }
  let skips = 0
  let allowed = 0
  let blocked = 0
  let violations = 0
  for (const d of plan) {
    if (d.kind === 'none') daysByState.none++
    else if (d.kind === 'skip') {
      daysByState.skipped++
      skips += d.reasons.length
    } else {
      daysByState[d.outcome]++
      for (const p of d.proposals) {
        if (p.allowed) {
          allowed++
          actionsByStatus[p.status!]++
        } else blocked++
        for (const r of p.reasons) {
          violations++
          const id = r.split(':')[0]
          const rule = /^[a-z0-9-]+$/.test(id) ? id : '(other)'
          violationsByRule[rule] = (violationsByRule[rule] ?? 0) + 1
        }
      }
    }
  }
  const runs = plan.filter(d => d.kind === 'run').length
  return {
    days: HISTORY_DAYS,
    daysByState,
    runs,
    skips,
    allowed,
    blocked,
    violations,
    violationsByRule,
    actionsByStatus,
    rollbacks: 1,
    rollbackReasons: [HOSTILE.reason],
    globalFlips: 2,
    hostileRunDate: plan.find(d => d.kind === 'run' && d.outcome === 'failed')!.date
  }
}

type Sql = postgres.Sql

/** Seed the history; returns what the report must show for MAIN_REPO over HISTORY_DAYS days. */
export async function seedHistory(sql: Sql, now: Date = HISTORY_NOW): Promise<Expected> {
  const plan = historyPlan(now)
  const expected = expectedFor(plan)
  const first = plan[0].date
  const beforeWindow = (days: number) => dateOf(Date.parse(`${first}T00:00:00Z`) - days * DAY_MS)

  // The global flag: on before the window, off for four days inside it, then on again.
  await setFlag(sql, { value: true, by: 'admin', now: at(beforeWindow(5), '00:00') })
  const offDay = plan[20].date
  const onDay = plan[24].date
  // Runs outside the window, and a run of another repository, must not be counted.
  for (const [repository, date] of [
    [MAIN_REPO, beforeWindow(1)],
    [MAIN_REPO, beforeWindow(4)],
    [OTHER_REPO, plan[40].date]
  ] as const) {
    await seedRun(sql, repository, date, 'failed', [
      { title: 'outside', type: 'cleanup', allowed: false, reasons: ['max-files: 12 files, the cap is 10'] }
    ])
  }
  for (const d of plan) {
    if (d.date === offDay) {
      await setFlag(sql, { value: false, by: 'alice', reason: HOSTILE.flagReason, now: at(offDay, '01:00') })
    }
    if (d.date === onDay) {
      await setFlag(sql, { value: true, by: 'bob', reason: 'maintenance over', now: at(onDay, '01:00') })
    }
    if (d.kind === 'none') continue
    if (d.kind === 'skip') {
      for (const [k, reason] of d.reasons.entries()) {
        await recordEvent(sql, {
          repository: MAIN_REPO,
          kind: 'skip',
          reason,
          githubRunId: 5000 + k,
          detail: { detail: `skipped: ${reason}` },
          at: at(d.date, `02:0${k}`)
        })
      }
      continue
    }
    await seedRun(sql, MAIN_REPO, d.date, d.outcome, d.proposals, d.date === expected.hostileRunDate)
  }
  // A flag written by hand the original system's way: metadata only, no event.
  await sql`
    INSERT INTO feature_flags (key, value, metadata, created_at)
    VALUES (${`self_evolution_enabled:${OTHER_REPO}`}, true,
            ${sql.json({ enabledAt: at(plan[30].date, '09:00').toISOString(), enabledBy: 'admin' })},
            ${at(plan[30].date, '09:00')})
  `
  return expected
}

async function seedRun(
  sql: Sql,
  repository: string,
  date: string,
  outcome: RunOutcome,
  proposals: PlannedProposal[],
  hostile = false
): Promise<void> {
  const claim = await claimRun(sql, {
    repository,
    runDate: date,
    now: at(date, '02:10'),
    force: false,
    holder: {
      githubRunId: `9${date.replace(/-/g, '')}`,
      attempt: 1,
      event: 'schedule',
      sha: 'abc',
      dryRun: false
    }
  })
  if (!claim.claimed) throw new Error(`seed: could not claim ${repository} ${date}: ${claim.reason}`)
  const runId = claim.runId
  const judged: JudgedProposal[] = proposals.map(p => ({
    type: p.type,
    title: p.title,
    description: `Why: ${p.title}`,
    riskLevel: p.allowed ? 1 : 4,
    effort: 1,
    allowed: p.allowed,
    blockedReasons: p.reasons,
    action: p.allowed ? { actionType: 'pr', payload: { branch: `self-evolution/${date}-${p.type}` } } : null
  }))
  const recorded = await recordJudgement(sql, { runId, repository, runDate: date, proposals: judged })
  for (const [k, p] of proposals.entries()) {
    const actionId = recorded.actionIds[k]
    if (actionId === null || !p.status || p.status === 'planned') continue
    await sql`
      UPDATE self_evolution_actions SET status = ${p.status}, updated_at = ${at(date, '05:00')} WHERE id = ${actionId}
    `
    if (p.status === 'rolled_back') {
      await sql`
        INSERT INTO self_evolution_rollbacks (action_id, reason, created_at)
        VALUES (${actionId}, ${HOSTILE.reason}, ${at(date, '06:00')})
      `
    }
  }
  if (outcome === 'running') return
  await finishRun(sql, {
    runId,
    status: outcome === 'failed' ? 'failed' : 'success',
    summary: hostile ? HOSTILE.summary : `${outcome}: judged ${proposals.length} proposal(s).`,
    logsUrl: hostile
      ? HOSTILE.logsUrl
      : `https://github.com/${repository}/actions/runs/9${date.replace(/-/g, '')}/attempts/1`,
    now: at(date, '02:20')
  })
  if (outcome === 'reverted') {
    await sql`UPDATE self_evolution_runs SET status = 'reverted' WHERE id = ${runId}`
  }
}
