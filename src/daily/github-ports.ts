/** The GitHub reads the start needs, bound to one repository through the retrying client. */
import { createGitHubContext } from '../github/client.js'
import { readRepositoryFile, getDefaultBranch } from '../github/contents.js'
import { findActiveDeployment } from '../deploy/deployments.js'
import { findActiveWorkflowRun } from '../github/workflowRuns.js'
import type { GitHubPorts } from '../runtime/deps.js'

export function githubPorts(opts: {
  token: string
  repository: string
  baseUrl?: string
  log: (line: string) => void
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}): GitHubPorts {
  const gh = createGitHubContext({
    token: opts.token,
    repository: opts.repository,
    baseUrl: opts.baseUrl,
    log: opts.log,
    sleep: opts.sleep,
    now: opts.now,
    // This client only reads: a write attempted through it is refused before it is sent.
    gatewayOnlyWrites: true
  })
  let defaultBranch: Promise<string> | undefined
  return {
    readFile: (path, ref) => readRepositoryFile(gh, { owner: gh.owner, repo: gh.repo, path, ref }),
    defaultBranch: () => (defaultBranch ??= getDefaultBranch(gh, { owner: gh.owner, repo: gh.repo })),
    activeDeployment: since => findActiveDeployment(gh, { owner: gh.owner, repo: gh.repo, since }),
    activeWorkflowRun: o => findActiveWorkflowRun(gh, { owner: gh.owner, repo: gh.repo, ...o })
  }
}
