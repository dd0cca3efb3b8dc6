/**
 * The executor on its own, with real git (a bare repository on disk as the remote), the GitHub fake
 * and a real database: verify-before-push, the dry-run gateway, and the flag turned off mid-run.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { executeIssue, executePullRequest, type ActEnv } from '../../../../src/modes/run/act/execute.js'
import { applyPatch } from '../../../../src/git/apply-patch.js'
import { countOpenPullRequests, originUrl } from '../../../../src/modes/run/act/index.js'
import { pullRequest } from '../../../__fixtures__/github-fake-act.js'
import { defaultConfig } from '../../../../src/config/load.js'
import { getAction } from '../../../../src/db/actions.js'
import { hasAllowedWildcard } from '../../../../src/db/proposals.js'
import { createGitHubContext } from '../../../../src/github/client.js'
import { createWriteGateway } from '../../../../src/github/gateway.js'
import { evaluateProposals, readProposalsFile } from '../../../../src/policy/index.js'
import { createTestDatabase, type TestDatabase } from '../../../__fixtures__/db.js'
import { useGitHubFake } from '../../../__fixtures__/github-fake.js'
import { installActRoutes, type ActFakeState } from '../../../__fixtures__/github-fake-act.js'
import { gitAs, writeIn } from '../../../__fixtures__/git.js'

const CONFIG_PATH = '.github/self-evolution-config.json'
const PERSONA = 'apps/bot/src/persona/tone.md'
const fake = useGitHubFake()
let act: ActFakeState
let db: TestDatabase
let root: string
let remote: string

const git = (cwd: string, args: string[]) => gitAs({ name: 'h', home: root }, cwd, args)
const write = writeIn
const branches = () =>
  git(remote, ['for-each-ref', '--format=%(refname:short)', 'refs/heads']).split('\n').filter(Boolean)

function patchFor(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(root, 'p-'))
  git(root, ['clone', '-q', remote, dir])
  edit(dir)
  git(dir, ['add', '-A'])
  const patch = git(dir, ['diff', '--cached', '-M']) + '\n'
  rmSync(dir, { recursive: true, force: true })
  return patch
}

const config = { ...defaultConfig(), enabled: true, dryRunMode: false }

async function judged(patch: string) {
  const { proposals } = await readProposalsFile(
    JSON.stringify({ proposals: [{ title: 'Warmer', type: 'wildcard', riskLevel: 1, patch }] }),
    { configPath: CONFIG_PATH }
  )
  const [verdict] = evaluateProposals({ config, proposals, configPath: CONFIG_PATH }).proposals
  expect(verdict.allowed).toBe(true)
  return verdict
}

async function plannedAction(): Promise<{ actionId: number; proposalId: number }> {
  const [run] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_runs (repository, run_date, status) VALUES (${fake.fullName}, '2026-11-25', 'running')
    RETURNING id`
  const [p] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_proposals (run_id, repository, run_date, type, title, risk_level, allowlisted)
    VALUES (${run.id}, ${fake.fullName}, '2026-11-25', 'wildcard', 'Warmer', 1, true) RETURNING id`
  const [a] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_actions (proposal_id, action_type, payload, status)
    VALUES (${p.id}, 'pr', '{}'::jsonb, 'planned') RETURNING id`
  return { actionId: a.id, proposalId: p.id }
}

function env(opts: { dryRun?: boolean; flag?: () => Promise<boolean> } = {}): ActEnv {
  const gh = createGitHubContext({
    token: 'ghs_write',
    repository: fake.fullName,
    baseUrl: fake.url,
    gatewayOnlyWrites: true
  })
  return {
    sql: db.sql,
    gateway: createWriteGateway({
      octokit: gh,
      dryRun: opts.dryRun ?? false,
      checkFlag: opts.flag ?? (async () => true)
    }),
    owner: fake.owner,
    repo: fake.repo,
    remote,
    defaultBranch: 'main',
    token: 'ghs_write',
    config,
    configPath: CONFIG_PATH,
    runId: 1,
    runDate: '2026-11-25',
    log: () => {}
  }
}

beforeEach(async () => {
  db = await createTestDatabase()
  act = installActRoutes(fake)
  root = mkdtempSync(join(tmpdir(), 'se-exec-'))
  const seed = join(root, 'seed')
  mkdirSync(seed)
  git(seed, ['init', '-q', '-b', 'main'])
  write(seed, PERSONA, 'Be kind.\n')
  write(seed, 'apps/bot/src/persona/other.md', 'Other.\n')
  git(seed, ['add', '-A'])
  git(seed, ['commit', '-qm', 'seed'])
  remote = join(root, 'remote.git')
  git(root, ['clone', '-q', '--bare', seed, remote])
})
afterEach(async () => {
  await db.close()
  rmSync(root, { recursive: true, force: true })
})

describe('executePullRequest', () => {
  it('does not push a patch that applies to something other than what was judged', async () => {
    const judgedPatch = patchFor(d => write(d, PERSONA, 'Be kind.\nBe warm.\n'))
    // The patch that would be applied touches another file (and more lines) than the one judged.
    const other = patchFor(d => {
      write(d, PERSONA, 'Be kind.\nBe warm.\n')
      write(d, 'apps/bot/src/persona/other.md', 'Changed.\nToo.\n')
    })
    const { actionId, proposalId } = await plannedAction()
    const outcome = await executePullRequest(env(), {
      actionId,
      proposalId,
      verdict: await judged(judgedPatch),
      patch: other
    })
    expect(outcome.kind).toBe('not-executed')
    expect(branches()).toEqual(['main'])
    expect(fake.writes()).toEqual([])
    const row = await getAction(db.sql, actionId)
    expect(row!.status).toBe('failed')
    expect(row!.payload.reason).toMatch(
      /^differs-from-judged: the commit is not the change that was judged \(committed but not judged: modified apps\/bot\/src\/persona\/other\.md/
    )
  })

  it('re-judges the commit: a change the rails block is not pushed even if the judged one passed', async () => {
    const patch = patchFor(d => write(d, PERSONA, 'Be kind.\nBe warm.\n'))
    const verdict = await judged(patch)
    const { actionId, proposalId } = await plannedAction()
    const strict = {
      ...config,
      safetyRails: { ...config.safetyRails, diffCaps: { ...config.safetyRails.diffCaps, maxLinesOfCode: 0 } }
    }
    const outcome = await executePullRequest(
      { ...env(), config: strict },
      { actionId, proposalId, verdict, patch }
    )
    expect(outcome).toMatchObject({
      kind: 'not-executed',
      reason: expect.stringMatching(/^differs-from-judged: the rails block the commit: max-lines/)
    })
    expect(branches()).toEqual(['main'])
  })

  it('with a dry-run gateway, previews the push and the pull request and writes nothing', async () => {
    const patch = patchFor(d => write(d, PERSONA, 'Be kind.\nBe warm.\n'))
    const { actionId, proposalId } = await plannedAction()
    const e = env({ dryRun: true })
    const outcome = await executePullRequest(e, { actionId, proposalId, verdict: await judged(patch), patch })
    expect(outcome.kind).toBe('previewed')
    expect(fake.writes()).toEqual([])
    expect(branches()).toEqual(['main'])
    expect(e.gateway.previews.map(p => p.route)).toEqual(['GIT push', 'POST /repos/{owner}/{repo}/pulls'])
    expect((await getAction(db.sql, actionId))!.status).toBe('planned')
  })

  it('stops before the push when the flag is turned off', async () => {
    const patch = patchFor(d => write(d, PERSONA, 'Be kind.\nBe warm.\n'))
    const { actionId, proposalId } = await plannedAction()
    const outcome = await executePullRequest(env({ flag: async () => false }), {
      actionId,
      proposalId,
      verdict: await judged(patch),
      patch
    })
    expect(outcome).toMatchObject({
      kind: 'not-executed',
      reason: expect.stringMatching(/^flag-off: .*feature flag is off/)
    })
    const row = await getAction(db.sql, actionId)
    expect(row!.status).toBe('planned')
    expect(row!.payload).toMatchObject({ reason: expect.stringMatching(/^flag-off:/), leftover: null })
    expect(branches()).toEqual(['main'])
    expect(fake.writes()).toEqual([])
    expect(act.pulls).toEqual([])
  })
})

describe('executePullRequest on a superseded attempt', () => {
  it("pushes nothing and leaves the action planned, so it never counts as the day's wildcard acted on", async () => {
    const patch = patchFor(d => write(d, PERSONA, 'Be kind.\nBe warm.\n'))
    const { actionId, proposalId } = await plannedAction()
    await db.sql`
      UPDATE self_evolution_runs SET attempt = 2
      WHERE id = (SELECT run_id FROM self_evolution_proposals WHERE id = ${proposalId})`
    const outcome = await executePullRequest(env(), {
      actionId,
      proposalId,
      verdict: await judged(patch),
      patch
    })
    expect(outcome).toMatchObject({ kind: 'not-executed', reason: expect.stringMatching(/^not-planned: /) })
    expect(branches()).toEqual(['main'])
    expect((await getAction(db.sql, actionId))!.status).toBe('planned')
    expect(await hasAllowedWildcard(db.sql, fake.fullName, '2026-11-25')).toBe(false)
  })
})

describe('executePullRequest commits what applyPatch judged', () => {
  it('pushes a commit of exactly the tree applyPatch gives, made by the bot', async () => {
    const patch = patchFor(d => write(d, PERSONA, 'Be kind.\nBe warm.\n'))
    const objectsBefore = git(remote, ['count-objects', '-v'])
    const judgedApply = await applyPatch({ repo: remote, base: 'main', patch, configPath: CONFIG_PATH })
    if (!judgedApply.ok) throw new Error(judgedApply.message)
    expect(git(remote, ['count-objects', '-v'])).toBe(objectsBefore)
    const { actionId, proposalId } = await plannedAction()
    const outcome = await executePullRequest(env(), {
      actionId,
      proposalId,
      verdict: await judged(patch),
      patch
    })
    expect(outcome.kind).toBe('submitted')
    const [branch] = branches().filter(b => b !== 'main')
    expect(git(remote, ['rev-parse', `${branch}^{tree}`])).toBe(judgedApply.tree)
    expect(git(remote, ['rev-parse', `${branch}^`])).toBe(judgedApply.base)
    expect(git(remote, ['log', '-1', '--format=%an <%ae>', branch])).toBe(
      `${config.rollout.botName} <${config.rollout.botEmail}>`
    )
  })

  it('a patch that applies but changes nothing is empty-change', async () => {
    const patch = `diff --git a/${PERSONA} b/${PERSONA}\n--- a/${PERSONA}\n+++ b/${PERSONA}\n@@ -1 +1 @@\n-Be kind.\n+Be kind.\n`
    const { actionId, proposalId } = await plannedAction()
    const outcome = await executePullRequest(env(), {
      actionId,
      proposalId,
      verdict: await judged(patch),
      patch
    })
    expect(outcome).toMatchObject({ kind: 'not-executed', reason: expect.stringMatching(/^empty-change: /) })
    expect(branches()).toEqual(['main'])
  })
})

describe('executeIssue', () => {
  it("opens no issue for a superseded attempt's action, and leaves that action as it was", async () => {
    const { actionId, proposalId } = await plannedAction()
    // A forced re-claim made attempt 2 the run's latest: attempt 1's actions must not start.
    await db.sql`
      UPDATE self_evolution_runs SET attempt = 2
      WHERE id = (SELECT run_id FROM self_evolution_proposals WHERE id = ${proposalId})`
    // executeIssue reads the verdict only for the issue's text.
    const verdict = await judged(patchFor(d => write(d, PERSONA, 'Be kind.\nBe warm.\n')))
    const outcome = await executeIssue(env(), { actionId, proposalId, verdict })
    expect(outcome).toMatchObject({ kind: 'not-executed', reason: expect.stringMatching(/^not-planned: /) })
    expect(fake.writes()).toEqual([])
    expect((await getAction(db.sql, actionId))!.status).toBe('planned')
  })
})

describe('reading for the plan', () => {
  it('counts the open pull requests on the branch prefix over every page', async () => {
    for (let i = 0; i < 230; i++) {
      act.pulls.push(
        pullRequest(fake.url, fake, {
          number: 1000 + i,
          title: `pr ${i}`,
          body: null,
          head: i % 3 === 0 ? `self-evolution/2026-11-01-x-${i}` : `feature/${i}`,
          base: 'main',
          draft: false,
          headSha: 'd'.repeat(40)
        })
      )
    }
    const gh = createGitHubContext({ token: 't', repository: fake.fullName, baseUrl: fake.url })
    expect(await countOpenPullRequests(gh, 'self-evolution/')).toBe(77)
    expect(fake.requestsTo('GET', `/repos/${fake.fullName}/pulls`)).toHaveLength(3)
  })

  it('counts only pull requests from this repository, never from forks on the same prefix', async () => {
    const pr = (number: number, headRepo?: string) =>
      pullRequest(fake.url, fake, {
        number,
        title: `pr ${number}`,
        body: null,
        head: `self-evolution/2026-11-01-x-${number}`,
        base: 'main',
        draft: false,
        headSha: 'd'.repeat(40),
        headRepo
      })
    act.pulls.push(pr(1), pr(2, 'mallory/fork'), pr(3, 'mallory/fork'), pr(4, 'eve/other'))
    const gh = createGitHubContext({ token: 't', repository: fake.fullName, baseUrl: fake.url })
    expect(await countOpenPullRequests(gh, 'self-evolution/')).toBe(1)
  })

  it("reads the checkout's origin, without credentials", async () => {
    const ws = join(root, 'ws')
    git(root, ['clone', '-q', remote, ws])
    expect(await originUrl(ws)).toBe(remote)
    git(ws, ['remote', 'set-url', 'origin', 'https://x-access-token:ghs_secret@github.example/o/r.git'])
    expect(await originUrl(ws)).toBe('https://github.example/o/r.git')
  })
})
