/**
 * The hand-over between pre, main and post (core.saveState / STATE_* variables). This module is the
 * only place that knows the keys.
 */
import type { ActionHost } from './host.js'
import { INTERRUPT_SIGNALS, type InterruptSignal } from './interrupt.js'

const KEY = {
  started: 'se_started',
  skipReason: 'se_skip_reason',
  skipDetail: 'se_skip_detail',
  runId: 'se_run_id',
  runDate: 'se_run_date',
  repository: 'se_repository',
  dryRun: 'se_dry_run',
  configDigest: 'se_config_digest',
  jitterMs: 'se_jitter_ms',
  timings: 'se_timings',
  gates: 'se_gates',
  mainDone: 'se_main_done',
  counts: 'se_counts',
  reportDir: 'se_report_dir',
  failure: 'se_failure',
  artifacts: 'se_artifacts',
  gateReportDir: 'se_gate_report_dir',
  gateArtifact: 'se_gate_artifact',
  gateRetention: 'se_gate_retention',
  interrupted: 'se_interrupted',
  stopped: 'se_stopped'
} as const

/** What post needs of the config to upload, decided at the start. */
export type ArtifactPlan = { attach: boolean; retentionDays: number }

export type PreconditionRecord = { name: string; result: string; detail: string }

/** What the start (pre, or main standing in for it) decided. */
export type StartState =
  | {
      kind: 'skipped'
      reason: string
      detail: string
      gates: PreconditionRecord[]
      jitterMs: number
      timings: Timings
    }
  | {
      kind: 'claimed'
      runId: number
      runDate: string
      repository: string
      dryRun: boolean
      configDigest: string
      jitterMs: number
      gates: PreconditionRecord[]
      timings: Timings
      artifacts: ArtifactPlan
    }

export type Timings = Record<string, number>

export type MainState = {
  completed: boolean
  counts: { allowed: number; blocked: number; total: number }
  reportDir: string
  failure: string
  timings: Timings
  /**
   * Why a continued run stopped before judging (the kill switch or a deployment, asked again before
   * acting), as `reason: detail`; post closes it as cancelled. Absent or '' otherwise.
   */
  stopped?: string
}

export function saveStart(host: ActionHost, s: StartState): void {
  host.saveState(KEY.started, 'true')
  host.saveState(KEY.jitterMs, String(s.jitterMs))
  host.saveState(KEY.gates, JSON.stringify(s.gates))
  host.saveState(KEY.timings, JSON.stringify(s.timings))
  if (s.kind === 'skipped') {
    host.saveState(KEY.skipReason, s.reason)
    host.saveState(KEY.skipDetail, s.detail)
  } else {
    host.saveState(KEY.runId, String(s.runId))
    host.saveState(KEY.runDate, s.runDate)
    host.saveState(KEY.repository, s.repository)
    host.saveState(KEY.dryRun, String(s.dryRun))
    host.saveState(KEY.configDigest, s.configDigest)
    host.saveState(KEY.artifacts, JSON.stringify(s.artifacts))
  }
}

function json<T>(text: string, fallback: T): T {
  if (!text) return fallback
  try {
    return JSON.parse(text) as T
  } catch {
    return fallback
  }
}

/** The start's decision, or undefined when no start ran in this job (pre not executed for `uses: ./`). */
export function loadStart(host: ActionHost): StartState | undefined {
  if (host.getState(KEY.started) !== 'true') return undefined
  const common = {
    jitterMs: Number(host.getState(KEY.jitterMs) || 0),
    gates: json<PreconditionRecord[]>(host.getState(KEY.gates), []),
    timings: json<Timings>(host.getState(KEY.timings), {})
  }
  const reason = host.getState(KEY.skipReason)
  if (reason) return { kind: 'skipped', reason, detail: host.getState(KEY.skipDetail), ...common }
  const runId = Number(host.getState(KEY.runId))
  if (!Number.isInteger(runId) || runId <= 0) return undefined
  return {
    kind: 'claimed',
    runId,
    runDate: host.getState(KEY.runDate),
    repository: host.getState(KEY.repository),
    dryRun: host.getState(KEY.dryRun) === 'true',
    configDigest: host.getState(KEY.configDigest),
    artifacts: json<ArtifactPlan>(host.getState(KEY.artifacts), { attach: true, retentionDays: 90 }),
    ...common
  }
}

export function saveMain(host: ActionHost, m: MainState): void {
  host.saveState(KEY.mainDone, String(m.completed))
  host.saveState(KEY.counts, JSON.stringify(m.counts))
  host.saveState(KEY.reportDir, m.reportDir)
  host.saveState(KEY.failure, m.failure)
  host.saveState(KEY.timings, JSON.stringify(m.timings))
  host.saveState(KEY.stopped, m.stopped ?? '')
}

export function loadMain(host: ActionHost): MainState {
  return {
    completed: host.getState(KEY.mainDone) === 'true',
    counts: json(host.getState(KEY.counts), { allowed: 0, blocked: 0, total: 0 }),
    reportDir: host.getState(KEY.reportDir),
    failure: host.getState(KEY.failure),
    timings: json<Timings>(host.getState(KEY.timings), {}),
    stopped: host.getState(KEY.stopped)
  }
}

/**
 * The signal this job's own process received (pre or main): post closes a claimed run that main did not
 * complete as cancelled, never as failed. Only the signal handler writes it.
 */
export function saveInterrupted(host: ActionHost, signal: InterruptSignal): void {
  host.saveState(KEY.interrupted, signal)
}

export function loadInterrupted(host: ActionHost): InterruptSignal | undefined {
  const value = host.getState(KEY.interrupted)
  return (INTERRUPT_SIGNALS as readonly string[]).includes(value) ? (value as InterruptSignal) : undefined
}

/**
 * What the pull-request gate's main hands to its post: where the report is, the artifact's name
 * ('' when telemetry.attachArtifacts is off) and its retention.
 */
export type GateHandOver = { reportDir: string; artifactName: string; retentionDays: number }

export function saveGateHandOver(host: ActionHost, g: GateHandOver): void {
  host.saveState(KEY.gateReportDir, g.reportDir)
  host.saveState(KEY.gateArtifact, g.artifactName)
  host.saveState(KEY.gateRetention, String(g.retentionDays))
}

/** reportDir is '' when the gate's main wrote no report. */
export function loadGateHandOver(host: ActionHost): GateHandOver {
  return {
    reportDir: host.getState(KEY.gateReportDir),
    artifactName: host.getState(KEY.gateArtifact),
    retentionDays: Number(host.getState(KEY.gateRetention)) || 90
  }
}
