/**
 * The endpoints the reflection reads, added to the GitHub fake with fake.route():
 *   - GET /actions/runs/{run_id}/jobs: the jobs of a seeded run (`jobs`, by run id);
 *   - GET /actions/jobs/{job_id}/logs: 302 to a download on the same host, as GitHub does (its
 *     download host is another one); GET /downloads/{name} serves the log, and refuses with 403 any
 *     request that carries an Authorization header, recording it in `leakedAuthorization`;
 *   - GET /issues (labels and state filters), GET /issues/{n} with a reactions rollup;
 *   - GET /collaborators/{username}/permission from `permissions` (404 for anyone else);
 *   - GET /pulls/{n}, /pulls/{n}/reviews and /pulls/{n}/comments from `pulls`.
 */
import { githubError, shapes, type GitHubFake } from './github-fake.js'
import type { Issue } from './github-fake-shapes.js'

export type FakeJob = { id: number; name: string; conclusion: string; log: string }
export type FakeReview = { id: number; user: string; state: string; body: string; submittedAt: string }
export type FakeReviewComment = { id: number; user: string; body: string; path: string; createdAt: string }
export type FakePull = {
  number: number
  title: string
  state: 'open' | 'closed'
  mergedAt: string | null
  createdAt: string
  reactions: Record<string, number>
  reviews: FakeReview[]
  comments: FakeReviewComment[]
}

export type ReflectionFakeData = {
  jobs: Map<number, FakeJob[]>
  /** login → { permission, role_name } */
  permissions: Map<string, { permission: string; role_name: string }>
  pulls: Map<number, FakePull>
  issues: Issue[]
  /** Download requests that carried an Authorization header (must stay empty). */
  leakedAuthorization: string[]
}

const WEB = 'https://github.com'

export function addReflectionRoutes(fake: GitHubFake): ReflectionFakeData {
  const data: ReflectionFakeData = {
    jobs: new Map(),
    permissions: new Map(),
    pulls: new Map(),
    issues: [],
    leakedAuthorization: []
  }
  const jobById = (id: string) => [...data.jobs.values()].flat().find(j => String(j.id) === id)

  fake.route('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs', req => {
    const jobs = data.jobs.get(Number(req.params.run_id)) ?? []
    return {
      body: {
        total_count: jobs.length,
        jobs: jobs.map(j => ({
          id: j.id,
          run_id: Number(req.params.run_id),
          name: j.name,
          status: 'completed',
          conclusion: j.conclusion,
          html_url: `${WEB}/${fake.fullName}/actions/runs/${req.params.run_id}/job/${j.id}`
        }))
      }
    }
  })
  fake.route('GET', '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs', req => {
    if (!jobById(req.params.job_id)) return githubError(404, 'Not Found')
    return {
      status: 302,
      headers: { location: `${fake.url}/downloads/job-${req.params.job_id}.txt?sig=short-lived` }
    }
  })
  fake.route('GET', '/downloads/{name}', req => {
    if (req.headers.authorization) {
      data.leakedAuthorization.push(req.headers.authorization)
      return githubError(403, 'The download URL is signed; an Authorization header is refused')
    }
    const job = jobById(/^job-(\d+)\.txt$/.exec(req.params.name)?.[1] ?? '')
    return job ? { raw: job.log, headers: { 'content-type': 'text/plain' } } : githubError(404, 'Not Found')
  })
  fake.route('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission', req => {
    const p = data.permissions.get(req.params.username)
    return p ? { body: { ...p, user: { login: req.params.username } } } : githubError(404, 'Not Found')
  })
  fake.route('GET', '/repos/{owner}/{repo}/issues', req => {
    const label = req.searchParams.get('labels')
    const state = req.searchParams.get('state') ?? 'open'
    const list = data.issues.filter(
      i =>
        (state === 'all' || i.state === state) &&
        (!label || i.labels.some(l => (typeof l === 'string' ? l : l.name) === label))
    )
    return { body: list }
  })
  fake.route('GET', '/repos/{owner}/{repo}/issues/{issue_number}', req => {
    const pr = data.pulls.get(Number(req.params.issue_number))
    if (!pr) return githubError(404, 'Not Found')
    const total = Object.values(pr.reactions).reduce((a, b) => a + b, 0)
    return {
      body: { number: pr.number, title: pr.title, reactions: { total_count: total, ...pr.reactions } }
    }
  })
  fake.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', req => {
    const pr = data.pulls.get(Number(req.params.pull_number))
    if (!pr) return githubError(404, 'Not Found')
    return {
      body: {
        number: pr.number,
        title: pr.title,
        state: pr.state,
        merged_at: pr.mergedAt,
        created_at: pr.createdAt,
        html_url: `${WEB}/${fake.fullName}/pull/${pr.number}`
      }
    }
  })
  fake.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', req => {
    const pr = data.pulls.get(Number(req.params.pull_number))
    if (!pr) return githubError(404, 'Not Found')
    return {
      body: pr.reviews.map(r => ({
        id: r.id,
        user: shapes.user(fake.url, r.user, 'User', 20),
        state: r.state,
        body: r.body,
        submitted_at: r.submittedAt
      }))
    }
  })
  fake.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/comments', req => {
    const pr = data.pulls.get(Number(req.params.pull_number))
    if (!pr) return githubError(404, 'Not Found')
    return {
      body: pr.comments.map(c => ({
        id: c.id,
        user: shapes.user(fake.url, c.user, 'User', 21),
        body: c.body,
        path: c.path,
        created_at: c.createdAt
      }))
    }
  })
  return data
}

/** An open issue with labels, by `author`. */
export function labelledIssue(
  fake: GitHubFake,
  o: { number: number; title: string; body: string; author: string; labels: string[]; createdAt: string }
): Issue {
  return shapes.issue(fake.url, fake.fullName, {
    id: 90_000 + o.number,
    number: o.number,
    title: o.title,
    body: o.body,
    labels: o.labels.map((name, i) =>
      shapes.label(fake.url, fake.fullName, 80_000 + o.number * 10 + i, name)
    ),
    createdAt: o.createdAt,
    author: o.author
  })
}
