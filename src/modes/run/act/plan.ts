/**
 * Which allowed proposals a run executes: pure, so every limit is tested without GitHub or a
 * database. A proposal that does not act stays `planned`, and its action's payload says why in
 * `reason`, written as "<code>: <sentence>" like a blocked proposal's reasons.
 *
 * The checks, in order (the first that applies is the reason):
 *   dry-run                     the run is a dry run: nothing is written
 *   no-write-token              the write-token input is empty
 *   type-not-live               the proposal's type is not in rollout.liveChangeTypes
 *   no-patch                    changes claimed as `files`, with no patch to apply
 *   github-unavailable          GitHub cannot be reached from this run (a local run)
 *   leftover-cleanup-failed     a branch a previous run left behind could not be cleaned up
 *   max-actions-per-run         rollout.maxActionsPerRun proposals already act in this run
 *   open-pull-requests-unknown  the open pull requests could not be counted (pull requests only)
 *   max-open-pull-requests      rollout.maxOpenPullRequests are already open (pull requests only)
 */
import type { ChangeType } from '../../../config/schema.js'
import type { JudgedProposal } from '../../../daily/judge.js'

export const PLAN_REASONS = [
  'dry-run',
  'no-write-token',
  'type-not-live',
  'no-patch',
  'github-unavailable',
  'leftover-cleanup-failed',
  'max-actions-per-run',
  'open-pull-requests-unknown',
  'max-open-pull-requests'
] as const
export type PlanReason = (typeof PLAN_REASONS)[number]

/** An allowed proposal with an action row: a pull request (changes) or an issue (none). */
export type Candidate = {
  /** Position of the proposal in the proposals file. */
  index: number
  type: ChangeType
  actionType: 'pr' | 'issue'
  /** A pull request needs the patch text to apply. */
  hasPatch: boolean
}

export type PlanInput = {
  candidates: Candidate[]
  dryRun: boolean
  hasWriteToken: boolean
  liveChangeTypes: readonly ChangeType[]
  maxActionsPerRun: number
  maxOpenPullRequests: number
  /**
   * Open pull requests on the branch prefix: a number, or a sentence saying why they could not be
   * counted (then no pull request acts). Asked for only when a pull request could act.
   */
  openPullRequests: () => Promise<number | { unknown: string }>
  /** Set when a previous run's leftover branch could not be cleaned up: nothing acts. */
  leftoverProblem?: string
  /** Set when GitHub cannot be reached (a local run): nothing acts. */
  unavailable?: string
}

export type PlanEntry = { index: number; execute: true } | { index: number; execute: false; reason: string }

/** Decide for each candidate, in order; limits are used up only by proposals that act. */
export async function planExecution(input: PlanInput): Promise<PlanEntry[]> {
  const out: PlanEntry[] = []
  const live = new Set<string>(input.liveChangeTypes)
  let acting = 0
  let pullRequests = 0
  let open: number | { unknown: string } | undefined
  const stay = (index: number, code: PlanReason, sentence: string) =>
    out.push({ index, execute: false, reason: `${code}: ${sentence}` })

  for (const c of input.candidates) {
    if (input.dryRun) {
      stay(c.index, 'dry-run', 'the run is a dry run, so nothing is written to GitHub')
    } else if (!input.hasWriteToken) {
      stay(
        c.index,
        'no-write-token',
        'the write-token input is empty; live writes need a GitHub App installation token'
      )
    } else if (!live.has(c.type)) {
      stay(
        c.index,
        'type-not-live',
        `type ${c.type} is not in rollout.liveChangeTypes (${input.liveChangeTypes.length ? input.liveChangeTypes.join(', ') : 'empty'})`
      )
    } else if (c.actionType === 'pr' && !c.hasPatch) {
      stay(
        c.index,
        'no-patch',
        'the proposal lists its changes as files without a patch, so there is nothing to apply'
      )
    } else if (input.unavailable) {
      stay(c.index, 'github-unavailable', input.unavailable)
    } else if (input.leftoverProblem) {
      stay(c.index, 'leftover-cleanup-failed', input.leftoverProblem)
    } else if (acting >= input.maxActionsPerRun) {
      stay(
        c.index,
        'max-actions-per-run',
        `rollout.maxActionsPerRun (${input.maxActionsPerRun}) proposals already act in this run`
      )
    } else if (c.actionType === 'issue') {
      acting++
      out.push({ index: c.index, execute: true })
    } else {
      open ??= await input.openPullRequests()
      if (typeof open !== 'number') {
        stay(c.index, 'open-pull-requests-unknown', open.unknown)
      } else if (open + pullRequests >= input.maxOpenPullRequests) {
        stay(
          c.index,
          'max-open-pull-requests',
          `${open + pullRequests} pull requests are open on the branch prefix; rollout.maxOpenPullRequests is ${input.maxOpenPullRequests}`
        )
      } else {
        acting++
        pullRequests++
        out.push({ index: c.index, execute: true })
      }
    }
  }
  return out
}

/** The candidates of a judgement: allowed proposals, a pull request when they change files. */
export function candidatesOf(proposals: readonly Pick<JudgedProposal, 'verdict' | 'patch'>[]): Candidate[] {
  return proposals.flatMap(({ verdict: v, patch }, index) =>
    v.allowed
      ? [
          {
            index,
            type: v.type,
            actionType: v.stats.files > 0 ? ('pr' as const) : ('issue' as const),
            hasPatch: typeof patch === 'string'
          }
        ]
      : []
  )
}

/**
 * The planner of a dry run: every allowed proposal stays planned with the reason dry-run. It needs
 * nothing but the verdicts, so the dry-run path loads no GitHub client and makes no round trip.
 */
export function dryRunPlanner(): (proposals: readonly JudgedProposal[]) => Promise<PlanEntry[]> {
  return proposals =>
    planExecution({
      candidates: candidatesOf(proposals),
      dryRun: true,
      hasWriteToken: false,
      liveChangeTypes: [],
      maxActionsPerRun: 0,
      maxOpenPullRequests: 0,
      openPullRequests: async () => ({ unknown: 'not asked in a dry run' })
    })
}
