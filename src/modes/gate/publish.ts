/**
 * The gate's verdict as a check run made with a GitHub App's token (input checks-token), the one
 * thing the gate writes to GitHub.
 *
 * Why: a job's own check is a name, and on pull_request_review GitHub runs the workflow of the pull
 * request's merge commit, so a pull request that edits the gate's workflow can post a green check of
 * the same name; a status or check made with GITHUB_TOKEN has the same source (GitHub Actions) as that
 * spoofed one. A check run made by the App has the App as its source, which a ruleset pins with
 * `integration_id` (docs/security.md). The gate's own GitHub token stays read-only; the checks token
 * reaches GitHub only through the write gateway.
 *
 * The conclusions, chosen so that a ruleset requiring VERDICT_CHECK_NAME stays red until everything
 * holds (GitHub counts success, neutral and skipped as passing):
 *   pass → success; fail → failure; pending → action_required (a person must act: approve, or wait
 *   for CI; it is a completed state, so no check spins forever, and it never passes);
 *   out-of-scope → neutral (not judged: a person's pull request is not blocked, and the check shows it
 *   was not judged); an error → failure; closed and merged → nothing (there is nothing left to merge).
 */
import { createCompletedCheckRun, CHECK_SUMMARY_LIMIT, type CheckConclusion } from '../../github/checks.js'
import { parseRepository } from '../../github/client.js'
import { createWriteGateway } from '../../github/gateway.js'
import type { LifecycleDeps } from '../../runtime/deps.js'
import type { Inputs } from '../../runtime/inputs.js'
import { errorLine } from '../../runtime/stage.js'
import { forLog, forMarkdown } from '../../text/escape.js'
import type { CheckRunFact, CiResult, GateStatus, GateVerdict } from './types.js'

/** The check run's name: the context a ruleset requires, with the App's id as integration_id. */
export const VERDICT_CHECK_NAME = 'self-evolution/verdict'
/** The GitHub Actions app: check runs it makes come from any workflow, so never the verdict's source. */
export const GITHUB_ACTIONS_APP_ID = 15368
export const GITHUB_ACTIONS_APP_SLUG = 'github-actions'

const CONCLUSIONS: Record<GateStatus, CheckConclusion | undefined> = {
  pass: 'success',
  fail: 'failure',
  pending: 'action_required',
  'out-of-scope': 'neutral',
  merged: undefined,
  closed: undefined
}

/** The conclusion of a verdict, or undefined when nothing is published (closed, merged). */
export function conclusionOf(status: GateStatus): CheckConclusion | undefined {
  return CONCLUSIONS[status]
}

/** A rule id as the product writes them; anything else is not echoed into a title. */
const RULE_ID = /^[a-z][a-z0-9-]{0,39}$/

function ruleList(rules: string[]): string {
  const ids = [...new Set(rules)]
  const shown = ids.filter(r => RULE_ID.test(r)).slice(0, 6)
  const more = ids.length - shown.length
  return shown.join(', ') + (more > 0 ? `${shown.length ? ', ' : ''}${more} more` : '')
}

/** The title: the product's own words and rule ids only, never text the agent wrote. */
export function verdictTitle(v: GateVerdict): string {
  const n = v.pullRequest.number
  switch (v.status) {
    case 'pass':
      return `Pull request #${n} passed the self-evolution gate`
    case 'fail':
      return `Blocked: ${v.violations.length} violation(s) (${ruleList(v.violations.map(x => x.rule))})`
    case 'pending':
      return `Waiting for: ${ruleList(v.pending.map(p => p.rule))}`
    case 'out-of-scope':
      return `Not the agent's pull request: not judged`
    default:
      return `Pull request #${n} is ${v.status}`
  }
}

/**
 * Markdown within GitHub's limit: whole lines only (every line of the report is escaped on its own,
 * so no escape is cut in half), then a line that says where the rest is.
 */
export function capSummary(markdown: string, tail: string, limit = CHECK_SUMMARY_LIMIT): string {
  const end = `\n\n${tail}\n`
  if (markdown.length + end.length <= limit) return markdown + end
  const cut = `\n\n_The report is cut here: GitHub keeps ${limit} characters of a check run's summary; the whole report is in the job summary and its artifact._${end}`
  const room = Math.max(0, limit - cut.length)
  let body = markdown.slice(0, room)
  const lastBreak = body.lastIndexOf('\n')
  body = lastBreak > 0 ? body.slice(0, lastBreak) : ''
  return body + cut
}

export type VerdictCheck = { conclusion: CheckConclusion; title: string; summary: string }

/** What to publish for a verdict, or undefined when nothing is (closed, merged). */
export function verdictCheck(v: GateVerdict, report: string, logs: string): VerdictCheck | undefined {
  const conclusion = conclusionOf(v.status)
  if (!conclusion) return undefined
  const tail = logs ? `Logs: ${logs}` : 'Logs: the job that ran the gate.'
  return { conclusion, title: verdictTitle(v), summary: capSummary(report, tail) }
}

/** A gate that could not decide: a failure, so that no earlier green check of this head stands. */
export function errorCheck(message: string, logs: string): VerdictCheck {
  return {
    conclusion: 'failure',
    title: 'The gate could not decide',
    summary: capSummary(
      `## Self-evolution gate: error\n\n${forMarkdown(message, 1200)}`,
      logs ? `Logs: ${logs}` : ''
    )
  }
}

/**
 * The verdict check runs themselves are never CI: a failure from an earlier verdict would make
 * every later one fail. Left out by name, whichever app made them (leaving a check out never
 * turns CI green: a missing required check is still missing).
 */
export function withoutVerdictChecks(runs: CheckRunFact[]): {
  counted: CheckRunFact[]
  excluded: CiResult['excluded']
} {
  const counted = runs.filter(r => r.name !== VERDICT_CHECK_NAME)
  const excluded = runs
    .filter(r => r.name === VERDICT_CHECK_NAME)
    .map(r => ({ name: r.name, why: "the gate's own verdict check run" }))
  return { counted, excluded }
}

/** The one line said when there is no checks token (log and report). */
export const NOT_PUBLISHED_LINE =
  'The verdict is not published as an App check run (input "checks-token" is empty): the ruleset must require this job\'s check, which a pull_request_review run of a workflow the pull request edits can spoof.'

export type Publication = {
  /** One line for the log and the report. */
  line: string
  /** Set when publishing failed: the job must fail with it. */
  failure?: string
}

export type PublishTarget = { headSha: string; number: number; externalId: string; logs: string }

/**
 * Publish one check on the pull request's head with the checks token, through the write gateway.
 * The kill switch is not asked: it stops the agent, and the verdict is the fence around the agent;
 * turning the agent off must neither lift the fence nor block people's pull requests. A dry run
 * forced by the dry-run input records the write and sends nothing. Never throws: a failure is
 * returned for the caller to fail the job with.
 */
export async function publishCheck(
  deps: LifecycleDeps,
  inputs: Pick<Inputs, 'checksToken' | 'forceDryRun'>,
  target: PublishTarget,
  check: VerdictCheck
): Promise<Publication> {
  const what = `the check run "${VERDICT_CHECK_NAME}" (${check.conclusion}) on ${target.headSha.slice(0, 12)}`
  try {
    const dryRun = inputs.forceDryRun
    const gh = dryRun ? undefined : await deps.github(inputs.checksToken)
    const gateway = createWriteGateway({
      octokit: gh,
      dryRun,
      checkFlag: async () => true,
      log: line => deps.host.info(forLog(line))
    })
    const created = await createCompletedCheckRun(gateway, {
      ...parseRepository(deps.ctx.repository),
      name: VERDICT_CHECK_NAME,
      headSha: target.headSha,
      conclusion: check.conclusion,
      title: check.title,
      summary: check.summary,
      detailsUrl: target.logs || undefined,
      externalId: target.externalId,
      completedAt: deps.now().toISOString()
    })
    if (!created) return { line: `Dry run: ${what} was not published.` }
    if (created.appId === GITHUB_ACTIONS_APP_ID) {
      return {
        line: `Published ${what}, but GitHub Actions made it: it proves nothing.`,
        failure: `The check run "${VERDICT_CHECK_NAME}" was made by GitHub Actions, not a GitHub App: input "checks-token" must be a GitHub App installation token with checks write, not GITHUB_TOKEN.`
      }
    }
    return { line: `Published ${what} (check run ${created.id}).` }
  } catch (error) {
    const message = `The gate could not publish ${what} on pull request #${target.number}, so the job fails (a verdict that is not published must not let anything merge): ${errorLine(error)}`
    return { line: message, failure: message }
  }
}
