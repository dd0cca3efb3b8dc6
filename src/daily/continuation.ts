/**
 * Whether a job may continue (mode run with run-id) or close (mode close) a run that the plan job
 * claimed. Pure: the run row as read, and where this job is. The claim records its holder (the
 * workflow run's id and attempt, the dry run, force and the config's digest) in metrics.holder; a
 * continuing job takes those from the claim, never from its own inputs.
 */
import type { RunRow } from '../db/runs.js'
import type { RunContext } from '../runtime/context.js'

/** The run row with the claim's holder, as read by id. */
export type ClaimRecord = Pick<RunRow, 'id' | 'repository' | 'runDate' | 'status'> & {
  metrics: Record<string, unknown>
}

/** Where the continuing job runs: the run context's repository, workflow run and attempt. */
export type ContinuationHere = Pick<RunContext, 'repository' | 'githubRunId' | 'attempt'>

/** What a continuing job takes from the claim. */
export type ClaimTerms = {
  runId: number
  runDate: string
  repository: string
  dryRun: boolean
  force: boolean
  configDigest: string
  jitterMs: number
}

export type ContinuationVerdict =
  | { ok: true; terms: ClaimTerms }
  | {
      ok: false
      reason: string
      /** The run exists, is this workflow run's, and is no longer running. */ closed?: boolean
    }

type Holder = {
  githubRunId?: unknown
  attempt?: unknown
  dryRun?: unknown
  force?: unknown
  configDigest?: unknown
  jitterMs?: unknown
}

/**
 * The checks, in an order that names the real cause: the run exists, is this repository's, was
 * claimed by this workflow run, at this attempt ("Re-run failed jobs" reuses an earlier attempt's
 * outputs), and is still running.
 */
export function checkContinuation(
  runId: number,
  run: ClaimRecord | null,
  here: ContinuationHere
): ContinuationVerdict {
  if (!run) return { ok: false, reason: `Run ${runId} does not exist in this database.` }
  if (run.repository !== here.repository) {
    return {
      ok: false,
      reason: `Run ${runId} belongs to ${run.repository || '(no repository)'}, not to ${here.repository || '(no repository)'}; a job continues only its own repository's run.`
    }
  }
  const holder = (run.metrics.holder ?? {}) as Holder
  const heldBy = String(holder.githubRunId ?? '')
  if (!here.githubRunId || heldBy !== String(here.githubRunId)) {
    return {
      ok: false,
      reason: `Run ${runId} was claimed by workflow run ${heldBy || '(none)'}, not by this one (${here.githubRunId || 'none'}); a job continues only the run its own workflow run's plan job claimed.`
    }
  }
  const claimedAt = Number(holder.attempt ?? 0)
  if (here.attempt !== claimedAt)
    return { ok: false, reason: attemptMismatch(runId, claimedAt, here.attempt) }
  if (run.status !== 'running') {
    return {
      ok: false,
      closed: true,
      reason: `Run ${runId} is ${run.status}, not running: it was already closed, so nothing continues it.`
    }
  }
  return { ok: true, terms: termsOf(run, holder) }
}

function attemptMismatch(runId: number, claimedAt: number, attempt: number): string {
  if (attempt > claimedAt) {
    return (
      `Run ${runId} was claimed by attempt ${claimedAt} of this workflow run, and this is attempt ${attempt}: ` +
      `"Re-run failed jobs" reuses the plan job's outputs from the earlier attempt, whose run is closed or ` +
      `still another attempt's. Use "Re-run all jobs", which plans and claims the day again.`
    )
  }
  return `Run ${runId} was claimed by attempt ${claimedAt} of this workflow run, not by this attempt (${attempt}).`
}

function termsOf(run: ClaimRecord, holder: Holder): ClaimTerms {
  const runDate = run.runDate as unknown
  return {
    runId: run.id,
    runDate: runDate instanceof Date ? runDate.toISOString().slice(0, 10) : String(runDate),
    repository: run.repository,
    // A claim without the field is judged the stricter way.
    dryRun: holder.dryRun !== false,
    force: holder.force === true,
    configDigest: typeof holder.configDigest === 'string' ? holder.configDigest : '',
    jitterMs: Number(holder.jitterMs ?? 0) || 0
  }
}
