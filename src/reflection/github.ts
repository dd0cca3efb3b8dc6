/**
 * The reflection's GitHub reads, all GET, over a read-only client (never the write gateway):
 *   - failed runs on the default branch in the window: conclusion failure or timed_out, event push
 *     or schedule, and head_repository this repository (a fork's `main`, pull_request_target and
 *     issue_comment runs carry outsiders' text), with their failed jobs and the first error lines of
 *     each job's log;
 *   - open issues with the feedback label whose author has write access (the collaborator
 *     permission, never author_association);
 *   - the agent's pull requests (from the recorded actions): state, reactions, CHANGES_REQUESTED
 *     reviews and review comments by users with write access.
 * A read that fails is named in `unavailable` and the rest goes on: the reflection advises, it never
 * gates. The job-logs endpoint answers with a redirect to a short-lived download; it is followed by
 * hand, without the Authorization header, so the token never reaches the download host.
 */
import { errorText, type GitHubContext } from '../github/client.js'
import { getDefaultBranch } from '../github/contents.js'
import type { PullRequestRef } from '../db/reflection.js'
import {
  REFLECTION_LIMITS,
  type GitHubFacts,
  type RawFailedRun,
  type RawPullRequest,
  type RawQuote
} from './build.js'
import { errorLinesOf } from './logs.js'
import type { FeedbackIssue } from './schema.js'

/** Most bytes of one job's log read before giving up on finding more error lines in it. */
export const MAX_LOG_DOWNLOAD_BYTES = 8 * 1024 * 1024
/** Most bytes of error lines kept per job. */
export const MAX_ERROR_BYTES_PER_JOB = 4096
const FAILED_CONCLUSIONS = ['failure', 'timed_out'] as const
const TRUSTED_EVENTS = new Set(['push', 'schedule'])
const WRITE_ROLES = new Set(['admin', 'maintain', 'write'])

export type GitHubReadOptions = {
  since: Date
  feedbackLabel: string
  pullRequests: PullRequestRef[]
  logLines: number
  /** The download's fetch (tests may count calls); global fetch by default. */
  fetch?: typeof fetch
  /** A warning per failed read (core.warning on a runner, stderr in the CLI). */
  warn?: (message: string) => void
}

/** The parts of GitHub's answers the reflection reads; anything else is ignored. */
type Author = { user?: { login?: string } | null }
type WorkflowRunAnswer = {
  id: number
  name?: string | null
  path?: string
  html_url?: string
  head_branch?: string | null
  head_sha?: string
  event?: string
  conclusion?: string | null
  created_at?: string
  head_repository?: { full_name?: string } | null
}
type JobAnswer = { id: number; name?: string; html_url?: string | null; conclusion?: string | null }
type IssueAnswer = Author & {
  number: number
  html_url?: string
  title?: string
  body?: string | null
  state?: string
  created_at?: string
  pull_request?: unknown
}
type ReviewAnswer = Author & { state?: string; body?: string | null; submitted_at?: string }
type ReviewCommentAnswer = Author & { body?: string | null; path?: string; created_at?: string }
type PullAnswer = {
  title?: string
  state?: string
  merged_at?: string | null
  created_at?: string
  html_url?: string
}

/** One reader per reflection: it remembers each author's permission. */
class Reader {
  readonly unavailable: string[] = []
  private readonly writers = new Map<string, Promise<boolean>>()

  constructor(
    readonly gh: GitHubContext,
    readonly o: GitHubReadOptions
  ) {}

  async get<T>(route: string, params: Record<string, unknown> = {}): Promise<T> {
    const { data } = await this.gh.octokit.request(route, {
      owner: this.gh.owner,
      repo: this.gh.repo,
      ...params
    })
    return data as T
  }

  /** `fn`'s answer, or `fallback` with `name` listed as unavailable and a warning. */
  async attempt<T>(name: string, fn: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await fn()
    } catch (error) {
      this.unavailable.push(name)
      this.o.warn?.(`The reflection could not read ${name} from GitHub: ${errorText(error)}`)
      return fallback
    }
  }

  /** Whether `login` may write to the repository; an unreadable permission counts as no. */
  hasWriteAccess(login: string): Promise<boolean> {
    let known = this.writers.get(login)
    if (!known) {
      known = this.attempt(
        `permission of ${login}`,
        async () => {
          const p = await this.get<{ permission?: string; role_name?: string }>(
            'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
            { username: login }
          )
          return WRITE_ROLES.has(String(p.role_name)) || WRITE_ROLES.has(String(p.permission))
        },
        false
      )
      this.writers.set(login, known)
    }
    return known
  }

  async byWriters<T extends Author>(items: T[]): Promise<T[]> {
    const out: T[] = []
    for (const item of items) {
      const login = item.user?.login
      if (login && (await this.hasWriteAccess(login))) out.push(item)
    }
    return out
  }
}

/** Everything the reflection reads from GitHub, and the reads that failed. */
export async function readGitHubFacts(
  gh: GitHubContext,
  o: GitHubReadOptions
): Promise<{ facts: GitHubFacts; unavailable: string[] }> {
  const r = new Reader(gh, o)
  const defaultBranch = await r.attempt('default branch', () => getDefaultBranch(gh), null)
  const failedRuns =
    defaultBranch === null ? [] : await r.attempt('failed runs', () => readFailedRuns(r, defaultBranch), [])
  const feedback = await r.attempt('feedback issues', () => readFeedback(r), [])
  const pullRequests: RawPullRequest[] = []
  for (const ref of o.pullRequests.slice(0, REFLECTION_LIMITS.pullRequests)) {
    const pr = await r.attempt(`pull request #${ref.number}`, () => readPullRequest(r, ref.number), null)
    if (pr) pullRequests.push(pr)
  }
  return { facts: { defaultBranch, failedRuns, feedback, pullRequests }, unavailable: r.unavailable }
}

/** The window's failed runs on `branch` that this repository's own push or schedule started. */
async function readFailedRuns(r: Reader, branch: string): Promise<RawFailedRun[]> {
  const own = `${r.gh.owner}/${r.gh.repo}`.toLowerCase()
  const runs: WorkflowRunAnswer[] = []
  // One status per call (GitHub takes one), one page each: 100 failures of each kind in the window.
  for (const status of FAILED_CONCLUSIONS) {
    const page = await r.get<{ workflow_runs?: WorkflowRunAnswer[] }>(
      'GET /repos/{owner}/{repo}/actions/runs',
      {
        branch,
        status,
        created: `>=${r.o.since.toISOString().slice(0, 10)}`,
        per_page: 100
      }
    )
    runs.push(...(page.workflow_runs ?? []))
  }
  const kept = runs
    .filter(
      run =>
        run.head_branch === branch &&
        TRUSTED_EVENTS.has(String(run.event)) &&
        String(run.head_repository?.full_name ?? '').toLowerCase() === own &&
        Date.parse(String(run.created_at)) >= r.o.since.getTime()
    )
    .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)) || b.id - a.id)
    .slice(0, REFLECTION_LIMITS.failedRuns)
  const out: RawFailedRun[] = []
  for (const run of kept) {
    out.push({
      workflow: String(run.name ?? run.path ?? ''),
      url: run.html_url ?? null,
      headSha: String(run.head_sha ?? ''),
      event: String(run.event),
      conclusion: String(run.conclusion),
      createdAt: String(run.created_at),
      jobs: await r.attempt(`jobs of run ${run.id}`, () => readFailedJobs(r, run.id), [])
    })
  }
  return out
}

async function readFailedJobs(r: Reader, runId: number): Promise<RawFailedRun['jobs']> {
  const page = await r.get<{ jobs?: JobAnswer[] }>('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
    run_id: runId,
    filter: 'latest',
    per_page: 100
  })
  const failed = (page.jobs ?? [])
    .filter(j => (FAILED_CONCLUSIONS as readonly string[]).includes(String(j.conclusion)))
    .slice(0, REFLECTION_LIMITS.jobsPerRun)
  const jobs: RawFailedRun['jobs'] = []
  for (const job of failed) {
    const errorLines = await r.attempt(`log of job ${job.id}`, () => readJobErrorLines(r, job.id), [])
    jobs.push({
      name: String(job.name ?? ''),
      url: job.html_url ?? null,
      conclusion: String(job.conclusion),
      errorLines
    })
  }
  return jobs
}

/**
 * The job's log: the API answers 302 with a short-lived download URL, which is fetched without the
 * Authorization header (and without any header the client would add), at most
 * MAX_LOG_DOWNLOAD_BYTES of it.
 */
async function readJobErrorLines(r: Reader, jobId: number): Promise<string[]> {
  const answer = await r.gh.octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
    owner: r.gh.owner,
    repo: r.gh.repo,
    job_id: jobId,
    request: { redirect: 'manual' }
  })
  const status = Number(answer.status)
  const location = (answer.headers as Record<string, string | undefined>).location
  let text: string
  if (status >= 300 && status < 400 && location) text = await download(location, r.o.fetch ?? fetch)
  else if (status === 200 && typeof answer.data === 'string')
    text = answer.data.slice(0, MAX_LOG_DOWNLOAD_BYTES)
  else throw new Error(`the job-logs endpoint answered ${status} without a download location`)
  return errorLinesOf(text, r.o.logLines, MAX_ERROR_BYTES_PER_JOB)
}

async function download(location: string, fetchImpl: typeof fetch): Promise<string> {
  const url = new URL(location)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`the log download is not an http(s) URL (${url.protocol})`)
  }
  const response = await fetchImpl(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000) })
  if (!response.ok || !response.body) throw new Error(`the log download answered ${response.status}`)
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body.getReader()
  try {
    while (size < MAX_LOG_DOWNLOAD_BYTES) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      size += value.byteLength
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
  return Buffer.concat(chunks).subarray(0, MAX_LOG_DOWNLOAD_BYTES).toString('utf8')
}

async function readFeedback(r: Reader): Promise<FeedbackIssue[]> {
  const issues = await r.get<IssueAnswer[]>('GET /repos/{owner}/{repo}/issues', {
    labels: r.o.feedbackLabel,
    state: 'open',
    sort: 'created',
    direction: 'desc',
    per_page: 100
  })
  const open = issues.filter(i => !i.pull_request && i.state === 'open')
  const counted = await r.byWriters(open)
  return counted.slice(0, REFLECTION_LIMITS.feedback).map(i => ({
    number: i.number,
    url: i.html_url ?? null,
    author: String(i.user?.login ?? ''),
    title: String(i.title ?? ''),
    body: String(i.body ?? ''),
    createdAt: String(i.created_at)
  }))
}

async function readPullRequest(r: Reader, number: number): Promise<RawPullRequest> {
  const pr = await r.get<PullAnswer>('GET /repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: number })
  const issue = await r.get<{ reactions?: Record<string, unknown> }>(
    'GET /repos/{owner}/{repo}/issues/{issue_number}',
    { issue_number: number }
  )
  const page = { pull_number: number, per_page: 100 }
  const reviews = await r.get<ReviewAnswer[]>('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', page)
  const comments = await r.get<ReviewCommentAnswer[]>(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
    page
  )
  const byWriters = await r.byWriters(reviews)
  const quote = (x: Author & { body?: string | null }, at: string | undefined): RawQuote => ({
    author: String(x.user?.login ?? ''),
    body: String(x.body ?? ''),
    createdAt: String(at ?? pr.created_at)
  })
  const reactions: Record<string, number> = {}
  for (const [key, value] of Object.entries(issue.reactions ?? {})) {
    if (typeof value === 'number' && key !== 'total_count') reactions[key] = value
  }
  return {
    number,
    url: pr.html_url ?? null,
    title: String(pr.title ?? ''),
    state: pr.state === 'closed' ? 'closed' : 'open',
    merged: Boolean(pr.merged_at),
    createdAt: String(pr.created_at),
    reactions,
    approvals: byWriters.filter(x => x.state === 'APPROVED').length,
    changesRequested: byWriters
      .filter(x => x.state === 'CHANGES_REQUESTED' && String(x.body ?? '').trim())
      .map(x => quote(x, x.submitted_at)),
    reviewComments: (await r.byWriters(comments)).map(c => ({
      ...quote(c, c.created_at),
      path: String(c.path ?? '')
    }))
  }
}
