/**
 * The record keeps both the declared and the effective risk (migration 0005): the daily judgement
 * writes the verdict's effective risk, the run's proposals view and `runs show` show it, and the
 * database refuses an effective risk below the declared one or off the scale.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import { describeRun } from '../../src/cli/commands/runs.js'
import { defaultConfig } from '../../src/config/load.js'
import { judgeAndRecord } from '../../src/daily/judge.js'
import { setFlag } from '../../src/db/flags.js'
import { recordJudgement } from '../../src/db/proposals.js'
import { claimRun, getRunDetail } from '../../src/db/runs.js'
import type { FileChange, ProposalUnderReview } from '../../src/policy/types.js'

const REPO = 'octo/agent'
const DAY = '2026-11-25'
const now = new Date(`${DAY}T02:00:00Z`)

let db: TestDatabase
let runId: number

beforeAll(async () => {
  db = await createTestDatabase()
  await setFlag(db.sql, { value: true, by: 'test', now })
  const c = await claimRun(db.sql, {
    repository: REPO,
    runDate: DAY,
    now,
    force: true,
    holder: { githubRunId: '1', attempt: 1, event: 'schedule', sha: 'a', dryRun: true }
  })
  if (!c.claimed) throw new Error(`not claimed: ${c.reason}`)
  runId = c.runId
})
afterAll(async () => {
  await db.close()
})

const file = (path: string, extra: Partial<FileChange> = {}): FileChange => ({
  path,
  status: 'modified',
  additions: 3,
  deletions: 1,
  binary: false,
  ...extra
})

const proposal = (title: string, extra: Partial<ProposalUnderReview>): ProposalUnderReview => ({
  title,
  type: 'capability',
  riskLevel: 0,
  source: 'git',
  files: [],
  ...extra
})

describe('the effective risk in the record', () => {
  it('is written by the daily judgement beside the declared risk, and shown by the view and runs show', async () => {
    const config = defaultConfig()
    const judged = await judgeAndRecord({
      db,
      config,
      configPath: '.github/self-evolution-config.json',
      runId,
      repository: REPO,
      runDate: DAY,
      dryRun: true,
      loaded: {
        file: 'proposals.json',
        proposals: [
          {
            proposal: proposal('new tool', {
              files: [file('packages/agent/src/tools/t.ts', { status: 'added' })]
            })
          },
          { proposal: proposal('tone', { type: 'wildcard', files: [file('apps/bot/src/persona/tone.md')] }) },
          {
            proposal: proposal('long prompt', {
              type: 'wildcard',
              riskLevel: 1,
              files: [file('packages/agent/src/prompts/p.md', { additions: 60 })]
            })
          }
        ]
      }
    })
    expect(
      judged.proposals.map(p => [p.verdict.riskLevel, p.verdict.effectiveRisk, p.verdict.allowed])
    ).toEqual([
      [0, 2, true],
      [0, 0, true],
      [1, 2, false]
    ])
    const rows = await db.sql<
      { title: string; risk_level: number; effective_risk: number; allowlisted: boolean }[]
    >`
      SELECT title, risk_level, effective_risk, allowlisted FROM self_evolution_proposals
      WHERE run_id = ${runId} ORDER BY id`
    expect(rows.map(r => [r.title, r.risk_level, r.effective_risk, r.allowlisted])).toEqual([
      ['new tool', 0, 2, true],
      ['tone', 0, 0, true],
      ['long prompt', 1, 2, false]
    ])
    const [blocked] = await db.sql<{ blocked_reasons: string[] }[]>`
      SELECT blocked_reasons FROM self_evolution_proposals WHERE title = 'long prompt'`
    expect(blocked.blocked_reasons).toEqual([
      expect.stringMatching(/^wildcard-risk: risk 2 \(declared 1, raised by safetyRails\.sizeFloors\[0\] /)
    ])

    const view = await db.sql`
      SELECT title, risk_level, effective_risk FROM self_evolution_run_proposals WHERE run_id = ${runId}
      ORDER BY id`
    expect(view.map(r => [r.title, r.risk_level, r.effective_risk])).toEqual([
      ['new tool', 0, 2],
      ['tone', 0, 0],
      ['long prompt', 1, 2]
    ])

    const detail = await getRunDetail(db.sql, runId)
    expect(detail!.proposals.map(p => [p.riskLevel, p.effectiveRisk])).toEqual([
      [0, 2],
      [0, 0],
      [1, 2]
    ])
    const shown = describeRun(detail!)
    expect(shown).toMatch(/\n {2}\d+\s+capability\s+0->2\s+-\s+allowed\s+new tool\n/)
    expect(shown).toMatch(/\n {2}\d+\s+wildcard\s+0\s+-\s+allowed\s+tone\n/)
    expect(shown).toContain("RISK a->b: declared a, raised to b by the config's risk or size floors")
  })

  it('is NULL for a proposal recorded without one, and runs show shows the declared risk alone', async () => {
    const recorded = await recordJudgement(db.sql, {
      runId,
      repository: REPO,
      runDate: DAY,
      proposals: [
        { type: 'prompt', title: 'older writer', riskLevel: 1, allowed: false, blockedReasons: ['x'] }
      ]
    })
    const [row] =
      await db.sql`SELECT effective_risk FROM self_evolution_proposals WHERE id = ${recorded.proposalIds[0]}`
    expect(row.effective_risk).toBeNull()
    const detail = await getRunDetail(db.sql, runId)
    expect(detail!.proposals.at(-1)).toMatchObject({ riskLevel: 1, effectiveRisk: null })
    expect(describeRun(detail!)).toMatch(/\n {2}\d+\s+prompt\s+1\s+-\s+blocked\s+older writer\n/)
  })

  it('is refused below the declared risk or off the scale', async () => {
    const insert = (risk: number, effective: number) =>
      db.sql`
        INSERT INTO self_evolution_proposals (run_id, repository, run_date, type, title, risk_level, effective_risk)
        VALUES (${runId}, ${REPO}, ${DAY}, 'prompt', 't', ${risk}, ${effective})`
    await expect(insert(2, 1)).rejects.toThrow(/self_evolution_proposals_effective_risk_check/)
    await expect(insert(2, 6)).rejects.toThrow(/self_evolution_proposals_effective_risk_check/)
    await expect(insert(0, -1)).rejects.toThrow(/self_evolution_proposals_effective_risk_check/)
    await expect(insert(2, 2)).resolves.toBeDefined()
    await expect(insert(1, 5)).resolves.toBeDefined()
  })
})
