/**
 * pre → main → post in one process (the local run, and the `uses: ./` case where main stands in
 * for pre), against a real database: judging, recording in one transaction, the report, the
 * outputs, and the finalized run row.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runLocally, type LocalRunOptions } from '../../../src/cli/local-run.js'
import { setFlag } from '../../../src/db/flags.js'
import { listRuns } from '../../../src/db/runs.js'
import { createTestDatabase, type TestDatabase } from '../../__fixtures__/db.js'

const EXAMPLES = resolve('examples')
const CONFIG_PATH = '.github/self-evolution-config.json'
let db: TestDatabase
let cwd: string
const now = () => new Date('2026-11-25T03:00:00Z')

beforeEach(async () => {
  db = await createTestDatabase()
  cwd = mkdtempSync(join(tmpdir(), 'se-run-'))
  mkdirSync(join(cwd, '.github'))
  cpSync(join(EXAMPLES, 'self-evolution-config.json'), join(cwd, CONFIG_PATH))
  await setFlag(db.sql, { value: true, by: 'test', now: now() })
})
afterEach(async () => {
  await db.close()
  rmSync(cwd, { recursive: true, force: true })
})
afterAll(() => undefined)

function run(opts: Partial<LocalRunOptions> = {}) {
  return runLocally({
    cwd,
    databaseUrl: '',
    configPath: CONFIG_PATH,
    proposals: join(EXAMPLES, 'proposals.json'),
    repository: 'o/r',
    force: false,
    forceDryRun: true,
    migrate: false,
    now,
    print: () => {},
    database: db,
    ...opts
  })
}

type ProposalRow = {
  id: number
  type: string
  title: string
  allowlisted: boolean
  blocked_reasons: string[]
  repository: string
  run_date: string
}

describe('a whole local run', () => {
  it('judges the example proposals, records them and finalizes the run', async () => {
    const r = await run()
    expect(r.status).toBe('success')
    const examples = JSON.parse(readFileSync(join(EXAMPLES, 'proposals.json'), 'utf8')).proposals
    const allowed = Number(r.outputs['proposals-allowed'])
    const blocked = Number(r.outputs['proposals-blocked'])
    expect(allowed + blocked).toBe(examples.length)
    expect(allowed).toBeGreaterThanOrEqual(3)
    expect(blocked).toBeGreaterThanOrEqual(4)
    expect(r.outputs).toMatchObject({ status: 'success', 'skip-reason': '' })

    const runId = Number(r.outputs['run-id'])
    const [runRow] = await db.sql<
      { status: string; summary: string; finished_at: Date; metrics: Record<string, unknown> }[]
    >`
      SELECT status, summary, finished_at, metrics FROM self_evolution_runs WHERE id = ${runId}`
    expect(runRow.status).toBe('success')
    expect(runRow.summary).toMatch(new RegExp(`${allowed} allowed, ${blocked} blocked \\(dry run\\)`))
    expect(runRow.finished_at).not.toBeNull()
    expect(runRow.metrics).toMatchObject({ counts: { allowed, blocked }, dryRun: true })

    const rows = await db.sql<ProposalRow[]>`
      SELECT id, type, title, allowlisted, blocked_reasons, repository, run_date FROM self_evolution_proposals
      WHERE run_id = ${runId} ORDER BY id`
    expect(rows.map(p => p.title)).toEqual(examples.map((p: { title: string }) => p.title))
    expect(rows.filter(p => p.allowlisted).length).toBe(allowed)
    for (const p of rows) {
      expect(p.repository).toBe('o/r')
      expect(p.run_date).toBe('2026-11-25')
      if (p.allowlisted) expect(p.blocked_reasons).toEqual([])
      else for (const reason of p.blocked_reasons) expect(reason).toMatch(/^[a-z-]+: \S/)
    }
    const reasons = rows.flatMap(p => p.blocked_reasons).map(x => x.split(':')[0])
    for (const rule of [
      'blocked-path',
      'risk-too-high',
      'max-files',
      'max-lines',
      'wildcard-daily-limit',
      'secret-in-content',
      'config-loosened'
    ]) {
      expect(reasons).toContain(rule)
    }

    const actions = await db.sql<
      { action_type: string; status: string; payload: { dryRun: boolean }; proposal_id: number }[]
    >`
      SELECT a.action_type, a.status, a.payload, a.proposal_id FROM self_evolution_actions a
      JOIN self_evolution_proposals p ON p.id = a.proposal_id WHERE p.run_id = ${runId} ORDER BY a.id`
    expect(actions.length).toBe(allowed)
    expect(actions.every(a => a.status === 'planned' && a.payload.dryRun === true)).toBe(true)
    expect(actions.map(a => a.action_type)).toContain('issue')
    expect(actions.map(a => a.action_type)).toContain('pr')

    const [{ n: reflections }] = await db.sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM self_evolution_reflections WHERE run_id = ${runId}`
    expect(reflections).toBe(1)

    const dir = r.artifactDir
    for (const f of ['run.json', 'proposals.json', 'report.md']) expect(existsSync(join(dir, f))).toBe(true)
    expect(JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8'))).toMatchObject({
      id: runId,
      status: 'success'
    })
    expect(r.outputs['report-path']).toBe(join(dir, 'report.md'))
    const report = readFileSync(join(dir, 'report.md'), 'utf8')
    expect(report).not.toMatch(/^\s*::/m)
    expect(r.summary).toContain('### Gates')
    expect(r.summary).toContain(`### Proposals: ${allowed} allowed, ${blocked} blocked`)
    // The CLI's summary is plain text for a terminal; report.md keeps the Markdown escaping.
    expect(r.summary).not.toMatch(/&#\d+;|<code>/)
    expect(r.summary).toContain('| failure-limit | clear |')
    expect(r.summary).toContain('| blocked-path | .github/workflows/ci.yml |')
    expect(report).toContain('failure&#45;limit')
    expect(r.artifactFiles).toEqual(['run.json', 'proposals.json', 'report.md', 'report.html'])

    // The last 14 days: today's cell shows the run the summary reports (succeeded), not `running`.
    expect(r.summary).toContain('### The last 14 days')
    expect(r.summary).toContain('Runs, oldest day first: ' + '⬜'.repeat(13) + '🟩')
    expect(report).toContain('Runs, oldest day first: ' + '⬜'.repeat(13) + '🟩')
    const chart = /```mermaid\n([\s\S]*?)```/.exec(report)![1]
    expect(chart).toContain(`  bar [${'0, '.repeat(13)}${allowed + blocked}]`)
    expect(chart).toContain(`  line [${'0, '.repeat(13)}${blocked}]`)
    // telemetry.attachArtifacts is on by default: post wrote the observatory's page for the artifact.
    const html = readFileSync(join(dir, 'report.html'), 'utf8')
    expect(html).toContain('<section id="calendar" data-days="30"')
    expect(html).toMatch(/<section id="proposals" data-allowed="(\d+)" data-blocked="(\d+)"/)
    expect(html).toContain(`<section id="proposals" data-allowed="${allowed}" data-blocked="${blocked}"`)
    expect(html).toContain('data-success="1"')
  })

  it("a second run the same day skips with already-ran-today; force re-claims as attempt 2, whose wildcard is allowed: the first attempt's was never acted on (dry run)", async () => {
    const first = await run()
    const printed: string[] = []
    const again = await run({ print: line => printed.push(line) })
    expect(again.outputs).toMatchObject({
      status: 'skipped',
      'skip-reason': 'already-ran-today',
      'run-id': ''
    })
    // Said once (pre decided; main does not say it again), with what to do in the CLI's words.
    const notices = printed.filter(l => l.includes('Skipped: already-ran-today'))
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatch(/^notice: .*pass --force to run again today\.$/)
    expect(again.summary).toContain('| What to do | Today')
    expect(again.summary).toContain('pass --force')
    const forced = await run({ force: true })
    expect(forced.status).toBe('success')
    expect(forced.outputs['run-id']).toBe(first.outputs['run-id'])
    expect(forced.outputs['proposals-allowed']).toBe(first.outputs['proposals-allowed'])
    const rows = await db.sql<(ProposalRow & { attempt: number })[]>`
      SELECT id, type, title, allowlisted, blocked_reasons, repository, run_date, attempt FROM self_evolution_proposals
      WHERE type = 'wildcard' AND allowlisted ORDER BY id`
    expect(rows.map(r => r.attempt)).toEqual([1, 2])
    const [listed] = await listRuns(db.sql, { limit: 1 })
    expect(listed).toMatchObject({
      attempt: 2,
      earlierAttempts: 1,
      proposalsAllowed: Number(forced.outputs['proposals-allowed']),
      proposalsBlocked: Number(forced.outputs['proposals-blocked'])
    })
  })

  it('with telemetry.attachArtifacts off, post writes no HTML report', async () => {
    const config = JSON.parse(readFileSync(join(cwd, CONFIG_PATH), 'utf8'))
    config.telemetry = { ...config.telemetry, attachArtifacts: false }
    writeFileSync(join(cwd, CONFIG_PATH), JSON.stringify(config))
    const r = await run()
    expect(r.status).toBe('success')
    expect(existsSync(join(r.artifactDir, 'run.json'))).toBe(true)
    expect(existsSync(join(r.artifactDir, 'report.html'))).toBe(false)
    expect(r.summary).toContain('### The last 14 days')
  })

  it('main stands in for pre when pre did not run (uses: ./)', async () => {
    const r = await run({ skipPre: true })
    expect(r.status).toBe('success')
    expect(r.stages.pre).toBeUndefined()
    expect(Number(r.outputs['run-id'])).toBeGreaterThan(0)
  })

  it('main standing in for pre says its own skip, once', async () => {
    await run()
    const printed: string[] = []
    await run({ skipPre: true, print: line => printed.push(line) })
    expect(printed.filter(l => l.includes('Skipped: already-ran-today'))).toHaveLength(1)
  })

  it('a bad input is named by its flag in the CLI', async () => {
    const r = await run({ configPath: '/etc/config.json' })
    expect(r.status).toBe('failed')
    expect(r.failed).toBe(
      '--config-path is "/etc/config.json"; expected a relative path inside the repository.'
    )
  })

  it('a run with no proposals file is a run with no proposals', async () => {
    const r = await run({ proposals: '' })
    expect(r.outputs).toMatchObject({ status: 'success', 'proposals-allowed': '0', 'proposals-blocked': '0' })
  })

  it("records the agent step's block in the run's metrics, kept when post closes the run", async () => {
    const agent = {
      engine: 'codex',
      engineVersion: '0.50.0',
      // The hand-over is the agent's: its text is stored as JSON, as given.
      model: `gpt'); DELETE FROM self_evolution_runs; --`,
      tokens: { input: 4200, output: 310 },
      durationMs: 45000,
      rounds: 2,
      roundVerdicts: [
        { round: 1, outcome: 'blocked', allowed: false, rules: ['max-lines'] },
        { round: 2, outcome: 'allowed', allowed: true, rules: [] }
      ],
      exitStatus: 'ok',
      exitCode: 0
    }
    const examples = JSON.parse(readFileSync(join(EXAMPLES, 'proposals.json'), 'utf8'))
    const file = join(cwd, 'handed-over.json')
    writeFileSync(file, JSON.stringify({ proposals: examples.proposals.slice(0, 1), agent }))
    const r = await run({ proposals: file })
    expect(r.status).toBe('success')
    const [row] = await db.sql<{ status: string; metrics: Record<string, unknown> }[]>`
      SELECT status, metrics FROM self_evolution_runs WHERE id = ${Number(r.outputs['run-id'])}`
    expect(row.status).toBe('success')
    expect(row.metrics.agent).toEqual(agent)
    expect(row.metrics).toMatchObject({ counts: { total: 1 }, dryRun: true, history: [] })
    expect(row.metrics.holder).toBeDefined()
  })

  it('an unusable proposals file fails the run, leaves no proposals, and post closes the row as failed', async () => {
    const bad = join(cwd, 'bad.json')
    writeFileSync(
      bad,
      JSON.stringify({ proposals: [{ title: 'x', type: 'prompt', riskLevel: 9, files: [] }] })
    )
    const r = await run({ proposals: bad })
    expect(r.status).toBe('failed')
    expect(r.failed).toMatch(/proposals/)
    const [row] = await db.sql<
      { status: string; summary: string }[]
    >`SELECT status, summary FROM self_evolution_runs`
    expect(row.status).toBe('failed')
    expect(row.summary).toMatch(/^Failed: /)
    const [{ n }] = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM self_evolution_proposals`
    expect(n).toBe(0)
    // The failed run still has its report, where report-path says, for the artifact.
    const report = readFileSync(r.outputs['report-path'], 'utf8')
    expect(report).toContain('failed')
    expect(existsSync(join(r.artifactDir, 'run.json'))).toBe(true)
  })

  it('a proposals file that does not match its SHA-256 fails the run', async () => {
    const file = join(EXAMPLES, 'proposals.json')
    const good = createHash('sha256').update(readFileSync(file)).digest('hex')
    const bad = good.replace(/^./, c => (c === '0' ? '1' : '0'))
    const r = await runLocally({
      cwd,
      databaseUrl: '',
      configPath: CONFIG_PATH,
      proposals: file,
      repository: 'o/r',
      force: false,
      forceDryRun: true,
      migrate: false,
      now,
      print: () => {},
      database: db,
      proposalsSha256: bad
    })
    expect(r.status).toBe('failed')
    expect(r.failed).toMatch(/proposals-sha256/)
    const ok = await run({ force: true, proposalsSha256: good })
    expect(ok.status).toBe('success')
  })

  it('honours telemetry.storeReflections: false', async () => {
    const config = JSON.parse(readFileSync(join(cwd, CONFIG_PATH), 'utf8'))
    config.telemetry.storeReflections = false
    writeFileSync(join(cwd, CONFIG_PATH), JSON.stringify(config))
    const r = await run()
    expect(r.status).toBe('success')
    const [{ n }] = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM self_evolution_reflections`
    expect(n).toBe(0)
  })

  it('a disabled config skips without touching the runs table', async () => {
    writeFileSync(join(cwd, CONFIG_PATH), JSON.stringify({ enabled: false }))
    const r = await run()
    expect(r.outputs).toMatchObject({ status: 'skipped', 'skip-reason': 'disabled' })
    const [{ n }] = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM self_evolution_runs`
    expect(n).toBe(0)
    expect(existsSync(r.outputs['report-path'])).toBe(true)
  })
})
