import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  GitHubApiError,
  createGitHubClient,
  createGitHubContext,
  describeGitHubError,
  listAll,
  parseRepository,
  resolveApiUrl,
  type GitHubClientOptions
} from '../../src/github/client.js'
import { paginate, useGitHubFake } from '../__fixtures__/github-fake.js'
import { fakeClock, type FakeClock } from '../__fixtures__/fake-clock.js'

const TOKEN = 'ghs_TOPSECRETtoken0123456789abcdef'
const REPO_PATH = '/repos/{owner}/{repo}'

const fake = useGitHubFake({ token: TOKEN })
let clock: FakeClock
let logs: string[]

beforeEach(() => {
  clock = fakeClock()
  logs = []
})

function client(options: Partial<GitHubClientOptions> = {}) {
  return createGitHubClient({
    token: TOKEN,
    baseUrl: fake.url,
    sleep: clock.sleep,
    now: clock.now,
    log: line => logs.push(line),
    ...options
  })
}

const getRepo = (octokit: ReturnType<typeof client>) =>
  octokit.rest.repos.get({ owner: fake.owner, repo: fake.repo })

async function rejection(promise: Promise<unknown>): Promise<GitHubApiError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(GitHubApiError)
    return error as GitHubApiError
  }
  throw new Error('expected the call to fail')
}

describe('the GitHub client', () => {
  it('talks to the given base URL with the token', async () => {
    const { data } = await getRepo(client())
    expect(data.full_name).toBe(fake.fullName)
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0].headers.authorization).toBe(`token ${TOKEN}`)
    expect(fake.requests[0].headers['user-agent']).toContain('self-evolution')
  })

  it('honours GITHUB_API_URL when no base URL is given', async () => {
    const before = process.env.GITHUB_API_URL
    process.env.GITHUB_API_URL = `${fake.url}/`
    try {
      expect(resolveApiUrl()).toBe(fake.url)
      const octokit = createGitHubClient({ token: TOKEN, sleep: clock.sleep, now: clock.now })
      const { data } = await getRepo(octokit)
      expect(data.default_branch).toBe('main')
      expect(fake.requests).toHaveLength(1)
    } finally {
      if (before === undefined) delete process.env.GITHUB_API_URL
      else process.env.GITHUB_API_URL = before
    }
  })

  it('refuses an empty token', () => {
    expect(() => createGitHubClient({ token: '  ' })).toThrow(/token is required/)
  })

  it('retries a 5xx and then succeeds, sleeping through the injected sleep', async () => {
    fake.failNext(REPO_PATH, 502, { times: 2 })
    const { data } = await getRepo(client())
    expect(data.name).toBe(fake.repo)
    expect(fake.requests).toHaveLength(3)
    expect(clock.slept).toEqual([1000, 2000])
    expect(logs.join('\n')).toMatch(/HTTP 502; retrying in 1 s \(attempt 2\)/)
  })

  it('honours retry-after on a secondary rate limit (403)', async () => {
    fake.rateLimitNext(REPO_PATH, { retryAfterSeconds: 7 })
    await getRepo(client())
    expect(fake.requests).toHaveLength(2)
    expect(clock.slept).toEqual([7000])
  })

  it('retries a 429 without headers with backoff, and a secondary-limit message without headers', async () => {
    fake.failNext(REPO_PATH, 429, { message: 'Too many requests' })
    fake.failNext(REPO_PATH, 403, { message: 'You have exceeded a secondary rate limit.' })
    await getRepo(client())
    expect(fake.requests).toHaveLength(3)
    expect(clock.slept).toEqual([1000, 2000])
  })

  it('waits for x-ratelimit-reset when it fits in the budget', async () => {
    fake.rateLimitNext(REPO_PATH, { resetAt: new Date(clock.now() + 12_000) })
    await getRepo(client())
    expect(clock.slept).toEqual([12_000])
  })

  it('gives up at once when the rate limit resets beyond the budget', async () => {
    fake.rateLimitNext(REPO_PATH, { resetAt: new Date(clock.now() + 40 * 60_000) })
    const error = await rejection(getRepo(client()))
    expect(clock.slept).toEqual([])
    expect(fake.requests).toHaveLength(1)
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/asked to wait 2400 s, more than the 60 s left of the retry budget/)
  })

  it('gives up when the retry budget of about a minute is spent, and says so', async () => {
    fake.failNext(REPO_PATH, 503, { times: Infinity, message: 'Service Unavailable' })
    const error = await rejection(getRepo(client()))
    const total = clock.slept.reduce((a, b) => a + b, 0)
    expect(total).toBe(60_000)
    expect(clock.slept).toEqual([1000, 2000, 4000, 8000, 16_000, 29_000])
    expect(fake.requests).toHaveLength(7)
    expect(error.status).toBe(503)
    expect(error.transient).toBe(true)
    expect(error.attempts).toBe(7)
    expect(error.message).toBe(
      `GitHub API GET /repos/${fake.fullName} failed with HTTP 503: Service Unavailable (gave up after 7 attempts over 60 s).`
    )
  })

  it('bounds the attempts even when the clock stands still', async () => {
    fake.failNext(REPO_PATH, 500, { times: Infinity })
    const frozen = { now: () => 0, sleep: async () => undefined }
    await rejection(getRepo(client({ ...frozen, maxAttempts: 4 })))
    expect(fake.requests).toHaveLength(4)
  })

  it('counts a slow clock against the budget too', async () => {
    fake.failNext(REPO_PATH, 500, { times: Infinity })
    // Each request takes 25 "seconds" on this clock: 0 → 25, sleep 1 → 51, sleep 2 → 78 > 60.
    const slowFetch: typeof fetch = (url, init) => {
      clock.advance(25_000)
      return globalThis.fetch(url, init)
    }
    const error = await rejection(getRepo(client({ fetch: slowFetch })))
    expect(fake.requests).toHaveLength(3)
    expect(clock.slept).toEqual([1000, 2000])
    expect(error.message).toMatch(/gave up after 3 attempts over 78 s/)
  })

  it.each([
    [401, 'Bad credentials'],
    [404, 'Not Found'],
    [422, 'Validation Failed'],
    [403, 'Resource not accessible by integration']
  ])('does not retry HTTP %i', async (status, message) => {
    fake.failNext(REPO_PATH, status, { message })
    const error = await rejection(getRepo(client()))
    expect(fake.requests).toHaveLength(1)
    expect(clock.slept).toEqual([])
    expect(error.status).toBe(status)
    expect(error.transient).toBe(false)
    expect(error.message).toBe(
      `GitHub API GET /repos/${fake.fullName} failed with HTTP ${status}: ${message}.`
    )
  })

  it("names GitHub's validation errors of a 422", async () => {
    fake.inject({
      path: REPO_PATH,
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }]
      }
    })
    const error = await rejection(getRepo(client()))
    expect(error.message).toMatch(/HTTP 422: Validation Failed \(Issue title missing_field\)\.$/)
    expect(error.githubErrors).toHaveLength(1)
  })

  it('never puts the token in an error, even a real 401 for a wrong token', async () => {
    const wrong = 'ghp_WRONGtoken0123456789abcdefABCDEF'
    const octokit = createGitHubClient({
      token: wrong,
      baseUrl: fake.url,
      sleep: clock.sleep,
      now: clock.now
    })
    const error = await rejection(getRepo(octokit))
    expect(error.status).toBe(401)
    expect(error.message).toBe(
      `GitHub API GET /repos/${fake.fullName} failed with HTTP 401: Bad credentials.`
    )
    const everything = [
      error.message,
      String(error),
      error.stack ?? '',
      JSON.stringify(error),
      describeGitHubError(error)
    ]
    for (const text of everything) expect(text).not.toContain(wrong)
  })

  it('blanks the token out of a message GitHub echoes back', async () => {
    fake.failNext(REPO_PATH, 400, { message: `token ${TOKEN} is malformed` })
    const error = await rejection(getRepo(client()))
    expect(error.message).not.toContain(TOKEN)
    expect(error.message).toContain('token *** is malformed')
    expect(error.githubMessage).not.toContain(TOKEN)
  })

  it('escapes control characters and workflow commands in GitHub messages', async () => {
    fake.failNext(REPO_PATH, 400, { message: 'bad\n::error::injected' })
    const error = await rejection(getRepo(client()))
    expect(error.message).not.toContain('\n')
    expect(error.message).not.toContain('::error')
  })

  it('times a hanging request out and retries it', async () => {
    fake.hangNext(REPO_PATH)
    const { data } = await getRepo(client({ requestTimeoutMs: 100 }))
    expect(data.name).toBe(fake.repo)
    expect(fake.requests).toHaveLength(2)
    expect(clock.slept).toEqual([1000])
  })

  it('fails with a timeout sentence when every attempt hangs', async () => {
    fake.hangNext(REPO_PATH, 3)
    const error = await rejection(getRepo(client({ requestTimeoutMs: 50, maxAttempts: 3 })))
    expect(error.kind).toBe('timeout')
    expect(error.status).toBeUndefined()
    expect(error.message).toBe(
      `GitHub API GET /repos/${fake.fullName} timed out after 50 ms (gave up after 3 attempts over 3 s).`
    )
  })

  it('does not retry a request the caller aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      client().rest.repos.get({ owner: fake.owner, repo: fake.repo, request: { signal: controller.signal } })
    ).rejects.toThrow()
    expect(clock.slept).toEqual([])
    expect(fake.requests.length).toBeLessThanOrEqual(1)
  })

  it('retries a reset connection', async () => {
    fake.resetNext(REPO_PATH)
    await getRepo(client())
    expect(fake.requests).toHaveLength(2)
    expect(clock.slept).toEqual([1000])
  })

  it('reports a connection error in one sentence', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise(resolve => closed.close(resolve))
    const dead = createGitHubClient({
      token: TOKEN,
      baseUrl: `http://127.0.0.1:${port}`,
      sleep: clock.sleep,
      now: clock.now,
      maxAttempts: 2
    })
    const error = await rejection(dead.rest.repos.get({ owner: 'o', repo: 'r' }))
    expect(error.kind).toBe('network')
    expect(error.message).toMatch(
      /^GitHub API GET \/repos\/o\/r failed: connection error \(ECONNREFUSED\) \(gave up after 2 attempts/
    )
  })

  it('does not retry a POST after a 5xx or a reset (GitHub may have acted)', async () => {
    fake.failNext('/repos/{owner}/{repo}/issues', 502, { method: 'POST' })
    const octokit = client()
    const error = await rejection(
      octokit.rest.issues.create({ owner: fake.owner, repo: fake.repo, title: 'once' })
    )
    expect(error.status).toBe(502)
    expect(fake.requests).toHaveLength(1)
    fake.clearRequests()
    fake.resetNext('/repos/{owner}/{repo}/issues')
    await expect(
      octokit.rest.issues.create({ owner: fake.owner, repo: fake.repo, title: 'once' })
    ).rejects.toThrow(/connection error/)
    expect(fake.requests).toHaveLength(1)
    expect(fake.state.issues).toHaveLength(0)
  })

  it('does retry a POST refused for a rate limit (GitHub did not act)', async () => {
    fake.rateLimitNext('/repos/{owner}/{repo}/issues', { retryAfterSeconds: 3, method: 'POST' })
    const { data } = await client().rest.issues.create({
      owner: fake.owner,
      repo: fake.repo,
      title: 'after the limit'
    })
    expect(data.title).toBe('after the limit')
    expect(fake.requests).toHaveLength(2)
    expect(clock.slept).toEqual([3000])
  })

  it('with gatewayOnlyWrites, refuses a write made outside the gateway without sending it', async () => {
    const octokit = client({ gatewayOnlyWrites: true })
    await expect(
      octokit.rest.issues.create({ owner: fake.owner, repo: fake.repo, title: 'sneaky' })
    ).rejects.toThrow(/only reads; every write goes through the write gateway/)
    expect(fake.requests).toHaveLength(0)
    await getRepo(octokit)
    expect(fake.requests).toHaveLength(1)
  })

  it('never logs the token', async () => {
    fake.failNext(REPO_PATH, 500, { times: 2 })
    await getRepo(client())
    expect(logs.length).toBeGreaterThan(0)
    for (const line of logs) expect(line).not.toContain(TOKEN)
  })
})

describe('repository contexts', () => {
  it('parses owner/name and rejects anything else', () => {
    expect(parseRepository('octo-org/octo.repo_1')).toEqual({ owner: 'octo-org', repo: 'octo.repo_1' })
    for (const bad of ['', 'octo', 'a/b/c', '/b', 'a/', 'a/..', '-a/b', 'a b/c']) {
      expect(() => parseRepository(bad)).toThrow(/not of the form owner\/name/)
    }
  })

  it('binds a client to a repository', async () => {
    const gh = createGitHubContext({ token: TOKEN, baseUrl: fake.url, repository: fake.fullName })
    expect(gh.owner).toBe(fake.owner)
    expect(gh.repo).toBe(fake.repo)
    const { data } = await gh.octokit.rest.repos.get({ owner: gh.owner, repo: gh.repo })
    expect(data.full_name).toBe(fake.fullName)
  })
})

describe('listAll', () => {
  it('reads every page, and refuses a list longer than maxPages (never a truncated answer)', async () => {
    const items = Array.from({ length: 250 }, (_, i) => ({ number: i + 1 }))
    fake.route('GET', '/repos/{owner}/{repo}/pulls', req => {
      const page = paginate(fake.url, req, items)
      return { body: page.items, headers: page.headers }
    })
    const gh = createGitHubContext({ token: TOKEN, baseUrl: fake.url, repository: fake.fullName })
    const all = await listAll<{ number: number }>(gh, 'GET /repos/{owner}/{repo}/pulls', { state: 'open' })
    expect(all.map(p => p.number)).toEqual(items.map(p => p.number))
    // 250 items are three pages of 100: three pages pass, two do not.
    await expect(listAll(gh, 'GET /repos/{owner}/{repo}/pulls', {}, 3)).resolves.toHaveLength(250)
    await expect(listAll(gh, 'GET /repos/{owner}/{repo}/pulls', {}, 2)).rejects.toThrow(
      /returned more than 200 items; refusing to act on a partial list/
    )
  })
})
