/**
 * What the lifecycle needs from the outside world, injected so tests control time, randomness,
 * the database and GitHub.
 */
import type { ActionHost } from './host.js'
import type { Database } from '../db/client.js'
import type { RunContext } from './context.js'

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
  /** GitHub, or undefined where it is unavailable (local runs). */
  github: (token: string) => Promise<GitHubPorts | undefined>
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
}
