/**
 * The git source of the gate on real repositories: the same verdict as
 * `self-evolution check --git base...head`, the same rails verdict as the API source, and a
 * hostile pull request (hooks, .gitattributes, package.json scripts, a modified dist/, git
 * configuration on the machine that would run commands) that changes nothing but the verdict.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run as checkCommand } from '../../../src/cli/commands/check.js'
import type { CliIO } from '../../../src/cli/io.js'
import { createTestDatabase, type TestDatabase } from '../../__fixtures__/db.js'
import { useGitHubFake } from '../../__fixtures__/github-fake.js'
import { seedPullFromGit, type GateFakeState } from '../../__fixtures__/github-fake-gate.js'
import type { Repo } from '../../policy/git-fixture.js'
import { baseRepo, branch, installGateFake, resetGateFake, runGate, seedAction } from './harness.js'

const AGENT = { login: 'agent-bot[bot]', type: 'Bot' as const }
const BRANCH = 'self-evolution/mixed'
const LABELS = ['self-evolution:type/prompt', 'self-evolution:risk/1']

const fake = useGitHubFake({ keepData: true })
let gate: GateFakeState
let db: TestDatabase
const cleanups: Array<() => void> = []

beforeAll(() => {
  gate = installGateFake(fake)
})
afterAll(async () => {
  for (const c of cleanups) c()
})
beforeEach(async () => {
  db = await createTestDatabase()
  resetGateFake(gate, { maya: 'maintain' })
})
afterEach(async () => {
  await db.close()
})

/** Seed pull request #11 for `main...BRANCH`: recorded, labelled, approved, CI green. */
async function seed(repo: Repo) {
  const pr = seedPullFromGit(fake, gate, {
    dir: repo.dir,
    number: 11,
    base: 'main',
    head: BRANCH,
    author: AGENT,
    labels: LABELS
  })
  await seedAction(db, fake.fullName, { branch: BRANCH, pullRequest: { number: 11 } })
  gate.reviews.set(11, [
    {
      user: { login: 'maya', type: 'User' },
      state: 'APPROVED',
      commitId: pr.headSha,
      submittedAt: '2026-11-25T11:00:00Z'
    }
  ])
  gate.checkRuns.set(pr.headSha, [{ name: 'test', status: 'completed', conclusion: 'success', runId: 100 }])
  return pr
}

async function check(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: t => (stdout += t),
    stderr: t => (stderr += t),
    env: {},
    cwd,
    now: () => new Date('2026-11-25T12:00:00Z')
  }
  const code = await checkCommand(argv, io)
  return { code, stdout, stderr }
}

function repo(): Repo {
  const r = baseRepo()
  cleanups.push(() => r.cleanup())
  return r
}

/** A change that trips many rails at once, on a branch that also moved main on. */
function mixedChange(r: Repo) {
  r.write('packages/agent/src/prompts/greeting.md', 'Hello there.\nBe kind.\nAKIAABCDEFGHIJKLMNOP\n')
  r.git(['mv', 'docs/guide.md', 'packages/agent/src/prompts/guide.md'])
  r.write('packages/agent/src/prompts/pixel.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))
  r.link('packages/agent/src/prompts/escape.md', '../../../../.env')
  r.write('.github/workflows/own.yml', 'on: push\n')
  r.write('scripts/deploy.sh', 'echo deploy\n')
  r.write(
    '.github/self-evolution-config.json',
    JSON.stringify({ version: '1.0.0', enabled: true, safetyRails: { maxRiskLevel: 3 } })
  )
}

describe('the git source', () => {
  it('gives the same verdict as `self-evolution check --git base...head`', async () => {
    const r = repo()
    branch(r, BRANCH, mixedChange)
    // main moves on after the branch: base...head judges from the merge base, as a PR shows it.
    r.write('docs/later.md', 'later\n')
    r.commit('main moves on')
    await seed(r)

    const g = await runGate({ fake, db, number: 11, repo: r, inputs: { 'gate-source': 'git' } })
    expect(g.verdict.source).toBe('git')
    const cli = await check(['--git', `main...${BRANCH}`, '--type', 'prompt', '--risk', '1', '--json'], r.dir)
    expect(cli.code).toBe(1)
    const judged = JSON.parse(cli.stdout).proposals[0]
    expect(g.verdict.violations).toEqual(judged.violations)
    expect(g.verdict.rails?.stats).toEqual(judged.stats)
    // Every kind of rail fired, so the comparison above is not vacuous.
    expect([...new Set(g.verdict.violations.map(v => v.rule))].sort()).toEqual([
      'binary-file',
      'blocked-path',
      'config-loosened',
      'path-not-allowed',
      'secret-in-content',
      'symlink',
      'type-path-mismatch'
    ])
    expect(fake.writes()).toEqual([])
    // Reading git never used the files API.
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files')).toHaveLength(0)
  })

  it('and the API source agrees with it on the same change', async () => {
    const r = repo()
    branch(r, BRANCH, mixedChange)
    await seed(r)
    const api = await runGate({ fake, db, number: 11 })
    const git = await runGate({ fake, db, number: 11, repo: r, inputs: { 'gate-source': 'git' } })
    expect(api.verdict.source).toBe('api')
    expect(api.verdict.violations).toEqual(git.verdict.violations)
    expect(api.verdict.rails?.stats).toEqual(git.verdict.rails?.stats)
  })

  it('fails closed when the head cannot be fetched', async () => {
    const r = repo()
    branch(r, BRANCH, mixedChange)
    const pr = await seed(r)
    gate.pulls.get(11)!.headSha = 'e'.repeat(40)
    gate.checkRuns.set('e'.repeat(40), gate.checkRuns.get(pr.headSha)!)
    const g = await runGate({ fake, db, number: 11, repo: r, inputs: { 'gate-source': 'git' } })
    expect(g.result.status).toBe('failed')
    expect(g.host.failed).toMatch(/could not decide: git fetch failed/)
  })
})

describe('a hostile pull request', () => {
  const saved = { ...process.env }
  afterEach(() => {
    for (const k of [
      'GIT_CONFIG_GLOBAL',
      'GIT_EXTERNAL_DIFF',
      'GIT_CONFIG_COUNT',
      'GIT_CONFIG_KEY_0',
      'GIT_CONFIG_VALUE_0'
    ])
      if (saved[k] === undefined) delete process.env[k]
      else process.env[k] = saved[k]
  })

  it('changes nothing about the gate but its verdict: no hook, filter, script or dist/ code runs', async () => {
    const work = mkdtempSync(join(tmpdir(), 'se-hostile-'))
    cleanups.push(() => rmSync(work, { recursive: true, force: true }))
    const marker = join(work, 'PWNED')
    const touch = `#!/bin/sh\necho pwned > '${marker}'\n`
    const r = repo()
    branch(r, BRANCH, h => {
      h.write('packages/agent/src/prompts/greeting.md', 'Hello there.\n')
      for (const hook of [
        '.githooks/post-checkout',
        '.githooks/pre-commit',
        '.husky/pre-push',
        'hooks/post-merge'
      ]) {
        h.write(hook, touch)
        chmodSync(join(h.dir, hook), 0o755)
      }
      h.write('.gitattributes', '* filter=evil diff=evil merge=evil\n*.md -diff\n')
      h.write(
        'package.json',
        JSON.stringify({
          name: 'x',
          scripts: { preinstall: `touch ${marker}`, postinstall: `touch ${marker}`, test: `touch ${marker}` }
        })
      )
      h.write('dist/main/index.js', `require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned')\n`)
      h.write('dist/main/package.json', '{"type":"commonjs"}\n')
      h.write('.gitmodules', '[submodule "x"]\n\tpath = x\n\turl = ext::sh -c touch% /tmp/pwned\n')
    })
    await seed(r)

    // Git configuration on the machine that would run commands if git honoured it.
    const evil = join(work, 'evil.sh')
    writeFileSync(evil, touch, { mode: 0o755 })
    const hooksDir = join(work, 'hooks')
    mkdirSync(hooksDir)
    for (const hook of ['post-checkout', 'pre-commit', 'post-merge', 'reference-transaction', 'pre-push'])
      writeFileSync(join(hooksDir, hook), touch, { mode: 0o755 })
    const evilConfig = join(work, 'gitconfig')
    writeFileSync(
      evilConfig,
      [
        '[filter "evil"]',
        `\tclean = sh -c 'touch ${marker}'`,
        `\tsmudge = sh -c 'touch ${marker}'`,
        '[diff "evil"]',
        `\ttextconv = sh -c 'touch ${marker}'`,
        `\tcommand = sh -c 'touch ${marker}'`,
        '[core]',
        `\thooksPath = ${hooksDir}`,
        `\tfsmonitor = ${evil}`,
        ''
      ].join('\n')
    )
    process.env.GIT_CONFIG_GLOBAL = evilConfig
    process.env.GIT_EXTERNAL_DIFF = evil

    const viaGit = await runGate({ fake, db, number: 11, repo: r, inputs: { 'gate-source': 'git' } })
    const viaApi = await runGate({ fake, db, number: 11 })
    expect(existsSync(marker)).toBe(false)
    for (const v of [viaGit, viaApi]) {
      expect(v.verdict.status).toBe('fail')
      expect(v.result.status).toBe('failed')
      const blocked = v.verdict.violations.filter(x => x.rule === 'blocked-path').map(x => x.path)
      expect(blocked.sort()).toEqual(
        [
          '.gitattributes',
          '.gitmodules',
          'dist/main/index.js',
          'dist/main/package.json',
          'package.json'
        ].sort()
      )
      expect(v.verdict.violations.filter(x => x.rule === 'path-not-allowed').map(x => x.path)).toEqual(
        expect.arrayContaining(['.githooks/post-checkout', '.husky/pre-push', 'hooks/post-merge'])
      )
    }
    expect(viaGit.verdict.violations).toEqual(viaApi.verdict.violations)
    expect(fake.writes()).toEqual([])

    // The control: the same change read by a git that honours the machine's configuration and
    // the repository's attributes runs the attacker's command, so the test above could fail.
    // (env is passed explicitly: under jest, a child's default environment is not this process.env.)
    execFileSync('git', ['diff', `main...${BRANCH}`], { cwd: r.dir, env: process.env, stdio: 'ignore' })
    expect(existsSync(marker)).toBe(true)
  })
})
