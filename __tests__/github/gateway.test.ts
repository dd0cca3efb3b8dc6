import { beforeAll, describe, expect, it } from '@jest/globals'
import { createGitHubClient, createGitHubContext, GitHubApiError } from '../../src/github/client.js'
import { createWriteGateway, WriteRefusedError } from '../../src/github/gateway.js'
import { useGitHubFake } from '../__fixtures__/github-fake.js'
import { fakeClock } from '../__fixtures__/fake-clock.js'

const fake = useGitHubFake()
let octokit: ReturnType<typeof createGitHubClient>
const clock = fakeClock()

beforeAll(async () => {
  octokit = createGitHubClient({ token: 't', baseUrl: fake.url, sleep: clock.sleep, now: clock.now })
})

const on = async () => true

/** Every kind of write the product makes, as the gateway is asked for it. */
function everyWrite(owner: string, repo: string) {
  return [
    [
      'create the branch',
      'POST /repos/{owner}/{repo}/git/refs',
      { owner, repo, ref: 'refs/heads/se/x', sha: 'a'.repeat(40) }
    ],
    [
      'commit the change',
      'POST /repos/{owner}/{repo}/git/commits',
      { owner, repo, message: 'm', tree: 'b'.repeat(40) }
    ],
    [
      'open the pull request',
      'POST /repos/{owner}/{repo}/pulls',
      { owner, repo, title: 't', head: 'se/x', base: 'main' }
    ],
    ['open the issue', 'POST /repos/{owner}/{repo}/issues', { owner, repo, title: 'Proposal 1' }],
    [
      'label the issue',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
      { owner, repo, issue_number: 1, labels: ['x'] }
    ],
    [
      'comment',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { owner, repo, issue_number: 1, body: 'b' }
    ],
    [
      'review',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      { owner, repo, pull_number: 1, event: 'COMMENT' }
    ],
    [
      'set a status',
      'POST /repos/{owner}/{repo}/statuses/{sha}',
      { owner, repo, sha: 'c'.repeat(40), state: 'success' }
    ],
    [
      'update a ref',
      'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
      { owner, repo, ref: 'heads/se/x', sha: 'd'.repeat(40) }
    ],
    ['delete a branch', 'DELETE /repos/{owner}/{repo}/git/refs/{ref}', { owner, repo, ref: 'heads/se/x' }],
    [
      'add a file',
      'PUT /repos/{owner}/{repo}/contents/{path}',
      { owner, repo, path: 'a.md', message: 'm', content: 'eA==' }
    ]
  ] as const
}

describe('the write gateway in a dry run', () => {
  it('sends zero requests for every kind of write, and previews each one', async () => {
    let flagChecks = 0
    const lines: string[] = []
    const gateway = createWriteGateway({
      octokit,
      dryRun: true,
      checkFlag: async () => {
        flagChecks++
        return true
      },
      log: line => lines.push(line)
    })
    const writes = everyWrite(fake.owner, fake.repo)
    for (const [description, route, params] of writes) {
      const result = await gateway.write(description, route, params as never)
      expect(result).toMatchObject({ dryRun: true, performed: false, data: undefined })
    }
    expect(fake.requests).toHaveLength(0)
    expect(fake.writes()).toEqual([])
    expect(flagChecks).toBe(0)
    expect(gateway.performed).toEqual([])
    expect(gateway.previews.map(p => [p.description, p.route])).toEqual(writes.map(([d, r]) => [d, r]))
    expect(gateway.previews[3]).toEqual({
      description: 'open the issue',
      route: 'POST /repos/{owner}/{repo}/issues',
      method: 'POST',
      params: { owner: fake.owner, repo: fake.repo, title: 'Proposal 1' }
    })
    expect(lines[0]).toBe('Dry run: would create the branch (POST /repos/{owner}/{repo}/git/refs).')
  })

  it('needs no client at all', async () => {
    const gateway = createWriteGateway({ dryRun: true, checkFlag: on })
    await gateway.write('open the issue', 'POST /repos/{owner}/{repo}/issues', {
      owner: 'o',
      repo: 'r',
      title: 't'
    })
    expect(gateway.previews).toHaveLength(1)
  })

  it('keeps what was asked even if the caller changes its parameters later', async () => {
    const gateway = createWriteGateway({ octokit, dryRun: true, checkFlag: on })
    const params = { owner: 'o', repo: 'r', title: 'before', labels: ['a'] }
    await gateway.write('open the issue', 'POST /repos/{owner}/{repo}/issues', params)
    params.title = 'after'
    params.labels.push('b')
    expect(gateway.previews[0].params).toEqual({ owner: 'o', repo: 'r', title: 'before', labels: ['a'] })
  })

  it('is a dry run unless dryRun is exactly false', async () => {
    const gateway = createWriteGateway({ octokit, dryRun: undefined as unknown as boolean, checkFlag: on })
    expect(gateway.dryRun).toBe(true)
    await gateway.write('open the issue', 'POST /repos/{owner}/{repo}/issues', {
      owner: fake.owner,
      repo: fake.repo,
      title: 't'
    })
    expect(fake.requests).toHaveLength(0)
  })

  it('escapes the description in its log line', async () => {
    const lines: string[] = []
    const gateway = createWriteGateway({ dryRun: true, checkFlag: on, log: l => lines.push(l) })
    await gateway.write('x\n::error::owned', 'POST /repos/{owner}/{repo}/issues', {
      owner: 'o',
      repo: 'r',
      title: 't'
    })
    expect(lines[0]).not.toContain('\n')
    expect(lines[0]).not.toContain('::error')
  })
})

describe('the write gateway, live', () => {
  it('checks the flag before every write and writes', async () => {
    let flagChecks = 0
    const gateway = createWriteGateway({
      octokit,
      dryRun: false,
      checkFlag: async () => {
        flagChecks++
        return true
      }
    })
    const issue = await gateway.write('open the issue', 'POST /repos/{owner}/{repo}/issues', {
      owner: fake.owner,
      repo: fake.repo,
      title: 'Proposal 7',
      labels: ['self-evolution']
    })
    expect(issue.performed).toBe(true)
    if (!issue.performed) throw new Error('unreachable')
    expect(issue.status).toBe(201)
    expect(issue.data.number).toBe(1)
    await gateway.write('comment', 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: fake.owner,
      repo: fake.repo,
      issue_number: issue.data.number,
      body: 'hello'
    })
    expect(flagChecks).toBe(2)
    expect(fake.writes().map(w => `${w.method} ${w.path}`)).toEqual([
      `POST /repos/${fake.fullName}/issues`,
      `POST /repos/${fake.fullName}/issues/1/comments`
    ])
    expect(fake.writes()[0].body).toEqual({ title: 'Proposal 7', labels: ['self-evolution'] })
    expect(gateway.performed).toEqual([
      {
        description: 'open the issue',
        route: 'POST /repos/{owner}/{repo}/issues',
        method: 'POST',
        status: 201
      },
      {
        description: 'comment',
        route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        method: 'POST',
        status: 201
      }
    ])
    expect(gateway.previews).toEqual([])
  })

  it('refuses with a clear error when the flag is off, sending nothing', async () => {
    const gateway = createWriteGateway({ octokit, dryRun: false, checkFlag: async () => false })
    const error = await gateway
      .write('open the issue', 'POST /repos/{owner}/{repo}/issues', {
        owner: fake.owner,
        repo: fake.repo,
        title: 't'
      })
      .catch(e => e)
    expect(error).toBeInstanceOf(WriteRefusedError)
    expect((error as WriteRefusedError).reason).toBe('flag-off')
    expect((error as Error).message).toBe(
      'Refused "open the issue": the self-evolution feature flag is off, so nothing more is written to GitHub.'
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('stops at the first write after the flag is turned off mid-run', async () => {
    let flag = true
    const gateway = createWriteGateway({ octokit, dryRun: false, checkFlag: async () => flag })
    const params = { owner: fake.owner, repo: fake.repo, title: 'one' }
    await gateway.write('first', 'POST /repos/{owner}/{repo}/issues', params)
    flag = false
    await expect(gateway.write('second', 'POST /repos/{owner}/{repo}/issues', params)).rejects.toThrow(
      /flag is off/
    )
    expect(fake.writes()).toHaveLength(1)
    expect(fake.state.issues).toHaveLength(1)
  })

  it.each([
    ['a truthy non-boolean', async () => 'yes' as unknown as boolean],
    ['undefined', async () => undefined as unknown as boolean]
  ])('refuses when checkFlag answers %s', async (_name, checkFlag) => {
    const gateway = createWriteGateway({ octokit, dryRun: false, checkFlag })
    await expect(
      gateway.write('open', 'POST /repos/{owner}/{repo}/issues', {
        owner: fake.owner,
        repo: fake.repo,
        title: 't'
      })
    ).rejects.toThrow(/flag is off/)
    expect(fake.requests).toHaveLength(0)
  })

  it('refuses when the flag cannot be checked (fails closed)', async () => {
    const gateway = createWriteGateway({
      octokit,
      dryRun: false,
      checkFlag: async () => {
        throw new Error('database unreachable')
      }
    })
    const error = await gateway
      .write('open', 'POST /repos/{owner}/{repo}/issues', { owner: fake.owner, repo: fake.repo, title: 't' })
      .catch(e => e)
    expect((error as WriteRefusedError).reason).toBe('flag-unknown')
    expect((error as Error).message).toContain('database unreachable')
    expect(fake.requests).toHaveLength(0)
  })

  it('passes on a GitHub error of the write, without retrying a POST', async () => {
    fake.failNext('/repos/{owner}/{repo}/issues', 502, { method: 'POST' })
    const gateway = createWriteGateway({ octokit, dryRun: false, checkFlag: on })
    await expect(
      gateway.write('open', 'POST /repos/{owner}/{repo}/issues', {
        owner: fake.owner,
        repo: fake.repo,
        title: 't'
      })
    ).rejects.toThrow(GitHubApiError)
    expect(fake.requests).toHaveLength(1)
    expect(gateway.performed).toEqual([])
  })

  it('is the one way through for a client that only reads', async () => {
    const gh = createGitHubContext({
      token: 't',
      baseUrl: fake.url,
      repository: fake.fullName,
      gatewayOnlyWrites: true,
      sleep: clock.sleep,
      now: clock.now
    })
    await expect(
      gh.octokit.rest.issues.create({ owner: gh.owner, repo: gh.repo, title: 'direct' })
    ).rejects.toThrow(/write gateway/)
    expect(fake.requests).toHaveLength(0)
    const gateway = createWriteGateway({ octokit: gh, dryRun: false, checkFlag: on })
    const r = await gateway.write('open', 'POST /repos/{owner}/{repo}/issues', {
      owner: gh.owner,
      repo: gh.repo,
      title: 'via gateway'
    })
    expect(r.performed).toBe(true)
    expect(fake.state.issues.map(i => i.issue.title)).toEqual(['via gateway'])
  })

  it('refuses to write live without a client', async () => {
    const gateway = createWriteGateway({ dryRun: false, checkFlag: on })
    await expect(
      gateway.write('open', 'POST /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r', title: 't' })
    ).rejects.toThrow(/no GitHub client/)
  })
})

describe('what the gateway refuses in any mode', () => {
  it.each([true, false])('refuses reads and malformed routes (dryRun %s)', async dryRun => {
    let flagChecks = 0
    const gateway = createWriteGateway({
      octokit,
      dryRun,
      checkFlag: async () => {
        flagChecks++
        return true
      }
    })
    for (const route of [
      'GET /repos/{owner}/{repo}',
      'HEAD /repos/{owner}/{repo}',
      'get /x',
      '/repos/x',
      'POST',
      'POST repos/x',
      ''
    ]) {
      const error = await gateway.write('read', route, { owner: fake.owner, repo: fake.repo }).catch(e => e)
      expect(error).toBeInstanceOf(WriteRefusedError)
      expect((error as WriteRefusedError).reason).toBe('not-a-write')
    }
    expect(fake.requests).toHaveLength(0)
    expect(gateway.previews).toEqual([])
    expect(flagChecks).toBe(0)
  })

  it('refuses parameters that would redirect the request', async () => {
    const gateway = createWriteGateway({ octokit, dryRun: false, checkFlag: on })
    for (const key of ['method', 'url', 'baseUrl', 'request']) {
      const params = { owner: fake.owner, repo: fake.repo, title: 't', [key]: key === 'request' ? {} : 'GET' }
      await expect(gateway.write('open', 'POST /repos/{owner}/{repo}/issues', params)).rejects.toThrow(
        /may not set/
      )
    }
    expect(fake.requests).toHaveLength(0)
  })

  it('accepts a lower-case method and normalises the route', async () => {
    const gateway = createWriteGateway({ octokit, dryRun: true, checkFlag: on })
    await gateway.write('open', 'post /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r', title: 't' })
    expect(gateway.previews[0].route).toBe('POST /repos/{owner}/{repo}/issues')
  })
})

describe('git writes through the gateway', () => {
  it('never runs a git write in a dry run, and previews it', async () => {
    let ran = 0
    const gateway = createWriteGateway({ dryRun: true, checkFlag: on })
    const result = await gateway.perform('push the branch', 'push', { branch: 'b', sha: 'abc' }, async () => {
      ran++
      return 'pushed'
    })
    expect(ran).toBe(0)
    expect(result).toMatchObject({ dryRun: true, performed: false })
    expect(gateway.previews).toEqual([
      {
        description: 'push the branch',
        route: 'GIT push',
        method: 'GIT',
        params: { branch: 'b', sha: 'abc' }
      }
    ])
  })

  it('checks the flag before a live git write, and refuses when it is off or unknown', async () => {
    let ran = 0
    const fn = async () => ++ran
    const flags = [true, false]
    const gateway = createWriteGateway({ dryRun: false, checkFlag: async () => flags.shift() === true })
    await expect(gateway.perform('push', 'push', {}, fn)).resolves.toEqual({
      dryRun: false,
      performed: true,
      value: 1
    })
    const off = await gateway.perform('push again', 'push', {}, fn).catch(e => e)
    expect((off as WriteRefusedError).reason).toBe('flag-off')
    const unknown = createWriteGateway({
      dryRun: false,
      checkFlag: async () => {
        throw new Error('db down')
      }
    })
    expect(((await unknown.perform('push', 'push', {}, fn).catch(e => e)) as WriteRefusedError).reason).toBe(
      'flag-unknown'
    )
    expect(ran).toBe(1)
    expect(gateway.performed).toEqual([{ description: 'push', route: 'GIT push', method: 'GIT', status: 0 }])
  })

  it('refuses a kind of git write it does not know', async () => {
    const gateway = createWriteGateway({ dryRun: true, checkFlag: on })
    const error = await gateway.perform('x', 'fetch' as never, {}, async () => 1).catch(e => e)
    expect((error as WriteRefusedError).reason).toBe('not-a-write')
    expect(gateway.previews).toEqual([])
  })
})
