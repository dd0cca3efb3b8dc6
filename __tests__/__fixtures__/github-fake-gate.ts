/**
 * The GitHub fake's endpoints for the pull-request gate, registered with fake.route(): the pull
 * request, its files (100 per page, at most 3,000 listed, like GitHub), commits, reviews and
 * timeline, collaborator permissions, trees, compare (merge base), check runs and statuses.
 * Bodies are typed with @octokit/openapi-types.
 *
 * `seedPullFromGit` fills all of it from a real git repository built in the test, so the API
 * source and the git source read the very same change.
 */
import { execFileSync } from 'node:child_process'
import type { components } from '@octokit/openapi-types'
import { githubError, paginate, shapes, type GitHubFake, type PostedCheckRun } from './github-fake.js'

type S = components['schemas']
const WEB = 'https://github.com'

export type Who = { login: string; type?: 'User' | 'Bot' }

export type FileSeed = {
  filename: string
  status: S['diff-entry']['status']
  additions: number
  deletions: number
  patch?: string
  previous_filename?: string
  sha?: string
}

export type PullSeed = {
  number: number
  title: string
  headRef: string
  headSha: string
  baseRef: string
  baseSha: string
  author: Who
  createdAt: string
  state: 'open' | 'closed'
  merged: boolean
  mergeCommitSha: string | null
  labels: string[]
  /** owner/name of the head repository, when it is a fork; the repository itself unless set. */
  headRepo?: string
  /** GitHub's changed_files; the listed files' count unless set. */
  changedFiles?: number
  files: FileSeed[]
  commits: Array<{ sha: string; author: Who | null; message?: string }>
  /** The description; none unless set. */
  body?: string
}

export type TreeSeed = {
  truncated: boolean
  entries: Array<{ path: string; mode: string; type: string; sha: string }>
}

export type CheckRunSeed = {
  id?: number
  name: string
  status: S['check-run']['status']
  conclusion: S['check-run']['conclusion']
  /** GitHub Actions: the workflow run it belongs to (details_url points at it). */
  runId?: number
  appSlug?: string
}

export type StatusSeed = {
  id?: number
  context: string
  state: 'success' | 'failure' | 'error' | 'pending'
  at?: string
}

export type ReviewSeed = {
  id?: number
  user: Who
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  commitId: string
  submittedAt: string
}

export type TimelineSeed =
  | { event: 'labeled' | 'unlabeled'; actor: Who; label: string; at: string }
  | { event: 'head_ref_force_pushed'; actor: Who; at: string }

export interface GateFakeState {
  pulls: Map<number, PullSeed>
  trees: Map<string, TreeSeed>
  /** "base...head" → merge base SHA. */
  mergeBases: Map<string, string>
  checkRuns: Map<string, CheckRunSeed[]>
  statuses: Map<string, StatusSeed[]>
  reviews: Map<number, ReviewSeed[]>
  timeline: Map<number, TimelineSeed[]>
  /** login (lower case) → permission (admin, maintain, write, triage, read); others are 404. */
  permissions: Map<string, string>
  /** number → called once the last page of that pull request's files was served (a push meanwhile). */
  filesListed: Map<number, () => void>
  /**
   * The check runs made with POST /check-runs (the fake's own record, shared): listed again by GET
   * /commits/{ref}/check-runs, after the seeded ones, like any check on the commit.
   */
  postedCheckRuns: Map<number, PostedCheckRun>
}

let ids = 50_000
const nextId = () => ++ids

function userOf(api: string, who: Who, id = 7): S['simple-user'] {
  return shapes.user(api, who.login, who.type ?? (who.login.endsWith('[bot]') ? 'Bot' : 'User'), id)
}

function repository(api: string, fake: GitHubFake): S['repository'] {
  const seed = fake.state.repositories.get(fake.fullName)!
  const full = shapes.fullRepository(api, seed)
  return {
    ...full,
    allow_rebase_merge: true,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    has_downloads: true,
    license: null
  } as S['repository']
}

export function pullRequestBody(api: string, fake: GitHubFake, p: PullSeed): S['pull-request'] {
  const full = fake.fullName
  const url = `${api}/repos/${full}/pulls/${p.number}`
  const link = (href: string) => ({ href })
  const repo = repository(api, fake)
  const owner = userOf(api, { login: fake.owner, type: 'User' }, 1)
  return {
    url,
    id: 900_000 + p.number,
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
    state: p.state,
    locked: false,
    title: p.title,
    user: userOf(api, p.author, 10),
    body: p.body ?? null,
    labels: p.labels.map((name, i) => shapes.label(api, full, 700 + i, name)),
    milestone: null,
    created_at: p.createdAt,
    updated_at: p.createdAt,
    closed_at: p.state === 'closed' ? p.createdAt : null,
    merged_at: p.merged ? p.createdAt : null,
    merge_commit_sha: p.mergeCommitSha,
    assignee: null,
    head: {
      label: `${(p.headRepo ?? full).split('/')[0]}:${p.headRef}`,
      ref: p.headRef,
      repo: p.headRepo
        ? { ...repo, full_name: p.headRepo, name: p.headRepo.split('/')[1], fork: true }
        : repo,
      sha: p.headSha,
      user: owner
    },
    base: { label: `${fake.owner}:${p.baseRef}`, ref: p.baseRef, repo, sha: p.baseSha, user: owner },
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
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: false,
    merged: p.merged,
    mergeable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: p.commits.length,
    additions: p.files.reduce((n, f) => n + f.additions, 0),
    deletions: p.files.reduce((n, f) => n + f.deletions, 0),
    changed_files: p.changedFiles ?? p.files.length
  }
}

function diffEntry(api: string, full: string, head: string, f: FileSeed): S['diff-entry'] {
  const sha = f.sha ?? shapes.sha1(`${head}:${f.filename}`)
  return {
    sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${WEB}/${full}/blob/${head}/${f.filename}`,
    raw_url: `${WEB}/${full}/raw/${head}/${f.filename}`,
    contents_url: `${api}/repos/${full}/contents/${f.filename}?ref=${head}`,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
    ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {})
  }
}

function checkRunBody(api: string, fake: GitHubFake, sha: string, c: CheckRunSeed): S['check-run'] {
  const id = c.id ?? nextId()
  const full = fake.fullName
  const actions = (c.appSlug ?? 'github-actions') === 'github-actions'
  const details =
    actions && c.runId ? `${WEB}/${full}/actions/runs/${c.runId}/job/${id}` : `https://ci.example.com/${id}`
  return {
    id,
    head_sha: sha,
    node_id: shapes.nodeId('CheckRun', id),
    external_id: String(id),
    url: `${api}/repos/${full}/check-runs/${id}`,
    html_url: details,
    details_url: details,
    status: c.status,
    conclusion: c.conclusion,
    started_at: '2026-11-25T10:00:00Z',
    completed_at: c.status === 'completed' ? '2026-11-25T10:05:00Z' : null,
    output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: `${api}/x` },
    name: c.name,
    check_suite: { id: c.runId ? c.runId + 1_000_000 : 77 },
    app: {
      id: actions ? 15368 : 99,
      slug: c.appSlug ?? 'github-actions',
      node_id: shapes.nodeId('App', 1),
      owner: userOf(api, { login: 'github', type: 'User' }, 2),
      name: c.appSlug ?? 'GitHub Actions',
      description: null,
      external_url: 'https://github.com',
      html_url: 'https://github.com/apps/github-actions',
      created_at: '2018-01-01T00:00:00Z',
      updated_at: '2018-01-01T00:00:00Z',
      permissions: {},
      events: []
    },
    pull_requests: []
  }
}

function statusBody(api: string, fake: GitHubFake, sha: string, s: StatusSeed): S['status'] {
  const id = s.id ?? nextId()
  return {
    url: `${api}/repos/${fake.fullName}/statuses/${sha}`,
    avatar_url: null,
    id,
    node_id: shapes.nodeId('Status', id),
    state: s.state,
    description: null,
    target_url: null,
    context: s.context,
    created_at: s.at ?? '2026-11-25T10:00:00Z',
    updated_at: s.at ?? '2026-11-25T10:00:00Z',
    creator: userOf(api, { login: 'ci-bot[bot]', type: 'Bot' }, 3)
  }
}

function reviewBody(api: string, fake: GitHubFake, number: number, r: ReviewSeed): S['pull-request-review'] {
  const id = r.id ?? nextId()
  const full = fake.fullName
  return {
    id,
    node_id: shapes.nodeId('Review', id),
    user: userOf(api, r.user, 20),
    body: '',
    state: r.state,
    html_url: `${WEB}/${full}/pull/${number}#pullrequestreview-${id}`,
    pull_request_url: `${api}/repos/${full}/pulls/${number}`,
    _links: {
      html: { href: `${WEB}/${full}/pull/${number}` },
      pull_request: { href: `${api}/repos/${full}/pulls/${number}` }
    },
    submitted_at: r.submittedAt,
    commit_id: r.commitId,
    author_association: 'MEMBER'
  }
}

function timelineBody(api: string, fake: GitHubFake, t: TimelineSeed): S['timeline-issue-events'] {
  const id = nextId()
  const base = {
    id,
    node_id: shapes.nodeId('Event', id),
    url: `${api}/repos/${fake.fullName}/issues/events/${id}`,
    actor: userOf(api, t.actor, 30),
    commit_id: null,
    commit_url: null,
    created_at: t.at,
    performed_via_github_app: null
  }
  if (t.event === 'head_ref_force_pushed') {
    return { ...base, event: 'head_ref_force_pushed' } as S['timeline-issue-events']
  }
  const labeled: S['labeled-issue-event'] = {
    ...base,
    event: t.event,
    label: { name: t.label, color: 'ededed' }
  }
  return labeled as S['timeline-issue-events']
}

function commitBody(api: string, fake: GitHubFake, c: PullSeed['commits'][number]): S['commit'] {
  const full = fake.fullName
  return {
    url: `${api}/repos/${full}/commits/${c.sha}`,
    sha: c.sha,
    node_id: shapes.nodeId('Commit', c.sha),
    html_url: `${WEB}/${full}/commit/${c.sha}`,
    comments_url: `${api}/repos/${full}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/repos/${full}/git/commits/${c.sha}`,
      author: { name: 'A', email: 'a@example.com', date: '2026-11-25T09:00:00Z' },
      committer: { name: 'A', email: 'a@example.com', date: '2026-11-25T09:00:00Z' },
      message: c.message ?? 'a commit',
      comment_count: 0,
      tree: { sha: shapes.sha1(`tree:${c.sha}`), url: `${api}/repos/${full}/git/trees/x` }
    },
    author: c.author ? userOf(api, c.author, 40) : null,
    committer: c.author ? userOf(api, c.author, 40) : null,
    parents: []
  }
}

/** Register the gate's endpoints on a fake; returns their state for the test to fill. */
export function installGateRoutes(fake: GitHubFake): GateFakeState {
  const api = fake.url
  const state: GateFakeState = {
    pulls: new Map(),
    trees: new Map(),
    mergeBases: new Map(),
    checkRuns: new Map(),
    statuses: new Map(),
    reviews: new Map(),
    timeline: new Map(),
    permissions: new Map(),
    filesListed: new Map(),
    postedCheckRuns: fake.state.checkRuns
  }
  const pull = (n: string) => state.pulls.get(Number(n))
  const notFound = () => githubError(404, 'Not Found')
  fake.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', req => {
    const p = pull(req.params.pull_number)
    return p ? { body: pullRequestBody(api, fake, p) } : notFound()
  })
  fake.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', req => {
    const p = pull(req.params.pull_number)
    if (!p) return notFound()
    // GitHub lists at most 3,000 files, 100 per page at most.
    const page = paginate(
      api,
      req,
      p.files.slice(0, 3000).map(f => diffEntry(api, fake.fullName, p.headSha, f))
    )
    if (!/rel="next"/.test(page.headers?.link ?? '')) state.filesListed.get(p.number)?.()
    return { body: page.items, headers: page.headers }
  })
  fake.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits', req => {
    const p = pull(req.params.pull_number)
    if (!p) return notFound()
    const page = paginate(
      api,
      req,
      p.commits.slice(0, 250).map(c => commitBody(api, fake, c))
    )
    return { body: page.items, headers: page.headers }
  })
  fake.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', req => {
    const n = Number(req.params.pull_number)
    if (!state.pulls.has(n)) return notFound()
    const page = paginate(
      api,
      req,
      (state.reviews.get(n) ?? []).map(r => reviewBody(api, fake, n, r))
    )
    return { body: page.items, headers: page.headers }
  })
  fake.route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/timeline', req => {
    const n = Number(req.params.issue_number)
    if (!state.pulls.has(n)) return notFound()
    const page = paginate(
      api,
      req,
      (state.timeline.get(n) ?? []).map(t => timelineBody(api, fake, t))
    )
    return { body: page.items, headers: page.headers }
  })
  fake.route('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission', req => {
    const permission = state.permissions.get(req.params.username.toLowerCase())
    if (!permission) return githubError(404, `${req.params.username} is not a user`)
    const body: S['repository-collaborator-permission'] = {
      permission: permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission,
      role_name: permission,
      user: null
    }
    return { body }
  })
  fake.route('GET', '/repos/{owner}/{repo}/git/trees/{tree_sha}', req => {
    const t = state.trees.get(req.params.tree_sha)
    if (!t) return notFound()
    const body: S['git-tree'] = {
      sha: req.params.tree_sha,
      url: `${api}/repos/${fake.fullName}/git/trees/${req.params.tree_sha}`,
      truncated: t.truncated,
      tree: t.entries.map(e => ({ ...e, url: `${api}/repos/${fake.fullName}/git/blobs/${e.sha}` }))
    }
    return { body }
  })
  fake.route('GET', '/repos/{owner}/{repo}/compare/{basehead}', req => {
    const mergeBase = state.mergeBases.get(req.params.basehead)
    if (!mergeBase) return notFound()
    // Only what the gate reads is filled in beyond the required shape.
    const body = {
      url: `${api}/repos/${fake.fullName}/compare/${req.params.basehead}`,
      html_url: `${WEB}/${fake.fullName}/compare/${req.params.basehead}`,
      permalink_url: `${WEB}/${fake.fullName}/compare/${req.params.basehead}`,
      diff_url: `${WEB}/${fake.fullName}/compare/${req.params.basehead}.diff`,
      patch_url: `${WEB}/${fake.fullName}/compare/${req.params.basehead}.patch`,
      base_commit: commitBody(api, fake, { sha: mergeBase, author: null }),
      merge_base_commit: commitBody(api, fake, { sha: mergeBase, author: null }),
      status: 'ahead',
      ahead_by: 1,
      behind_by: 0,
      total_commits: 1,
      commits: [],
      files: []
    } satisfies S['commit-comparison']
    return { body }
  })
  fake.route('GET', '/repos/{owner}/{repo}/commits/{ref}/check-runs', req => {
    const posted = [...state.postedCheckRuns.values()]
      .filter(
        p => p.repo === `${req.params.owner}/${req.params.repo}` && p.checkRun.head_sha === req.params.ref
      )
      .map(p => p.checkRun)
    const runs = [
      ...(state.checkRuns.get(req.params.ref) ?? []).map(c => checkRunBody(api, fake, req.params.ref, c)),
      ...posted
    ]
    const page = paginate(api, req, runs)
    return { body: { total_count: runs.length, check_runs: page.items }, headers: page.headers }
  })
  fake.route('GET', '/repos/{owner}/{repo}/commits/{ref}/statuses', req => {
    const list = [...(state.statuses.get(req.params.ref) ?? [])]
      .reverse()
      .map(s => statusBody(api, fake, req.params.ref, s))
    const page = paginate(api, req, list)
    return { body: page.items, headers: page.headers }
  })
  return state
}

// --- seeding from a real repository ------------------------------------------------------------------

function git(dir: string, args: string[]): Buffer {
  return execFileSync('git', args, { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 30 })
}

const GITHUB_STATUS: Record<string, FileSeed['status']> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed'
}

/**
 * The tree of a commit as the trees API lists it (recursive), and its blobs into the fake. Two git
 * processes whatever the tree's size: one listing, one `cat-file --batch` for every blob.
 */
export function treeOf(dir: string, sha: string, fake: GitHubFake): TreeSeed {
  const out = git(dir, ['ls-tree', '-r', '-z', '--full-tree', sha]).toString('utf8')
  const entries: TreeSeed['entries'] = []
  for (const record of out.split('\0').filter(Boolean)) {
    const tab = record.indexOf('\t')
    const [mode, type, objectSha] = record.slice(0, tab).split(' ')
    entries.push({ path: record.slice(tab + 1), mode, type, sha: objectSha })
  }
  const blobs = [...new Set(entries.filter(e => e.type === 'blob').map(e => e.sha))]
  for (const [objectSha, content] of readBlobs(dir, blobs)) fake.state.blobs.set(objectSha, content)
  return { truncated: false, entries }
}

/** The contents of the blobs `shas`, read by one `git cat-file --batch`. */
function readBlobs(dir: string, shas: string[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>()
  if (!shas.length) return blobs
  const out = execFileSync('git', ['cat-file', '--batch'], {
    cwd: dir,
    input: shas.map(sha => `${sha}\n`).join(''),
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 1 << 30
  })
  // Each object: "<sha> <type> <size>\n<content>\n".
  let at = 0
  for (const sha of shas) {
    const eol = out.indexOf(10, at)
    const [got, type, size] = out.subarray(at, eol).toString('utf8').split(' ')
    if (got !== sha || type !== 'blob') throw new Error(`git cat-file --batch: expected blob ${sha}`)
    at = eol + 1 + Number(size)
    blobs.set(sha, Buffer.from(out.subarray(eol + 1, at)))
    at += 1
  }
  return blobs
}

/**
 * The whole diff `from..to` split into one section per file, in the order of `--name-status` (git
 * writes every format of one diff in the same order; content lines start with " ", "+" or "-", so
 * "diff --git " at the start of a line always opens a section).
 */
function patchSections(dir: string, from: string, to: string): string[] {
  const text = git(dir, ['diff', '-M', from, to]).toString('utf8')
  return text.split(/^(?=diff --git )/m).filter(section => section.startsWith('diff --git '))
}

/**
 * The pull request `base...head` of the repository at `dir`, as GitHub's API would list it:
 * files with counts, patches (hunks only; none for binary files, pure renames and mode changes),
 * previous_filename for renames; trees and blobs of head and merge base; the config at base.
 */
export function seedPullFromGit(
  fake: GitHubFake,
  gate: GateFakeState,
  opts: {
    dir: string
    number: number
    base: string
    head: string
    author: Who
    labels?: string[]
    title?: string
    createdAt?: string
    configPath?: string
    commitAuthor?: Who | null
  }
): PullSeed {
  const baseSha = git(opts.dir, ['rev-parse', opts.base]).toString().trim()
  const headSha = git(opts.dir, ['rev-parse', opts.head]).toString().trim()
  const mergeBase = git(opts.dir, ['merge-base', baseSha, headSha]).toString().trim()
  const names = git(opts.dir, ['diff', '--name-status', '-z', '-M', mergeBase, headSha])
    .toString('utf8')
    .split('\0')
  const numstat = git(opts.dir, ['diff', '--numstat', '-z', '-M', mergeBase, headSha])
    .toString('utf8')
    .split('\0')
  const sections = patchSections(opts.dir, mergeBase, headSha)
  const files: FileSeed[] = []
  let i = 0
  let j = 0
  while (i < names.length && names[i] !== '') {
    const code = names[i++]
    const letter = code[0]
    const renamed = letter === 'R' || letter === 'C'
    const previous = renamed ? names[i++] : undefined
    const filename = names[i++]
    const counts = numstat[j++].split('\t')
    if (renamed) j += 2
    const binary = counts[0] === '-'
    const patchText = sections[files.length]
    const hunkAt = patchText.indexOf('\n@@')
    files.push({
      filename,
      status: GITHUB_STATUS[letter],
      additions: binary ? 0 : Number(counts[0]),
      deletions: binary ? 0 : Number(counts[1]),
      ...(hunkAt !== -1 && !binary ? { patch: patchText.slice(hunkAt + 1).replace(/\n$/, '') } : {}),
      ...(previous !== undefined ? { previous_filename: previous } : {})
    })
  }
  if (sections.length !== files.length)
    throw new Error(`git diff: ${sections.length} file sections for ${files.length} changed files`)
  const commits = git(opts.dir, ['log', '--format=%H', `${mergeBase}..${headSha}`])
    .toString()
    .split('\n')
    .filter(Boolean)
    .map(sha => ({ sha, author: opts.commitAuthor === undefined ? opts.author : opts.commitAuthor }))
  const seed: PullSeed = {
    number: opts.number,
    title: opts.title ?? `Pull request ${opts.number}`,
    headRef: opts.head,
    headSha,
    baseRef: opts.base,
    baseSha,
    author: opts.author,
    createdAt: opts.createdAt ?? '2026-11-25T09:00:00Z',
    state: 'open',
    merged: false,
    mergeCommitSha: null,
    labels: opts.labels ?? [],
    files,
    commits
  }
  gate.pulls.set(opts.number, seed)
  gate.trees.set(headSha, treeOf(opts.dir, headSha, fake))
  gate.trees.set(mergeBase, treeOf(opts.dir, mergeBase, fake))
  gate.mergeBases.set(`${baseSha}...${headSha}`, mergeBase)
  const configPath = opts.configPath ?? '.github/self-evolution-config.json'
  try {
    fake.setFile(configPath, git(opts.dir, ['show', `${baseSha}:${configPath}`]), { ref: baseSha })
  } catch {
    /* no config at base: the defaults apply */
  }
  return seed
}
