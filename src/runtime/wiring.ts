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
import { listenForInterrupts, signalExitCode } from './interrupt.js'
import { saveInterrupted } from './state.js'
import { modeName } from './inputs.js'
import type { StageResult } from './stage.js'

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

/**
 * A bundle's pre or main: the stage with the real world; in run mode (the one mode that claims a run)
 * listening for the runner's SIGINT (a cancelled job) and SIGTERM; the other modes keep the default,
 * which ends them at once. The first signal goes into the state, where post finds it and closes the
 * claimed run as cancelled; the stage stops at its next checkpoint and the process exits with 128 + the
 * signal's number. A second signal exits at once.
 */
export async function runInterruptible(
  stage: (deps: LifecycleDeps) => Promise<StageResult>,
  deps: LifecycleDeps = defaultDeps(),
  /** post: the first signal lets it finish closing the run (it has no checkpoint that stops), and exits 0. */
  opts: { closing?: boolean } = {}
): Promise<void> {
  if (modeName(deps.host) !== 'run') {
    await stage(deps)
    return
  }
  const interruption = listenForInterrupts(process, signal => {
    saveInterrupted(deps.host, signal)
    deps.host.info(
      opts.closing
        ? `Received ${signal}: post finishes closing the run first; a second signal ends it at once.`
        : `Received ${signal}: stopping at the next safe point; post closes a claimed run as cancelled.`
    )
  })
  try {
    await stage({ ...deps, interruption })
    const signal = interruption.received()
    if (signal && !opts.closing) process.exitCode = signalExitCode(signal)
  } finally {
    interruption.dispose()
  }
}
