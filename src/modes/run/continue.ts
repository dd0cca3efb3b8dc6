/**
 * mode run with run-id: the rails job of the three-job flow continues the run the plan job claimed,
 * instead of claiming one. It refuses a run that is not its own (src/daily/continuation.ts), takes
 * the dry run and force from the claim, judges nothing when the propose job did not succeed
 * (`agent-failed: <result>`, a failure that counts), and asks the kill switch and deployment-active
 * again before judging and acting: hours may have passed since the claim.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type { Inputs } from '../../runtime/inputs.js'
import { saveMain, saveStart, type StartState } from '../../runtime/state.js'
import type { LifecycleDeps } from '../../runtime/deps.js'
import type { StageResult } from '../../runtime/stage.js'
import { getRun, recordAgent } from '../../db/runs.js'
import type { Queryable } from '../../db/client.js'
import { checkContinuation, type ClaimTerms } from '../../daily/continuation.js'
import { FAILING_SKIPS, recheckBeforeActing, type Recheck } from '../../daily/start.js'
import type { LoadedConfig } from '../../config/source.js'
import { publishReport } from '../../report/summary.js'
import { forLog } from '../../text/escape.js'
import { judgeClaimed, readClaimedConfig, setOutputs, skipReport, type MainProgress } from './stages.js'

type Claimed = Extract<StartState, { kind: 'claimed' }>

/** The propose job did not hand over a usable result: the run fails, and the failure counts. */
class AgentFailed extends Error {
  override name = 'AgentFailed'
}

export async function continueClaimed(
  deps: LifecycleDeps,
  inputs: Inputs,
  progress: MainProgress
): Promise<StageResult> {
  // One connection for the claim, a failed agent's record and the recheck; judging opens its own.
  const db = await deps.openDatabase(inputs.databaseUrl)
  let claimed: Claimed
  let committed: LoadedConfig
  let stop: Recheck | undefined
  try {
    const terms = ownClaim(deps, inputs.runId!, await getRun(db.sql, inputs.runId!))
    // From here post closes the run, whatever happens next (a config that cannot be read included).
    progress.start = claimedState(terms, undefined, inputs)
    saveStart(deps.host, progress.start)
    committed = await readClaimedConfig(deps, inputs, progress.start, 'judge')
    claimed = progress.start = claimedState(terms, committed, inputs)
    saveStart(deps.host, claimed)
    deps.host.info(
      `Continuing run ${claimed.runId} of ${claimed.runDate}, claimed by the plan job (${claimed.dryRun ? 'dry run' : 'live'}${terms.force ? ', force' : ''}).`
    )
    if (inputs.agentResult !== 'success') await recordFailedAgent(deps, db.sql, inputs, claimed.runId)
    checkAgentResult(inputs)
    stop = await recheckBeforeActing(deps, inputs, { config: committed.config, db, force: terms.force })
  } finally {
    await db.close()
  }
  if (stop) return stopBeforeActing(deps, claimed, stop, progress)
  return judgeClaimed(deps, inputs, claimed, progress, committed)
}

/** The claim's terms, or an error whose sentence says why this job may not continue the run. */
function ownClaim(deps: LifecycleDeps, runId: number, run: Awaited<ReturnType<typeof getRun>>): ClaimTerms {
  const verdict = checkContinuation(runId, run, deps.ctx)
  if (!verdict.ok) throw new Error(verdict.reason)
  return verdict.terms
}

/** The claim as this job's state; without the config yet, the artifact's defaults. */
function claimedState(terms: ClaimTerms, committed: LoadedConfig | undefined, inputs: Inputs): Claimed {
  const telemetry = committed?.config.telemetry ?? { attachArtifacts: true, logRetentionDays: 90 }
  return {
    kind: 'claimed',
    runId: terms.runId,
    runDate: terms.runDate,
    repository: terms.repository,
    // The claim decides; an input may only make the run stricter, never live.
    dryRun: terms.dryRun || inputs.forceDryRun,
    configDigest: terms.configDigest,
    jitterMs: terms.jitterMs,
    gates: [],
    timings: {},
    artifacts: {
      attach: telemetry.attachArtifacts,
      retentionDays: inputs.artifactRetentionDays ?? telemetry.logRetentionDays
    }
  }
}

/**
 * Judge and act only after a successful propose job that handed over its file. A propose job
 * cancelled by its timeout is the agent's failure too: it counts towards the failure limit.
 */
function checkAgentResult(inputs: Pick<Inputs, 'agentResult' | 'proposals'>): void {
  if (inputs.agentResult !== 'success') {
    const result = inputs.agentResult || 'none'
    const why =
      inputs.agentResult === ''
        ? " (the agent-result input is empty; expected the propose job's result, ${{ needs.propose.result }})"
        : ''
    throw new AgentFailed(`agent-failed: ${result}${why}`)
  }
  if (!inputs.proposals) {
    throw new AgentFailed('agent-failed: no proposals file (the proposals input is empty)')
  }
  if (!existsSync(inputs.proposals)) {
    throw new AgentFailed(`agent-failed: the proposals file ${forLog(inputs.proposals, 300)} does not exist`)
  }
}

/**
 * A failed agent still cost what it cost: when its job handed over a proposals file anyway, its agent
 * block (validated by the schema, never judged) goes into the run's metrics. Never fatal.
 */
async function recordFailedAgent(
  deps: LifecycleDeps,
  sql: Queryable,
  inputs: Inputs,
  runId: number
): Promise<void> {
  if (!inputs.proposals || !existsSync(inputs.proposals)) return
  try {
    const { proposalsFileSchema } = await import('../../policy/proposals-file.js')
    const bytes = readFileSync(inputs.proposals)
    const digest = createHash('sha256').update(bytes).digest('hex')
    if (inputs.proposalsSha256 && digest !== inputs.proposalsSha256) return
    const parsed = proposalsFileSchema.safeParse(JSON.parse(bytes.toString('utf8')))
    if (!parsed.success || !parsed.data.agent) return
    await recordAgent(sql, runId, parsed.data.agent)
  } catch (error) {
    deps.host.warning(`The failed agent's record could not be kept: ${forLog((error as Error).message, 300)}`)
  }
}

/** Nothing is judged or written: post closes the run as cancelled (no failure), with the reason. */
async function stopBeforeActing(
  deps: LifecycleDeps,
  claimed: Claimed,
  stop: Recheck,
  progress: MainProgress
): Promise<StageResult> {
  const line = `Stopped before judging and acting: ${stop.reason} (${forLog(stop.detail)}); run ${claimed.runId} closes as cancelled.`
  await publishReport(
    deps.host,
    skipReport(deps, {
      kind: 'skipped',
      reason: stop.reason,
      detail: stop.detail,
      gates: [],
      jitterMs: 0,
      timings: {}
    })
  )
  setOutputs(deps, {
    runId: claimed.runId,
    status: 'skipped',
    skipReason: stop.reason,
    allowed: 0,
    blocked: 0,
    reportPath: ''
  })
  saveMain(deps.host, {
    completed: false,
    counts: { allowed: 0, blocked: 0, total: 0 },
    reportDir: '',
    failure: '',
    stopped: `${stop.reason}: ${stop.detail}`,
    timings: { mainMs: deps.now().getTime() - progress.t0 }
  })
  if (FAILING_SKIPS.has(stop.reason)) {
    deps.host.setFailed(line)
    return { status: 'failed', message: line }
  }
  deps.host.notice(line)
  return { status: 'skipped', message: line }
}
