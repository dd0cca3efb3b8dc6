/**
 * Acting, end to end: main (standing in for pre, as with `uses: ./`) judges a proposals file and
 * executes what the rollout allows, with real git (a bare repository on disk plays the remote; the
 * job's checkout is a clone of it), the GitHub fake over real HTTP recording every request, and a
 * real database.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryHost } from '../../../../src/runtime/host.js'
import { setFlag } from '../../../../src/db/flags.js'
import { getAction } from '../../../../src/db/actions.js'
import { mainStage, postStage } from '../../../../src/modes/index.js'
import { createTestDatabase, type TestDatabase } from '../../../__fixtures__/db.js'
import { fakeClock } from '../../../__fixtures__/fake-clock.js'
import { useGitHubFake } from '../../../__fixtures__/github-fake.js'
import { installActRoutes, type ActFakeState } from '../../../__fixtures__/github-fake-act.js'
import { testDeps } from '../../../__fixtures__/deps.js'
import { gitAs, writeIn } from '../../../__fixtures__/git.js'

const CONFIG_PATH = '.github/self-evolution-config.json'
const PERSONA = 'apps/bot/src/persona/tone.md'
const TOOL = 'packages/agent/src/tools/search.ts'
const BOT = { name: 'evolver[bot]', email: 'evolver@example.com' }

const fake = useGitHubFake()
let act: ActFakeState
let db: TestDatabase
let root: string
let remote: string
let workspace: string
let clock = fakeClock('2026-11-25T03:00:00Z')

const git = (cwd: string, args: string[], input?: string) =>
  gitAs({ name: 'human', home: root }, cwd, args, input)

const write = writeIn

/** The remote's branches and their commits. */
function remoteBranches(): Record<string, string> {
  const out = git(remote, ['for-each-ref', '--format=%(refname:short) %(objectname)', 'refs/heads'])
  return Object.fromEntries(
    out
      .split('\n')
      .filter(Boolean)
      .map(l => l.split(' ') as [string, string])
  )
}

/** A patch made by git itself: the change `edit` makes to a fresh clone of main. */
function patchFor(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(root, 'patch-'))
  git(root, ['clone', '-q', remote, dir])
  edit(dir)
  git(dir, ['add', '-A'])
  const patch = git(dir, ['diff', '--cached', '-M']) + '\n'
  rmSync(dir, { recursive: true, force: true })
  return patch
}

/** The remote's main: the config, and files the proposals change. */
function seedRemote(config: Record<string, unknown>, files: Record<string, string> = {}) {
  root = mkdtempSync(join(tmpdir(), 'se-act-'))
  const seed = join(root, 'seed')
  mkdirSync(seed)
  git(seed, ['init', '-q', '-b', 'main'])
  write(seed, CONFIG_PATH, JSON.stringify(config, null, 2) + '\n')
  write(seed, PERSONA, 'Be kind.\nBe brief.\n')
  write(seed, TOOL, 'export const search = 1\n')
  write(seed, '.github/workflows/ci.yml', 'name: CI\n')
  for (const [path, content] of Object.entries(files)) write(seed, path, content)
  git(seed, ['add', '-A'])
  git(seed, ['commit', '-qm', 'seed'])
  remote = join(root, 'remote.git')
  git(root, ['clone', '-q', '--bare', seed, remote])
  workspace = join(root, 'workspace')
  git(root, ['clone', '-q', remote, workspace])
}

function liveConfig(rollout: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    enabled: true,
    dryRunMode: false,
    prTemplateConfig: { autoRequestReviewers: ['alice', 'octo-org/reviewers'] },
    rollout: { liveChangeTypes: ['wildcard'], botName: BOT.name, botEmail: BOT.email, ...rollout },
    ...extra
  }
}

type P = Record<string, unknown>
const wildcard = (title = 'Warmer tone'): P => ({
  title,
  description: 'A friendlier persona.',
  type: 'wildcard',
  riskLevel: 1,
  patch: patchFor(d => write(d, PERSONA, 'Be kind.\nBe warm.\nBe brief.\n'))
})
const capability = (): P => ({
  title: 'A new search option',
  type: 'capability',
  riskLevel: 1,
  patch: patchFor(d => write(d, TOOL, 'export const search = 2\n'))
})
const blocked = (): P => ({
  title: 'Speed up CI',
  type: 'cleanup',
  riskLevel: 1,
  patch: patchFor(d => write(d, '.github/workflows/ci.yml', 'name: CI\non: push\n'))
})
const noChange = (type = 'prompt'): P => ({
  title: 'Think about prompts',
  description: 'No change yet.',
  type,
  riskLevel: 0,
  files: []
})

async function run(proposals: P[], inputs: Record<string, string> = {}) {
  const file = join(root, `proposals-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, JSON.stringify({ proposals }))
  const host = new MemoryHost({
    'github-token': 'ghs_read',
    'write-token': 'ghs_write',
    'database-url': 'postgres://test',
    proposals: file,
    force: 'true',
    ...inputs
  })
  const deps = testDeps({
    host,
    fake,
    db,
    clock,
    ctx: {
      sha: git(workspace, ['rev-parse', 'HEAD']),
      githubRunId: 777,
      workspace,
      runnerTemp: join(root, 'runner-temp')
    },
    localArtifactRoot: join(root, 'artifacts')
  })
  const main = await mainStage(deps)
  await postStage(deps)
  return { main, host }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = { id: number; title: string; status: string; action_type: string; payload: Record<string, any> }
async function actions(): Promise<Row[]> {
  return db.sql<Row[]>`
    SELECT a.id, p.title, a.status, a.action_type, a.payload
    FROM self_evolution_actions a JOIN self_evolution_proposals p ON p.id = a.proposal_id ORDER BY a.id`
}

beforeEach(async () => {
  clock = fakeClock('2026-11-25T03:00:00Z')
  db = await createTestDatabase()
  await setFlag(db.sql, { value: true, by: 'test', now: clock.date() })
  act = installActRoutes(fake, { branchSha: name => remoteBranches()[name] })
})
afterEach(async () => {
  await db.close()
  rmSync(root, { recursive: true, force: true })
})

describe('acting on allowed proposals', () => {
  it('with liveChangeTypes ["wildcard"]: one branch, one draft pull request with the body and labels; the rest stay planned', async () => {
    seedRemote(liveConfig())
    const before = remoteBranches()
    const { main, host } = await run([wildcard(), capability(), blocked(), noChange()])
    expect(host.failed).toBeUndefined()
    expect(main.status).toBe('success')

    // Exactly one new branch, named <prefix><date>-<slug>-<proposal id>, holding the bot's commit.
    const after = remoteBranches()
    const added = Object.keys(after).filter(b => !(b in before))
    expect(added).toHaveLength(1)
    const rows = await actions()
    const wild = rows.find(r => r.title === 'Warmer tone')!
    const proposalId = (await getAction(db.sql, wild.id))!.proposalId
    expect(added[0]).toBe(`self-evolution/2026-11-25-warmer-tone-${proposalId}`)
    const head = after[added[0]]
    expect(git(remote, ['log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', head])).toBe(
      `${BOT.name} <${BOT.email}>|${BOT.name} <${BOT.email}>|Warmer tone`
    )
    expect(git(remote, ['show', `${head}:${PERSONA}`])).toBe('Be kind.\nBe warm.\nBe brief.')
    expect(git(remote, ['rev-parse', `${head}^`])).toBe(before.main)

    // One draft pull request, with the template's body and the labels the gate reads.
    expect(act.pulls).toHaveLength(1)
    const pr = act.pulls[0]
    expect(pr).toMatchObject({
      draft: true,
      head: { ref: added[0] },
      base: { ref: 'main' },
      title: 'Warmer tone'
    })
    expect(pr.body).toContain('## Self-evolution proposal: Warmer tone')
    expect(pr.body).toContain('\nA friendlier persona.\n')
    expect(pr.body).toContain('| Type | <code>wildcard</code> |')
    expect(pr.body).toContain('| Risk | 1 |')
    expect(pr.body).toContain('| Verdict | allowed |')
    expect(pr.body).toContain('### Checklist')
    expect(pr.body).not.toMatch(/\{\{\w+\}\}/)
    expect(pr.labels.map(l => l.name)).toEqual([
      'ai-ops',
      'self-evolution',
      'safety',
      'self-evolution:type/wildcard',
      'self-evolution:risk/1'
    ])
    expect(act.reviewRequests).toEqual([{ number: pr.number, reviewers: ['alice'], teams: ['reviewers'] }])

    // The writes: the pull request, its labels, its reviewers. No issue, nothing for the blocked one.
    expect(fake.writes().map(w => `${w.method} ${w.path}`)).toEqual([
      `POST /repos/${fake.fullName}/pulls`,
      `POST /repos/${fake.fullName}/issues/${pr.number}/labels`,
      `POST /repos/${fake.fullName}/pulls/${pr.number}/requested_reviewers`
    ])

    // The records the gate matches on.
    expect(wild).toMatchObject({ status: 'submitted', action_type: 'pr' })
    expect(wild.payload).toMatchObject({
      branch: added[0],
      headSha: head,
      baseSha: before.main,
      pullRequest: { number: pr.number, url: pr.html_url },
      leftover: null
    })
    const cap = rows.find(r => r.title === 'A new search option')!
    expect(cap.status).toBe('planned')
    expect(cap.payload.reason).toMatch(/^type-not-live: type capability is not in rollout\.liveChangeTypes/)
    const issue = rows.find(r => r.title === 'Think about prompts')!
    expect(issue).toMatchObject({ status: 'planned', action_type: 'issue' })
    expect(issue.payload.reason).toMatch(/^type-not-live:/)
    expect(rows.find(r => r.title === 'Speed up CI')).toBeUndefined()
  })

  it('a dry run writes nothing: no request, no ref', async () => {
    seedRemote(liveConfig())
    const before = remoteBranches()
    const { main } = await run([wildcard(), capability(), noChange('wildcard')], { 'dry-run': 'true' })
    expect(main.status).toBe('success')
    expect(fake.writes()).toEqual([])
    expect(remoteBranches()).toEqual(before)
    const rows = await actions()
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every(r => r.status === 'planned' && r.payload.dryRun === true)).toBe(true)
    expect(rows.every(r => /^dry-run: /.test(r.payload.reason))).toBe(true)
  })

  it('without a write-token nothing acts, and the reason is recorded', async () => {
    seedRemote(liveConfig())
    const before = remoteBranches()
    await run([wildcard()], { 'write-token': '' })
    expect(fake.writes()).toEqual([])
    expect(remoteBranches()).toEqual(before)
    const [row] = await actions()
    expect(row.status).toBe('planned')
    expect(row.payload.reason).toMatch(/^no-write-token:/)
  })

  it('a proposal without changes becomes an issue with the same labels', async () => {
    seedRemote(liveConfig({ liveChangeTypes: ['prompt'] }))
    await run([noChange('prompt')])
    expect(fake.state.issues).toHaveLength(1)
    const { issue } = fake.state.issues[0]
    expect(issue.title).toBe('Think about prompts')
    expect((issue.labels as Array<{ name: string }>).map(l => l.name)).toEqual([
      'ai-ops',
      'self-evolution',
      'safety',
      'self-evolution:type/prompt',
      'self-evolution:risk/0'
    ])
    const [row] = await actions()
    expect(row).toMatchObject({ status: 'submitted', action_type: 'issue' })
    expect(row.payload.issue).toEqual({ number: issue.number, url: issue.html_url })
  })

  it('a patch that does not apply is not executed; the reason is recorded and nothing is written', async () => {
    seedRemote(liveConfig())
    const stale = wildcard()
    // main moves on after the rails' checkout was taken: judged on the checkout, the patch
    // applies; acting applies it onto main's new head, where it does not.
    const human = join(root, 'human')
    git(root, ['clone', '-q', remote, human])
    write(human, PERSONA, 'Be terse.\n')
    git(human, ['commit', '-qam', 'human edit'])
    git(human, ['push', '-q', 'origin', 'main'])
    const before = remoteBranches()
    const { main, host } = await run([stale])
    expect(main.status).toBe('success')
    expect(host.failed).toBeUndefined()
    expect(remoteBranches()).toEqual(before)
    expect(fake.writes()).toEqual([])
    const [row] = await actions()
    expect(row.status).toBe('failed')
    expect(row.payload.reason).toMatch(
      /^patch-does-not-apply: the patch does not apply to main at [0-9a-f]{12}/
    )
    expect(row.payload.error).toMatch(/patch failed|does not apply/)
  })

  it('limits: maxOpenPullRequests counts the open pull requests on the prefix; maxActionsPerRun caps a run', async () => {
    seedRemote(
      liveConfig({ liveChangeTypes: ['wildcard', 'prompt'], maxOpenPullRequests: 1, maxActionsPerRun: 1 })
    )
    act.pulls.push(
      (await import('../../../__fixtures__/github-fake-act.js')).pullRequest(fake.url, fake, {
        number: 7,
        title: 'older',
        body: null,
        head: 'self-evolution/2026-11-24-older-1',
        base: 'main',
        draft: true,
        headSha: 'b'.repeat(40)
      })
    )
    await run([wildcard(), noChange('prompt'), { ...noChange('prompt'), title: 'Second idea' }])
    const rows = await actions()
    expect(rows.find(r => r.title === 'Warmer tone')!.payload.reason).toMatch(
      /^max-open-pull-requests: 1 pull requests are open on the branch prefix; rollout\.maxOpenPullRequests is 1/
    )
    expect(rows.find(r => r.title === 'Think about prompts')!.status).toBe('submitted')
    expect(rows.find(r => r.title === 'Second idea')!.payload.reason).toMatch(/^max-actions-per-run:/)
    expect(act.pulls).toHaveLength(1)
  })

  it('fails closed when the open pull requests cannot be counted', async () => {
    seedRemote(liveConfig())
    fake.failNext(`/repos/${fake.owner}/${fake.repo}/pulls`, 403, {
      method: 'GET',
      message: 'Resource not accessible by integration'
    })
    const before = remoteBranches()
    const { main, host } = await run([wildcard()])
    expect(main.status).toBe('failed')
    expect(host.failed).toMatch(/open pull requests could not be counted/)
    expect(host.summary).toContain('Run 1 failed')
    expect(remoteBranches()).toEqual(before)
    expect(fake.writes()).toEqual([])
    const [row] = await actions()
    expect(row.status).toBe('planned')
    expect(row.payload.reason).toMatch(/^open-pull-requests-unknown:/)
  })

  it('a pushed branch whose pull request cannot be opened is deleted again', async () => {
    seedRemote(liveConfig())
    fake.failNext(`/repos/${fake.owner}/${fake.repo}/pulls`, 422, {
      method: 'POST',
      message: 'Validation Failed'
    })
    const before = remoteBranches()
    const { main, host } = await run([wildcard()])
    expect(main.status).toBe('failed')
    expect(remoteBranches()).toEqual(before)
    // The failure report still says what acting did.
    expect(host.summary).toMatch(/> Proposal 1 failed&#58; pull&#45;request&#45;failed/)
    const [row] = await actions()
    expect(row.status).toBe('failed')
    expect(row.payload.reason).toMatch(/^pull-request-failed:/)
    expect(row.payload.leftover).toBeNull()
  })

  it('a branch that cannot be deleted is recorded as a leftover, and the next run deletes it first', async () => {
    seedRemote(liveConfig())
    git(remote, ['config', 'receive.denyDeletes', 'true'])
    fake.failNext(`/repos/${fake.owner}/${fake.repo}/pulls`, 422, {
      method: 'POST',
      message: 'Validation Failed'
    })
    const before = remoteBranches()
    await run([wildcard()])
    const [row] = await actions()
    expect(row.status).toBe('failed')
    const branch = row.payload.leftover.branch as string
    expect(branch).toMatch(/^self-evolution\/2026-11-25-warmer-tone-\d+$/)
    expect(remoteBranches()[branch]).toBe(row.payload.leftover.headSha)

    // While it cannot be cleaned up, nothing new acts.
    clock.advance(86_400_000)
    const blockedRun = await run([wildcard('Another tone')])
    expect(blockedRun.main.status).toBe('failed')
    const second = (await actions()).find(r => r.title === 'Another tone')!
    expect(second.payload.reason).toMatch(/^leftover-cleanup-failed:/)

    git(remote, ['config', 'receive.denyDeletes', 'false'])
    clock.advance(86_400_000)
    const { main } = await run([wildcard('Third tone')])
    expect(main.status).toBe('success')
    const after = remoteBranches()
    expect(after[branch]).toBeUndefined()
    expect(Object.keys(after).filter(b => !(b in before))).toHaveLength(1)
    const first = await getAction(db.sql, row.id)
    expect(first!.payload).toMatchObject({ leftover: null, cleanedUp: { branch, result: 'deleted' } })
  })

  it('a hostile title never reaches git as an option or a ref expression, and is escaped in the body', async () => {
    seedRemote(liveConfig())
    const title = '--upload-pack=touch /tmp/x @{-1} ..\n::error::{{verdict}} <img src=x> @admin'
    await run([wildcard(title)])
    const pr = act.pulls[0]
    expect(pr.head.ref).toMatch(/^self-evolution\/2026-11-25-upload-pack-touch-tmp-x-1-error-verdict-\d+$/)
    expect(pr.title).not.toContain('\n')
    expect(pr.body).not.toContain('<img')
    expect(pr.body).not.toContain('@admin')
    expect(pr.body).toContain('&#123;&#123;verdict&#125;&#125;')
    expect((pr.body!.match(/\| Verdict \| allowed \|/g) ?? []).length).toBe(1)
  })

  it("uses the repository's own pull request template, as it is at the base commit", async () => {
    seedRemote(liveConfig(), {
      '.github/PULL_REQUEST_TEMPLATE/self_evolution.md': 'Ours: {{title}} (risk {{risk}}) {{nope}}\n'
    })
    await run([wildcard('Tone *bold*')])
    expect(act.pulls[0].body).toBe('Ours: Tone &#42;bold&#42; (risk 1) {{nope}}\n')
  })

  it('with no live change type, a live run touches neither GitHub nor git with the write-token', async () => {
    seedRemote(liveConfig({ liveChangeTypes: [] }))
    const before = remoteBranches()
    const { main } = await run([wildcard(), noChange('prompt')])
    expect(main.status).toBe('success')
    expect(fake.requests.filter(r => /ghs_write/.test(r.headers.authorization ?? ''))).toEqual([])
    expect(remoteBranches()).toEqual(before)
    const rows = await actions()
    expect(rows.map(r => r.payload.reason.split(':')[0])).toEqual(['type-not-live', 'type-not-live'])
  })

  it('fails closed when the checkout has no origin to clone from: nothing acts, the reason is recorded', async () => {
    seedRemote(liveConfig())
    git(workspace, ['remote', 'remove', 'origin'])
    const before = remoteBranches()
    const { main, host } = await run([wildcard()])
    expect(main.status).toBe('failed')
    expect(host.failed).toMatch(
      /^Nothing acted: the repository to clone or its default branch could not be read/
    )
    expect(fake.writes()).toEqual([])
    expect(remoteBranches()).toEqual(before)
    const [row] = await actions()
    expect(row.status).toBe('planned')
    expect(row.payload.reason).toMatch(/^github-unavailable: .*no origin remote/)
  })
})
