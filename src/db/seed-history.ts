/**
 * Writes a planned history into the database: days with a run (its proposals, their actions, a revert
 * and its rollback) and days skipped with a reason. The demo (`npm start`) uses it to give the
 * reflection two weeks to look back on. Skips go through recordEvent; runs, proposals, actions and
 * rollbacks are plain INSERTs with the timestamps of their day, since no module writes a finished
 * past day. The plan is the caller's (src/cli/demo-history.ts); nothing here decides what happened.
 */
import type postgres from 'postgres'
import type { Queryable } from './client.js'
import type { ProposalType } from './proposals.js'
import { recordEvent } from './events.js'

/** What became of an allowed proposal's pull request. */
export type SeedAction = {
  status: 'submitted' | 'merged' | 'closed' | 'rolled_back'
  pullRequest: number
  /** For rolled_back: the revert pull request, the workflow that failed on main, and why. */
  revert?: { pullRequest: number; workflow: string; reason: string }
}

export type SeedProposal = {
  type: ProposalType
  title: string
  riskLevel: number
  description?: string
  /** Empty: allowed. Otherwise the rails' reasons, `rule: message` as the judge records them. */
  blockedReasons: string[]
  action?: SeedAction
}

export type SeedDay =
  | {
      date: string
      kind: 'run'
      status: 'success' | 'failed' | 'reverted'
      proposals: SeedProposal[]
      /** The run's summary; a count of its proposals when absent. */
      summary?: string
    }
  | { date: string; kind: 'skip'; reason: string; detail: string }

/** A time of a seeded day (YYYY-MM-DD), UTC. */
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00Z`)

/** Writes every day of `days` for `repository`, oldest first, in one transaction. */
export async function writeSeedHistory(
  sql: postgres.Sql,
  repository: string,
  days: readonly SeedDay[]
): Promise<void> {
  await sql.begin(async tx => {
    for (const day of days) {
      if (day.kind === 'skip') {
        await recordEvent(tx, {
          repository,
          kind: 'skip',
          reason: day.reason,
          detail: { detail: day.detail, seeded: 'demo' },
          at: at(day.date, '02:04')
        })
        continue
      }
      const runId = await insertRun(tx, repository, day)
      for (const proposal of day.proposals) await insertProposal(tx, repository, day.date, runId, proposal)
    }
  })
}

async function insertRun(
  sql: Queryable,
  repository: string,
  day: Extract<SeedDay, { kind: 'run' }>
): Promise<number> {
  const metrics = { seeded: 'demo', dryRun: false }
  const [row] = await sql<{ id: number }[]>`
    INSERT INTO self_evolution_runs (repository, run_date, status, started_at, finished_at, summary, metrics)
    VALUES (${repository}, ${day.date}, ${day.status}, ${at(day.date, '02:06')}, ${at(day.date, '02:14')},
            ${day.summary ?? `${day.proposals.length} proposal(s) judged.`}, ${sql.json(metrics)})
    RETURNING id
  `
  return row.id
}

async function insertProposal(
  sql: Queryable,
  repository: string,
  date: string,
  runId: number,
  p: SeedProposal
): Promise<void> {
  const allowed = p.blockedReasons.length === 0
  const [row] = await sql<{ id: number }[]>`
    INSERT INTO self_evolution_proposals (run_id, repository, run_date, type, title, description, risk_level,
      effective_risk, allowlisted, blocked_reasons, created_at)
    VALUES (${runId}, ${repository}, ${date}, ${p.type}, ${p.title}, ${p.description ?? null}, ${p.riskLevel},
      ${p.riskLevel}, ${allowed}, ${sql.array(p.blockedReasons)}::text[], ${at(date, '02:10')})
    RETURNING id
  `
  if (allowed && p.action) await insertAction(sql, repository, date, row.id, p.action)
}

async function insertAction(
  sql: Queryable,
  repository: string,
  date: string,
  proposalId: number,
  a: SeedAction
): Promise<void> {
  const url = (n: number) => `https://github.com/${repository}/pull/${n}`
  const mergeSha =
    a.status === 'merged' || a.status === 'rolled_back' ? seedMergeSha(a.pullRequest) : undefined
  const payload = {
    branch: `self-evolution/${date}`,
    pullRequest: { number: a.pullRequest, url: url(a.pullRequest) },
    ...(mergeSha ? { mergeSha } : {})
  }
  const settled = a.status === 'submitted' ? at(date, '02:12') : at(date, '15:30')
  const [row] = await sql<{ id: number }[]>`
    INSERT INTO self_evolution_actions (proposal_id, action_type, payload, status, created_at, updated_at)
    VALUES (${proposalId}, 'pr', ${sql.json(payload)}, ${a.status}, ${at(date, '02:12')}, ${settled})
    RETURNING id
  `
  if (!a.revert || !mergeSha) return
  const revert = {
    branch: `self-evolution/revert-${a.pullRequest}`,
    pullRequest: { number: a.revert.pullRequest, url: url(a.revert.pullRequest) },
    revertOf: { actionId: row.id, pullRequest: a.pullRequest, mergeSha },
    failingRun: { name: a.revert.workflow, conclusion: 'failure' }
  }
  await sql`
    INSERT INTO self_evolution_actions (proposal_id, action_type, payload, status, created_at, updated_at)
    VALUES (${proposalId}, 'revert', ${sql.json(revert)}, 'merged', ${at(date, '16:05')}, ${at(date, '16:40')})
  `
  await sql`
    INSERT INTO self_evolution_rollbacks (action_id, reason, created_at)
    VALUES (${row.id}, ${a.revert.reason}, ${at(date, '16:05')})
  `
}

/** A stable, made-up commit id for a seeded merge: 40 hex digits from the pull request number. */
export function seedMergeSha(pullRequest: number): string {
  return pullRequest.toString(16).padStart(8, '0').repeat(5)
}
