/**
 * main, with a claimed run: load the proposals, judge each with the policy engine, record
 * everything in one transaction, and report.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import type { Inputs } from '../runtime/inputs.js'
import type { Database } from '../db/client.js'
import { hasAllowedWildcard, recordJudgement } from '../db/proposals.js'
import { evaluateProposals, readProposalsFile, type ProposalVerdict } from '../policy/index.js'
import { forLog } from '../text/escape.js'
import type { Config } from '../config/schema.js'

export class ProposalsInputError extends Error {
  override name = 'ProposalsInputError'
}

export type Judgement = {
  verdicts: ProposalVerdict[]
  reflection: { insights: string; sentiment?: unknown } | undefined
  /** Proposal ids in the database, in the order of verdicts. */
  proposalIds: number[]
  /** Wildcards the database refused as the day's second (racing process or earlier run). */
  flippedByDatabase: number
  proposalsFile: string
  /** Action ids in the order of verdicts (null: no action recorded). */
  actionIds: (number | null)[]
}

/**
 * Decides, before the judgement is recorded, what each allowed proposal does (src/modes/run/act/plan.ts):
 * a reason is written into the action's payload in the same insert, so a proposal that does not
 * act costs no extra round trip.
 */
export type ActionPlanner = (
  verdicts: ProposalVerdict[]
) => Promise<Array<{ index: number; execute: true } | { index: number; execute: false; reason: string }>>

export async function loadProposals(
  inputs: Inputs,
  workspace: string,
  configText: string | null,
  configPath: string
): Promise<{
  reflection?: { insights: string; sentiment?: unknown }
  proposals: Awaited<ReturnType<typeof readProposalsFile>>['proposals']
  file: string
  /** Each proposal's patch text (undefined for one that lists files), in the order of proposals. */
  patches?: (string | undefined)[]
}> {
  if (!inputs.proposals) return { proposals: [], file: '', patches: [] }
  const file = isAbsolute(inputs.proposals) ? inputs.proposals : resolve(workspace, inputs.proposals)
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    throw new ProposalsInputError(
      `Input "proposals" is "${forLog(inputs.proposals, 200)}"; the file could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`
    )
  }
  if (inputs.proposalsSha256) {
    const actual = createHash('sha256').update(bytes).digest('hex')
    if (actual !== inputs.proposalsSha256) {
      throw new ProposalsInputError(
        `Input "proposals-sha256" is ${inputs.proposalsSha256}, but the proposals file hashes to ${actual}; the file changed between the propose job and this one.`
      )
    }
  }
  try {
    const text = bytes.toString('utf8')
    const parsed = await readProposalsFile(text, {
      configPath,
      readBaseFile: (path: string) => (path === configPath ? configText : null)
    })
    // The same text readProposalsFile validated: the executor applies exactly the patch judged.
    const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as { proposals: Array<{ patch?: unknown }> }
    const patches = raw.proposals.map(p => (typeof p.patch === 'string' ? p.patch : undefined))
    return { ...parsed, file, patches }
  } catch (error) {
    throw new ProposalsInputError(
      `The proposals file ${forLog(inputs.proposals, 200)} cannot be used: ${(error as Error).message}`
    )
  }
}

export async function judgeAndRecord(opts: {
  db: Database
  config: Config
  configPath: string
  runId: number
  repository: string
  runDate: string
  dryRun: boolean
  loaded: Awaited<ReturnType<typeof loadProposals>>
  planActions?: ActionPlanner
}): Promise<Judgement> {
  const { db, config, loaded } = opts
  const wildcardAlreadyUsedToday = await hasAllowedWildcard(db.sql, opts.repository, opts.runDate)
  const verdict = evaluateProposals({
    config,
    proposals: loaded.proposals,
    configPath: opts.configPath,
    wildcardAlreadyUsedToday
  })
  const verdicts = verdict.proposals
  const store = config.telemetry.storeProposals
  const plan = opts.planActions ? await opts.planActions(verdicts) : []
  const reasons = new Map(plan.flatMap(e => (e.execute ? [] : [[e.index, e.reason] as const])))
  const recorded = await recordJudgement(db.sql, {
    runId: opts.runId,
    repository: opts.repository,
    runDate: opts.runDate,
    reflection: config.telemetry.storeReflections && loaded.reflection ? loaded.reflection : null,
    proposals: (store ? verdicts : []).map((v, i) => ({
      type: v.type,
      title: v.title,
      description: v.description ?? null,
      riskLevel: v.riskLevel,
      effort: v.effort ?? null,
      allowed: v.allowed,
      blockedReasons: v.violations.map(x => `${x.rule}: ${x.message}`),
      action:
        v.allowed && config.telemetry.storeActions
          ? {
              actionType: v.stats.files > 0 ? ('pr' as const) : ('issue' as const),
              payload: {
                dryRun: opts.dryRun,
                source: v.source,
                changes: v.stats,
                files: v.files?.slice(0, 50),
                ...(reasons.has(i) ? { reason: reasons.get(i) } : {})
              }
            }
          : undefined
    }))
  })
  // The database is the last word on the daily wildcard: a racing process may have taken it.
  for (const index of recorded.flipped) {
    const v = verdicts[index]
    v.allowed = false
    v.violations.push({
      rule: 'wildcard-daily-limit',
      message: 'A wildcard change is already recorded for this repository today.'
    })
  }
  return {
    verdicts,
    reflection: loaded.reflection,
    proposalIds: recorded.proposalIds,
    flippedByDatabase: recorded.flipped.length,
    proposalsFile: loaded.file,
    actionIds: recorded.actionIds
  }
}
