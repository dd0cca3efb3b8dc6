/**
 * The one way tests build what a mode gets from the outside world: a RunContext and LifecycleDeps
 * with defaults for everything a test does not care about, and overrides for what it does.
 *
 * - `github` is the real factory (src/runtime/wiring.ts) pointed at the local GitHub fake, on the
 *   test's clock, so the clients retry exactly as in production but never wait.
 * - `openDatabase` hands out the test's database under a handle whose close() leaves it open: the
 *   test owns it and closes it in its own hooks.
 */
import { MemoryHost } from '../../src/runtime/host.js'
import { githubFactory } from '../../src/runtime/wiring.js'
import type { LifecycleDeps } from '../../src/runtime/deps.js'
import type { RunContext } from '../../src/runtime/context.js'
import type { Database } from '../../src/db/client.js'
import type { GitHubFake } from './github-fake.js'

/** A run on GitHub of `octo-org/octo-repo`'s main, dispatched by hand. */
export function testContext(overrides: Partial<RunContext> = {}): RunContext {
  const repository = overrides.repository ?? 'octo-org/octo-repo'
  const [owner = '', repo = ''] = repository.split('/')
  return {
    repository,
    owner,
    repo,
    event: 'workflow_dispatch',
    sha: '',
    ref: 'refs/heads/main',
    githubRunId: 1,
    attempt: 1,
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    workspace: '/nonexistent',
    schedule: '',
    defaultBranch: 'main',
    onGitHub: true,
    runnerTemp: '',
    ...overrides
  }
}

/** The clock the deps and their GitHub clients run on (a FakeClock fits). */
export type TestClock = { date: () => Date; sleep: (ms: number) => Promise<void> }

export type TestDepsOptions = Partial<Omit<LifecycleDeps, 'ctx'>> & {
  /** The GitHub fake the context's repository and API URL point at. */
  fake?: Pick<GitHubFake, 'fullName' | 'url'>
  /** Fields of the run context (over the fake's repository and URL). */
  ctx?: Partial<RunContext>
  /** The test's database, which `openDatabase` hands out (never closing it). */
  db?: Database
  /** Time and sleep of the deps and of the GitHub clients; `now`/`sleep` override the deps' only. */
  clock?: TestClock
}

const FIXED = new Date('2026-11-25T12:00:00Z')
const noSleep = async () => undefined

export function testDeps(opts: TestDepsOptions = {}): LifecycleDeps {
  const { fake, ctx: ctxOverrides, db, clock = { date: () => FIXED, sleep: noSleep }, ...overrides } = opts
  const ctx = testContext({
    ...(fake && { repository: fake.fullName, apiUrl: fake.url }),
    ...ctxOverrides
  })
  const cwd = overrides.cwd ?? ctx.workspace
  return {
    host: new MemoryHost({}),
    ctx,
    cwd,
    now: clock.date,
    random: () => 0.5,
    sleep: clock.sleep,
    openDatabase: async () => {
      if (!db) throw new Error('testDeps: no database given')
      return { ...db, close: async () => undefined }
    },
    github: githubFactory(ctx, { sleep: clock.sleep, now: clock.date, log: () => undefined }),
    railway: () => async () => ({ active: false, detail: 'no Railway' }),
    localArtifactRoot: `${cwd}/artifacts`,
    allowEmbedded: false,
    ...overrides
  }
}
