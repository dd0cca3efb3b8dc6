/**
 * The observatory's figures: the rows of src/db/report.ts turned into what the HTML page, the JSON
 * output and the job summary's chart show. Pure: the window comes from an injected `now`, and the
 * same rows always give the same figures.
 *
 * The calendar gives each UTC day of the window one state:
 *   success, failed, reverted, running, planned, cancelled  the day's run (with several repositories,
 *                                                the worst: reverted, failed, running, planned, cancelled, success)
 *   skipped   no run, but the start recorded why (skip events: flag off, cooldown, a deployment…)
 *   none      no run and nothing recorded (the workflow did not fire, or its runner died before the
 *             start could record anything)
 * skipped and none are both "no run"; they differ only in whether the database knows why.
 *
 * Every text that came from the database (the agent's titles and rule messages, summaries, reasons,
 * URLs, flag metadata) is capped here with forJson; the renderers escape it for their target.
 */
import { ACTION_STATUSES } from '../db/actions.js'
import type { ObservatoryRows } from '../db/report.js'
import { withoutCredentials } from '../text/credentials.js'
import { forJson, LIMITS } from '../text/escape.js'

export const REPORT_SCHEMA = 'self-evolution/report@1'

/** Window bounds for --since, in days. */
export const MIN_DAYS = 1
export const MAX_DAYS = 365
export const DEFAULT_DAYS = 30
/** The job summary's chart. */
export const SUMMARY_DAYS = 14
/** How many of the most recent runs the report lists. */
export const RECENT_RUNS = 30

export const RUN_STATES = ['success', 'failed', 'reverted', 'running', 'planned', 'cancelled'] as const
export type RunState = (typeof RUN_STATES)[number]
export const DAY_STATES = [...RUN_STATES, 'skipped', 'none'] as const
export type DayState = (typeof DAY_STATES)[number]
/** How a day's state is named on the page and in the job summary. */
export const DAY_STATE_LABELS: Record<DayState, string> = {
  success: 'success',
  failed: 'failed',
  reverted: 'reverted',
  running: 'running',
  planned: 'planned',
  cancelled: 'cancelled',
  skipped: 'skipped (no run)',
  none: 'no run'
}
/** Worst first: what a day shows when several repositories ran on it. */
const PRECEDENCE: readonly RunState[] = ['reverted', 'failed', 'running', 'planned', 'cancelled', 'success']

/** The action statuses (src/db/actions.ts), always listed (with 0 when there are none). */
export { ACTION_STATUSES }

export type ReportWindow = { days: number; from: string; to: string }

export type CalendarDay = {
  date: string
  state: DayState
  /** Runs of the day by status (several only with several repositories). */
  runs: Record<RunState, number>
  skips: number
  skipReasons: { reason: string; count: number }[]
}

export type Figures = {
  schema: typeof REPORT_SCHEMA
  generatedAt: string
  repository: string | null
  window: ReportWindow
  totals: {
    runs: number
    runsByStatus: Record<RunState, number>
    daysByState: Record<DayState, number>
    skips: number
    proposals: number
    allowed: number
    blocked: number
    violations: number
    actions: number
    rollbacks: number
    flagFlips: number
    /** Agent steps recorded in the window (metrics.agent; each attempt of a re-claimed day counts). */
    agentRuns: number
    /** The dollars they reported, summed. */
    costUsd: number
    /** The agent's merged pull requests: actions of the window's proposals with status merged. */
    mergedChanges: number
  }
  calendar: CalendarDay[]
  proposalsByDay: { date: string; allowed: number; blocked: number }[]
  violationsByRule: { rule: string; violations: number; proposals: number; example: string }[]
  actionsByStatus: { status: string; count: number }[]
  /** The database's rollback rows, with `createdAt` as an ISO `at`. */
  rollbacks: (Omit<ObservatoryRows['rollbacks'][number], 'createdAt'> & { at: string | null })[]
  flags: {
    current: {
      key: string
      value: boolean
      createdAt: string | null
      enabledAt: string | null
      enabledBy: string | null
      disabledAt: string | null
      disabledBy: string | null
      reason: string | null
    }[]
    /** Newest first: the flips recorded as events, and the last ones the metadata stamps. */
    history: {
      at: string
      key: string
      value: boolean
      previous: boolean | null
      by: string | null
      reason: string | null
      source: 'event' | 'metadata'
    }[]
  }
  /** One entry per UTC day of the window, oldest first: what the agent step reported that day. */
  costPerDay: CostDay[]
  /** Total cost / merged changes; null with no merged change, or when no agent step reported dollars. */
  costPerMergedChange: number | null
  /** Agent steps that reported no dollars (engines that report tokens only). */
  runsWithoutCost: number
  recentRuns: (ObservatoryRows['recentRuns'][number] & {
    /** logsUrl, when it is an http(s) URL that may be linked; null otherwise. */
    href: string | null
  })[]
}

/** The agent's cost on one UTC day. */
export type CostDay = {
  date: string
  /** Dollars reported by the day's agent steps (0 when none reported any). */
  costUsd: number
  /** The day's agent steps, and those of them that reported no dollars. */
  runs: number
  runsWithoutCost: number
  tokens: { input: number; output: number }
}

const DAY_MS = 86_400_000
const DATE = /^\d{4}-\d{2}-\d{2}$/

function utcDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10)
}

/** The last `days` UTC days up to and including the day of `now`. */
export function reportWindow(now: Date, days: number): ReportWindow {
  if (!Number.isInteger(days) || days < MIN_DAYS || days > MAX_DAYS) {
    throw new RangeError(`days must be an integer from ${MIN_DAYS} to ${MAX_DAYS}, got ${days}`)
  }
  const to = utcDay(now.getTime())
  const from = utcDay(Date.parse(`${to}T00:00:00Z`) - (days - 1) * DAY_MS)
  return { days, from, to }
}

/**
 * `--since` as a number of days: `Nd`, N from 1 to 365. Returns an error sentence instead of
 * throwing, so the CLI decides how to report it.
 */
export function parseSince(value: string): { days: number } | { error: string } {
  const m = /^([0-9]{1,3})d$/.exec(value)
  const days = m ? Number(m[1]) : NaN
  if (!m || m[1].startsWith('0') || days < MIN_DAYS || days > MAX_DAYS) {
    return {
      error: `--since "${forJson(value, 40)}" is not valid; expected a number of days from ${MIN_DAYS}d to ${MAX_DAYS}d, such as ${DEFAULT_DAYS}d`
    }
  }
  return { days }
}

/** The figures of `rows` for `window`. */
export function buildFigures(
  rows: ObservatoryRows,
  opts: { now: Date; window: ReportWindow; repository: string | null }
): Figures {
  const { window } = opts
  const dates = windowDates(window)
  const calendar = calendarOf(rows, dates)
  const proposalsOn = new Map(rows.proposalDays.map(p => [p.day, p]))
  const proposalsByDay = dates.map(date => {
    const p = proposalsOn.get(date)
    return { date, allowed: count(p?.allowed), blocked: count(p?.blocked) }
  })
  const violationsByRule = mergeRules(rows.rules)
  const actionsByStatus = actionCounts(rows.actions)
  const flags = flagFigures(rows, window)
  const runsByStatus = zeroRuns()
  for (const day of calendar) for (const s of RUN_STATES) runsByStatus[s] += day.runs[s]
  const daysByState = Object.fromEntries(DAY_STATES.map(s => [s, 0])) as Record<DayState, number>
  for (const day of calendar) daysByState[day.state]++
  const allowed = proposalsByDay.reduce((n, p) => n + p.allowed, 0)
  const blocked = proposalsByDay.reduce((n, p) => n + p.blocked, 0)
  const cost = costFigures(rows, dates)
  return {
    schema: REPORT_SCHEMA,
    generatedAt: opts.now.toISOString(),
    repository: opts.repository,
    window,
    totals: {
      runs: RUN_STATES.reduce((n, s) => n + runsByStatus[s], 0),
      runsByStatus,
      daysByState,
      skips: calendar.reduce((n, d) => n + d.skips, 0),
      proposals: allowed + blocked,
      allowed,
      blocked,
      violations: count(rows.violationsTotal),
      actions: actionsByStatus.reduce((n, a) => n + a.count, 0),
      rollbacks: count(rows.rollbacksTotal),
      flagFlips: flags.history.length,
      agentRuns: cost.agentRuns,
      costUsd: cost.costUsd,
      mergedChanges: cost.mergedChanges
    },
    calendar,
    proposalsByDay,
    violationsByRule,
    actionsByStatus,
    rollbacks: rows.rollbacks.map(rollbackFigure),
    flags,
    costPerDay: cost.costPerDay,
    costPerMergedChange: cost.costPerMergedChange,
    runsWithoutCost: cost.runsWithoutCost,
    recentRuns: rows.recentRuns.map(recentRunFigure)
  }
}

/**
 * The agent's cost: per day, in total, and per merged change. A day's dollars are what its agent
 * steps reported; a step that reported none (an engine that reports tokens only, with no price
 * configured) is counted apart, never as $0 of a change.
 */
function costFigures(rows: ObservatoryRows, dates: string[]) {
  const on = new Map(rows.agentDays.map(d => [d.day, d]))
  const costPerDay: CostDay[] = dates.map(date => {
    const d = on.get(date)
    const runs = count(d?.runs)
    return {
      date,
      costUsd: usd(d?.costUsd) ?? 0,
      runs,
      runsWithoutCost: Math.max(0, runs - count(d?.costed)),
      tokens: { input: count(d?.inputTokens), output: count(d?.outputTokens) }
    }
  })
  const agentRuns = costPerDay.reduce((n, d) => n + d.runs, 0)
  const runsWithoutCost = costPerDay.reduce((n, d) => n + d.runsWithoutCost, 0)
  const costUsd = roundUsd(costPerDay.reduce((n, d) => n + d.costUsd, 0))
  const mergedChanges = count(rows.mergedChanges)
  const costed = agentRuns - runsWithoutCost
  const costPerMergedChange = mergedChanges > 0 && costed > 0 ? roundUsd(costUsd / mergedChanges) : null
  return { costPerDay, costPerMergedChange, runsWithoutCost, agentRuns, costUsd, mergedChanges }
}

/** Dollars to the micro-dollar. */
function roundUsd(v: number): number {
  return Math.round(v * 1e6) / 1e6
}

/** A non-negative finite amount of dollars, or null, whatever the driver handed over. */
function usd(v: unknown): number | null {
  if (v === null || v === undefined || v === '') return null
  const x = Number(v)
  return Number.isFinite(x) && x >= 0 ? roundUsd(x) : null
}

/** One line for a terminal or a summary: the window's agent cost, per merged change, and the runs without one. */
export function describeCost(
  f: Pick<Figures, 'totals' | 'window' | 'costPerMergedChange' | 'runsWithoutCost'>
): string {
  const t = f.totals
  if (t.agentRuns === 0) return `Agent cost: no agent step recorded in ${f.window.days} day(s).`
  const perChange =
    t.mergedChanges === 0
      ? 'no merged change yet'
      : f.costPerMergedChange === null
        ? `${t.mergedChanges} merged change(s), no reported cost`
        : `${formatUsd(f.costPerMergedChange)} per merged change (${t.mergedChanges} merged)`
  const without =
    f.runsWithoutCost > 0
      ? `; ${f.runsWithoutCost} run(s) without a reported cost (engines that report tokens only)`
      : ''
  return `Agent cost: ${formatUsd(t.costUsd)} over ${t.agentRuns} agent run(s) in ${f.window.days} day(s); ${perChange}${without}.`
}

/** Dollars for a reader: cents from a dollar up, four decimals below (a run often costs cents). */
export function formatUsd(v: number): string {
  if (!Number.isFinite(v) || v < 0) return '$?'
  return v >= 1 || v === 0 ? `$${v.toFixed(2)}` : `$${v.toFixed(4)}`
}

/**
 * The rows with one of `runDate`'s running runs counted as `status`: main draws the job summary
 * before post closes its own run, and the strip must show the run it sits under as it ends.
 */
export function settleRun(
  rows: ObservatoryRows,
  run: { runDate: string; status: RunState }
): ObservatoryRows {
  const i = rows.runDays.findIndex(r => r.day === run.runDate && r.status === 'running' && count(r.runs) > 0)
  if (i < 0) return rows
  const runDays = rows.runDays.map((r, j) => (j === i ? { ...r, runs: count(r.runs) - 1 } : r))
  return { ...rows, runDays: [...runDays, { day: run.runDate, status: run.status, runs: 1 }] }
}

/** Each day of the window with its state, its runs by status and its skips by reason. */
function calendarOf(rows: ObservatoryRows, dates: string[]): CalendarDay[] {
  const inWindow = new Set(dates)
  const runsOn = new Map<string, Record<RunState, number>>()
  for (const r of rows.runDays) {
    if (!inWindow.has(r.day) || !isRunState(r.status)) continue
    const day = runsOn.get(r.day) ?? zeroRuns()
    day[r.status] += count(r.runs)
    runsOn.set(r.day, day)
  }
  const skipsOn = new Map<string, Map<string, number>>()
  for (const s of rows.skipDays) {
    if (!inWindow.has(s.day)) continue
    const reasons = skipsOn.get(s.day) ?? new Map<string, number>()
    const reason = forJson(s.reason || '(no reason)', 100)
    reasons.set(reason, (reasons.get(reason) ?? 0) + count(s.skips))
    skipsOn.set(s.day, reasons)
  }
  return dates.map(date => {
    const runs = runsOn.get(date) ?? zeroRuns()
    const reasons = skipsOn.get(date) ?? new Map<string, number>()
    const skipReasons = [...reasons]
      .map(([reason, n]) => ({ reason, count: n }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
    const skips = skipReasons.reduce((n, s) => n + s.count, 0)
    const ran = PRECEDENCE.find(s => runs[s] > 0)
    return { date, state: ran ?? (skips > 0 ? 'skipped' : 'none'), runs, skips, skipReasons }
  })
}

function rollbackFigure(b: ObservatoryRows['rollbacks'][number]): Figures['rollbacks'][number] {
  return {
    id: b.id,
    at: iso(b.createdAt),
    reason: forJson(b.reason ?? '', LIMITS.description),
    actionId: b.actionId,
    actionType: forJson(b.actionType ?? '', 50),
    actionStatus: forJson(b.actionStatus ?? '', 50),
    proposalId: b.proposalId ?? null,
    proposalTitle: b.proposalTitle === null ? null : forJson(b.proposalTitle, LIMITS.title),
    runId: b.runId ?? null,
    runDate: b.runDate ?? null,
    repository: b.repository === null ? null : forJson(b.repository, 200)
  }
}

function recentRunFigure(r: ObservatoryRows['recentRuns'][number]): Figures['recentRuns'][number] {
  return {
    id: r.id,
    repository: forJson(r.repository, 200),
    runDate: r.runDate,
    status: forJson(r.status, 20),
    startedAt: iso(r.startedAt),
    finishedAt: iso(r.finishedAt),
    summary: r.summary === null ? null : forJson(r.summary, LIMITS.description),
    logsUrl: r.logsUrl === null ? null : forJson(withoutCredentials(r.logsUrl, '***'), LIMITS.description),
    href: safeHttpUrl(r.logsUrl),
    proposalsAllowed: count(r.proposalsAllowed),
    proposalsBlocked: count(r.proposalsBlocked),
    attempt: Math.max(1, count(r.attempt)),
    earlierAttempts: (r.earlierAttempts ?? []).map(e => ({
      attempt: count(e.attempt),
      status: e.status === null ? null : forJson(e.status, 20),
      finishedAt: iso(e.finishedAt),
      allowed: count(e.allowed),
      blocked: count(e.blocked)
    }))
  }
}

function windowDates(window: ReportWindow): string[] {
  const first = Date.parse(`${window.from}T00:00:00Z`)
  return Array.from({ length: window.days }, (_, i) => utcDay(first + i * DAY_MS))
}

function zeroRuns(): Record<RunState, number> {
  return { success: 0, failed: 0, reverted: 0, running: 0, planned: 0, cancelled: 0 }
}

function isRunState(s: string): s is RunState {
  return (RUN_STATES as readonly string[]).includes(s)
}

/** A non-negative integer, whatever the driver handed over. */
function count(n: unknown): number {
  const v = Number(n)
  return Number.isSafeInteger(v) && v > 0 ? v : 0
}

/** A timestamp as ISO 8601 UTC, or null. */
function iso(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  const t = value instanceof Date ? value.getTime() : Date.parse(String(value))
  return Number.isNaN(t) ? null : new Date(t).toISOString()
}

/** A rule id as the policy engine writes them (`path-blocked`, `diff-cap`); anything else is "(other)". */
const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/
export const OTHER_RULE = '(other)'

function mergeRules(rules: ObservatoryRows['rules']): Figures['violationsByRule'] {
  const merged = new Map<string, Figures['violationsByRule'][number]>()
  for (const r of rules) {
    const rule = RULE_ID.test(r.rule.trim()) ? r.rule.trim() : OTHER_RULE
    const seen = merged.get(rule)
    if (seen) {
      seen.violations += count(r.violations)
      seen.proposals += count(r.proposals)
    } else {
      merged.set(rule, {
        rule,
        violations: count(r.violations),
        proposals: count(r.proposals),
        example: forJson(r.example ?? '', LIMITS.message)
      })
    }
  }
  return [...merged.values()].sort((a, b) => b.violations - a.violations || a.rule.localeCompare(b.rule))
}

function actionCounts(actions: ObservatoryRows['actions']): Figures['actionsByStatus'] {
  const counts = new Map<string, number>(ACTION_STATUSES.map(s => [s, 0]))
  for (const a of actions) {
    const status = forJson(a.status, 30)
    counts.set(status, (counts.get(status) ?? 0) + count(a.actions))
  }
  return [...counts].map(([status, n]) => ({ status, count: n }))
}

function text(value: unknown, max: number): string | null {
  return typeof value === 'string' && value !== '' ? forJson(value, max) : null
}

/**
 * The flag's history: every flip recorded as a `flag` event (setFlag writes one with who and why),
 * and the flips the flags' metadata stamps (enabledAt/enabledBy, disabledAt/disabledBy) that no event
 * records, such as a flag turned on with the original system's INSERT … metadata '{"enabledAt": …}'. Only flips
 * inside the window are listed; the current state is always shown.
 */
function flagFigures(rows: ObservatoryRows, window: ReportWindow): Figures['flags'] {
  const first = Date.parse(`${window.from}T00:00:00Z`)
  const end = Date.parse(`${window.to}T00:00:00Z`) + DAY_MS
  const inWindow = (at: string | null): at is string =>
    at !== null && Date.parse(at) >= first && Date.parse(at) < end

  const current = rows.flags.map(f => {
    const m = (f.metadata && typeof f.metadata === 'object' ? f.metadata : {}) as Record<string, unknown>
    return {
      key: forJson(f.key, 300),
      value: f.value === true,
      createdAt: iso(f.createdAt),
      enabledAt: text(m.enabledAt, 60),
      enabledBy: text(m.enabledBy, LIMITS.label),
      disabledAt: text(m.disabledAt, 60),
      disabledBy: text(m.disabledBy, LIMITS.label),
      reason: text(m.reason, LIMITS.message)
    }
  })
  const history: Figures['flags']['history'] = []
  for (const e of rows.flagEvents) {
    const at = iso(e.at)
    if (!inWindow(at) || typeof e.value !== 'boolean') continue
    history.push({
      at,
      key: forJson(e.key ?? '', 300),
      value: e.value,
      previous: typeof e.previous === 'boolean' ? e.previous : null,
      by: text(e.by, LIMITS.label),
      reason: text(e.reason, LIMITS.message),
      source: 'event'
    })
  }
  for (const f of current) {
    for (const [value, at, by] of [
      [true, iso(f.enabledAt), f.enabledBy],
      [false, iso(f.disabledAt), f.disabledBy]
    ] as const) {
      if (!inWindow(at)) continue
      const recorded = history.some(
        h => h.source === 'event' && h.key === f.key && h.value === value && h.at === at
      )
      if (recorded) continue
      history.push({ at, key: f.key, value, previous: null, by, reason: null, source: 'metadata' })
    }
  }
  history.sort((a, b) => b.at.localeCompare(a.at) || a.key.localeCompare(b.key))
  return { current, history }
}

/** A link target for a run's logs: http(s) only (never javascript:, data: or a relative path). */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value || value.length > LIMITS.description) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (url.username || url.password) return null
  return url.href
}

/** Whether a string is a UTC day as the figures hold them (for renderers that must not trust input). */
export function isDate(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
}
