/**
 * mode: revert-watch. Runs on `workflow_run: completed` for the repository's CI workflows. When a
 * run on the default branch failed and its head commit is the merge of an agent pull request
 * (recorded in self_evolution_actions, or found through GET /commits/{sha}/pulls), it reverts the
 * merge on a new branch, opens a pull request (never auto-merged), records the revert, and turns
 * the repository off after rollbackConfig.maxFailuresBeforeDisable consecutive failures, telling a
 * human in one deduplicated issue.
 *
 * The order makes every step safe to repeat: nothing is written before the checks that make a
 * second event for the same merge a no-op (the action is rolled back, a revert is recorded, or a
 * revert pull request is already open); the records go in one transaction after the pull request
 * exists. A dry run writes nothing to GitHub and records no revert; it says what it would do in
 * the job summary.
 */
import { readEventPayload } from '../../runtime/context.js'
import type { Inputs } from '../../runtime/inputs.js'
import {
  findActionByMergeSha,
  findActionForPullRequest,
  getAction,
  updateAction,
  type ActionRecord
} from '../../db/actions.js'
import type { Queryable } from '../../db/client.js'
import { listFlags, readKillSwitch, repositoryFlagKey, setFlag, type KillSwitch } from '../../db/flags.js'
import { ensureSchema } from '../../db/migrate.js'
import { migrateAdvice } from '../../runtime/surface.js'
import { findRevertOf, recordRevert, type RevertPayload } from '../../db/rollbacks.js'
import { recentOutcomes } from '../../db/runs.js'
import { parseRepository, type GitHubContext } from '../../github/client.js'
import { createWriteGateway, type WriteGateway } from '../../github/gateway.js'
import { readCommittedConfig } from '../../config/source.js'
import type { Config } from '../../config/schema.js'
import { errorLine, type StageResult } from '../../runtime/stage.js'
import type { LifecycleDeps } from '../../runtime/deps.js'
import { forLog, forMarkdown, forMarkdownCode } from '../../text/escape.js'
import {
  actionMatchesPull,
  consecutiveFailures,
  decideDisable,
  DISABLED_BY,
  DISABLED_LABEL,
  disabledNotice,
  disableReason,
  mergedPullRequestFor,
  noticeWriteAllowed,
  parseWorkflowRunEvent,
  planRevert,
  pullNumberOf,
  REVERT_LABEL,
  revertBranchName,
  revertTitle,
  rollbackReason,
  triageEvent,
  type FailingRun,
  type Notice,
  type WorkflowRunEvent
} from './decide.js'
import { defaultBranchOf, labelIssue, pullsForCommit, writeNotice } from './github.js'
import { findOpenRevert, revertAndOpen, type RevertOutcome } from './open.js'

/** What happened, for the log and the job summary. */
type Report = {
  headline: string
  lines: string[]
  dryRun?: boolean
  notice?: Notice
  previews?: string[]
}

type Status = 'skipped' | 'success'

/** What the job knows once the event is read: the failing run, the repository, the read client. */
type Watch = {
  deps: LifecycleDeps
  inputs: Inputs
  report: Report
  event: WorkflowRunEvent
  owner: string
  repo: string
  repository: string
  defaultBranch: string
  /** The failing run's head commit: the merge to revert. */
  sha: string
  failingRun: FailingRun
  /** The token reads go with: the write token when given, else the github token. */
  readToken: string
  /** The read-only client, made on first use and once. */
  github: () => Promise<GitHubContext>
}

/** A watch that acts: the committed config, the database, and whether this is a dry run. */
type Run = Watch & { config: Config; dryRun: boolean; sql: Queryable }

/** The agent's action to revert, and its pull request. */
type Target = { action: ActionRecord; pullRequest: number; recordMerge: boolean }

/** The write gateway, and the one exception its flag check allows: the notice of a disable. */
type Writes = {
  gateway: WriteGateway
  /** Run `write` while the notice about this failing run may be written with the flag off. */
  asNotice<T>(write: () => Promise<T>): Promise<T>
}

export async function revertWatchStage(deps: LifecycleDeps, inputs: Inputs): Promise<StageResult> {
  const { host } = deps
  const report: Report = { headline: '', lines: [] }
  try {
    const status = await watch(deps, inputs, report)
    await host.writeSummary(renderSummary(report))
    host.setOutput('status', status)
    if (status === 'skipped') host.notice(forLog(report.headline, 1000))
    else host.info(forLog(report.headline, 1000))
    return { status, message: report.headline }
  } catch (error) {
    const message = errorLine(error)
    report.headline = `revert-watch failed: ${message}`
    try {
      await host.writeSummary(renderSummary(report))
    } catch (summaryError) {
      host.warning(`Could not write the job summary: ${forLog(String(summaryError))}`)
    }
    host.setOutput('status', 'failed')
    host.setFailed(message)
    return { status: 'failed', message }
  }
}

/** The event the job was started by; any event but workflow_run is an error in this mode. */
function readEvent(deps: LifecycleDeps): WorkflowRunEvent {
  const name = deps.ctx.event
  if (name !== 'workflow_run') {
    throw new Error(
      `Input "mode" is "revert-watch", which handles workflow_run events; this job was started by a "${forLog(name || '(none)', 60)}" event. Run it from a workflow with "on: workflow_run".`
    )
  }
  return parseWorkflowRunEvent(readEventPayload(deps.host.env, 'the workflow_run event'))
}

/** .github/workflows/x.yml, from GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/x.yml@refs/...). */
export function ownWorkflowPath(workflowRef: string | undefined, repository: string): string {
  if (!workflowRef) return ''
  const prefix = `${repository}/`
  const at = workflowRef.lastIndexOf('@')
  const path = at >= 0 ? workflowRef.slice(0, at) : workflowRef
  return path.toLowerCase().startsWith(prefix.toLowerCase()) ? path.slice(prefix.length) : path
}

async function watch(deps: LifecycleDeps, inputs: Inputs, report: Report): Promise<Status> {
  const w = await readWatch(deps, inputs, report)
  const triage = triageEvent(w.event, {
    repository: w.repository,
    defaultBranch: w.defaultBranch,
    ownWorkflowPath: ownWorkflowPath(deps.host.env.GITHUB_WORKFLOW_REF, w.repository),
    ownRunId: deps.ctx.githubRunId
  })
  if (!triage.act) {
    report.headline = `Nothing to do: ${triage.detail}.`
    return 'skipped'
  }
  const { config } = await readCommittedConfig(deps, inputs)
  const dryRun = inputs.forceDryRun || config.dryRunMode
  report.dryRun = dryRun
  if (!inputs.databaseUrl && !deps.allowEmbedded)
    throw new Error('Input "database-url" is empty; expected a PostgreSQL connection URL (from a secret).')
  const db = await deps.openDatabase(inputs.databaseUrl)
  try {
    await ensureSchema(db.sql, { migrate: inputs.migrate, remedy: migrateAdvice(deps.host.surface) })
    return await revertFailingMerge({ ...w, config, dryRun, sql: db.sql })
  } finally {
    await db.close()
  }
}

/** The event, the repository and its default branch, the failing run (reported), the read client. */
async function readWatch(deps: LifecycleDeps, inputs: Inputs, report: Report): Promise<Watch> {
  const { ctx } = deps
  const event = readEvent(deps)
  const { owner, repo } = parseRepository(ctx.repository)
  const repository = `${owner}/${repo}`
  const readToken = inputs.writeToken || inputs.githubToken
  let gh: Promise<GitHubContext> | undefined
  const github = (): Promise<GitHubContext> => {
    if (!readToken) {
      throw new Error(
        'Inputs "write-token" and "github-token" are both empty; expected a token to read the repository with.'
      )
    }
    gh ??= deps.github(readToken, { repository, readOnly: true })
    return gh
  }
  const defaultBranch =
    event.repository.defaultBranch || ctx.defaultBranch || (await defaultBranchOf(await github()))
  const failingRun: FailingRun = {
    id: event.run.id,
    name: event.run.name,
    url: `${ctx.serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${event.run.id}`,
    conclusion: event.run.conclusion
  }
  report.lines.push(
    `Workflow ${forMarkdown(event.run.name, 100)} ([run ${event.run.id}](${failingRun.url})) concluded ` +
      `${forMarkdown(event.run.conclusion || 'none', 40)} on ${forMarkdownCode(event.run.headBranch || '(no branch)', 100)} ` +
      `at ${forMarkdownCode(event.run.headSha, 64)}.`
  )
  const sha = event.run.headSha
  return {
    deps,
    inputs,
    report,
    event,
    owner,
    repo,
    repository,
    defaultBranch,
    sha,
    failingRun,
    readToken,
    github
  }
}

/**
 * The steps, in an order that makes each safe to repeat: nothing is written before the checks that
 * make a second event for the same merge a no-op.
 */
async function revertFailingMerge(r: Run): Promise<Status> {
  const target = await findRevertTarget(r)
  if (!target) return 'skipped'
  // A merge the gate did not see is a fact: recorded in a dry run too.
  if (target.recordMerge) await recordUnseenMerge(r, target)
  await ensureCanWrite(r, target)
  const writes = await openWrites(r)
  const { branch, revert } = await openRevert(r, target, writes.gateway)
  if (r.dryRun) reportDryRun(r, target, { branch, revert, gateway: writes.gateway })
  else if (!(await recordLiveRevert(r, target, { branch, revert, gateway: writes.gateway }))) return 'skipped'
  await applyFailureLimit(r, target, { revert, writes })
  return 'success'
}

/** The action behind the failing commit: by its recorded merge, else by GitHub's answer. */
async function findAction(
  r: Run
): Promise<{ action?: ActionRecord; pullNumber?: number; mergedOnGitHub: boolean }> {
  const { sql, repository, sha, defaultBranch } = r
  const merged = { sha, defaultBranch, repository }
  const action = await findActionByMergeSha(sql, repository, sha)
  if (action) {
    if (action.actionType !== 'pr' || pullNumberOf(action)) return { action, mergedOnGitHub: false }
    // Recorded as merged without its pull request number: GitHub knows it.
    const pull = mergedPullRequestFor(await pullsForCommit(await r.github(), sha), merged)
    return { action, pullNumber: pull?.number, mergedOnGitHub: false }
  }
  const pull = mergedPullRequestFor(await pullsForCommit(await r.github(), sha), merged)
  if (!pull) return { mergedOnGitHub: false }
  const found = await findActionForPullRequest(sql, {
    repository,
    number: pull.number,
    branch: pull.head?.ref ?? ''
  })
  if (!found || !actionMatchesPull(found, pull, repository)) return { mergedOnGitHub: false }
  return { action: found, pullNumber: pull.number, mergedOnGitHub: true }
}

/** The action to revert; undefined (the report says why) when there is none or it is reverted. */
async function findRevertTarget(r: Run): Promise<Target | undefined> {
  const { action, pullNumber, mergedOnGitHub } = await findAction(r)
  const plan = planRevert(action, {
    sha: r.sha,
    autoRevertOnFailure: r.config.rollbackConfig.autoRevertOnFailure,
    pullNumber,
    mergedOnGitHub
  })
  if (!plan.act) {
    r.report.headline = `Nothing to do: ${plan.detail}.`
    if (plan.reason === 'already-reverted' && action) await describeExistingRevert(r.sql, action.id, r.report)
    return undefined
  }
  const target = action as ActionRecord
  const existing = await findRevertOf(r.sql, target.id)
  if (existing.rollback || existing.revertAction) {
    r.report.headline = `Nothing to do: pull request #${plan.pullRequest} (action ${target.id}) is already reverted.`
    await describeExistingRevert(r.sql, target.id, r.report)
    return undefined
  }
  return { action: target, pullRequest: plan.pullRequest, recordMerge: plan.recordMerge }
}

/**
 * Record the merge of a 'submitted' action, or of a 'closed' one whose pull request was reopened and
 * merged: the gate did not see it.
 */
async function recordUnseenMerge(r: Run, t: Target): Promise<void> {
  const { action } = t
  const moved = await updateAction(r.sql, action.id, {
    status: 'merged',
    payload: {
      mergeSha: r.sha,
      pullRequest: { ...(action.payload.pullRequest as object), number: t.pullRequest }
    },
    from: ['submitted', 'merged', 'closed']
  })
  if (!moved) {
    const now = await getAction(r.sql, action.id)
    throw new Error(
      `Action ${action.id} changed while revert-watch read it (now "${now?.status ?? 'missing'}"); re-run the job.`
    )
  }
  r.report.lines.push(
    `Recorded pull request #${t.pullRequest} as merged at ${forMarkdownCode(r.sha, 64)} (action ${action.id}).`
  )
}

/** A live run writes only when the committed config and the flags allow it, with a write token. */
async function ensureCanWrite(r: Run, t: Target): Promise<void> {
  const killSwitch = await readKillSwitch(r.sql, r.repository)
  if (r.dryRun) return
  const due = `A revert of pull request #${t.pullRequest} (${forLog(t.action.title, 200)}) is due`
  if (!r.config.enabled) {
    throw new Error(
      `${due}, but the committed config says "enabled": false, so nothing is written: revert ${r.sha} by hand.`
    )
  }
  if (!killSwitch.on) {
    throw new Error(
      `${due}, but the self-evolution flag is off (${flagStates(killSwitch)}), so nothing is written: revert ${r.sha} by hand.`
    )
  }
  if (!r.inputs.writeToken) {
    throw new Error(
      `${due}, but input "write-token" is empty; expected a GitHub App installation token with contents, pull-requests and issues write (see docs/rollback.md).`
    )
  }
}

function flagStates(ks: KillSwitch): string {
  const global = ks.global === null ? 'missing' : ks.global ? 'on' : 'off'
  const repository = ks.repository === null ? 'not set' : ks.repository ? 'on' : 'off'
  return `global ${global}, repository ${repository}`
}

/**
 * The write gateway, with the write client (none in a dry run). Its flag check lets through, once
 * revert-watch turned the repository off, only the notice about that very failing run.
 */
async function openWrites(r: Run): Promise<Writes> {
  const { sql, repository, deps } = r
  let noticeFor: number | undefined
  const gateway = createWriteGateway({
    octokit: r.dryRun ? undefined : await deps.github(r.inputs.writeToken, { repository }),
    dryRun: r.dryRun,
    log: line => deps.host.info(forLog(line)),
    checkFlag: async () => {
      const ks = await readKillSwitch(sql, repository)
      if (ks.on) return true
      if (noticeFor === undefined) return false
      const row = (await listFlags(sql)).find(f => f.key === repositoryFlagKey(repository))
      return noticeWriteAllowed({ global: ks.global, repositoryFlag: row }, noticeFor)
    }
  })
  const asNotice = async <T>(write: () => Promise<T>): Promise<T> => {
    noticeFor = r.failingRun.id
    try {
      return await write()
    } finally {
      noticeFor = undefined
    }
  }
  return { gateway, asNotice }
}

/**
 * Adopt an open revert pull request left by an earlier, interrupted attempt, else revert in a
 * temporary clone, push and open the pull request.
 */
async function openRevert(
  r: Run,
  t: Target,
  gateway: WriteGateway
): Promise<{ branch: string; revert: RevertOutcome }> {
  const branch = revertBranchName(r.config.prTemplateConfig.branchPrefix, t.pullRequest)
  const title = revertTitle(t.action.title)
  const revert = await revertAndOpen(r.deps, gateway, {
    workspace: r.deps.ctx.workspace,
    defaultBranch: r.defaultBranch,
    mergeSha: r.sha,
    branch,
    token: r.dryRun ? r.readToken : r.inputs.writeToken,
    botName: r.config.rollout.botName,
    botEmail: r.config.rollout.botEmail,
    title,
    pullRequest: t.pullRequest,
    gh: { owner: r.owner, repo: r.repo },
    originalTitle: t.action.title,
    failingRun: r.failingRun,
    actionId: t.action.id,
    adopt: async () => findOpenRevert(await r.github(), branch, title, r.repository)
  })
  if (revert.adopted) {
    r.report.lines.push(
      `The branch ${forMarkdownCode(branch, 250)} and its pull request #${revert.pull?.number} were left open by an earlier attempt; recorded them.`
    )
  }
  return { branch, revert }
}

type Opened = { branch: string; revert: RevertOutcome; gateway: WriteGateway }

function reportDryRun(r: Run, t: Target, { branch, revert, gateway }: Opened): void {
  r.report.headline = `Dry run: would revert pull request #${t.pullRequest} (${forLog(t.action.title, 200)}) on branch ${branch} and open a pull request.`
  r.report.lines.push(
    `The revert applies cleanly: ${revert.squash ? 'a plain revert (squash or rebase merge)' : 'git revert -m 1 (merge commit)'} on ${forMarkdownCode(revert.baseSha, 64)}.`,
    'Nothing was written to GitHub and no revert was recorded.'
  )
  r.report.previews = gateway.previews.map(p => `${p.route}: ${p.description}`)
}

/**
 * Record the open revert pull request and label it. false: another job (a second CI workflow
 * failing on the same merge) recorded the revert meanwhile.
 */
async function recordLiveRevert(r: Run, t: Target, { branch, revert, gateway }: Opened): Promise<boolean> {
  const pull = revert.pull as { number: number; url: string }
  const recorded = await recordOnce(r, t, {
    branch,
    baseSha: revert.baseSha,
    headSha: revert.headSha,
    pullRequest: pull,
    revertOf: { actionId: t.action.id, pullRequest: t.pullRequest, mergeSha: r.sha },
    failingRun: r.failingRun
  })
  if (!recorded) return false
  const { host } = r.deps
  if (!recorded.runReverted)
    host.warning(`Run ${t.action.runId} was not found; no run status was set to reverted.`)
  try {
    await labelIssue(
      gateway,
      { owner: r.owner, repo: r.repo },
      pull.number,
      [...r.config.prTemplateConfig.autoLabels, REVERT_LABEL],
      `the revert pull request #${pull.number}`
    )
  } catch (error) {
    host.warning(
      `Could not label the revert pull request #${pull.number}: ${forLog((error as Error).message, 300)}`
    )
  }
  r.report.headline = `Reverted pull request #${t.pullRequest} (${forLog(t.action.title, 200)}): revert pull request #${pull.number} ${pull.url}.`
  r.report.lines.push(
    `Opened [#${pull.number}](${pull.url}) from ${forMarkdownCode(branch, 250)}; recorded revert action ${recorded.revertActionId} and rollback ${recorded.rollbackId}; ` +
      `action ${t.action.id} is rolled back${recorded.runReverted ? ` and run ${t.action.runId} is reverted` : ''}.`
  )
  return true
}

/** Record the revert; undefined (reported) when another job recorded it meanwhile. */
async function recordOnce(r: Run, t: Target, payload: RevertPayload) {
  try {
    return await recordRevert(r.sql, {
      revertedActionId: t.action.id,
      reason: rollbackReason({ failingRun: r.failingRun, defaultBranch: r.defaultBranch, mergeSha: r.sha }),
      payload,
      now: r.deps.now()
    })
  } catch (error) {
    const other = await findRevertOf(r.sql, t.action.id).catch(() => undefined)
    if (other?.rollback && other.revertAction) {
      r.report.headline = `Nothing to do: pull request #${t.pullRequest} was reverted by another job meanwhile.`
      await describeExistingRevert(r.sql, t.action.id, r.report)
      return undefined
    }
    throw new Error(
      `The revert pull request #${payload.pullRequest.number} is open, but recording it failed (${forLog((error as Error).message, 300)}); the next failure event, or a re-run, records it.`,
      { cause: error }
    )
  }
}

/** Consecutive failures: at the limit the repository goes off, and a human is told. */
async function applyFailureLimit(
  r: Run,
  t: Target,
  { revert, writes }: { revert: RevertOutcome; writes: Writes }
): Promise<void> {
  const { report, repository } = r
  const limit = r.config.rollbackConfig.maxFailuresBeforeDisable
  const ks = await readKillSwitch(r.sql, repository)
  const outcomes = await recentOutcomes(r.sql, repository, Math.max(limit, 1))
  const failures = consecutiveFailures(outcomes, {
    since: ks.repositoryEnabledAt,
    reverted: r.dryRun ? t.action.runId : undefined
  })
  const decision = decideDisable({ failures, limit, repositoryFlag: ks.repository })
  report.lines.push(
    `Consecutive failures: ${failures} of ${limit} (rollbackConfig.maxFailuresBeforeDisable).`
  )
  if (!decision.disable) {
    if (decision.alreadyOff && failures >= limit)
      report.lines.push(`The flag for ${repository} is already off.`)
    return
  }
  const notice = disabledNotice({
    repository,
    failures,
    limit,
    failingRun: r.failingRun,
    revertUrl: revert.pull?.url,
    pullRequest: t.pullRequest,
    title: t.action.title,
    at: r.deps.now()
  })
  if (r.dryRun) {
    report.notice = notice
    report.lines.push(
      `Dry run: the limit is reached, so a live run would turn ${repositoryFlagKey(repository)} off and open (or update) the issue labelled ${DISABLED_LABEL}.`
    )
    return
  }
  await disableRepository(r, t, { failures, limit, notice, revert, writes })
}

/** Turn the repository's flag off, then open (or comment on) the one notice issue. */
async function disableRepository(
  r: Run,
  t: Target,
  o: { failures: number; limit: number; notice: Notice; revert: RevertOutcome; writes: Writes }
): Promise<void> {
  const { repository, failingRun } = r
  const { failures, limit, notice } = o
  await setFlag(r.sql, {
    repository,
    value: false,
    by: DISABLED_BY,
    reason: disableReason({ failures, limit, failingRun }),
    now: r.deps.now(),
    details: {
      disabledFor: {
        failingRun,
        failures,
        limit,
        revertOf: { actionId: t.action.id, pullRequest: t.pullRequest, mergeSha: r.sha },
        revertPullRequest: o.revert.pull?.number ?? null
      }
    }
  })
  r.deps.host.warning(
    `${failures} consecutive failures: the flag for ${repository} is now off. An operator turns it back on with "self-evolution flag enable --repository ${repository}".`
  )
  try {
    const written = await o.writes.asNotice(async () =>
      writeNotice(o.writes.gateway, await r.github(), {
        label: DISABLED_LABEL,
        title: notice.title,
        body: notice.body,
        comment: notice.comment
      })
    )
    r.report.lines.push(
      `Turned ${repositoryFlagKey(repository)} off; ${written.action === 'created' ? 'opened' : 'commented on'} the notice issue #${written.number ?? '?'}.`
    )
  } catch (error) {
    throw new Error(
      `The flag for ${repository} is off (${failures} consecutive failures), but the notice issue could not be written: ${forLog((error as Error).message, 300)}`,
      { cause: error }
    )
  }
}

async function describeExistingRevert(sql: Queryable, actionId: number, report: Report) {
  const existing = await findRevertOf(sql, actionId)
  const pr = existing.revertAction?.payload.pullRequest as { number?: number; url?: string } | undefined
  if (pr?.number && pr.url) report.lines.push(`The revert: [#${pr.number}](${pr.url}).`)
  if (existing.rollback)
    report.lines.push(`Rollback ${existing.rollback.id}: ${forMarkdown(existing.rollback.reason, 600)}`)
}

function renderSummary(r: Report): string {
  const out = ['## self-evolution revert-watch', '', forMarkdown(r.headline, 1200), '']
  for (const line of r.lines) out.push(`- ${line}`)
  if (r.previews?.length) {
    out.push('', '### Writes a live run would make', '')
    for (const p of r.previews) out.push(`- ${forMarkdown(p, 300)}`)
  }
  if (r.notice) {
    out.push(
      '',
      `### Notice (dry run: no issue was opened)`,
      '',
      `**${forMarkdown(r.notice.title, 300)}**`,
      '',
      r.notice.body
    )
  }
  return out.join('\n') + '\n'
}
