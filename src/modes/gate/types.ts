/**
 * The pull-request gate's plain data: what it reads about a pull request (already reduced to the
 * facts it decides on) and the verdict it gives. The readers (GitHub API, git) produce the facts;
 * the pure decision module (decide.ts, ci.ts) consumes them.
 */
import type { ProposalVerdict } from '../../policy/types.js'

/** The gate's own rule ids, beside the policy engine's (blocked-path, max-lines, ...). */
export const GATE_RULES = [
  'not-recorded',
  'metadata-mismatch',
  'too-large',
  'ci-missing',
  'ci-pending',
  'ci-failed',
  'force-push'
] as const
export type GateRule = (typeof GATE_RULES)[number]

/** Conditions that are not violations: the pull request waits for them. */
export const PENDING_CONDITIONS = ['review-required'] as const
export type PendingCondition = (typeof PENDING_CONDITIONS)[number]

/** The label a maintainer puts on a pull request the daily run did not record. */
export const MANUAL_LABEL = 'self-evolution:manual'
export const TYPE_LABEL_PREFIX = 'self-evolution:type/'
export const RISK_LABEL_PREFIX = 'self-evolution:risk/'

/** The collaborator permissions that count as write access. */
export const WRITE_PERMISSIONS = ['admin', 'maintain', 'write'] as const

export type Actor = { login: string; type: string }

export type GateViolation = { rule: string; path?: string; message: string }
export type GatePending = { rule: PendingCondition; message: string }

/** The pull request as the API says it is now (never the event payload, which can be stale). */
export type PullFacts = {
  number: number
  state: 'open' | 'closed'
  merged: boolean
  mergeCommitSha: string | null
  draft: boolean
  title: string
  /** The pull request's description (empty when it has none). */
  body: string
  htmlUrl: string
  headSha: string
  headRef: string
  /** owner/name of the head repository; null when the fork was deleted. */
  headRepo: string | null
  baseSha: string
  baseRef: string
  author: Actor
  createdAt: string
  /** GitHub's count of changed files, to detect a truncated file list. */
  changedFiles: number
  /** GitHub's count of commits, to detect a truncated commit list. */
  commits: number
  labels: string[]
}

/** One event of the pull request's timeline, reduced to what the gate looks at. */
export type TimelineFact = {
  event: string
  createdAt: string
  actor: Actor | null
  /** For labeled and unlabeled events. */
  label?: string
}

export type ReviewFact = {
  id: number
  user: Actor | null
  state: string
  commitId: string | null
  submittedAt: string | null
}

/** A check run on the head SHA. */
export type CheckRunFact = {
  id: number
  name: string
  status: string
  conclusion: string | null
  detailsUrl: string | null
  htmlUrl: string | null
  checkSuiteId: number | null
  appSlug: string | null
  /** Filled in for GitHub Actions check runs: the workflow run behind it, when it could be read. */
  workflowRun?: { id: number; path: string; event: string } | null
}

/** A commit status (latest per context). */
export type StatusFact = { id: number; context: string; state: string; updatedAt: string }

export type CiCheckState = 'success' | 'failure' | 'pending' | 'missing'

export type CiResult = {
  /** Off: diffCaps.requireGreenCI is false. */
  required: boolean
  /** The names that also had to be present and succeed (requiredChecks); every check that ran counts either way. */
  requiredChecks: string[]
  checks: Array<{
    name: string
    kind: 'check-run' | 'status' | 'required'
    state: CiCheckState
    detail: string
  }>
  /** Check runs left out: the gate's own, and runs of check_suite and workflow_run events. */
  excluded: Array<{ name: string; why: string }>
  state: 'success' | 'failure' | 'pending' | 'missing'
  waitedMs: number
}

export type GateStatus = 'pass' | 'fail' | 'pending' | 'out-of-scope' | 'merged' | 'closed'

/** The whole verdict, as verdict.json holds it. */
export type GateVerdict = {
  version: 1
  repository: string
  pullRequest: {
    number: number
    url: string
    headSha: string
    baseSha: string
    headRef: string
    baseRef: string
    author: string
    title: string
  }
  event: { name: string; action: string }
  source: 'api' | 'git' | null
  status: GateStatus
  scope: { inScope: boolean; reasons: string[] }
  action: { id: number; type: string; status: string; proposalType: string; riskLevel: number } | null
  manual: { waived: boolean; detail: string }
  violations: GateViolation[]
  pending: GatePending[]
  notes: string[]
  rails: Pick<ProposalVerdict, 'type' | 'riskLevel' | 'allowed' | 'stats'> | null
  ci: CiResult | null
  review: { required: boolean; approvedBy: string | null; detail: string } | null
  configOrigin: string
}
