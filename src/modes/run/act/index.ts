/**
 * Acting on a run's allowed proposals: what main calls around the judgement.
 *
 *   const actor = await prepareActor(deps, run)       live with a write-token: clean up leftovers first
 *   judgeAndRecord({ ..., planActions: actor.plan })   reasons go into the recorded payloads
 *   const result = await actor.execute(judged.proposals)
 *
 * A dry run, or a live run without a write-token, touches neither GitHub nor git: every allowed
 * proposal stays planned with its reason, written in the same insert as the action itself.
 */
import type { Config } from '../../../config/schema.js'
import type { Queryable } from '../../../db/client.js'
import { listLeftoverActions } from '../../../db/actions.js'
import { readKillSwitch } from '../../../db/flags.js'
import { errorText, listAll, type GitHubContext } from '../../../github/client.js'
import { getDefaultBranch } from '../../../github/contents.js'
import { createWriteGateway } from '../../../github/gateway.js'
import { originUrl as checkoutOrigin } from '../../../git/remote.js'
import type { JudgedProposal } from '../../../daily/judge.js'
import type { Inputs } from '../../../runtime/inputs.js'
import type { LifecycleDeps } from '../../../runtime/deps.js'
import { forLog } from '../../../text/escape.js'
import { candidatesOf, planExecution, type PlanEntry } from './plan.js'

export { candidatesOf }
import { cleanLeftovers, executeIssue, executePullRequest, type ActEnv, type ActOutcome } from './execute.js'
import { isSameRepository } from '../../../github/names.js'

/** What acting takes from the lifecycle: GitHub, the job's checkout and event, and the log. */
export type ActorDeps = Pick<LifecycleDeps, 'github' | 'ctx' | 'host'>

/** What is acting's own: the claimed run, its committed config and its database connection. */
export type ActorRun = {
  sql: Queryable
  config: Config
  inputs: Pick<Inputs, 'configPath' | 'writeToken'>
  claimed: { runId: number; runDate: string; repository: string; dryRun: boolean }
}

export type ActResult = {
  outcomes: ActOutcome[]
  /** Lines for the report. */
  notes: string[]
  /** Set when something could not be answered: the run fails after recording. */
  failure?: string
}

export type Actor = {
  plan: (proposals: readonly JudgedProposal[]) => Promise<PlanEntry[]>
  execute: (judged: readonly JudgedProposal[]) => Promise<ActResult>
}

/** What reaching GitHub gave: the client and the acting environment, or why there are none. */
type Reach = { gh?: GitHubContext; env?: ActEnv; unavailable?: string }

/** What the actor learns as it goes: report lines, the first failure, and the plan it made. */
type ActState = { notes: string[]; failure?: string; leftoverProblem?: string; decided?: PlanEntry[] }

export async function prepareActor(deps: ActorDeps, run: ActorRun): Promise<Actor> {
  const state: ActState = { notes: [] }
  const reach = isLive(deps, run)
    ? await reachGitHub(deps, run)
    : { unavailable: deps.ctx.onGitHub ? undefined : 'GitHub is not reachable from a local run' }
  if (reach.env) await cleanUpLeftovers(reach.env, run, state)
  return {
    plan: async proposals => (state.decided = await planFor(deps, run, reach, state, proposals)),
    execute: judged => executeChosen(reach.env, state, judged)
  }
}

/**
 * Nothing can act without a live change type: then GitHub, git and the leftovers are left alone
 * (they are cleaned up by the first run that may act again).
 */
function isLive(deps: ActorDeps, run: ActorRun): boolean {
  return (
    !run.claimed.dryRun &&
    run.inputs.writeToken !== '' &&
    deps.ctx.onGitHub &&
    run.config.rollout.liveChangeTypes.length > 0
  )
}

/** The write client, its gateway, and where to clone from; a failure only says why not. */
async function reachGitHub(deps: ActorDeps, run: ActorRun): Promise<Reach> {
  const { claimed, inputs } = run
  let gh: GitHubContext | undefined
  const log = (line: string) => deps.host.info(forLog(line))
  try {
    const client = await deps.github(inputs.writeToken, { repository: claimed.repository })
    gh = client
    const gateway = createWriteGateway({
      octokit: client,
      dryRun: false,
      checkFlag: async () => (await readKillSwitch(run.sql, claimed.repository)).on,
      log
    })
    const env: ActEnv = {
      sql: run.sql,
      gateway,
      owner: client.owner,
      repo: client.repo,
      remote: await originUrl(deps.ctx.workspace),
      defaultBranch: deps.ctx.defaultBranch || (await getDefaultBranch(client)),
      token: inputs.writeToken,
      config: run.config,
      configPath: inputs.configPath,
      runId: claimed.runId,
      runDate: claimed.runDate,
      log
    }
    return { gh, env }
  } catch (error) {
    // Fails the run only if a proposal would have acted (see planFor).
    return {
      gh,
      unavailable: `the repository to clone or its default branch could not be read (${errorText(error)})`
    }
  }
}

/** Earlier runs' leftover branches go first; when they cannot, nothing acts. */
async function cleanUpLeftovers(env: ActEnv, run: ActorRun, state: ActState): Promise<void> {
  try {
    const leftovers = await listLeftoverActions(run.sql, run.claimed.repository)
    for (const line of leftovers.length ? await cleanLeftovers(env, leftovers) : []) {
      state.notes.push(`Leftover branch ${line}.`)
    }
  } catch (error) {
    state.leftoverProblem = `the branches earlier runs left behind could not be checked or cleaned up (${errorText(error)})`
    state.failure = `Nothing acted: ${state.leftoverProblem}.`
  }
}

async function planFor(
  deps: ActorDeps,
  run: ActorRun,
  reach: Reach,
  state: ActState,
  proposals: readonly JudgedProposal[]
): Promise<PlanEntry[]> {
  const rollout = run.config.rollout
  const entries = await planExecution({
    candidates: candidatesOf(proposals),
    dryRun: run.claimed.dryRun,
    hasWriteToken: run.inputs.writeToken !== '',
    liveChangeTypes: rollout.liveChangeTypes,
    maxActionsPerRun: rollout.maxActionsPerRun,
    maxOpenPullRequests: rollout.maxOpenPullRequests,
    leftoverProblem: state.leftoverProblem,
    unavailable: reach.unavailable,
    openPullRequests: async () => {
      if (!reach.gh) return { unknown: 'GitHub is not reachable from this run' }
      try {
        return await countOpenPullRequests(reach.gh, run.config.prTemplateConfig.branchPrefix)
      } catch (error) {
        state.failure ??= `The open pull requests could not be counted, so no pull request was opened (${errorText(error)}).`
        return { unknown: `the open pull requests could not be counted (${errorText(error)})` }
      }
    }
  })
  if (deps.ctx.onGitHub && entries.some(e => !e.execute && e.reason.startsWith('github-unavailable:'))) {
    state.failure ??= `Nothing acted: ${reach.unavailable}.`
  }
  return entries
}

/** Execute what the plan chose, one proposal at a time; the first failure fails the run. */
async function executeChosen(
  env: ActEnv | undefined,
  state: ActState,
  judged: readonly JudgedProposal[]
): Promise<ActResult> {
  const outcomes: ActOutcome[] = []
  const chosen = (state.decided ?? []).filter(e => e.execute)
  if (!chosen.length || !env) return { outcomes, notes: state.notes, failure: state.failure }
  for (const { index } of chosen) {
    const { verdict, patch, proposalId, actionId } = judged[index]
    if (actionId === undefined || proposalId === undefined || !verdict.allowed) {
      state.notes.push(
        `Proposal ${index + 1} has no recorded action (telemetry.storeActions, or the database refused it), so it did not act.`
      )
      continue
    }
    const job = { actionId, proposalId, verdict, patch }
    const outcome =
      verdict.stats.files > 0 ? await executePullRequest(env, job) : await executeIssue(env, job)
    outcomes.push(outcome)
    state.notes.push(describe(index, outcome))
    if (outcome.kind === 'failed')
      state.failure ??= `Proposal ${index + 1} could not be executed: ${outcome.reason}`
  }
  return { outcomes, notes: state.notes, failure: state.failure }
}

function describe(index: number, o: ActOutcome): string {
  const n = `Proposal ${index + 1}`
  switch (o.kind) {
    case 'submitted':
      return o.pullRequest
        ? `${n}: opened draft pull request #${o.pullRequest.number}${o.warnings.length ? ` (${o.warnings.join('; ')})` : ''}.`
        : `${n}: opened issue #${o.issue?.number}.`
    case 'not-executed':
      return `${n} was not executed: ${o.reason}`
    case 'failed':
      return `${n} failed: ${o.reason}`
    case 'previewed':
      return `${n}: previewed only (dry run).`
  }
}

/**
 * Open pull requests whose head branch starts with the prefix and lives in this repository (every
 * page; fails when unreadable). A fork's pull request never counts: anyone can open one on any
 * branch name, and would otherwise stop every agent pull request.
 */
export async function countOpenPullRequests(gh: GitHubContext, prefix: string): Promise<number> {
  const pulls = await listAll<{ head?: { ref?: unknown; repo?: { full_name?: string } | null } }>(
    gh,
    'GET /repos/{owner}/{repo}/pulls',
    { state: 'open' }
  )
  return pulls.filter(
    p =>
      typeof p.head?.ref === 'string' &&
      p.head.ref.startsWith(prefix) &&
      isSameRepository(p.head.repo?.full_name, `${gh.owner}/${gh.repo}`)
  ).length
}

/** `git remote get-url origin` in the job's checkout, with any credentials removed. */
export async function originUrl(workspace: string): Promise<string> {
  const url = await checkoutOrigin(workspace).catch(() => {
    throw new Error(`the checkout at ${forLog(workspace, 200)} has no origin remote to clone from`)
  })
  if (!url) throw new Error('the checkout has an empty origin URL')
  return url
}
