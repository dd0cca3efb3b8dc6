/**
 * revert-watch's decisions, pure: which workflow_run events matter, which merge is the agent's,
 * whether to revert it, what the revert branch, title and body are, and when consecutive failures
 * turn the repository off. No I/O, no clock: src/modes/revert-watch/stage.ts reads and writes around them.
 */
import { cap, forLog, forMarkdown, forMarkdownCode } from '../../text/escape.js'
import { isCounted, isFailure } from '../../daily/preconditions.js'
import type { ActionRecord } from '../../db/actions.js'
import { isSameRepository } from '../../github/names.js'
import { OBJECT_ID } from '../../git/object-id.js'

/** The label that deduplicates the one issue telling a human the repository was turned off. */
export const DISABLED_LABEL = 'self-evolution:disabled'
/** Added to revert pull requests, beside prTemplateConfig.autoLabels. */
export const REVERT_LABEL = 'self-evolution:revert'
/** Who turns the flag off, in its metadata and the events table. */
export const DISABLED_BY = 'self-evolution revert-watch'

/** The parts of a workflow_run event revert-watch uses. */
export type WorkflowRunEvent = {
  action: string
  run: {
    id: number
    name: string
    htmlUrl: string
    conclusion: string
    headSha: string
    headBranch: string
    /** What started the run: push, schedule, pull_request... */
    event: string
    /** The workflow file, e.g. .github/workflows/ci.yml. */
    path: string
    attempt: number
    headRepository: string
  }
  repository: { fullName: string; defaultBranch: string }
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

/** Read a workflow_run payload; a payload without what revert-watch needs is an error naming it. */
export function parseWorkflowRunEvent(payload: unknown): WorkflowRunEvent {
  const root = obj(payload)
  const run = obj(root.workflow_run)
  const repository = obj(root.repository)
  const id = run.id
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
    throw new Error(
      `The workflow_run event has workflow_run.id "${forLog(String(id), 40)}"; expected a positive integer.`
    )
  }
  const headSha = str(run.head_sha).toLowerCase()
  if (!OBJECT_ID.test(headSha)) {
    throw new Error(
      `The workflow_run event has workflow_run.head_sha "${forLog(String(run.head_sha), 80)}"; expected a commit SHA.`
    )
  }
  const fullName = str(repository.full_name)
  if (!fullName) throw new Error('The workflow_run event has no repository.full_name.')
  return {
    action: str(root.action),
    run: {
      id,
      name: str(run.name) || str(obj(root.workflow).name) || `workflow run ${id}`,
      htmlUrl: str(run.html_url),
      conclusion: str(run.conclusion),
      headSha,
      headBranch: str(run.head_branch),
      event: str(run.event),
      path: str(run.path) || str(obj(root.workflow).path),
      attempt: typeof run.run_attempt === 'number' ? run.run_attempt : 1,
      headRepository: str(obj(run.head_repository).full_name) || fullName
    },
    repository: { fullName, defaultBranch: str(repository.default_branch) }
  }
}

export type Skip = { act: false; reason: SkipReason; detail: string }
export type SkipReason =
  | 'not-completed'
  | 'other-repository'
  | 'own-workflow'
  | 'not-default-branch'
  | 'not-a-failure'
  | 'not-an-agent-merge'
  | 'revert-of-revert'
  | 'action-not-merged'
  | 'already-reverted'
  | 'auto-revert-off'

/** Runs started by these events test code that is not on the default branch. */
const FOREIGN_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review'])

/**
 * Whether a completed workflow_run is one revert-watch looks at: a failure, in this repository,
 * of a run on the default branch's own commits, not of revert-watch's own workflow.
 */
export function triageEvent(
  e: WorkflowRunEvent,
  ctx: { repository: string; defaultBranch: string; ownWorkflowPath: string; ownRunId: number }
): Skip | { act: true } {
  const name = forLog(e.run.name, 100)
  if (e.action !== 'completed')
    return skip('not-completed', `the workflow_run event is "${forLog(e.action, 40)}", not "completed"`)
  if (e.repository.fullName.toLowerCase() !== ctx.repository.toLowerCase())
    return skip('other-repository', `the run belongs to ${forLog(e.repository.fullName, 100)}`)
  if ((ctx.ownWorkflowPath && e.run.path === ctx.ownWorkflowPath) || e.run.id === ctx.ownRunId)
    return skip('own-workflow', `"${name}" is revert-watch's own workflow`)
  if (
    FOREIGN_EVENTS.has(e.run.event) ||
    e.run.headRepository.toLowerCase() !== ctx.repository.toLowerCase() ||
    e.run.headBranch !== ctx.defaultBranch
  ) {
    return skip(
      'not-default-branch',
      `"${name}" ran for ${e.run.event ? `a ${forLog(e.run.event, 40)} event on ` : ''}` +
        `${forLog(e.run.headRepository, 100)}:${forLog(e.run.headBranch || '(no branch)', 100)}, ` +
        `not for the default branch ${forLog(ctx.defaultBranch, 100)}`
    )
  }
  if (e.run.conclusion !== 'failure')
    return skip(
      'not-a-failure',
      `"${name}" concluded "${forLog(e.run.conclusion || 'none', 40)}", not "failure"`
    )
  return { act: true }
}

function skip(reason: SkipReason, detail: string): Skip {
  return { act: false, reason, detail }
}

/** A pull request as GET /repos/{o}/{r}/commits/{sha}/pulls lists it (only what is read). */
export type ListedPull = {
  number: number
  merged_at?: string | null
  merge_commit_sha?: string | null
  base?: { ref?: string; repo?: { full_name?: string } | null }
  head?: { ref?: string; sha?: string; repo?: { full_name?: string } | null }
}

/** The pull request merged into the default branch as `sha`, among those the API lists for it. */
export function mergedPullRequestFor(
  pulls: ListedPull[],
  opts: { sha: string; defaultBranch: string; repository: string }
): ListedPull | undefined {
  return pulls.find(
    p =>
      Boolean(p.merged_at) &&
      p.merge_commit_sha === opts.sha &&
      p.base?.ref === opts.defaultBranch &&
      isSameRepository(p.base?.repo?.full_name, opts.repository)
  )
}

/** Whether a recorded action is the one behind this merged pull request. */
export function actionMatchesPull(action: ActionRecord, pull: ListedPull, repository: string): boolean {
  const pr = obj(action.payload.pullRequest)
  if (typeof pr.number === 'number') return pr.number === pull.number
  // An action whose PR number was never written: only its own branch, in this repository.
  return (
    typeof action.payload.branch === 'string' &&
    action.payload.branch === pull.head?.ref &&
    isSameRepository(pull.head?.repo?.full_name, repository)
  )
}

export type RevertPlan =
  | Skip
  | {
      act: true
      /** The action is still 'submitted' or 'closed' (or merged without its merge commit): record the merge first. */
      recordMerge: boolean
      pullRequest: number
    }

/**
 * Given the action behind the failing commit, whether to revert it. `mergedOnGitHub`: GET
 * /commits/{sha}/pulls shows its pull request merged as this very commit, so a 'closed' action
 * (closed, reopened and merged without the gate seeing the merge) is a merge the gate never saw.
 */
export function planRevert(
  action: ActionRecord | undefined,
  opts: { sha: string; autoRevertOnFailure: boolean; pullNumber?: number; mergedOnGitHub?: boolean }
): RevertPlan {
  if (!action)
    return skip('not-an-agent-merge', 'the failing commit is not the merge of a recorded pull request')
  const prNumber = opts.pullNumber ?? pullNumberOf(action)
  const label = prNumber ? `pull request #${prNumber} (action ${action.id})` : `action ${action.id}`
  if (action.actionType === 'revert')
    return skip(
      'revert-of-revert',
      `the failing commit merged a revert (${label}); a revert is never reverted`
    )
  if (action.actionType !== 'pr')
    return skip('not-an-agent-merge', `action ${action.id} is of type "${forLog(action.actionType, 40)}"`)
  const recorded = typeof action.payload.mergeSha === 'string' ? action.payload.mergeSha : undefined
  if (recorded && recorded !== opts.sha)
    return skip('not-an-agent-merge', `${label} was merged as ${recorded.slice(0, 12)}, not this commit`)
  if (action.status === 'rolled_back') return skip('already-reverted', `${label} is already rolled back`)
  const closedButMerged = action.status === 'closed' && opts.mergedOnGitHub === true
  if (action.status !== 'merged' && action.status !== 'submitted' && !closedButMerged)
    return skip('action-not-merged', `${label} is "${action.status}", not merged`)
  if (!prNumber) return skip('not-an-agent-merge', `action ${action.id} records no pull request number`)
  if (!opts.autoRevertOnFailure)
    return skip('auto-revert-off', `rollbackConfig.autoRevertOnFailure is false, so ${label} is not reverted`)
  return { act: true, recordMerge: action.status !== 'merged' || !recorded, pullRequest: prNumber }
}

export function pullNumberOf(action: ActionRecord): number | undefined {
  const n = obj(action.payload.pullRequest).number
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined
}

/** `<branchPrefix>revert-<pr>`. */
export function revertBranchName(branchPrefix: string, pullRequest: number): string {
  if (!Number.isSafeInteger(pullRequest) || pullRequest <= 0)
    throw new Error(`A revert branch needs a pull request number; got "${forLog(String(pullRequest), 40)}".`)
  return `${branchPrefix}revert-${pullRequest}`
}

/** Control, invisible and line-breaking characters, which a title may not carry. */
const UNPRINTABLE =
  /(?:[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\udb40[\udc00-\udc7f])/g

/** The most code points of the reverted title kept in the revert's title (GitHub allows 256 in all). */
export const REVERT_TITLE_MAX = 200

/** `Revert "<title>"`, the title on one line, without invisible characters, capped. */
export function revertTitle(title: string): string {
  const clean = String(title).replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim()
  return `Revert "${cap(clean || 'untitled change', REVERT_TITLE_MAX)}"`
}

export type FailingRun = { id: number; name: string; url: string; conclusion: string }

/** The revert pull request's body: what is reverted, why (the failing run, linked), and what not. */
export function revertBody(o: {
  title: string
  pullRequest: number
  mergeSha: string
  failingRun: FailingRun
  defaultBranch: string
  squash: boolean
  actionId: number
}): string {
  return [
    `Reverts #${o.pullRequest} (${o.squash ? 'commit' : 'merge commit'} ${forMarkdownCode(o.mergeSha, 64)}): ${forMarkdown(o.title, 200)}`,
    '',
    `The workflow ${forMarkdown(o.failingRun.name, 100)} concluded **${forMarkdown(o.failingRun.conclusion, 40)}** ` +
      `on ${forMarkdownCode(o.defaultBranch, 100)} at this commit: ${o.failingRun.url}`,
    '',
    `Opened by self-evolution revert-watch because \`rollbackConfig.autoRevertOnFailure\` is on. ` +
      'Auto-merge is not enabled: a human reviews and merges this revert.',
    '',
    `<!-- self-evolution: revert of action ${o.actionId} -->`,
    ''
  ].join('\n')
}

/** The rollback row's reason: the workflow, its conclusion and a link. */
export function rollbackReason(o: {
  failingRun: FailingRun
  defaultBranch: string
  mergeSha: string
}): string {
  return forLog(
    `Workflow "${o.failingRun.name}" concluded ${o.failingRun.conclusion} on ${o.defaultBranch} at ${o.mergeSha}: ${o.failingRun.url}`,
    1000
  )
}

/** A finished outcome of the repository, newest first (src/db/runs.ts recentOutcomes). */
export type CountedOutcome = { runId: number; status: string; finishedAt: Date | string }

/**
 * The consecutive failures (failed or reverted: the one definition in src/daily/preconditions.ts) at the
 * head of `outcomes`, skipping cancelled runs, counting only those after `since` (when an operator last turned the repository
 * on, so a re-enable sticks). `reverted`: a run to count as reverted (a dry run's revert that was
 * not recorded).
 */
export function consecutiveFailures(
  outcomes: CountedOutcome[],
  opts: { since: Date | null; reverted?: number }
): number {
  let n = 0
  for (const o of outcomes) {
    if (opts.since && new Date(o.finishedAt).getTime() <= opts.since.getTime()) break
    const status = o.runId === opts.reverted ? 'reverted' : o.status
    if (!isCounted(status)) continue
    if (!isFailure(status)) break
    n++
  }
  return n
}

export type DisableDecision =
  | { disable: false; failures: number; limit: number; alreadyOff: boolean }
  | { disable: true; failures: number; limit: number }

/** Turn the repository off when the limit is reached and it is not off already. */
export function decideDisable(o: {
  failures: number
  limit: number
  repositoryFlag: boolean | null
}): DisableDecision {
  const reached = o.limit > 0 && o.failures >= o.limit
  if (!reached || o.repositoryFlag === false)
    return { disable: false, failures: o.failures, limit: o.limit, alreadyOff: o.repositoryFlag === false }
  return { disable: true, failures: o.failures, limit: o.limit }
}

/** The flag's reason (one line). */
export function disableReason(o: { failures: number; limit: number; failingRun: FailingRun }): string {
  return forLog(
    `revert-watch: ${o.failures} consecutive failures (limit ${o.limit}, rollbackConfig.maxFailuresBeforeDisable); the last: workflow "${o.failingRun.name}" concluded ${o.failingRun.conclusion}: ${o.failingRun.url}`,
    1000
  )
}

/** The command that turns the repository back on (src/cli/commands/flag.ts). */
function enableCommand(repository: string): string {
  return `self-evolution flag enable --repository ${repository} --reason "fixed: <what you fixed>"`
}

export type Notice = { title: string; body: string; comment: string }

/** The one issue (and the comment that updates it) telling a human the repository is off. */
export function disabledNotice(o: {
  repository: string
  failures: number
  limit: number
  failingRun: FailingRun
  revertUrl?: string
  pullRequest: number
  title: string
  at: Date
}): Notice {
  const repo = forMarkdownCode(o.repository, 140)
  const why = [
    `revert-watch turned self-evolution off for ${repo} at ${o.at.toISOString()}: ` +
      `${o.failures} consecutive failures reached \`rollbackConfig.maxFailuresBeforeDisable\` (${o.limit}).`,
    '',
    `The last failure: the workflow ${forMarkdown(o.failingRun.name, 100)} concluded **${forMarkdown(o.failingRun.conclusion, 40)}** ` +
      `after pull request #${o.pullRequest} (${forMarkdown(o.title, 200)}) was merged: ${o.failingRun.url}` +
      (o.revertUrl ? `\nIts revert: ${o.revertUrl}` : ''),
    ''
  ]
  const how = [
    '**How to turn it back on**, once the cause is understood and fixed:',
    '',
    '```sh',
    enableCommand(o.repository),
    `self-evolution flag status --repository ${o.repository}`,
    '```',
    '',
    'The database URL comes from `--database-url` or `DATABASE_URL`. Failures before the flag is turned ' +
      'back on no longer count towards the limit. The global flag must be on too.',
    ''
  ]
  return {
    title: `self-evolution is off for ${o.repository}: ${o.failures} consecutive failures`,
    body: [...why, ...how, `<!-- self-evolution: ${DISABLED_LABEL} -->`, ''].join('\n'),
    comment: ['Turned off again.', '', ...why, ...how].join('\n')
  }
}

/**
 * The notice is written after the repository's flag went off, which the write gateway refuses by
 * design. It is allowed only for the disable it reports: the global flag on, and the repository's
 * flag turned off by revert-watch for this very failing run.
 */
export function noticeWriteAllowed(
  o: {
    global: boolean | null
    repositoryFlag: { value: boolean; metadata: Record<string, unknown> } | undefined
  },
  failingRunId: number
): boolean {
  if (o.global !== true || !o.repositoryFlag || o.repositoryFlag.value !== false) return false
  const m = o.repositoryFlag.metadata
  const run = obj(obj(m.disabledFor).failingRun)
  return m.disabledBy === DISABLED_BY && run.id === failingRunId
}
