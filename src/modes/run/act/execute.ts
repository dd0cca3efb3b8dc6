/**
 * Executing one allowed proposal, live: the imperative shell around the pure parts.
 *
 * A pull request (a proposal with a patch):
 *   1. the default branch's head fetched into a fresh bare repository in a hardened sandbox
 *      (src/git/sandbox.ts): no work tree, so nothing of the patch is ever written to disk as files;
 *   2. the branch name, checked by `git check-ref-format --branch`;
 *   3. the one applyPatch (src/git/apply-patch.ts) that judging uses, with the clone's own object
 *      store (a throwaway), then `git commit-tree` of its tree as the bot (never the agent's text
 *      as an option: the message goes on stdin), and the branch pointed at the commit;
 *   4. verify before pushing: the policy engine judges `git diff <base> <commit>` again, and the
 *      files must be exactly the ones judged;
 *   5. the branch and commit are recorded as a possible leftover, then pushed through the write
 *      gateway; the draft pull request, its labels and reviewers follow;
 *   6. the action becomes `submitted` with branch, baseSha, headSha and pullRequest.
 * When the pull request cannot be opened, the pushed branch is deleted again; when even that
 * fails, the action keeps `leftover` and the next run deletes it (cleanLeftovers).
 *
 * An issue (a proposal without changes): opened with the same labels, then `submitted`.
 */
import type { Queryable } from '../../../db/client.js'
import { updateAction, type ActionRecord } from '../../../db/actions.js'
import { applyPatch } from '../../../git/apply-patch.js'
import { createGitSandbox, fetchIntoBare, type GitSandbox } from '../../../git/sandbox.js'
import { OBJECT_ID } from '../../../git/object-id.js'
import { WriteRefusedError, type WriteGateway } from '../../../github/gateway.js'
import { errorText } from '../../../github/client.js'
import {
  evaluateProposals,
  readGitChanges,
  type FileChange,
  type ProposalVerdict
} from '../../../policy/index.js'
import type { Config } from '../../../config/schema.js'
import { forLog } from '../../../text/escape.js'
import { branchName } from './branch.js'
import {
  commitMessage,
  labelsFor,
  plainTitle,
  renderIssueBody,
  renderPullRequestBody,
  TEMPLATE_PATH
} from './body.js'

export type ActEnv = {
  sql: Queryable
  gateway: WriteGateway
  owner: string
  repo: string
  /** The checkout's origin URL (credentials removed): a bare repository on disk in tests. */
  remote: string
  defaultBranch: string
  /** The write-token, for git over https (a per-command header). */
  token: string
  config: Config
  configPath: string
  runId: number
  runDate: string
  log: (line: string) => void
  /** A sandbox factory (tests may keep the directory). */
  sandbox?: () => GitSandbox
}

export type ActJob = {
  actionId: number
  proposalId: number
  verdict: ProposalVerdict
  /** The patch text judged (pull requests only). */
  patch?: string
}

export type ActOutcome =
  | {
      kind: 'submitted'
      actionId: number
      pullRequest?: { number: number; url: string }
      issue?: { number: number; url: string }
      branch?: string
      warnings: string[]
    }
  | { kind: 'not-executed'; actionId: number; reason: string }
  | { kind: 'failed'; actionId: number; reason: string; leftover?: string }
  | { kind: 'previewed'; actionId: number }

/** A proposal that was not executed: the code and sentence go to payload.reason. */
class NotExecuted extends Error {
  constructor(
    readonly code: string,
    sentence: string,
    readonly detail?: string
  ) {
    super(`${code}: ${sentence}`)
  }
}

/** The gateway refused because the kill switch is off (or could not be read). */
const isFlagOff = (error: unknown) =>
  error instanceof WriteRefusedError && (error.reason === 'flag-off' || error.reason === 'flag-unknown')

async function revParse(sandbox: GitSandbox, dir: string, rev: string): Promise<string> {
  const out = (await sandbox.git(['rev-parse', '--verify', '--end-of-options', rev], { cwd: dir })).stdout
    .toString('utf8')
    .trim()
  if (!OBJECT_ID.test(out)) throw new Error(`git rev-parse printed "${forLog(out, 80)}", not an object id`)
  return out
}

/** The change as the engine compares it: status, paths, counts, binary, and a mode change. */
function fileKey(f: FileChange): string {
  const modeChange =
    f.previousMode && f.mode && f.previousMode !== f.mode ? `${f.previousMode}>${f.mode}` : ''
  return JSON.stringify([
    f.status,
    f.previousPath ?? '',
    f.path,
    f.binary ? null : f.additions,
    f.binary ? null : f.deletions,
    f.binary,
    modeChange
  ])
}

/** How what git committed differs from what was judged; empty when it is the same change. */
export function differences(judged: FileChange[], committed: FileChange[]): string[] {
  const a = judged.map(fileKey).sort()
  const b = committed.map(fileKey).sort()
  const out: string[] = []
  const bag = new Map<string, number>()
  for (const k of b) bag.set(k, (bag.get(k) ?? 0) + 1)
  for (const k of a) {
    const n = bag.get(k) ?? 0
    if (n > 0) bag.set(k, n - 1)
    else out.push(`judged but not committed: ${describeKey(k)}`)
  }
  for (const [k, n] of bag)
    for (let i = 0; i < n; i++) out.push(`committed but not judged: ${describeKey(k)}`)
  // Declared modes must agree too (a patch that names a mode git did not write).
  const byPath = new Map(committed.map(f => [f.path, f]))
  for (const f of judged) {
    const c = byPath.get(f.path)
    if (c && f.mode && c.mode && f.mode !== c.mode)
      out.push(`mode of ${f.path}: judged ${f.mode}, committed ${c.mode}`)
  }
  return out
}

function describeKey(key: string): string {
  const [status, previous, path, add, del] = JSON.parse(key) as [
    string,
    string,
    string,
    number | null,
    number | null
  ]
  return `${status} ${previous ? `${previous} -> ` : ''}${path} (+${add ?? '?'} -${del ?? '?'})`
}

/** Where a pull request's execution got to: what a failure has to undo or record. */
type PullRequestProgress = {
  branch: string
  head: string
  pushed: boolean
  /** Set once git push starts: a push that fails may still have reached the remote. */
  attempted: boolean
}

/** The commit made in the clone: its directory, the default branch's head, and the new head. */
type Commit = { dir: string; base: string; head: string }

export async function executePullRequest(env: ActEnv, job: ActJob): Promise<ActOutcome> {
  const sandbox = (env.sandbox ?? createGitSandbox)()
  const progress: PullRequestProgress = { branch: '', head: '', pushed: false, attempted: false }
  try {
    if (job.patch === undefined) throw new NotExecuted('no-patch', 'the proposal carries no patch to apply')
    const branch = (progress.branch = branchName({
      prefix: env.config.prTemplateConfig.branchPrefix,
      runDate: env.runDate,
      title: job.verdict.title,
      proposalId: job.proposalId
    }))
    const commit = await commitPatch(env, sandbox, job, branch, job.patch)
    progress.head = commit.head
    await verifyCommit(env, sandbox, job, commit)
    const body = await pullRequestBody(env, sandbox, job, branch, commit)
    // Recorded before the push: if the run stops after it, the next run finds the branch.
    if (!env.gateway.dryRun) {
      const claimed = await updateAction(env.sql, job.actionId, {
        payload: {
          branch,
          baseSha: commit.base,
          headSha: commit.head,
          leftover: { branch, headSha: commit.head }
        },
        from: ['planned'],
        latestAttempt: true
      })
      if (!claimed) {
        throw new NotExecuted(
          'not-planned',
          'the action is no longer planned, or a later attempt of the run superseded it'
        )
      }
    }
    const push = await pushBranch(env, sandbox, job, branch, commit, progress)
    if (!push.performed) {
      await previewPullRequest(env, job, branch, body)
      return { kind: 'previewed', actionId: job.actionId }
    }
    progress.pushed = true
    return await openPullRequest(env, job, branch, commit, body)
  } catch (error) {
    return await settleFailure(env, job, progress, error)
  } finally {
    sandbox.cleanup()
  }
}

/**
 * The default branch's head in a fresh bare repository, the patch applied by applyPatch (the
 * same reading that judged it) and its tree committed as the bot; the branch points at it.
 */
async function commitPatch(
  env: ActEnv,
  sandbox: GitSandbox,
  job: ActJob,
  branch: string,
  patch: string
): Promise<Commit> {
  const dir = await fetchIntoBare(sandbox, env.remote, [`refs/heads/${env.defaultBranch}`], {
    token: env.token,
    name: 'work.git'
  })
  const base = await revParse(sandbox, dir, 'refs/sandbox/0^{commit}')
  const checked = await sandbox.git(['check-ref-format', '--branch', branch], {
    cwd: dir,
    okCodes: [0, 1, 128]
  })
  if (checked.code !== 0 || checked.stdout.toString('utf8').trim() !== branch) {
    throw new NotExecuted('bad-branch-name', `git check-ref-format refuses the branch name ${branch}`)
  }
  const applied = await applyPatch({
    repo: dir,
    base,
    patch,
    configPath: env.configPath,
    env: sandbox.env,
    // The clone is a throwaway: its own store keeps the objects where the push finds them.
    objects: 'repository',
    scratchDir: sandbox.root
  })
  if (!applied.ok) {
    throw new NotExecuted(
      'patch-does-not-apply',
      `the patch does not apply to ${env.defaultBranch} at ${base.slice(0, 12)}`,
      applied.message
    )
  }
  if (applied.tree === applied.baseTree) {
    throw new NotExecuted('empty-change', 'the patch applies but changes nothing')
  }
  const bot = env.config.rollout
  const v = job.verdict
  // The message goes on stdin: the agent's text is never an option.
  const made = await sandbox.git(
    [
      '-c',
      `user.name=${bot.botName}`,
      '-c',
      `user.email=${bot.botEmail}`,
      'commit-tree',
      '--no-gpg-sign',
      '-p',
      base,
      applied.tree
    ],
    {
      cwd: dir,
      input: commitMessage({ title: v.title, proposalId: job.proposalId, runId: env.runId, type: v.type })
    }
  )
  const head = made.stdout.toString('utf8').trim()
  if (!OBJECT_ID.test(head))
    throw new Error(`git commit-tree printed "${forLog(head, 80)}", not an object id`)
  await sandbox.git(['update-ref', '--no-deref', `refs/heads/${branch}`, head, ''], { cwd: dir })
  return { dir, base, head }
}

/** Verify before pushing: the commit must be the change that was judged, and pass the rails again. */
async function verifyCommit(env: ActEnv, sandbox: GitSandbox, job: ActJob, commit: Commit): Promise<void> {
  const v = job.verdict
  const changes = await readGitChanges({
    repo: commit.dir,
    range: `${commit.base}..${commit.head}`,
    configPath: env.configPath,
    env: sandbox.env
  })
  const diff = differences(v.files, changes.files)
  if (diff.length) {
    throw new NotExecuted(
      'differs-from-judged',
      `the commit is not the change that was judged (${diff.slice(0, 3).join('; ')}${diff.length > 3 ? `; and ${diff.length - 3} more` : ''})`
    )
  }
  const again = evaluateProposals({
    config: env.config,
    configPath: env.configPath,
    proposals: [
      {
        title: v.title,
        ...(v.description !== undefined ? { description: v.description } : {}),
        type: v.type,
        riskLevel: v.riskLevel,
        source: 'git',
        files: changes.files,
        ...(changes.configFile ? { configFile: changes.configFile } : {})
      }
    ]
  }).proposals[0]
  if (!again.allowed) {
    throw new NotExecuted(
      'differs-from-judged',
      `the rails block the commit: ${again.violations.map(x => `${x.rule}: ${x.message}`).join('; ')}`
    )
  }
}

/** The body, from the template on the default branch when it has one. */
async function pullRequestBody(
  env: ActEnv,
  sandbox: GitSandbox,
  job: ActJob,
  branch: string,
  commit: Commit
): Promise<string> {
  const template = await sandbox.git(['cat-file', 'blob', `${commit.base}:${TEMPLATE_PATH}`], {
    cwd: commit.dir,
    okCodes: [0, 128]
  })
  return renderPullRequestBody(
    {
      verdict: job.verdict,
      proposalId: job.proposalId,
      runId: env.runId,
      runDate: env.runDate,
      branch,
      baseSha: commit.base,
      requireChecklist: env.config.prTemplateConfig.requireChecklist
    },
    template.code === 0 ? template.stdout.toString('utf8') : null
  )
}

function pushBranch(
  env: ActEnv,
  sandbox: GitSandbox,
  job: ActJob,
  branch: string,
  commit: Commit,
  progress: PullRequestProgress
) {
  const { head, base, dir } = commit
  return env.gateway.perform(
    `push the branch of proposal ${job.proposalId}`,
    'push',
    { branch, sha: head, base },
    () => {
      progress.attempted = true
      return sandbox.git(
        ['push', '--quiet', '--no-verify', '--end-of-options', env.remote, `${head}:refs/heads/${branch}`],
        { cwd: dir, token: env.token }
      )
    }
  )
}

/** The draft pull request on the pushed branch; its labels and reviewers only warn when refused. */
async function openPullRequest(
  env: ActEnv,
  job: ActJob,
  branch: string,
  commit: Commit,
  body: string
): Promise<ActOutcome> {
  let pr: { number: number; url: string }
  try {
    const opened = await env.gateway.write(
      `open the draft pull request of proposal ${job.proposalId}`,
      'POST /repos/{owner}/{repo}/pulls',
      pullRequestParams(env, job, branch, body)
    )
    if (!opened.performed) throw new Error('the gateway did not open the pull request')
    pr = { number: opened.data.number, url: opened.data.html_url }
  } catch (error) {
    return await undoPush(
      env,
      job,
      branch,
      commit.head,
      `pull-request-failed: the pull request could not be opened (${errorText(error)})`
    )
  }
  const warnings = await labelAndRequestReviews(env, job, pr.number)
  await updateAction(env.sql, job.actionId, {
    status: 'submitted',
    payload: {
      branch,
      baseSha: commit.base,
      headSha: commit.head,
      pullRequest: pr,
      leftover: null,
      ...(warnings.length ? { warnings } : {})
    },
    from: ['planned']
  })
  return { kind: 'submitted', actionId: job.actionId, pullRequest: pr, branch, warnings }
}

/** Labels and reviewers; what GitHub refuses becomes a warning, not a failure. */
async function labelAndRequestReviews(env: ActEnv, job: ActJob, number: number): Promise<string[]> {
  const v = job.verdict
  const warnings: string[] = []
  try {
    await env.gateway.write(
      `label the pull request of proposal ${job.proposalId}`,
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
      {
        owner: env.owner,
        repo: env.repo,
        issue_number: number,
        labels: labelsFor(env.config.prTemplateConfig.autoLabels, v.type, v.riskLevel)
      }
    )
  } catch (error) {
    warnings.push(`labels not added: ${errorText(error)}`)
  }
  const reviewers = reviewersOf(env.config.prTemplateConfig.autoRequestReviewers)
  if (reviewers.reviewers.length || reviewers.team_reviewers.length) {
    try {
      await env.gateway.write(
        `request reviews on the pull request of proposal ${job.proposalId}`,
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
        { owner: env.owner, repo: env.repo, pull_number: number, ...reviewers }
      )
    } catch (error) {
      warnings.push(`reviewers not requested: ${errorText(error)}`)
    }
  }
  return warnings
}

/** What a failure leaves: the action failed (or only not executed), and any pushed branch undone. */
async function settleFailure(
  env: ActEnv,
  job: ActJob,
  progress: PullRequestProgress,
  error: unknown
): Promise<ActOutcome> {
  const { gateway, sql } = env
  const { branch, head, attempted } = progress
  if (error instanceof NotExecuted) {
    // not-planned: the action is not this run's to change (moved on, or of a superseded attempt,
    // whose 'failed' would count as the day's wildcard acted on).
    if (!gateway.dryRun && error.code !== 'not-planned') {
      await updateAction(sql, job.actionId, {
        status: 'failed',
        payload: { reason: error.message, error: error.detail ? firstLines(error.detail) : error.message },
        from: ['planned']
      })
    }
    return { kind: 'not-executed', actionId: job.actionId, reason: error.message }
  }
  if (progress.pushed) return await undoPush(env, job, branch, head, `execution-failed: ${errorText(error)}`)
  if (isFlagOff(error) && !attempted) {
    // An operator turned the flag off: nothing was written, and the proposal simply did not act.
    const reason = `flag-off: ${errorText(error)}`
    await updateAction(sql, job.actionId, { payload: { reason, leftover: null }, from: ['planned'] })
    return { kind: 'not-executed', actionId: job.actionId, reason }
  }
  if (!gateway.dryRun) {
    await updateAction(sql, job.actionId, {
      status: 'failed',
      payload: {
        reason: `execution-failed: ${errorText(error)}`,
        error: errorText(error),
        // A push that failed may still have created the branch: the next run checks and cleans up.
        leftover: attempted ? { branch, headSha: head } : null
      },
      from: ['planned']
    })
  }
  return { kind: 'failed', actionId: job.actionId, reason: `execution-failed: ${errorText(error)}` }
}

/** The pull request could not be opened after the push: delete the branch, or record it. */
async function undoPush(
  env: ActEnv,
  job: ActJob,
  branch: string,
  head: string,
  reason: string
): Promise<ActOutcome> {
  let leftover: { branch: string; headSha: string } | null = { branch, headSha: head }
  let note = ''
  try {
    await deleteBranch(env, branch, head, `delete the branch of proposal ${job.proposalId} (no pull request)`)
    leftover = null
  } catch (error) {
    note = `; the branch could not be deleted (${errorText(error)}) and is left for the next run`
  }
  await updateAction(env.sql, job.actionId, {
    status: 'failed',
    payload: { reason, error: reason + note, leftover },
    from: ['planned']
  })
  return {
    kind: 'failed',
    actionId: job.actionId,
    reason: reason + note,
    ...(leftover ? { leftover: branch } : {})
  }
}

/** Delete `branch` on the remote, only while it still points at `sha`. */
async function deleteBranch(env: ActEnv, branch: string, sha: string, description: string): Promise<void> {
  const sandbox = (env.sandbox ?? createGitSandbox)()
  try {
    await env.gateway.perform(description, 'delete-branch', { branch, sha }, async () => {
      const dir = sandbox.dir('delete')
      await sandbox.git(['init', '--quiet', '--bare', '--template=', dir], { cwd: sandbox.root })
      await sandbox.git(
        [
          'push',
          '--quiet',
          '--no-verify',
          `--force-with-lease=refs/heads/${branch}:${sha}`,
          '--end-of-options',
          env.remote,
          `:refs/heads/${branch}`
        ],
        { cwd: dir, token: env.token }
      )
    })
  } finally {
    sandbox.cleanup()
  }
}

/** The draft pull request a proposal opens; the dry run's preview shows the same request. */
function pullRequestParams(env: ActEnv, job: ActJob, branch: string, body: string) {
  return {
    owner: env.owner,
    repo: env.repo,
    title: plainTitle(job.verdict.title, `Self-evolution proposal ${job.proposalId}`),
    head: branch,
    base: env.defaultBranch,
    body,
    draft: true,
    maintainer_can_modify: false
  }
}

async function previewPullRequest(env: ActEnv, job: ActJob, branch: string, body: string): Promise<void> {
  await env.gateway.write(
    `open the draft pull request of proposal ${job.proposalId}`,
    'POST /repos/{owner}/{repo}/pulls',
    pullRequestParams(env, job, branch, body)
  )
}

/** "user" or "org/team-slug" entries of prTemplateConfig.autoRequestReviewers. */
export function reviewersOf(list: readonly string[]): { reviewers: string[]; team_reviewers: string[] } {
  const reviewers: string[] = []
  const teams: string[] = []
  for (const entry of list) {
    const e = entry.trim().replace(/^@/, '')
    if (!e) continue
    if (e.includes('/')) teams.push(e.slice(e.indexOf('/') + 1))
    else reviewers.push(e)
  }
  return { reviewers, team_reviewers: teams }
}

export async function executeIssue(env: ActEnv, job: ActJob): Promise<ActOutcome> {
  const v = job.verdict
  // As for a pull request: a superseded attempt's action (or one no longer planned) never starts.
  if (
    !env.gateway.dryRun &&
    !(await updateAction(env.sql, job.actionId, { from: ['planned'], latestAttempt: true }))
  ) {
    const reason = 'not-planned: the action is no longer planned, or a later attempt of the run superseded it'
    return { kind: 'not-executed', actionId: job.actionId, reason }
  }
  try {
    const opened = await env.gateway.write(
      `open the issue of proposal ${job.proposalId}`,
      'POST /repos/{owner}/{repo}/issues',
      {
        owner: env.owner,
        repo: env.repo,
        title: plainTitle(v.title, `Self-evolution proposal ${job.proposalId}`),
        body: renderIssueBody({
          verdict: v,
          proposalId: job.proposalId,
          runId: env.runId,
          runDate: env.runDate,
          requireChecklist: false
        }),
        labels: labelsFor(env.config.prTemplateConfig.autoLabels, v.type, v.riskLevel)
      }
    )
    if (!opened.performed) return { kind: 'previewed', actionId: job.actionId }
    const issue = { number: opened.data.number, url: opened.data.html_url }
    await updateAction(env.sql, job.actionId, { status: 'submitted', payload: { issue }, from: ['planned'] })
    return { kind: 'submitted', actionId: job.actionId, issue, warnings: [] }
  } catch (error) {
    if (isFlagOff(error)) {
      const reason = `flag-off: ${errorText(error)}`
      await updateAction(env.sql, job.actionId, { payload: { reason }, from: ['planned'] })
      return { kind: 'not-executed', actionId: job.actionId, reason }
    }
    const reason = `execution-failed: the issue could not be opened (${errorText(error)})`
    await updateAction(env.sql, job.actionId, {
      status: 'failed',
      payload: { reason, error: errorText(error) },
      from: ['planned']
    })
    return { kind: 'failed', actionId: job.actionId, reason }
  }
}

/**
 * Delete the branches earlier runs left behind (payload.leftover), before anything new acts.
 * A branch that is gone, or that someone moved since, is no longer ours: the record is cleared.
 * Throws when a leftover cannot be dealt with; the caller then lets nothing act.
 */
export async function cleanLeftovers(env: ActEnv, leftovers: ActionRecord[]): Promise<string[]> {
  const done: string[] = []
  for (const action of leftovers) {
    const leftover = action.payload.leftover as { branch?: unknown; headSha?: unknown }
    const branch = typeof leftover.branch === 'string' ? leftover.branch : ''
    const sha = typeof leftover.headSha === 'string' ? leftover.headSha : ''
    if (!/^[A-Za-z0-9._][A-Za-z0-9._/-]*$/.test(branch) || branch.includes('..')) {
      throw new Error(
        `action ${action.id} records a leftover branch "${forLog(branch, 100)}" that is not a branch name`
      )
    }
    const sandbox = (env.sandbox ?? createGitSandbox)()
    let current: string
    try {
      const listed = await sandbox.git(
        ['ls-remote', '--heads', '--end-of-options', env.remote, `refs/heads/${branch}`],
        {
          cwd: sandbox.root,
          token: env.token
        }
      )
      const line = listed.stdout
        .toString('utf8')
        .split('\n')
        .find(l => l.endsWith(`\trefs/heads/${branch}`))
      current = line ? line.split('\t')[0] : ''
    } finally {
      sandbox.cleanup()
    }
    let result: string
    if (!current) result = 'already gone'
    else if (sha && current !== sha) result = `moved to ${current.slice(0, 12)} since; left alone`
    else {
      await deleteBranch(env, branch, current, `delete the branch ${branch} left by action ${action.id}`)
      result = 'deleted'
    }
    await updateAction(env.sql, action.id, {
      ...(action.status === 'planned' ? { status: 'failed' as const } : {}),
      payload: {
        leftover: null,
        cleanedUp: { branch, result },
        ...(action.status === 'planned'
          ? { error: 'the run stopped after the push, before the pull request' }
          : {})
      }
    })
    done.push(`${branch}: ${result}`)
  }
  return done
}

function firstLines(text: string): string {
  return text
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)
    .slice(0, 3)
    .join(' / ')
    .slice(0, 500)
}
