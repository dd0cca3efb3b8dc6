/**
 * Response bodies of the GitHub fake, typed with @octokit/openapi-types so that they carry every
 * field GitHub's schema requires. `api` is the fake's URL, standing in for https://api.github.com.
 */
import { createHash } from 'node:crypto'
import type { components } from '@octokit/openapi-types'

type Schemas = components['schemas']
export type SimpleUser = Schemas['simple-user']
export type MinimalRepository = Schemas['minimal-repository']
export type FullRepository = Schemas['full-repository']
export type Deployment = Schemas['deployment']
export type DeploymentStatus = Schemas['deployment-status']
export type DeploymentState = DeploymentStatus['state']
export type WorkflowRun = Schemas['workflow-run']
export type ContentFile = Schemas['content-file']
export type ContentDirectoryItem = Schemas['content-directory'][number]
export type Blob = Schemas['blob']
export type Issue = Schemas['issue']
export type IssueComment = Schemas['issue-comment']
export type Label = Schemas['label']
export type CheckRun = Schemas['check-run']

const WEB = 'https://github.com'

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '')
}

export function user(
  api: string,
  login: string,
  type: 'User' | 'Bot' | 'Organization' = 'User',
  id = 1
): SimpleUser {
  return {
    login,
    id,
    node_id: nodeId('User', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: `${api}/users/${login}`,
    html_url: `${WEB}/${login}`,
    followers_url: `${api}/users/${login}/followers`,
    following_url: `${api}/users/${login}/following{/other_user}`,
    gists_url: `${api}/users/${login}/gists{/gist_id}`,
    starred_url: `${api}/users/${login}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/users/${login}/subscriptions`,
    organizations_url: `${api}/users/${login}/orgs`,
    repos_url: `${api}/users/${login}/repos`,
    events_url: `${api}/users/${login}/events{/privacy}`,
    received_events_url: `${api}/users/${login}/received_events`,
    type,
    site_admin: false
  }
}

function repoUrls(api: string, full: string) {
  const r = `${api}/repos/${full}`
  return {
    url: r,
    archive_url: `${r}/{archive_format}{/ref}`,
    assignees_url: `${r}/assignees{/user}`,
    blobs_url: `${r}/git/blobs{/sha}`,
    branches_url: `${r}/branches{/branch}`,
    collaborators_url: `${r}/collaborators{/collaborator}`,
    comments_url: `${r}/comments{/number}`,
    commits_url: `${r}/commits{/sha}`,
    compare_url: `${r}/compare/{base}...{head}`,
    contents_url: `${r}/contents/{+path}`,
    contributors_url: `${r}/contributors`,
    deployments_url: `${r}/deployments`,
    downloads_url: `${r}/downloads`,
    events_url: `${r}/events`,
    forks_url: `${r}/forks`,
    git_commits_url: `${r}/git/commits{/sha}`,
    git_refs_url: `${r}/git/refs{/sha}`,
    git_tags_url: `${r}/git/tags{/sha}`,
    issue_comment_url: `${r}/issues/comments{/number}`,
    issue_events_url: `${r}/issues/events{/number}`,
    issues_url: `${r}/issues{/number}`,
    keys_url: `${r}/keys{/key_id}`,
    labels_url: `${r}/labels{/name}`,
    languages_url: `${r}/languages`,
    merges_url: `${r}/merges`,
    milestones_url: `${r}/milestones{/number}`,
    notifications_url: `${r}/notifications{?since,all,participating}`,
    pulls_url: `${r}/pulls{/number}`,
    releases_url: `${r}/releases{/id}`,
    stargazers_url: `${r}/stargazers`,
    statuses_url: `${r}/statuses/{sha}`,
    subscribers_url: `${r}/subscribers`,
    subscription_url: `${r}/subscription`,
    tags_url: `${r}/tags`,
    teams_url: `${r}/teams`,
    trees_url: `${r}/git/trees{/sha}`,
    hooks_url: `${r}/hooks`
  }
}

export interface RepositorySeed {
  id: number
  owner: string
  name: string
  defaultBranch: string
  private: boolean
}

export function minimalRepository(api: string, seed: RepositorySeed): MinimalRepository {
  return repoBase(api, seed)
}

function repoBase(api: string, seed: RepositorySeed) {
  const full = `${seed.owner}/${seed.name}`
  return {
    id: seed.id,
    node_id: nodeId('Repository', seed.id),
    name: seed.name,
    full_name: full,
    owner: user(api, seed.owner, 'Organization', 1000 + seed.id),
    private: seed.private,
    html_url: `${WEB}/${full}`,
    description: null,
    fork: false,
    ...repoUrls(api, full)
  }
}

export function fullRepository(api: string, seed: RepositorySeed): FullRepository {
  const full = `${seed.owner}/${seed.name}`
  return {
    ...repoBase(api, seed),
    git_url: `git://github.com/${full}.git`,
    ssh_url: `git@github.com:${full}.git`,
    clone_url: `${WEB}/${full}.git`,
    mirror_url: null,
    svn_url: `${WEB}/${full}`,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 100,
    default_branch: seed.defaultBranch,
    open_issues_count: 0,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: seed.private ? 'private' : 'public',
    pushed_at: '2026-01-01T00:00:00Z',
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    subscribers_count: 1,
    network_count: 0,
    license: null,
    forks: 0,
    open_issues: 0,
    watchers: 0
  }
}

export function deployment(
  api: string,
  full: string,
  d: {
    id: number
    sha: string
    ref: string
    task: string
    environment: string
    createdAt: string
    creator: string
  }
): Deployment {
  const url = `${api}/repos/${full}/deployments/${d.id}`
  return {
    url,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: {},
    original_environment: d.environment,
    environment: d.environment,
    description: null,
    creator: user(api, d.creator, d.creator.endsWith('[bot]') ? 'Bot' : 'User', 7),
    created_at: d.createdAt,
    updated_at: d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: `${api}/repos/${full}`,
    transient_environment: false,
    production_environment: d.environment === 'production'
  }
}

export function deploymentStatus(
  api: string,
  full: string,
  s: { id: number; deploymentId: number; state: DeploymentState; environment: string; createdAt: string }
): DeploymentStatus {
  const deploymentUrl = `${api}/repos/${full}/deployments/${s.deploymentId}`
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: user(api, 'railway-app[bot]', 'Bot', 8),
    description: '',
    environment: s.environment,
    target_url: '',
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deploymentUrl,
    repository_url: `${api}/repos/${full}`,
    environment_url: '',
    log_url: ''
  }
}

export interface WorkflowRunSeed {
  id: number
  name: string
  path: string
  branch: string | null
  status: string
  conclusion: string | null
  event: string
  headSha: string
  runNumber: number
  runAttempt: number
  workflowId: number
  createdAt: string
  updatedAt: string
  runStartedAt: string
  actor: string
}

export function workflowRun(api: string, repoSeed: RepositorySeed, r: WorkflowRunSeed): WorkflowRun {
  const full = `${repoSeed.owner}/${repoSeed.name}`
  const runUrl = `${api}/repos/${full}/actions/runs/${r.id}`
  const repository = minimalRepository(api, repoSeed)
  const actor = user(api, r.actor, r.actor.endsWith('[bot]') ? 'Bot' : 'User', 9)
  return {
    id: r.id,
    name: r.name,
    node_id: nodeId('WorkflowRun', r.id),
    check_suite_id: r.id + 1_000_000,
    check_suite_node_id: nodeId('CheckSuite', r.id + 1_000_000),
    head_branch: r.branch,
    head_sha: r.headSha,
    path: r.path,
    run_number: r.runNumber,
    run_attempt: r.runAttempt,
    referenced_workflows: [],
    event: r.event,
    status: r.status,
    conclusion: r.conclusion,
    workflow_id: r.workflowId,
    url: runUrl,
    html_url: `${WEB}/${full}/actions/runs/${r.id}`,
    pull_requests: [],
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    actor,
    triggering_actor: actor,
    run_started_at: r.runStartedAt,
    jobs_url: `${runUrl}/jobs`,
    logs_url: `${runUrl}/logs`,
    check_suite_url: `${api}/repos/${full}/check-suites/${r.id + 1_000_000}`,
    artifacts_url: `${runUrl}/artifacts`,
    cancel_url: `${runUrl}/cancel`,
    rerun_url: `${runUrl}/rerun`,
    previous_attempt_url: r.runAttempt > 1 ? `${runUrl}/attempts/${r.runAttempt - 1}` : null,
    workflow_url: `${api}/repos/${full}/actions/workflows/${r.workflowId}`,
    head_commit: {
      id: r.headSha,
      tree_id: sha1(`tree:${r.headSha}`),
      message: 'A commit',
      timestamp: r.createdAt,
      author: { name: 'Octo Cat', email: 'octocat@example.com' },
      committer: { name: 'Octo Cat', email: 'octocat@example.com' }
    },
    repository,
    head_repository: repository,
    display_title: r.name
  }
}

/** The git blob id of some content, as git computes it. */
export function gitBlobSha(content: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]))
    .digest('hex')
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** GitHub's contents API answers files over 1 MB with an empty content and encoding "none". */
export const CONTENTS_INLINE_LIMIT = 1024 * 1024

export function contentFile(
  api: string,
  full: string,
  path: string,
  ref: string,
  content: Buffer
): ContentFile {
  const sha = gitBlobSha(content)
  const name = path.split('/').pop() ?? path
  const url = `${api}/repos/${full}/contents/${path}?ref=${encodeURIComponent(ref)}`
  const inline = content.length <= CONTENTS_INLINE_LIMIT
  return {
    type: 'file',
    encoding: inline ? 'base64' : 'none',
    size: content.length,
    name,
    path,
    // GitHub wraps the base64 text at 60 characters.
    content: inline ? (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n' : '',
    sha,
    url,
    git_url: `${api}/repos/${full}/git/blobs/${sha}`,
    html_url: `${WEB}/${full}/blob/${ref}/${path}`,
    download_url: `https://raw.githubusercontent.com/${full}/${ref}/${path}`,
    _links: {
      self: url,
      git: `${api}/repos/${full}/git/blobs/${sha}`,
      html: `${WEB}/${full}/blob/${ref}/${path}`
    }
  }
}

export function directoryItem(
  api: string,
  full: string,
  path: string,
  ref: string,
  type: 'file' | 'dir',
  content?: Buffer
): ContentDirectoryItem {
  const sha = content ? gitBlobSha(content) : sha1(`dir:${path}`)
  const url = `${api}/repos/${full}/contents/${path}?ref=${encodeURIComponent(ref)}`
  const git = `${api}/repos/${full}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`
  const html = `${WEB}/${full}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`
  return {
    type,
    size: content?.length ?? 0,
    name: path.split('/').pop() ?? path,
    path,
    sha,
    url,
    git_url: git,
    html_url: html,
    download_url: type === 'file' ? `https://raw.githubusercontent.com/${full}/${ref}/${path}` : null,
    _links: { self: url, git, html }
  }
}

export function blob(api: string, full: string, content: Buffer): Blob {
  const sha = gitBlobSha(content)
  return {
    content: (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
    encoding: 'base64',
    url: `${api}/repos/${full}/git/blobs/${sha}`,
    sha,
    size: content.length,
    node_id: nodeId('Blob', sha)
  }
}

export function label(api: string, full: string, id: number, name: string, color = 'ededed'): Label {
  return {
    id,
    node_id: nodeId('Label', id),
    url: `${api}/repos/${full}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color,
    default: false
  }
}

export function issue(
  api: string,
  full: string,
  i: {
    id: number
    number: number
    title: string
    body: string | null
    labels: Label[]
    createdAt: string
    author: string
  }
): Issue {
  const url = `${api}/repos/${full}/issues/${i.number}`
  return {
    id: i.id,
    node_id: nodeId('Issue', i.id),
    url,
    repository_url: `${api}/repos/${full}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${WEB}/${full}/issues/${i.number}`,
    number: i.number,
    state: 'open',
    title: i.title,
    body: i.body,
    user: user(api, i.author, i.author.endsWith('[bot]') ? 'Bot' : 'User', 10),
    labels: i.labels,
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    comments: 0,
    closed_at: null,
    created_at: i.createdAt,
    updated_at: i.createdAt,
    author_association: 'NONE'
  }
}

export function issueComment(
  api: string,
  full: string,
  c: { id: number; issueNumber: number; body: string; createdAt: string; author: string }
): IssueComment {
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${api}/repos/${full}/issues/comments/${c.id}`,
    body: c.body,
    html_url: `${WEB}/${full}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    user: user(api, c.author, c.author.endsWith('[bot]') ? 'Bot' : 'User', 10),
    created_at: c.createdAt,
    updated_at: c.createdAt,
    issue_url: `${api}/repos/${full}/issues/${c.issueNumber}`,
    author_association: 'NONE'
  }
}

/** The App a posted check run belongs to (GitHub takes it from the token). */
export type CheckRunApp = { id: number; slug: string; name: string }

export function checkRun(
  api: string,
  full: string,
  c: {
    id: number
    name: string
    headSha: string
    status: CheckRun['status']
    conclusion: CheckRun['conclusion']
    detailsUrl: string | null
    externalId: string | null
    startedAt: string | null
    completedAt: string | null
    title: string | null
    summary: string | null
    text: string | null
    app: CheckRunApp
  }
): CheckRun {
  return {
    id: c.id,
    head_sha: c.headSha,
    node_id: nodeId('CheckRun', c.id),
    external_id: c.externalId,
    url: `${api}/repos/${full}/check-runs/${c.id}`,
    html_url: `https://github.com/${full}/runs/${c.id}`,
    details_url: c.detailsUrl,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.startedAt,
    completed_at: c.completedAt,
    output: {
      title: c.title,
      summary: c.summary,
      text: c.text,
      annotations_count: 0,
      annotations_url: `${api}/repos/${full}/check-runs/${c.id}/annotations`
    },
    name: c.name,
    check_suite: { id: 880_000 + c.app.id },
    app: {
      id: c.app.id,
      slug: c.app.slug,
      node_id: nodeId('App', c.app.id),
      owner: user(api, 'octo-org', 'Organization', 1),
      name: c.app.name,
      description: null,
      external_url: 'https://example.com',
      html_url: `https://github.com/apps/${c.app.slug}`,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      permissions: { checks: 'write', metadata: 'read' },
      events: []
    },
    pull_requests: []
  }
}
