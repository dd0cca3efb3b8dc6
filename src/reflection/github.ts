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

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** One reader per reflection: it remembers each author's permission. */
class Reader {
  readonly unavailable: string[] = []
  private readonly writers = new Map<string, Promise<boolean>>()

  constructor(
    readonly gh: GitHubContext,
    readonly o: GitHubReadOptions
  ) {}

  async get(route: string, params: Record<string, unknown> = {}): Promise<Json> {
    const { data } = await this.gh.octokit.request(route, {
      owner: this.gh.owner,
      repo: this.gh.repo,
      ...params
    })
    return data as Json
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
          const p = await this.get('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
            username: login
          })
          return WRITE_ROLES.has(String(p.role_name)) || WRITE_ROLES.has(String(p.permission))
        },
        false
      )
      this.writers.set(login, known)
    }
    return known
  }

  async byWriters<T extends { user?: { login?: string } | null }>(items: T[]): Promise<T[]> {
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

async function readFailedRuns(r: Reader, branch: string): Promise<RawFailedRun[]> {
  const own = `${r.gh.owner}/${r.gh.repo}`.toLowerCase()
  const runs: Json[] = []
  for (const status of FAILED_CONCLUSIONS) {
    const page = await r.get('GET /repos/{owner}/{repo}/actions/runs', {
      branch,
      status,
      created: `>=${r.o.since.toISOString().slice(0, 10)}`,
      per_page: 100
    })
    runs.push(...((page.workflow_runs as Json[]) ?? []))
  }
  const kept = runs
    .filter(
      run =>
        run.head_branch === branch &&
        TRUSTED_EVENTS.has(String(run.event)) &&
        String(run.head_repository?.full_name ?? '').toLowerCase() === own &&
        Date.parse(String(run.created_at)) >= r.o.since.getTime()
    )
    .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)) || Number(b.id) - Number(a.id))
    .slice(0, REFLECTION_LIMITS.failedRuns)
  const out: RawFailedRun[] = []
  for (const run of kept) {
    out.push({
      workflow: String(run.name ?? run.path ?? ''),
      url: typeof run.html_url === 'string' ? run.html_url : null,
      headSha: String(run.head_sha ?? ''),
      event: String(run.event),
      conclusion: String(run.conclusion),
      createdAt: String(run.created_at),
      jobs: await readFailedJobs(r, Number(run.id))
    })
  }
  return out
}

async function readFailedJobs(r: Reader, runId: number): Promise<RawFailedRun['jobs']> {
  const page = await r.get('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
    run_id: runId,
    filter: 'latest',
    per_page: 100
  })
  const failed = ((page.jobs as Json[]) ?? [])
    .filter(j => (FAILED_CONCLUSIONS as readonly string[]).includes(String(j.conclusion)))
    .slice(0, REFLECTION_LIMITS.jobsPerRun)
  const jobs: RawFailedRun['jobs'] = []
  for (const job of failed) {
    const name = String(job.name ?? '')
    const errorLines = await r.attempt(`log of job ${job.id}`, () => readJobErrorLines(r, Number(job.id)), [])
    jobs.push({
      name,
      url: typeof job.html_url === 'string' ? job.html_url : null,
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
  else if (status === 200 && typeof answer.data === 'string') text = answer.data
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
  const issues = (await r.get('GET /repos/{owner}/{repo}/issues', {
    labels: r.o.feedbackLabel,
    state: 'open',
    sort: 'created',
    direction: 'desc',
    per_page: 100
  })) as unknown as Json[]
  const open = issues.filter(i => !i.pull_request && i.state === 'open')
  const counted = await r.byWriters(open)
  return counted.slice(0, REFLECTION_LIMITS.feedback).map(i => ({
    number: Number(i.number),
    url: typeof i.html_url === 'string' ? i.html_url : null,
    author: String(i.user.login),
    title: String(i.title ?? ''),
    body: String(i.body ?? ''),
    createdAt: String(i.created_at)
  }))
}

async function readPullRequest(r: Reader, number: number): Promise<RawPullRequest> {
  const pr = await r.get('GET /repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: number })
  const issue = await r.get('GET /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: number })
  const reviews = (await r.get('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
    pull_number: number,
    per_page: 100
  })) as unknown as Json[]
  const comments = (await r.get('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
    pull_number: number,
    per_page: 100
  })) as unknown as Json[]
  const byWriters = await r.byWriters(reviews)
  const quote = (x: Json): RawQuote => ({
    author: String(x.user?.login ?? ''),
    body: String(x.body ?? ''),
    createdAt: String(x.submitted_at ?? x.created_at ?? pr.created_at),
    ...(typeof x.path === 'string' ? { path: x.path } : {})
  })
  const reactions: Record<string, number> = {}
  for (const [key, value] of Object.entries((issue.reactions as Json | undefined) ?? {})) {
    if (typeof value === 'number' && key !== 'total_count') reactions[key] = value
  }
  return {
    number,
    url: typeof pr.html_url === 'string' ? pr.html_url : null,
    title: String(pr.title ?? ''),
    state: pr.state === 'closed' ? 'closed' : 'open',
    merged: Boolean(pr.merged_at),
    createdAt: String(pr.created_at),
    reactions,
    approvals: byWriters.filter(x => x.state === 'APPROVED').length,
    changesRequested: byWriters
      .filter(x => x.state === 'CHANGES_REQUESTED' && String(x.body ?? '').trim())
      .map(quote),
    reviewComments: (await r.byWriters(comments)).map(quote)
  }
}
