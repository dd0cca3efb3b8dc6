/**
 * `self-evolution demo` (npm start) runs the whole loop: a real run through the CLI's dispatcher,
 * twice in a row in the same folder (each run starts from scratch), with the example agent run as a
 * real child process through the command engine. Checked: the story (insights, the agent's rounds,
 * the diffstat, the verdict, the files), the --json summary, and the scratch database's rows. Also
 * the blocked-examples demo behind its flag, the seeded history and the story's pure parts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runCli, type CliResult } from '../__fixtures__/cli.js'
import { openDatabase } from '../../src/db/client.js'
import { proposalsFileSchema } from '../../src/policy/proposals-file.js'
import { DEMO_REPOSITORY, demoHistory } from '../../src/cli/demo-history.js'
import { agentUser, demoStory, diffStat, diffStatLines } from '../../src/cli/demo-story.js'
import type { DemoLoopResult } from '../../src/cli/demo-loop.js'

const EXAMPLES = resolve('examples')
const NOW = new Date('2026-12-07T09:30:00Z')
const TODAY = '2026-12-07'
const root = mkdtempSync(join(tmpdir(), 'se-demo-loop-'))
const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
const repo = join(root, '.self-evolution', 'demo', 'repo')
afterAll(() => rmSync(root, { recursive: true, force: true }))

const demo = (...args: string[]) =>
  runCli(['demo', '--examples', EXAMPLES, ...args], {
    cwd: root,
    now: () => NOW,
    env: { PATH: process.env.PATH }
  })

type Rows = {
  run: { id: number; status: string; runDate: string; agentRounds: number | null }
  proposals: Array<{ title: string; allowlisted: boolean; type: string }>
  reflections: Array<{ source: string; sha256: string }>
  seeded: number
}

/** The scratch database's rows for today's run (the database is closed between the CLI's runs). */
async function rows(): Promise<Rows> {
  const db = await openDatabase({ cwd: repo })
  try {
    const [run] = await db.sql<Rows['run'][]>`
      SELECT id, status, run_date::text AS "runDate", (metrics->'agent'->>'rounds')::int AS "agentRounds"
      FROM self_evolution_runs
      WHERE repository = ${DEMO_REPOSITORY} AND run_date = ${TODAY}::date`
    const proposals = await db.sql<Rows['proposals']>`
      SELECT title, allowlisted, type FROM self_evolution_proposals WHERE run_id = ${run.id}`
    const reflections = await db.sql<Rows['reflections']>`
      SELECT source, sha256 FROM self_evolution_reflections WHERE run_id = ${run.id}`
    const [{ n }] = await db.sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM self_evolution_runs WHERE metrics->>'seeded' = 'demo'`
    return { run, proposals, reflections, seeded: n }
  } finally {
    await db.close()
  }
}

describe('npm start: the whole loop, twice in a row', () => {
  let first: CliResult
  let firstRows: Rows
  let second: CliResult
  let secondRows: Rows
  const ms: number[] = []
  beforeAll(async () => {
    // An adopter's repository, with one commit: the demo must leave it clean.
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: GIT_ENV })
    git('init', '-q', '-b', 'main')
    writeFileSync(join(root, 'notes.md'), '# Notes\n')
    git('add', '.')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init')
    let t0 = Date.now()
    first = await demo()
    ms.push(Date.now() - t0)
    firstRows = await rows()
    t0 = Date.now()
    second = await demo('--json')
    ms.push(Date.now() - t0)
    secondRows = await rows()
    process.stderr.write(`demo loop: ${ms.join(' ms, ')} ms\n`)
  }, 170_000)

  it('tells the story: insights, the rounds, the diffstat, the verdict and the files', () => {
    expect(first.code).toBe(0)
    const story = first.stdout.slice(first.stdout.indexOf('===== The story ====='))
    expect(story).toContain('14 days of history in the scratch embedded database')
    expect(story).toMatch(/3\. plan: claimed run \d+ and wrote its reflection/)
    expect(story).toContain("PR #23 'A shorter greeting' was reverted after 'test' failed")
    expect(story).toContain('1 of the last 9 proposals was blocked by risk-too-high (limit 2).')
    expect(story).toContain('  Round 1: blocked by max-files (limit 2 files)')
    expect(story).toContain('  Round 2: allowed.')
    expect(story).toMatch(
      /Its change: "Fix \d+ misspellings in docs\/guide\/troubleshooting\.md" \(cleanup, risk 0\)/
    )
    expect(story).toMatch(/docs\/guide\/troubleshooting\.md \| \+\d+ -\d+\n\s+1 file changed/)
    expect(story).toMatch(/Verdict: 1 allowed, 0 blocked; run \d+ recorded success\./)
    for (const file of ['reflection.json', 'proposals.json', 'run.json, proposals.json, report.md'])
      expect(story).toContain(file)
    // The agent ran as a user of its own when the test is root, else as the shared user, and says so.
    if (process.getuid?.() === 0) expect(story).toContain('It ran as the user self-evolution-demo')
    else expect(story).toContain('agent.acceptSharedUser: true')
  })

  it('records the run: success, the agent block with 2 rounds, one allowed proposal, the rails reflection', () => {
    expect(firstRows.run).toMatchObject({ status: 'success', runDate: TODAY, agentRounds: 2 })
    expect(firstRows.proposals).toEqual([
      expect.objectContaining({
        allowlisted: true,
        type: 'cleanup',
        title: expect.stringMatching(/^Fix \d+ misspell/)
      })
    ])
    expect(firstRows.reflections).toEqual([
      { source: 'rails', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }
    ])
    expect(firstRows.seeded).toBe(demoHistory(NOW).filter(d => d.kind === 'run').length)
  })

  it('starts the second run from scratch, and --json summarises it', () => {
    expect(second.code).toBe(0)
    // The same ids in a new database: nothing of the first run is left.
    expect(secondRows).toEqual(firstRows)
    expect(second.stdout.trim().split('\n')).toHaveLength(1)
    const summary = JSON.parse(second.stdout)
    expect(summary).toMatchObject({
      status: 'success',
      runId: secondRows.run.id,
      plan: { proceed: true, error: null },
      propose: {
        rounds: [
          { round: 1, outcome: 'blocked', allowed: false, rules: ['max-files'] },
          { round: 2, outcome: 'allowed', allowed: true, rules: [] }
        ],
        proposal: { type: 'cleanup', riskLevel: 0 },
        diffStat: { files: [{ path: 'docs/guide/troubleshooting.md' }] },
        error: null
      },
      rails: { status: 'success', proposalsAllowed: 1, proposalsBlocked: 0, error: null }
    })
    expect(summary.plan.insights.length).toBeGreaterThan(3)
    expect(summary.rails.artifactFiles).toEqual(
      expect.arrayContaining(['run.json', 'proposals.json', 'report.md'])
    )
    // The jobs' log went to stderr.
    expect(second.stderr).toContain('----- propose -----')
  })

  it('hands over the agent block with both rounds, and the files are where the story says', () => {
    const summary = JSON.parse(second.stdout)
    const handOver = proposalsFileSchema.parse(
      JSON.parse(readFileSync(summary.propose.proposalsPath, 'utf8'))
    )
    expect(handOver.agent).toMatchObject({ engine: 'command', rounds: 2, exitStatus: 'ok' })
    expect(existsSync(summary.plan.reflectionPath)).toBe(true)
    for (const f of ['run.json', 'proposals.json', 'report.md'])
      expect(existsSync(join(summary.rails.artifactDir, f))).toBe(true)
    const run = JSON.parse(readFileSync(join(summary.rails.artifactDir, 'run.json'), 'utf8'))
    expect(run).toMatchObject({ id: secondRows.run.id, status: 'success' })
    // The agent's change stays in the scratch repository's working tree, and only that file.
    const status = execFileSync('git', ['-C', repo, 'status', '--porcelain'], {
      encoding: 'utf8',
      env: GIT_ENV
    })
    expect(status.trim()).toBe('M docs/guide/troubleshooting.md')
  })

  it('leaves the folder it runs in clean: everything is inside the ignored .self-evolution/', () => {
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], {
      cwd: root,
      encoding: 'utf8',
      env: GIT_ENV
    })
    expect(status).toBe('')
  })
})

describe('demo --blocked-examples', () => {
  it('runs the example proposals and names the ones blocked on purpose', async () => {
    const r = await demo('--blocked-examples')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Deliberate examples of blocked changes')
    expect(r.stdout).toContain('A second wildcard today: blocked as intended (wildcard-daily-limit)')
    expect(r.stdout).not.toMatch(/NOT blocked|not on purpose/)
  }, 120_000)
})

describe('the seeded history', () => {
  const days = demoHistory(NOW)

  it('covers the 14 days before today, and leaves today free for the claim', () => {
    expect(days[0].date).toBe('2026-11-23')
    expect(days.at(-1)?.date).toBe('2026-12-06')
    expect(days.map(d => d.date)).not.toContain(TODAY)
    expect(new Set(days.map(d => d.date)).size).toBe(14)
  })

  it('is deterministic, and tells the agent nothing that would make it narrow before the rails speak', () => {
    expect(demoHistory(NOW)).toEqual(days)
    const text = JSON.stringify(days)
    expect(text).not.toMatch(/max-files|max-lines/)
    expect(text).not.toMatch(/Fix \d+ misspellings/)
  })

  it('holds runs that succeeded, failed and were reverted, blocks with rules, and skips with reasons', () => {
    const runs = days.flatMap(d => (d.kind === 'run' ? [d] : []))
    expect(new Set(runs.map(r => r.status))).toEqual(new Set(['success', 'failed', 'reverted']))
    const proposals = runs.flatMap(r => r.proposals)
    expect(proposals.filter(p => p.blockedReasons.length > 0).length).toBeGreaterThanOrEqual(3)
    expect(proposals.map(p => p.action?.status)).toEqual(
      expect.arrayContaining(['merged', 'closed', 'rolled_back', 'submitted'])
    )
    const skips = days.flatMap(d => (d.kind === 'skip' ? [d.reason] : []))
    expect(skips).toEqual(expect.arrayContaining(['cooldown', 'deployment-active', 'ci-active']))
  })
})

describe("the story's parts", () => {
  const patch = [
    'diff --git a/docs/a.md b/docs/a.md',
    'index 1111111..2222222 100644',
    '--- a/docs/a.md',
    '+++ b/docs/a.md',
    '@@ -1,2 +1,2 @@',
    '-teh one',
    '+the one',
    ' same',
    'diff --git a/docs/b.md b/docs/b.md',
    'new file mode 100644',
    'index 0000000..3333333',
    '--- /dev/null',
    '+++ b/docs/b.md',
    '@@ -0,0 +1,2 @@',
    '+new',
    '+file',
    ''
  ].join('\n')

  it('counts a patch as diffstat does', () => {
    const stat = diffStat(patch)
    expect(stat).toEqual({
      files: [
        { path: 'docs/a.md', additions: 1, deletions: 1 },
        { path: 'docs/b.md', additions: 2, deletions: 0 }
      ],
      additions: 3,
      deletions: 1
    })
    expect(diffStatLines(stat)).toEqual([
      'docs/a.md | +1 -1',
      'docs/b.md | +2 -0',
      '2 files changed, 3 insertions(+), 1 deletion(-)'
    ])
    expect(diffStat('not a patch').files).toEqual([])
  })

  it('says when the agent ran as the shared user, and why that is accepted here', () => {
    const result = {
      scratch: '/s',
      repo: '/s/repo',
      database: '/s/repo/.self-evolution/pgdata',
      agentCommand: 'node /s/agent/fix-typos.mjs',
      history: { days: 14, runs: 10, skips: 4, proposals: 9 },
      plan: { outputs: { proceed: 'true', 'reflection-path': '/r.json' }, lines: [], stages: {} },
      propose: {
        outputs: { 'proposals-path': '/p.json' },
        lines: ["The command engine runs as the action's own user (agent.acceptSharedUser), with no secret."],
        stages: {}
      },
      runId: 3
    } as unknown as DemoLoopResult
    expect(agentUser(result.propose)).toBeUndefined()
    const story = demoStory(result, 'cli.js').join('\n')
    expect(story).toContain("It ran as this process's own user")
    expect(story).toContain('agent.acceptSharedUser: true')
    expect(story).toContain('(cd /s/repo && node cli.js runs show 3)')
  })
})
