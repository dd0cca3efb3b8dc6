/**
 * The real world, for the bundled entrypoints: @actions/core, the clock, Math.random, PostgreSQL,
 * and GitHub through the retrying client. Tests replace any of these.
 */
import { join } from 'node:path'
import { coreHost } from '../action/core-host.js'
import type { ActionHost } from '../action/host.js'
import { openDatabase } from '../db/client.js'
import { createGitHubContext } from '../github/client.js'
import { readRepositoryFile, getDefaultBranch } from '../github/contents.js'
import { findActiveDeployment } from '../github/deployments.js'
import { findActiveWorkflowRun } from '../github/workflowRuns.js'
import { findActiveRailwayDeployment } from '../github/railway.js'
import { forLog } from '../text/escape.js'
import { readRunContext } from './context.js'
import type { GitHubPorts, LifecycleDeps } from './deps.js'

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

export function defaultDeps(overrides: Partial<LifecycleDeps> = {}): LifecycleDeps {
  const host: ActionHost = overrides.host ?? coreHost()
  const ctx = overrides.ctx ?? readRunContext(host.env)
  const cwd = overrides.cwd ?? process.cwd()
  return {
    host,
    ctx,
    cwd,
    now: () => new Date(),
    random: Math.random,
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    openDatabase: url => openDatabase({ url: url || undefined, cwd }),
    github: async token => {
      if (!ctx.onGitHub || !ctx.repository) return undefined
      return githubPorts({
        token,
        repository: ctx.repository,
        baseUrl: ctx.apiUrl,
        log: line => host.info(forLog(line))
      })
    },
    railway: r => () =>
      findActiveRailwayDeployment({
        url: r.url,
        token: r.token,
        projectId: r.projectId,
        environmentId: r.environmentId || undefined,
        serviceIds: r.serviceIds.length ? r.serviceIds : undefined
      }),
    localArtifactRoot: join(cwd, '.self-evolution', 'artifacts'),
    allowEmbedded: !ctx.onGitHub,
    ...overrides
  }
}
