/**
 * mode: gate, main and post. main reads the event, the pull request and everything the gate
 * decides on, calls the pure decisions, records the verdict in self_evolution_events (kind
 * 'pr-gate'), writes the report (summary, annotations, verdict.json, report.md) and fails the job
 * on any violation or pending condition, so that a required check stays red until everything
 * holds. On a closed pull request it moves the recorded action to merged or closed instead.
 * post uploads verdict.json and report.md as an artifact and never fails the job for its own
 * trouble. Neither touches self_evolution_runs, and nothing here writes to GitHub.
 *
 * The gate never runs anything from the pull request: no checkout, no npm, no hooks. The rules
 * come from the config at the base SHA (contents API), never from the head.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Inputs } from '../../runtime/inputs.js'
import { findActionForPullRequest, updateAction, type ActionRecord } from '../../db/actions.js'
import type { Database } from '../../db/client.js'
import { recordEvent } from '../../db/events.js'
import { type GitHubContext } from '../../github/client.js'
import { readRepositoryFile } from '../../github/contents.js'
import { loadConfig, type LoadedConfig } from '../../config/source.js'
import { logsUrl, readEventPayload } from '../../runtime/context.js'
import { errorLine, reportDir, type StageResult } from '../../runtime/stage.js'
import type { LifecycleDeps } from '../../runtime/deps.js'
import type { ChangeType, ConfigFileChange, FileChange } from '../../policy/types.js'
import { summaryFor } from '../../report/summary.js'
import { forLog, forMarkdown } from '../../text/escape.js'
import { readApiChanges } from './changes-api.js'
import { readGitSourceChanges } from './changes-git.js'
import { evaluateCi, waitForCi } from './ci.js'
import {
  approvalCandidates,
  ciViolations,
  crossCheckLabels,
  decideLabelActor,
  decideManualWaiver,
  decideScope,
  forcePushViolations,
  gateStatus,
  hasWriteAccess,
  judgeRails,
  labelActor,
  manualLabelActor,
  matchRecord,
  metadataFromLabels
} from './decide.js'
import { parseGateEvent, type GateEvent } from './event.js'
import {
  ownWorkflowPath,
  readCheckRuns,
  readCommitAuthors,
  readPermission,
  readPull,
  readReviews,
  readStatuses,
  readTimeline
} from './read-api.js'
import { annotateGate, renderGateReport, verdictJson } from './report.js'
import {
  RISK_LABEL_PREFIX,
  TYPE_LABEL_PREFIX,
  type GatePending,
  type GateVerdict,
  type GateViolation,
  type PullFacts
} from './types.js'
import { isSameRepository } from '../../github/names.js'
import { loadGateHandOver, saveGateHandOver } from '../../runtime/state.js'

export const GATE_EVENT_KIND = 'pr-gate'
export const GATE_FILES = ['verdict.json', 'report.md'] as const

const q = (s: string) => JSON.stringify(s)

function skeleton(deps: LifecycleDeps, event: GateEvent, pr: PullFacts): GateVerdict {
  return {
    version: 1,
    repository: deps.ctx.repository,
    pullRequest: {
      number: pr.number,
      url: pr.htmlUrl,
      headSha: pr.headSha,
      baseSha: pr.baseSha,
      headRef: pr.headRef,
      baseRef: pr.baseRef,
      author: pr.author.login,
      title: pr.title
    },
    event: { name: event.name, action: event.action },
    source: null,
    status: 'pass',
    scope: { inScope: false, reasons: [] },
    action: null,
    manual: { waived: false, detail: '' },
    violations: [],
    pending: [],
    notes: [],
    rails: null,
    ci: null,
    review: null,
    configOrigin: ''
  }
}

function actionSummary(a: ActionRecord): GateVerdict['action'] {
  return {
    id: a.id,
    type: String(a.actionType),
    status: a.status,
    proposalType: a.proposalType,
    riskLevel: a.riskLevel
  }
}

export async function gateMainStage(deps: LifecycleDeps, inputs: Inputs): Promise<StageResult> {
  const { host, ctx } = deps
  let db: Database | undefined
  try {
    const event = parseGateEvent(ctx.event, readEventPayload(host.env, 'the pull request event'))
    if (!ctx.repository) throw new Error('GITHUB_REPOSITORY is not set; the gate needs the repository.')
    // The gate only reads: the write gateway refuses this client.
    const gh = await deps.github(inputs.githubToken, { readOnly: true })
    const pr = await readPull(gh, event.number)
    const verdict = skeleton(deps, event, pr)
    const openDb = async () => (db ??= await deps.openDatabase(inputs.databaseUrl))

    const commits = await readCommitAuthors(gh, pr)
    // The rules come from the base, never from the head: read them before anything else.
    const loaded = await readBaseConfig(gh, pr, inputs.configPath)
    verdict.configOrigin = loaded.origin
    const config = loaded.config
    verdict.scope = decideScope({
      scope: inputs.scope,
      branchPrefix: config.prTemplateConfig.branchPrefix,
      agentLogins: inputs.agentLogins,
      headRef: pr.headRef,
      author: pr.author.login,
      commitAuthors: commits.authors,
      commitsComplete: commits.complete
    })
    if (pr.state === 'closed') {
      if (verdict.scope.inScope) await settleClosed(deps, await openDb(), pr, verdict)
      else {
        verdict.status = pr.merged ? 'merged' : 'closed'
        verdict.notes.push('Not the agent’s pull request: no recorded action to update.')
      }
      return await finish(deps, inputs, verdict, loaded)
    }
    if (!verdict.scope.inScope) {
      verdict.status = 'out-of-scope'
      host.notice(
        `Pull request #${pr.number} is not the agent's (branch, author and commits are not the agent's, scope "${inputs.scope}"); it passes without judging.`
      )
      return await finish(deps, inputs, verdict, loaded)
    }

    const violations: GateViolation[] = []
    const pending: GatePending[] = []
    const database = await openDb()
    const found = await findActionForPullRequest(database.sql, {
      repository: ctx.repository,
      number: pr.number,
      branch: pr.headRef
    })
    const match = matchRecord(found, {
      number: pr.number,
      headRef: pr.headRef,
      sameRepository: sameRepository(pr, ctx.repository)
    })
    const timeline = await readTimeline(gh, pr.number)
    const manualActor = manualLabelActor(pr.labels, timeline)
    const permissionOf = memo((login: string) => readPermission(gh, login))
    const manualPermission = manualActor ? await permissionOf(manualActor.login) : undefined
    verdict.manual = decideManualWaiver(manualActor, manualPermission)

    let meta: { type: ChangeType; riskLevel: number } | undefined
    let title = pr.title
    let exemptFromTypePaths = false
    if (match.record) {
      const record = match.record
      if (event.action === 'reopened' && record.status === 'closed') {
        // Closed, then reopened: the action is live again, so that its merge is recorded later.
        if (await updateAction(database.sql, record.id, { status: 'submitted', from: ['closed'] })) {
          record.status = 'submitted'
          verdict.notes.push(`Action ${record.id} is submitted again: the pull request was reopened.`)
        }
      }
      verdict.action = actionSummary(record)
      meta = { type: record.proposalType as ChangeType, riskLevel: record.riskLevel }
      title = record.title
      const recordedHead = record.payload.headSha
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
    } else if (verdict.manual.waived) {
      const fromLabels = metadataFromLabels(pr.labels)
      if ('problem' in fromLabels) violations.push({ rule: 'metadata-mismatch', message: fromLabels.problem })
      else {
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
        if (unvouched.length)
          violations.push({
            rule: 'metadata-mismatch',
            message: `a pull request without a record takes its type and risk from labels a User with write access applied; ${unvouched.join('; ')}`
          })
        else meta = fromLabels
      }
    } else {
      violations.push({
        rule: 'not-recorded',
        message: `${match.problem}; ${verdict.manual.detail}. A pull request in scope must match an action the daily run recorded, or carry ${q('self-evolution:manual')} applied by a maintainer.`
      })
    }

    // The changes, read without checking anything out.
    verdict.source = inputs.gateSource
    let files: FileChange[] | undefined
    let configFile: ConfigFileChange | undefined
    if (inputs.gateSource === 'git') {
      const changes = await readGitSourceChanges({
        remote: `${ctx.serverUrl.replace(/\/+$/, '')}/${ctx.repository}.git`,
        token: inputs.githubToken,
        pr,
        configPath: inputs.configPath
      })
      files = changes.files
      configFile = changes.configFile
    } else {
      const changes = await readApiChanges(gh, pr, inputs.configPath, loaded.text)
      if (changes.truncated) {
        violations.push({
          rule: 'too-large',
          message: `GitHub listed ${changes.listed} of the pull request's ${changes.changedFiles} changed files (it lists at most 3000); the rest cannot be judged`
        })
      } else {
        files = changes.files
        configFile = changes.configFile
        if (changes.note) verdict.notes.push(changes.note)
      }
    }
    if (files && meta) {
      const rails = judgeRails({
        config,
        configPath: inputs.configPath,
        title,
        type: meta.type,
        riskLevel: meta.riskLevel,
        source: inputs.gateSource === 'git' ? 'git' : 'patch',
        files,
        configFile,
        exemptFromTypePaths
      })
      verdict.rails = {
        type: rails.type,
        riskLevel: rails.riskLevel,
        allowed: rails.allowed,
        stats: rails.stats
      }
      violations.push(...rails.violations)
    } else if (files) {
      verdict.notes.push(
        'The rails were not applied: without a recorded proposal there is no type and risk to judge by.'
      )
    }

    violations.push(...forcePushViolations(timeline, pr.createdAt))

    if (config.safetyRails.requireReviewers) {
      const reviews = await readReviews(gh, pr.number)
      const { candidates, ignored } = approvalCandidates(reviews, {
        headSha: pr.headSha,
        author: pr.author.login,
        agentLogins: inputs.agentLogins
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
      if (!approvedBy)
        pending.push({
          rule: 'review-required',
          message: `an approval of the head ${pr.headSha.slice(0, 12)} by a User with write access, other than the author and the agent, is needed${ignored.length ? ` (${ignored.length} approval(s) do not count)` : ''}`
        })
    } else {
      verdict.review = { required: false, approvedBy: null, detail: 'safetyRails.requireReviewers is false' }
    }

    if (config.safetyRails.diffCaps.requireGreenCI) {
      const ownPath = await ownWorkflowPath(gh, host.env, ctx.githubRunId)
      const read = async () =>
        evaluateCi({
          requireGreenCI: true,
          requiredChecks: config.safetyRails.requiredChecks,
          checkRuns: await readCheckRuns(gh, pr.headSha),
          statuses: await readStatuses(gh, pr.headSha),
          ownWorkflowPath: ownPath,
          ownRunId: ctx.githubRunId
        })
      // Waiting cannot change a verdict that already fails: read CI once then.
      const timeoutMs = violations.length > 0 ? 0 : inputs.ciTimeoutMinutes * 60_000
      verdict.ci = await waitForCi({
        read,
        timeoutMs,
        sleep: deps.sleep,
        now: () => deps.now().getTime(),
        onWait: line => host.info(forLog(line))
      })
      violations.push(...ciViolations(verdict.ci))
    } else {
      verdict.notes.push('safetyRails.diffCaps.requireGreenCI is false: CI is not part of the verdict.')
    }

    verdict.violations = violations
    verdict.pending = pending
    verdict.status = gateStatus(violations, pending)
    await recordEvent(database.sql, {
      repository: ctx.repository,
      kind: GATE_EVENT_KIND,
      reason: verdict.status,
      githubRunId: ctx.githubRunId || null,
      detail: JSON.parse(verdictJson(verdict)) as Record<string, unknown>,
      at: deps.now()
    })
    return await finish(deps, inputs, verdict, loaded)
  } catch (error) {
    const message = `The gate could not decide: ${errorLine(error)}`
    try {
      await host.writeSummary(`## Self-evolution gate: error\n\n${forMarkdown(message, 1200)}\n`)
    } catch {
      /* the failure itself is what matters */
    }
    host.setOutput('status', 'failed')
    host.setOutput('gate-verdict', 'fail')
    host.setFailed(message)
    return { status: 'failed', message }
  } finally {
    await db?.close().catch(() => undefined)
  }
}

/** The head branch lives in the repository itself, not in a fork (or a deleted one). */
function sameRepository(pr: PullFacts, repository: string): boolean {
  return pr.headRepo !== null && isSameRepository(pr.headRepo, repository)
}

function memo<T>(fn: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>()
  return key => {
    const k = key.toLowerCase()
    if (!cache.has(k)) cache.set(k, fn(key))
    return cache.get(k)!
  }
}

async function readBaseConfig(gh: GitHubContext, pr: PullFacts, configPath: string): Promise<LoadedConfig> {
  const text = await readRepositoryFile(gh, {
    owner: gh.owner,
    repo: gh.repo,
    path: configPath,
    ref: pr.baseSha
  })
  return loadConfig({ text, origin: `${configPath} at the base ${pr.baseSha.slice(0, 12)}` }, configPath)
}

/** A closed pull request: the recorded action becomes merged (with its merge SHA) or closed. */
async function settleClosed(deps: LifecycleDeps, db: Database, pr: PullFacts, verdict: GateVerdict) {
  verdict.status = pr.merged ? 'merged' : 'closed'
  const found = await findActionForPullRequest(db.sql, {
    repository: deps.ctx.repository,
    number: pr.number,
    branch: pr.headRef
  })
  const recordedPr = (found?.payload.pullRequest as { number?: unknown } | undefined)?.number
  const ours =
    found &&
    (found.actionType === 'pr' || found.actionType === 'revert') &&
    (recordedPr === undefined || recordedPr === null
      ? // The daily run pushes to the repository itself: a fork's branch of the same name is not it.
        found.payload.branch === pr.headRef && sameRepository(pr, deps.ctx.repository)
      : Number(recordedPr) === pr.number)
  if (!found || !ours) {
    verdict.notes.push(`No recorded action for pull request #${pr.number}: nothing to update.`)
  } else {
    verdict.action = actionSummary(found)
    const changed = pr.merged
      ? await updateAction(db.sql, found.id, {
          status: 'merged',
          payload: pr.mergeCommitSha ? { mergeSha: pr.mergeCommitSha } : {},
          // closed too: a pull request closed, reopened and merged (the reopening may have gone unseen).
          from: ['submitted', 'planned', 'closed']
        })
      : await updateAction(db.sql, found.id, { status: 'closed', from: ['submitted', 'planned'] })
    verdict.notes.push(
      changed
        ? `Action ${found.id} is now ${verdict.status}${pr.merged && pr.mergeCommitSha ? ` (merge ${pr.mergeCommitSha.slice(0, 12)})` : ''}.`
        : `Action ${found.id} was already ${found.status}; left as it is.`
    )
    if (changed && verdict.action) verdict.action.status = verdict.status
  }
  await recordEvent(db.sql, {
    repository: deps.ctx.repository,
    kind: GATE_EVENT_KIND,
    reason: verdict.status,
    githubRunId: deps.ctx.githubRunId || null,
    detail: JSON.parse(verdictJson(verdict)) as Record<string, unknown>,
    at: deps.now()
  })
}

/** Report, outputs, state for post; fail the job unless the verdict lets the PR through. */
async function finish(
  deps: LifecycleDeps,
  inputs: Inputs,
  verdict: GateVerdict,
  loaded: LoadedConfig | undefined
): Promise<StageResult> {
  const { host, ctx } = deps
  const name = `self-evolution-gate-pr-${verdict.pullRequest.number}-run-${ctx.githubRunId || 'local'}-${ctx.attempt}`
  const dir = reportDir(deps, name)
  const report = renderGateReport(verdict)
  const logs = logsUrl(ctx)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'verdict.json'), verdictJson(verdict), 'utf8')
  await writeFile(join(dir, 'report.md'), report + (logs ? `\nLogs: ${logs}\n` : ''), 'utf8')
  const attach = loaded ? loaded.config.telemetry.attachArtifacts : true
  const retention = inputs.artifactRetentionDays ?? loaded?.config.telemetry.logRetentionDays ?? 90
  saveGateHandOver(host, { reportDir: dir, artifactName: attach ? name : '', retentionDays: retention })
  annotateGate(host, verdict)
  await host.writeSummary(summaryFor(report, name))
  const ok = verdict.status !== 'fail' && verdict.status !== 'pending'
  host.setOutput('status', ok ? 'success' : 'failed')
  host.setOutput('gate-verdict', verdict.status)
  host.setOutput('report-path', join(dir, 'report.md'))
  const n = verdict.pullRequest.number
  if (verdict.status === 'fail') {
    const rules = [...new Set(verdict.violations.map(v => v.rule))].join(', ')
    const message = `The gate blocked pull request #${n}: ${verdict.violations.length} violation(s) (${rules}); see the job summary.`
    host.setFailed(message)
    return { status: 'failed', message }
  }
  if (verdict.status === 'pending') {
    const message = `Pull request #${n} is waiting for: ${verdict.pending.map(p => p.rule).join(', ')}. The gate runs again when that changes.`
    host.setFailed(message)
    return { status: 'failed', message }
  }
  host.info(`Gate verdict for pull request #${n}: ${verdict.status}.`)
  return { status: 'success' }
}

/** post in gate mode: upload the report; never fail the job for its own trouble. */
export async function gatePostStage(deps: LifecycleDeps): Promise<StageResult> {
  const { host } = deps
  try {
    const { reportDir: dir, artifactName: name, retentionDays } = loadGateHandOver(host)
    if (!dir) {
      host.info('Nothing to upload: the gate wrote no report.')
      return { status: 'skipped' }
    }
    if (!name) {
      host.info(`telemetry.attachArtifacts is off: the gate's report stays in ${dir}.`)
      return { status: 'success' }
    }
    const { uploadRunArtifact } = await import('../../report/artifacts.js')
    const up = await uploadRunArtifact({
      name,
      dir,
      files: [...GATE_FILES],
      retentionDays,
      env: deps.ctx.onGitHub ? host.env : {}
    })
    if (up.uploaded) host.info(`Uploaded the gate's report as ${name}.`)
    else host.info(`The gate's report was not uploaded: ${up.reason}. The files are in ${up.dir}.`)
    return { status: 'success' }
  } catch (error) {
    host.warning(`post could not upload the gate's report: ${errorLine(error)}`)
    return { status: 'failed', message: errorLine(error) }
  }
}
