/**
 * Where this run is happening: the repository, event and workflow run, read from the runner's
 * environment (or given by the CLI for local runs).
 */
import { readFileSync } from 'node:fs'
import { forLog } from '../text/escape.js'

export type RunContext = {
  repository: string
  owner: string
  repo: string
  event: string
  sha: string
  ref: string
  githubRunId: number
  attempt: number
  serverUrl: string
  apiUrl: string
  workspace: string
  /** The cron expression of a scheduled event, from the event payload. */
  schedule: string
  defaultBranch: string
  /** true on a GitHub runner; false for local runs, where the GitHub gates are unavailable. */
  onGitHub: boolean
  runnerTemp: string
}

export function readRunContext(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner = '', repo = ''] = repository.split('/')
  let payload: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>
    } catch {
      payload = {}
    }
  }
  const repoPayload = (payload.repository ?? {}) as { default_branch?: unknown }
  return {
    repository,
    owner,
    repo,
    event: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    githubRunId: Number(env.GITHUB_RUN_ID ?? 0) || 0,
    attempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1) || 1,
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    schedule: typeof payload.schedule === 'string' ? payload.schedule : '',
    defaultBranch: typeof repoPayload.default_branch === 'string' ? repoPayload.default_branch : '',
    onGitHub: env.GITHUB_ACTIONS === 'true',
    runnerTemp: env.RUNNER_TEMP ?? ''
  }
}

/** The run's log page, as the runs table records it. */
export function logsUrl(ctx: RunContext): string {
  if (!ctx.repository || !ctx.githubRunId) return ''
  return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.githubRunId}/attempts/${ctx.attempt}`
}

/** The UTC date of `now`, as YYYY-MM-DD. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10)
}

/**
 * The event payload at GITHUB_EVENT_PATH, for the modes that act on it (gate, revert-watch). Unlike
 * readRunContext, which makes do without it, a missing or unreadable file is an error that says
 * what could not be read.
 */
export function readEventPayload(env: NodeJS.ProcessEnv, what: string): unknown {
  const path = env.GITHUB_EVENT_PATH
  if (!path) throw new Error(`GITHUB_EVENT_PATH is not set, so ${what} cannot be read.`)
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    throw new Error(`Cannot read ${what} from GITHUB_EVENT_PATH: ${forLog((error as Error).message, 300)}`, {
      cause: error
    })
  }
}
