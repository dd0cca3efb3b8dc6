/**
 * What every mode needs from the outside world, injected so tests control time, randomness, the
 * database and GitHub. A mode gets GitHub only through `github`, bound to this run's repository and
 * API URL, with the deps' clock and sleep for its retries.
 */
import type { ActionHost } from './host.js'
import type { Database } from '../db/client.js'
import type { GitHubContext } from '../github/client.js'
import type { RunContext } from './context.js'
import type { Interruption } from './interrupt.js'

/** Options of `deps.github`. */
export type GitHubOptions = {
  /** Reading only: the write gateway refuses a client made this way. */
  readOnly?: boolean
  /** Another repository than the run's ("owner/name"). */
  repository?: string
}

/**
 * The one way a mode reaches GitHub. Every client it makes refuses a write that does not pass the
 * write gateway. Loaded on first use: Octokit is a large part of a bundle's start-up cost.
 */
export type GitHubFactory = (token: string, opts?: GitHubOptions) => Promise<GitHubContext>

export type RailwayPort = () => Promise<{ active: boolean; detail: string }>

export type LifecycleDeps = {
  host: ActionHost
  ctx: RunContext
  cwd: string
  now: () => Date
  random: () => number
  sleep: (ms: number) => Promise<void>
  /** Opens the database named by the input (or the embedded one where that is allowed). */
  openDatabase: (url: string) => Promise<Database>
  github: GitHubFactory
  railway: (opts: {
    url: string
    token: string
    projectId: string
    environmentId: string
    serviceIds: string[]
  }) => RailwayPort
  /** Where local runs write the artifact files. */
  localArtifactRoot: string
  /** The embedded database is allowed (local runs only, never the action on GitHub). */
  allowEmbedded: boolean
  /** SIGINT/SIGTERM, where the process listens for them (pre and main, the CLI's run); none in tests. */
  interruption?: Interruption
}
