/** The GitHub reads the start needs, over one repository's read-only client. */
import type { GitHubContext } from '../github/client.js'
import type { GitHubFactory } from '../runtime/deps.js'
import { readRepositoryFile, getDefaultBranch } from '../github/contents.js'
import { findActiveDeployment } from '../deploy/deployments.js'
import { findActiveWorkflowRun } from '../github/workflowRuns.js'

export type GitHubPorts = {
  /** The file's text at `ref`, or null when it does not exist. Throws when it cannot be read. */
  readFile(path: string, ref: string): Promise<string | null>
  defaultBranch(): Promise<string>
  activeDeployment(since: Date): Promise<{ active: boolean; detail: string }>
  activeWorkflowRun(opts: {
    branches: string[]
    workflows?: string[]
    excludeRunId: number
    now: Date
    ghostHours: number
  }): Promise<{ active: boolean; detail: string }>
}

export function githubPorts(gh: GitHubContext): GitHubPorts {
  const repo = { owner: gh.owner, repo: gh.repo }
  let defaultBranch: Promise<string> | undefined
  return {
    readFile: (path, ref) => readRepositoryFile(gh, { ...repo, path, ref }),
    defaultBranch: () => (defaultBranch ??= getDefaultBranch(gh, repo)),
    activeDeployment: since => findActiveDeployment(gh, { ...repo, since }),
    activeWorkflowRun: o => findActiveWorkflowRun(gh, { ...repo, ...o })
  }
}

/**
 * The start's GitHub, or undefined where there is none (a local run). Made on first use, so a run
 * stopped by the kill switch never loads Octokit.
 */
export async function startPorts(
  deps: {
    ctx: { onGitHub: boolean; repository: string }
    github: GitHubFactory
  },
  token: string
): Promise<GitHubPorts | undefined> {
  if (!deps.ctx.onGitHub || !deps.ctx.repository) return undefined
  return githubPorts(await deps.github(token, { readOnly: true }))
}
