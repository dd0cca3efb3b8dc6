/**
 * The action's pre → main → post in one process, for laptops and the CLI: an in-memory runner
 * host, no jitter (not a schedule event), the GitHub gates unavailable, and the artifact files
 * written to a local directory.
 */
import { join } from 'node:path'
import { MemoryHost } from '../runtime/host.js'
import { openDatabase, type Database } from '../db/client.js'
import { ensureLocalDir } from '../db/local-dir.js'
import { ensureSchema } from '../db/migrate.js'
import { railwayPort } from '../deploy/railway-port.js'
import type { RunContext } from '../runtime/context.js'
import type { LifecycleDeps } from '../runtime/deps.js'
import { mainStage, postStage, preStage } from '../modes/index.js'
import type { StageResult } from '../runtime/stage.js'

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
}

export type LocalRunResult = {
  status: 'skipped' | 'success' | 'failed'
  outputs: Record<string, string>
  summary: string
  failed?: string
  stages: { pre?: StageResult; main: StageResult; post: StageResult }
  artifactDir: string
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

export async function runLocally(opts: LocalRunOptions): Promise<LocalRunResult> {
  const host = new MemoryHost(
    {
      'database-url': opts.databaseUrl,
      'config-path': opts.configPath,
      'dry-run': opts.forceDryRun ? 'true' : 'false',
      force: String(opts.force),
      proposals: opts.proposals,
      'proposals-sha256': opts.proposalsSha256 ?? '',
      migrate: String(opts.migrate),
      mode: 'run'
    },
    {},
    opts.print
  )
  // One connection for the whole run: the embedded database is slow to open and single-session.
  let shared: Database | undefined
  const deps: LifecycleDeps = {
    host,
    ctx: localContext(opts.repository, opts.cwd),
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
  try {
    const pre = opts.skipPre ? undefined : await preStage(deps)
    const main = pre?.status === 'failed' ? pre : await mainStage(deps)
    const post = await postStage(deps)
    const outputs = Object.fromEntries(host.outputs)
    const status = (outputs.status as LocalRunResult['status']) || main.status
    const reportPath = outputs['report-path'] ?? ''
    return {
      status: host.failed && status !== 'failed' ? 'failed' : status,
      outputs,
      summary: host.summary,
      failed: host.failed,
      stages: { pre, main, post },
      artifactDir: reportPath ? join(reportPath, '..') : ''
    }
  } finally {
    await shared?.close()
  }
}

/**
 * The run's database. The embedded one is this directory's own, so it is brought up to date on the
 * spot, before anything reads it (even a skip's event); a server is migrated only when asked.
 */
async function openLocalDatabase(url: string, cwd: string): Promise<Database> {
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
