/**
 * Green CI, decided from the check runs and commit statuses on the head SHA, and the wait for
 * pending ones. The decision is pure; the wait takes an injected sleep and clock.
 *
 * - With safetyRails.requiredChecks, each named check must be present (as a check run or a
 *   status context) and concluded success; "skipped" or "neutral" is not success.
 * - Without, every other check run and status counts (success, neutral and skipped pass), and
 *   zero checks is ci-missing: green cannot mean that nothing ran.
 * - Left out: the gate's own check runs (any run of the gate's own workflow file, this run
 *   included), and runs started by check_suite or workflow_run events, which attach to the
 *   default branch and cannot turn a pull request's check green.
 * - Of several check runs with one name in one check suite (a re-run), the newest (highest id)
 *   counts; runs of one name in different suites (two workflows with a job "build") each count,
 *   and every one must pass. Of statuses, the latest per context, as GitHub does.
 */
import type { CheckRunFact, CiCheckState, CiResult, StatusFact } from './types.js'

const q = (s: string) => JSON.stringify(s)

/** Events whose workflow runs attach to the default branch: they never make a PR green. */
export const IGNORED_RUN_EVENTS = ['check_suite', 'workflow_run'] as const

export type CiInput = {
  requireGreenCI: boolean
  requiredChecks: string[]
  checkRuns: CheckRunFact[]
  statuses: StatusFact[]
  /** The gate's own workflow file (".github/workflows/self-evolution-gate.yml"), when known. */
  ownWorkflowPath: string
  /** This workflow run (GITHUB_RUN_ID); 0 when unknown. */
  ownRunId: number
}

/** The workflow run id a GitHub Actions check run links to (…/actions/runs/<id>/job/<job>). */
export function runIdOfUrl(url: string | null | undefined): number | undefined {
  if (!url) return undefined
  const m = /\/actions\/runs\/(\d+)(?:[/?#]|$)/.exec(url)
  return m ? Number(m[1]) : undefined
}

export function isActionsCheck(c: CheckRunFact): boolean {
  return c.appSlug === 'github-actions'
}

/** Why a check run does not count, or undefined when it does. */
export function exclusionOf(c: CheckRunFact, own: { path: string; runId: number }): string | undefined {
  if (!isActionsCheck(c)) return undefined
  const runId = c.workflowRun?.id ?? runIdOfUrl(c.detailsUrl) ?? runIdOfUrl(c.htmlUrl)
  if (own.runId && runId === own.runId) return "the gate's own check (this workflow run)"
  const path = c.workflowRun?.path?.replace(/@.*$/, '')
  if (own.path && path === own.path) return `a run of the gate's own workflow ${q(own.path)}`
  const event = c.workflowRun?.event
  if (event && (IGNORED_RUN_EVENTS as readonly string[]).includes(event))
    return `started by a ${event} event, which attaches to the default branch`
  return undefined
}

function checkRunState(c: CheckRunFact, strict: boolean): { state: CiCheckState; detail: string } {
  if (c.status !== 'completed') return { state: 'pending', detail: c.status }
  const conclusion = c.conclusion ?? 'none'
  if (conclusion === 'success') return { state: 'success', detail: 'success' }
  if (!strict && (conclusion === 'neutral' || conclusion === 'skipped'))
    return { state: 'success', detail: conclusion }
  return { state: 'failure', detail: `concluded ${conclusion}${strict ? ', not success' : ''}` }
}

function statusState(s: StatusFact): { state: CiCheckState; detail: string } {
  if (s.state === 'success') return { state: 'success', detail: 'success' }
  if (s.state === 'pending') return { state: 'pending', detail: 'pending' }
  return { state: 'failure', detail: `status ${s.state}` }
}

/**
 * The newest run of each name per check suite (a suite is one app's run on the commit, e.g. one
 * workflow run). A later run in another suite never hides a failed one: both are kept.
 */
function newestPerSuiteAndName(runs: CheckRunFact[]): CheckRunFact[] {
  const byKey = new Map<string, CheckRunFact>()
  for (const r of runs) {
    const suite = r.checkSuiteId ?? `app ${r.appSlug ?? ''}`
    const key = JSON.stringify([suite, r.name])
    const seen = byKey.get(key)
    if (!seen || r.id > seen.id) byKey.set(key, r)
  }
  return [...byKey.values()]
}

function latestPerContext(statuses: StatusFact[]): Map<string, StatusFact> {
  const byContext = new Map<string, StatusFact>()
  for (const s of statuses) {
    const seen = byContext.get(s.context)
    const newer =
      !seen ||
      Date.parse(s.updatedAt) > Date.parse(seen.updatedAt) ||
      (Date.parse(s.updatedAt) === Date.parse(seen.updatedAt) && s.id > seen.id)
    if (newer) byContext.set(s.context, s)
  }
  return byContext
}

export function evaluateCi(input: CiInput): Omit<CiResult, 'waitedMs'> {
  const own = { path: input.ownWorkflowPath, runId: input.ownRunId }
  const excluded: CiResult['excluded'] = []
  const counted: CheckRunFact[] = []
  for (const c of input.checkRuns) {
    const why = exclusionOf(c, own)
    if (why) excluded.push({ name: c.name, why })
    else counted.push(c)
  }
  const runs = newestPerSuiteAndName(counted)
  const statuses = latestPerContext(input.statuses)
  const checks: CiResult['checks'] = []
  const strict = input.requiredChecks.length > 0
  if (strict) {
    for (const name of [...new Set(input.requiredChecks)]) {
      const found: Array<{ state: CiCheckState; detail: string }> = []
      for (const run of runs) if (run.name === name) found.push(checkRunState(run, true))
      const status = statuses.get(name)
      if (status) found.push(statusState(status))
      if (found.length === 0) {
        checks.push({
          name,
          kind: 'required',
          state: 'missing',
          detail: `the required check ${q(name)} is not on the head commit`
        })
        continue
      }
      const worst =
        found.find(f => f.state === 'failure') ?? found.find(f => f.state === 'pending') ?? found[0]
      checks.push({ name, kind: 'required', ...worst })
    }
  } else {
    for (const run of runs) checks.push({ name: run.name, kind: 'check-run', ...checkRunState(run, false) })
    for (const [name, s] of statuses) checks.push({ name, kind: 'status', ...statusState(s) })
  }
  const has = (state: CiCheckState) => checks.some(c => c.state === state)
  const state: CiResult['state'] = has('failure')
    ? 'failure'
    : has('pending')
      ? 'pending'
      : has('missing') || checks.length === 0
        ? 'missing'
        : 'success'
  return {
    required: input.requireGreenCI,
    requiredChecks: [...input.requiredChecks],
    checks,
    excluded,
    state
  }
}

export const FIRST_POLL_DELAY_MS = 10_000
export const MAX_POLL_DELAY_MS = 120_000

/**
 * Read CI until it is decided (success or failure) or `timeoutMs` has passed, sleeping with
 * doubling delays (10 s, 20 s, ... at most 2 min) on the injected clock. Missing checks are
 * waited for too: a workflow may not have registered its checks yet.
 */
export async function waitForCi(opts: {
  read: () => Promise<Omit<CiResult, 'waitedMs'>>
  timeoutMs: number
  sleep: (ms: number) => Promise<void>
  now: () => number
  onWait?: (line: string) => void
}): Promise<CiResult> {
  const started = opts.now()
  let delay = FIRST_POLL_DELAY_MS
  // Time slept counts even when the clock does not move (a frozen clock can never wait forever).
  let slept = 0
  for (;;) {
    const result = await opts.read()
    const waitedMs = Math.max(opts.now() - started, slept)
    const settled = !result.required || result.state === 'success' || result.state === 'failure'
    const left = opts.timeoutMs - waitedMs
    if (settled || left <= 0) return { ...result, waitedMs }
    const pause = Math.min(delay, left)
    const open = result.checks.filter(c => c.state === 'pending' || c.state === 'missing').map(c => c.name)
    opts.onWait?.(
      `Waiting ${Math.round(pause / 1000)} s for ${open.length ? open.map(n => q(n)).join(', ') : 'the first check'} (${Math.round(waitedMs / 1000)} s of ${Math.round(opts.timeoutMs / 1000)} s so far).`
    )
    await opts.sleep(pause)
    slept += pause
    delay = Math.min(delay * 2, MAX_POLL_DELAY_MS)
  }
}
