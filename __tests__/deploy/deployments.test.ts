import { beforeAll, describe, expect, it } from '@jest/globals'
import { createGitHubClient, createGitHubContext, GitHubApiError } from '../../src/github/client.js'
import { findActiveDeployment } from '../../src/deploy/deployments.js'
import { useGitHubFake } from '../__fixtures__/github-fake.js'
import { fakeClock } from '../__fixtures__/fake-clock.js'

const NOW = Date.parse('2026-11-10T02:00:00Z')
const HOUR = 3_600_000
const since = new Date(NOW - 6 * HOUR)
const ago = (ms: number) => new Date(NOW - ms)

const fake = useGitHubFake()
let octokit: ReturnType<typeof createGitHubClient>
const clock = fakeClock(new Date(NOW))

beforeAll(async () => {
  octokit = createGitHubClient({ token: 't', baseUrl: fake.url, sleep: clock.sleep, now: clock.now })
})

const check = () => findActiveDeployment(octokit, { owner: fake.owner, repo: fake.repo, since })

describe('findActiveDeployment', () => {
  it('reports no deployment at all as inactive', async () => {
    const r = await check()
    expect(r).toEqual({
      active: false,
      detail: expect.stringMatching(/^no active deployment among 0 /),
      checked: 0
    })
  })

  it.each(['queued', 'in_progress', 'pending'] as const)(
    'counts a deployment whose latest status is %s',
    async state => {
      const d = fake.addDeployment(state, ago(HOUR), { environment: 'production', ref: 'main' })
      const r = await check()
      expect(r.active).toBe(true)
      expect(r.deployments).toEqual([
        expect.objectContaining({ id: d.id, state, environment: 'production', ref: 'main', noStatus: false })
      ])
      expect(r.detail).toContain(`deployment ${d.id} to production (ref main) is ${state}`)
    }
  )

  it.each(['success', 'failure', 'error', 'inactive'] as const)(
    'ignores a deployment whose latest status is %s',
    async state => {
      fake.addDeployment(state, ago(HOUR))
      const r = await check()
      expect(r.active).toBe(false)
      expect(r.deployments).toBeUndefined()
      expect(r.checked).toBe(1)
    }
  )

  it('reads only the latest status: in_progress then success is over', async () => {
    fake.addDeployment(['queued', 'in_progress', 'success'], ago(HOUR))
    expect((await check()).active).toBe(false)
  })

  it('reads only the latest status: success then in_progress is active', async () => {
    fake.addDeployment(['success', 'in_progress'], ago(HOUR))
    expect((await check()).active).toBe(true)
  })

  it('asks for one status per deployment (per_page=1)', async () => {
    fake.addDeployment('success', ago(HOUR))
    fake.addDeployment('success', ago(2 * HOUR))
    await check()
    const statusCalls = fake.requestsTo('GET', '/repos/{owner}/{repo}/deployments/{id}/statuses')
    expect(statusCalls).toHaveLength(2)
    for (const call of statusCalls) expect(call.query.per_page).toBe('1')
  })

  it('counts a deployment with no status yet as pending', async () => {
    const d = fake.addDeployment(null, ago(10 * 60_000))
    const r = await check()
    expect(r.active).toBe(true)
    expect(r.deployments?.[0]).toMatchObject({ id: d.id, state: 'pending', noStatus: true })
    expect(r.detail).toContain('pending (no status yet)')
  })

  it('ignores deployments created before the look-back window, however active', async () => {
    fake.addDeployment('in_progress', ago(7 * HOUR))
    fake.addDeployment(null, ago(6 * HOUR + 1000))
    fake.addDeployment('success', ago(HOUR))
    const r = await check()
    expect(r.active).toBe(false)
    expect(r.checked).toBe(1)
    // Only the deployment inside the window has its status read.
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/deployments/{id}/statuses')).toHaveLength(1)
  })

  it('counts a deployment created exactly at the window start', async () => {
    fake.addDeployment('queued', since)
    expect((await check()).active).toBe(true)
  })

  it('pages through the list, 100 at a time, to find an active one on page 2', async () => {
    const active = fake.addDeployment('in_progress', ago(5 * HOUR))
    for (let i = 0; i < 149; i++) fake.addDeployment('success', ago(4 * HOUR - i * 1000))
    const r = await check()
    expect(r.active).toBe(true)
    expect(r.deployments?.map(d => d.id)).toEqual([active.id])
    expect(r.checked).toBe(150)
    const lists = fake.requestsTo('GET', '/repos/{owner}/{repo}/deployments')
    expect(lists).toHaveLength(2)
    expect(lists[0].query.per_page).toBe('100')
    expect(lists[1].query.page).toBe('2')
  })

  it('stops paging once a page reaches past the window', async () => {
    for (let i = 0; i < 250; i++) fake.addDeployment('success', ago(10 * HOUR + i * 1000))
    for (let i = 0; i < 3; i++) fake.addDeployment('success', ago(HOUR + i * 1000))
    const r = await check()
    expect(r.checked).toBe(3)
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/deployments')).toHaveLength(1)
  })

  it('lists every active deployment, newest first', async () => {
    const older = fake.addDeployment('queued', ago(2 * HOUR), { environment: 'staging' })
    fake.addDeployment('success', ago(90 * 60_000))
    const newer = fake.addDeployment('in_progress', ago(HOUR))
    const r = await check()
    expect(r.deployments?.map(d => d.id)).toEqual([newer.id, older.id])
    expect(r.detail).toContain('and 1 more')
  })

  it('filters by environment when asked', async () => {
    fake.addDeployment('in_progress', ago(HOUR), { environment: 'preview' })
    const r = await findActiveDeployment(octokit, {
      owner: fake.owner,
      repo: fake.repo,
      since,
      environment: 'production'
    })
    expect(r.active).toBe(false)
    expect(fake.requests[0].query.environment).toBe('production')
  })

  it('accepts a repository context instead of a client', async () => {
    fake.addDeployment('pending', ago(HOUR))
    const gh = createGitHubContext({ token: 't', baseUrl: fake.url, repository: fake.fullName })
    expect((await findActiveDeployment(gh, { since })).active).toBe(true)
  })

  it('escapes hostile environment names in the detail', async () => {
    fake.addDeployment('in_progress', ago(HOUR), { environment: 'prod\n::error::pwned' })
    const r = await check()
    expect(r.detail).not.toContain('\n')
    expect(r.detail).not.toContain('::error')
  })

  it('throws when the list fails, after retrying transient errors', async () => {
    fake.failNext('/repos/{owner}/{repo}/deployments', 500, { times: Infinity })
    await expect(check()).rejects.toThrow(GitHubApiError)
    await expect(check()).rejects.toThrow(
      /GET \/repos\/octo-org\/octo-repo\/deployments failed with HTTP 500/
    )
  })

  it('throws when a status cannot be read (it never guesses)', async () => {
    fake.addDeployment('success', ago(HOUR))
    fake.failNext('/repos/{owner}/{repo}/deployments/{id}/statuses', 403, {
      message: 'Resource not accessible by integration'
    })
    await expect(check()).rejects.toThrow(/HTTP 403: Resource not accessible by integration/)
  })

  it('recovers from one 502 on a status read', async () => {
    fake.addDeployment('in_progress', ago(HOUR))
    fake.failNext('/repos/{owner}/{repo}/deployments/{id}/statuses', 502)
    expect((await check()).active).toBe(true)
  })
})
