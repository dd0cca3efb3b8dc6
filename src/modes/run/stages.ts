/**
 * The run mode's three stages. pre: jitter, gates, claim. main: judge and record (and the start
 * itself when pre did not run, as with `uses: ./`). post: finalize the run row and upload the
 * artifact; post never fails the job for its own problems. src/modes/index.ts picks the mode and
 * reads the inputs.
 */
import { join } from 'node:path'
import { readInputs, type Inputs } from '../../runtime/inputs.js'
import {
  loadInterrupted,
  loadMain,
  loadStart,
  saveMain,
  saveStart,
  type MainState,
  type StartState
} from '../../runtime/state.js'
import { checkpoint, Interrupted, type InterruptSignal } from '../../runtime/interrupt.js'
import { finishRun, getRun, recordAgent } from '../../db/runs.js'
import type { Queryable } from '../../db/client.js'
import { forLog } from '../../text/escape.js'
import { annotate, publishReport, type ReportInput, type ReportVerdict } from '../../report/summary.js'
import { skipAdvice } from '../../runtime/surface.js'
import { DEFAULT_CONFIG_PATH } from '../../config/schema.js'
import { artifactName, uploadRunArtifact, writeRunFiles, ARTIFACT_FILES } from '../../report/artifacts.js'
import { readCommittedConfig, type LoadedConfig } from '../../config/source.js'
import { logsUrl } from '../../runtime/context.js'
import { errorLine, reportDir, type StageResult } from '../../runtime/stage.js'
import type { LifecycleDeps } from '../../runtime/deps.js'
import { FAILING_SKIPS, startRun } from '../../daily/start.js'
import type { Judgement, LoadedProposals } from '../../daily/judge.js'
import type { ActResult } from './act/index.js'
import { summaryTrend, writeHtmlReport } from './observatory.js'

type Claimed = Extract<StartState, { kind: 'claimed' }>
type Skipped = Extract<StartState, { kind: 'skipped' }>

/** pre in run mode; the caller fails the job on a throw. */
export async function runPre(deps: LifecycleDeps, inputs: Inputs): Promise<StageResult> {
  if (inputs.runId !== undefined) {
    const message = `pre does nothing with run-id: the plan job claimed run ${inputs.runId}, and main continues it.`
    deps.host.info(message)
    return { status: 'skipped', message }
  }
  const outcome = await startRun(deps, inputs)
  saveStart(deps.host, outcome)
  // The claim is in the state: from here an interruption leaves post a run to close as cancelled.
  if (outcome.kind === 'claimed') await checkpoint(deps, 'after-claim')
  if (outcome.kind === 'skipped' && FAILING_SKIPS.has(outcome.reason)) {
    // The job stops here (main does not run after a failed pre), so pre explains itself.
    await publishReport(deps.host, skipReport(deps, outcome))
    setOutputs(deps, {
      status: 'skipped',
      skipReason: outcome.reason,
      allowed: 0,
      blocked: 0,
      reportPath: ''
    })
  }
  return announceStart(deps, outcome, true)
}

/**
 * The start's outcome as a stage result; `announce`: say it (a notice, or the failure), which only the
 * stage that decided does, so a skip pre decided is not said again by main.
 */
export function announceStart(deps: LifecycleDeps, s: StartState, announce: boolean): StageResult {
  if (s.kind === 'claimed') return { status: 'success' }
  const advice = adviceFor(deps, s)
  const line = `Skipped: ${s.reason} (${forLog(s.detail)})${advice ? `. ${forLog(advice, 1000)}` : ''}`
  if (FAILING_SKIPS.has(s.reason)) {
    if (announce) deps.host.setFailed(line)
    return { status: 'failed', message: line }
  }
  if (announce) deps.host.notice(line)
  return { status: 'skipped', message: line }
}

/** What to do after this skip, in the words of the interface in use. */
function adviceFor(deps: LifecycleDeps, s: Skipped): string | undefined {
  return skipAdvice(deps.host.surface, s.reason, {
    configPath: deps.host.getInput('config-path') || DEFAULT_CONFIG_PATH,
    repository: deps.ctx.repository
  })
}

export function skipReport(deps: LifecycleDeps, s: Skipped): ReportInput {
  return {
    status: 'skipped',
    repository: deps.ctx.repository,
    skipReason: s.reason,
    detail: s.detail,
    advice: adviceFor(deps, s),
    gates: s.gates,
    verdicts: []
  }
}

export function setOutputs(
  deps: LifecycleDeps,
  o: {
    runId?: number
    status: string
    skipReason?: string
    allowed: number
    blocked: number
    reportPath: string
  }
) {
  deps.host.setOutput('run-id', o.runId ? String(o.runId) : '')
  deps.host.setOutput('status', o.status)
  deps.host.setOutput('skip-reason', o.skipReason ?? '')
  deps.host.setOutput('proposals-allowed', String(o.allowed))
  deps.host.setOutput('proposals-blocked', String(o.blocked))
  deps.host.setOutput('report-path', o.reportPath)
}

/** How far main got: its failure report keeps what acting did (a pull request may be open). */
export type MainProgress = { t0: number; start?: StartState; actNotes: string[] }

/** main in run mode: reports its own failures. */
export async function runMain(deps: LifecycleDeps, inputs: Inputs): Promise<StageResult> {
  const progress: MainProgress = { t0: deps.now().getTime(), actNotes: [] }
  try {
    if (inputs.runId !== undefined) {
      const { continueClaimed } = await import('./continue.js')
      return await continueClaimed(deps, inputs, progress)
    }
    const fromPre = loadStart(deps.host)
    const start = (progress.start = fromPre ?? (await startInMain(deps, inputs, progress)))
    if (start.kind === 'skipped') return await reportSkip(deps, start, !fromPre)
    return await judgeClaimed(deps, inputs, start, progress)
  } catch (error) {
    return mainFailed(deps, error, progress)
  }
}

/** The start itself, when pre did not run. */
export async function startInMain(
  deps: LifecycleDeps,
  inputs: Inputs,
  progress: MainProgress
): Promise<StartState> {
  deps.host.info('No state from pre (it does not run for `uses: ./`); main performs the start itself.')
  const outcome = await startRun(deps, inputs)
  saveStart(deps.host, outcome)
  // Known before the checkpoint: an interruption there still names the run it claimed.
  progress.start = outcome
  if (outcome.kind === 'claimed') await checkpoint(deps, 'after-claim')
  return outcome
}

export async function reportSkip(
  deps: LifecycleDeps,
  start: Skipped,
  announce: boolean
): Promise<StageResult> {
  const dir = reportDir(deps, `self-evolution-skipped-${deps.ctx.githubRunId || 'local'}`)
  const report = await publishReport(deps.host, skipReport(deps, start))
  await writeRunFiles(dir, { 'report.md': report })
  const reportPath = join(dir, 'report.md')
  setOutputs(deps, { status: 'skipped', skipReason: start.reason, allowed: 0, blocked: 0, reportPath })
  saveMain(deps.host, {
    completed: true,
    counts: { allowed: 0, blocked: 0, total: 0 },
    reportDir: dir,
    failure: '',
    timings: start.timings
  })
  return announceStart(deps, start, announce)
}

/** What judging a claimed run produced, for its report. */
type Judged = {
  judgement: Judgement
  acted?: ActResult
  trend: Awaited<ReturnType<typeof summaryTrend>>
  /** Who judged the patches, when there were any. */
  readerNote?: string
}

/**
 * The committed config, as the claim judged it: a config that changed since the start (another
 * commit, an edited file) is refused, never used to `verb` the run.
 */
export async function readClaimedConfig(
  deps: LifecycleDeps,
  inputs: Inputs,
  claimed: Claimed,
  verb: 'judge' | 'reflect'
): Promise<LoadedConfig> {
  const committed = await readCommittedConfig(deps, inputs)
  if (committed.digest !== claimed.configDigest) {
    throw new Error(
      `The committed config main read (${forLog(committed.origin)}) differs from the one the start judged; refusing to ${verb} with a config that changed mid-run.`
    )
  }
  return committed
}

/** `committed`: the config this job already read and checked (a continued run reads it first). */
export async function judgeClaimed(
  deps: LifecycleDeps,
  inputs: Inputs,
  claimed: Claimed,
  progress: MainProgress,
  committed?: LoadedConfig
): Promise<StageResult> {
  committed ??= await readClaimedConfig(deps, inputs, claimed, 'judge')
  // The policy engine is loaded only for a claimed run: a skip never pays for it.
  const { describePatchJudgement, loadProposals } = await import('../../daily/judge.js')
  const loaded = await loadProposals(inputs, deps.ctx.workspace, committed.text, inputs.configPath, {
    onGitHub: deps.ctx.onGitHub,
    surface: deps.host.surface
  })
  // Which reader judged the patches goes to the log and the report.
  const readerNote =
    loaded.judgement && loaded.proposals.some(p => p.patch !== undefined)
      ? describePatchJudgement(loaded.judgement)
      : undefined
  if (readerNote) deps.host.info(forLog(readerNote))
  const judged = { ...(await judgeAndAct(deps, inputs, claimed, committed, loaded, progress)), readerNote }
  for (const note of judged.acted?.notes ?? []) deps.host.info(forLog(note))
  if (judged.acted?.failure) throw new Error(judged.acted.failure)
  return await reportSuccess(deps, claimed, judged, progress.t0)
}

/** Judge, record and act on one connection; then the trend for the summary. */
async function judgeAndAct(
  deps: LifecycleDeps,
  inputs: Inputs,
  claimed: Claimed,
  committed: LoadedConfig,
  loaded: LoadedProposals,
  progress: MainProgress
): Promise<Judged> {
  const { judgeAndRecord } = await import('../../daily/judge.js')
  const db = await deps.openDatabase(inputs.databaseUrl)
  try {
    // What the agent step spent, whatever the verdict: the observatory's cost per day reads it.
    if (loaded.agent) await recordAgent(db.sql, claimed.runId, loaded.agent)
    const config = committed.config
    // Live runs act on allowed proposals (act/); the dry-run path loads only the pure planner.
    const actor = claimed.dryRun
      ? undefined
      : await (await import('./act/index.js')).prepareActor(deps, { sql: db.sql, config, inputs, claimed })
    const judgement = await judgeAndRecord({
      db,
      config,
      configPath: inputs.configPath,
      runId: claimed.runId,
      repository: claimed.repository,
      runDate: claimed.runDate,
      dryRun: claimed.dryRun,
      loaded,
      // A dry run records why nothing acts too, from the pure planner alone.
      planActions: actor ? actor.plan : (await import('./act/plan.js')).dryRunPlanner(),
      // An interruption here rolls the whole record back.
      beforeCommit: () => checkpoint(deps, 'recording')
    })
    // Nothing is written to GitHub after an interruption.
    await checkpoint(deps, 'before-act')
    const acted = actor ? await actor.execute(judgement.proposals) : undefined
    progress.actNotes = acted?.notes ?? []
    return { judgement, acted, trend: await trendOf(deps, db.sql, claimed) }
  } finally {
    await db.close()
  }
}

/**
 * The last 14 days for the job summary: one more query on this connection, never fatal. The summary
 * reports this run as succeeded, so its day shows it so too (post closes the row later).
 */
function trendOf(deps: LifecycleDeps, sql: Queryable, claimed: Claimed) {
  return summaryTrend(sql, deps.host, {
    repository: claimed.repository,
    now: deps.now(),
    settled: { runDate: claimed.runDate, status: 'success' }
  })
}

async function reportSuccess(
  deps: LifecycleDeps,
  claimed: Claimed,
  judged: Judged,
  t0: number
): Promise<StageResult> {
  const { host } = deps
  const name = artifactName(claimed.runDate, claimed.runId)
  const dir = reportDir(deps, name)
  const reportPath = join(dir, 'report.md')
  const proposals = judged.judgement.proposals
  const verdicts = proposals.map(p => p.verdict) as unknown as ReportVerdict[]
  const allowed = verdicts.filter(v => v.allowed).length
  const blocked = verdicts.length - allowed
  annotate(host, verdicts)
  const report = await publishReport(host, successReport(deps, claimed, judged, verdicts), name)
  await writeRunFiles(dir, {
    'report.md': report,
    'proposals.json': proposalsJson(claimed, judged.judgement)
  })
  setOutputs(deps, { runId: claimed.runId, status: 'success', allowed, blocked, reportPath })
  host.info(
    `Judged ${verdicts.length} proposal(s): ${allowed} allowed, ${blocked} blocked${claimed.dryRun ? ' (dry run)' : ''}.`
  )
  saveMain(host, {
    completed: true,
    counts: { allowed, blocked, total: verdicts.length },
    reportDir: dir,
    failure: '',
    timings: { ...claimed.timings, mainMs: deps.now().getTime() - t0 }
  })
  return { status: 'success' }
}

function successReport(
  deps: LifecycleDeps,
  claimed: Claimed,
  judged: Judged,
  verdicts: ReportVerdict[]
): ReportInput {
  const flipped = judged.judgement.flippedByDatabase
  return {
    status: 'success',
    runId: claimed.runId,
    runDate: claimed.runDate,
    repository: claimed.repository,
    dryRun: claimed.dryRun,
    gates: claimed.gates,
    verdicts,
    jitterMs: claimed.jitterMs,
    logsUrl: logsUrl(deps.ctx),
    trend: judged.trend,
    notes: [
      ...(judged.readerNote ? [judged.readerNote] : []),
      ...(flipped
        ? [`${flipped} wildcard proposal(s) were refused by the database: one wildcard a day.`]
        : []),
      ...(judged.acted?.notes ?? [])
    ]
  }
}

/** proposals.json: the verdicts, and the ids they were recorded under (none when not stored). */
function proposalsJson(claimed: Claimed, judgement: Judgement): string {
  const proposals = judgement.proposals
  const body = {
    runId: claimed.runId,
    runDate: claimed.runDate,
    proposals: proposals.map(p => (p.reader ? { ...p.verdict, reader: p.reader } : p.verdict)),
    proposalIds: proposals.flatMap(p => (p.proposalId === undefined ? [] : [p.proposalId]))
  }
  return JSON.stringify(body, null, 2) + '\n'
}

/**
 * main's failure: a failed run needs its report most, so a claimed run gets one and the artifact
 * and report-path are true. Also the failure when the inputs cannot be read, in every mode.
 */
export async function mainFailed(
  deps: LifecycleDeps,
  error: unknown,
  progress: MainProgress
): Promise<StageResult> {
  if (error instanceof Interrupted) return mainInterrupted(deps, error, progress)
  const { host } = deps
  const message = errorLine(error)
  const start = progress.start
  const claimed = start?.kind === 'claimed' ? start : undefined
  const reportPath = claimed ? await writeFailureReport(deps, claimed, message, progress.actNotes) : ''
  saveMain(host, {
    completed: false,
    counts: { allowed: 0, blocked: 0, total: 0 },
    reportDir: reportPath ? join(reportPath, '..') : '',
    failure: message,
    timings: { ...(start?.timings ?? {}), mainMs: deps.now().getTime() - progress.t0 }
  })
  setOutputs(deps, { runId: claimed?.runId, status: 'failed', allowed: 0, blocked: 0, reportPath })
  host.setFailed(message)
  return { status: 'failed', message }
}

/**
 * main stopped at a checkpoint after a signal: no failure. The signal is already in the state (the
 * handler saved it), so post closes a claimed run as cancelled; main only hands over and stops.
 */
function mainInterrupted(deps: LifecycleDeps, error: Interrupted, progress: MainProgress): StageResult {
  const start = progress.start
  const claimed = start?.kind === 'claimed' ? start : undefined
  saveMain(deps.host, {
    completed: false,
    counts: { allowed: 0, blocked: 0, total: 0 },
    reportDir: '',
    failure: '',
    timings: { ...(start?.timings ?? {}), mainMs: deps.now().getTime() - progress.t0 }
  })
  setOutputs(deps, { runId: claimed?.runId, status: 'cancelled', allowed: 0, blocked: 0, reportPath: '' })
  const line = claimed
    ? `${error.message} Stopped before finishing run ${claimed.runId}; post closes it as cancelled.`
    : `${error.message} Stopped before any run was claimed.`
  deps.host.notice(line)
  return { status: 'cancelled', message: line }
}

/** The failure report's path, or '' when even that could not be written. */
async function writeFailureReport(
  deps: LifecycleDeps,
  claimed: Claimed,
  message: string,
  notes: string[]
): Promise<string> {
  try {
    const dir = reportDir(deps, artifactName(claimed.runDate, claimed.runId))
    const report = await publishReport(deps.host, {
      status: 'failed',
      runId: claimed.runId,
      runDate: claimed.runDate,
      repository: claimed.repository,
      dryRun: claimed.dryRun,
      detail: message,
      gates: claimed.gates,
      verdicts: [],
      logsUrl: logsUrl(deps.ctx),
      notes
    })
    await writeRunFiles(dir, { 'report.md': report })
    return join(dir, 'report.md')
  } catch (writeError) {
    deps.host.warning(`Could not write the failure report: ${errorLine(writeError)}`)
    return ''
  }
}

/** post in run mode: finalize the run row and upload the artifact; never fails the job. */
export async function runPost(deps: LifecycleDeps): Promise<StageResult> {
  const { host } = deps
  const t0 = deps.now().getTime()
  try {
    const start = loadStart(host)
    if (!start || start.kind === 'skipped') {
      host.info(
        start
          ? `Nothing to finalize: the run was skipped (${start.reason}).`
          : 'Nothing to finalize: no run was claimed.'
      )
      return { status: 'skipped' }
    }
    const inputs = readInputs(host)
    const main = loadMain(host)
    const interrupted = loadInterrupted(host)
    const status = closingStatus(main, interrupted)
    const name = artifactName(start.runDate, start.runId)
    const dir = main.reportDir || reportDir(deps, name)
    const runJson = await finalizeRun(deps, inputs, { start, main, dir, t0, interrupted, status })
    await writeRunFiles(dir, { 'run.json': runJson })
    if (!start.artifacts.attach) {
      host.info(`telemetry.attachArtifacts is off: the files stay in ${dir}.`)
      return { status }
    }
    await uploadArtifact(deps, start, main, name, dir)
    return { status }
  } catch (error) {
    host.warning(`post could not finish its work: ${errorLine(error)}`)
    return { status: 'failed', message: errorLine(error) }
  }
}

/**
 * How post closes a claimed run: success when main completed, failed when it reported a failure or
 * never finished, and cancelled when it did not finish because this job's own process received a
 * signal (a cancelled job, Ctrl-C). Nothing else is cancelled.
 */
export function closingStatus(
  main: MainState,
  interrupted: InterruptSignal | undefined
): 'success' | 'failed' | 'cancelled' {
  if (main.completed && !main.failure) return 'success'
  if (main.stopped && !main.failure) return 'cancelled'
  return !main.failure && interrupted ? 'cancelled' : 'failed'
}

/** The run row's one-line summary, from what main saved. */
function postSummary(
  start: Claimed,
  main: MainState,
  interrupted: InterruptSignal | undefined,
  status: ReturnType<typeof closingStatus>
): string {
  if (main.stopped && !main.failure && !main.completed)
    return `Stopped before judging and acting: ${main.stopped}`.slice(0, 1000)
  if (status === 'cancelled')
    return `Cancelled: the run received ${interrupted} before it finished; what it had not committed was not recorded.`
  if (main.completed && !main.failure)
    return `Judged ${main.counts.total} proposal(s): ${main.counts.allowed} allowed, ${main.counts.blocked} blocked${start.dryRun ? ' (dry run)' : ''}.`
  return main.failure
    ? `Failed: ${main.failure}`.slice(0, 1000)
    : 'Failed: main did not complete (it crashed, was cancelled, or never ran).'
}

/** Close the run row and write the observatory's page; returns run.json's text. */
async function finalizeRun(
  deps: LifecycleDeps,
  inputs: Inputs,
  {
    start,
    main,
    dir,
    t0,
    interrupted,
    status
  }: {
    start: Claimed
    main: MainState
    dir: string
    t0: number
    interrupted: InterruptSignal | undefined
    status: ReturnType<typeof closingStatus>
  }
): Promise<string> {
  const { host } = deps
  const summary = postSummary(start, main, interrupted, status)
  if (status === 'cancelled' && !main.stopped) {
    await checkpoint(deps, 'cancelling')
    host.setOutput('status', 'cancelled')
  }
  const db = await deps.openDatabase(inputs.databaseUrl)
  try {
    const updated = await finishRun(db.sql, {
      runId: start.runId,
      status,
      summary,
      logsUrl: logsUrl(deps.ctx),
      now: deps.now(),
      metrics: {
        phases: { ...main.timings, postMs: deps.now().getTime() - t0 },
        counts: main.counts,
        jitterMs: start.jitterMs,
        dryRun: start.dryRun
      }
    })
    if (!updated)
      host.info(`Run ${start.runId} was already closed (stale sweep or an operator); left as it is.`)
    // run.json needs the row alone, not its proposals, actions and rollbacks.
    const run = await getRun(db.sql, start.runId)
    // The observatory's page for the artifact: one more query, never fatal.
    if (start.artifacts.attach) {
      await writeHtmlReport(db.sql, host, { repository: start.repository, now: deps.now(), dir })
    }
    return JSON.stringify(run ?? { id: start.runId, status, summary }, null, 2) + '\n'
  } finally {
    await db.close()
  }
}

async function uploadArtifact(
  deps: LifecycleDeps,
  start: Claimed,
  main: MainState,
  name: string,
  dir: string
): Promise<void> {
  const { host } = deps
  const files = ARTIFACT_FILES.filter(f => f !== 'proposals.json' || main.completed)
  try {
    const up = await uploadRunArtifact({
      name,
      dir,
      files: [...files],
      retentionDays: start.artifacts.retentionDays,
      env: deps.ctx.onGitHub ? host.env : {}
    })
    if (up.uploaded) host.info(`Uploaded artifact ${name} (kept ${start.artifacts.retentionDays} days).`)
    else host.info(`Artifact not uploaded: ${up.reason}. The files are in ${up.dir}.`)
  } catch (error) {
    host.warning(`Could not upload the artifact ${name}: ${errorLine(error)}. The files are in ${dir}.`)
  }
}
