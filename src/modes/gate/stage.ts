/**
 * mode: gate, main and post. main reads the event, the pull request and the base's rules,
 * decides the scope, judges a pull request in scope (judge.ts: its steps around the pure
 * decisions), records the verdict in self_evolution_events (kind 'pr-gate'), writes the report
 * (summary, annotations, verdict.json, report.md) and fails the job on any violation or pending
 * condition, so that a required check stays red until everything holds. On a closed pull request
 * it moves the recorded action to merged or closed instead. post uploads verdict.json and
 * report.md as an artifact and never fails the job for its own trouble. Neither touches
 * self_evolution_runs.
 *
 * The one write to GitHub: with input checks-token (a GitHub App token with checks write), main
 * publishes the verdict as the check run VERDICT_CHECK_NAME on the head (publish.ts), through the
 * write gateway; a publication that fails fails the job. The gate's own GitHub token only reads.
 * Without the checks token the verdict is only the job's result, and the log and report say so.
 *
 * The gate never runs anything from the pull request: no checkout, no npm, no hooks. The rules
 * come from the config at the base SHA (contents API), never from the head.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Inputs } from '../../runtime/inputs.js'
import { findActionForPullRequest, updateAction } from '../../db/actions.js'
import type { Database } from '../../db/client.js'
import { recordEvent } from '../../db/events.js'
import { type GitHubContext } from '../../github/client.js'
import { readRepositoryFile } from '../../github/contents.js'
import { readConfig, type LoadedConfig } from '../../config/source.js'
import { logsUrl, readEventPayload } from '../../runtime/context.js'
import { errorLine, reportDir, type StageResult } from '../../runtime/stage.js'
import type { LifecycleDeps } from '../../runtime/deps.js'
import { summaryFor } from '../../report/summary.js'
import { forMarkdown } from '../../text/escape.js'
import { decideScope } from './decide.js'
import { parseGateEvent, type GateEvent } from './event.js'
import { actionSummary, judgeInScope, sameRepository, type GateJudgement } from './judge.js'
import { readCommitAuthors, readPull } from './read-api.js'
import {
  errorCheck,
  NOT_PUBLISHED_LINE,
  publishCheck,
  verdictCheck,
  type Publication,
  type PublishTarget
} from './publish.js'
import { annotateGate, renderGateReport, verdictJson } from './report.js'
import type { GateVerdict, PullFacts } from './types.js'
import { loadGateHandOver, saveGateHandOver } from '../../runtime/state.js'

export const GATE_EVENT_KIND = 'pr-gate'
export const GATE_FILES = ['verdict.json', 'report.md'] as const

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

/** The open pull request being judged, once read: where a check run goes, even after an error. */
type Seen = { pr?: PullFacts }

export async function gateMainStage(deps: LifecycleDeps, inputs: Inputs): Promise<StageResult> {
  let db: Database | undefined
  const openDb = async () => (db ??= await deps.openDatabase(inputs.databaseUrl))
  const seen: Seen = {}
  try {
    return await judgeGate(deps, inputs, openDb, seen)
  } catch (error) {
    return await failUndecided(deps, inputs, error, seen)
  } finally {
    await db?.close().catch(() => undefined)
  }
}

/**
 * Read the event, the pull request and the base's rules, decide the scope, then: settle a closed
 * pull request, pass one out of scope, or judge one in scope and record the verdict.
 */
async function judgeGate(
  deps: LifecycleDeps,
  inputs: Inputs,
  openDb: () => Promise<Database>,
  seen: Seen
): Promise<StageResult> {
  const { host, ctx } = deps
  const event = parseGateEvent(ctx.event, readEventPayload(host.env, 'the pull request event'))
  if (!ctx.repository) throw new Error('GITHUB_REPOSITORY is not set; the gate needs the repository.')
  // The gate only reads: the write gateway refuses this client.
  const gh = await deps.github(inputs.githubToken, { readOnly: true })
  const pr = await readPull(gh, event.number)
  if (pr.state === 'open') seen.pr = pr
  const verdict = skeleton(deps, event, pr)
  const commits = await readCommitAuthors(gh, pr)
  // The rules come from the base, never from the head: read them before anything else.
  const loaded = await readBaseConfig(gh, pr, inputs.configPath)
  verdict.configOrigin = loaded.origin
  verdict.scope = decideScope({
    scope: inputs.scope,
    branchPrefix: loaded.config.prTemplateConfig.branchPrefix,
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
  } else if (!verdict.scope.inScope) {
    verdict.status = 'out-of-scope'
    host.notice(
      `Pull request #${pr.number} is not the agent's (branch, author and commits are not the agent's, scope "${inputs.scope}"); it passes without judging.`
    )
  } else {
    const db = await openDb()
    const judgement: GateJudgement = { deps, inputs, gh, event, pr, loaded, verdict, commits }
    await judgeInScope(judgement, db)
    await recordVerdict(deps, db, verdict)
  }
  return await finish(deps, inputs, verdict, loaded)
}

/**
 * No verdict: say why in the summary and fail the job, so that a required check stays red; with the
 * checks token, publish a failure on the head when it is known, so that no earlier green check of
 * the same head stands.
 */
async function failUndecided(
  deps: LifecycleDeps,
  inputs: Inputs,
  error: unknown,
  seen: Seen
): Promise<StageResult> {
  const { host } = deps
  let message = `The gate could not decide: ${errorLine(error)}`
  if (inputs.checksToken && seen.pr) {
    const target = publishTarget(deps, seen.pr.number, seen.pr.headSha)
    const published = await publishCheck(deps, inputs, target, errorCheck(message, target.logs))
    host.info(published.line)
    if (published.failure) message += ` ${published.failure}`
  }
  try {
    await host.writeSummary(`## Self-evolution gate: error\n\n${forMarkdown(message, 1200)}\n`)
  } catch {
    /* the failure itself is what matters */
  }
  host.setOutput('status', 'failed')
  host.setOutput('gate-verdict', 'fail')
  host.setFailed(message)
  return { status: 'failed', message }
}

/** Where and under what names this run's check run goes. */
function publishTarget(deps: LifecycleDeps, number: number, headSha: string): PublishTarget {
  const { ctx } = deps
  return {
    number,
    headSha,
    externalId: gateRunName(deps, number),
    logs: logsUrl(ctx)
  }
}

/** This run's name for pull request `number`: the artifact's, and the check run's external_id. */
function gateRunName(deps: LifecycleDeps, number: number): string {
  return `self-evolution-gate-pr-${number}-run-${deps.ctx.githubRunId || 'local'}-${deps.ctx.attempt}`
}

/**
 * The verdict as the check run, when there is a checks token and something to publish (nothing
 * for a closed pull request); without the token, the one line that says it is not published.
 */
async function publishVerdict(
  deps: LifecycleDeps,
  inputs: Inputs,
  verdict: GateVerdict,
  report: string
): Promise<Publication> {
  if (!inputs.checksToken) {
    deps.host.notice(NOT_PUBLISHED_LINE)
    return { line: NOT_PUBLISHED_LINE }
  }
  const target = publishTarget(deps, verdict.pullRequest.number, verdict.pullRequest.headSha)
  const check = verdictCheck(verdict, report, target.logs)
  if (!check) return { line: `The pull request is ${verdict.status}: no check run is published.` }
  const published = await publishCheck(deps, inputs, target, check)
  deps.host.info(published.line)
  return published
}

/** The verdict as a 'pr-gate' event: the gate's record of what it decided and why. */
async function recordVerdict(deps: LifecycleDeps, db: Database, verdict: GateVerdict): Promise<void> {
  await recordEvent(db.sql, {
    repository: deps.ctx.repository,
    kind: GATE_EVENT_KIND,
    reason: verdict.status,
    githubRunId: deps.ctx.githubRunId || null,
    detail: JSON.parse(verdictJson(verdict)) as Record<string, unknown>,
    at: deps.now()
  })
}

async function readBaseConfig(gh: GitHubContext, pr: PullFacts, configPath: string): Promise<LoadedConfig> {
  const files = {
    readFile: (path: string, ref: string) =>
      readRepositoryFile(gh, { owner: gh.owner, repo: gh.repo, path, ref })
  }
  const origin = `${configPath} at the base ${pr.baseSha.slice(0, 12)}`
  return readConfig({ from: 'api', files, ref: pr.baseSha, origin }, configPath)
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
  await recordVerdict(deps, db, verdict)
}

/** Report, outputs, state for post; fail the job unless the verdict lets the PR through. */
async function finish(
  deps: LifecycleDeps,
  inputs: Inputs,
  verdict: GateVerdict,
  loaded: LoadedConfig | undefined
): Promise<StageResult> {
  const { host, ctx } = deps
  const name = gateRunName(deps, verdict.pullRequest.number)
  const dir = reportDir(deps, name)
  const judged = renderGateReport(verdict)
  const logs = logsUrl(ctx)
  // Published before anything else can fail; the line goes into the report whatever happened.
  const publication = await publishVerdict(deps, inputs, verdict, judged)
  const report = `${judged}\n> ${forMarkdown(publication.line, 1500)}\n`
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'verdict.json'), verdictJson(verdict), 'utf8')
  await writeFile(join(dir, 'report.md'), report + (logs ? `\nLogs: ${logs}\n` : ''), 'utf8')
  const attach = loaded ? loaded.config.telemetry.attachArtifacts : true
  const retention = inputs.artifactRetentionDays ?? loaded?.config.telemetry.logRetentionDays ?? 90
  saveGateHandOver(host, { reportDir: dir, artifactName: attach ? name : '', retentionDays: retention })
  annotateGate(host, verdict)
  await host.writeSummary(summaryFor(report, name))
  const ok = !publication.failure && verdict.status !== 'fail' && verdict.status !== 'pending'
  host.setOutput('status', ok ? 'success' : 'failed')
  host.setOutput('gate-verdict', verdict.status)
  host.setOutput('report-path', join(dir, 'report.md'))
  const n = verdict.pullRequest.number
  if (publication.failure) {
    host.setFailed(publication.failure)
    return { status: 'failed', message: publication.failure }
  }
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
