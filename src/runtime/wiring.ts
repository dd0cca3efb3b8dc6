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
import { readRunContext } from './context.js'
import type { LifecycleDeps } from './deps.js'

export function defaultDeps(overrides: Partial<LifecycleDeps> = {}): LifecycleDeps {
  const host: ActionHost = overrides.host ?? runnerHost()
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
      // Loaded on first use: Octokit is a large part of the bundle's start-up cost.
      const { githubPorts } = await import('../daily/github-ports.js')
      return githubPorts({
        token,
        repository: ctx.repository,
        baseUrl: ctx.apiUrl,
        log: line => host.info(forLog(line))
      })
    },
    railway: railwayPort,
    localArtifactRoot: join(cwd, '.self-evolution', 'artifacts'),
    allowEmbedded: !ctx.onGitHub,
    ...overrides
  }
}
