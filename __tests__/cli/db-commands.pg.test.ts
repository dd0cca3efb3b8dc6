/** migrate, flag and runs against a real server, through the dispatcher, as a user runs them. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import { setFlag } from '../../src/db/flags.js'
import { claimRun, finishRun, recentOutcomes } from '../../src/db/runs.js'
import { recordJudgement } from '../../src/db/proposals.js'
import { runCli } from '../__fixtures__/cli.js'
import { MIGRATIONS } from '../../src/db/migrations.generated.js'

/** Every migration, as the CLI lists them. */
const NAMES = MIGRATIONS.map(m => m.name)
const namesPattern = NAMES.map(n => n.replace(/\./g, '\\.')).join(', ')

let db: TestDatabase | undefined
afterEach(async () => {
  await db?.close()
  db = undefined
})

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(args, { env, cwd: '/nonexistent', now: () => new Date('2026-11-25T03:00:00Z') })

async function seedRuns(d: TestDatabase) {
  await setFlag(d.sql, { value: true, by: 'seed', now: new Date('2026-11-20T00:00:00Z') })
  const holder = { githubRunId: '555', attempt: 1, event: 'schedule', sha: 'deadbeefcafe1234', dryRun: true }
  const claim = (repository: string, runDate: string) =>
    claimRun(d.sql, {
      repository,
      runDate,
      now: new Date(`${runDate}T02:10:00Z`),
      holder,
      force: false
    }).then(c => (c as { runId: number }).runId)
  const first = await claim('octo/agent', '2026-11-23')
  await recordJudgement(d.sql, {
    runId: first,
    repository: 'octo/agent',
    runDate: '2026-11-23',
    reflection: { insights: 'Answers run long.' },
    proposals: [
      {
        type: 'persona',
        title: 'Trim answers',
        riskLevel: 1,
        effort: 1,
        allowed: true,
        blockedReasons: [],
        action: { actionType: 'pr', payload: { dryRun: true } }
      },
      {
        type: 'capability',
        title: 'Touch CI \u001b[31mred',
        riskLevel: 3,
        effort: 2,
        allowed: false,
        blockedReasons: ['blocked-path: .github/workflows/ci.yml is blocked']
      }
    ]
  })
  await finishRun(d.sql, {
    runId: first,
    status: 'success',
    summary: 'Judged 2 proposal(s): 1 allowed, 1 blocked (dry run).',
    logsUrl: 'https://github.com/octo/agent/actions/runs/555/attempts/1',
    now: new Date('2026-11-23T02:15:00Z')
  })
  const stuck = await claim('octo/agent', '2026-11-24')
  const other = await claim('octo/other', '2026-11-24')
  return { first, stuck, other }
}

describe('self-evolution migrate', () => {
  it('applies, then says the schema is up to date; and refuses a newer schema', async () => {
    db = await createTestDatabase({ migrated: false })
    const first = await cli(['migrate', '--database-url', db.url!])
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(first.stdout).toMatch(
      new RegExp(`^Applied ${namesPattern} to 127\\.0\\.0\\.1:5432/se_test_\\w+\\.\\n$`)
    )
    // DATABASE_URL is the fallback when there is no flag.
    const again = await cli(['migrate', '--json'], { DATABASE_URL: db.url })
    expect(JSON.parse(again.stdout)).toMatchObject({
      applied: [],
      adopted: false,
      current: NAMES
    })

    await db.sql`INSERT INTO schema_migrations (name, checksum, action_version) VALUES ('0009_x.sql', 'c', '3.0.0')`
    const newer = await cli(['migrate', '--database-url', db.url!])
    expect(newer.code).toBe(1)
    expect(newer.stderr).toMatch(
      /^self-evolution migrate: The database schema is newer than this action .*3\.0\.0/
    )
  })

  it('fails with one line, without the password, when the server is unreachable', async () => {
    const r = await cli(['migrate', '--database-url', 'postgres://app:hunter2@127.0.0.1:1/app'])
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'self-evolution migrate: Cannot connect to the database at 127.0.0.1:1/app: connection refused (is PostgreSQL running and listening there?).\n'
    })
  })
})

describe('self-evolution run', () => {
  it('on a server that has not been migrated, names self-evolution migrate, without a stack trace', async () => {
    db = await createTestDatabase({ migrated: false })
    const cwd = mkdtempSync(join(tmpdir(), 'se-run-unmigrated-'))
    try {
      mkdirSync(join(cwd, '.github'))
      writeFileSync(
        join(cwd, '.github', 'self-evolution-config.json'),
        '{"version":"1.0.0","enabled":true}\n'
      )
      const r = await runCli(['run', '--database-url', db.url!], { cwd, now: () => new Date() })
      expect(r.code).toBe(1)
      expect(r.stdout + r.stderr).toContain('run `self-evolution migrate`')
      expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m)
    } finally {
      rmSync(cwd, { recursive: true, force: true })
    }
  })
})

describe('self-evolution flag', () => {
  it('refuses to work on a server that has not been migrated, saying what to do', async () => {
    db = await createTestDatabase({ migrated: false })
    const r = await cli(['flag', 'status', '--database-url', db.url!])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `self-evolution flag: The database schema is behind this action (${NAMES.join(', ')} not applied): run \`self-evolution migrate\`.\n`
    )
  })

  it('enables and disables the global and a repository flag, recording who and why', async () => {
    db = await createTestDatabase()
    const url = db.url!
    const initial = await cli(['flag', 'status', '--database-url', url])
    expect(initial.stdout).toMatch(
      /^FLAG {20}VALUE {2}LAST CHANGE\nself_evolution_enabled {2}off {4}created \S+Z\nRuns are stopped for every repository: the global flag is off\.\n$/
    )
    const repoOn = await cli([
      'flag',
      'enable',
      '--repository',
      'octo/agent',
      '--by',
      'ops',
      '--database-url',
      url
    ])
    expect(repoOn.stdout).toBe(
      'self_evolution_enabled:octo/agent is now on (was missing).\n' +
        'Runs for octo/agent still skip: the global flag self_evolution_enabled is off.\n'
    )
    const on = await cli([
      'flag',
      'enable',
      '--by',
      'alice',
      '--reason',
      'phase 2: dry run',
      '--database-url',
      url
    ])
    expect(on).toEqual({ code: 0, stderr: '', stdout: 'self_evolution_enabled is now on (was off).\n' })
    const off = await cli(
      ['flag', 'disable', '--repository', 'octo/agent', '--reason', 'noisy', '--json', '--database-url', url],
      { USER: 'bob' }
    )
    expect(JSON.parse(off.stdout)).toEqual({
      key: 'self_evolution_enabled:octo/agent',
      value: false,
      previous: true,
      metadata: {
        enabledAt: '2026-11-25T03:00:00.000Z',
        enabledBy: 'ops',
        disabledAt: '2026-11-25T03:00:00.000Z',
        disabledBy: 'bob',
        reason: 'noisy'
      },
      effective: false
    })
    const status = await cli(['flag', 'status', '--repository', 'octo/agent', '--database-url', url])
    expect(status.stdout).toBe(
      [
        'FLAG                               VALUE  LAST CHANGE',
        'self_evolution_enabled             on     enabled 2026-11-25T03:00:00Z by alice: phase 2: dry run',
        'self_evolution_enabled:octo/agent  off    disabled 2026-11-25T03:00:00Z by bob: noisy',
        'Runs for octo/agent: stopped by the flags.',
        ''
      ].join('\n')
    )
    const events =
      await db.sql`SELECT repository, reason, detail->>'by' AS by FROM self_evolution_events WHERE kind = 'flag' ORDER BY id`
    expect(events.map(e => [e.repository, e.reason, e.by])).toEqual([
      ['octo/agent', null, 'ops'],
      ['', 'phase 2: dry run', 'alice'],
      ['octo/agent', 'noisy', 'bob']
    ])
  })
})

describe('self-evolution runs', () => {
  it('lists runs newest first, for every repository or one, as a table or JSON', async () => {
    db = await createTestDatabase()
    const { first, stuck, other } = await seedRuns(db)
    const list = await cli(['runs', '--database-url', db.url!])
    expect(list.code).toBe(0)
    const lines = list.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(
      /^ID\s+DATE\s+REPOSITORY\s+STATUS\s+STARTED\s+FINISHED\s+ALLOWED\s+BLOCKED\s+ATTEMPT\s+SUMMARY$/
    )
    expect(lines.slice(1).map(l => l.split(/\s+/).slice(0, 4))).toEqual([
      [String(other), '2026-11-24', 'octo/other', 'running'],
      [String(stuck), '2026-11-24', 'octo/agent', 'running'],
      [String(first), '2026-11-23', 'octo/agent', 'success']
    ])
    expect(lines[3]).toMatch(/2026-11-23T02:15:00Z\s+1\s+1\s+1\s+Judged 2 proposal\(s\)/)
    const mine = await cli([
      'runs',
      '--repository',
      'octo/agent',
      '--limit',
      '1',
      '--json',
      '--database-url',
      db.url!
    ])
    expect(JSON.parse(mine.stdout)).toEqual([
      expect.objectContaining({ id: stuck, runDate: '2026-11-24', status: 'running' })
    ])
  })

  it('shows one run with its reflections, proposals and actions, escaping what the agent wrote', async () => {
    db = await createTestDatabase()
    const { first } = await seedRuns(db)
    const shown = await cli(['runs', 'show', String(first), '--database-url', db.url!])
    expect(shown.code).toBe(0)
    expect(shown.stdout).toContain(`Run ${first} · octo/agent · 2026-11-23 · success`)
    expect(shown.stdout).toContain('holder    GitHub run 555 attempt 1, schedule, sha deadbeefcafe, dry run')
    expect(shown.stdout).toContain('Reflections (1)\n  Answers run long.')
    expect(shown.stdout).toMatch(/Proposals \(2\)\n {2}ID\s+TYPE\s+RISK\s+EFFORT\s+VERDICT\s+TITLE/)
    expect(shown.stdout).toContain('Touch CI \\u001b[31mred')
    expect(shown.stdout).not.toContain('\u001b')
    expect(shown.stdout).toContain(': blocked-path: .github/workflows/ci.yml is blocked')
    expect(shown.stdout).toMatch(
      /Actions \(1\)\n {2}ID\s+PROPOSAL\s+TYPE\s+STATUS\s+UPDATED\n {2}\d+\s+\d+\s+pr\s+planned/
    )
    expect(shown.stdout).toContain('Rollbacks (0)')
    const json = JSON.parse(
      (await cli(['runs', 'show', String(first), '--json', '--database-url', db.url!])).stdout
    )
    expect(Object.keys(json)).toEqual([
      'run',
      'reflections',
      'proposals',
      'actions',
      'rollbacks',
      'earlierAttempts'
    ])
    expect(json.proposals).toHaveLength(2)
    expect(await cli(['runs', 'show', '99999', '--database-url', db.url!])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'self-evolution runs: Run 99999 does not exist.\n'
    })
  })

  it('marks a stuck run failed, and refuses a run that is not running, or unknown, with exit 1', async () => {
    db = await createTestDatabase()
    const { first, stuck } = await seedRuns(db)
    const marked = await cli([
      'runs',
      'mark-failed',
      String(stuck),
      '--reason',
      'runner lost',
      '--database-url',
      db.url!
    ])
    expect(marked).toEqual({
      code: 0,
      stderr: '',
      stdout: `Run ${stuck} (2026-11-24) marked failed: runner lost\n`
    })
    const [row] = await db.sql`SELECT status, summary FROM self_evolution_runs WHERE id = ${stuck}`
    expect(row).toEqual({ status: 'failed', summary: 'Manually marked as failed: runner lost' })

    for (const [id, sentence] of [
      [
        stuck,
        `Run ${stuck} is failed, not running: mark-failed applies only to a run that is still running.`
      ],
      [
        first,
        `Run ${first} is success, not running: mark-failed applies only to a run that is still running.`
      ],
      [424242, 'Run 424242 does not exist.']
    ] as const) {
      const r = await cli(['runs', 'mark-failed', String(id), '--reason', 'x', '--database-url', db.url!])
      expect(r).toEqual({ code: 1, stdout: '', stderr: `self-evolution runs: ${sentence}\n` })
    }
  })

  it('cancels a stuck run (no failure, logged as an event), and refuses any other run with exit 1', async () => {
    db = await createTestDatabase()
    const { first, stuck } = await seedRuns(db)
    const cancelled = await cli(['runs', 'cancel', String(stuck), '--database-url', db.url!])
    expect(cancelled).toEqual({
      code: 0,
      stderr: '',
      stdout: `Run ${stuck} (2026-11-24) cancelled: cancelled by an operator\n`
    })
    const [row] = await db.sql`SELECT status, summary FROM self_evolution_runs WHERE id = ${stuck}`
    expect(row).toEqual({ status: 'cancelled', summary: 'Cancelled: cancelled by an operator' })
    const events = await db.sql`SELECT kind, reason FROM self_evolution_events WHERE run_id = ${stuck}`
    expect(events.map(e => [e.kind, e.reason])).toEqual([['cancel', 'cancelled by an operator']])
    // Not an outcome for the failure limit or the cooldown.
    expect((await recentOutcomes(db.sql, 'octo/agent', 10)).map(o => o.runId)).not.toContain(stuck)

    for (const [id, sentence] of [
      [stuck, `Run ${stuck} is cancelled, not running: cancel applies only to a run that is still running.`],
      [first, `Run ${first} is success, not running: cancel applies only to a run that is still running.`],
      [424242, 'Run 424242 does not exist.']
    ] as const) {
      const r = await cli(['runs', 'cancel', String(id), '--reason', 'x', '--database-url', db.url!])
      expect(r).toEqual({ code: 1, stdout: '', stderr: `self-evolution runs: ${sentence}\n` })
    }
  })
})
