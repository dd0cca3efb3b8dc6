/**
 * mode close: the workflow's close job, which runs only when the workflow run was cancelled after the
 * plan job claimed a run. It records that run `cancelled` (no failure: the failure limit and the
 * cooldown skip it), and only a run that is still running and held by this workflow run, at this
 * attempt. A run already closed is left as it is.
 */
import type { Inputs } from '../../runtime/inputs.js'
import type { LifecycleDeps } from '../../runtime/deps.js'
import type { StageResult } from '../../runtime/stage.js'
import { finishRun, getRun } from '../../db/runs.js'
import { recordEvent } from '../../db/events.js'
import { checkContinuation } from '../../daily/continuation.js'
import { logsUrl } from '../../runtime/context.js'

export async function closeMain(deps: LifecycleDeps, inputs: Inputs): Promise<StageResult> {
  const { host } = deps
  const runId = inputs.runId
  if (runId === undefined) {
    throw new Error(
      'Input "run-id" is empty; expected the plan job\'s run-id output, the run that mode close records as cancelled.'
    )
  }
  host.setOutput('run-id', String(runId))
  const db = await deps.openDatabase(inputs.databaseUrl)
  try {
    const verdict = checkContinuation(runId, await getRun(db.sql, runId), deps.ctx)
    if (!verdict.ok && verdict.closed) {
      host.info(verdict.reason)
      host.setOutput('status', 'skipped')
      return { status: 'skipped', message: verdict.reason }
    }
    if (!verdict.ok) {
      host.setOutput('status', 'failed')
      host.setFailed(verdict.reason)
      return { status: 'failed', message: verdict.reason }
    }
    const now = deps.now()
    const closed = await finishRun(db.sql, {
      runId,
      status: 'cancelled',
      summary: 'Cancelled: the workflow run was cancelled after the plan job claimed this run.',
      logsUrl: logsUrl(deps.ctx),
      now,
      metrics: { closedBy: 'close' }
    })
    if (closed) {
      await recordEvent(db.sql, {
        repository: verdict.terms.repository,
        kind: 'cancel',
        reason: 'workflow-cancelled',
        runId,
        githubRunId: deps.ctx.githubRunId,
        at: now
      })
    }
    host.setOutput('status', closed ? 'cancelled' : 'skipped')
    host.info(
      closed ? `Run ${runId} recorded as cancelled.` : `Run ${runId} was closed meanwhile; left as it is.`
    )
    return { status: closed ? 'success' : 'skipped' }
  } finally {
    await db.close()
  }
}
