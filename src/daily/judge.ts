/**
 * main, with a claimed run: load the proposals, judge each with the policy engine, record
 * everything in one transaction, and report.
 */
import { inputLabel, type Surface } from '../runtime/surface.js'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import type { Inputs } from '../runtime/inputs.js'
import type { Database } from '../db/client.js'
import { hasAllowedWildcard, recordJudgement } from '../db/proposals.js'
import { evaluateProposals, type ProposalUnderReview, type ProposalVerdict } from '../policy/index.js'
import {
  ApplyBaseError,
  judgePatchesWithGit,
  readProposalsWithPatches,
  type PatchReader,
  type ProposalWithPatch
} from '../policy/judge-patches.js'
import { resolveCommit } from '../git/apply-patch.js'
import { forLog } from '../text/escape.js'
import type { Config } from '../config/schema.js'
import type { AgentRecord } from '../policy/proposals-file.js'

/**
 * A proposal as read from the file, with the patch text it carries (none when it lists files)
 * and the reader that judged the patch.
 */
export type LoadedProposal = { proposal: ProposalUnderReview; patch?: string; reader?: PatchReader }

/**
 * Who judged the patches: git apply onto the checkout's HEAD; the text reader (a local run
 * without a repository); or nobody, on GitHub without a checkout (every patch is then blocked).
 */
export type PatchJudgement =
  { reader: 'git-apply'; base: string } | { reader: 'text'; why: string } | { reader: 'none'; why: string }

export type LoadedProposals = {
  reflection?: { insights: string; sentiment?: unknown }
  proposals: LoadedProposal[]
  file: string
  /** The agent step's record of its engine and rounds, when the file carries one. */
  agent?: AgentRecord
  /** Why the agent proposed nothing, in its words, when the file says so. */
  noop?: string
  /** Set when the file was read. */
  judgement?: PatchJudgement
}

/** Where the patches are judged: the rails job's checkout, and whether this runs on GitHub. */
export type PatchOracle = {
  onGitHub: boolean
  scratchDir?: string
  /** The interface in use, for naming the proposals input (an input, or a flag). */
  surface?: Surface
}

/** One sentence for the log and the report: who judged the patches. */
export function describePatchJudgement(j: PatchJudgement): string {
  if (j.reader === 'git-apply') return `git apply onto the checkout's HEAD ${j.base} judged the patches.`
  if (j.reader === 'text') return `The text reader judged the patches: ${j.why}.`
  return `No patch was judged: ${j.why}.`
}

/**
 * Acting applies a patch onto the default branch's head; the rails job's checkout (HEAD of the
 * workspace) is that commit on a scheduled run, so git judges each patch there. On GitHub the
 * text reader never judges: without a checkout every patch is blocked, naming the step to add.
 */
async function patchJudgement(workspace: string, oracle: PatchOracle): Promise<PatchJudgement> {
  try {
    return { reader: 'git-apply', base: await resolveCommit(workspace, 'HEAD') }
  } catch (error) {
    if (!(error instanceof ApplyBaseError)) throw error
    const what =
      error.kind === 'no-repository'
        ? `the workspace ${forLog(workspace, 200)} is not a git repository`
        : `the workspace ${forLog(workspace, 200)} has no commit at HEAD`
    return oracle.onGitHub
      ? {
          reader: 'none',
          why: `${what}; add an actions/checkout step before this action so git can judge them`
        }
      : { reader: 'text', why: `${what} (a local run)` }
  }
}

/**
 * One judged proposal and everything that travels with it from judging through recording to
 * acting: the executor applies exactly the patch that was judged, under the ids recorded for it.
 */
export type JudgedProposal = {
  verdict: ProposalVerdict
  patch?: string
  /** Who read the patch (patch proposals only). */
  reader?: PatchReader
  /** Its row in the database; absent when telemetry.storeProposals is off. */
  proposalId?: number
  /** Its planned action; absent when none was recorded (blocked, or telemetry.storeActions off). */
  actionId?: number
}

export type Judgement = {
  /** In the order of the proposals file. */
  proposals: JudgedProposal[]
  /** Wildcards the database refused as the day's second (racing process or earlier run). */
  flippedByDatabase: number
}

/** What the planner decides for one proposal, by its position in the proposals file. */
export type PlanDecision =
  { index: number; execute: true } | { index: number; execute: false; reason: string }

/**
 * Decides, before the judgement is recorded, what each allowed proposal does (act/plan.ts in
 * src/modes/run): a reason is written into the action's payload in the same insert, so a proposal
 * that does not act costs no extra round trip. It sees the proposals before they have ids.
 */
export type ActionPlanner = (proposals: readonly JudgedProposal[]) => Promise<PlanDecision[]>

export async function loadProposals(
  inputs: Inputs,
  workspace: string,
  configText: string | null,
  configPath: string,
  oracle: PatchOracle = { onGitHub: false }
): Promise<LoadedProposals> {
  if (!inputs.proposals) return { proposals: [], file: '' }
  const file = isAbsolute(inputs.proposals) ? inputs.proposals : resolve(workspace, inputs.proposals)
  const bytes = await readProposalsBytes(inputs, file, oracle.surface ?? 'action')
  const judgement = await patchJudgement(workspace, oracle)
  try {
    const text = bytes.toString('utf8')
    // The same text the readers validate: the executor applies exactly the patch judged.
    const parsed = await readProposalsWithPatches(text, {
      configPath,
      readBaseFile: (path: string) => (path === configPath ? configText : null),
      gitJudges: judgement.reader !== 'text'
    })
    const proposals = await judgePatches(parsed.proposals, judgement, workspace, configPath, oracle)
    return {
      ...(parsed.reflection ? { reflection: parsed.reflection } : {}),
      proposals,
      file,
      judgement,
      ...(parsed.agent ? { agent: parsed.agent } : {}),
      ...(parsed.noop !== undefined ? { noop: parsed.noop } : {})
    }
  } catch (error) {
    throw new Error(
      `The proposals file ${forLog(inputs.proposals, 200)} cannot be used: ${(error as Error).message}`,
      { cause: error }
    )
  }
}

/** The patches judged as `judgement` says: by git, by the text reader, or blocked. */
async function judgePatches(
  proposals: ProposalWithPatch[],
  judgement: PatchJudgement,
  workspace: string,
  configPath: string,
  oracle: PatchOracle
): Promise<LoadedProposal[]> {
  if (judgement.reader === 'text') return proposals
  if (judgement.reader === 'none') {
    return proposals.map(p =>
      p.patch === undefined
        ? p
        : {
            proposal: {
              ...p.proposal,
              files: [],
              patchProblem: {
                rule: 'patch-rejected',
                message: `git cannot judge the patch: ${judgement.why}`
              }
            },
            patch: p.patch
          }
    )
  }
  const judged = await judgePatchesWithGit(proposals, {
    repo: workspace,
    base: judgement.base,
    configPath,
    ...(oracle.scratchDir ? { scratchDir: oracle.scratchDir } : {})
  })
  return judged.proposals
}

/** The file's bytes, checked against proposals-sha256 when that input is set. */
async function readProposalsBytes(inputs: Inputs, file: string, surface: Surface): Promise<Buffer> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    throw new Error(
      `${inputLabel(surface, 'proposals')} is "${forLog(inputs.proposals, 200)}"; the file could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
      { cause: error }
    )
  }
  if (inputs.proposalsSha256) {
    const actual = createHash('sha256').update(bytes).digest('hex')
    if (actual !== inputs.proposalsSha256) {
      throw new Error(
        `${inputLabel(surface, 'proposals-sha256')} is ${inputs.proposalsSha256}, but the proposals file hashes to ${actual}; the file changed between the propose job and this one.`
      )
    }
  }
  return bytes
}

export type JudgeOptions = {
  db: Database
  config: Config
  configPath: string
  runId: number
  repository: string
  runDate: string
  dryRun: boolean
  loaded: LoadedProposals
  planActions?: ActionPlanner
  /** Runs inside the recording transaction before it commits; a throw rolls the whole record back. */
  beforeCommit?: () => Promise<void>
}

export async function judgeAndRecord(opts: JudgeOptions): Promise<Judgement> {
  const { db, config, loaded } = opts
  const wildcardAlreadyUsedToday = await hasAllowedWildcard(db.sql, opts.repository, opts.runDate)
  const verdicts = evaluateProposals({
    config,
    proposals: loaded.proposals.map(p => p.proposal),
    configPath: opts.configPath,
    wildcardAlreadyUsedToday
  }).proposals
  const judged: JudgedProposal[] = verdicts.map((verdict, i) => {
    const { patch, reader } = loaded.proposals[i]
    return patch === undefined ? { verdict } : { verdict, patch, ...(reader ? { reader } : {}) }
  })
  const plan = opts.planActions ? await opts.planActions(judged) : []
  const reasons = new Map(plan.flatMap(e => (e.execute ? [] : [[e.index, e.reason] as const])))
  const store = config.telemetry.storeProposals
  const recorded = await recordJudgement(
    db.sql,
    {
      runId: opts.runId,
      repository: opts.repository,
      runDate: opts.runDate,
      reflection: config.telemetry.storeReflections && loaded.reflection ? loaded.reflection : null,
      proposals: (store ? verdicts : []).map((v, i) => rowOf(opts, v, reasons.get(i), judged[i].reader))
    },
    { beforeCommit: opts.beforeCommit }
  )
  judged.forEach((p, i) => {
    const proposalId = recorded.proposalIds[i]
    const actionId = recorded.actionIds[i]
    if (proposalId !== undefined) p.proposalId = proposalId
    if (actionId !== undefined && actionId !== null) p.actionId = actionId
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
  return { proposals: judged, flippedByDatabase: recorded.flipped.length }
}

/** The row a verdict is recorded as; an allowed one carries its planned action (and why it waits). */
function rowOf(opts: JudgeOptions, v: ProposalVerdict, reason: string | undefined, reader?: PatchReader) {
  return {
    type: v.type,
    title: v.title,
    description: v.description ?? null,
    riskLevel: v.riskLevel,
    effectiveRisk: v.effectiveRisk,
    effort: v.effort ?? null,
    allowed: v.allowed,
    blockedReasons: v.violations.map(x => `${x.rule}: ${x.message}`),
    action:
      v.allowed && opts.config.telemetry.storeActions
        ? {
            actionType: v.stats.files > 0 ? ('pr' as const) : ('issue' as const),
            payload: {
              dryRun: opts.dryRun,
              source: v.source,
              ...(reader ? { reader } : {}),
              changes: v.stats,
              files: v.files?.slice(0, 50),
              ...(reason !== undefined ? { reason } : {})
            }
          }
        : undefined
  }
}
