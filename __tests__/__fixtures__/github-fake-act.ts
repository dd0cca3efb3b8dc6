/**
 * The endpoints acting and `doctor` need, added to the GitHub fake with fake.route():
 *   GET  /repos/{o}/{r}/pulls                       (state filter, Link paging)
 *   POST /repos/{o}/{r}/pulls                       (422 when the head branch does not exist)
 *   POST /repos/{o}/{r}/issues/{n}/labels           (for pull requests too)
 *   POST /repos/{o}/{r}/pulls/{n}/requested_reviewers
 *   GET  /repos/{o}/{r}                             (with `permissions`, as a token sees it)
 *   GET  /repos/{o}/{r}/branches/{b}/protection, GET /repos/{o}/{r}/rules/branches/{b}
 *   GET  /repos/{o}/{r}/actions/permissions/artifact-and-log-retention
 * Bodies are typed with @octokit/openapi-types.
 */
import { createVerify, type KeyObject } from 'node:crypto'
import type { components } from '@octokit/openapi-types'
import { githubError, paginate, shapes, type GitHubFake, type RouteRequest } from './github-fake.js'

type Schemas = components['schemas']
export type PullRequest = Schemas['pull-request']

export type ActFakeState = {
  pulls: PullRequest[]
  reviewRequests: Array<{ number: number; reviewers: string[]; teams: string[] }>
  /** Branch protection of a branch: the required status check contexts (undefined: not protected). */
  protection: Map<string, string[]>
  /** Rules of a branch, as GET /rules/branches/{b} returns them. */
  rules: Map<string, Array<Record<string, unknown>>>
  /** days; undefined answers 404 (the setting cannot be read). */
  retentionDays?: number
  /** GET /repos/{o}/{r} as each token sees it: token → permissions and scopes header. */
  tokens: Map<string, { permissions?: Record<string, boolean>; scopes?: string }>
  /** A GitHub App installed on the repository: GET /repos/{o}/{r}/installation takes its JWT. */
  app?: { id: string; publicKey: KeyObject; permissions: Record<string, string> }
}

const WEB = 'https://github.com'

export function pullRequest(
  api: string,
  fake: GitHubFake,
  p: {
    number: number
    title: string
    body: string | null
    head: string
    base: string
    draft: boolean
    headSha: string
    /** The head repository's full name when the pull request comes from a fork. */
    headRepo?: string
  }
): PullRequest {
  const full = fake.fullName
  const seed = fake.state.repositories.get(full)!
  const repo = shapes.fullRepository(api, seed) as unknown as Schemas['repository']
  const owner = shapes.user(api, fake.owner, 'Organization', 1001)
  const author = shapes.user(api, 'self-evolution[bot]', 'Bot', 10)
  const url = `${api}/repos/${full}/pulls/${p.number}`
  const link = (href: string) => ({ href })
  const now = '2026-11-25T03:00:00Z'
  return {
    url,
    id: 500_000 + p.number,
    node_id: shapes.nodeId('PullRequest', p.number),
    html_url: `${WEB}/${full}/pull/${p.number}`,
    diff_url: `${WEB}/${full}/pull/${p.number}.diff`,
    patch_url: `${WEB}/${full}/pull/${p.number}.patch`,
    issue_url: `${api}/repos/${full}/issues/${p.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/repos/${full}/pulls/comments{/number}`,
    comments_url: `${api}/repos/${full}/issues/${p.number}/comments`,
    statuses_url: `${api}/repos/${full}/statuses/${p.headSha}`,
    number: p.number,
    state: 'open',
    locked: false,
    title: p.title,
    user: author,
    body: p.body,
    labels: [],
    milestone: null,
    created_at: now,
    updated_at: now,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: p.headRepo
      ? {
          label: `${p.headRepo.split('/')[0]}:${p.head}`,
          ref: p.head,
          repo: { ...repo, full_name: p.headRepo, name: p.headRepo.split('/')[1], fork: true },
          sha: p.headSha,
          user: owner
        }
      : { label: `${fake.owner}:${p.head}`, ref: p.head, repo, sha: p.headSha, user: owner },
    base: {
      label: `${fake.owner}:${p.base}`,
      ref: p.base,
      repo,
      sha: shapes.sha1(`base:${p.base}`),
      user: owner
    },
    _links: {
      comments: link(`${api}/repos/${full}/issues/${p.number}/comments`),
      commits: link(`${url}/commits`),
      statuses: link(`${api}/repos/${full}/statuses/${p.headSha}`),
      html: link(`${WEB}/${full}/pull/${p.number}`),
      issue: link(`${api}/repos/${full}/issues/${p.number}`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${api}/repos/${full}/pulls/comments{/number}`),
      self: link(url)
    },
    author_association: 'NONE',
    auto_merge: null,
    draft: p.draft,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0
  }
}

/**
 * Register the routes. `branchSha(name)` answers whether the head branch exists on the "remote"
 * (the bare repository of the test), as GitHub checks before it opens a pull request.
 */
export function installActRoutes(
  fake: GitHubFake,
  options: { branchSha?: (name: string) => string | undefined } = {}
): ActFakeState {
  const state: ActFakeState = {
    pulls: [],
    reviewRequests: [],
    protection: new Map(),
    rules: new Map(),
    retentionDays: undefined,
    tokens: new Map()
  }
  const api = fake.url
  const ours = (req: RouteRequest) => `${req.params.owner}/${req.params.repo}` === fake.fullName
  const nextNumber = () => 100 + state.pulls.length + fake.state.issues.length

  fake.route('GET', '/repos/{owner}/{repo}/pulls', req => {
    if (!ours(req)) return githubError(404, 'Not Found')
    const wanted = req.searchParams.get('state') ?? 'open'
    const list = state.pulls.filter(p => wanted === 'all' || p.state === wanted)
    const page = paginate(api, req, list)
    return { body: page.items, headers: page.headers }
  })

  fake.route('POST', '/repos/{owner}/{repo}/pulls', req => {
    if (!ours(req)) return githubError(404, 'Not Found')
    const b = (req.body ?? {}) as Record<string, unknown>
    if (typeof b.title !== 'string' || typeof b.head !== 'string' || typeof b.base !== 'string') {
      return githubError(422, 'Validation Failed', {
        errors: [{ resource: 'PullRequest', code: 'missing_field', field: 'head' }]
      })
    }
    const sha = options.branchSha ? options.branchSha(b.head) : shapes.sha1(`head:${b.head}`)
    if (!sha) {
      return githubError(422, 'Validation Failed', {
        errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]
      })
    }
    const pr = pullRequest(api, fake, {
      number: nextNumber(),
      title: b.title,
      body: typeof b.body === 'string' ? b.body : null,
      head: b.head,
      base: b.base,
      draft: b.draft === true,
      headSha: sha
    })
    state.pulls.push(pr)
    return { status: 201, body: pr }
  })

  // Labels on a pull request (GitHub treats it as an issue); issues pass on to the built-in route.
  fake.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', req => {
    const pr = state.pulls.find(p => String(p.number) === req.params.issue_number)
    if (!pr || !ours(req)) return undefined
    const raw = (req.body as { labels?: unknown } | undefined)?.labels ?? req.body
    const names = Array.isArray(raw) ? raw.map(String) : []
    for (const name of names) {
      if (!pr.labels.some(l => l.name === name)) {
        pr.labels.push(shapes.label(api, fake.fullName, 900 + pr.labels.length, name))
      }
    }
    return { body: pr.labels }
  })

  fake.route('POST', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', req => {
    const pr = state.pulls.find(p => String(p.number) === req.params.pull_number)
    if (!pr || !ours(req)) return githubError(404, 'Not Found')
    const b = (req.body ?? {}) as { reviewers?: string[]; team_reviewers?: string[] }
    state.reviewRequests.push({
      number: pr.number,
      reviewers: b.reviewers ?? [],
      teams: b.team_reviewers ?? []
    })
    pr.requested_reviewers = (b.reviewers ?? []).map((login, i) => shapes.user(api, login, 'User', 2000 + i))
    return { status: 201, body: pr }
  })

  fake.route('GET', '/repos/{owner}/{repo}', req => {
    if (!ours(req)) return undefined
    const auth = (req.headers.authorization ?? '').replace(/^(token|Bearer) /, '')
    const seen = state.tokens.get(auth)
    if (!seen) return undefined
    const seed = fake.state.repositories.get(fake.fullName)!
    return {
      body: {
        ...shapes.fullRepository(api, seed),
        ...(seen.permissions ? { permissions: seen.permissions } : {})
      },
      headers: (seen.scopes !== undefined ? { 'x-oauth-scopes': seen.scopes } : {}) as Record<string, string>
    }
  })

  fake.route('GET', '/repos/{owner}/{repo}/branches/{branch}/protection', req => {
    if (!ours(req)) return githubError(404, 'Not Found')
    const contexts = state.protection.get(req.params.branch)
    if (!contexts) return githubError(404, 'Branch not protected')
    const url = `${api}/repos/${fake.fullName}/branches/${req.params.branch}/protection`
    return {
      body: {
        url,
        required_status_checks: {
          url: `${url}/required_status_checks`,
          strict: true,
          contexts,
          checks: contexts.map(context => ({ context, app_id: null })),
          contexts_url: `${url}/required_status_checks/contexts`
        }
      } satisfies Schemas['branch-protection']
    }
  })

  fake.route('GET', '/repos/{owner}/{repo}/rules/branches/{branch}', req => {
    if (!ours(req)) return githubError(404, 'Not Found')
    const page = paginate(api, req, state.rules.get(req.params.branch) ?? [])
    return { body: page.items, headers: page.headers }
  })

  fake.route('GET', '/repos/{owner}/{repo}/actions/permissions/artifact-and-log-retention', req => {
    if (!ours(req) || state.retentionDays === undefined) return githubError(404, 'Not Found')
    return { body: { days: state.retentionDays, maximum_allowed_days: 400 } }
  })

  fake.route('GET', '/repos/{owner}/{repo}/installation', req => {
    if (!ours(req)) return githubError(404, 'Not Found')
    const app = state.app
    const jwt = /^bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? ''
    const [head, payload, signature] = jwt.split('.')
    if (!app || !head || !payload || !signature)
      return githubError(401, 'A JSON web token could not be decoded')
    const valid = createVerify('RSA-SHA256')
      .update(`${head}.${payload}`)
      .verify(app.publicKey, Buffer.from(signature, 'base64url'))
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: string }
    if (!valid || String(claims.iss) !== app.id)
      return githubError(401, 'A JSON web token could not be decoded')
    return {
      body: {
        id: 4242,
        app_id: Number(app.id),
        app_slug: 'self-evolution',
        target_id: 1001,
        target_type: 'Organization',
        account: shapes.user(api, fake.owner, 'Organization', 1001),
        repository_selection: 'selected',
        access_tokens_url: `${api}/app/installations/4242/access_tokens`,
        repositories_url: `${api}/installation/repositories`,
        html_url: `${WEB}/organizations/${fake.owner}/settings/installations/4242`,
        permissions: app.permissions,
        events: [],
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        single_file_name: null,
        suspended_by: null,
        suspended_at: null
      } as Schemas['installation']
    }
  })

  return state
}
