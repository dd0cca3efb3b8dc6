/**
 * The three stages of the action. pre: jitter, gates, claim. main: judge and record (and the start
 * itself when pre did not run, as with `uses: ./`). post: finalize the run row and upload the
 * artifact; post never fails the job for its own problems.
 */
import { join } from 'node:path'
import { modeName, readInputs } from '../../runtime/inputs.js'
import { loadMain, loadStart, saveMain, saveStart, type StartState } from '../../runtime/state.js'
import { finishRun, getRun } from '../../db/runs.js'
import { forLog } from '../../text/escape.js'
import { annotate, renderReport, summaryFor, type ReportVerdict } from '../../report/summary.js'
import { artifactName, uploadRunArtifact, writeRunFiles, ARTIFACT_FILES } from '../../report/artifacts.js'
import { readCommittedConfig } from '../../config/source.js'
import { logsUrl } from '../../runtime/context.js'
import { errorLine, reportDir, type StageResult } from '../../runtime/stage.js'
import type { LifecycleDeps } from '../../runtime/deps.js'
import { FAILING_SKIPS, startRun } from '../../daily/start.js'
import { summaryTrend, writeHtmlReport } from './observatory.js'

export type { StageResult }

export async function preStage(deps: LifecycleDeps): Promise<StageResult> {
  const { host } = deps
  try {
    const inputs = readInputs(host)
    if (inputs.mode !== 'run')
      return { status: 'skipped', message: `pre does nothing in mode ${inputs.mode}` }
    const outcome = await startRun(deps, inputs)
    saveStart(host, outcome)
    if (outcome.kind === 'skipped' && FAILING_SKIPS.has(outcome.reason)) {
      // The job stops here (main does not run after a failed pre), so pre explains itself.
      await host.writeSummary(
        summaryFor(
          renderReport({
            status: 'skipped',
            repository: deps.ctx.repository,
            skipReason: outcome.reason,
            detail: outcome.detail,
            gates: outcome.gates,
            verdicts: []
          })
        )
      )
      setOutputs(deps, {
        status: 'skipped',
        skipReason: outcome.reason,
        allowed: 0,
        blocked: 0,
        reportPath: ''
      })
    }
    return announceStart(deps, outcome)
  } catch (error) {
    const message = errorLine(error)
    host.setFailed(message)
    return { status: 'failed', message }
  }
}

function announceStart(deps: LifecycleDeps, s: StartState): StageResult {
  if (s.kind === 'claimed') return { status: 'success' }
  const line = `Skipped: ${s.reason} (${forLog(s.detail)})`
  if (FAILING_SKIPS.has(s.reason)) {
    deps.host.setFailed(line)
    return { status: 'failed', message: line }
  }
  deps.host.notice(line)
  return { status: 'skipped', message: line }
}

function setOutputs(
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

export async function mainStage(deps: LifecycleDeps): Promise<StageResult> {
  const { host } = deps
  const t0 = deps.now().getTime()
  let start: StartState | undefined
  let reportPath: string
  /** What acting did before a failure: the failure report keeps it (a pull request may be open). */
  let actNotes: string[] = []
  try {
    const inputs = readInputs(host)
    if (inputs.mode === 'gate') {
      // The pull-request gate (src/gate): loaded only in its mode.
      const { gateMainStage } = await import('../gate/stage.js')
      return await gateMainStage(deps, inputs)
    }
    if (inputs.mode === 'revert-watch') {
      // Its own stage (src/modes/revert-watch/stage.ts): it claims no run and reports its own failures.
      const { revertWatchStage } = await import('../revert-watch/stage.js')
      return await revertWatchStage(deps, inputs)
    }
    start = loadStart(host)
    if (!start) {
      host.info('No state from pre (it does not run for `uses: ./`); main performs the start itself.')
      const outcome = await startRun(deps, inputs)
      saveStart(host, outcome)
      start = outcome
    }

    if (start.kind === 'skipped') {
      const dir = reportDir(deps, `self-evolution-skipped-${deps.ctx.githubRunId || 'local'}`)
      const report = renderReport({
        status: 'skipped',
        repository: deps.ctx.repository,
        skipReason: start.reason,
        detail: start.detail,
        gates: start.gates,
        verdicts: []
      })
      await writeRunFiles(dir, { 'report.md': report })
      reportPath = join(dir, 'report.md')
      await host.writeSummary(summaryFor(report))
      setOutputs(deps, { status: 'skipped', skipReason: start.reason, allowed: 0, blocked: 0, reportPath })
      saveMain(host, {
        completed: true,
        counts: { allowed: 0, blocked: 0, total: 0 },
        reportDir: dir,
        failure: '',
        timings: start.timings
      })
      return announceStart(deps, start)
    }

    const claimed = start
    const committed = await readCommittedConfig(deps, inputs)
    if (committed.digest !== claimed.configDigest) {
      throw new Error(
        `The committed config main read (${forLog(committed.origin)}) differs from the one the start judged; refusing to judge with a config that changed mid-run.`
      )
    }
    const name = artifactName(claimed.runDate, claimed.runId)
    const dir = reportDir(deps, name)
    reportPath = join(dir, 'report.md')
    // The policy engine is loaded only for a claimed run: a skip never pays for it.
    const { judgeAndRecord, loadProposals } = await import('../../daily/judge.js')
    const loaded = await loadProposals(inputs, deps.ctx.workspace, committed.text, inputs.configPath)
    const db = await deps.openDatabase(inputs.databaseUrl)
    let judged
    let acted: { notes: string[]; failure?: string } | undefined
    let trend
    try {
      // Live runs act on allowed proposals (src/act); the dry-run path loads only the pure planner.
      const actor = claimed.dryRun
        ? undefined
        : await (
            await import('./act/index.js')
          ).actorForRun(deps, inputs, claimed, committed.config, db.sql, loaded)
      judged = await judgeAndRecord({
        db,
        config: committed.config,
        configPath: inputs.configPath,
        runId: claimed.runId,
        repository: claimed.repository,
        runDate: claimed.runDate,
        dryRun: claimed.dryRun,
        loaded,
        // A dry run records why nothing acts too, from the pure planner alone.
        planActions: actor ? actor.plan : (await import('./act/plan.js')).dryRunPlanner()
      })
      acted = actor ? await actor.execute(judged, loaded.patches ?? []) : undefined
      actNotes = acted?.notes ?? []
      // The last 14 days for the job summary: one more query on this connection, never fatal.
      trend = await summaryTrend(db.sql, host, { repository: claimed.repository, now: deps.now() })
    } finally {
      await db.close()
    }
    for (const note of acted?.notes ?? []) host.info(forLog(note))
    if (acted?.failure) throw new Error(acted.failure)
    const verdicts = judged.verdicts as unknown as ReportVerdict[]
    const allowed = verdicts.filter(v => v.allowed).length
    const blocked = verdicts.length - allowed
    const report = renderReport({
      status: 'success',
      runId: claimed.runId,
      runDate: claimed.runDate,
      repository: claimed.repository,
      dryRun: claimed.dryRun,
      gates: claimed.gates,
      verdicts,
      jitterMs: claimed.jitterMs,
      logsUrl: logsUrl(deps.ctx),
      trend,
      notes: [
        ...(judged.flippedByDatabase
          ? [
              `${judged.flippedByDatabase} wildcard proposal(s) were refused by the database: one wildcard a day.`
            ]
          : []),
        ...(acted?.notes ?? [])
      ]
    })
    await writeRunFiles(dir, {
      'report.md': report,
      'proposals.json':
        JSON.stringify(
          {
            runId: claimed.runId,
            runDate: claimed.runDate,
            proposals: judged.verdicts,
            proposalIds: judged.proposalIds
          },
          null,
          2
        ) + '\n'
    })
    annotate(host, verdicts)
    await host.writeSummary(summaryFor(report, name))
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
  } catch (error) {
    const message = errorLine(error)
    const claimed = start?.kind === 'claimed' ? start : undefined
    if (claimed) {
      // A failed run needs its report most: write one, so the artifact and report-path are true.
      try {
        const dir = reportDir(deps, artifactName(claimed.runDate, claimed.runId))
        const report = renderReport({
          status: 'failed',
          runId: claimed.runId,
          runDate: claimed.runDate,
          repository: claimed.repository,
          dryRun: claimed.dryRun,
          detail: message,
          gates: claimed.gates,
          verdicts: [],
          logsUrl: logsUrl(deps.ctx),
          notes: actNotes
        })
        await writeRunFiles(dir, { 'report.md': report })
        reportPath = join(dir, 'report.md')
        await host.writeSummary(summaryFor(report))
      } catch (writeError) {
        host.warning(`Could not write the failure report: ${errorLine(writeError)}`)
        reportPath = ''
      }
    } else {
      reportPath = ''
    }
    saveMain(host, {
      completed: false,
      counts: { allowed: 0, blocked: 0, total: 0 },
      reportDir: reportPath ? join(reportPath, '..') : '',
      failure: message,
      timings: { ...(start?.timings ?? {}), mainMs: deps.now().getTime() - t0 }
    })
    setOutputs(deps, { runId: claimed?.runId, status: 'failed', allowed: 0, blocked: 0, reportPath })
    host.setFailed(message)
    return { status: 'failed', message }
  }
}

export async function postStage(deps: LifecycleDeps): Promise<StageResult> {
  const { host } = deps
  const t0 = deps.now().getTime()
  try {
    if (modeName(host) === 'gate') {
      const { gatePostStage } = await import('../gate/stage.js')
      return await gatePostStage(deps)
    }
    if (modeName(host) === 'revert-watch') {
      host.info('post does nothing in mode revert-watch: it claims no run, and main wrote its summary.')
      return { status: 'skipped' }
    }
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
    const success = main.completed && !main.failure
    const status = success ? 'success' : 'failed'
    const summary = success
      ? `Judged ${main.counts.total} proposal(s): ${main.counts.allowed} allowed, ${main.counts.blocked} blocked${start.dryRun ? ' (dry run)' : ''}.`
      : main.failure
        ? `Failed: ${main.failure}`.slice(0, 1000)
        : 'Failed: main did not complete (it crashed, was cancelled, or never ran).'
    const name = artifactName(start.runDate, start.runId)
    const dir = main.reportDir || reportDir(deps, name)
    const db = await deps.openDatabase(inputs.databaseUrl)
    let runJson = ''
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
      runJson = JSON.stringify(run ?? { id: start.runId, status, summary }, null, 2) + '\n'
      // The observatory's page for the artifact: one more query, never fatal.
      if (start.artifacts.attach) {
        await writeHtmlReport(db.sql, host, { repository: start.repository, now: deps.now(), dir })
      }
    } finally {
      await db.close()
    }
    await writeRunFiles(dir, { 'run.json': runJson })
    if (!start.artifacts.attach) {
      host.info(`telemetry.attachArtifacts is off: the files stay in ${dir}.`)
      return { status }
    }
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
    return { status }
  } catch (error) {
    host.warning(`post could not finish its work: ${errorLine(error)}`)
    return { status: 'failed', message: errorLine(error) }
  }
}
