/**
 * The gate's decisions, pure: facts in, decisions out. No I/O, no clock. The stage (stage.ts)
 * and its in-scope steps (judge.ts) read the facts and call these in order: scope, the recorded
 * action, the manual waiver, the label cross-check, the rails (the policy engine), force pushes,
 * reviews, and the verdict.
 */
import type { Config } from '../../config/schema.js'
import type { ActionRecord } from '../../db/actions.js'
import { evaluateProposals } from '../../policy/engine.js'
import type { ChangeType, ConfigFileChange, FileChange, ProposalVerdict } from '../../policy/types.js'
import { CHANGE_TYPES } from '../../config/schema.js'
import {
  MANUAL_LABEL,
  RISK_LABEL_PREFIX,
  TYPE_LABEL_PREFIX,
  WRITE_PERMISSIONS,
  type Actor,
  type CiResult,
  type GatePending,
  type GateStatus,
  type GateViolation,
  type PullFacts,
  type ReviewFact,
  type TimelineFact
} from './types.js'

const q = (s: string) => JSON.stringify(s)
const lower = (s: string) => s.toLowerCase()

// --- scope -----------------------------------------------------------------------------------------

export type ScopeInput = {
  scope: 'agent' | 'all'
  branchPrefix: string
  /** Lower-cased. */
  agentLogins: string[]
  headRef: string
  author: string
  /** Logins of the commits' authors (GitHub accounts), as listed. */
  commitAuthors: string[]
  /** false when GitHub listed fewer commits than the pull request has (250 at most). */
  commitsComplete: boolean
}

/**
 * Whether the pull request is the agent's: its head branch starts with the prefix, its author is
 * an agent login, or a commit is authored by one. A commit list GitHub cut short counts as the
 * agent's (it cannot be shown not to be).
 */
export function decideScope(s: ScopeInput): { inScope: boolean; reasons: string[] } {
  const reasons: string[] = []
  if (s.scope === 'all') reasons.push('scope is "all": every pull request is gated')
  if (s.branchPrefix !== '' && s.headRef.startsWith(s.branchPrefix))
    reasons.push(`the head branch starts with ${q(s.branchPrefix)}`)
  const logins = new Set(s.agentLogins.map(lower))
  if (logins.has(lower(s.author))) reasons.push(`the author ${q(s.author)} is an agent login`)
  const agentCommit = s.commitAuthors.find(a => logins.has(lower(a)))
  if (agentCommit !== undefined) reasons.push(`a commit is authored by the agent login ${q(agentCommit)}`)
  if (!s.commitsComplete && logins.size > 0)
    reasons.push('GitHub listed only part of the commits, so an agent commit cannot be ruled out')
  return { inScope: reasons.length > 0, reasons }
}

// --- the recorded action ---------------------------------------------------------------------------

/** Statuses of an action whose pull request may be open (closed: it may have been reopened). */
const LIVE_STATUSES = new Set(['planned', 'submitted', 'closed'])

/**
 * Whether the action found for the pull request really is its record: a PR or revert action
 * whose payload names this pull request's number, or (before the number was written) its
 * branch, and that is still live.
 */
export function matchRecord(
  action: ActionRecord | undefined,
  pr: Pick<PullFacts, 'number' | 'headRef'> & {
    /** The head branch lives in the repository itself (not a fork). */
    sameRepository: boolean
  }
): { record?: ActionRecord; problem?: string } {
  if (!action) return { problem: `no action recorded for pull request #${pr.number} or its head branch` }
  const payload = action.payload ?? {}
  const recordedPr = (payload.pullRequest as { number?: unknown } | undefined)?.number
  const recordedBranch = payload.branch
  if (action.actionType !== 'pr' && action.actionType !== 'revert') {
    return { problem: `action ${action.id} is of type ${q(String(action.actionType))}, not a pull request` }
  }
  if (recordedPr !== undefined && recordedPr !== null) {
    if (Number(recordedPr) !== pr.number) {
      return {
        problem: `action ${action.id} with this branch records pull request #${String(recordedPr)}, not #${pr.number}`
      }
    }
  } else if (recordedBranch !== pr.headRef) {
    return { problem: `action ${action.id} records neither this pull request nor its branch` }
  } else if (!pr.sameRepository) {
    // The daily run pushes to the repository itself: a fork's branch of the same name is not it.
    return {
      problem: `action ${action.id} records the branch ${q(pr.headRef)} of this repository, but the pull request comes from another repository`
    }
  }
  if (!LIVE_STATUSES.has(action.status)) {
    return { problem: `action ${action.id} is ${action.status}; it records no open pull request` }
  }
  return { record: action }
}

// --- the manual label ------------------------------------------------------------------------------

/** The actor of the latest `labeled` event that put `name` on (any case), if it is still on. */
export function labelActor(
  labels: string[],
  timeline: TimelineFact[],
  name: string
): Actor | null | undefined {
  const wanted = lower(name)
  if (!labels.some(l => lower(l) === wanted)) return undefined
  let actor: Actor | null | undefined
  for (const e of sortByTime(timeline)) {
    if (e.event === 'labeled' && e.label !== undefined && lower(e.label) === wanted) actor = e.actor
  }
  return actor === undefined ? null : actor
}

/** The actor of the latest `labeled` event that put the manual label on, if it is still on. */
export function manualLabelActor(labels: string[], timeline: TimelineFact[]): Actor | null | undefined {
  return labelActor(labels, timeline, MANUAL_LABEL)
}

export function hasWriteAccess(permission: string | undefined): boolean {
  return permission !== undefined && (WRITE_PERMISSIONS as readonly string[]).includes(permission)
}

/** A label counts only when a User (never a Bot) with write access applied it last. */
export function decideLabelActor(
  label: string,
  actor: Actor | null | undefined,
  permission: string | undefined
): { ok: boolean; detail: string } {
  if (actor === undefined) return { ok: false, detail: `no ${label} label` }
  if (actor === null)
    return { ok: false, detail: `${label} is on, but the timeline shows no one applying it` }
  if (actor.type !== 'User')
    return {
      ok: false,
      detail: `${label} was applied by ${q(actor.login)}, a ${actor.type}, not a User; it does not count`
    }
  if (!hasWriteAccess(permission))
    return {
      ok: false,
      detail: `${label} was applied by ${q(actor.login)}, whose permission is ${q(permission ?? 'none')}, not write access; it does not count`
    }
  return { ok: true, detail: `${label} was applied by ${q(actor.login)} (${permission})` }
}

/** The waiver counts only when a User (never a Bot) with write access applied the label. */
export function decideManualWaiver(
  actor: Actor | null | undefined,
  permission: string | undefined
): { waived: boolean; detail: string } {
  const { ok, detail } = decideLabelActor(MANUAL_LABEL, actor, permission)
  return { waived: ok, detail }
}

// --- labels against the record ---------------------------------------------------------------------

export type LabelMetadata = { types: string[]; risks: string[] }

export function metadataLabels(labels: string[]): LabelMetadata {
  const types: string[] = []
  const risks: string[] = []
  for (const l of labels) {
    const low = lower(l)
    if (low.startsWith(TYPE_LABEL_PREFIX)) types.push(l.slice(TYPE_LABEL_PREFIX.length))
    else if (low.startsWith(RISK_LABEL_PREFIX)) risks.push(l.slice(RISK_LABEL_PREFIX.length))
  }
  return { types, risks }
}

/**
 * Labels are only a cross-check of the recorded type and risk: one type label and one risk
 * label, each equal to the record. Missing labels are a mismatch too on a pull request the daily
 * run opened (it always sets them); on a revert they are checked only when present.
 */
export function crossCheckLabels(
  labels: string[],
  recorded: { type: string; riskLevel: number },
  opts: { required: boolean }
): GateViolation[] {
  const { types, risks } = metadataLabels(labels)
  const out: GateViolation[] = []
  const check = (what: 'type' | 'risk', found: string[], expected: string, prefix: string) => {
    if (found.length === 0) {
      if (opts.required)
        out.push({
          rule: 'metadata-mismatch',
          message: `the ${what} label ${q(prefix + expected)} is missing; the recorded proposal's ${what} is ${q(expected)}`
        })
      return
    }
    if (found.length > 1) {
      out.push({
        rule: 'metadata-mismatch',
        message: `${found.length} ${what} labels (${found.map(f => q(prefix + f)).join(', ')}); expected one, ${q(prefix + expected)}`
      })
      return
    }
    if (found[0] !== expected) {
      out.push({
        rule: 'metadata-mismatch',
        message: `the label ${q(prefix + found[0])} disagrees with the recorded proposal's ${what} ${q(expected)}`
      })
    }
  }
  check('type', types, recorded.type, TYPE_LABEL_PREFIX)
  check('risk', risks, String(recorded.riskLevel), RISK_LABEL_PREFIX)
  return out
}

/**
 * A manual pull request has no record: its type and risk come from its labels, which a
 * maintainer vouched for with the manual label. Exactly one valid label of each is needed.
 */
export function metadataFromLabels(
  labels: string[]
): { type: ChangeType; riskLevel: number } | { problem: string } {
  const { types, risks } = metadataLabels(labels)
  if (types.length !== 1 || !(CHANGE_TYPES as readonly string[]).includes(types[0]))
    return {
      problem: `a pull request without a record needs exactly one ${TYPE_LABEL_PREFIX}<type> label with one of ${CHANGE_TYPES.join(', ')}; found ${types.length ? types.map(q).join(', ') : 'none'}`
    }
  if (risks.length !== 1 || !/^[0-5]$/.test(risks[0]))
    return {
      problem: `a pull request without a record needs exactly one ${RISK_LABEL_PREFIX}<0-5> label; found ${risks.length ? risks.map(q).join(', ') : 'none'}`
    }
  return { type: types[0] as ChangeType, riskLevel: Number(risks[0]) }
}

// --- the rails -------------------------------------------------------------------------------------

/** Judge the pull request's changes with the policy engine, with the recorded type and risk. */
export function judgeRails(input: {
  config: Config
  configPath: string
  title: string
  type: ChangeType
  riskLevel: number
  source: 'git' | 'patch'
  files: FileChange[]
  configFile?: ConfigFileChange
  /** A revert: judged by the rails, exempt from the type-path rules. */
  exemptFromTypePaths: boolean
}): ProposalVerdict {
  const result = evaluateProposals({
    config: input.config,
    configPath: input.configPath,
    proposals: [
      {
        title: input.title,
        type: input.type,
        riskLevel: input.riskLevel,
        source: input.source,
        files: input.files,
        ...(input.configFile ? { configFile: input.configFile } : {}),
        ...(input.exemptFromTypePaths ? { exemptFromTypePaths: true } : {})
      }
    ]
  })
  return result.proposals[0]
}

// --- force pushes ----------------------------------------------------------------------------------

export function forcePushViolations(timeline: TimelineFact[], openedAt: string): GateViolation[] {
  const opened = Date.parse(openedAt)
  return sortByTime(timeline)
    .filter(e => e.event === 'head_ref_force_pushed')
    .filter(e => !(Date.parse(e.createdAt) < opened))
    .map(e => ({
      rule: 'force-push',
      message: `the head branch was force-pushed${e.actor ? ` by ${q(e.actor.login)}` : ''} at ${e.createdAt}, after the pull request was opened`
    }))
}

// --- reviews ---------------------------------------------------------------------------------------

/**
 * The review states that change a reviewer's state, as GitHub counts them for a pull request's
 * approvals: a COMMENTED review (or a pending one) leaves an earlier approval standing.
 */
const STATE_CHANGING_REVIEWS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'])

/**
 * The reviewers whose approval may count, before their permission is known: the reviewer's
 * latest state-changing review is APPROVED, on the current head, from a User who is neither the
 * author nor an agent login. `ignored` says why each other approval does not count.
 */
export function approvalCandidates(
  reviews: ReviewFact[],
  opts: { headSha: string; author: string; agentLogins: string[] }
): { candidates: string[]; ignored: string[] } {
  const latest = new Map<string, ReviewFact>()
  const ordered = [...reviews]
    .filter(r => r.user && STATE_CHANGING_REVIEWS.has(r.state))
    .sort((a, b) => timeOf(a.submittedAt) - timeOf(b.submittedAt) || a.id - b.id)
  for (const r of ordered) latest.set(lower(r.user!.login), r)
  const agents = new Set(opts.agentLogins.map(lower))
  const candidates: string[] = []
  const ignored: string[] = []
  for (const [login, r] of latest) {
    const who = q(r.user!.login)
    if (r.state !== 'APPROVED') {
      if (ordered.some(x => lower(x.user!.login) === login && x.state === 'APPROVED'))
        ignored.push(`${who}'s latest review is ${r.state}, not an approval`)
      continue
    }
    if (r.user!.type !== 'User') ignored.push(`${who} is a ${r.user!.type}, not a User`)
    else if (login === lower(opts.author)) ignored.push(`${who} is the pull request's author`)
    else if (agents.has(login)) ignored.push(`${who} is an agent login`)
    else if (r.commitId !== opts.headSha)
      ignored.push(
        `${who} approved ${r.commitId ? r.commitId.slice(0, 12) : 'an unknown commit'}, not the current head ${opts.headSha.slice(0, 12)}`
      )
    else candidates.push(r.user!.login)
  }
  return { candidates, ignored }
}

// --- the verdict -----------------------------------------------------------------------------------

export function ciViolations(ci: CiResult | null): GateViolation[] {
  if (!ci || !ci.required) return []
  const out: GateViolation[] = []
  for (const c of ci.checks) {
    if (c.state === 'failure')
      out.push({ rule: 'ci-failed', message: `the check ${q(c.name)} failed (${c.detail})` })
  }
  for (const c of ci.checks) {
    if (c.state === 'missing') out.push({ rule: 'ci-missing', message: c.detail })
    else if (c.state === 'pending')
      out.push({
        rule: 'ci-pending',
        message: `the check ${q(c.name)} is still ${c.detail} after ${Math.round(ci.waitedMs / 1000)} s of waiting`
      })
  }
  if (ci.state === 'missing' && !out.some(v => v.rule === 'ci-missing'))
    out.push({
      rule: 'ci-missing',
      message:
        'no GitHub Actions check run ran on the head commit (a commit status or another app’s check is not enough, and a "[skip ci]" marker starts no workflow): green CI cannot mean that nothing ran'
    })
  return out
}

export function gateStatus(violations: GateViolation[], pending: GatePending[]): GateStatus {
  if (violations.length > 0) return 'fail'
  if (pending.length > 0) return 'pending'
  return 'pass'
}

function timeOf(iso: string | null | undefined): number {
  const t = iso ? Date.parse(iso) : NaN
  return Number.isNaN(t) ? 0 : t
}

function sortByTime<T extends { createdAt: string }>(items: T[]): T[] {
  return items
    .map((e, i) => ({ e, i }))
    .sort((a, b) => timeOf(a.e.createdAt) - timeOf(b.e.createdAt) || a.i - b.i)
    .map(x => x.e)
}
