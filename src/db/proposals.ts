/**
 * What main records about a claimed run: the reflection, the judged proposals and the actions of the
 * allowed ones, in one transaction whose round trips do not grow with the number of proposals.
 *
 * One allowed wildcard per repository and UTC day is enforced by a partial unique index, so even a
 * racing process cannot record a second. Its unique violation is the wildcard-daily-limit verdict:
 * the wildcard is recorded as blocked instead, and the transaction is retried.
 */
import type postgres from 'postgres'
import type { Queryable } from './client.js'

export const WILDCARD_DAILY_LIMIT = 'wildcard-daily-limit'
const ONE_ALLOWED_WILDCARD_INDEX = 'self_evolution_proposals_one_allowed_wildcard'

export type ProposalType = 'capability' | 'prompt' | 'persona' | 'cleanup' | 'wildcard'

export type JudgedProposal = {
  type: ProposalType | string
  title: string
  description?: string | null
  riskLevel: number
  /** The risk the rails judged: riskLevel raised by the config's floors (null: not computed). */
  effectiveRisk?: number | null
  effort?: number | null
  /** The overall verdict (the `allowlisted` column). */
  allowed: boolean
  /** One `rule-id: message` per violation. */
  blockedReasons: string[]
  /** The action an allowed proposal becomes (status planned). Ignored for a blocked one. */
  action?: { actionType: 'pr' | 'issue'; payload: Record<string, unknown> } | null
}

export type Judgement = {
  runId: number
  repository: string
  runDate: string
  reflection?: { insights: string; sentiment?: unknown } | null
  proposals: JudgedProposal[]
}

export type RecordedJudgement = {
  reflectionId: number | null
  /** In the order of the input. */
  proposalIds: number[]
  /** The action of each proposal, in the order of the input; null for blocked ones. */
  actionIds: (number | null)[]
  /** Indexes of the proposals the database turned from allowed to blocked (wildcard-daily-limit). */
  flipped: number[]
}

/**
 * Record a run's judgement in one transaction; see the module comment for the wildcard limit.
 * `beforeCommit` runs inside the transaction after every insert: a throw there rolls it all back
 * (an interrupted run records nothing half-way).
 */
export async function recordJudgement(
  sql: postgres.Sql,
  judgement: Judgement,
  opts: { beforeCommit?: () => Promise<void> } = {}
): Promise<RecordedJudgement> {
  const proposals = judgement.proposals.map(p => ({ ...p, blockedReasons: [...p.blockedReasons] }))
  const flipped: number[] = []
  for (;;) {
    try {
      const recorded = await sql.begin(async tx => {
        const inserted = await insertJudgement(tx, judgement, proposals)
        await opts.beforeCommit?.()
        return inserted
      })
      return { ...(recorded as Omit<RecordedJudgement, 'flipped'>), flipped: flipped.sort((a, b) => a - b) }
    } catch (error) {
      if (!isWildcardLimit(error)) throw error
      // Another run (or process) holds today's wildcard: every allowed wildcard here is over the
      // limit. If none does, this batch held two itself: the first keeps it.
      const taken = await hasAllowedWildcard(sql, judgement.repository, judgement.runDate)
      const allowedWildcards = proposals.flatMap((p, i) => (p.allowed && p.type === 'wildcard' ? [i] : []))
      const over = taken ? allowedWildcards : allowedWildcards.slice(1)
      if (!over.length) throw error
      for (const i of over) {
        proposals[i].allowed = false
        proposals[i].action = null
        proposals[i].blockedReasons.push(
          `${WILDCARD_DAILY_LIMIT}: an allowed wildcard is already recorded for ${judgement.repository || 'this repository'} on ${judgement.runDate}`
        )
        flipped.push(i)
      }
    }
  }
}

async function insertJudgement(
  tx: postgres.TransactionSql,
  judgement: Judgement,
  proposals: JudgedProposal[]
): Promise<Omit<RecordedJudgement, 'flipped'>> {
  let reflectionId: number | null = null
  if (judgement.reflection) {
    const sentiment = judgement.reflection.sentiment
    const [row] = await tx<{ id: number }[]>`
      INSERT INTO self_evolution_reflections (run_id, insights, sentiment)
      VALUES (${judgement.runId}, ${judgement.reflection.insights},
              ${sentiment === undefined || sentiment === null ? null : tx.json(sentiment as postgres.JSONValue)})
      RETURNING id
    `
    reflectionId = row.id
  }
  if (!proposals.length) return { reflectionId, proposalIds: [], actionIds: [] }

  // One multi-row INSERT each; PostgreSQL returns the rows of INSERT … VALUES in the order given.
  const proposalRows = proposals.map(p => ({
    run_id: judgement.runId,
    repository: judgement.repository,
    run_date: judgement.runDate,
    type: p.type,
    title: p.title,
    description: p.description ?? null,
    risk_level: p.riskLevel,
    effective_risk: p.effectiveRisk ?? null,
    effort: p.effort ?? null,
    allowlisted: p.allowed,
    blocked_reasons: tx.array(p.blockedReasons, 25) // TEXT[] even when empty
  }))
  const inserted = await tx<{ id: number }[]>`
    INSERT INTO self_evolution_proposals ${tx(proposalRows)}
    RETURNING id
  `
  const proposalIds = inserted.map(r => r.id)

  const withAction = proposals.flatMap((p, i) => (p.allowed && p.action ? [i] : []))
  const actionIds: (number | null)[] = proposals.map(() => null)
  if (withAction.length) {
    const actionRows = withAction.map(i => ({
      proposal_id: proposalIds[i],
      action_type: proposals[i].action!.actionType,
      payload: tx.json(proposals[i].action!.payload as postgres.JSONValue),
      status: 'planned'
    }))
    const actions = await tx<{ id: number }[]>`
      INSERT INTO self_evolution_actions ${tx(actionRows)}
      RETURNING id
    `
    withAction.forEach((proposalIndex, k) => (actionIds[proposalIndex] = actions[k].id))
  }
  return { reflectionId, proposalIds, actionIds }
}

function isWildcardLimit(error: unknown): boolean {
  const e = error as { code?: string; constraint_name?: string }
  return e?.code === '23505' && e.constraint_name === ONE_ALLOWED_WILDCARD_INDEX
}

/** Whether an allowed wildcard is already recorded for the repository and UTC day. */
export async function hasAllowedWildcard(
  sql: Queryable,
  repository: string,
  runDate: string
): Promise<boolean> {
  const [row] = await sql<{ taken: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM self_evolution_proposals
      WHERE repository = ${repository} AND run_date = ${runDate} AND type = 'wildcard' AND allowlisted
    ) AS taken
  `
  return row.taken
}
