/**
 * The real world, for the bundled entrypoints: the runner (src/runtime/runner-host.ts), the clock, Math.random, PostgreSQL,
 * and GitHub through the retrying client. Tests replace any of these.
 */
import { join } from 'node:path'
import { runnerHost } from './runner-host.js'
import type { ActionHost } from './host.js'
import { openDatabase } from '../db/client.js'
import { railwayPort } from '../deploy/railway-port.js'
import { forLog } from '../text/escape.js'
import { readRunContext, type RunContext } from './context.js'
import type { GitHubFactory, LifecycleDeps } from './deps.js'

export function defaultDeps(overrides: Partial<LifecycleDeps> = {}): LifecycleDeps {
  const host: ActionHost = overrides.host ?? runnerHost()
  const ctx = overrides.ctx ?? readRunContext(host.env)
  const cwd = overrides.cwd ?? process.cwd()
  const now = overrides.now ?? (() => new Date())
  const sleep = overrides.sleep ?? ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)))
  return {
    host,
    ctx,
    cwd,
    now,
    random: Math.random,
    sleep,
    openDatabase: url => openDatabase({ url: url || undefined, cwd }),
    github: githubFactory(ctx, { sleep, now, log: line => host.info(forLog(line)) }),
    railway: railwayPort,
    localArtifactRoot: join(cwd, '.self-evolution', 'artifacts'),
    allowEmbedded: !ctx.onGitHub,
    ...overrides
  }
}

/**
 * deps.github for a run context: clients bound to the run's repository (or another named one) and
 * API URL, retrying on the given clock, refusing any write that does not pass the write gateway.
 */
export function githubFactory(
  ctx: Pick<RunContext, 'repository' | 'apiUrl'>,
  opts: { sleep: (ms: number) => Promise<void>; now: () => Date; log: (line: string) => void }
): GitHubFactory {
  return async (token, { readOnly = false, repository = ctx.repository } = {}) => {
    if (!repository) throw new Error('GITHUB_REPOSITORY is not set; expected the repository as owner/name.')
    // Loaded on first use: Octokit is a large part of the bundle's start-up cost.
    const { createGitHubContext } = await import('../github/client.js')
    const gh = createGitHubContext({
      token,
      repository,
      baseUrl: ctx.apiUrl,
      gatewayOnlyWrites: true,
      sleep: opts.sleep,
      now: () => opts.now().getTime(),
      log: opts.log
    })
    return readOnly ? { ...gh, readOnly: true } : gh
  }
}
