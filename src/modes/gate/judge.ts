/**
 * The judgement of a pull request in scope, step by step: the recorded action (or the manual
 * waiver), the changes, the rails, force pushes, reviews and CI. Each step reads its facts through
 * the read-only client and leaves the deciding to the pure functions in decide.ts and ci.ts; the
 * steps run in this order because the verdict lists violations and notes in the order found, and
 * CI is waited for only while nothing else fails.
 */
import { findActionForPullRequest, updateAction, type ActionRecord } from '../../db/actions.js'
import type { Database } from '../../db/client.js'
import type { GitHubContext } from '../../github/client.js'
import { isSameRepository } from '../../github/names.js'
import type { LoadedConfig } from '../../config/source.js'
import type { Inputs } from '../../runtime/inputs.js'
import type { LifecycleDeps } from '../../runtime/deps.js'
import type { ChangeType, ConfigFileChange, FileChange } from '../../policy/types.js'
import { forLog } from '../../text/escape.js'
import { metadataThreats } from '../../policy/threats.js'
import { readApiChanges } from './changes-api.js'
import { readGitSourceChanges } from './changes-git.js'
import { evaluateCi, waitForCi } from './ci.js'
import {
  approvalCandidates,
  ciViolations,
  crossCheckLabels,
  decideLabelActor,
  decideManualWaiver,
  forcePushViolations,
  gateStatus,
  hasWriteAccess,
  judgeRails,
  labelActor,
  manualLabelActor,
  matchRecord,
  metadataFromLabels
} from './decide.js'
import type { GateEvent } from './event.js'
import {
  ownWorkflowPath,
  readCheckRuns,
  readPermission,
  readReviews,
  readStatuses,
  readTimeline
} from './read-api.js'
import { withoutVerdictChecks } from './publish.js'
import {
  RISK_LABEL_PREFIX,
  TYPE_LABEL_PREFIX,
  type GatePending,
  type GateVerdict,
  type GateViolation,
  type PullFacts,
  type TimelineFact
} from './types.js'

/** What every step reads from; the steps fill in `verdict`. */
export type GateJudgement = {
  deps: LifecycleDeps
  inputs: Inputs
  gh: GitHubContext
  event: GateEvent
  pr: PullFacts
  loaded: LoadedConfig
  verdict: GateVerdict
  /** The pull request's commit messages as read-api.ts listed them (ci-skip-marker). */
  commits?: { messages: string[]; complete: boolean }
}

/** Type and risk to judge the changes by, from the record or from vouched-for labels. */
type Proposal = { type: ChangeType; riskLevel: number; title: string; exemptFromTypePaths: boolean }

/** The pull request's changes, or none when they cannot all be judged. */
type Changes = { files?: FileChange[]; configFile?: ConfigFileChange }

type PermissionOf = (login: string) => Promise<string>

const q = (s: string) => JSON.stringify(s)

/** Judge an open pull request in scope; the verdict gets its status, violations and pending. */
export async function judgeInScope(j: GateJudgement, db: Database): Promise<void> {
  const { verdict, pr, inputs } = j
  const violations: GateViolation[] = []
  const found = await findActionForPullRequest(db.sql, {
    repository: j.deps.ctx.repository,
    number: pr.number,
    branch: pr.headRef
  })
  const timeline = await readTimeline(j.gh, pr.number)
  const permissionOf = memo((login: string) => readPermission(j.gh, login))
  const proposal = await proposalOf(j, db, { found, timeline, permissionOf }, violations)
  verdict.source = inputs.gateSource
  violations.push(...pullMetadataViolations(pr, j.commits))
  const changes = await readChanges(j, violations)
  violations.push(...railsViolations(j, changes, proposal))
  violations.push(...forcePushViolations(timeline, pr.createdAt))
  const pending = await reviewPending(j, permissionOf)
  violations.push(...(await ciOutcome(j, violations.length > 0)))
  verdict.violations = violations
  verdict.pending = pending
  verdict.status = gateStatus(violations, pending)
}

/**
 * The recorded action the pull request belongs to, else the manual waiver with type and risk from
 * labels; violations for what does not hold. Undefined when there is nothing to judge the changes by.
 */
async function proposalOf(
  j: GateJudgement,
  db: Database,
  facts: { found: ActionRecord | undefined; timeline: TimelineFact[]; permissionOf: PermissionOf },
  violations: GateViolation[]
): Promise<Proposal | undefined> {
  const { pr, verdict } = j
  const { timeline, permissionOf } = facts
  const match = matchRecord(facts.found, {
    number: pr.number,
    headRef: pr.headRef,
    sameRepository: sameRepository(pr, j.deps.ctx.repository)
  })
  const manualActor = manualLabelActor(pr.labels, timeline)
  const manualPermission = manualActor ? await permissionOf(manualActor.login) : undefined
  verdict.manual = decideManualWaiver(manualActor, manualPermission)
  if (match.record) return await adoptRecord(j, db, match.record, violations)
  if (verdict.manual.waived) return await proposalFromLabels(j, timeline, permissionOf, violations)
  violations.push({
    rule: 'not-recorded',
    message: `${match.problem}; ${verdict.manual.detail}. A pull request in scope must match an action the daily run recorded, or carry ${q('self-evolution:manual')} applied by a maintainer.`
  })
  return undefined
}

/** The pull request is a recorded action: judge it by the record's type, risk and title. */
async function adoptRecord(
  j: GateJudgement,
  db: Database,
  record: ActionRecord,
  violations: GateViolation[]
): Promise<Proposal> {
  const { pr, verdict } = j
  if (j.event.action === 'reopened' && record.status === 'closed') {
    // Closed, then reopened: the action is live again, so that its merge is recorded later.
    if (await updateAction(db.sql, record.id, { status: 'submitted', from: ['closed'] })) {
      record.status = 'submitted'
      verdict.notes.push(`Action ${record.id} is submitted again: the pull request was reopened.`)
    }
  }
  verdict.action = actionSummary(record)
  const recordedHead = record.payload.headSha
  let exemptFromTypePaths = false
  if (record.actionType === 'revert') {
    // The exemption belongs to the revert commit the daily run pushed, not to whatever the
    // branch holds now: on any other head the type-path rules apply as to any pull request.
    exemptFromTypePaths = typeof recordedHead === 'string' && recordedHead === pr.headSha
    if (!exemptFromTypePaths)
      verdict.notes.push(
        `This revert is judged like any pull request, with the type-path rules: its head ${pr.headSha.slice(0, 12)} is not the revert commit the daily run recorded (${typeof recordedHead === 'string' ? recordedHead.slice(0, 12) : 'none recorded'}).`
      )
  }
  violations.push(
    ...crossCheckLabels(
      pr.labels,
      { type: record.proposalType, riskLevel: record.riskLevel },
      // Only labels that are there are compared: type and risk come from the record, so a
      // removed label changes nothing.
      { required: false }
    )
  )
  if (typeof recordedHead === 'string' && recordedHead !== pr.headSha)
    verdict.notes.push(
      `The head ${pr.headSha.slice(0, 12)} is not the commit the daily run pushed (${recordedHead.slice(0, 12)}); the rails judge what is there now.`
    )
  return {
    type: record.proposalType as ChangeType,
    riskLevel: record.riskLevel,
    title: record.title,
    exemptFromTypePaths
  }
}

/** A waived pull request without a record: type and risk from labels a maintainer applied. */
async function proposalFromLabels(
  j: GateJudgement,
  timeline: TimelineFact[],
  permissionOf: PermissionOf,
  violations: GateViolation[]
): Promise<Proposal | undefined> {
  const { pr } = j
  const fromLabels = metadataFromLabels(pr.labels)
  if ('problem' in fromLabels) {
    violations.push({ rule: 'metadata-mismatch', message: fromLabels.problem })
    return undefined
  }
  // Anyone who can label (a bot, a triage user) could change type and risk after the
  // waiver: they count only as a maintainer last applied them, like the manual label.
  const unvouched: string[] = []
  for (const label of [
    `${TYPE_LABEL_PREFIX}${fromLabels.type}`,
    `${RISK_LABEL_PREFIX}${fromLabels.riskLevel}`
  ]) {
    const actor = labelActor(pr.labels, timeline, label)
    const permission = actor ? await permissionOf(actor.login) : undefined
    const vouched = decideLabelActor(label, actor, permission)
    if (!vouched.ok) unvouched.push(vouched.detail)
  }
  if (unvouched.length) {
    violations.push({
      rule: 'metadata-mismatch',
      message: `a pull request without a record takes its type and risk from labels a User with write access applied; ${unvouched.join('; ')}`
    })
    return undefined
  }
  return { ...fromLabels, title: pr.title, exemptFromTypePaths: false }
}

/**
 * ci-skip-marker and hidden-text on what GitHub reads to decide whether workflows run: the pull
 * request's title and description and its commits' messages. A list that could not be read in
 * full fails closed.
 */
export function pullMetadataViolations(
  pr: Pick<PullFacts, 'title' | 'body'>,
  commits: { messages: string[]; complete: boolean } | undefined
): GateViolation[] {
  const texts = [
    { what: "the pull request's title", text: pr.title },
    { what: "the pull request's description", text: pr.body }
  ]
  ;(commits?.messages ?? []).forEach((text, i) =>
    texts.push({ what: `the message of commit ${i + 1}`, text })
  )
  const out: GateViolation[] = metadataThreats(texts)
  if (!commits || !commits.complete)
    out.push({
      rule: 'ci-skip-marker',
      message: `the pull request's commit messages could not all be read (${commits?.messages.length ?? 0} listed), so a skip marker among them cannot be ruled out`
    })
  return out
}

/** The changes, read without checking anything out. */
async function readChanges(j: GateJudgement, violations: GateViolation[]): Promise<Changes> {
  const { deps, inputs, pr } = j
  if (inputs.gateSource === 'git') {
    const changes = await readGitSourceChanges({
      remote: `${deps.ctx.serverUrl.replace(/\/+$/, '')}/${deps.ctx.repository}.git`,
      token: inputs.githubToken,
      pr,
      configPath: inputs.configPath
    })
    return { files: changes.files, configFile: changes.configFile }
  }
  const changes = await readApiChanges(j.gh, pr, inputs.configPath, j.loaded.text)
  if (changes.truncated) {
    violations.push({
      rule: 'too-large',
      message: `GitHub listed ${changes.listed} of the pull request's ${changes.changedFiles} changed files (it lists at most 3000); the rest cannot be judged`
    })
    return {}
  }
  if (changes.note) j.verdict.notes.push(changes.note)
  return { files: changes.files, configFile: changes.configFile }
}

/** The rails on the changes, with the proposal's type and risk; none without a proposal. */
function railsViolations(
  j: GateJudgement,
  changes: Changes,
  proposal: Proposal | undefined
): GateViolation[] {
  const { inputs, verdict } = j
  if (!changes.files) return []
  if (!proposal) {
    verdict.notes.push(
      'The rails were not applied: without a recorded proposal there is no type and risk to judge by.'
    )
    return []
  }
  const rails = judgeRails({
    config: j.loaded.config,
    configPath: inputs.configPath,
    title: proposal.title,
    type: proposal.type,
    riskLevel: proposal.riskLevel,
    source: inputs.gateSource === 'git' ? 'git' : 'patch',
    files: changes.files,
    configFile: changes.configFile,
    exemptFromTypePaths: proposal.exemptFromTypePaths
  })
  verdict.rails = { type: rails.type, riskLevel: rails.riskLevel, allowed: rails.allowed, stats: rails.stats }
  return rails.violations
}

/** An approval of the head by a User with write access, when the config requires reviewers. */
async function reviewPending(j: GateJudgement, permissionOf: PermissionOf): Promise<GatePending[]> {
  const { pr, verdict } = j
  if (!j.loaded.config.safetyRails.requireReviewers) {
    verdict.review = { required: false, approvedBy: null, detail: 'safetyRails.requireReviewers is false' }
    return []
  }
  const reviews = await readReviews(j.gh, pr.number)
  const { candidates, ignored } = approvalCandidates(reviews, {
    headSha: pr.headSha,
    author: pr.author.login,
    agentLogins: j.inputs.agentLogins
  })
  let approvedBy: string | null = null
  for (const login of candidates) {
    const permission = await permissionOf(login)
    if (hasWriteAccess(permission)) {
      approvedBy = login
      break
    }
    ignored.push(`${q(login)} has ${q(permission)} permission, not write access`)
  }
  const detail = ignored.length ? `Approvals that do not count: ${ignored.join('; ')}.` : ''
  verdict.review = { required: true, approvedBy, detail }
  if (approvedBy) return []
  return [
    {
      rule: 'review-required',
      message: `an approval of the head ${pr.headSha.slice(0, 12)} by a User with write access, other than the author and the agent, is needed${ignored.length ? ` (${ignored.length} approval(s) do not count)` : ''}`
    }
  ]
}

/** CI on the head, waited for up to ci-timeout-minutes, when the config requires green CI. */
async function ciOutcome(j: GateJudgement, failsAlready: boolean): Promise<GateViolation[]> {
  const { deps, pr, verdict } = j
  const { host, ctx } = deps
  const config = j.loaded.config
  if (!config.safetyRails.diffCaps.requireGreenCI) {
    verdict.notes.push('safetyRails.diffCaps.requireGreenCI is false: CI is not part of the verdict.')
    return []
  }
  const ownPath = await ownWorkflowPath(j.gh, host.env, ctx.githubRunId)
  const read = async () => {
    // The gate's own verdict check runs (publish.ts) are never CI.
    const runs = withoutVerdictChecks(await readCheckRuns(j.gh, pr.headSha))
    const ci = evaluateCi({
      requireGreenCI: true,
      requiredChecks: config.safetyRails.requiredChecks,
      checkRuns: runs.counted,
      statuses: await readStatuses(j.gh, pr.headSha),
      ownWorkflowPath: ownPath,
      ownRunId: ctx.githubRunId
    })
    return { ...ci, excluded: [...runs.excluded, ...ci.excluded] }
  }
  // Waiting cannot change a verdict that already fails: read CI once then.
  const timeoutMs = failsAlready ? 0 : j.inputs.ciTimeoutMinutes * 60_000
  verdict.ci = await waitForCi({
    read,
    timeoutMs,
    sleep: deps.sleep,
    now: () => deps.now().getTime(),
    onWait: line => host.info(forLog(line))
  })
  return ciViolations(verdict.ci)
}

export function actionSummary(a: ActionRecord): GateVerdict['action'] {
  return {
    id: a.id,
    type: String(a.actionType),
    status: a.status,
    proposalType: a.proposalType,
    riskLevel: a.riskLevel
  }
}

/** The head branch lives in the repository itself, not in a fork (or a deleted one). */
export function sameRepository(pr: PullFacts, repository: string): boolean {
  return pr.headRepo !== null && isSameRepository(pr.headRepo, repository)
}

/** One read per login (case-insensitive, as GitHub's logins are). */
function memo<T>(fn: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>()
  return key => {
    const k = key.toLowerCase()
    if (!cache.has(k)) cache.set(k, fn(key))
    return cache.get(k)!
  }
}
