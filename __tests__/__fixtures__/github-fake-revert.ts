/**
 * The endpoints revert-watch uses, added to the GitHub fake with fake.route():
 *   GET  /repos/{o}/{r}/commits/{sha}/pulls   the pull requests of a commit (seeded with addPull)
 *   GET  /repos/{o}/{r}/pulls                 state and head filters, paged
 *   POST /repos/{o}/{r}/pulls                 refuses a head branch the bare remote does not have
 *   GET  /repos/{o}/{r}/issues                state and labels filters, pull requests included (as GitHub does)
 *   POST /repos/{o}/{r}/issues/{n}/labels     on a pull request (issues fall through to the base fake)
 *
 * Pull requests share the issue numbers' space on GitHub; here they start at 100 so that they never
 * collide with the base fake's issues (1, 2, ...).
 */
import { execFileSync } from 'node:child_process'
import type { components } from '@octokit/openapi-types'
import { githubError, paginate, shapes, type GitHubFake } from './github-fake.js'

type PullRequest = components['schemas']['pull-request']
type Label = components['schemas']['label']

export type FakePull = {
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  head: { ref: string; sha: string; repo: string }
  base: { ref: string; sha: string; repo: string }
  mergedAt: string | null
  mergeCommitSha: string | null
  draft: boolean
  labels: string[]
  author: string
  /** Commits GitHub associates this pull request with (GET /commits/{sha}/pulls). */
  commits: string[]
  maintainerCanModify?: boolean
}

export type RevertFake = {
  pulls: FakePull[]
  addPull(p: Partial<FakePull> & { number: number; title: string }): FakePull
  /** Pull requests opened through POST /pulls. */
  opened(): FakePull[]
  /** Remove the routes again (between tests). */
  remove(): void
}

/** Register the routes. `bare`: the bare repository standing for the remote (POST /pulls checks the head there). */
export function installRevertRoutes(
  fake: GitHubFake,
  opts: { bare?: () => string | undefined } = {}
): RevertFake {
  const api = fake.url
  const full = fake.fullName
  const pulls: FakePull[] = []
  const opened: FakePull[] = []
  let next = 500
  const seed = fake.state.repositories.get(full)
  if (!seed) throw new Error('the fake has no primary repository')
  const repoShape = shapes.fullRepository(api, seed) as unknown as PullRequest['head']['repo']
  const labelShape = (name: string, i: number): Label => shapes.label(api, full, 9000 + i, name)

  // An open pull request's head follows its branch, as on GitHub: a push to it moves head.sha.
  const headSha = (p: FakePull): string => {
    const bare = opts.bare?.()
    if (!bare || p.state !== 'open' || p.head.repo !== full) return p.head.sha
    try {
      return execFileSync('git', ['--git-dir', bare, 'rev-parse', '--verify', `refs/heads/${p.head.ref}`], {
        stdio: ['ignore', 'pipe', 'ignore']
      })
        .toString()
        .trim()
    } catch {
      return p.head.sha
    }
  }

  const shape = (pull: FakePull): PullRequest => {
    const p = { ...pull, head: { ...pull.head, sha: headSha(pull) } }
    const url = `${api}/repos/${full}/pulls/${p.number}`
    const html = `https://github.com/${full}/pull/${p.number}`
    const author = shapes.user(api, p.author, p.author.endsWith('[bot]') ? 'Bot' : 'User', 20)
    const link = (href: string) => ({ href })
    return {
      url,
      id: 70000 + p.number,
      node_id: shapes.nodeId('PullRequest', p.number),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/repos/${full}/issues/${p.number}`,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${api}/repos/${full}/pulls/comments{/number}`,
      comments_url: `${api}/repos/${full}/issues/${p.number}/comments`,
      statuses_url: `${api}/repos/${full}/statuses/${p.head.sha}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: author,
      body: p.body,
      labels: p.labels.map((n, i) => labelShape(n, i)),
      milestone: null,
      active_lock_reason: null,
      created_at: '2026-11-24T10:00:00Z',
      updated_at: '2026-11-24T10:00:00Z',
      closed_at: p.mergedAt,
      merged_at: p.mergedAt,
      merge_commit_sha: p.mergeCommitSha,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: {
        label: `${p.head.repo.split('/')[0]}:${p.head.ref}`,
        ref: p.head.ref,
        repo: { ...repoShape, full_name: p.head.repo },
        sha: p.head.sha,
        user: author
      },
      base: {
        label: `${fake.owner}:${p.base.ref}`,
        ref: p.base.ref,
        repo: { ...repoShape, full_name: p.base.repo },
        sha: p.base.sha,
        user: author
      },
      _links: {
        comments: link(`${api}/repos/${full}/issues/${p.number}/comments`),
        commits: link(`${url}/commits`),
        statuses: link(`${api}/repos/${full}/statuses/${p.head.sha}`),
        html: link(html),
        issue: link(`${api}/repos/${full}/issues/${p.number}`),
        review_comments: link(`${url}/comments`),
        review_comment: link(`${api}/repos/${full}/pulls/comments{/number}`),
        self: link(url)
      },
      author_association: 'NONE',
      auto_merge: null,
      draft: p.draft,
      merged: p.mergedAt !== null,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: p.maintainerCanModify ?? false,
      commits: 1,
      additions: 1,
      deletions: 1,
      changed_files: 1
    }
  }

  const removers: Array<() => void> = []
  const addPull: RevertFake['addPull'] = p => {
    const pull: FakePull = {
      body: null,
      state: 'open',
      head: { ref: `branch-${p.number}`, sha: '0'.repeat(40), repo: full },
      base: { ref: seed.defaultBranch, sha: '0'.repeat(40), repo: full },
      mergedAt: null,
      mergeCommitSha: null,
      draft: false,
      labels: [],
      author: 'self-evolution[bot]',
      commits: [],
      ...p
    }
    pulls.push(pull)
    return pull
  }

  removers.push(
    fake.route('GET', '/repos/{owner}/{repo}/commits/{sha}/pulls', req => {
      if (`${req.params.owner}/${req.params.repo}` !== full) return githubError(404, 'Not Found')
      const list = pulls.filter(
        p => p.commits.includes(req.params.sha) || p.mergeCommitSha === req.params.sha
      )
      const page = paginate(api, req, list.map(shape))
      return { body: page.items, headers: page.headers }
    })
  )

  removers.push(
    fake.route('GET', '/repos/{owner}/{repo}/pulls', req => {
      if (`${req.params.owner}/${req.params.repo}` !== full) return githubError(404, 'Not Found')
      const state = req.searchParams.get('state') ?? 'open'
      const head = req.searchParams.get('head')
      const list = pulls
        .filter(p => state === 'all' || p.state === state)
        .filter(p => !head || `${p.head.repo.split('/')[0]}:${p.head.ref}` === head)
      const page = paginate(api, req, list.map(shape))
      return { body: page.items, headers: page.headers }
    })
  )

  removers.push(
    fake.route('POST', '/repos/{owner}/{repo}/pulls', req => {
      if (`${req.params.owner}/${req.params.repo}` !== full) return githubError(404, 'Not Found')
      const b = (req.body ?? {}) as Record<string, unknown>
      if (typeof b.title !== 'string' || typeof b.head !== 'string' || typeof b.base !== 'string') {
        return githubError(422, 'Validation Failed', {
          errors: [{ resource: 'PullRequest', field: 'head', code: 'missing_field' }]
        })
      }
      const bare = opts.bare?.()
      let headSha = '0'.repeat(40)
      if (bare) {
        try {
          headSha = execFileSync(
            'git',
            ['--git-dir', bare, 'rev-parse', '--verify', `refs/heads/${b.head}`],
            {
              stdio: ['ignore', 'pipe', 'ignore']
            }
          )
            .toString()
            .trim()
        } catch {
          return githubError(422, 'Validation Failed', {
            errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]
          })
        }
      }
      if (pulls.some(p => p.state === 'open' && p.head.ref === b.head)) {
        return githubError(422, 'Validation Failed', {
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${b.head}.`
            }
          ]
        })
      }
      const pull = addPull({
        number: ++next,
        title: b.title,
        body: typeof b.body === 'string' ? b.body : null,
        head: { ref: b.head, sha: headSha, repo: full },
        base: { ref: b.base, sha: '0'.repeat(40), repo: full },
        draft: b.draft === true,
        maintainerCanModify: b.maintainer_can_modify === true
      })
      opened.push(pull)
      return { status: 201, body: shape(pull) }
    })
  )

  removers.push(
    fake.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', req => {
      const pull = pulls.find(p => String(p.number) === req.params.issue_number)
      if (!pull) return undefined // an issue: the base fake answers
      const raw = (req.body as { labels?: unknown } | undefined)?.labels ?? req.body
      for (const n of Array.isArray(raw) ? raw.map(String) : [])
        if (!pull.labels.includes(n)) pull.labels.push(n)
      return { body: pull.labels.map((n, i) => labelShape(n, i)) }
    })
  )

  removers.push(
    fake.route('GET', '/repos/{owner}/{repo}/issues', req => {
      if (`${req.params.owner}/${req.params.repo}` !== full) return githubError(404, 'Not Found')
      const state = req.searchParams.get('state') ?? 'open'
      const wanted = (req.searchParams.get('labels') ?? '').split(',').filter(Boolean)
      const issues = fake.state.issues
        .filter(i => i.repo === full)
        .map(i => i.issue)
        .filter(i => state === 'all' || i.state === state)
        .filter(i => wanted.every(w => (i.labels as Label[]).some(l => l.name === w)))
      // GitHub lists pull requests among issues, with a pull_request key.
      const asIssues = pulls
        .filter(p => state === 'all' || p.state === state)
        .filter(p => wanted.every(w => p.labels.includes(w)))
        .map(p => ({
          ...shapes.issue(api, full, {
            id: 70000 + p.number,
            number: p.number,
            title: p.title,
            body: p.body,
            labels: p.labels.map((n, i) => labelShape(n, i)),
            createdAt: '2026-11-24T10:00:00Z',
            author: p.author
          }),
          pull_request: {
            url: `${api}/repos/${full}/pulls/${p.number}`,
            html_url: `https://github.com/${full}/pull/${p.number}`,
            diff_url: null,
            patch_url: null
          }
        }))
      const page = paginate(
        api,
        req,
        [...issues, ...asIssues].sort((a, b) => a.number - b.number)
      )
      return { body: page.items, headers: page.headers }
    })
  )

  return {
    pulls,
    addPull,
    opened: () => [...opened],
    remove: () => removers.forEach(r => r())
  }
}
