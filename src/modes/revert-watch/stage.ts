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
import { listFlags, readKillSwitch, repositoryFlagKey, setFlag } from '../../db/flags.js'
import { ensureSchema } from '../../db/migrate.js'
import { findRevertOf, recordRevert, type RevertPayload } from '../../db/rollbacks.js'
import { recentOutcomes } from '../../db/runs.js'
import { createGitSandbox, GitCommandError } from '../../git/sandbox.js'
import { parseRepository, type GitHubContext } from '../../github/client.js'
import { createWriteGateway, type WriteGateway } from '../../github/gateway.js'
import { readCommittedConfig } from '../../config/source.js'
import type { StageResult } from '../../runtime/stage.js'
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
  revertBody,
  revertBranchName,
  revertTitle,
  rollbackReason,
  triageEvent,
  type FailingRun,
  type Notice,
  type WorkflowRunEvent
} from './decide.js'
import {
  deleteRevertBranch,
  originUrl,
  prepareRevert,
  pushRevert,
  RevertError,
  sameTreeAsRevert
} from './git.js'
import {
  labelIssue,
  openPullsForBranch,
  openRevertPull,
  pullsForCommit,
  writeNotice,
  type OpenPull,
  defaultBranchOf
} from './github.js'
import { isSameRepository } from '../../github/names.js'

/** What happened, for the log and the job summary. */
type Report = {
  headline: string
  lines: string[]
  dryRun?: boolean
  notice?: Notice
  previews?: string[]
}

export async function revertWatchStage(deps: LifecycleDeps, inputs: Inputs): Promise<StageResult> {
  const { host } = deps
  const report: Report = { headline: '', lines: [] }
  try {
    const outcome = await watch(deps, inputs, report)
    await host.writeSummary(renderSummary(report))
    host.setOutput('status', outcome.status)
    if (outcome.status === 'skipped') host.notice(forLog(report.headline, 1000))
    else host.info(forLog(report.headline, 1000))
    return { status: outcome.status, message: report.headline }
  } catch (error) {
    const message = forLog((error instanceof Error ? error.message : String(error)).split('\n')[0], 1000)
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

async function watch(
  deps: LifecycleDeps,
  inputs: Inputs,
  report: Report
): Promise<{ status: 'skipped' | 'success' }> {
  const { host, ctx } = deps
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
  const triage = triageEvent(event, {
    repository,
    defaultBranch,
    ownWorkflowPath: ownWorkflowPath(host.env.GITHUB_WORKFLOW_REF, repository),
    ownRunId: ctx.githubRunId
  })
  if (!triage.act) {
    report.headline = `Nothing to do: ${triage.detail}.`
    return { status: 'skipped' }
  }

  const committed = await readCommittedConfig(deps, inputs)
  const config = committed.config
  const dryRun = inputs.forceDryRun || config.dryRunMode
  report.dryRun = dryRun
  if (!inputs.databaseUrl && !deps.allowEmbedded)
    throw new Error('Input "database-url" is empty; expected a PostgreSQL connection URL (from a secret).')

  const db = await deps.openDatabase(inputs.databaseUrl)
  try {
    const sql = db.sql
    await ensureSchema(sql, { migrate: inputs.migrate })
    const sha = event.run.headSha

    // 1. The action behind the failing commit: by its recorded merge, else by GitHub's answer.
    let action: ActionRecord | undefined = await findActionByMergeSha(sql, repository, sha)
    let pullNumber: number | undefined
    let mergedOnGitHub = false
    if (action && action.actionType === 'pr' && !pullNumberOf(action)) {
      // Recorded as merged without its pull request number: GitHub knows it.
      const pull = mergedPullRequestFor(await pullsForCommit(await github(), sha), {
        sha,
        defaultBranch,
        repository
      })
      pullNumber = pull?.number
    }
    if (!action) {
      const pulls = await pullsForCommit(await github(), sha)
      const pull = mergedPullRequestFor(pulls, { sha, defaultBranch, repository })
      if (pull) {
        const found = await findActionForPullRequest(sql, {
          repository,
          number: pull.number,
          branch: pull.head?.ref ?? ''
        })
        if (found && actionMatchesPull(found, pull, repository)) {
          action = found
          pullNumber = pull.number
          mergedOnGitHub = true
        }
      }
    }
    const plan = planRevert(action, {
      sha,
      autoRevertOnFailure: config.rollbackConfig.autoRevertOnFailure,
      pullNumber,
      mergedOnGitHub
    })
    if (!plan.act) {
      report.headline = `Nothing to do: ${plan.detail}.`
      if (plan.reason === 'already-reverted' && action) await describeExistingRevert(sql, action.id, report)
      return { status: 'skipped' }
    }
    const target = action as ActionRecord
    const existing = await findRevertOf(sql, target.id)
    if (existing.rollback || existing.revertAction) {
      report.headline = `Nothing to do: pull request #${plan.pullRequest} (action ${target.id}) is already reverted.`
      await describeExistingRevert(sql, target.id, report)
      return { status: 'skipped' }
    }

    // 2. A merge the gate did not see (a 'submitted' action, or a 'closed' one whose pull request
    //    was reopened and merged) is recorded first: it is a fact, in a dry run too.
    if (plan.recordMerge) {
      const moved = await updateAction(sql, target.id, {
        status: 'merged',
        payload: {
          mergeSha: sha,
          pullRequest: { ...(target.payload.pullRequest as object), number: plan.pullRequest }
        },
        from: ['submitted', 'merged', 'closed']
      })
      if (!moved) {
        const now = await getAction(sql, target.id)
        throw new Error(
          `Action ${target.id} changed while revert-watch read it (now "${now?.status ?? 'missing'}"); re-run the job.`
        )
      }
      report.lines.push(
        `Recorded pull request #${plan.pullRequest} as merged at ${forMarkdownCode(sha, 64)} (action ${target.id}).`
      )
    }

    // 3. Can it write at all?
    const killSwitch = await readKillSwitch(sql, repository)
    const due = `A revert of pull request #${plan.pullRequest} (${forLog(target.title, 200)}) is due`
    if (!dryRun && !config.enabled) {
      throw new Error(
        `${due}, but the committed config says "enabled": false, so nothing is written: revert ${sha} by hand.`
      )
    }
    if (!dryRun && !killSwitch.on) {
      throw new Error(
        `${due}, but the self-evolution flag is off (global ${killSwitch.global === null ? 'missing' : killSwitch.global ? 'on' : 'off'}, ` +
          `repository ${killSwitch.repository === null ? 'not set' : killSwitch.repository ? 'on' : 'off'}), so nothing is written: revert ${sha} by hand.`
      )
    }
    if (!dryRun && !inputs.writeToken) {
      throw new Error(
        `${due}, but input "write-token" is empty; expected a GitHub App installation token with contents, pull-requests and issues write (see docs/rollback.md).`
      )
    }

    let noticeFor: number | undefined
    const gateway = createWriteGateway({
      octokit: dryRun ? undefined : await deps.github(inputs.writeToken, { repository }),
      dryRun,
      log: line => host.info(forLog(line)),
      checkFlag: async () => {
        const ks = await readKillSwitch(sql, repository)
        if (ks.on) return true
        if (noticeFor === undefined) return false
        const row = (await listFlags(sql)).find(f => f.key === repositoryFlagKey(repository))
        return noticeWriteAllowed({ global: ks.global, repositoryFlag: row }, noticeFor)
      }
    })

    // 4. The revert: adopt an open revert pull request left by an earlier, interrupted attempt,
    //    else revert in a temporary clone, push and open the pull request.
    const branch = revertBranchName(config.prTemplateConfig.branchPrefix, plan.pullRequest)
    const title = revertTitle(target.title)
    const writeToken = dryRun ? readToken : inputs.writeToken
    const revert = await revertAndOpen(deps, gateway, {
      workspace: ctx.workspace,
      defaultBranch,
      mergeSha: sha,
      branch,
      token: writeToken,
      botName: config.rollout.botName,
      botEmail: config.rollout.botEmail,
      title,
      pullRequest: plan.pullRequest,
      gh: { owner, repo },
      originalTitle: target.title,
      failingRun,
      actionId: target.id,
      adopt: async () => adoptOpenRevert(await github(), branch, title, repository)
    })
    if (revert.adopted) {
      report.lines.push(
        `The branch ${forMarkdownCode(branch, 250)} and its pull request #${revert.pull?.number} were left open by an earlier attempt; recorded them.`
      )
    }

    if (dryRun) {
      report.headline = `Dry run: would revert pull request #${plan.pullRequest} (${forLog(target.title, 200)}) on branch ${branch} and open a pull request.`
      report.lines.push(
        `The revert applies cleanly: ${revert.squash ? 'a plain revert (squash or rebase merge)' : 'git revert -m 1 (merge commit)'} on ${forMarkdownCode(revert.baseSha, 64)}.`,
        'Nothing was written to GitHub and no revert was recorded.'
      )
      report.previews = gateway.previews.map(
        p => `${p.method === 'GIT' ? p.route : p.route}: ${p.description}`
      )
    } else {
      const pull = revert.pull as { number: number; url: string }
      const payload: RevertPayload = {
        branch,
        baseSha: revert.baseSha,
        headSha: revert.headSha,
        pullRequest: pull,
        revertOf: { actionId: target.id, pullRequest: plan.pullRequest, mergeSha: sha },
        failingRun
      }
      let recorded
      try {
        recorded = await recordRevert(sql, {
          revertedActionId: target.id,
          reason: rollbackReason({ failingRun, defaultBranch, mergeSha: sha }),
          payload,
          now: deps.now()
        })
      } catch (error) {
        // Another job (a second CI workflow failing on the same merge) recorded it meanwhile.
        const other = await findRevertOf(sql, target.id).catch(() => undefined)
        if (other?.rollback && other.revertAction) {
          report.headline = `Nothing to do: pull request #${plan.pullRequest} was reverted by another job meanwhile.`
          await describeExistingRevert(sql, target.id, report)
          return { status: 'skipped' }
        }
        throw new Error(
          `The revert pull request #${pull.number} is open, but recording it failed (${forLog((error as Error).message, 300)}); the next failure event, or a re-run, records it.`,
          { cause: error }
        )
      }
      if (!recorded.runReverted)
        host.warning(`Run ${target.runId} was not found; no run status was set to reverted.`)
      try {
        await labelIssue(
          gateway,
          { owner, repo },
          pull.number,
          [...config.prTemplateConfig.autoLabels, REVERT_LABEL],
          `the revert pull request #${pull.number}`
        )
      } catch (error) {
        host.warning(
          `Could not label the revert pull request #${pull.number}: ${forLog((error as Error).message, 300)}`
        )
      }
      report.headline = `Reverted pull request #${plan.pullRequest} (${forLog(target.title, 200)}): revert pull request #${pull.number} ${pull.url}.`
      report.lines.push(
        `Opened [#${pull.number}](${pull.url}) from ${forMarkdownCode(branch, 250)}; recorded revert action ${recorded.revertActionId} and rollback ${recorded.rollbackId}; ` +
          `action ${target.id} is rolled back${recorded.runReverted ? ` and run ${target.runId} is reverted` : ''}.`
      )
    }

    // 5. Consecutive failures: at the limit the repository goes off, and a human is told.
    const limit = config.rollbackConfig.maxFailuresBeforeDisable
    const ks = await readKillSwitch(sql, repository)
    const outcomes = await recentOutcomes(sql, repository, Math.max(limit, 1))
    const failures = consecutiveFailures(outcomes, {
      since: ks.repositoryEnabledAt,
      reverted: dryRun ? target.runId : undefined
    })
    const decision = decideDisable({ failures, limit, repositoryFlag: ks.repository })
    report.lines.push(
      `Consecutive failures: ${failures} of ${limit} (rollbackConfig.maxFailuresBeforeDisable).`
    )
    if (decision.disable) {
      const notice = disabledNotice({
        repository,
        failures,
        limit,
        failingRun,
        revertUrl: revert.pull?.url,
        pullRequest: plan.pullRequest,
        title: target.title,
        at: deps.now()
      })
      if (dryRun) {
        report.notice = notice
        report.lines.push(
          `Dry run: the limit is reached, so a live run would turn ${repositoryFlagKey(repository)} off and open (or update) the issue labelled ${DISABLED_LABEL}.`
        )
      } else {
        await setFlag(sql, {
          repository,
          value: false,
          by: DISABLED_BY,
          reason: disableReason({ failures, limit, failingRun }),
          now: deps.now(),
          details: {
            disabledFor: {
              failingRun,
              failures,
              limit,
              revertOf: { actionId: target.id, pullRequest: plan.pullRequest, mergeSha: sha },
              revertPullRequest: revert.pull?.number ?? null
            }
          }
        })
        host.warning(
          `${failures} consecutive failures: the flag for ${repository} is now off. An operator turns it back on with "npx self-evolution flag enable --repository ${repository}".`
        )
        noticeFor = failingRun.id
        try {
          const written = await writeNotice(gateway, await github(), {
            label: DISABLED_LABEL,
            title: notice.title,
            body: notice.body,
            comment: notice.comment
          })
          report.lines.push(
            `Turned ${repositoryFlagKey(repository)} off; ${written.action === 'created' ? 'opened' : 'commented on'} the notice issue #${written.number ?? '?'}.`
          )
        } catch (error) {
          throw new Error(
            `The flag for ${repository} is off (${failures} consecutive failures), but the notice issue could not be written: ${forLog((error as Error).message, 300)}`,
            { cause: error }
          )
        } finally {
          noticeFor = undefined
        }
      }
    } else if (decision.alreadyOff && failures >= limit) {
      report.lines.push(`The flag for ${repository} is already off.`)
    }
    return { status: 'success' }
  } finally {
    await db.close()
  }
}

/**
 * An open pull request on the revert branch with the revert's own title: an earlier attempt's, once
 * revertAndOpen has checked that its head is the revert's tree.
 */
async function adoptOpenRevert(gh: GitHubContext, branch: string, title: string, repository: string) {
  const open = await openPullsForBranch(gh, branch)
  const mine = open.filter(p => isSameRepository(p.head?.repo?.full_name, repository))
  if (!mine.length) return undefined
  const same = mine.find(p => p.title === title)
  if (!same) {
    throw new Error(
      `An open pull request (#${mine[0].number}) already uses the branch ${forLog(branch, 250)} with another title; close it or delete the branch, then re-run.`
    )
  }
  return same
}

async function revertAndOpen(
  deps: LifecycleDeps,
  gateway: WriteGateway,
  o: {
    workspace: string
    defaultBranch: string
    mergeSha: string
    branch: string
    token: string
    botName: string
    botEmail: string
    title: string
    pullRequest: number
    gh: { owner: string; repo: string }
    originalTitle: string
    failingRun: FailingRun
    actionId: number
    /** The open pull request an earlier, interrupted attempt left on the branch, if any. */
    adopt: () => Promise<OpenPull | undefined>
  }
): Promise<{
  baseSha: string
  headSha: string
  squash: boolean
  pull?: { number: number; url: string }
  adopted?: boolean
}> {
  const sandbox = createGitSandbox('self-evolution-revert-')
  try {
    const remote = await originUrl(o.workspace)
    const prepared = await prepareRevert(sandbox, {
      remote,
      defaultBranch: o.defaultBranch,
      mergeSha: o.mergeSha,
      branch: o.branch,
      token: o.token || undefined,
      botName: o.botName,
      botEmail: o.botEmail
    })
    const body = revertBody({
      title: o.originalTitle,
      pullRequest: o.pullRequest,
      mergeSha: o.mergeSha,
      failingRun: o.failingRun,
      defaultBranch: o.defaultBranch,
      squash: prepared.squash,
      actionId: o.actionId
    })
    // An open pull request on the branch is adopted only when its head is this very revert: its
    // title is predictable, and anyone who can push the branch could put anything behind it.
    const adoptable = async (): Promise<OpenPull | undefined> => {
      const open = await o.adopt()
      if (!open) return undefined
      const head = open.head?.sha ?? ''
      const same = await sameTreeAsRevert(sandbox, {
        dir: prepared.dir,
        remote,
        sha: head,
        headSha: prepared.headSha,
        token: o.token || undefined
      })
      if (!same) {
        throw new RevertError(
          `An open pull request (#${open.number}) on the branch ${forLog(o.branch, 250)} has the revert's title, but its head ${forLog(head, 80)} is not the revert of ${o.mergeSha}; nothing is recorded. Close it or delete the branch, then re-run.`
        )
      }
      return open
    }
    let pushed
    try {
      pushed = await pushRevert(sandbox, gateway, {
        dir: prepared.dir,
        remote,
        branch: o.branch,
        headSha: prepared.headSha,
        token: o.token || undefined
      })
    } catch (error) {
      if (!(error instanceof GitCommandError)) throw error
      // The branch exists: an earlier attempt pushed it. Its open pull request is recorded instead.
      const open = await adoptable()
      if (open) {
        return {
          baseSha: open.base.sha,
          headSha: open.head?.sha ?? '',
          squash: prepared.squash,
          pull: { number: open.number, url: open.html_url },
          adopted: true
        }
      }
      throw new RevertError(
        `Pushing the revert branch ${forLog(o.branch, 250)} failed (${forLog(error.message, 300)}); if it is left from an earlier attempt without a pull request, delete it and re-run.`,
        { cause: error }
      )
    }
    let pull
    try {
      pull = await openRevertPull(gateway, o.gh, {
        title: o.title,
        body,
        branch: o.branch,
        base: o.defaultBranch,
        pullRequest: o.pullRequest
      })
    } catch (error) {
      if (pushed.performed) {
        // A pull request already open on the branch (an earlier attempt's) is recorded, and its
        // branch kept; adoptable() throws for a pull request that is not this revert.
        const open = await adoptable()
        if (open) {
          return {
            baseSha: prepared.baseSha,
            headSha: prepared.headSha,
            squash: prepared.squash,
            pull: { number: open.number, url: open.html_url },
            adopted: true
          }
        }
        // No orphan: a branch without its pull request is deleted again.
        await deleteRevertBranch(sandbox, gateway, {
          dir: prepared.dir,
          remote,
          branch: o.branch,
          sha: prepared.headSha,
          token: o.token || undefined
        }).catch(deleteError =>
          deps.host.warning(
            `Could not delete the revert branch ${forLog(o.branch, 250)} after the pull request failed: ${forLog((deleteError as Error).message, 300)}`
          )
        )
      }
      throw error
    }
    return { baseSha: prepared.baseSha, headSha: prepared.headSha, squash: prepared.squash, pull }
  } finally {
    sandbox.cleanup()
  }
}

async function describeExistingRevert(
  sql: Parameters<typeof findRevertOf>[0],
  actionId: number,
  report: Report
) {
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
