/**
 * The action's pre → main → post in one process, for laptops and the CLI: an in-memory runner
 * host, no jitter (not a schedule event), the GitHub gates unavailable, and the artifact files
 * written to a local directory.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ARTIFACT_FILES } from '../report/artifacts.js'
import { MemoryHost } from '../runtime/host.js'
import { openDatabase, type Database } from '../db/client.js'
import { ensureLocalDir } from '../db/local-dir.js'
import { ensureSchema } from '../db/migrate.js'
import { railwayPort } from '../deploy/railway-port.js'
import type { RunContext } from '../runtime/context.js'
import type { LifecycleDeps } from '../runtime/deps.js'
import { mainStage, postStage, preStage } from '../modes/index.js'
import type { StageResult } from '../runtime/stage.js'
import { listenForInterrupts, type InterruptSignal, type SignalProcess } from '../runtime/interrupt.js'
import { loadStart, saveInterrupted } from '../runtime/state.js'

export type LocalRunOptions = {
  cwd: string
  databaseUrl: string
  configPath: string
  proposals: string
  repository: string
  force: boolean
  /** false: leave dry run to the config's dryRunMode (which is true by default). */
  forceDryRun: boolean
  migrate: boolean
  now: () => Date
  print: (line: string) => void
  /** Run main alone (as `uses: ./` does, where pre is not executed), then post. */
  skipPre?: boolean
  /** Expected SHA-256 of the proposals file (the action's proposals-sha256 input). */
  proposalsSha256?: string
  /** An open database to use instead of opening one (tests); it is left open. */
  database?: Database
  /** Listen for SIGINT and SIGTERM on this process: the first closes the claimed run as cancelled. */
  signals?: SignalProcess
}

export type LocalRunResult = {
  status: 'skipped' | 'success' | 'failed' | 'cancelled'
  outputs: Record<string, string>
  summary: string
  failed?: string
  stages: LocalStages
  artifactDir: string
  /** The artifact files written to artifactDir, in ARTIFACT_FILES order. */
  artifactFiles: string[]
  /** The signal that interrupted the run, if one did. */
  interrupted?: InterruptSignal
  /** The run this process claimed, if it claimed one. */
  runId?: number
}

/** Where a run's report-path output says its artifact files are, and which of them exist. */
export function artifactsOf(outputs: Record<string, string>): {
  artifactDir: string
  artifactFiles: string[]
} {
  const reportPath = outputs['report-path'] ?? ''
  const artifactDir = reportPath ? dirname(reportPath) : ''
  return {
    artifactDir,
    artifactFiles: artifactDir ? ARTIFACT_FILES.filter(f => existsSync(join(artifactDir, f))) : []
  }
}

export function localContext(repository: string, cwd: string): RunContext {
  const [owner = '', repo = ''] = repository.split('/')
  return {
    repository,
    owner,
    repo,
    event: 'local',
    sha: '',
    ref: '',
    githubRunId: 0,
    attempt: 1,
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    workspace: cwd,
    schedule: '',
    defaultBranch: '',
    onGitHub: false,
    runnerTemp: ''
  }
}

/** One job of a local run: its own in-memory host (inputs, outputs, state), as on a runner of its own. */
export type LocalJobOptions = {
  cwd: string
  repository: string
  /** The action's inputs, `mode` among them. */
  inputs: Record<string, string>
  /** The host's environment (what a mode reads of the process environment); empty by default. */
  env?: NodeJS.ProcessEnv
  now: () => Date
  print: (line: string) => void
  /** An open database to use instead of opening one; it is left open. */
  database?: Database
  /** Replaces parts of the local context (a workflow run id, so that a later job may continue the claim). */
  ctx?: Partial<RunContext>
}

export type LocalJob = {
  host: MemoryHost
  deps: LifecycleDeps
  /** Closes the database the job opened, if it opened one. */
  close: () => Promise<void>
}

/**
 * The host and the deps of one local job: no jitter (not a schedule event), GitHub unreachable, the
 * embedded database allowed, the artifact files under `<cwd>/.self-evolution/artifacts`.
 */
export function localJob(opts: LocalJobOptions): LocalJob {
  const host = new MemoryHost(opts.inputs, opts.env ?? {}, opts.print, 'cli')
  // One connection for the whole job: the embedded database is slow to open and single-session.
  let shared: Database | undefined
  const deps: LifecycleDeps = {
    host,
    ctx: { ...localContext(opts.repository, opts.cwd), ...opts.ctx },
    cwd: opts.cwd,
    now: opts.now,
    random: Math.random,
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    openDatabase: async url => {
      if (opts.database) return { ...opts.database, close: async () => {} }
      shared ??= await openLocalDatabase(url, opts.cwd)
      return { ...shared, close: async () => {} }
    },
    github: async () => {
      throw new Error('GitHub is not reachable from a local run.')
    },
    railway: railwayPort,
    localArtifactRoot: join(ensureLocalDir(opts.cwd), 'artifacts'),
    allowEmbedded: true
  }
  return { host, deps, close: async () => void (await shared?.close()) }
}

export type LocalStages = { pre?: StageResult; main: StageResult; post: StageResult }

/** pre (unless skipped), main unless pre failed or was cancelled, then post: as a runner runs them. */
export async function runJobStages(deps: LifecycleDeps, skipPre = false): Promise<LocalStages> {
  const pre = skipPre ? undefined : await preStage(deps)
  const main = pre?.status === 'failed' || pre?.status === 'cancelled' ? pre : await mainStage(deps)
  const post = await postStage(deps)
  return { pre, main, post }
}

export async function runLocally(opts: LocalRunOptions): Promise<LocalRunResult> {
  const { host, deps, close } = localJob({
    cwd: opts.cwd,
    repository: opts.repository,
    inputs: {
      'database-url': opts.databaseUrl,
      'config-path': opts.configPath,
      'dry-run': opts.forceDryRun ? 'true' : 'false',
      force: String(opts.force),
      proposals: opts.proposals,
      'proposals-sha256': opts.proposalsSha256 ?? '',
      migrate: String(opts.migrate),
      mode: 'run'
    },
    now: opts.now,
    print: opts.print,
    database: opts.database
  })
  const interruption = opts.signals
    ? listenForInterrupts(opts.signals, signal => saveInterrupted(host, signal))
    : undefined
  deps.interruption = interruption
  try {
    const stages = await runJobStages(deps, opts.skipPre)
    const outputs = Object.fromEntries(host.outputs)
    const status = (outputs.status as LocalRunResult['status']) || stages.main.status
    return {
      status: host.failed && status !== 'failed' ? 'failed' : status,
      outputs,
      summary: host.summary,
      failed: host.failed,
      stages,
      ...artifactsOf(outputs),
      interrupted: interruption?.received(),
      runId: claimedRunId(host)
    }
  } finally {
    await close()
    interruption?.dispose()
  }
}

function claimedRunId(host: MemoryHost): number | undefined {
  const start = loadStart(host)
  return start?.kind === 'claimed' ? start.runId : undefined
}

/**
 * The run's database. The embedded one is this directory's own, so it is brought up to date on the
 * spot, before anything reads it (even a skip's event); a server is migrated only when asked.
 */
export async function openLocalDatabase(url: string, cwd: string): Promise<Database> {
  const db = await openDatabase({ url: url || undefined, cwd })
  if (db.kind !== 'embedded') return db
  try {
    await ensureSchema(db.sql, { migrate: true })
  } catch (error) {
    await db.close().catch(() => undefined)
    throw error
  }
  return db
}
