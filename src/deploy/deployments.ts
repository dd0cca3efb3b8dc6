/**
 * The `deployment-active` gate's GitHub source: is a deployment of this repository in progress?
 *
 * The Deployments API has no state filter. So list the deployments created since the look-back
 * start (newest first, paged, stopping at the first older one), and read each one's latest status:
 * the first item of its statuses list. queued, in_progress and pending are active. A deployment
 * with no status yet counts as pending, as GitHub itself reports it: a deployer that posts only
 * final statuses (Railway's app may) leaves exactly that while it deploys.
 *
 * Errors throw; the caller turns them into gate-error.
 */
import { forLog } from '../text/escape.js'
import { resolveTarget, type GitHubTarget } from '../github/client.js'

export const ACTIVE_DEPLOYMENT_STATES: readonly string[] = ['queued', 'in_progress', 'pending']

export interface ActiveDeployment {
  id: number
  environment: string
  ref: string
  sha: string
  /** The latest status's state, or "pending" when the deployment has none yet. */
  state: string
  /** True when the deployment has no status at all. */
  noStatus: boolean
  createdAt: string
  creator: string | null
}

export interface DeploymentCheck {
  active: boolean
  /** One line for the gates table and the log (API text escaped). */
  detail: string
  /** The active deployments, newest first, when there are any. */
  deployments?: ActiveDeployment[]
  /** How many deployments in the window were looked at. */
  checked: number
}

export interface FindActiveDeploymentParams {
  owner?: string
  repo?: string
  /** The start of the look-back window: deployments created before it are not looked at. */
  since: Date
  /** Only this environment (default: every environment). */
  environment?: string
  /** Parallel status reads. Default 4. */
  concurrency?: number
}

interface DeploymentSummary {
  id: number
  environment: string
  ref: string
  sha: string
  created_at: string
  creator?: { login?: string } | null
}

/**
 * Whether a deployment created at `createdAt` lies in the look-back window starting at `sinceMs`.
 * An unreadable date is kept, so the gate errs towards waiting.
 */
export function inLookbackWindow(createdAt: string, sinceMs: number): boolean {
  const created = Date.parse(createdAt)
  return Number.isNaN(created) || created >= sinceMs
}

export async function findActiveDeployment(
  gh: GitHubTarget,
  params: FindActiveDeploymentParams
): Promise<DeploymentCheck> {
  const { octokit, owner, repo } = resolveTarget(gh, params)
  const sinceMs = params.since.getTime()
  if (Number.isNaN(sinceMs)) throw new Error('findActiveDeployment: `since` is not a valid date.')

  const inWindow: DeploymentSummary[] = []
  await octokit.paginate(
    octokit.rest.repos.listDeployments,
    { owner, repo, per_page: 100, ...(params.environment ? { environment: params.environment } : {}) },
    (response, done) => {
      for (const d of response.data) {
        // GitHub lists newest first: the first older one ends the window.
        if (!inLookbackWindow(d.created_at, sinceMs)) {
          done()
          break
        }
        inWindow.push({
          id: Number(d.id),
          environment: d.environment,
          ref: d.ref,
          sha: d.sha,
          created_at: d.created_at,
          creator: d.creator
        })
      }
      return []
    }
  )

  const states = await mapLimited(inWindow, params.concurrency ?? 4, async d => {
    const { data } = await octokit.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: d.id,
      per_page: 1
    })
    return data.length
      ? { state: String(data[0].state), noStatus: false }
      : { state: 'pending', noStatus: true }
  })

  const active: ActiveDeployment[] = []
  inWindow.forEach((d, i) => {
    const { state, noStatus } = states[i]
    if (!ACTIVE_DEPLOYMENT_STATES.includes(state)) return
    active.push({
      id: d.id,
      environment: d.environment,
      ref: d.ref,
      sha: d.sha,
      state,
      noStatus,
      createdAt: d.created_at,
      creator: d.creator?.login ?? null
    })
  })

  const window = `created since ${params.since.toISOString()}`
  if (!active.length) {
    return {
      active: false,
      detail: `no active deployment among ${inWindow.length} ${window}`,
      checked: inWindow.length
    }
  }
  const first = active[0]
  const more = active.length > 1 ? ` and ${active.length - 1} more` : ''
  const state = first.noStatus ? 'pending (no status yet)' : first.state
  return {
    active: true,
    detail:
      `deployment ${first.id} to ${forLog(first.environment, 100)} (ref ${forLog(first.ref, 100)}) ` +
      `is ${state}, created ${first.createdAt}${more}`,
    deployments: active,
    checked: inWindow.length
  }
}

/** Map with at most `limit` calls in flight, keeping the order. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}
