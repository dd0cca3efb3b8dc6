/**
 * A cancelled job, the way the runner cancels it: SIGINT to the running step's process, then post.
 * The stages run as separate processes (runner emulation: GITHUB_STATE, STATE_* variables) from the
 * sources, against the real PostgreSQL server. main pauses at a named checkpoint
 * (SELF_EVOLUTION_PAUSE_AT) and says so; the test signals it there. Only a signal the run's own process
 * received makes post close the run as cancelled; a process killed outright leaves a failure.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createTestDatabase, type TestDatabase } from '../../__fixtures__/db.js'
import { useGitHubFake } from '../../__fixtures__/github-fake.js'
import { RunnerEmulation } from '../../__fixtures__/runner.js'
import { transpileSources, type Transpiled } from '../../__fixtures__/transpiled.js'
import { setFlag } from '../../../src/db/flags.js'

const SHA = 'c'.repeat(40)
const CONFIG_PATH = '.github/self-evolution-config.json'
const EXAMPLES = resolve('examples')
const SLOW = 240_000

const fake = useGitHubFake()
let built: Transpiled
let db: TestDatabase
let work: string
const emulations: RunnerEmulation[] = []

beforeAll(() => {
  built = transpileSources()
})
afterAll(() => built.remove())
beforeEach(async () => {
  db = await createTestDatabase()
  if (!db.url) throw new Error('the runner emulation needs a real server database (test:pg)')
  fake.setFile(CONFIG_PATH, readFileSync(join(EXAMPLES, 'self-evolution-config.json'), 'utf8'), { ref: SHA })
  await setFlag(db.sql, { value: true, by: 'test', now: new Date() })
  work = mkdtempSync(join(tmpdir(), 'se-ws-'))
})
afterEach(async () => {
  for (const e of emulations.splice(0)) e.cleanup()
  await db.close()
  rmSync(work, { recursive: true, force: true })
})

function emulation(pauseAt: string) {
  const e = new RunnerEmulation({
    inputs: {
      'database-url': db.url!,
      'github-token': 'ghs_faketoken0123456789',
      'config-path': CONFIG_PATH,
      'dry-run': 'true',
      mode: 'run',
      proposals: join(EXAMPLES, 'proposals.json')
    },
    env: {
      GITHUB_API_URL: fake.url,
      GITHUB_REPOSITORY: fake.fullName,
      GITHUB_SHA: SHA,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_RUN_ID: '5151',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: work,
      SELF_EVOLUTION_PAUSE_AT: pauseAt
    },
    event: { repository: { default_branch: 'main' } },
    entry: stage => built.entry(`src/entry/bundle/${stage}.ts`)
  })
  emulations.push(e)
  return e
}

/** Run main, sending `signal` once it says it paused at `point`. */
function mainSignalledAt(e: RunnerEmulation, point: string, signal: NodeJS.Signals) {
  return signalledAt(e, 'main', point, signal)
}

/** Run a stage, sending `signal` once it says it paused at `point`. */
function signalledAt(e: RunnerEmulation, stage: 'main' | 'post', point: string, signal: NodeJS.Signals) {
  let pid = 0
  let sent = false
  return e.stage(
    stage,
    p => (pid = p),
    printed => {
      if (sent || !printed.includes(`self-evolution: paused at ${point}`)) return
      sent = true
      process.kill(pid, signal)
    }
  )
}

async function recorded() {
  const runs = await db.sql<{ id: number; status: string; summary: string | null }[]>`
    SELECT id, status, summary FROM self_evolution_runs ORDER BY id`
  const [{ proposals }] = await db.sql<{ proposals: number }[]>`
    SELECT count(*)::int AS proposals FROM self_evolution_proposals`
  return { runs, proposals }
}

describe('a cancelled job', () => {
  it(
    'SIGINT inside the recording transaction: main records it in the state and exits; post closes the run cancelled',
    async () => {
      const e = emulation('recording')
      expect((await e.stage('pre')).code).toBe(0)
      const main = await mainSignalledAt(e, 'recording', 'SIGINT')
      expect(main.code).toBe(130)
      expect(e.savedState()).toMatchObject({ se_interrupted: 'SIGINT' })
      expect(main.stdout).toContain('Received SIGINT: stopping at the next safe point')
      const post = await e.stage('post')
      expect(post.code).toBe(0)
      const { runs, proposals } = await recorded()
      expect(runs.map(r => r.status)).toEqual(['cancelled'])
      expect(runs[0].summary).toMatch(/^Cancelled: the run received SIGINT before it finished/)
      expect(proposals).toBe(0)
      expect(e.outputs().status).toBe('cancelled')
    },
    SLOW
  )

  it(
    'main standing in for pre (uses: ./), SIGTERM after the claim: post closes the run cancelled',
    async () => {
      const e = emulation('after-claim')
      const main = await mainSignalledAt(e, 'after-claim', 'SIGTERM')
      expect(main.code).toBe(143)
      // main says which run it claimed, though the signal came before it finished starting.
      expect(main.stdout).toMatch(/Stopped before finishing run \d+; post closes it as cancelled/)
      expect(e.outputs()['run-id']).toMatch(/^\d+$/)
      expect((await e.stage('post')).code).toBe(0)
      expect((await recorded()).runs.map(r => r.status)).toEqual(['cancelled'])
    },
    SLOW
  )

  it(
    'SIGINT to post while it closes the run (a second cancel, a timeout): post still closes it cancelled',
    async () => {
      const e = emulation('recording,cancelling')
      expect((await e.stage('pre')).code).toBe(0)
      expect((await mainSignalledAt(e, 'recording', 'SIGINT')).code).toBe(130)
      const post = await signalledAt(e, 'post', 'cancelling', 'SIGINT')
      expect(post.stderr).toContain('self-evolution: paused at cancelling')
      expect(post.signal).toBeNull()
      expect(post.code).toBe(0)
      expect((await recorded()).runs.map(r => r.status)).toEqual(['cancelled'])
    },
    SLOW
  )

  it(
    'a main killed outright (no signal it could handle) is a failure, not a cancellation',
    async () => {
      const e = emulation('recording')
      expect((await e.stage('pre')).code).toBe(0)
      const main = await mainSignalledAt(e, 'recording', 'SIGKILL')
      expect(main.signal).toBe('SIGKILL')
      expect(e.savedState()).not.toHaveProperty('se_interrupted')
      expect((await e.stage('post')).code).toBe(0)
      const { runs, proposals } = await recorded()
      expect(runs.map(r => r.status)).toEqual(['failed'])
      expect(proposals).toBe(0)
    },
    SLOW
  )
})
