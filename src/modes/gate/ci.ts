/**
 * Green CI, decided from the check runs and commit statuses on the head SHA, and the wait for
 * pending ones. The decision is pure; the wait takes an injected sleep and clock.
 *
 * One meaning, whatever safetyRails.requiredChecks holds, so that adding a name can only make the
 * gate stricter (the config-loosened rule lets the agent add names, never remove them):
 * - Every check that ran counts and must pass: each check run and each commit status on the head
 *   (success passes; neutral and skipped pass too, unless the check is listed).
 * - Each listed name must also be present (as a check run or a status context) and concluded
 *   success: for a listed check, "skipped" or "neutral" is not success. Listing a name never
 *   excuses any other check.
 * - At least one GitHub Actions check run (app github-actions, after the exclusions below) must be
 *   on the head and not skipped, or CI is ci-missing: a lone commit status or another app's check
 *   is not enough, since a "[skip ci]" marker makes GitHub start no workflow at all while a
 *   third-party check still reports. Green cannot mean that nothing ran.
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

/** A listed name: present and concluded success, worst first (failure, then pending). */
function listedCheck(
  name: string,
  runs: CheckRunFact[],
  statuses: Map<string, StatusFact>
): CiResult['checks'][number] {
  const found: Array<{ state: CiCheckState; detail: string }> = []
  for (const run of runs) if (run.name === name) found.push(checkRunState(run, true))
  const status = statuses.get(name)
  if (status) found.push(statusState(status))
  if (found.length === 0) {
    return {
      name,
      kind: 'required',
      state: 'missing',
      detail: `the required check ${q(name)} is not on the head commit`
    }
  }
  const worst = found.find(f => f.state === 'failure') ?? found.find(f => f.state === 'pending') ?? found[0]
  return { name, kind: 'required', ...worst }
}

/** A GitHub Actions check run that ran (or is running): the proof that a workflow started. */
function actionsRan(runs: CheckRunFact[]): boolean {
  return runs.some(r => isActionsCheck(r) && !(r.status === 'completed' && r.conclusion === 'skipped'))
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
  const listed = new Set(input.requiredChecks)
  const checks: CiResult['checks'] = []
  // The listed names first, each present and concluded success; then every other check that ran.
  for (const name of listed) checks.push(listedCheck(name, runs, statuses))
  for (const run of runs) {
    if (!listed.has(run.name))
      checks.push({ name: run.name, kind: 'check-run', ...checkRunState(run, false) })
  }
  for (const [name, s] of statuses) {
    if (!listed.has(name)) checks.push({ name, kind: 'status', ...statusState(s) })
  }
  const has = (state: CiCheckState) => checks.some(c => c.state === state)
  const state: CiResult['state'] = has('failure')
    ? 'failure'
    : has('pending')
      ? 'pending'
      : has('missing') || !actionsRan(runs)
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
      `Waiting ${Math.round(pause / 1000)} s for ${open.length ? open.map(n => q(n)).join(', ') : 'a GitHub Actions check run'} (${Math.round(waitedMs / 1000)} s of ${Math.round(opts.timeoutMs / 1000)} s so far).`
    )
    await opts.sleep(pause)
    slept += pause
    delay = Math.min(delay * 2, MAX_POLL_DELAY_MS)
  }
}
