/**
 * The database role of docs/database.md: applied as written, it lets the daily run do everything
 * it does, and cannot delete or rewrite history. `npm run test:pg` only (roles are server-wide).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTestDatabase, testServerUrl, type TestDatabase } from '../__fixtures__/db.js'
import { openServer, type Database } from '../../src/db/client.js'
import { ensureSchema } from '../../src/db/migrate.js'
import { readKillSwitch, setFlag } from '../../src/db/flags.js'
import {
  claimRun,
  finishRun,
  getRunDetail,
  listRuns,
  markRunFailed,
  recentOutcomes,
  sweepStaleRuns
} from '../../src/db/runs.js'
import { hasAllowedWildcard, recordJudgement } from '../../src/db/proposals.js'
import { recordEvent } from '../../src/db/events.js'
import { readObservatory } from '../../src/db/report.js'

const role = `se_test_role_${process.pid}_${Math.random().toString(36).slice(2, 8)}`

/** The SQL block that follows the `<!-- action-role -->` marker in docs/database.md. */
function documentedGrants(): string {
  const doc = readFileSync(join(process.cwd(), 'docs', 'database.md'), 'utf8')
  const after = doc.slice(doc.indexOf('<!-- action-role -->'))
  const block = /```sql\n([\s\S]*?)```/.exec(after)
  if (!block) throw new Error('docs/database.md has no SQL block after <!-- action-role -->')
  return block[1].replace(/\bself_evolution_action\b/g, role)
}

let owner: TestDatabase
let action: Database

beforeAll(async () => {
  owner = await createTestDatabase()
  await setFlag(owner.sql, { value: true, by: 'owner', now: new Date() })
  await owner.sql.unsafe(documentedGrants())
  const url = new URL(owner.url!)
  url.username = role
  url.password = 'change me'
  action = await openServer(url.toString(), 5)
})

afterAll(async () => {
  try {
    await action?.close()
    await owner?.sql.unsafe(`DROP OWNED BY ${role}`).catch(() => undefined)
  } finally {
    await owner?.close()
    const admin = await openServer(testServerUrl(), 5)
    await admin.sql.unsafe(`DROP ROLE IF EXISTS ${role}`)
    await admin.close()
  }
})

describe('the action role', () => {
  it('runs the whole daily run: schema check, flags, claim, judgement, finish, sweep, outcomes', async () => {
    const sql = action.sql
    const repository = 'octo/agent'
    await ensureSchema(sql, { migrate: false })
    expect((await readKillSwitch(sql, repository)).on).toBe(true)
    const holder = { githubRunId: '9', attempt: 1, event: 'schedule', sha: 'a', dryRun: true }
    const claim = (await claimRun(sql, {
      repository,
      runDate: '2026-11-24',
      now: new Date('2026-11-24T02:00:00Z'),
      holder,
      force: false
    })) as {
      runId: number
    }
    expect(claim.runId).toEqual(expect.any(Number))
    expect(await hasAllowedWildcard(sql, repository, '2026-11-24')).toBe(false)
    const judged = await recordJudgement(sql, {
      runId: claim.runId,
      repository,
      runDate: '2026-11-24',
      reflection: { insights: 'x' },
      proposals: [
        {
          type: 'wildcard',
          title: 'w',
          riskLevel: 1,
          allowed: true,
          blockedReasons: [],
          action: { actionType: 'pr', payload: {} }
        },
        {
          type: 'wildcard',
          title: 'w2',
          riskLevel: 1,
          allowed: true,
          blockedReasons: [],
          action: { actionType: 'pr', payload: {} }
        }
      ]
    })
    expect(judged.flipped).toEqual([1])
    await sql`UPDATE self_evolution_actions SET status = 'submitted', updated_at = now() WHERE id = ${judged.actionIds[0]}`
    expect(
      await finishRun(sql, {
        runId: claim.runId,
        status: 'failed',
        summary: 's',
        logsUrl: null,
        now: new Date('2026-11-24T02:30:00Z')
      })
    ).toBe(true)
    // A forced re-claim, and the stale sweep and mark-failed on what it leaves running.
    await claimRun(sql, {
      repository,
      runDate: '2026-11-24',
      now: new Date('2026-11-24T03:00:00Z'),
      holder,
      force: true
    })
    expect(
      await sweepStaleRuns(sql, {
        repository,
        olderThan: new Date('2026-11-24T04:00:00Z'),
        now: new Date('2026-11-24T10:00:00Z')
      })
    ).toEqual([claim.runId])
    const today = (await claimRun(sql, {
      repository,
      runDate: '2026-11-25',
      now: new Date(),
      holder,
      force: false
    })) as { runId: number }
    expect(await markRunFailed(sql, { id: today.runId, reason: 'stuck', now: new Date() })).toMatchObject({
      ok: true
    })
    expect((await recentOutcomes(sql, repository, 5)).map(o => o.status)).toEqual([
      'failed',
      'failed',
      'failed'
    ])
    await recordEvent(sql, { repository, kind: 'skip', reason: 'cooldown' })
    // The failure limit turns the repository's flag off.
    await setFlag(sql, {
      repository,
      value: false,
      by: 'self-evolution',
      reason: 'failure-limit',
      now: new Date()
    })
    expect((await readKillSwitch(sql, repository)).on).toBe(false)
    expect(await listRuns(sql, { limit: 5 })).toHaveLength(2)
    // The forced re-claim is attempt 2, which recorded nothing; attempt 1's proposals are its history.
    const detail = await getRunDetail(sql, claim.runId)
    expect(detail?.run.attempt).toBe(2)
    expect(detail?.proposals).toHaveLength(0)
    expect(detail?.earlierAttempts.map(a => [a.attempt, a.proposals.length])).toEqual([[1, 2]])
  })

  it("reads the observatory's figures (the job summary's chart, post's report.html)", async () => {
    const rows = await readObservatory(action.sql, {
      repository: 'octo/agent',
      from: '2026-11-01',
      to: '2026-11-25',
      recentRuns: 30
    })
    expect(rows.recentRuns.map(r => r.runDate)).toEqual(['2026-11-25', '2026-11-24'])
  })

  it('cannot delete or rewrite history', async () => {
    const sql = action.sql
    for (const attempt of [
      sql`DELETE FROM self_evolution_runs`,
      sql`TRUNCATE self_evolution_runs CASCADE`,
      sql`DELETE FROM self_evolution_proposals`,
      sql`DELETE FROM self_evolution_events`,
      sql`DELETE FROM feature_flags`,
      sql`DELETE FROM self_evolution_rollbacks`,
      sql`UPDATE self_evolution_runs SET run_date = '2020-01-01'`,
      sql`UPDATE self_evolution_proposals SET allowlisted = true`,
      sql`UPDATE self_evolution_events SET reason = 'rewritten'`,
      sql`DELETE FROM schema_migrations`,
      sql`CREATE TABLE sneaky (id int)`
    ]) {
      await expect(attempt).rejects.toThrow(/permission denied/)
    }
  })
})
