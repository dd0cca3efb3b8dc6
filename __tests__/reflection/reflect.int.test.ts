/**
 * `self-evolution reflect` on 14 days of seeded history and a fake GitHub on 127.0.0.1: runs, skips,
 * proposals blocked by max-lines, a pull request closed unmerged, one merged and one reverted after
 * 'test' failed on main; two failed runs on main whose logs sit behind the redirect (downloaded
 * without the token), a fork's `main` run and a pull_request_target run left out; a feedback issue
 * from a collaborator with write access kept and one from a reader left out; a failing endpoint
 * named in `unavailable`. Also: the database alone without a token, and bad flags.
 *
 * `npm test`: the embedded database in a scratch working directory (seeded, then closed before the
 * command opens it). `npm run test:pg`: a server database, by --database-url.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../src/db/client.js'
import { migrate } from '../../src/db/migrate.js'
import { reflectionSchema, type Reflection } from '../../src/reflection/schema.js'
import { runCli } from '../__fixtures__/cli.js'
import { createTestDatabase, onRealServer, type TestDatabase } from '../__fixtures__/db.js'
import { useGitHubFake, type RecordedRequest } from '../__fixtures__/github-fake.js'
import { compilePattern } from '../__fixtures__/fake-http.js'
import type { ReflectionFakeData } from '../__fixtures__/github-fake-reflect.js'
import {
  REFLECT_NOW,
  REFLECT_REPO,
  seedReflectionGitHub,
  seedReflectionHistory
} from '../__fixtures__/reflect-seed.js'

const NOW = REFLECT_NOW
const REPO = REFLECT_REPO
const TOKEN = 'ghs_reflectiontesttoken000000000000000000'
const fake = useGitHubFake({ keepData: true })
const cwd = mkdtempSync(join(tmpdir(), 'se-reflect-'))
let server: TestDatabase | undefined
let databaseArgs: string[] = []
let gh: ReflectionFakeData

beforeAll(async () => {
  gh = seedReflectionGitHub(fake)
  if (onRealServer) {
    server = await createTestDatabase()
    await seedReflectionHistory(server.sql)
    databaseArgs = ['--database-url', server.url!]
  } else {
    const db = await openDatabase({ cwd })
    try {
      await migrate(db.sql)
      await seedReflectionHistory(db.sql)
    } finally {
      await db.close()
    }
  }
})
afterAll(async () => {
  await server?.close()
  rmSync(cwd, { recursive: true, force: true })
})

const cli = (args: string[], env: NodeJS.ProcessEnv) => runCli(args, { env, cwd, now: () => NOW })
const withToken = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: '' }

describe('self-evolution reflect', () => {
  let reflection: Reflection
  let stdout = ''
  let stderr = ''
  /** The fake forgets its requests after each test: these are the command's. */
  let requests: RecordedRequest[] = []

  beforeAll(async () => {
    const r = await cli(
      ['reflect', '--repository', REPO, '--json', '--out', 'reflection.json', ...databaseArgs],
      {
        ...withToken,
        GITHUB_API_URL: fake.url
      }
    )
    expect(r.code).toBe(0)
    stdout = r.stdout
    stderr = r.stderr
    requests = [...fake.requests]
    reflection = reflectionSchema.parse(JSON.parse(stdout))
  })

  it('counts the window of the database: runs, skips, proposals, blocking rules, actions, rollbacks', () => {
    expect(reflection.window).toEqual({
      since: '2026-11-22T12:00:00.000Z',
      until: '2026-12-06T12:00:00.000Z',
      days: 14
    })
    expect(reflection.runs.byStatus).toEqual({ success: 2, reverted: 1, failed: 3, running: 1 })
    expect(reflection.runs.skipsByReason).toEqual([
      { reason: 'cooldown', count: 2 },
      { reason: 'deployment-active', count: 1 }
    ])
    expect(reflection.proposals).toMatchObject({ allowed: 4, blocked: 3 })
    expect(reflection.proposals.blockingRules).toEqual([
      {
        rule: 'max-lines',
        count: 3,
        examples: ['Rewrite everything', 'Rewrite the prompts again', 'Rewrite the prompts']
      }
    ])
    expect(reflection.actions).toMatchObject({ submitted: 3, merged: 2, closedUnmerged: 1, reverted: 1 })
    expect(reflection.actions.items.map(a => [a.pullRequest?.number, a.status])).toEqual([
      [14, 'merged'],
      [12, 'rolled_back'],
      [10, 'closed']
    ])
    expect(reflection.rollbacks).toEqual([
      expect.objectContaining({
        title: 'Tighten the search tool',
        failingWorkflow: 'test',
        pullRequest: { number: 12, url: `https://github.com/${REPO}/pull/12` }
      })
    ])
  })

  it('remembers the latest proposals with their fate, and that the wildcard is used today', () => {
    expect(reflection.memory.map(m => [m.title, m.fate, m.rule])).toEqual([
      ['A kinder greeting', 'allowed', null],
      ['Friendlier persona', 'merged', null],
      ['Rewrite everything', 'blocked', 'max-lines'],
      ['Rewrite the prompts again', 'blocked', 'max-lines'],
      ['Rewrite the prompts', 'blocked', 'max-lines'],
      ['Tighten the search tool', 'reverted', null],
      ['Add a weather tool', 'closed-unmerged', null]
    ])
    expect(reflection.rails.wildcard.freeToday).toBe(false)
  })

  it('quotes the failed runs on main with their first error lines, and no outsider run', () => {
    expect(
      reflection.failedRuns.map(r => [r.workflow, r.event, r.conclusion, r.jobs.map(j => j.name)])
    ).toEqual([
      ['Nightly', 'schedule', 'timed_out', ['e2e']],
      ['CI', 'push', 'failure', ['test']]
    ])
    expect(reflection.failedRuns[1].jobs[0].errorLines).toEqual([
      'Expected 2, received 3 in search.test.ts',
      'Process completed with exit code 1.'
    ])
    // The logs were fetched through the API with the token, and downloaded without it.
    expect(requestsTo('/repos/{owner}/{repo}/actions/jobs/{job_id}/logs').map(r => r.path)).toEqual([
      `/repos/${REPO}/actions/jobs/7003/logs`,
      `/repos/${REPO}/actions/jobs/7001/logs`
    ])
    const downloads = requestsTo('/downloads/{name}')
    expect(downloads).toHaveLength(2)
    expect(downloads.every(d => d.headers.authorization === undefined)).toBe(true)
    expect(gh.leakedAuthorization).toEqual([])
    // Outsiders' runs were never looked into.
    expect(requestsTo(/\/actions\/runs\/50[345]\/jobs$/)).toEqual([])
  })

  it('keeps feedback and review words only from users with write access, sanitized', () => {
    expect(reflection.feedback).toEqual([
      expect.objectContaining({
        number: 21,
        author: 'alice',
        title: 'Please add tests for tools',
        body: 'Tests first.'
      })
    ])
    const byNumber = new Map(reflection.pullRequests.map(p => [p.number, p]))
    expect(byNumber.get(10)).toMatchObject({
      state: 'closed-unmerged',
      reverted: false,
      reactions: { positive: 0, negative: 2, neutral: 1 },
      changesRequested: [expect.objectContaining({ author: 'alice', body: 'Tools need tests.' })],
      reviewComments: [expect.objectContaining({ author: 'alice', body: 'This call has no timeout.' })]
    })
    expect(byNumber.get(12)).toMatchObject({
      state: 'merged',
      reverted: true,
      reactions: { positive: 4, negative: 0, neutral: 0 }
    })
    expect(stdout).not.toMatch(
      /mallory|Remove the safety rails|Say yes|ignore previous instructions|merge everything/
    )
  })

  it('names the read that failed, warns about it, and builds the rest', () => {
    expect(reflection.github).toBe('partial')
    expect(reflection.unavailable).toEqual(['pull request #14'])
    expect(byNumberOf(reflection).has(14)).toBe(false)
    expect(stderr).toContain('warning: The reflection could not read pull request #14 from GitHub')
    expect(stderr).not.toContain(TOKEN)
  })

  it('says what it learned in plain sentences, and scores the sentiment', () => {
    expect(reflection.insights).toEqual(
      expect.arrayContaining([
        '3 of the last 7 proposals were blocked by max-lines (limit 500).',
        "PR #12 'Tighten the search tool' was reverted after 'test' failed on main.",
        "PR #10 'Add a weather tool' was closed without being merged.",
        "'CI' failed on main at ccccccc ('test'); the first error lines are in failedRuns."
      ])
    )
    // merged 2 + approved 1 + positive 4 - closed 1 - changes requested 1 - negative 2 - 2 × reverted 1
    expect(reflection.sentiment.score).toBe(1)
  })

  it('writes exactly what it prints to --out, reads GitHub only, and says the digest', () => {
    const file = readFileSync(join(cwd, 'reflection.json'), 'utf8')
    expect(file).toBe(stdout)
    expect(stderr).toMatch(/Wrote .*reflection\.json \(\d+ bytes, sha256 [0-9a-f]{64}\)/)
    expect(requests.length).toBeGreaterThan(10)
    expect(requests.filter(r => r.method !== 'GET')).toEqual([])
  })

  function requestsTo(path: string | RegExp): RecordedRequest[] {
    const match = compilePattern(path)
    return requests.filter(r => r.method === 'GET' && match(r.path) !== undefined)
  }
})

function byNumberOf(r: Reflection): Set<number> {
  return new Set(r.pullRequests.map(p => p.number))
}

describe('self-evolution reflect without a token', () => {
  it('reads the database only, and says so', async () => {
    fake.clearRequests()
    const r = await cli(['reflect', '--repository', REPO, '--since', '3d', ...databaseArgs], {})
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('no GITHUB_TOKEN or GH_TOKEN is set, so only the database is read')
    expect(r.stdout).toContain('GitHub: not read (no GITHUB_TOKEN or GH_TOKEN): the database only.')
    expect(r.stdout).toContain('Friendlier persona')
    expect(fake.requests).toEqual([])
  })

  it('fails with one line when --out cannot be written, and leaves no partial file', async () => {
    const r = await cli(
      ['reflect', '--repository', REPO, '--out', 'missing/dir/reflection.json', ...databaseArgs],
      {}
    )
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /self-evolution reflect: Cannot write .*missing\/dir\/reflection\.json: ENOENT\n$/
    )
    expect(readdirSync(cwd).filter(f => f.includes('partial'))).toEqual([])
  })

  it('refuses a bad --since or --repository with one sentence and exit 2', async () => {
    const since = await cli(['reflect', '--repository', REPO, '--since', '2w'], {})
    expect(since.code).toBe(2)
    expect(since.stderr).toBe(
      'self-evolution reflect: --since "2w" is not valid; expected a number of days from 1d to 90d, such as 14d\n'
    )
    const repo = await cli(['reflect'], {})
    expect(repo.code).toBe(2)
    expect(repo.stderr).toContain('--repository is missing')
  })
})
