/**
 * What the gate reads from GitHub, through the retrying read-only client: the pull request (never
 * the event payload, which can be stale), its commits, timeline, reviews, the collaborator
 * permission of a login, and the check runs and statuses of the head SHA. Every list is read to
 * its end (Link-header pagination); anything that cannot be read throws, so the gate fails
 * closed instead of deciding on half the facts.
 */
import { OBJECT_ID } from '../../git/object-id.js'
import { listAll, type GitHubContext } from '../../github/client.js'
import type { Actor, CheckRunFact, PullFacts, ReviewFact, StatusFact, TimelineFact } from './types.js'
import { isActionsCheck, runIdOfUrl } from './ci.js'

/**
 * A reply GitHub sent that the gate cannot use. Its own class because the API source tells it
 * apart: no usable merge base means the base commit's tree is read instead (changes-api.ts).
 */
export class GateReadError extends Error {
  override name = 'GateReadError'
}

type Json = Record<string, unknown>

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? NaN))

function actorOf(v: unknown): Actor | null {
  const u = v as { login?: unknown; type?: unknown } | null | undefined
  if (!u || typeof u.login !== 'string') return null
  return { login: u.login, type: typeof u.type === 'string' ? u.type : 'Unknown' }
}

function statusOf(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : undefined
}

export async function readPull(gh: GitHubContext, number: number): Promise<PullFacts> {
  const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: gh.owner,
    repo: gh.repo,
    pull_number: number
  })
  const d = data as unknown as Json & {
    head: { sha: string; ref: string; repo: { full_name?: string } | null }
    base: { sha: string; ref: string }
    labels: Array<{ name?: string }>
  }
  const author = actorOf(d.user)
  if (!author) throw new GateReadError(`GitHub sent pull request #${number} without its author.`)
  if (!OBJECT_ID.test(str(d.head?.sha)) || !OBJECT_ID.test(str(d.base?.sha)))
    throw new GateReadError(`GitHub sent pull request #${number} without valid head and base SHAs.`)
  const changedFiles = num(d.changed_files)
  const commits = num(d.commits)
  if (
    !Number.isSafeInteger(changedFiles) ||
    changedFiles < 0 ||
    !Number.isSafeInteger(commits) ||
    commits < 0
  )
    throw new GateReadError(
      `GitHub sent pull request #${number} without its changed_files and commits counts.`
    )
  return {
    number,
    state: d.state === 'closed' ? 'closed' : 'open',
    merged: d.merged === true,
    mergeCommitSha: typeof d.merge_commit_sha === 'string' ? d.merge_commit_sha : null,
    draft: d.draft === true,
    title: str(d.title),
    body: str(d.body),
    htmlUrl: str(d.html_url),
    headSha: d.head.sha,
    headRef: str(d.head.ref),
    headRepo: d.head.repo?.full_name ?? null,
    baseSha: d.base.sha,
    baseRef: str(d.base.ref),
    author,
    createdAt: str(d.created_at),
    changedFiles,
    commits,
    labels: (d.labels ?? []).map(l => str(l?.name)).filter(Boolean)
  }
}

/**
 * The GitHub logins that authored the pull request's commits, and the commits' messages (for
 * ci-skip-marker), in the order listed (GitHub lists at most 250).
 */
export async function readCommitAuthors(
  gh: GitHubContext,
  pr: Pick<PullFacts, 'number' | 'commits'>
): Promise<{ authors: string[]; complete: boolean; messages: string[] }> {
  const commits = await listAll<Json>(gh, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', {
    pull_number: pr.number
  })
  const authors = new Set<string>()
  for (const c of commits) {
    const a = actorOf(c.author)
    if (a) authors.add(a.login)
    const committer = actorOf(c.committer)
    if (committer && committer.type === 'Bot') authors.add(committer.login)
  }
  const messages = commits.map(c => str((c.commit as Json | undefined)?.message))
  return { authors: [...authors], complete: commits.length >= pr.commits, messages }
}

export async function readTimeline(gh: GitHubContext, number: number): Promise<TimelineFact[]> {
  const events = await listAll<Json>(gh, 'GET /repos/{owner}/{repo}/issues/{issue_number}/timeline', {
    issue_number: number
  })
  return events.map(e => ({
    event: str(e.event),
    createdAt: str(e.created_at),
    actor: actorOf(e.actor),
    ...(e.label && typeof (e.label as Json).name === 'string'
      ? { label: (e.label as Json).name as string }
      : {})
  }))
}

export async function readReviews(gh: GitHubContext, number: number): Promise<ReviewFact[]> {
  const reviews = await listAll<Json>(gh, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
    pull_number: number
  })
  return reviews.map(r => ({
    id: num(r.id),
    user: actorOf(r.user),
    state: str(r.state),
    commitId: typeof r.commit_id === 'string' ? r.commit_id : null,
    submittedAt: typeof r.submitted_at === 'string' ? r.submitted_at : null
  }))
}

/**
 * The login's permission on the repository: admin, maintain, write, triage, read or none
 * (a 404: not a collaborator). The role name is preferred, since `permission` says "write" for
 * maintain and "read" for triage.
 */
export async function readPermission(gh: GitHubContext, login: string): Promise<string> {
  try {
    const { data } = await gh.octokit.request(
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
      { owner: gh.owner, repo: gh.repo, username: login }
    )
    const d = data as unknown as { permission?: unknown; role_name?: unknown }
    const role = str(d.role_name)
    if (['admin', 'maintain', 'write', 'triage', 'read'].includes(role)) return role
    return str(d.permission) || 'none'
  } catch (error) {
    if (statusOf(error) === 404) return 'none'
    throw error
  }
}

/**
 * The check runs on `sha`, the latest of each name per check suite. A GitHub Actions check run is
 * tied to its workflow run (path and event), read once per run.
 */
export async function readCheckRuns(gh: GitHubContext, sha: string): Promise<CheckRunFact[]> {
  const runs = await listAll<Json>(gh, 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    ref: sha,
    filter: 'latest'
  })
  const facts: CheckRunFact[] = runs.map(r => ({
    id: num(r.id),
    name: str(r.name),
    status: str(r.status),
    conclusion: typeof r.conclusion === 'string' ? r.conclusion : null,
    detailsUrl: typeof r.details_url === 'string' ? r.details_url : null,
    htmlUrl: typeof r.html_url === 'string' ? r.html_url : null,
    checkSuiteId: r.check_suite ? num((r.check_suite as Json).id) : null,
    appSlug: r.app ? str((r.app as Json).slug) || null : null
  }))
  const workflowRuns = new Map<number, Promise<CheckRunFact['workflowRun']>>()
  for (const c of facts) {
    if (!isActionsCheck(c)) continue
    const id = runIdOfUrl(c.detailsUrl) ?? runIdOfUrl(c.htmlUrl)
    if (id === undefined) continue
    if (!workflowRuns.has(id)) workflowRuns.set(id, readWorkflowRun(gh, id))
    c.workflowRun = await workflowRuns.get(id)
  }
  return facts
}

async function readWorkflowRun(
  gh: GitHubContext,
  id: number
): Promise<{ id: number; path: string; event: string } | null> {
  try {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
      owner: gh.owner,
      repo: gh.repo,
      run_id: id
    })
    const d = data as unknown as Json
    return { id, path: str(d.path), event: str(d.event) }
  } catch (error) {
    // A run of another repository (a details URL can point anywhere) is not ours to judge by.
    if (statusOf(error) === 404) return null
    throw error
  }
}

/** The commit statuses on `sha` (every one; the decision keeps the latest per context). */
export async function readStatuses(gh: GitHubContext, sha: string): Promise<StatusFact[]> {
  const statuses = await listAll<Json>(gh, 'GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ref: sha })
  return statuses.map(s => ({
    id: num(s.id),
    context: str(s.context),
    state: str(s.state),
    updatedAt: str(s.updated_at) || str(s.created_at)
  }))
}

/**
 * The gate's own workflow file: from GITHUB_WORKFLOW_REF ("owner/repo/.github/workflows/x.yml@ref"),
 * else from this workflow run. '' when neither is available (a local run).
 */
export async function ownWorkflowPath(
  gh: GitHubContext,
  env: NodeJS.ProcessEnv,
  runId: number
): Promise<string> {
  const ref = env.GITHUB_WORKFLOW_REF ?? ''
  const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref)
  if (m) return m[1]
  if (!runId) return ''
  const run = await readWorkflowRun(gh, runId)
  return run?.path.replace(/@.*$/, '') ?? ''
}
