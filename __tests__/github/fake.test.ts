/**
 * The GitHub fake is what every later feature tests against, so its own behaviour is pinned here:
 * GitHub's paging, error bodies, route overrides and the recording.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../src/github/client.js'
import { FAKE_CHECKS_APP, paginate, useGitHubFake } from '../__fixtures__/github-fake.js'
import { fakeClock } from '../__fixtures__/fake-clock.js'

const fake = useGitHubFake({ token: 'fake-token' })
let octokit: ReturnType<typeof createGitHubClient>
const clock = fakeClock()

beforeAll(async () => {
  octokit = createGitHubClient({ token: 'fake-token', baseUrl: fake.url, sleep: clock.sleep, now: clock.now })
})

describe('the GitHub fake', () => {
  it('pages with Link headers that Octokit follows', async () => {
    for (let i = 0; i < 7; i++) fake.addDeployment('success', new Date(Date.UTC(2026, 0, 1, i)))
    const first = await octokit.rest.repos.listDeployments({
      owner: fake.owner,
      repo: fake.repo,
      per_page: 3
    })
    expect(first.data).toHaveLength(3)
    expect(first.headers.link).toMatch(/[?&]page=2[^>]*>; rel="next"/)
    expect(first.headers.link).toMatch(/[?&]page=3[^>]*>; rel="last"/)
    const all = await octokit.paginate(octokit.rest.repos.listDeployments, {
      owner: fake.owner,
      repo: fake.repo,
      per_page: 3
    })
    expect(all).toHaveLength(7)
    // Newest first, as GitHub lists them.
    expect(all.map(d => d.created_at)).toEqual([...all.map(d => d.created_at)].sort().reverse())
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/deployments')).toHaveLength(4)
  })

  it('caps per_page at 100 and defaults it to 30', async () => {
    for (let i = 0; i < 120; i++) fake.addDeployment('success', new Date(Date.UTC(2026, 0, 1, 0, i)))
    const big = await octokit.rest.repos.listDeployments({
      owner: fake.owner,
      repo: fake.repo,
      per_page: 500
    })
    expect(big.data).toHaveLength(100)
    const plain = await octokit.rest.repos.listDeployments({ owner: fake.owner, repo: fake.repo })
    expect(plain.data).toHaveLength(30)
  })

  it("answers unknown routes and repositories with GitHub's 404 body", async () => {
    const error = await octokit
      .request('GET /repos/{owner}/{repo}/nothing', { owner: fake.owner, repo: fake.repo })
      .catch(e => e)
    expect(error.status).toBe(404)
    const other = await octokit.rest.repos.get({ owner: 'someone', repo: 'else' }).catch(e => e)
    expect(other.message).toMatch(/HTTP 404: Not Found/)
  })

  it('demands the token it was started with', async () => {
    const anonymous = createGitHubClient({
      token: 'other',
      baseUrl: fake.url,
      sleep: clock.sleep,
      now: clock.now
    })
    await expect(anonymous.rest.repos.get({ owner: fake.owner, repo: fake.repo })).rejects.toThrow(
      /HTTP 401: Bad credentials/
    )
  })

  it('records method, path, query, body and headers', async () => {
    await octokit.rest.issues.create({ owner: fake.owner, repo: fake.repo, title: 'T', labels: ['a'] })
    await octokit.rest.actions.listWorkflowRunsForRepo({
      owner: fake.owner,
      repo: fake.repo,
      status: 'queued',
      branch: 'main'
    })
    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      path: `/repos/${fake.fullName}/issues`,
      query: {},
      body: { title: 'T', labels: ['a'] }
    })
    expect(fake.requests[0].headers.authorization).toBe('token fake-token')
    expect(fake.requests[1].query).toEqual({ status: 'queued', branch: 'main' })
    expect(fake.writes()).toHaveLength(1)
    fake.state.issues.length = 0
  })

  it('lets a test add a route, page it, and remove it again', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({ filename: `f${i}.md`, status: 'added' }))
    const remove = fake.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', req => {
      const page = paginate(fake.url, req, files)
      return { body: page.items, headers: page.headers }
    })
    const listed = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: fake.owner,
      repo: fake.repo,
      pull_number: 5,
      per_page: 100
    })
    expect(listed).toHaveLength(250)
    remove()
    await expect(
      octokit.rest.pulls.listFiles({ owner: fake.owner, repo: fake.repo, pull_number: 5 })
    ).rejects.toThrow(/HTTP 404/)
  })

  it('lets a later route override a built-in one, and fall through with undefined', async () => {
    const remove = fake.route('GET', '/repos/{owner}/{repo}', req =>
      req.params.repo === 'special' ? { body: { default_branch: 'special-branch' } } : undefined
    )
    fake.addRepository(fake.owner, 'special')
    const special = await octokit.rest.repos.get({ owner: fake.owner, repo: 'special' })
    expect(special.data.default_branch).toBe('special-branch')
    const normal = await octokit.rest.repos.get({ owner: fake.owner, repo: fake.repo })
    expect(normal.data.default_branch).toBe('main')
    remove()
  })

  it('spends an injected fault after its count, and only on matching methods', async () => {
    fake.failNext('/repos/{owner}/{repo}', 418, { method: 'POST' })
    await octokit.rest.repos.get({ owner: fake.owner, repo: fake.repo })
    fake.clearFaults()
    fake.failNext('/repos/{owner}/{repo}', 400, { times: 2 })
    await expect(octokit.rest.repos.get({ owner: fake.owner, repo: fake.repo })).rejects.toThrow(/HTTP 400/)
    await expect(octokit.rest.repos.get({ owner: fake.owner, repo: fake.repo })).rejects.toThrow(/HTTP 400/)
    await octokit.rest.repos.get({ owner: fake.owner, repo: fake.repo })
  })

  it('filters workflow runs by status or conclusion, and by branch', async () => {
    fake.addWorkflowRun({ status: 'completed', conclusion: 'failure', branch: 'main' })
    fake.addWorkflowRun({ status: 'queued', branch: 'dev' })
    const list = async (q: Record<string, string>) =>
      (
        await octokit.request('GET /repos/{owner}/{repo}/actions/runs', {
          owner: fake.owner,
          repo: fake.repo,
          ...q
        })
      ).data
    expect((await list({ status: 'failure' })).total_count).toBe(1)
    expect((await list({ status: 'completed' })).total_count).toBe(1)
    expect((await list({ status: 'queued', branch: 'main' })).total_count).toBe(0)
    expect((await list({ status: 'queued', branch: 'dev' })).workflow_runs[0].head_branch).toBe('dev')
    fake.state.workflowRuns.length = 0
  })

  it('creates check runs like GitHub: validated, answered with the App, recorded with the token', async () => {
    const sha = 'c'.repeat(40)
    const made = await octokit.request('POST /repos/{owner}/{repo}/check-runs', {
      owner: fake.owner,
      repo: fake.repo,
      name: 'self-evolution/verdict',
      head_sha: sha,
      status: 'completed',
      conclusion: 'neutral',
      output: { title: 't', summary: 's' }
    })
    expect(made.status).toBe(201)
    expect(made.data).toMatchObject({ name: 'self-evolution/verdict', head_sha: sha, conclusion: 'neutral' })
    expect(made.data.app?.id).toBe(FAKE_CHECKS_APP.id)
    expect(fake.postedCheckRuns()).toHaveLength(1)
    expect(fake.postedCheckRuns()[0]).toMatchObject({ token: 'fake-token', repo: fake.fullName })
    const bodies: Array<Record<string, unknown>> = [
      { name: '', head_sha: sha },
      { name: 'x', head_sha: 'main' },
      { name: 'x', head_sha: sha, status: 'completed' },
      { name: 'x', head_sha: sha, conclusion: 'green' },
      { name: 'x', head_sha: sha, conclusion: 'success', output: { title: 't', summary: 'x'.repeat(65_536) } }
    ]
    for (const body of bodies) {
      await expect(
        octokit.request('POST /repos/{owner}/{repo}/check-runs', {
          owner: fake.owner,
          repo: fake.repo,
          ...body
        } as never)
      ).rejects.toMatchObject({ status: 422 })
    }
    expect(fake.postedCheckRuns()).toHaveLength(1)
  })
})
