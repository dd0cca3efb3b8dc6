/**
 * A fake of GitHub's REST API: a real HTTP server on 127.0.0.1 that answers like GitHub (bodies
 * typed with @octokit/openapi-types, Link-header pagination, GitHub's error bodies), records every
 * request, and fails on demand.
 *
 *   const fake = await startGitHubFake()
 *   const octokit = createGitHubClient({ token: 't', baseUrl: fake.url, sleep, now })
 *   fake.addDeployment('in_progress', new Date())
 *   fake.failNext('/repos/{owner}/{repo}/deployments', 502)
 *   ...
 *   expect(fake.writes()).toEqual([])
 *   await fake.close()
 *
 * Built in: the repository, deployments and their statuses, workflow runs (one status per call),
 * contents and git blobs, and a few writes (issues, comments, labels, deployment statuses, check
 * runs: `fake.postedCheckRuns()` lists those with the token each was made with).
 * Add any other endpoint with `fake.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files',
 * (req, fake) => ({ body: [...] }))`; `paginate(req, items)` does the paging and the Link header.
 */
import { afterAll, afterEach, beforeAll } from '@jest/globals'
import {
  compilePattern,
  startFakeHttpServer,
  type Fault,
  type FakeResponse,
  type RecordedRequest,
  type RouteHandler,
  type RouteRequest
} from './fake-http.js'
import * as shapes from './github-fake-shapes.js'
import type {
  CheckRun,
  CheckRunApp,
  Deployment,
  DeploymentState,
  DeploymentStatus,
  Issue,
  IssueComment,
  Label,
  RepositorySeed,
  WorkflowRun
} from './github-fake-shapes.js'

export type { Fault, FakeResponse, RecordedRequest, RouteRequest } from './fake-http.js'
export { shapes }

export const FAKE_OWNER = 'octo-org'
export const FAKE_REPO = 'octo-repo'

/** Statuses and conclusions that GET /actions/runs accepts in its `status` parameter. */
export const RUN_STATUS_FILTERS = [
  'completed',
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'skipped',
  'stale',
  'success',
  'timed_out',
  'in_progress',
  'queued',
  'requested',
  'waiting',
  'pending'
] as const
const RUN_STATUSES = new Set(['completed', 'in_progress', 'queued', 'requested', 'waiting', 'pending'])

export interface FakeState {
  repositories: Map<string, RepositorySeed>
  /** Statuses oldest first (the API answers newest first). */
  deployments: Array<{ repo: string; deployment: Deployment; statuses: DeploymentStatus[] }>
  workflowRuns: Array<{ repo: string; run: WorkflowRun }>
  /** repo → ref → path → content. */
  files: Map<string, Map<string, Map<string, Buffer>>>
  blobs: Map<string, Buffer>
  issues: Array<{ repo: string; issue: Issue }>
  comments: Array<{ repo: string; comment: IssueComment }>
  labels: Array<{ repo: string; label: Label }>
  /** Check runs created with POST /repos/{owner}/{repo}/check-runs, by id, in the order made. */
  checkRuns: Map<number, PostedCheckRun>
  /**
   * The App GitHub answers a posted check run was made by: GitHub takes it from the token. Set it to
   * GITHUB_ACTIONS_APP to play a check made with GITHUB_TOKEN.
   */
  checkRunApp: CheckRunApp
}

/** One POST /check-runs: the repository, the token it came with, the body sent and the answer. */
export interface PostedCheckRun {
  repo: string
  token: string
  body: Record<string, unknown>
  checkRun: CheckRun
}

/** The App of the fake's posted check runs unless the test says otherwise. */
export const FAKE_CHECKS_APP: CheckRunApp = {
  id: 424_242,
  slug: 'self-evolution-app',
  name: 'self-evolution'
}
export const GITHUB_ACTIONS_APP: CheckRunApp = { id: 15_368, slug: 'github-actions', name: 'GitHub Actions' }
/** GitHub's cap on a check run's output.summary and output.text. */
export const CHECK_OUTPUT_LIMIT = 65_535
const CHECK_STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending']
const CHECK_CONCLUSIONS = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out'
]

export interface AddDeploymentOptions {
  id?: number
  environment?: string
  ref?: string
  sha?: string
  task?: string
  creator?: string
  /** "owner/name"; the primary repository by default. */
  repo?: string
}

export interface AddWorkflowRunOptions {
  status: string
  branch?: string | null
  name?: string
  path?: string
  id?: number
  created_at?: Date | string
  run_started_at?: Date | string
  updated_at?: Date | string
  conclusion?: string | null
  event?: string
  run_attempt?: number
  head_sha?: string
  workflow_id?: number
  actor?: string
  repo?: string
}

export interface StartGitHubFakeOptions {
  owner?: string
  repo?: string
  defaultBranch?: string
  /** When set, requests must carry `Authorization: token <it>` or `Bearer <it>`, else 401. */
  token?: string
  /**
   * How the contents API answers a file over 1 MB in its JSON form: with an empty content and
   * encoding "none" (the default, GitHub's documented answer), or with 403 "too_large" (GitHub's
   * older answer). The raw media type serves it either way.
   */
  largeFiles?: 'encoding-none' | 'too-large-error'
}

export interface GitHubFake {
  url: string
  owner: string
  repo: string
  /** "owner/repo" of the primary repository. */
  fullName: string
  requests: RecordedRequest[]
  state: FakeState
  /**
   * Add or override an endpoint; later routes win, and `undefined` passes to the next one.
   * The function returned removes the route again.
   */
  route(method: string, pattern: string, handler: RouteHandler<GitHubFake>): () => void
  inject(fault: Fault): void
  /** Answer the next `times` matching requests with an error status (default 500). */
  failNext(
    path: string | RegExp,
    status?: number,
    options?: { times?: number; method?: string; message?: string; headers?: Record<string, string> }
  ): void
  /**
   * Answer with a rate-limit refusal: a secondary limit (403 and retry-after, by default 60 s)
   * or, with `resetAt`, an exhausted primary limit (x-ratelimit-remaining: 0).
   */
  rateLimitNext(
    path: string | RegExp,
    options?: {
      retryAfterSeconds?: number
      status?: 403 | 429
      resetAt?: Date
      times?: number
      method?: string
    }
  ): void
  /** Never answer the next `times` matching requests (a timeout). */
  hangNext(path: string | RegExp, times?: number): void
  /** Drop the connection of the next `times` matching requests. */
  resetNext(path: string | RegExp, times?: number): void
  addRepository(owner: string, name: string, options?: { defaultBranch?: string; private?: boolean }): void
  /**
   * A deployment created at `createdAt`. `status`: its latest state, a list of states (oldest
   * first), or null for a deployment with no status yet.
   */
  addDeployment(
    status: DeploymentState | DeploymentState[] | null,
    createdAt?: Date | string,
    options?: AddDeploymentOptions
  ): Deployment
  addDeploymentStatus(
    deploymentId: number,
    state: DeploymentState,
    createdAt?: Date | string
  ): DeploymentStatus
  addWorkflowRun(options: AddWorkflowRunOptions): WorkflowRun
  /** A file at `ref` (the default branch by default). */
  setFile(path: string, content: string | Buffer, options?: { ref?: string; repo?: string }): void
  /** Requests that are not GET or HEAD. */
  writes(): RecordedRequest[]
  /** The check runs created so far, oldest first. */
  postedCheckRuns(): PostedCheckRun[]
  /** Recorded requests of one method whose path matches a pattern. */
  requestsTo(method: string, path: string | RegExp): RecordedRequest[]
  clearRequests(): void
  /** Drop the faults not yet spent. */
  clearFaults(): void
  /** Forget the recorded requests and the pending faults (between tests); the data stays. */
  reset(): void
  /**
   * reset(), and forget what the tests seeded: deployments, workflow runs, files, issues, comments
   * and labels. The repositories (and routes added with route()) stay.
   */
  clear(): void
  close(): Promise<void>
}

const DOCS = 'https://docs.github.com/rest'

export function githubError(
  status: number,
  message: string,
  extra: Record<string, unknown> = {}
): FakeResponse {
  return { status, body: { message, documentation_url: DOCS, status: String(status), ...extra } }
}

/**
 * One page of `items`, as GitHub pages: `per_page` (default 30, at most 100) and `page`, with a
 * Link header (next, last, first, prev) whose URLs point back at the fake.
 */
export function paginate<T>(
  fakeUrl: string,
  req: RouteRequest,
  items: T[],
  options: { defaultPerPage?: number; maxPerPage?: number } = {}
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(
    options.maxPerPage ?? 100,
    Math.max(1, Number(req.searchParams.get('per_page')) || options.defaultPerPage || 30)
  )
  const page = Math.max(1, Number(req.searchParams.get('page')) || 1)
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))
  const link = (p: number) => {
    const params = new URLSearchParams(req.searchParams)
    params.set('per_page', String(perPage))
    params.set('page', String(p))
    return `${fakeUrl}${encodeURI(req.path)}?${params.toString()}`
  }
  const rels: string[] = []
  if (page < lastPage) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(lastPage)}>; rel="last"`)
  if (page > 1) rels.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`)
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: rels.length ? { link: rels.join(', ') } : {}
  }
}

function iso(value: Date | string | undefined, fallback: Date | string = new Date()): string {
  const v = value ?? fallback
  return v instanceof Date ? v.toISOString().replace(/\.\d{3}Z$/, 'Z') : v
}

export interface UseGitHubFakeOptions extends StartGitHubFakeOptions {
  /**
   * Keep the seeded data between tests (only reset()): for files that seed the fake once, in
   * beforeAll. By default every test starts from clear().
   */
  keepData?: boolean
}

/**
 * The fake for one test file, the way every file starts it: started before the file's first test,
 * cleared after each test, closed after the last. Call it at the top of the file, before any
 * beforeAll that uses the fake. The server starts only in beforeAll, so what is returned stands for
 * it (a Proxy); touching it outside a hook or test throws.
 */
export function useGitHubFake(options: UseGitHubFakeOptions = {}): GitHubFake {
  const { keepData, ...startOptions } = options
  let started: GitHubFake | undefined
  beforeAll(async () => {
    started = await startGitHubFake(startOptions)
  })
  afterEach(() => {
    if (keepData) started?.reset()
    else started?.clear()
  })
  afterAll(async () => {
    await started?.close()
    started = undefined
  })
  return new Proxy({} as GitHubFake, {
    get(_target, key) {
      if (!started) throw new Error('useGitHubFake: the fake is used outside a hook or test')
      return Reflect.get(started, key) as unknown
    },
    set(_target, key, value) {
      if (!started) throw new Error('useGitHubFake: the fake is used outside a hook or test')
      return Reflect.set(started, key, value)
    }
  })
}

export async function startGitHubFake(options: StartGitHubFakeOptions = {}): Promise<GitHubFake> {
  const owner = options.owner ?? FAKE_OWNER
  const repo = options.repo ?? FAKE_REPO
  const primary = `${owner}/${repo}`
  const state: FakeState = {
    repositories: new Map(),
    deployments: [],
    workflowRuns: [],
    files: new Map(),
    blobs: new Map(),
    issues: [],
    comments: [],
    labels: [],
    checkRuns: new Map(),
    checkRunApp: FAKE_CHECKS_APP
  }
  let nextId = 1000
  const newId = () => ++nextId

  const server = await startFakeHttpServer<GitHubFake>({
    ctx: () => fake,
    defaultHeaders: {
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-resource': 'core',
      'x-github-request-id': 'FAKE:0001'
    },
    before: req => {
      if (!options.token) return undefined
      const auth = req.headers.authorization ?? ''
      if (auth === `token ${options.token}` || auth === `Bearer ${options.token}`) return undefined
      return githubError(401, auth ? 'Bad credentials' : 'Requires authentication')
    },
    notFound: () => githubError(404, 'Not Found')
  })
  const api = server.url

  const seedOf = (req: RouteRequest) => state.repositories.get(`${req.params.owner}/${req.params.repo}`)
  const fullOf = (req: RouteRequest) => `${req.params.owner}/${req.params.repo}`
  /** A handler for routes under /repos/{owner}/{repo}: 404 when the repository is unknown. */
  const inRepo =
    (handler: (req: RouteRequest, seed: RepositorySeed, full: string) => FakeResponse | undefined) =>
    (req: RouteRequest) => {
      const seed = seedOf(req)
      return seed ? handler(req, seed, fullOf(req)) : githubError(404, 'Not Found')
    }

  const fake: GitHubFake = {
    url: api,
    owner,
    repo,
    fullName: primary,
    requests: server.requests,
    state,
    route: (method, pattern, handler) => server.route(method, pattern, handler),
    inject: fault => server.inject(fault),
    failNext(path, status = 500, opts = {}) {
      const message =
        opts.message ??
        (status >= 500
          ? 'Server Error'
          : status === 401
            ? 'Bad credentials'
            : status === 404
              ? 'Not Found'
              : 'Error')
      server.inject({
        path,
        method: opts.method,
        times: opts.times,
        ...githubError(status, message),
        headers: opts.headers
      })
    },
    rateLimitNext(path, opts = {}) {
      const headers: Record<string, string> = {}
      if (opts.resetAt) {
        headers['x-ratelimit-remaining'] = '0'
        headers['x-ratelimit-reset'] = String(Math.ceil(opts.resetAt.getTime() / 1000))
      } else headers['retry-after'] = String(opts.retryAfterSeconds ?? 60)
      const message = opts.resetAt
        ? 'API rate limit exceeded for installation ID 1.'
        : 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
      server.inject({
        path,
        method: opts.method,
        times: opts.times,
        ...githubError(opts.status ?? 403, message),
        headers
      })
    },
    hangNext: (path, times = 1) => server.inject({ path, times, hang: true }),
    resetNext: (path, times = 1) => server.inject({ path, times, reset: true }),
    addRepository(o, name, opts = {}) {
      state.repositories.set(`${o}/${name}`, {
        id: newId(),
        owner: o,
        name,
        defaultBranch: opts.defaultBranch ?? 'main',
        private: opts.private ?? true
      })
    },
    addDeployment(status, createdAt, opts = {}) {
      const full = opts.repo ?? primary
      const id = opts.id ?? newId()
      const created = iso(createdAt)
      const environment = opts.environment ?? 'production'
      const deployment = shapes.deployment(api, full, {
        id,
        sha: opts.sha ?? shapes.sha1(`deploy:${id}`),
        ref: opts.ref ?? 'main',
        task: opts.task ?? 'deploy',
        environment,
        createdAt: created,
        creator: opts.creator ?? 'railway-app[bot]'
      })
      const record = { repo: full, deployment, statuses: [] as DeploymentStatus[] }
      state.deployments.push(record)
      const states = status === null ? [] : Array.isArray(status) ? status : [status]
      states.forEach((s, i) =>
        fake.addDeploymentStatus(id, s, new Date(Date.parse(created) + (i + 1) * 1000).toISOString())
      )
      return deployment
    },
    addDeploymentStatus(deploymentId, s, createdAt) {
      const record = state.deployments.find(d => d.deployment.id === deploymentId)
      if (!record) throw new Error(`github-fake: no deployment ${deploymentId}`)
      const status = shapes.deploymentStatus(api, record.repo, {
        id: newId(),
        deploymentId,
        state: s,
        environment: record.deployment.environment,
        createdAt: iso(createdAt)
      })
      record.statuses.push(status)
      return status
    },
    addWorkflowRun(o) {
      const full = o.repo ?? primary
      const seed = state.repositories.get(full)
      if (!seed) throw new Error(`github-fake: unknown repository ${full}`)
      const id = o.id ?? newId()
      const created = iso(o.created_at)
      const path = o.path ?? '.github/workflows/ci.yml'
      const run = shapes.workflowRun(api, seed, {
        id,
        name: o.name ?? 'CI',
        path,
        branch: o.branch === undefined ? seed.defaultBranch : o.branch,
        status: o.status,
        conclusion: o.conclusion ?? (o.status === 'completed' ? 'success' : null),
        event: o.event ?? 'push',
        headSha: o.head_sha ?? shapes.sha1(`run:${id}`),
        runNumber: id,
        runAttempt: o.run_attempt ?? 1,
        workflowId: o.workflow_id ?? (Number.parseInt(shapes.sha1(path).slice(0, 6), 16) % 100_000) + 1,
        createdAt: created,
        updatedAt: iso(o.updated_at, created),
        runStartedAt: iso(o.run_started_at, created),
        actor: o.actor ?? 'octocat'
      })
      state.workflowRuns.push({ repo: full, run })
      return run
    },
    setFile(path, content, opts = {}) {
      const full = opts.repo ?? primary
      const ref = opts.ref ?? state.repositories.get(full)?.defaultBranch ?? 'main'
      const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')
      let refs = state.files.get(full)
      if (!refs) state.files.set(full, (refs = new Map()))
      let files = refs.get(ref)
      if (!files) refs.set(ref, (files = new Map()))
      files.set(path.replace(/^\/+/, ''), bytes)
      state.blobs.set(shapes.gitBlobSha(bytes), bytes)
    },
    writes: () => server.writes(),
    postedCheckRuns: () => [...state.checkRuns.values()],
    requestsTo(method, path) {
      const match = compilePattern(path)
      return server.requests.filter(r => r.method === method.toUpperCase() && match(r.path) !== undefined)
    },
    clearRequests: () => server.clearRequests(),
    clearFaults: () => server.clearFaults(),
    reset() {
      server.clearRequests()
      server.clearFaults()
    },
    clear() {
      fake.reset()
      state.deployments.length = 0
      state.workflowRuns.length = 0
      state.files.clear()
      state.issues.length = 0
      state.comments.length = 0
      state.labels.length = 0
      state.checkRuns.clear()
      state.checkRunApp = FAKE_CHECKS_APP
    },
    close: () => server.close()
  }
  fake.addRepository(owner, repo, { defaultBranch: options.defaultBranch ?? 'main' })

  // --- repository -------------------------------------------------------------------------------
  server.route(
    'GET',
    '/repos/{owner}/{repo}',
    inRepo((_req, seed) => ({ body: shapes.fullRepository(api, seed) }))
  )

  // --- deployments ------------------------------------------------------------------------------
  server.route(
    'GET',
    '/repos/{owner}/{repo}/deployments',
    inRepo((req, _seed, full) => {
      const q = req.searchParams
      const list = state.deployments
        .filter(d => d.repo === full)
        .map(d => d.deployment)
        .filter(d => !q.get('sha') || d.sha === q.get('sha'))
        .filter(d => !q.get('ref') || d.ref === q.get('ref'))
        .filter(d => !q.get('task') || d.task === q.get('task'))
        .filter(d => !q.get('environment') || d.environment === q.get('environment'))
        .sort((a, b) => Number(b.id) - Number(a.id))
      const page = paginate(api, req, list)
      return { body: page.items, headers: page.headers }
    })
  )
  const deploymentOf = (req: RouteRequest) =>
    state.deployments.find(d => d.repo === fullOf(req) && String(d.deployment.id) === req.params.id)
  server.route(
    'GET',
    '/repos/{owner}/{repo}/deployments/{id}',
    inRepo(req => {
      const d = deploymentOf(req)
      return d ? { body: d.deployment } : githubError(404, 'Not Found')
    })
  )
  server.route(
    'GET',
    '/repos/{owner}/{repo}/deployments/{id}/statuses',
    inRepo(req => {
      const d = deploymentOf(req)
      if (!d) return githubError(404, 'Not Found')
      const page = paginate(api, req, [...d.statuses].reverse())
      return { body: page.items, headers: page.headers }
    })
  )
  server.route(
    'POST',
    '/repos/{owner}/{repo}/deployments/{id}/statuses',
    inRepo(req => {
      const d = deploymentOf(req)
      if (!d) return githubError(404, 'Not Found')
      const s = (req.body as { state?: DeploymentState } | undefined)?.state
      if (!s)
        return githubError(422, 'Validation Failed', {
          errors: [{ resource: 'DeploymentStatus', field: 'state', code: 'missing_field' }]
        })
      return { status: 201, body: fake.addDeploymentStatus(Number(d.deployment.id), s) }
    })
  )

  // --- workflow runs ----------------------------------------------------------------------------
  server.route(
    'GET',
    '/repos/{owner}/{repo}/actions/runs',
    inRepo((req, _seed, full) => {
      const q = req.searchParams
      const statuses = q.getAll('status')
      // GitHub takes one status per call; the fake refuses more so that code sending several fails.
      if (
        statuses.length > 1 ||
        (statuses[0] !== undefined && !RUN_STATUS_FILTERS.includes(statuses[0] as never))
      ) {
        return githubError(
          422,
          `Invalid status: ${statuses.join(',')}; expected one of ${RUN_STATUS_FILTERS.join(', ')}`
        )
      }
      const status = statuses[0]
      const list = state.workflowRuns
        .filter(r => r.repo === full)
        .map(r => r.run)
        .filter(r => !status || (RUN_STATUSES.has(status) ? r.status === status : r.conclusion === status))
        .filter(r => !q.has('branch') || r.head_branch === q.get('branch'))
        .filter(r => !q.has('event') || r.event === q.get('event'))
        .filter(r => !q.has('head_sha') || r.head_sha === q.get('head_sha'))
        .filter(r => !q.has('actor') || r.actor?.login === q.get('actor'))
        .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || Number(b.id) - Number(a.id))
      // GitHub returns at most 1,000 results for a filtered list.
      const page = paginate(api, req, list.slice(0, 1000))
      return { body: { total_count: list.length, workflow_runs: page.items }, headers: page.headers }
    })
  )
  server.route(
    'GET',
    '/repos/{owner}/{repo}/actions/runs/{id}',
    inRepo((req, _seed, full) => {
      const r = state.workflowRuns.find(x => x.repo === full && String(x.run.id) === req.params.id)
      return r ? { body: r.run } : githubError(404, 'Not Found')
    })
  )

  // --- contents and blobs -----------------------------------------------------------------------
  server.route(
    'GET',
    '/repos/{owner}/{repo}/contents/{path+}',
    inRepo((req, seed, full) => {
      const ref = req.searchParams.get('ref') || seed.defaultBranch
      const files = state.files.get(full)?.get(ref)
      if (!files) return githubError(404, `No commit found for the ref ${ref}`)
      const path = req.params.path.replace(/\/+$/, '')
      const content = files.get(path)
      if (content) {
        const accept = req.headers.accept ?? ''
        if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) {
          return { raw: content, headers: { 'content-type': 'application/vnd.github.raw' } }
        }
        if (content.length > shapes.CONTENTS_INLINE_LIMIT && options.largeFiles === 'too-large-error') {
          return githubError(
            403,
            'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.',
            {
              errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }]
            }
          )
        }
        return { body: shapes.contentFile(api, full, path, ref, content) }
      }
      const prefix = `${path}/`
      const children = new Map<string, ReturnType<typeof shapes.directoryItem>>()
      for (const [p, c] of files) {
        if (!p.startsWith(prefix)) continue
        const rest = p.slice(prefix.length)
        const name = rest.split('/')[0]
        const child = `${prefix}${name}`
        children.set(
          child,
          rest.includes('/')
            ? shapes.directoryItem(api, full, child, ref, 'dir')
            : shapes.directoryItem(api, full, child, ref, 'file', c)
        )
      }
      if (children.size) return { body: [...children.values()].sort((a, b) => a.path.localeCompare(b.path)) }
      return githubError(404, 'Not Found')
    })
  )
  server.route(
    'GET',
    '/repos/{owner}/{repo}/git/blobs/{sha}',
    inRepo((req, _seed, full) => {
      const content = state.blobs.get(req.params.sha)
      return content ? { body: shapes.blob(api, full, content) } : githubError(404, 'Not Found')
    })
  )

  // --- a few writes (the gateway's tests use them) ------------------------------------------
  const labelsIn = (full: string) => state.labels.filter(l => l.repo === full).map(l => l.label)
  const ensureLabel = (full: string, name: string) =>
    labelsIn(full).find(l => l.name === name) ??
    (() => {
      const l = shapes.label(api, full, newId(), name)
      state.labels.push({ repo: full, label: l })
      return l
    })()
  server.route(
    'POST',
    '/repos/{owner}/{repo}/issues',
    inRepo((req, _seed, full) => {
      const b = (req.body ?? {}) as { title?: unknown; body?: unknown; labels?: unknown }
      if (typeof b.title !== 'string' || b.title === '') {
        return githubError(422, 'Validation Failed', {
          errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }]
        })
      }
      const names = Array.isArray(b.labels) ? b.labels.map(String) : []
      const issue = shapes.issue(api, full, {
        id: newId(),
        number: state.issues.filter(i => i.repo === full).length + 1,
        title: b.title,
        body: typeof b.body === 'string' ? b.body : null,
        labels: names.map(n => ensureLabel(full, n)),
        createdAt: iso(undefined),
        author: 'self-evolution[bot]'
      })
      state.issues.push({ repo: full, issue })
      return { status: 201, body: issue }
    })
  )
  const issueOf = (req: RouteRequest) =>
    state.issues.find(i => i.repo === fullOf(req) && String(i.issue.number) === req.params.issue_number)
  server.route(
    'POST',
    '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    inRepo((req, _seed, full) => {
      const target = issueOf(req)
      if (!target) return githubError(404, 'Not Found')
      const text = (req.body as { body?: unknown } | undefined)?.body
      if (typeof text !== 'string' || text === '') {
        return githubError(422, 'Validation Failed', {
          errors: [{ resource: 'IssueComment', field: 'body', code: 'missing_field' }]
        })
      }
      const comment = shapes.issueComment(api, full, {
        id: newId(),
        issueNumber: target.issue.number,
        body: text,
        createdAt: iso(undefined),
        author: 'self-evolution[bot]'
      })
      state.comments.push({ repo: full, comment })
      return { status: 201, body: comment }
    })
  )
  server.route(
    'POST',
    '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    inRepo((req, _seed, full) => {
      const target = issueOf(req)
      if (!target) return githubError(404, 'Not Found')
      const raw = (req.body as { labels?: unknown } | undefined)?.labels ?? req.body
      const names = Array.isArray(raw) ? raw.map(String) : []
      const current = target.issue.labels as Label[]
      for (const n of names) if (!current.some(l => l.name === n)) current.push(ensureLabel(full, n))
      return { body: current }
    })
  )
  server.route(
    'POST',
    '/repos/{owner}/{repo}/labels',
    inRepo((req, _seed, full) => {
      const b = (req.body ?? {}) as { name?: unknown; color?: unknown }
      if (typeof b.name !== 'string' || b.name === '') {
        return githubError(422, 'Validation Failed', {
          errors: [{ resource: 'Label', field: 'name', code: 'missing_field' }]
        })
      }
      if (labelsIn(full).some(l => l.name === b.name)) {
        return githubError(422, 'Validation Failed', {
          errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }]
        })
      }
      const l = shapes.label(api, full, newId(), b.name, typeof b.color === 'string' ? b.color : 'ededed')
      state.labels.push({ repo: full, label: l })
      return { status: 201, body: l }
    })
  )

  // --- check runs -------------------------------------------------------------------------------
  server.route(
    'POST',
    '/repos/{owner}/{repo}/check-runs',
    inRepo((req, _seed, full) => {
      const b = (req.body ?? {}) as Record<string, unknown>
      const invalid = checkRunProblem(b)
      if (invalid) return githubError(422, 'Validation Failed', { errors: [invalid] })
      const output = (b.output ?? {}) as Record<string, unknown>
      const status = typeof b.status === 'string' ? b.status : b.conclusion ? 'completed' : 'queued'
      const id = newId()
      const checkRun = shapes.checkRun(api, full, {
        id,
        name: String(b.name),
        headSha: String(b.head_sha),
        status: status as CheckRun['status'],
        conclusion: typeof b.conclusion === 'string' ? (b.conclusion as CheckRun['conclusion']) : null,
        detailsUrl: typeof b.details_url === 'string' ? b.details_url : null,
        externalId: typeof b.external_id === 'string' ? b.external_id : null,
        startedAt: typeof b.started_at === 'string' ? b.started_at : iso(undefined),
        completedAt:
          status === 'completed'
            ? typeof b.completed_at === 'string'
              ? b.completed_at
              : iso(undefined)
            : null,
        title: typeof output.title === 'string' ? output.title : null,
        summary: typeof output.summary === 'string' ? output.summary : null,
        text: typeof output.text === 'string' ? output.text : null,
        app: state.checkRunApp
      })
      const token = (req.headers.authorization ?? '').replace(/^(token|bearer) /i, '')
      state.checkRuns.set(id, { repo: full, token, body: b, checkRun })
      return { status: 201, body: checkRun }
    })
  )

  return fake
}

/** What GitHub's validation of a new check run would refuse, as one of its error objects. */
function checkRunProblem(b: Record<string, unknown>): Record<string, string> | undefined {
  const field = (name: string, code: string) => ({ resource: 'CheckRun', field: name, code })
  if (typeof b.name !== 'string' || b.name === '') return field('name', 'missing_field')
  if (typeof b.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(b.head_sha))
    return field('head_sha', 'invalid')
  if (b.status !== undefined && !CHECK_STATUSES.includes(String(b.status))) return field('status', 'invalid')
  if (b.conclusion !== undefined && !CHECK_CONCLUSIONS.includes(String(b.conclusion)))
    return field('conclusion', 'invalid')
  if (b.status === 'completed' && b.conclusion === undefined) return field('conclusion', 'missing_field')
  if (b.output !== undefined) {
    const o = b.output as Record<string, unknown>
    if (typeof o.title !== 'string' || typeof o.summary !== 'string') return field('output', 'missing_field')
    if (o.summary.length > CHECK_OUTPUT_LIMIT) return field('output.summary', 'too_long')
    if (typeof o.text === 'string' && o.text.length > CHECK_OUTPUT_LIMIT)
      return field('output.text', 'too_long')
  }
  return undefined
}
