import { beforeAll, describe, expect, it } from '@jest/globals'
import { createGitHubClient, createGitHubContext } from '../../src/github/client.js'
import {
  ACTIVE_RUN_STATUSES,
  findActiveWorkflowRun,
  matchesWorkflow,
  workflowFileName
} from '../../src/github/workflowRuns.js'
import { useGitHubFake } from '../__fixtures__/github-fake.js'
import { fakeClock } from '../__fixtures__/fake-clock.js'

const NOW = new Date('2026-11-10T02:00:00Z')
const HOUR = 3_600_000
const ago = (ms: number) => new Date(NOW.getTime() - ms)
const THIS_RUN = 424242
const RUNS = '/repos/{owner}/{repo}/actions/runs'

const fake = useGitHubFake()
let octokit: ReturnType<typeof createGitHubClient>
const clock = fakeClock(NOW)

beforeAll(async () => {
  octokit = createGitHubClient({ token: 't', baseUrl: fake.url, sleep: clock.sleep, now: clock.now })
})

function check(options: { branches?: string[]; workflows?: string[]; ghostHours?: number } = {}) {
  return findActiveWorkflowRun(octokit, {
    owner: fake.owner,
    repo: fake.repo,
    branches: options.branches ?? ['main'],
    workflows: options.workflows,
    excludeRunId: THIS_RUN,
    now: NOW,
    ghostHours: options.ghostHours ?? 6
  })
}

describe('findActiveWorkflowRun', () => {
  it('reports a quiet repository as inactive, asking each active status once per branch', async () => {
    const r = await check({ branches: ['main', 'release'] })
    expect(r).toEqual({ active: false, detail: 'no other active workflow run on main, release', ghosts: 0 })
    const calls = fake.requestsTo('GET', RUNS)
    expect(calls).toHaveLength(ACTIVE_RUN_STATUSES.length * 2)
    const asked = calls.map(c => `${c.query.status}@${c.query.branch}`).sort()
    expect(asked).toEqual(ACTIVE_RUN_STATUSES.flatMap(s => [`${s}@main`, `${s}@release`]).sort())
  })

  it('sends exactly one status in every call', async () => {
    fake.addWorkflowRun({ status: 'completed', created_at: ago(HOUR) })
    await check()
    for (const call of fake.requestsTo('GET', RUNS)) {
      expect(typeof call.query.status).toBe('string')
      expect(ACTIVE_RUN_STATUSES).toContain(call.query.status as never)
      expect(String(call.query.status)).not.toContain(',')
    }
  })

  it.each(ACTIVE_RUN_STATUSES)('counts a run that is %s', async status => {
    const run = fake.addWorkflowRun({
      status,
      name: 'Deploy',
      path: '.github/workflows/deploy.yml',
      created_at: ago(HOUR)
    })
    const r = await check()
    expect(r.active).toBe(true)
    expect(r.run).toMatchObject({
      id: run.id,
      status,
      name: 'Deploy',
      path: '.github/workflows/deploy.yml',
      branch: 'main'
    })
    expect(r.detail).toBe(
      `workflow run ${run.id} (Deploy, deploy.yml) on main is ${status}, started ${run.run_started_at}`
    )
  })

  it('ignores completed runs', async () => {
    fake.addWorkflowRun({ status: 'completed', conclusion: 'failure', created_at: ago(HOUR) })
    expect((await check()).active).toBe(false)
  })

  it('excludes this run, whatever its attempt', async () => {
    fake.addWorkflowRun({ id: THIS_RUN, status: 'in_progress', run_attempt: 3, created_at: ago(HOUR) })
    expect((await check()).active).toBe(false)
  })

  it('excludes this run given as a string (GITHUB_RUN_ID)', async () => {
    fake.addWorkflowRun({ id: THIS_RUN, status: 'in_progress', created_at: ago(HOUR) })
    const r = await findActiveWorkflowRun(octokit, {
      owner: fake.owner,
      repo: fake.repo,
      branches: ['main'],
      excludeRunId: String(THIS_RUN),
      now: NOW,
      ghostHours: 6
    })
    expect(r.active).toBe(false)
  })

  it('still counts another run while excluding this one', async () => {
    fake.addWorkflowRun({ id: THIS_RUN, status: 'in_progress', created_at: ago(HOUR) })
    const other = fake.addWorkflowRun({ status: 'in_progress', created_at: ago(2 * HOUR) })
    expect((await check()).run?.id).toBe(other.id)
  })

  it('ignores ghost runs older than the limit, and says how many', async () => {
    fake.addWorkflowRun({ status: 'in_progress', created_at: ago(3 * 24 * HOUR) })
    fake.addWorkflowRun({ status: 'queued', created_at: ago(6 * HOUR + 1000) })
    const r = await check()
    expect(r.active).toBe(false)
    expect(r.ghosts).toBe(2)
    expect(r.detail).toBe('no other active workflow run on main; 2 older than 6 h ignored as ghosts')
  })

  it('dates a run by run_started_at, so a fresh re-run of an old run counts', async () => {
    const rerun = fake.addWorkflowRun({
      status: 'in_progress',
      created_at: ago(48 * HOUR),
      run_started_at: ago(10 * 60_000),
      run_attempt: 2
    })
    const r = await check()
    expect(r.run).toMatchObject({ id: rerun.id, attempt: 2 })
  })

  it('honours the ghost-age limit given', async () => {
    fake.addWorkflowRun({ status: 'in_progress', created_at: ago(3 * HOUR) })
    expect((await check({ ghostHours: 2 })).active).toBe(false)
    expect((await check({ ghostHours: 4 })).active).toBe(true)
  })

  it('counts only the branches given', async () => {
    fake.addWorkflowRun({ status: 'in_progress', branch: 'feature/x', created_at: ago(HOUR) })
    expect((await check({ branches: ['main'] })).active).toBe(false)
    const r = await check({ branches: ['main', 'feature/x'] })
    expect(r.active).toBe(true)
    expect(r.run?.branch).toBe('feature/x')
  })

  it('with no branches, counts every branch (and sends no branch filter)', async () => {
    fake.addWorkflowRun({ status: 'queued', branch: 'dependabot/npm', created_at: ago(HOUR) })
    const r = await check({ branches: [] })
    expect(r.active).toBe(true)
    for (const call of fake.requestsTo('GET', RUNS)) expect(call.query.branch).toBeUndefined()
  })

  it('narrows to the workflows named, by name, file name or path', async () => {
    fake.addWorkflowRun({
      status: 'in_progress',
      name: 'Lint',
      path: '.github/workflows/lint.yml',
      created_at: ago(HOUR)
    })
    expect((await check({ workflows: ['CI', 'deploy.yml'] })).active).toBe(false)
    expect((await check({ workflows: ['Lint'] })).active).toBe(true)
    expect((await check({ workflows: ['lint.yml'] })).active).toBe(true)
    expect((await check({ workflows: ['.github/workflows/lint.yml'] })).active).toBe(true)
    expect((await check({ workflows: [] })).active).toBe(true)
  })

  it('pages through a long list to find the one that matters', async () => {
    for (let i = 0; i < 130; i++) {
      fake.addWorkflowRun({
        status: 'queued',
        name: 'Preview',
        path: '.github/workflows/preview.yml',
        created_at: ago(60_000 + i)
      })
    }
    const deploy = fake.addWorkflowRun({
      status: 'queued',
      name: 'Deploy',
      path: '.github/workflows/deploy.yml',
      created_at: ago(2 * HOUR)
    })
    const r = await check({ workflows: ['deploy.yml'] })
    expect(r.run?.id).toBe(deploy.id)
    const queued = fake.requestsTo('GET', RUNS).filter(c => c.query.status === 'queued')
    expect(queued.map(c => c.query.page ?? '1')).toEqual(['1', '2'])
    expect(queued[0].query.per_page).toBe('100')
  })

  it('accepts a repository context', async () => {
    fake.addWorkflowRun({ status: 'waiting', created_at: ago(HOUR) })
    const gh = createGitHubContext({ token: 't', baseUrl: fake.url, repository: fake.fullName })
    const r = await findActiveWorkflowRun(gh, {
      branches: ['main'],
      excludeRunId: 1,
      now: NOW,
      ghostHours: 6
    })
    expect(r.active).toBe(true)
  })

  it('escapes hostile workflow names in the detail', async () => {
    fake.addWorkflowRun({ status: 'queued', name: 'x\n::set-output name=a::b', created_at: ago(HOUR) })
    const r = await check()
    expect(r.detail).not.toContain('\n')
    expect(r.detail).not.toContain('::set-output')
  })

  it('throws on an API error instead of answering', async () => {
    fake.failNext(RUNS, 401, { message: 'Bad credentials' })
    await expect(check()).rejects.toThrow(/HTTP 401: Bad credentials/)
  })

  it('the fake refuses several statuses in one call, as a guard for this rule', async () => {
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/actions/runs', {
        owner: fake.owner,
        repo: fake.repo,
        status: 'queued,in_progress' as 'queued'
      })
    ).rejects.toThrow(/HTTP 422: Invalid status/)
  })
})

describe('workflow names', () => {
  it('takes the file name of a path, without a ref suffix', () => {
    expect(workflowFileName('.github/workflows/ci.yml')).toBe('ci.yml')
    expect(workflowFileName('.github/workflows/ci.yml@refs/heads/main')).toBe('ci.yml')
    expect(workflowFileName('dynamic/pages/pages-build-deployment')).toBe('pages-build-deployment')
  })

  it('matches by exact name or file name only', () => {
    const run = { name: 'CI', path: '.github/workflows/ci.yml' }
    expect(matchesWorkflow(run, ['CI'])).toBe(true)
    expect(matchesWorkflow(run, ['ci.yml'])).toBe(true)
    expect(matchesWorkflow(run, ['ci'])).toBe(false)
    expect(matchesWorkflow(run, ['Ci'])).toBe(false)
    expect(matchesWorkflow(run, ['', ' '])).toBe(false)
  })
})
