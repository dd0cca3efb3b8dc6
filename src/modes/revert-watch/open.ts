/**
 * The revert itself: committed in a temporary clone, pushed to its branch and opened as a pull
 * request, all writes through the write gateway. An open revert pull request left by an earlier,
 * interrupted attempt is adopted instead, once its head is shown to be this very revert.
 */
import type { LifecycleDeps } from '../../runtime/deps.js'
import { createGitSandbox, GitCommandError, type GitSandbox } from '../../git/sandbox.js'
import { isSameRepository } from '../../github/names.js'
import type { GitHubContext } from '../../github/client.js'
import type { WriteGateway } from '../../github/gateway.js'
import { forLog } from '../../text/escape.js'
import { revertBody, type FailingRun } from './decide.js'
import {
  deleteRevertBranch,
  originUrl,
  prepareRevert,
  pushRevert,
  sameTreeAsRevert,
  type PreparedRevert
} from './git.js'
import { openPullsForBranch, openRevertPull, type OpenPull } from './github.js'

export type RevertRequest = {
  workspace: string
  defaultBranch: string
  mergeSha: string
  branch: string
  token: string
  botName: string
  botEmail: string
  title: string
  pullRequest: number
  gh: { owner: string; repo: string }
  originalTitle: string
  failingRun: FailingRun
  actionId: number
  /** The open pull request an earlier, interrupted attempt left on the branch, if any. */
  adopt: () => Promise<OpenPull | undefined>
}

export type RevertOutcome = {
  baseSha: string
  headSha: string
  squash: boolean
  /** The revert pull request; none in a dry run. */
  pull?: { number: number; url: string }
  adopted?: boolean
}

/** The sandbox clone the revert was committed in, and how to reach the remote from it. */
type Prepared = { sandbox: GitSandbox; remote: string; revert: PreparedRevert; token: string | undefined }

/**
 * An open pull request on the revert branch with the revert's own title: an earlier attempt's, once
 * revertAndOpen has checked that its head is the revert's tree.
 */
export async function findOpenRevert(
  gh: GitHubContext,
  branch: string,
  title: string,
  repository: string
): Promise<OpenPull | undefined> {
  const open = await openPullsForBranch(gh, branch)
  const mine = open.filter(p => isSameRepository(p.head?.repo?.full_name, repository))
  if (!mine.length) return undefined
  const same = mine.find(p => p.title === title)
  if (!same) {
    throw new Error(
      `An open pull request (#${mine[0].number}) already uses the branch ${forLog(branch, 250)} with another title; close it or delete the branch, then re-run.`
    )
  }
  return same
}

/** Revert `o.mergeSha` on `o.branch` and open its pull request, or adopt an earlier attempt's. */
export async function revertAndOpen(
  deps: LifecycleDeps,
  gateway: WriteGateway,
  o: RevertRequest
): Promise<RevertOutcome> {
  const sandbox = createGitSandbox('self-evolution-revert-')
  try {
    const remote = await originUrl(o.workspace)
    const revert = await prepareRevert(sandbox, {
      remote,
      defaultBranch: o.defaultBranch,
      mergeSha: o.mergeSha,
      branch: o.branch,
      token: o.token || undefined,
      botName: o.botName,
      botEmail: o.botEmail
    })
    const p: Prepared = { sandbox, remote, revert, token: o.token || undefined }
    const pushed = await pushOrAdopt(p, gateway, o)
    if (pushed.adopted) return pushed.adopted
    return await openOrAdopt(deps, p, gateway, o, pushed.performed)
  } finally {
    sandbox.cleanup()
  }
}

/**
 * The earlier attempt's open pull request on the branch, adopted only when its head is this very
 * revert: its title is predictable, and anyone who can push the branch could put anything behind it.
 */
async function adoptable(p: Prepared, o: RevertRequest): Promise<OpenPull | undefined> {
  const open = await o.adopt()
  if (!open) return undefined
  const head = open.head?.sha ?? ''
  const same = await sameTreeAsRevert(p.sandbox, {
    dir: p.revert.dir,
    remote: p.remote,
    sha: head,
    headSha: p.revert.headSha,
    token: p.token
  })
  if (!same) {
    throw new Error(
      `An open pull request (#${open.number}) on the branch ${forLog(o.branch, 250)} has the revert's title, but its head ${forLog(head, 80)} is not the revert of ${o.mergeSha}; nothing is recorded. Close it or delete the branch, then re-run.`
    )
  }
  return open
}

/** Push the branch; when the push is refused, the branch exists and its open pull request is adopted. */
async function pushOrAdopt(
  p: Prepared,
  gateway: WriteGateway,
  o: RevertRequest
): Promise<{ performed: boolean; adopted?: RevertOutcome }> {
  try {
    const pushed = await pushRevert(p.sandbox, gateway, {
      dir: p.revert.dir,
      remote: p.remote,
      branch: o.branch,
      headSha: p.revert.headSha,
      token: p.token
    })
    return { performed: pushed.performed }
  } catch (error) {
    if (!(error instanceof GitCommandError)) throw error
    // The branch exists: an earlier attempt pushed it. Its open pull request is recorded instead.
    const open = await adoptable(p, o)
    if (open) {
      const adopted = {
        baseSha: open.base.sha,
        headSha: open.head?.sha ?? '',
        squash: p.revert.squash,
        pull: { number: open.number, url: open.html_url },
        adopted: true
      }
      return { performed: false, adopted }
    }
    throw new Error(
      `Pushing the revert branch ${forLog(o.branch, 250)} failed (${forLog(error.message, 300)}); if it is left from an earlier attempt without a pull request, delete it and re-run.`,
      { cause: error }
    )
  }
}

/**
 * Open the revert pull request. When that fails after this job pushed the branch, a pull request
 * already open on it (an earlier attempt's) is adopted and the branch kept; otherwise the branch
 * is deleted again, so no branch is left without its pull request.
 */
async function openOrAdopt(
  deps: LifecycleDeps,
  p: Prepared,
  gateway: WriteGateway,
  o: RevertRequest,
  pushed: boolean
): Promise<RevertOutcome> {
  const { baseSha, headSha, squash } = p.revert
  const body = revertBody({
    title: o.originalTitle,
    pullRequest: o.pullRequest,
    mergeSha: o.mergeSha,
    failingRun: o.failingRun,
    defaultBranch: o.defaultBranch,
    squash,
    actionId: o.actionId
  })
  try {
    const pull = await openRevertPull(gateway, o.gh, {
      title: o.title,
      body,
      branch: o.branch,
      base: o.defaultBranch,
      pullRequest: o.pullRequest
    })
    return { baseSha, headSha, squash, pull }
  } catch (error) {
    if (!pushed) throw error
    // adoptable() throws for a pull request that is not this revert.
    const open = await adoptable(p, o)
    if (open)
      return { baseSha, headSha, squash, pull: { number: open.number, url: open.html_url }, adopted: true }
    await deleteRevertBranch(p.sandbox, gateway, {
      dir: p.revert.dir,
      remote: p.remote,
      branch: o.branch,
      sha: headSha,
      token: p.token
    }).catch(deleteError =>
      deps.host.warning(
        `Could not delete the revert branch ${forLog(o.branch, 250)} after the pull request failed: ${forLog((deleteError as Error).message, 300)}`
      )
    )
    throw error
  }
}
