/**
 * The pull-request gate end to end: main and post as the runner runs them, GitHub served by the
 * local fake (real HTTP, bodies per @octokit/openapi-types), a real database, and real git
 * repositories from which the fake's pull requests are seeded.
 */
import { chmodSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { listEvents } from '../../../src/db/events.js'
import { getAction } from '../../../src/db/actions.js'
import { createTestDatabase, type TestDatabase } from '../../__fixtures__/db.js'
import { useGitHubFake } from '../../__fixtures__/github-fake.js'
import { seedPullFromGit, type GateFakeState, type PullSeed } from '../../__fixtures__/github-fake-gate.js'
import type { Repo } from '../../policy/git-fixture.js'
import {
  BASE_CONFIG,
  GATE_WORKFLOW,
  OWN_RUN_ID,
  baseRepo,
  branch,
  installGateFake,
  resetGateFake,
  rules,
  runGate,
  seedAction
} from './harness.js'

const AGENT = { login: 'agent-bot[bot]', type: 'Bot' as const }
const MAINTAINER = { login: 'maya', type: 'User' as const }
const BRANCH = 'self-evolution/greeting'
const LABELS = ['ai-ops', 'self-evolution', 'safety', 'self-evolution:type/prompt', 'self-evolution:risk/1']

const fake = useGitHubFake({ keepData: true })
let gate: GateFakeState
let db: TestDatabase
const repos: Repo[] = []

beforeAll(() => {
  gate = installGateFake(fake)
})
afterAll(async () => {
  for (const r of repos) r.cleanup()
})
beforeEach(async () => {
  db = await createTestDatabase()
  resetGateFake(gate, { maya: 'maintain', rita: 'read', wes: 'write' })
})
afterEach(async () => {
  await db.close()
})

function repoWith(config: unknown = BASE_CONFIG): Repo {
  const r = baseRepo(config)
  repos.push(r)
  return r
}

/** The agent's pull request #7: one prompt edited, labelled, recorded, approved, CI green. */
async function agentPull(
  opts: {
    change?: (r: Repo) => void
    config?: unknown
    labels?: string[]
    record?: boolean
    actionType?: string
    number?: number
    approve?: boolean
    ci?: boolean
  } = {}
): Promise<{ repo: Repo; pr: PullSeed; actionId?: number }> {
  const repo = repoWith(opts.config)
  branch(
    repo,
    BRANCH,
    opts.change ?? (r => r.write('packages/agent/src/prompts/greeting.md', 'Hello there.\nBe kind.\n'))
  )
  const number = opts.number ?? 7
  const pr = seedPullFromGit(fake, gate, {
    dir: repo.dir,
    number,
    base: 'main',
    head: BRANCH,
    author: AGENT,
    labels: opts.labels ?? LABELS
  })
  let actionId: number | undefined
  if (opts.record !== false)
    actionId = await seedAction(
      db,
      fake.fullName,
      {
        branch: BRANCH,
        headSha: pr.headSha,
        pullRequest: { number, url: `https://github.com/${fake.fullName}/pull/${number}` }
      },
      { actionType: opts.actionType }
    )
  if (opts.approve !== false)
    gate.reviews.set(number, [
      { user: MAINTAINER, state: 'APPROVED', commitId: pr.headSha, submittedAt: '2026-11-25T11:00:00Z' }
    ])
  if (opts.ci !== false)
    gate.checkRuns.set(pr.headSha, [{ name: 'test', status: 'completed', conclusion: 'success', runId: 100 }])
  return { repo, pr, actionId }
}

describe('the verdict', () => {
  it('passes the agent pull request that matches its record, with an approval on the head and green CI', async () => {
    await agentPull()
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.violations).toEqual([])
    expect(r.verdict).toMatchObject({ status: 'pass', source: 'api', pending: [] })
    expect(r.verdict.review?.approvedBy).toBe('maya')
    expect(r.verdict.ci?.state).toBe('success')
    expect(r.result.status).toBe('success')
    expect(r.host.failed).toBeUndefined()
    expect(r.host.outputs.get('gate-verdict')).toBe('pass')
    expect(r.host.summary).toContain('pull request #7 passed')
    // post: the report is the artifact; here the artifact service is absent, so the files stay.
    expect(
      r.host.lines.some(l =>
        /gate's report was not uploaded: the artifact service is unavailable/.test(l.text)
      )
    ).toBe(true)
    expect(fake.writes()).toEqual([])
    const events = await listEvents(db.sql, { kind: 'pr-gate' })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      repository: fake.fullName,
      reason: 'pass',
      githubRunId: String(OWN_RUN_ID)
    })
    // The verdict never touches the runs table.
    const [runs] = await db.sql<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM self_evolution_runs WHERE status = 'running'`
    expect(runs.n).toBe(0)
  })

  it('blocks what the rails block, with annotations on the offending files', async () => {
    await agentPull({
      change: r => {
        r.write('packages/agent/src/prompts/greeting.md', 'Hello there.\n')
        r.write('.github/workflows/evil.yml', 'on: push\n')
        r.write('scripts/run.sh', 'echo hi\n')
      }
    })
    const r = await runGate({ fake, db, number: 7 })
    expect(rules(r.verdict)).toEqual(['blocked-path', 'path-not-allowed', 'type-path-mismatch'])
    expect(r.verdict.status).toBe('fail')
    expect(r.host.failed).toMatch(/blocked pull request #7/)
    const annotated = r.host.lines.filter(l => l.level === 'error' && l.file)
    expect(annotated.map(l => l.file).sort()).toEqual(
      ['.github/workflows/evil.yml', '.github/workflows/evil.yml', 'scripts/run.sh', 'scripts/run.sh'].sort()
    )
    expect(r.host.outputs.get('gate-verdict')).toBe('fail')
  })

  it('keeps annotations under GitHub’s limit and leaves the rest to the report', async () => {
    await agentPull({
      change: r => {
        for (let i = 0; i < 15; i++) r.write(`scripts/s${i}.sh`, 'x\n')
      }
    })
    const r = await runGate({ fake, db, number: 7 })
    const errors = r.host.lines.filter(l => l.level === 'error')
    // setFailed adds one more error: ten in all.
    expect(errors.length).toBe(9)
    expect(errors[8].text).toMatch(/more violations on files are listed/)
    expect(r.verdict.violations.filter(v => v.path).length).toBe(30)
  })
})

describe('hostile text', () => {
  it('is escaped in the summary, the annotations and the logs, and the token appears nowhere', async () => {
    const { pr } = await agentPull({
      change: r => r.write('scripts/[x](https:evil.example)<img src=x onerror=alert(1)>.sh', 'x\n')
    })
    gate.pulls.get(7)!.title =
      '::error::owned <script>alert(1)</script> | @everyone [click](https://evil.example)'
    const r = await runGate({ fake, db, number: 7 })
    expect(rules(r.verdict)).toEqual(['path-not-allowed', 'type-path-mismatch'])
    expect(r.host.summary).not.toMatch(/<script|<img|\]\(https|@everyone|::error/)
    for (const line of r.host.lines) expect(line.text).not.toMatch(/^\s*::/)
    const annotated = r.host.lines.filter(l => l.file)
    expect(annotated.every(l => !/[\n\r]/.test(l.text))).toBe(true)
    const everything = JSON.stringify([r.verdict, r.host.summary, r.host.lines, [...r.host.outputs]])
    expect(everything).not.toContain('gate-token')
    expect(pr.headSha).toBe(r.verdict.pullRequest.headSha)
  })
})

describe('the file list from the API', () => {
  it('reads 100 files per page, and judges what it read', async () => {
    await agentPull({
      change: r => {
        for (let i = 0; i < 250; i++) r.write(`packages/agent/src/prompts/p${i}.md`, `line ${i}\n`)
      }
    })
    const r = await runGate({ fake, db, number: 7 })
    const pages = fake.requestsTo('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files')
    expect(pages).toHaveLength(3)
    expect(pages.every(p => p.query.per_page === '100')).toBe(true)
    expect(r.verdict.rails?.stats.files).toBe(250)
    expect(rules(r.verdict)).toEqual(['max-files'])
  })

  function synthetic(pr: PullSeed, count: number, changed: number) {
    const entries = []
    pr.files = []
    for (let i = 0; i < count; i++) {
      const filename = `packages/agent/src/prompts/n${i}.md`
      pr.files.push({ filename, status: 'added', additions: 1, deletions: 0, patch: '@@ -0,0 +1 @@\n+x' })
      entries.push({ path: filename, mode: '100644', type: 'blob', sha: 'a'.repeat(40) })
    }
    pr.changedFiles = changed
    const head = gate.trees.get(pr.headSha)!
    head.entries.push(...entries)
  }

  it('fails closed with too-large when GitHub lists fewer files than changed_files (the 3,000 ceiling)', async () => {
    const { pr } = await agentPull()
    synthetic(pr, 3100, 3100)
    const r = await runGate({ fake, db, number: 7 })
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files')).toHaveLength(30)
    expect(rules(r.verdict)).toEqual(['too-large'])
    expect(r.verdict.violations[0].message).toMatch(/3000 of the pull request's 3100/)
    expect(r.verdict.rails).toBeNull()
    expect(r.result.status).toBe('failed')
  })

  it('judges exactly 3,000 listed files when changed_files says 3,000', async () => {
    const { pr } = await agentPull({
      config: {
        ...BASE_CONFIG,
        safetyRails: {
          ...BASE_CONFIG.safetyRails,
          diffCaps: { maxLinesOfCode: 100000, maxFilesChanged: 3000, requireGreenCI: true }
        }
      }
    })
    synthetic(pr, 3000, 3000)
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.rails?.stats.files).toBe(3000)
    expect(r.verdict.violations).toEqual([])
    expect(r.verdict.status).toBe('pass')
  })

  it('reads renames with previous_filename and modes from the trees of head and merge base', async () => {
    const { pr } = await agentPull({
      config: BASE_CONFIG,
      change: r => {
        r.git(['mv', 'packages/agent/src/prompts/greeting.md', 'packages/agent/src/prompts/hello.md'])
        r.link('packages/agent/src/prompts/link.md', '../../../../docs/guide.md')
      }
    })
    const rename = pr.files.find(f => f.status === 'renamed')!
    expect(rename).toMatchObject({ previous_filename: 'packages/agent/src/prompts/greeting.md' })
    expect(rename.patch).toBeUndefined()
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.violations).toEqual([
      expect.objectContaining({ rule: 'symlink', path: 'packages/agent/src/prompts/link.md' })
    ])
    const trees = fake.requestsTo('GET', '/repos/{owner}/{repo}/git/trees/{tree_sha}')
    expect(trees.map(t => t.path.split('/').pop()).sort()).toEqual(
      [pr.headSha, gate.mergeBases.get(`${pr.baseSha}...${pr.headSha}`)].sort()
    )
    expect(trees.every(t => t.query.recursive === '1')).toBe(true)
  })

  it('does not take a missing patch for binary: a pure text rename passes, a pure binary rename fails', async () => {
    const repo = repoWith()
    repo.write('packages/agent/src/prompts/logo.bin', Buffer.from([0x89, 0x50, 0, 1, 2, 0, 3]))
    repo.commit('add a binary')
    branch(repo, BRANCH, r => {
      r.git(['mv', 'packages/agent/src/prompts/logo.bin', 'packages/agent/src/prompts/logo2.bin'])
      r.git(['mv', 'packages/agent/src/prompts/greeting.md', 'packages/agent/src/prompts/hi.md'])
      chmodSync(join(r.dir, 'docs/guide.md'), 0o755)
    })
    const pr = seedPullFromGit(fake, gate, {
      dir: repo.dir,
      number: 8,
      base: 'main',
      head: BRANCH,
      author: AGENT,
      labels: LABELS
    })
    expect(pr.files.filter(f => f.patch === undefined)).toHaveLength(3)
    await seedAction(db, fake.fullName, { branch: BRANCH, pullRequest: { number: 8 } }, { type: 'cleanup' })
    gate.reviews.set(8, [
      { user: MAINTAINER, state: 'APPROVED', commitId: pr.headSha, submittedAt: '2026-11-25T11:00:00Z' }
    ])
    gate.checkRuns.set(pr.headSha, [{ name: 'test', status: 'completed', conclusion: 'success', runId: 100 }])
    gate.pulls.get(8)!.labels = ['self-evolution:type/cleanup', 'self-evolution:risk/1']
    const r = await runGate({ fake, db, number: 8 })
    expect(r.verdict.violations).toEqual([
      expect.objectContaining({ rule: 'binary-file', path: 'packages/agent/src/prompts/logo2.bin' })
    ])
    // The same change read by git gives the same verdict.
    const g = await runGate({ fake, db, number: 8, repo, inputs: { 'gate-source': 'git' } })
    expect(g.verdict.violations).toEqual(r.verdict.violations)
    expect(g.verdict.rails?.stats).toEqual(r.verdict.rails?.stats)
  })

  it('sees a submodule through the trees API', async () => {
    await agentPull({
      change: r => {
        // A nested repository: git add records it as a gitlink (mode 160000).
        r.git(['init', '-q', 'packages/agent/src/prompts/vendor'])
        r.git(['-C', 'packages/agent/src/prompts/vendor', 'commit', '-q', '--allow-empty', '-m', 'v'])
      }
    })
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.violations).toEqual([
      expect.objectContaining({ rule: 'submodule', path: 'packages/agent/src/prompts/vendor' })
    ])
  })

  it('needs only the head tree: without a merge base or its tree, the old modes are noted as unknown', async () => {
    const { pr } = await agentPull()
    gate.mergeBases.clear()
    for (const sha of [...gate.trees.keys()]) if (sha !== pr.headSha) gate.trees.delete(sha)
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.status).toBe('pass')
    expect(r.verdict.notes.join(' ')).toMatch(/modes before the change are unknown/)
  })

  it('fails closed when the head or the file count moves while the files are read', async () => {
    const { pr } = await agentPull()
    const head = pr.headSha
    gate.filesListed.set(7, () => {
      pr.headSha = 'c'.repeat(40)
    })
    const pushed = await runGate({ fake, db, number: 7 })
    expect(pushed.result.status).toBe('failed')
    expect(pushed.host.failed).toMatch(/The gate could not decide: .*changed while its files were read/)
    expect(pushed.host.outputs.get('gate-verdict')).toBe('fail')

    pr.headSha = head
    gate.filesListed.set(7, () => {
      pr.changedFiles = pr.files.length + 1
    })
    const grown = await runGate({ fake, db, number: 7 })
    expect(grown.result.status).toBe('failed')
    expect(grown.host.failed).toMatch(/changed files 1 → 2/)

    delete pr.changedFiles
    gate.filesListed.clear()
    const steady = await runGate({ fake, db, number: 7 })
    expect(steady.verdict.status).toBe('pass')
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/pulls/{pull_number}')).toHaveLength(6)
  })

  it('fails closed when the tree is truncated', async () => {
    const { pr } = await agentPull()
    gate.trees.get(pr.headSha)!.truncated = true
    const r = await runGate({ fake, db, number: 7 })
    expect(r.result.status).toBe('failed')
    expect(r.host.failed).toMatch(/truncated the tree of the head commit.*gate-source: git/)
  })
})

describe('green CI', () => {
  const withChecks = (checks: string[]) => ({
    ...BASE_CONFIG,
    safetyRails: { ...BASE_CONFIG.safetyRails, requiredChecks: checks }
  })

  it('a required check that is missing is ci-missing', async () => {
    await agentPull({ config: withChecks(['build']) })
    const r = await runGate({ fake, db, number: 7 })
    expect(rules(r.verdict)).toEqual(['ci-missing'])
    expect(r.verdict.violations[0].message).toMatch(/"build" is not on the head commit/)
  })

  it('waits for a pending required check with backoff, and passes when it turns green in time', async () => {
    const { pr } = await agentPull({ config: withChecks(['build']) })
    gate.checkRuns.set(pr.headSha, [
      { id: 1, name: 'build', status: 'in_progress', conclusion: null, runId: 100 }
    ])
    let sleeps = 0
    const r = await runGate({
      fake,
      db,
      number: 7,
      inputs: { 'ci-timeout-minutes': '30' },
      onSleep: () => {
        if (++sleeps === 3)
          gate.checkRuns.set(pr.headSha, [
            { id: 1, name: 'build', status: 'completed', conclusion: 'success', runId: 100 }
          ])
      }
    })
    expect(r.clock.slept).toEqual([10_000, 20_000, 40_000])
    expect(r.verdict.status).toBe('pass')
    expect(r.verdict.ci).toMatchObject({ state: 'success', waitedMs: 70_000 })
  })

  it('reports ci-pending when the timeout runs out, without ever sleeping past it', async () => {
    const { pr } = await agentPull({ config: withChecks(['build']) })
    gate.checkRuns.set(pr.headSha, [{ name: 'build', status: 'queued', conclusion: null, runId: 100 }])
    const r = await runGate({ fake, db, number: 7, inputs: { 'ci-timeout-minutes': '5' } })
    expect(r.clock.slept.reduce((a, b) => a + b, 0)).toBe(5 * 60_000)
    expect(Math.max(...r.clock.slept)).toBeLessThanOrEqual(120_000)
    expect(rules(r.verdict)).toEqual(['ci-pending'])
  })

  it('does not wait at all with ci-timeout-minutes 0', async () => {
    const { pr } = await agentPull({ config: withChecks(['build']) })
    gate.checkRuns.set(pr.headSha, [{ name: 'build', status: 'queued', conclusion: null, runId: 100 }])
    const r = await runGate({ fake, db, number: 7 })
    expect(r.clock.slept).toEqual([])
    expect(rules(r.verdict)).toEqual(['ci-pending'])
  })

  it('a failed check is ci-failed, and a skipped required check is not success', async () => {
    const { pr } = await agentPull({ config: withChecks(['build', 'lint']) })
    gate.checkRuns.set(pr.headSha, [
      { name: 'build', status: 'completed', conclusion: 'failure', runId: 100 },
      { name: 'lint', status: 'completed', conclusion: 'skipped', runId: 100 }
    ])
    const r = await runGate({ fake, db, number: 7, inputs: { 'ci-timeout-minutes': '30' } })
    expect(r.clock.slept).toEqual([])
    expect(r.verdict.violations.map(v => v.rule)).toEqual(['ci-failed', 'ci-failed'])
  })

  it('a job failing in one workflow is not hidden by a job of the same name passing later in another', async () => {
    const { pr } = await agentPull({ config: withChecks(['build']) })
    fake.addWorkflowRun({
      id: 101,
      status: 'completed',
      conclusion: 'success',
      path: '.github/workflows/docs.yml',
      event: 'pull_request'
    })
    gate.checkRuns.set(pr.headSha, [
      // Workflow "CI", job build: failed. Workflow "Docs", job build: passed later (higher id).
      { id: 1, name: 'build', status: 'completed', conclusion: 'failure', runId: 100 },
      { id: 2, name: 'build', status: 'completed', conclusion: 'success', runId: 101 }
    ])
    const required = await runGate({ fake, db, number: 7 })
    expect(rules(required.verdict)).toEqual(['ci-failed'])

    // A re-run within the same suite does replace the failed run.
    gate.checkRuns.set(pr.headSha, [
      { id: 1, name: 'build', status: 'completed', conclusion: 'failure', runId: 100 },
      { id: 3, name: 'build', status: 'completed', conclusion: 'success', runId: 100 },
      { id: 2, name: 'build', status: 'completed', conclusion: 'success', runId: 101 }
    ])
    const rerun = await runGate({ fake, db, number: 7 })
    expect(rerun.verdict.status).toBe('pass')
  })

  it('a required commit status counts like a check run', async () => {
    const { pr } = await agentPull({ config: withChecks(['ci/external']) })
    gate.statuses.set(pr.headSha, [
      { context: 'ci/external', state: 'failure', at: '2026-11-25T10:00:00Z' },
      { context: 'ci/external', state: 'success', at: '2026-11-25T10:10:00Z' }
    ])
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.status).toBe('pass')
  })

  it('zero checks is ci-missing when every check counts', async () => {
    await agentPull({ ci: false })
    const r = await runGate({ fake, db, number: 7 })
    expect(rules(r.verdict)).toEqual(['ci-missing'])
    expect(r.verdict.violations[0].message).toMatch(/cannot mean that nothing ran/)
  })

  it('a lone commit status or another app’s check is ci-missing: no GitHub Actions check run ran', async () => {
    const { pr } = await agentPull({ ci: false })
    gate.statuses.set(pr.headSha, [{ context: 'ci/external', state: 'success', at: '2026-11-25T10:00:00Z' }])
    gate.checkRuns.set(pr.headSha, [
      { name: 'codecov', status: 'completed', conclusion: 'success', appSlug: 'codecov' }
    ])
    const r = await runGate({ fake, db, number: 7 })
    expect(rules(r.verdict)).toEqual(['ci-missing'])
    expect(r.verdict.violations[0].message).toMatch(/no GitHub Actions check run ran/)
  })

  it('a listed check excuses no other: every check that ran must pass', async () => {
    const { pr } = await agentPull({ config: withChecks(['lint']) })
    gate.checkRuns.set(pr.headSha, [
      { name: 'lint', status: 'completed', conclusion: 'success', runId: 100 },
      { name: 'build', status: 'completed', conclusion: 'failure', runId: 100 }
    ])
    const r = await runGate({ fake, db, number: 7 })
    expect(rules(r.verdict)).toEqual(['ci-failed'])
    expect(r.verdict.violations[0].message).toMatch(/"build" failed/)
  })

  it('leaves out the gate’s own checks and runs of check_suite and workflow_run events', async () => {
    const { pr } = await agentPull({ ci: false })
    fake.addWorkflowRun({
      id: 4000,
      status: 'completed',
      conclusion: 'failure',
      path: GATE_WORKFLOW,
      event: 'pull_request_target'
    })
    fake.addWorkflowRun({
      id: OWN_RUN_ID,
      status: 'in_progress',
      path: GATE_WORKFLOW,
      event: 'pull_request_review'
    })
    fake.addWorkflowRun({
      id: 4100,
      status: 'completed',
      conclusion: 'success',
      path: '.github/workflows/nightly.yml',
      event: 'workflow_run'
    })
    fake.addWorkflowRun({
      id: 4200,
      status: 'completed',
      conclusion: 'success',
      path: '.github/workflows/suite.yml',
      event: 'check_suite'
    })
    gate.checkRuns.set(pr.headSha, [
      { name: 'gate', status: 'completed', conclusion: 'failure', runId: 4000 },
      { name: 'gate', status: 'in_progress', conclusion: null, runId: OWN_RUN_ID },
      { name: 'nightly', status: 'completed', conclusion: 'success', runId: 4100 },
      { name: 'suite', status: 'completed', conclusion: 'success', runId: 4200 }
    ])
    const only = await runGate({ fake, db, number: 7 })
    expect(rules(only.verdict)).toEqual(['ci-missing'])
    expect(only.verdict.ci?.excluded.map(e => e.name).sort()).toEqual(['gate', 'gate', 'nightly', 'suite'])

    gate.checkRuns
      .get(pr.headSha)!
      .push({ name: 'test', status: 'completed', conclusion: 'success', runId: 100 })
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.status).toBe('pass')
  })

  it('requireGreenCI false leaves CI out of the verdict', async () => {
    await agentPull({
      ci: false,
      config: {
        ...BASE_CONFIG,
        safetyRails: {
          ...BASE_CONFIG.safetyRails,
          diffCaps: { ...BASE_CONFIG.safetyRails.diffCaps, requireGreenCI: false }
        }
      }
    })
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.status).toBe('pass')
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/commits/{ref}/check-runs')).toHaveLength(0)
  })
})

describe('force pushes', () => {
  it('a force-push after the pull request was opened is force-push', async () => {
    await agentPull()
    gate.timeline.set(7, [{ event: 'head_ref_force_pushed', actor: AGENT, at: '2026-11-25T10:30:00Z' }])
    const r = await runGate({ fake, db, number: 7 })
    expect(rules(r.verdict)).toEqual(['force-push'])
    expect(r.verdict.violations[0].message).toMatch(/force-pushed by "agent-bot\[bot\]"/)
  })
})

describe('reviews', () => {
  const review = (
    pr: PullSeed,
    login: string,
    type: 'User' | 'Bot',
    commitId: string,
    state: 'APPROVED' | 'CHANGES_REQUESTED' = 'APPROVED',
    at = '2026-11-25T11:00:00Z'
  ) => ({
    user: { login, type },
    state,
    commitId,
    submittedAt: at
  })

  it('an approval by the author does not count', async () => {
    const { pr } = await agentPull({ approve: false })
    gate.reviews.set(7, [review(pr, AGENT.login, 'User', pr.headSha)])
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.status).toBe('pending')
    expect(r.verdict.pending.map(p => p.rule)).toEqual(['review-required'])
    expect(r.verdict.violations).toEqual([])
    expect(r.verdict.review?.detail).toMatch(/author/)
    expect(r.result.status).toBe('failed')
    expect(r.host.failed).toMatch(/waiting for: review-required/)
  })

  it('an approval by a bot does not count', async () => {
    const { pr } = await agentPull({ approve: false })
    gate.permissions.set('helper[bot]', 'write')
    gate.reviews.set(7, [review(pr, 'helper[bot]', 'Bot', pr.headSha)])
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.pending.map(p => p.rule)).toEqual(['review-required'])
    expect(r.verdict.review?.detail).toMatch(/a Bot, not a User/)
  })

  it('an approval by another user on an old head does not count', async () => {
    const { pr } = await agentPull({ approve: false })
    gate.reviews.set(7, [review(pr, 'wes', 'User', pr.baseSha)])
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.pending.map(p => p.rule)).toEqual(['review-required'])
    expect(r.verdict.review?.detail).toMatch(/not the current head/)
  })

  it('an approval by another user with write access on the current head counts', async () => {
    const { pr } = await agentPull({ approve: false })
    gate.reviews.set(7, [review(pr, 'wes', 'User', pr.headSha)])
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.status).toBe('pass')
    expect(r.verdict.review?.approvedBy).toBe('wes')
  })

  it('an approval without write access, or followed by a request for changes, does not count', async () => {
    const { pr } = await agentPull({ approve: false })
    gate.reviews.set(7, [
      review(pr, 'rita', 'User', pr.headSha),
      review(pr, 'wes', 'User', pr.headSha, 'APPROVED', '2026-11-25T11:00:00Z'),
      review(pr, 'wes', 'User', pr.headSha, 'CHANGES_REQUESTED', '2026-11-25T11:30:00Z')
    ])
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.pending.map(p => p.rule)).toEqual(['review-required'])
    expect(r.verdict.review?.detail).toMatch(/"rita" has "read" permission/)
    expect(r.verdict.review?.detail).toMatch(/"wes"'s latest review is CHANGES_REQUESTED/)
  })
})

describe('the record and the labels', () => {
  it('labels that disagree with the recorded proposal are metadata-mismatch', async () => {
    await agentPull({ labels: ['self-evolution:type/cleanup', 'self-evolution:risk/0'] })
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.violations.map(v => v.rule)).toEqual(['metadata-mismatch', 'metadata-mismatch'])
    // Type and risk come from the record, never from the labels.
    expect(r.verdict.rails).toMatchObject({ type: 'prompt', riskLevel: 1 })
  })

  it('only labels that are there are compared: a removed label changes nothing, a wrong one is a mismatch', async () => {
    await agentPull({ labels: ['self-evolution:type/prompt'] })
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.status).toBe('pass')
    gate.pulls.get(7)!.labels = ['self-evolution:type/prompt', 'self-evolution:risk/0']
    const wrong = await runGate({ fake, db, number: 7 })
    expect(rules(wrong.verdict)).toEqual(['metadata-mismatch'])
    expect(wrong.host.summary).toContain('`metadata-mismatch`')
  })

  it('a pull request in scope without a record is not-recorded', async () => {
    await agentPull({ record: false })
    const r = await runGate({ fake, db, number: 7 })
    expect(rules(r.verdict)).toEqual(['not-recorded'])
  })

  it('a record of another pull request on the same branch does not match', async () => {
    await agentPull({ record: false })
    await seedAction(db, fake.fullName, { branch: BRANCH, pullRequest: { number: 6 } })
    const r = await runGate({ fake, db, number: 7 })
    expect(rules(r.verdict)).toEqual(['not-recorded'])
    expect(r.verdict.violations[0].message).toMatch(/records pull request #6, not #7/)
  })

  it('the manual label applied by a bot waives nothing', async () => {
    await agentPull({ record: false, labels: [...LABELS, 'self-evolution:manual'] })
    gate.permissions.set('agent-bot[bot]', 'write')
    gate.timeline.set(7, [
      { event: 'labeled', actor: AGENT, label: 'self-evolution:manual', at: '2026-11-25T10:00:00Z' }
    ])
    const r = await runGate({ fake, db, number: 7 })
    expect(rules(r.verdict)).toEqual(['not-recorded'])
    expect(r.verdict.manual).toMatchObject({ waived: false })
    expect(r.verdict.manual.detail).toMatch(/a Bot, not a User/)
  })

  /** The type and risk labels of LABELS, applied by a maintainer. */
  const vouchedMetadata = [
    {
      event: 'labeled' as const,
      actor: MAINTAINER,
      label: 'self-evolution:type/prompt',
      at: '2026-11-25T09:30:00Z'
    },
    {
      event: 'labeled' as const,
      actor: MAINTAINER,
      label: 'self-evolution:risk/1',
      at: '2026-11-25T09:30:00Z'
    }
  ]

  it('the manual label applied by a maintainer waives not-recorded, never the rails', async () => {
    await agentPull({ record: false, labels: [...LABELS, 'self-evolution:manual'] })
    gate.timeline.set(7, [
      { event: 'labeled', actor: AGENT, label: 'self-evolution:manual', at: '2026-11-25T10:00:00Z' },
      { event: 'unlabeled', actor: AGENT, label: 'self-evolution:manual', at: '2026-11-25T10:01:00Z' },
      { event: 'labeled', actor: MAINTAINER, label: 'self-evolution:manual', at: '2026-11-25T10:02:00Z' },
      ...vouchedMetadata
    ])
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.manual).toMatchObject({ waived: true })
    expect(r.verdict.status).toBe('pass')

    // The rails still apply.
    gate.pulls.get(7)!.files.push({
      filename: 'scripts/x.sh',
      status: 'added',
      additions: 1,
      deletions: 0,
      patch: '@@ -0,0 +1 @@\n+x'
    })
    gate.trees
      .get(gate.pulls.get(7)!.headSha)!
      .entries.push({ path: 'scripts/x.sh', mode: '100644', type: 'blob', sha: 'c'.repeat(40) })
    const blocked = await runGate({ fake, db, number: 7 })
    expect(rules(blocked.verdict)).toEqual(['path-not-allowed', 'type-path-mismatch'])
  })

  it('with the manual label, type and risk labels count only as a User with write access last applied them', async () => {
    await agentPull({ record: false, labels: [...LABELS, 'self-evolution:manual'] })
    gate.permissions.set('agent-bot[bot]', 'write')
    gate.timeline.set(7, [
      ...vouchedMetadata,
      { event: 'labeled', actor: MAINTAINER, label: 'self-evolution:manual', at: '2026-11-25T10:00:00Z' },
      // After the waiver: a bot re-applies the type label, a reader the risk label.
      { event: 'unlabeled', actor: AGENT, label: 'self-evolution:type/prompt', at: '2026-11-25T10:05:00Z' },
      { event: 'labeled', actor: AGENT, label: 'self-evolution:type/prompt', at: '2026-11-25T10:06:00Z' },
      {
        event: 'labeled',
        actor: { login: 'rita', type: 'User' },
        label: 'self-evolution:risk/1',
        at: '2026-11-25T10:07:00Z'
      }
    ])
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.manual).toMatchObject({ waived: true })
    expect(rules(r.verdict)).toEqual(['metadata-mismatch'])
    const message = r.verdict.violations[0].message
    expect(message).toMatch(
      /self-evolution:type\/prompt was applied by "agent-bot\[bot\]", a Bot, not a User/
    )
    expect(message).toMatch(/self-evolution:risk\/1 was applied by "rita", whose permission is "read"/)
    expect(r.verdict.rails).toBeNull()

    // Labels on the pull request that the timeline shows no one applying do not count either.
    gate.timeline.set(7, [
      { event: 'labeled', actor: MAINTAINER, label: 'self-evolution:manual', at: '2026-11-25T10:00:00Z' }
    ])
    const unseen = await runGate({ fake, db, number: 7 })
    expect(rules(unseen.verdict)).toEqual(['metadata-mismatch'])
    expect(unseen.verdict.violations[0].message).toMatch(/timeline shows no one applying it/)
  })

  it('the manual label applied by a user without write access waives nothing', async () => {
    await agentPull({ record: false, labels: [...LABELS, 'self-evolution:manual'] })
    gate.timeline.set(7, [
      {
        event: 'labeled',
        actor: { login: 'rita', type: 'User' },
        label: 'self-evolution:manual',
        at: '2026-11-25T10:00:00Z'
      }
    ])
    const r = await runGate({ fake, db, number: 7 })
    expect(rules(r.verdict)).toEqual(['not-recorded'])
    expect(r.verdict.manual.detail).toMatch(/"read", not write access/)
  })

  it('a revert is judged by the rails but exempt from the type paths', async () => {
    const docs = (r: Repo) => r.write('docs/guide.md', '# Guide\n\nRead me again.\n')
    await agentPull({ change: docs, actionType: 'pr' })
    const asPr = await runGate({ fake, db, number: 7 })
    expect(rules(asPr.verdict)).toEqual(['type-path-mismatch'])

    await db.sql`UPDATE self_evolution_actions SET action_type = 'revert'`
    const asRevert = await runGate({ fake, db, number: 7 })
    expect(asRevert.verdict.violations).toEqual([])
    expect(asRevert.verdict.action?.type).toBe('revert')
  })
  it('a revert is exempt from the type paths only on the recorded revert commit', async () => {
    const docs = (r: Repo) => r.write('docs/guide.md', '# Guide\n\nRead me again.\n')
    await agentPull({ change: docs, actionType: 'revert' })
    // Something else was pushed to the revert's branch after the daily run recorded it.
    await db.sql`UPDATE self_evolution_actions SET payload = payload || ${db.sql.json({ headSha: 'b'.repeat(40) })}::jsonb`
    const r = await runGate({ fake, db, number: 7 })
    expect(rules(r.verdict)).toEqual(['type-path-mismatch'])
    expect(r.verdict.notes.join(' ')).toMatch(/judged like any pull request, with the type-path rules/)

    await db.sql`UPDATE self_evolution_actions SET payload = payload - 'headSha'`
    const unrecorded = await runGate({ fake, db, number: 7 })
    expect(rules(unrecorded.verdict)).toEqual(['type-path-mismatch'])
    expect(unrecorded.verdict.notes.join(' ')).toMatch(/none recorded/)
  })
})

describe('scope', () => {
  it('passes another pull request with a notice, without judging it', async () => {
    const repo = repoWith()
    branch(repo, 'feature/docs', r => r.write('scripts/x.sh', 'x\n'))
    seedPullFromGit(fake, gate, {
      dir: repo.dir,
      number: 9,
      base: 'main',
      head: 'feature/docs',
      author: { login: 'alice', type: 'User' }
    })
    const r = await runGate({ fake, db, number: 9 })
    expect(r.verdict.status).toBe('out-of-scope')
    expect(r.result.status).toBe('success')
    expect(r.host.lines.some(l => l.level === 'notice' && /not the agent's/.test(l.text))).toBe(true)
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files')).toHaveLength(0)
    expect(await listEvents(db.sql, { kind: 'pr-gate' })).toEqual([])

    // Closing it needs no database either.
    Object.assign(gate.pulls.get(9)!, { state: 'closed', merged: true, mergeCommitSha: 'f'.repeat(40) })
    const closed = await runGate({ fake, db, number: 9, action: 'closed' })
    expect(closed.verdict.status).toBe('merged')
    expect(closed.result.status).toBe('success')
    expect(await listEvents(db.sql, { kind: 'pr-gate' })).toEqual([])
  })

  it('a commit authored by an agent login brings a pull request into scope', async () => {
    const repo = repoWith()
    branch(repo, 'feature/docs', r => r.write('docs/guide.md', 'x\n'))
    seedPullFromGit(fake, gate, {
      dir: repo.dir,
      number: 9,
      base: 'main',
      head: 'feature/docs',
      author: { login: 'alice', type: 'User' },
      commitAuthor: AGENT
    })
    const r = await runGate({ fake, db, number: 9 })
    expect(r.verdict.scope.inScope).toBe(true)
    expect(rules(r.verdict)).toContain('not-recorded')
  })

  it('scope: all gates every pull request', async () => {
    const repo = repoWith()
    branch(repo, 'feature/docs', r => r.write('docs/guide.md', 'x\n'))
    seedPullFromGit(fake, gate, {
      dir: repo.dir,
      number: 9,
      base: 'main',
      head: 'feature/docs',
      author: { login: 'alice', type: 'User' }
    })
    const r = await runGate({ fake, db, number: 9, inputs: { scope: 'all' } })
    expect(r.verdict.scope.reasons[0]).toMatch(/scope is "all"/)
    expect(rules(r.verdict)).toContain('not-recorded')
  })
})

describe('the config that judges', () => {
  it('is the base branch’s: a pull request that loosens it is config-loosened, and judged by the old rules', async () => {
    const loosened = {
      ...BASE_CONFIG,
      safetyRails: { ...BASE_CONFIG.safetyRails, allowedPaths: ['**'], maxRiskLevel: 3 }
    }
    await agentPull({
      change: r => {
        r.write('.github/self-evolution-config.json', JSON.stringify(loosened))
        r.write('scripts/x.sh', 'x\n')
      },
      labels: ['self-evolution:type/cleanup', 'self-evolution:risk/1']
    })
    await db.sql`UPDATE self_evolution_proposals SET type = 'cleanup'`
    const r = await runGate({ fake, db, number: 7 })
    expect(rules(r.verdict)).toEqual(['config-loosened', 'path-not-allowed'])
    const contents = fake.requestsTo('GET', '/repos/{owner}/{repo}/contents/{path+}')
    expect(contents.map(c => c.query.ref)).toEqual([gate.pulls.get(7)!.baseSha])
  })
})

describe('merges', () => {
  it('a merged pull request moves its action to merged with the merge SHA, once', async () => {
    const { actionId } = await agentPull()
    Object.assign(gate.pulls.get(7)!, { state: 'closed', merged: true, mergeCommitSha: 'd'.repeat(40) })
    const r = await runGate({ fake, db, number: 7, action: 'closed' })
    expect(r.verdict.status).toBe('merged')
    expect(r.result.status).toBe('success')
    const a = await getAction(db.sql, actionId!)
    expect(a).toMatchObject({
      status: 'merged',
      payload: expect.objectContaining({ mergeSha: 'd'.repeat(40) })
    })
    const again = await runGate({ fake, db, number: 7, action: 'closed' })
    expect(again.verdict.notes.join(' ')).toMatch(/already merged/)
    expect((await listEvents(db.sql, { kind: 'pr-gate' })).map(e => e.reason)).toEqual(['merged', 'merged'])
    expect(fake.writes()).toEqual([])
  })

  it('a pull request closed without a merge moves its action to closed', async () => {
    const { actionId } = await agentPull()
    Object.assign(gate.pulls.get(7)!, { state: 'closed', merged: false })
    const r = await runGate({ fake, db, number: 7, action: 'closed' })
    expect(r.verdict.status).toBe('closed')
    expect((await getAction(db.sql, actionId!))?.status).toBe('closed')
  })

  it('closed, reopened and merged: the action is submitted again on reopening, then merged with its SHA', async () => {
    const { actionId } = await agentPull()
    Object.assign(gate.pulls.get(7)!, { state: 'closed', merged: false })
    await runGate({ fake, db, number: 7, action: 'closed' })
    expect((await getAction(db.sql, actionId!))?.status).toBe('closed')

    Object.assign(gate.pulls.get(7)!, { state: 'open', merged: false })
    const reopened = await runGate({ fake, db, number: 7, action: 'reopened' })
    expect(reopened.verdict.status).toBe('pass')
    expect(reopened.verdict.action?.status).toBe('submitted')
    expect((await getAction(db.sql, actionId!))?.status).toBe('submitted')

    Object.assign(gate.pulls.get(7)!, { state: 'closed', merged: true, mergeCommitSha: 'e'.repeat(40) })
    await runGate({ fake, db, number: 7, action: 'closed' })
    expect(await getAction(db.sql, actionId!)).toMatchObject({
      status: 'merged',
      payload: expect.objectContaining({ mergeSha: 'e'.repeat(40) })
    })
  })

  it('a merge is recorded even when the reopening that preceded it went unseen', async () => {
    const { actionId } = await agentPull()
    await db.sql`UPDATE self_evolution_actions SET status = 'closed'`
    Object.assign(gate.pulls.get(7)!, { state: 'closed', merged: true, mergeCommitSha: 'e'.repeat(40) })
    const r = await runGate({ fake, db, number: 7, action: 'closed' })
    expect(r.verdict.status).toBe('merged')
    expect(await getAction(db.sql, actionId!)).toMatchObject({
      status: 'merged',
      payload: expect.objectContaining({ mergeSha: 'e'.repeat(40) })
    })
  })

  it('a fork’s branch of the recorded name is not the action: closing it updates nothing', async () => {
    const { pr } = await agentPull({ record: false })
    const actionId = await seedAction(db, fake.fullName, { branch: BRANCH, headSha: pr.headSha })
    Object.assign(gate.pulls.get(7)!, {
      state: 'closed',
      merged: true,
      mergeCommitSha: 'e'.repeat(40),
      headRepo: 'mallory/fork'
    })
    const fork = await runGate({ fake, db, number: 7, action: 'closed' })
    expect(fork.verdict.notes.join(' ')).toMatch(/No recorded action for pull request #7/)
    expect(await getAction(db.sql, actionId)).toMatchObject({ status: 'submitted' })
    expect((await getAction(db.sql, actionId))?.payload.mergeSha).toBeUndefined()

    // The same branch in the repository itself is the action.
    delete gate.pulls.get(7)!.headRepo
    await runGate({ fake, db, number: 7, action: 'closed' })
    expect(await getAction(db.sql, actionId)).toMatchObject({ status: 'merged' })
  })

  it('trusts the API over a stale payload: a "closed" event for a reopened pull request is judged', async () => {
    await agentPull()
    const r = await runGate({ fake, db, number: 7, action: 'closed' })
    expect(r.verdict.status).toBe('pass')
  })
})

describe('events', () => {
  it('refuses pull_request: the workflow must be pull_request_target', async () => {
    await agentPull()
    const r = await runGate({ fake, db, number: 7, event: 'pull_request' })
    expect(r.result.status).toBe('failed')
    expect(r.host.failed).toMatch(/must run on "pull_request_target"/)
    expect(fake.requests).toHaveLength(0)
  })

  it('refuses any other event with a clear error', async () => {
    const r = await runGate({ fake, db, number: 7, event: 'push' })
    expect(r.host.failed).toMatch(/the event "push"; expected pull_request_target or pull_request_review/)
  })

  it('judges on pull_request_review', async () => {
    await agentPull()
    const r = await runGate({ fake, db, number: 7, event: 'pull_request_review', action: 'submitted' })
    expect(r.verdict.status).toBe('pass')
  })

  it('fails closed when GitHub cannot answer', async () => {
    await agentPull()
    fake.failNext('/repos/{owner}/{repo}/pulls/{pull_number}/reviews', 404, { times: 1 })
    const r = await runGate({ fake, db, number: 7 })
    expect(r.result.status).toBe('failed')
    expect(r.host.failed).toMatch(/The gate could not decide/)
    expect(r.host.outputs.get('gate-verdict')).toBe('fail')
  })
})
