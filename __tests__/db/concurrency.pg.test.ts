/**
 * What only a real multi-connection PostgreSQL can show: migrations and claims racing from many
 * connections and processes. `npm run test:pg` only.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { createTestDatabase, testServerUrl, type TestDatabase } from '../__fixtures__/db.js'
import { DatabaseConnectError, openServer, type Database } from '../../src/db/client.js'
import { migrate } from '../../src/db/migrate.js'
import { setFlag } from '../../src/db/flags.js'
import { claimRun, finishRun, type ClaimResult } from '../../src/db/runs.js'
import { recordJudgement } from '../../src/db/proposals.js'
import { MIGRATIONS } from '../../src/db/migrations.generated.js'

/** Every migration, as the CLI lists them (the bundle must be built from these sources). */
const NAMES = MIGRATIONS.map(m => m.name)
const namesPattern = NAMES.map(n => n.replace(/\./g, '\\.')).join(', ')

const run = promisify(execFile)

let db: TestDatabase | undefined
let clients: Database[] = []
afterEach(async () => {
  await Promise.all(clients.map(c => c.close()))
  clients = []
  await db?.close()
  db = undefined
})

/** `n` clients with their own connections, as separate processes would have. */
async function connections(url: string, n: number): Promise<Database[]> {
  clients = await Promise.all(Array.from({ length: n }, () => openServer(url, 10)))
  return clients
}

/** The bundled CLI (SE_CLI_BUNDLE may point elsewhere, e.g. a bundle built into a scratch directory). */
function cliBundle(): string {
  const path = process.env.SE_CLI_BUNDLE ?? join(process.cwd(), 'dist', 'cli', 'index.js')
  if (!existsSync(path))
    throw new Error(`${path} is missing: run \`npm run bundle\` before \`npm run test:pg\`.`)
  return path
}

describe('migrations racing', () => {
  it('apply once when eight connections migrate at the same moment', async () => {
    db = await createTestDatabase({ migrated: false })
    const results = await Promise.all((await connections(db.url!, 8)).map(c => migrate(c.sql)))
    expect(results.flatMap(r => r.applied)).toEqual(NAMES)
    const rows = await db.sql`SELECT name FROM schema_migrations ORDER BY name`
    expect(rows.map(r => r.name)).toEqual(NAMES)
  })

  it('two `self-evolution migrate` processes started together: applied once, both exit 0', async () => {
    const cli = cliBundle()
    const help = await run(process.execPath, [cli, 'migrate', '--help'])
    if (!help.stdout.startsWith('Usage: self-evolution migrate')) {
      throw new Error(
        `${cli} does not route "migrate" to src/cli/commands/migrate.ts: rebuild it with \`npm run bundle\`.`
      )
    }
    db = await createTestDatabase({ migrated: false })
    const env = { ...process.env, DATABASE_URL: '' }
    const both = await Promise.all(
      [0, 1].map(() =>
        run(process.execPath, [cli, 'migrate', '--database-url', db!.url!], { env, timeout: 60_000 })
      )
    )
    const outputs = both.map(b => b.stdout.trim())
    const applied = new RegExp(`^Applied ${namesPattern} to .*/se_test_\\w+\\.$`)
    const upToDate = new RegExp(`/se_test_\\w+ is up to date \\(${namesPattern}\\)\\.$`)
    expect(outputs.filter(o => applied.test(o))).toHaveLength(1)
    expect(outputs.filter(o => upToDate.test(o))).toHaveLength(1)
    const rows = await db.sql`SELECT name FROM schema_migrations`
    expect(rows).toHaveLength(NAMES.length)
  })
})

describe('the claim racing', () => {
  it('gives a day to exactly one of twenty connections, round after round', async () => {
    db = await createTestDatabase()
    await setFlag(db.sql, { value: true, by: 'test', now: new Date() })
    const racers = await connections(db.url!, 20)
    for (let round = 1; round <= 5; round++) {
      const runDate = `2026-11-${String(round).padStart(2, '0')}`
      const now = new Date(`${runDate}T02:00:00Z`)
      const results = await Promise.all(
        racers.map((c, i) =>
          claimRun(c.sql, {
            repository: 'octo/agent',
            runDate,
            now,
            force: false,
            holder: { githubRunId: String(1000 + i), attempt: 1, event: 'schedule', sha: 'a', dryRun: true }
          })
        )
      )
      const winners = results.filter(r => r.claimed)
      expect(winners).toHaveLength(1)
      expect(results.filter(r => !r.claimed).map(r => (r as { reason: string }).reason)).toEqual(
        Array(19).fill('already-running')
      )
      const rows = await db.sql`SELECT id FROM self_evolution_runs WHERE run_date = ${runDate}`
      expect(rows.map(r => r.id)).toEqual([(winners[0] as { runId: number }).runId])
    }
  })

  it('re-claims a finished day for exactly one of twenty forced starts', async () => {
    db = await createTestDatabase()
    await setFlag(db.sql, { value: true, by: 'test', now: new Date() })
    const runDate = '2026-11-25'
    const claim = (c: Database, force: boolean): Promise<ClaimResult> =>
      claimRun(c.sql, {
        repository: 'octo/agent',
        runDate,
        now: new Date(),
        force,
        holder: { githubRunId: '7', attempt: 1, event: 'workflow_dispatch', sha: 'a', dryRun: true }
      })
    const first = (await claim(db, false)) as { runId: number }
    await finishRun(db.sql, {
      runId: first.runId,
      status: 'failed',
      summary: 'x',
      logsUrl: null,
      now: new Date()
    })
    const results = await Promise.all((await connections(db.url!, 20)).map(c => claim(c, true)))
    expect(results.filter(r => r.claimed)).toEqual([
      { claimed: true, runId: first.runId, reclaimed: true, attempt: 2 }
    ])
    expect(new Set(results.filter(r => !r.claimed).map(r => (r as { reason: string }).reason))).toEqual(
      new Set(['already-running'])
    )
    const [row] = await db.sql`SELECT metrics FROM self_evolution_runs`
    expect(row.metrics.history).toHaveLength(1)
  })
})

describe('the wildcard racing', () => {
  it('lets one of two racing recorders keep the allowed wildcard of the day', async () => {
    db = await createTestDatabase()
    await setFlag(db.sql, { value: true, by: 'test', now: new Date() })
    const c = (await claimRun(db.sql, {
      repository: 'octo/agent',
      runDate: '2026-11-25',
      now: new Date(),
      force: false,
      holder: { githubRunId: '1', attempt: 1, event: 'schedule', sha: 'a', dryRun: true }
    })) as { runId: number }
    const racers = await connections(db.url!, 6)
    const results = await Promise.all(
      racers.map((r, i) =>
        recordJudgement(r.sql, {
          runId: c.runId,
          repository: 'octo/agent',
          runDate: '2026-11-25',
          proposals: [
            {
              type: 'wildcard',
              title: `w${i}`,
              riskLevel: 1,
              allowed: true,
              blockedReasons: [],
              action: { actionType: 'pr', payload: {} }
            }
          ]
        })
      )
    )
    expect(results.filter(r => r.flipped.length === 0)).toHaveLength(1)
    const allowed = await db.sql`SELECT title FROM self_evolution_proposals WHERE allowlisted`
    expect(allowed).toHaveLength(1)
    expect(await db.sql`SELECT 1 FROM self_evolution_actions`).toHaveLength(1)
    expect(await db.sql`SELECT 1 FROM self_evolution_proposals`).toHaveLength(6)
  })
})

describe('the server refusing TLS', () => {
  it('fails with one line naming the host and TLS, never the password', async () => {
    const url = new URL(testServerUrl())
    url.password = 'hunter2-secret'
    url.searchParams.set('sslmode', 'require')
    const error = await openServer(url.toString(), 5).catch(e => e)
    expect(error).toBeInstanceOf(DatabaseConnectError)
    expect(error.message).toMatch(
      new RegExp(
        `^Cannot connect to the database at ${url.hostname}:${url.port || 5432}/.*: the TLS handshake failed`
      )
    )
    expect(error.message).not.toContain('hunter2-secret')
    expect(error.message).not.toContain('\n')
  })
})
