/**
 * Ctrl-C during `self-evolution run`, with the real CLI in a process of its own and real signals, sent
 * at each point that matters: before the claim, after it, and inside the recording transaction. The
 * child pauses at the named point (SELF_EVOLUTION_PAUSE_AT) and says so; the test then signals it.
 * Afterwards the embedded database shows the run cancelled and nothing half-written.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openDatabase } from '../../src/db/client.js'
import { recentOutcomes } from '../../src/db/runs.js'
import { runCli } from '../__fixtures__/cli.js'
import { transpileSources, type Transpiled } from '../__fixtures__/transpiled.js'
import { startChild, type Child } from '../__fixtures__/signals.js'

const EXAMPLES = resolve('examples')
const now = () => new Date()
let built: Transpiled
let cwd: string

let template: string

// One folder with the config and a migrated embedded database whose flag is on, copied for each test:
// migrating PGlite once per file instead of once per test.
beforeAll(async () => {
  built = transpileSources()
  template = mkdtempSync(join(tmpdir(), 'se-interrupt-template-'))
  mkdirSync(join(template, '.github'))
  cpSync(
    join(EXAMPLES, 'self-evolution-config.json'),
    join(template, '.github', 'self-evolution-config.json')
  )
  expect((await runCli(['flag', 'enable', '--reason', 'test'], { cwd: template, now })).code).toBe(0)
}, 240_000)
afterAll(() => {
  built.remove()
  rmSync(template, { recursive: true, force: true })
})
// Each test starts a child process that opens the embedded database: a minute on a busy machine.
const SLOW = 240_000

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'se-interrupt-'))
  cpSync(template, cwd, { recursive: true })
})
afterEach(() => rmSync(cwd, { recursive: true, force: true }))

function startRun(pauseAt: string): Child {
  const args = ['run', '--repository', 'o/r', '--proposals', join(EXAMPLES, 'proposals.json')]
  return startChild([built.entry('src/entry/cli.ts'), ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, SELF_EVOLUTION_PAUSE_AT: pauseAt }
  })
}

/** What the run left in the embedded database (opened only after the child exited). */
async function recorded() {
  const db = await openDatabase({ cwd, env: {} })
  try {
    const runs = await db.sql<{ id: number; status: string; summary: string | null }[]>`
      SELECT id, status, summary FROM self_evolution_runs ORDER BY id`
    const [counts] = await db.sql<{ proposals: number; reflections: number; actions: number }[]>`
      SELECT (SELECT count(*)::int FROM self_evolution_proposals) AS proposals,
             (SELECT count(*)::int FROM self_evolution_reflections) AS reflections,
             (SELECT count(*)::int FROM self_evolution_actions) AS actions`
    const outcomes = await recentOutcomes(db.sql, 'o/r', 10)
    return { runs, counts, outcomes }
  } finally {
    await db.close()
  }
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1)

describe('self-evolution run, interrupted', () => {
  it(
    'before the claim: exits 130 saying there is nothing to close, and no run exists',
    async () => {
      const child = startRun('before-claim')
      await child.printed('self-evolution: paused at before-claim')
      child.kill('SIGINT')
      const exit = await child.exited
      expect(exit.code).toBe(130)
      expect(lastLine(exit.stderr)).toBe('Interrupted by SIGINT before a run was claimed: nothing to close.')
      expect((await recorded()).runs).toEqual([])
    },
    SLOW
  )

  it(
    'after the claim (SIGTERM): closes the claimed run as cancelled, in one line, and exits 143',
    async () => {
      const child = startRun('after-claim')
      await child.printed('self-evolution: paused at after-claim')
      child.kill('SIGTERM')
      const exit = await child.exited
      expect(exit.code).toBe(143)
      const { runs, counts, outcomes } = await recorded()
      expect(runs).toHaveLength(1)
      expect(lastLine(exit.stderr)).toBe(`Interrupted by SIGTERM: run ${runs[0].id} closed as cancelled.`)
      expect(runs[0]).toMatchObject({ status: 'cancelled' })
      expect(runs[0].summary).toMatch(/^Cancelled: the run received SIGTERM before it finished/)
      expect(counts).toEqual({ proposals: 0, reflections: 0, actions: 0 })
      // No failure: nothing for the cooldown or the failure limit.
      expect(outcomes).toEqual([])
    },
    SLOW
  )

  it(
    'inside the recording transaction: rolls the record back whole, then closes the run cancelled',
    async () => {
      const child = startRun('recording')
      await child.printed('self-evolution: paused at recording')
      child.kill('SIGINT')
      const exit = await child.exited
      expect(exit.code).toBe(130)
      const { runs, counts } = await recorded()
      expect(lastLine(exit.stderr)).toBe(`Interrupted by SIGINT: run ${runs[0].id} closed as cancelled.`)
      expect(runs.map(r => r.status)).toEqual(['cancelled'])
      expect(counts).toEqual({ proposals: 0, reflections: 0, actions: 0 })
    },
    SLOW
  )

  it(
    'a second Ctrl-C exits at once; the next run names the stuck run and `runs cancel` closes it',
    async () => {
      const child = startRun('after-claim,cancelling')
      await child.printed('self-evolution: paused at after-claim')
      child.kill('SIGINT')
      await child.printed('self-evolution: paused at cancelling')
      child.kill('SIGINT')
      const exit = await child.exited
      expect(exit.code).toBe(130)
      expect(exit.stderr).not.toContain('closed as cancelled')
      const { runs } = await recorded()
      expect(runs.map(r => r.status)).toEqual(['running'])
      const id = runs[0].id

      const again = await runCli(['run', '--repository', 'o/r', '--force'], { cwd, now, env: {} })
      expect(again.code).toBe(0)
      expect(again.stdout).toMatch(
        new RegExp(
          `run ${id} for \\d{4}-\\d\\d-\\d\\d is still running, started \\d+ s ago; .*\`self-evolution runs cancel ${id}\``
        )
      )
      const cancelled = await runCli(['runs', 'cancel', String(id)], { cwd, now, env: {} })
      expect(cancelled).toMatchObject({ code: 0, stderr: '' })
      expect((await recorded()).runs.map(r => r.status)).toEqual(['cancelled'])
    },
    SLOW
  )
})
