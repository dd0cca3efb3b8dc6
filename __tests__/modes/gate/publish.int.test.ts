/**
 * The verdict published as the App's check run (input checks-token): main as the runner runs it,
 * GitHub served by the local fake (real HTTP), a real database, real git repositories.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { VERDICT_CHECK_NAME } from '../../../src/modes/gate/publish.js'
import { createTestDatabase, type TestDatabase } from '../../__fixtures__/db.js'
import {
  FAKE_CHECKS_APP,
  GITHUB_ACTIONS_APP,
  useGitHubFake,
  type PostedCheckRun
} from '../../__fixtures__/github-fake.js'
import { seedPullFromGit, type GateFakeState, type PullSeed } from '../../__fixtures__/github-fake-gate.js'
import type { Repo } from '../../policy/git-fixture.js'
import {
  OWN_RUN_ID,
  baseRepo,
  branch,
  installGateFake,
  resetGateFake,
  runGate,
  seedAction
} from './harness.js'

const AGENT = { login: 'agent-bot[bot]', type: 'Bot' as const }
const MAINTAINER = { login: 'maya', type: 'User' as const }
const BRANCH = 'self-evolution/greeting'
const LABELS = ['self-evolution:type/prompt', 'self-evolution:risk/1']
const CHECKS_TOKEN = 'ghs_verdict_app_token'
const CHECKS = { 'checks-token': CHECKS_TOKEN }

const fake = useGitHubFake({ keepData: true })
let gate: GateFakeState
let db: TestDatabase
const repos: Repo[] = []

beforeAll(() => {
  gate = installGateFake(fake)
})
afterAll(() => {
  for (const r of repos) r.cleanup()
})
beforeEach(async () => {
  db = await createTestDatabase()
  resetGateFake(gate, { maya: 'maintain' })
  fake.state.checkRunApp = FAKE_CHECKS_APP
})
afterEach(async () => {
  await db.close()
})

/** The agent's pull request #7, recorded, approved and green unless told otherwise. */
async function agentPull(
  opts: { change?: (r: Repo) => void; approve?: boolean; title?: string } = {}
): Promise<PullSeed> {
  const repo = baseRepo()
  repos.push(repo)
  branch(
    repo,
    BRANCH,
    opts.change ?? (r => r.write('packages/agent/src/prompts/greeting.md', 'Hi.\nBe kind.\n'))
  )
  const pr = seedPullFromGit(fake, gate, {
    dir: repo.dir,
    number: 7,
    base: 'main',
    head: BRANCH,
    author: AGENT,
    labels: LABELS,
    title: opts.title
  })
  await seedAction(db, fake.fullName, {
    branch: BRANCH,
    headSha: pr.headSha,
    pullRequest: { number: 7, url: `https://github.com/${fake.fullName}/pull/7` }
  })
  if (opts.approve !== false)
    gate.reviews.set(7, [
      { user: MAINTAINER, state: 'APPROVED', commitId: pr.headSha, submittedAt: '2026-11-25T11:00:00Z' }
    ])
  gate.checkRuns.set(pr.headSha, [{ name: 'test', status: 'completed', conclusion: 'success', runId: 100 }])
  return pr
}

/** Every write the run made; each must be a check run made with the checks token. */
function onlyCheckWrites(): PostedCheckRun[] {
  for (const w of fake.writes()) {
    expect(`${w.method} ${w.path}`).toBe(`POST /repos/${fake.fullName}/check-runs`)
    expect(w.headers.authorization).toMatch(new RegExp(`^(token|bearer) ${CHECKS_TOKEN}$`, 'i'))
  }
  return fake.postedCheckRuns()
}

/** The gate's own token only ever read. */
function readTokenOnlyRead(): void {
  const withReadToken = fake.requests.filter(r => /gate-token$/.test(r.headers.authorization ?? ''))
  expect(withReadToken.length).toBeGreaterThan(0)
  expect(withReadToken.filter(r => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([])
}

describe('the verdict as the App check run', () => {
  it('pass: success on the head SHA, with the checks token, a title, a summary and the logs', async () => {
    const pr = await agentPull()
    const r = await runGate({ fake, db, number: 7, inputs: CHECKS })
    expect(r.verdict.status).toBe('pass')
    expect(r.result.status).toBe('success')
    const posted = onlyCheckWrites()
    expect(posted).toHaveLength(1)
    const body = posted[0].body
    expect(body).toMatchObject({
      name: VERDICT_CHECK_NAME,
      head_sha: pr.headSha,
      status: 'completed',
      conclusion: 'success',
      details_url: `https://github.com/${fake.fullName}/actions/runs/${OWN_RUN_ID}/attempts/1`,
      external_id: `self-evolution-gate-pr-7-run-${OWN_RUN_ID}-1`
    })
    const output = body.output as { title: string; summary: string }
    expect(output.title).toMatch(/passed/)
    expect(output.summary).toContain('pull request #7 passed')
    expect(output.summary).toContain(`/actions/runs/${OWN_RUN_ID}/attempts/1`)
    expect(posted[0].token).toBe(CHECKS_TOKEN)
    readTokenOnlyRead()
    expect(
      r.host.lines.some(l => /Published the check run "self-evolution\/verdict" \(success\)/.test(l.text))
    ).toBe(true)
    expect(r.host.summary).toMatch(/Published the check run/)
  })

  it('fail: failure, the rule ids in the title, and the job fails', async () => {
    await agentPull({ change: r => r.write('scripts/run.sh', 'echo hi\n') })
    const r = await runGate({ fake, db, number: 7, inputs: CHECKS })
    expect(r.verdict.status).toBe('fail')
    expect(r.host.failed).toMatch(/blocked pull request #7/)
    const [posted] = onlyCheckWrites()
    expect(posted.body.conclusion).toBe('failure')
    expect((posted.body.output as { title: string }).title).toMatch(
      /^Blocked: \d+ violation\(s\) \(.*path-not-allowed/
    )
  })

  it('pending: action_required, which no ruleset counts as passing, and the job fails', async () => {
    await agentPull({ approve: false })
    const r = await runGate({ fake, db, number: 7, inputs: CHECKS })
    expect(r.verdict.status).toBe('pending')
    expect(r.result.status).toBe('failed')
    const [posted] = onlyCheckWrites()
    expect(posted.body).toMatchObject({ status: 'completed', conclusion: 'action_required' })
    expect((posted.body.output as { title: string }).title).toBe('Waiting for: review-required')
  })

  it('out of scope: neutral, so a person’s pull request is not blocked, and it says it was not judged', async () => {
    const repo = baseRepo()
    repos.push(repo)
    branch(repo, 'feature/docs', r => r.write('scripts/x.sh', 'x\n'))
    const pr = seedPullFromGit(fake, gate, {
      dir: repo.dir,
      number: 9,
      base: 'main',
      head: 'feature/docs',
      author: { login: 'alice', type: 'User' }
    })
    const r = await runGate({ fake, db, number: 9, inputs: CHECKS })
    expect(r.verdict.status).toBe('out-of-scope')
    expect(r.result.status).toBe('success')
    const [posted] = onlyCheckWrites()
    expect(posted.body).toMatchObject({ head_sha: pr.headSha, conclusion: 'neutral' })
    expect((posted.body.output as { title: string }).title).toMatch(/not judged/)
  })

  it('a closed pull request publishes nothing', async () => {
    await agentPull()
    Object.assign(gate.pulls.get(7)!, { state: 'closed', merged: false })
    const r = await runGate({ fake, db, number: 7, action: 'closed', inputs: CHECKS })
    expect(r.verdict.status).toBe('closed')
    expect(fake.writes()).toEqual([])
    expect(r.host.summary).toMatch(/no check run is published/)
  })

  it('a re-run publishes a new check run that supersedes, and the earlier verdict never counts as CI', async () => {
    const pr = await agentPull({ approve: false })
    const first = await runGate({ fake, db, number: 7, inputs: CHECKS })
    expect(first.verdict.status).toBe('pending')
    gate.reviews.set(7, [
      { user: MAINTAINER, state: 'APPROVED', commitId: pr.headSha, submittedAt: '2026-11-25T11:30:00Z' }
    ])
    const second = await runGate({
      fake,
      db,
      number: 7,
      event: 'pull_request_review',
      action: 'submitted',
      inputs: CHECKS
    })
    expect(second.verdict.status).toBe('pass')
    expect(second.verdict.ci?.state).toBe('success')
    expect(second.verdict.ci?.excluded).toEqual(
      expect.arrayContaining([{ name: VERDICT_CHECK_NAME, why: "the gate's own verdict check run" }])
    )
    const posted = onlyCheckWrites()
    expect(posted.map(p => p.body.conclusion)).toEqual(['action_required', 'success'])
    expect(posted.every(p => p.body.head_sha === pr.headSha)).toBe(true)
  })
})

describe('without the checks token', () => {
  it('posts nothing, judges as before, and says in one line that the verdict is not published', async () => {
    await agentPull()
    const r = await runGate({ fake, db, number: 7 })
    expect(r.verdict.status).toBe('pass')
    expect(fake.writes()).toEqual([])
    const said = r.host.lines.filter(l => /not published as an App check run/.test(l.text))
    expect(said).toHaveLength(1)
    expect(said[0].level).toBe('notice')
    expect(r.host.summary).toMatch(/not published as an App check run/)
  })
})

describe('a publication that fails', () => {
  it.each([403, 500])('fails the job with a sentence when GitHub answers %i', async status => {
    await agentPull()
    fake.failNext('/repos/{owner}/{repo}/check-runs', status, { method: 'POST', times: 10 })
    const r = await runGate({ fake, db, number: 7, inputs: CHECKS })
    expect(r.verdict.status).toBe('pass')
    expect(r.result.status).toBe('failed')
    expect(r.host.outputs.get('status')).toBe('failed')
    expect(r.host.failed).toMatch(
      /^The gate could not publish the check run "self-evolution\/verdict" \(success\) on [0-9a-f]{12} on pull request #7, so the job fails/
    )
    expect(r.host.failed).toContain(String(status))
    expect(JSON.stringify([r.host.lines, r.host.summary])).not.toContain(CHECKS_TOKEN)
  })

  it('fails the job when GitHub Actions, not an App, made the check run (a GITHUB_TOKEN given as checks-token)', async () => {
    await agentPull()
    fake.state.checkRunApp = GITHUB_ACTIONS_APP
    const r = await runGate({ fake, db, number: 7, inputs: CHECKS })
    expect(r.result.status).toBe('failed')
    expect(r.host.failed).toMatch(/made by GitHub Actions, not a GitHub App: input "checks-token" must be/)
  })

  it('a gate that cannot decide publishes a failure on the head, so no earlier green stands', async () => {
    const pr = await agentPull()
    fake.failNext('/repos/{owner}/{repo}/pulls/{pull_number}/reviews', 404, { times: 1 })
    const r = await runGate({ fake, db, number: 7, inputs: CHECKS })
    expect(r.host.failed).toMatch(/The gate could not decide/)
    const [posted] = onlyCheckWrites()
    expect(posted.body).toMatchObject({ head_sha: pr.headSha, conclusion: 'failure' })
    expect((posted.body.output as { title: string }).title).toBe('The gate could not decide')
  })
})

describe('hostile text in the check run', () => {
  it('is escaped in the summary and kept out of the title', async () => {
    const title =
      '<img src=x onerror=alert(1)> @everyone [click](https://evil.example) ::error::x <script>alert(1)</script>'
    await agentPull({
      title,
      change: r => r.write('scripts/[x](https:evil.example)<img src=x onerror=alert(1)>.sh', 'x\n')
    })
    const r = await runGate({ fake, db, number: 7, inputs: CHECKS })
    expect(r.verdict.status).toBe('fail')
    const [posted] = onlyCheckWrites()
    const output = posted.body.output as { title: string; summary: string }
    expect(output.summary).not.toMatch(/<img|<script|\]\(https|@everyone|onerror=alert\(1\)>/)
    expect(output.summary).toContain('&#64;everyone')
    expect(output.title).not.toMatch(/img|everyone|evil|script/)
    expect(output.summary.length).toBeLessThanOrEqual(65_535)
  })
})
