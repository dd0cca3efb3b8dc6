/**
 * mode plan: the first job of the three-job flow (plan → propose → rails). pre is today's start (the
 * kill switch, the jitter, the preconditions, the claim); main builds the reflection of the claimed
 * run, records it and writes reflection.json for the agent; post leaves a claimed run `running` for
 * the rails job, and closes it only when plan itself did not finish (failed, or cancelled by a signal).
 * No agent runs on a day the start skips: proceed is true only for a claimed run whose reflection was
 * written.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Inputs } from '../../runtime/inputs.js'
import { loadMain, loadStart, saveMain, saveStart, type StartState } from '../../runtime/state.js'
import { checkpoint } from '../../runtime/interrupt.js'
import type { LifecycleDeps } from '../../runtime/deps.js'
import { reportDir, type StageResult } from '../../runtime/stage.js'
import { publishReport } from '../../report/summary.js'
import { recordReflection } from '../../db/reflection.js'
import { forLog } from '../../text/escape.js'
import { FAILING_SKIPS, startRun } from '../../daily/start.js'
import {
  announceStart,
  mainFailed,
  readClaimedConfig,
  reportSkip,
  runPost,
  skipReport,
  startInMain,
  type MainProgress
} from '../run/stages.js'

type Claimed = Extract<StartState, { kind: 'claimed' }>

/** plan's own outputs; run-id, status and skip-reason mean what they mean in mode run. */
export type PlanOutputs = {
  runId?: number
  /** `running` for a claimed run handed on, else skipped, failed or cancelled. */
  status: string
  skipReason?: string
  proceed: boolean
  reflectionPath?: string
  reflectionSha256?: string
}

function setPlanOutputs(deps: LifecycleDeps, o: PlanOutputs): void {
  const { host } = deps
  host.setOutput('run-id', o.runId ? String(o.runId) : '')
  host.setOutput('status', o.status)
  host.setOutput('skip-reason', o.skipReason ?? '')
  host.setOutput('proceed', String(o.proceed))
  host.setOutput('reflection-path', o.reflectionPath ?? '')
  host.setOutput('reflection-sha256', o.reflectionSha256 ?? '')
}

/** pre: today's start. A failing skip (gate-error) ends the job here, so pre sets the outputs. */
export async function planPre(deps: LifecycleDeps, inputs: Inputs): Promise<StageResult> {
  const outcome = await startRun(deps, inputs)
  saveStart(deps.host, outcome)
  if (outcome.kind === 'claimed') await checkpoint(deps, 'after-claim')
  if (outcome.kind === 'skipped' && FAILING_SKIPS.has(outcome.reason)) {
    await publishReport(deps.host, skipReport(deps, outcome))
    setPlanOutputs(deps, { status: 'skipped', skipReason: outcome.reason, proceed: false })
  }
  return announceStart(deps, outcome, true)
}

/** main: the start when pre did not run (`uses: ./plan`), then the reflection of the claimed run. */
export async function planMain(deps: LifecycleDeps, inputs: Inputs): Promise<StageResult> {
  const progress: MainProgress = { t0: deps.now().getTime(), actNotes: [] }
  try {
    const fromPre = loadStart(deps.host)
    const start = (progress.start = fromPre ?? (await startInMain(deps, inputs, progress)))
    if (start.kind === 'skipped') {
      const result = await reportSkip(deps, start, !fromPre)
      setPlanOutputs(deps, { status: 'skipped', skipReason: start.reason, proceed: false })
      return result
    }
    const written = await reflectForRun(deps, inputs, start)
    // Nothing is handed on after an interruption: post closes the run as cancelled.
    await checkpoint(deps, 'before-act')
    setPlanOutputs(deps, {
      runId: start.runId,
      status: 'running',
      proceed: true,
      reflectionPath: written.path,
      reflectionSha256: written.sha256
    })
    saveMain(deps.host, {
      completed: true,
      counts: { allowed: 0, blocked: 0, total: 0 },
      reportDir: '',
      failure: '',
      timings: { ...start.timings, mainMs: deps.now().getTime() - progress.t0 }
    })
    deps.host.info(
      `Run ${start.runId} is claimed and its reflection written (sha256 ${written.sha256}); the propose and rails jobs continue it.`
    )
    return { status: 'success' }
  } catch (error) {
    const result = await mainFailed(deps, error, progress)
    deps.host.setOutput('proceed', 'false')
    deps.host.setOutput('reflection-path', '')
    deps.host.setOutput('reflection-sha256', '')
    return result
  }
}

/** Build, record and write the claimed run's reflection; returns the file and its SHA-256. */
async function reflectForRun(
  deps: LifecycleDeps,
  inputs: Inputs,
  claimed: Claimed
): Promise<{ path: string; sha256: string }> {
  const committed = await readClaimedConfig(deps, inputs, claimed, 'reflect')
  const { collectReflection } = await import('../../reflection/collect.js')
  const { serializeReflection } = await import('../../reflection/build.js')
  const github =
    deps.ctx.onGitHub && deps.ctx.repository
      ? await deps.github(inputs.githubToken, { readOnly: true })
      : null
  if (!github) deps.host.info('No GitHub here: the reflection reads the database only.')
  const db = await deps.openDatabase(inputs.databaseUrl)
  try {
    const reflection = await collectReflection({
      sql: db.sql,
      repository: claimed.repository,
      now: deps.now(),
      config: committed.config,
      github,
      warn: message => deps.host.warning(forLog(message, 600))
    })
    const { text, sha256 } = serializeReflection(reflection)
    const path = await writeReflection(reportDir(deps, `self-evolution-plan-${claimed.runId}`), text)
    await recordReflection(db.sql, { runId: claimed.runId, reflection, sha256, source: 'rails' })
    deps.host.info(
      `Reflection: ${reflection.insights.length} insight(s), ${Buffer.byteLength(text)} bytes${reflection.unavailable.length ? `; unavailable: ${reflection.unavailable.join(', ')}` : ''}.`
    )
    return { path, sha256 }
  } finally {
    await db.close()
  }
}

/** reflection.json, written beside its place and renamed into it: no reader sees half of it. */
async function writeReflection(dir: string, text: string): Promise<string> {
  await mkdir(dir, { recursive: true })
  const file = join(dir, 'reflection.json')
  const partial = `${file}.partial`
  try {
    await writeFile(partial, text, 'utf8')
    await rename(partial, file)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
  return file
}

/**
 * post: a run plan claimed and handed on stays `running` for the rails job. One that plan did not
 * finish is closed as mode run's post closes it: failed, or cancelled after a signal.
 */
export async function planPost(deps: LifecycleDeps): Promise<StageResult> {
  const start = loadStart(deps.host)
  const main = loadMain(deps.host)
  if (start?.kind === 'claimed' && main.completed && !main.failure) {
    deps.host.info(`Run ${start.runId} stays running: the rails job continues it (mode run, run-id).`)
    return { status: 'skipped' }
  }
  return runPost(deps)
}
