/**
 * The `ci-active` gate: is another workflow run of this repository queued or running on the
 * branches that matter?
 *
 * GET /actions/runs takes one status per call, so each of the active statuses is asked for
 * separately, per branch. This run is excluded (its id is the same on every attempt). Runs that
 * started longer ago than the ghost-age limit are ignored: GitHub has runs stuck "in_progress" for
 * days. `workflows` narrows the count to workflows named, by name or by file name.
 *
 * Errors throw; the caller turns them into gate-error.
 */
import { forLog } from '../text/escape.js'
import { resolveTarget, type GitHubTarget } from './client.js'

export const ACTIVE_RUN_STATUSES = ['queued', 'in_progress', 'waiting', 'requested', 'pending'] as const

export interface ActiveWorkflowRun {
  id: number
  name: string
  /** The workflow file's path (.github/workflows/ci.yml). */
  path: string
  branch: string | null
  status: string
  event: string
  attempt: number
  /** run_started_at, else created_at. */
  startedAt: string
  htmlUrl: string
}

export interface WorkflowRunCheck {
  active: boolean
  /** One line for the gates table and the log (API text escaped). */
  detail: string
  run?: ActiveWorkflowRun
  /** Active-looking runs ignored because they are older than the ghost-age limit. */
  ghosts: number
}

export interface FindActiveWorkflowRunParams {
  owner?: string
  repo?: string
  /** Branches whose runs count. An empty list means every branch. */
  branches: string[]
  /** Workflow names or file names (ci.yml, or .github/workflows/ci.yml); default every workflow. */
  workflows?: string[]
  /** This run (GITHUB_RUN_ID), excluded whatever its attempt. */
  excludeRunId: number | string
  now: Date
  ghostHours: number
}

interface RunSummary {
  id: number | bigint
  name?: string | null
  path: string
  head_branch: string | null
  status: string | null
  event: string
  run_attempt?: number
  run_started_at?: string
  created_at: string
  html_url: string
}

/** The file name of a workflow path, without a `@ref` suffix: .github/workflows/ci.yml → ci.yml. */
export function workflowFileName(path: string): string {
  const bare = String(path).split('@')[0]
  return bare.split('/').pop() ?? bare
}

/** Does the run belong to one of `workflows` (names, file names or paths)? */
export function matchesWorkflow(
  run: { name?: string | null; path: string },
  workflows: readonly string[]
): boolean {
  const file = workflowFileName(run.path)
  const path = String(run.path).split('@')[0]
  return workflows.some(w => {
    const want = w.trim()
    return want !== '' && (want === run.name || want === file || want === path)
  })
}

/**
 * Whether an active-looking run counts as busy CI: not this run, one of `workflows` (when given),
 * and not a ghost (started longer ago than the ghost-age limit). An unreadable date is not a
 * ghost: the gate errs towards waiting.
 */
export function classifyActiveRun(
  run: {
    id: number | bigint
    name?: string | null
    path: string
    run_started_at?: string
    created_at: string
  },
  opts: { excluded: string; workflows: readonly string[] | undefined; nowMs: number; ghostMs: number }
): 'other' | 'ghost' | 'busy' {
  if (String(run.id) === opts.excluded) return 'other'
  if (opts.workflows && !matchesWorkflow(run, opts.workflows)) return 'other'
  const started = Date.parse(run.run_started_at ?? run.created_at)
  if (!Number.isNaN(started) && opts.nowMs - started > opts.ghostMs) return 'ghost'
  return 'busy'
}

export async function findActiveWorkflowRun(
  gh: GitHubTarget,
  params: FindActiveWorkflowRunParams
): Promise<WorkflowRunCheck> {
  const { octokit, owner, repo } = resolveTarget(gh, params)
  const nowMs = params.now.getTime()
  if (Number.isNaN(nowMs)) throw new Error('findActiveWorkflowRun: `now` is not a valid date.')
  if (!(params.ghostHours > 0))
    throw new Error('findActiveWorkflowRun: `ghostHours` must be a positive number.')
  const ghostMs = params.ghostHours * 3_600_000
  const excluded = String(params.excludeRunId ?? '')
  const branches = [...new Set(params.branches.map(b => b.trim()).filter(Boolean))]
  const workflows = params.workflows?.length ? params.workflows : undefined
  let ghosts = 0

  for (const status of ACTIVE_RUN_STATUSES) {
    for (const branch of branches.length ? branches : [undefined]) {
      let found: RunSummary | undefined
      await octokit.paginate(
        octokit.rest.actions.listWorkflowRunsForRepo,
        {
          owner,
          repo,
          status,
          ...(branch !== undefined ? { branch } : {}),
          exclude_pull_requests: true,
          per_page: 100
        },
        (response, done) => {
          for (const run of response.data as RunSummary[]) {
            const kind = classifyActiveRun(run, { excluded, workflows, nowMs, ghostMs })
            if (kind === 'ghost') ghosts++
            if (kind !== 'busy') continue
            found = run
            done()
            break
          }
          return []
        }
      )
      if (found) {
        const run = toActiveRun(found)
        const on = run.branch === null ? '' : ` on ${forLog(run.branch, 100)}`
        return {
          active: true,
          detail:
            `workflow run ${run.id} (${forLog(run.name, 100)}, ${forLog(workflowFileName(run.path), 100)})` +
            `${on} is ${forLog(run.status, 40)}, started ${forLog(run.startedAt, 40)}`,
          run,
          ghosts
        }
      }
    }
  }
  const where = branches.length ? `on ${branches.map(b => forLog(b, 100)).join(', ')}` : 'on any branch'
  const which = workflows ? ` of ${workflows.map(w => forLog(w, 100)).join(', ')}` : ''
  const ghostNote = ghosts ? `; ${ghosts} older than ${params.ghostHours} h ignored as ghosts` : ''
  return { active: false, detail: `no other active workflow run${which} ${where}${ghostNote}`, ghosts }
}

function toActiveRun(run: RunSummary): ActiveWorkflowRun {
  return {
    id: Number(run.id),
    name: run.name ?? workflowFileName(run.path),
    path: run.path,
    branch: run.head_branch,
    status: run.status ?? 'unknown',
    event: run.event,
    attempt: run.run_attempt ?? 1,
    startedAt: run.run_started_at ?? run.created_at,
    htmlUrl: run.html_url
  }
}
