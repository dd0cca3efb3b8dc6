/**
 * Acting on a run's allowed proposals: what main calls around the judgement.
 *
 *   const actor = await prepareActor(...)        live with a write-token: clean up leftovers first
 *   judgeAndRecord({ ..., planActions: actor.plan })   reasons go into the recorded payloads
 *   const result = await actor.execute(judged, patches)
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
import { createWriteGateway, type WriteGateway } from '../../../github/gateway.js'
import { originUrl as checkoutOrigin } from '../../../git/remote.js'
import type { ProposalVerdict } from '../../../policy/index.js'
import type { Inputs } from '../../../runtime/inputs.js'
import type { GitHubFactory, LifecycleDeps } from '../../../runtime/deps.js'
import { forLog } from '../../../text/escape.js'
import { candidatesOf, planExecution, type PlanEntry } from './plan.js'

export { candidatesOf }
import { cleanLeftovers, executeIssue, executePullRequest, type ActEnv, type ActOutcome } from './execute.js'
import { isSameRepository } from '../../../github/names.js'

export type ActorSetup = {
  sql: Queryable
  config: Config
  configPath: string
  repository: string
  runId: number
  runDate: string
  dryRun: boolean
  writeToken: string
  /** The job's checkout, whose origin is cloned. */
  workspace: string
  /** The one way to GitHub (deps.github). */
  github: GitHubFactory
  /** The default branch from the event, when it names one. */
  defaultBranch: string
  /** GitHub is reachable (false in local runs). */
  onGitHub: boolean
  log: (line: string) => void
  warn: (line: string) => void
  /** Tests: the origin URL. */
  remote?: string
}

export type ActResult = {
  outcomes: ActOutcome[]
  /** Lines for the report. */
  notes: string[]
  /** Set when something could not be answered: the run fails after recording. */
  failure?: string
}

export type Actor = {
  plan: (verdicts: ProposalVerdict[]) => Promise<PlanEntry[]>
  execute: (
    judged: { verdicts: ProposalVerdict[]; proposalIds: number[]; actionIds: (number | null)[] },
    patches: (string | undefined)[]
  ) => Promise<ActResult>
}

export async function prepareActor(setup: ActorSetup, patches: (string | undefined)[]): Promise<Actor> {
  const rollout = setup.config.rollout
  const notes: string[] = []
  let failure: string | undefined
  let leftoverProblem: string | undefined
  // Nothing can act without a live change type: then GitHub, git and the leftovers are left alone
  // (they are cleaned up by the first run that may act again).
  const live =
    !setup.dryRun && setup.writeToken !== '' && setup.onGitHub && rollout.liveChangeTypes.length > 0
  let env: ActEnv | undefined
  let gh: GitHubContext | undefined

  let unavailable: string | undefined = setup.onGitHub
    ? undefined
    : 'GitHub is not reachable from a local run'
  if (live) {
    try {
      const client = await setup.github(setup.writeToken, { repository: setup.repository })
      gh = client
      const gateway: WriteGateway = createWriteGateway({
        octokit: client,
        dryRun: false,
        checkFlag: async () => (await readKillSwitch(setup.sql, setup.repository)).on,
        log: setup.log
      })
      env = {
        sql: setup.sql,
        gateway,
        owner: client.owner,
        repo: client.repo,
        remote: setup.remote ?? (await originUrl(setup.workspace)),
        defaultBranch: setup.defaultBranch || (await getDefaultBranch(client)),
        token: setup.writeToken,
        config: setup.config,
        configPath: setup.configPath,
        runId: setup.runId,
        runDate: setup.runDate,
        log: setup.log
      }
    } catch (error) {
      // Fails the run only if a proposal would have acted (see plan below).
      unavailable = `the repository to clone or its default branch could not be read (${errorText(error)})`
      env = undefined
    }
  }
  if (env) {
    try {
      const leftovers = await listLeftoverActions(setup.sql, setup.repository)
      for (const line of leftovers.length ? await cleanLeftovers(env, leftovers) : []) {
        notes.push(`Leftover branch ${line}.`)
      }
    } catch (error) {
      leftoverProblem = `the branches earlier runs left behind could not be checked or cleaned up (${errorText(error)})`
      failure = `Nothing acted: ${leftoverProblem}.`
    }
  }

  const plan = async (verdicts: ProposalVerdict[]): Promise<PlanEntry[]> => {
    const entries = await planExecution({
      candidates: candidatesOf(verdicts, patches),
      dryRun: setup.dryRun,
      hasWriteToken: setup.writeToken !== '',
      liveChangeTypes: rollout.liveChangeTypes,
      maxActionsPerRun: rollout.maxActionsPerRun,
      maxOpenPullRequests: rollout.maxOpenPullRequests,
      leftoverProblem,
      unavailable,
      openPullRequests: async () => {
        if (!gh) return { unknown: 'GitHub is not reachable from this run' }
        try {
          return await countOpenPullRequests(gh, setup.config.prTemplateConfig.branchPrefix)
        } catch (error) {
          failure ??= `The open pull requests could not be counted, so no pull request was opened (${errorText(error)}).`
          return { unknown: `the open pull requests could not be counted (${errorText(error)})` }
        }
      }
    })
    if (setup.onGitHub && entries.some(e => !e.execute && e.reason.startsWith('github-unavailable:'))) {
      failure ??= `Nothing acted: ${unavailable}.`
    }
    return entries
  }

  let decided: PlanEntry[] | undefined
  return {
    plan: async verdicts => (decided = await plan(verdicts)),
    execute: async (judged, patchesNow) => {
      const outcomes: ActOutcome[] = []
      const chosen = (decided ?? []).filter(e => e.execute)
      if (!chosen.length || !env) return { outcomes, notes, failure }
      for (const entry of chosen) {
        const actionId = judged.actionIds[entry.index]
        const v = judged.verdicts[entry.index]
        if (actionId === null || actionId === undefined || !v.allowed) {
          notes.push(
            `Proposal ${entry.index + 1} has no recorded action (telemetry.storeActions, or the database refused it), so it did not act.`
          )
          continue
        }
        const job = {
          actionId,
          proposalId: judged.proposalIds[entry.index],
          verdict: v,
          patch: patchesNow[entry.index]
        }
        const outcome = v.stats.files > 0 ? await executePullRequest(env, job) : await executeIssue(env, job)
        outcomes.push(outcome)
        notes.push(describe(entry.index, outcome))
        if (outcome.kind === 'failed')
          failure ??= `Proposal ${entry.index + 1} could not be executed: ${outcome.reason}`
      }
      return { outcomes, notes, failure }
    }
  }
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

/** The actor of a claimed live run, wired from the lifecycle's dependencies. */
export function actorForRun(
  deps: LifecycleDeps,
  inputs: Inputs,
  claimed: { runId: number; runDate: string; repository: string; dryRun: boolean },
  config: Config,
  sql: Queryable,
  loaded: { patches?: (string | undefined)[] }
): Promise<Actor> {
  return prepareActor(
    {
      sql,
      config,
      configPath: inputs.configPath,
      repository: claimed.repository,
      runId: claimed.runId,
      runDate: claimed.runDate,
      dryRun: claimed.dryRun,
      writeToken: inputs.writeToken,
      workspace: deps.ctx.workspace,
      github: deps.github,
      defaultBranch: deps.ctx.defaultBranch,
      onGitHub: deps.ctx.onGitHub,
      log: line => deps.host.info(forLog(line)),
      warn: line => deps.host.warning(forLog(line))
    },
    loaded.patches ?? []
  )
}
