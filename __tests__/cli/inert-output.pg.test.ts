/**
 * No agent-written text the CLI prints can become a workflow command in the log of the job that
 * runs it. Over a database whose titles, descriptions, reasons, summaries and flag notes carry
 * `##[error]`, `::add-mask::`, `::set-output` and `::stop-commands::` on lines of their own, every
 * command is run through the dispatcher, on a runner (GITHUB_ACTIONS=true) and off one, in text
 * and as JSON; all of stdout and stderr is then read the way the runner reads it.
 *
 * It runs in `npm run test:pg`, on a server database given by --database-url: each command opens
 * its database, which on the embedded one costs seconds a command. `npm test` covers the encoding
 * itself (__tests__/text/workflow-commands.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type postgres from 'postgres'
import { main, type MainOptions } from '../../src/cli/main.js'
import { openDatabase } from '../../src/db/client.js'
import { setFlag } from '../../src/db/flags.js'
import { migrate } from '../../src/db/migrate.js'
import { recordJudgement } from '../../src/db/proposals.js'
import { claimRun, finishRun } from '../../src/db/runs.js'
import { createTestDatabase, onRealServer, type TestDatabase } from '../__fixtures__/db.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const REPO = 'octo/agent'
/** Seeded where the agent writes; a token source that offers it first must not be taken. */
const PLANTED_TOKEN = 'deadbeefdeadbeefdeadbeef'

/** Each on a line of its own, at the start of a field, and after leading whitespace. */
const HOSTILE =
  `::stop-commands::abc ##[error]x\n::add-mask::x\n  ::set-output name=a::b\n::stop-commands::abc` +
  `\r::warning::w\u2028::notice::n\n##[group]g ::${PLANTED_TOKEN}::`

const cwd = mkdtempSync(join(tmpdir(), 'se-inert-'))
let server: TestDatabase | undefined
let databaseArgs: string[] = []
/** Runs still "running", for mark-failed: one per call. */
const runningRuns: number[] = []
let finishedRun = 0

beforeAll(async () => {
  writeRunInputs()
  if (onRealServer) {
    server = await createTestDatabase()
    await seed(server.sql)
    databaseArgs = ['--database-url', server.url!]
  } else {
    const db = await openDatabase({ cwd })
    try {
      await migrate(db.sql)
      await seed(db.sql)
    } finally {
      await db.close()
    }
  }
})
afterAll(async () => {
  await server?.close()
  rmSync(cwd, { recursive: true, force: true })
})

/** The example config, and the example proposals with the hostile text wherever the agent writes. */
function writeRunInputs(): void {
  mkdirSync(join(cwd, '.github'), { recursive: true })
  copyFileSync('examples/self-evolution-config.json', join(cwd, '.github', 'self-evolution-config.json'))
  const example = JSON.parse(readFileSync('examples/proposals.json', 'utf8'))
  example.reflection.insights = HOSTILE
  for (const p of example.proposals) Object.assign(p, { title: HOSTILE, description: HOSTILE })
  example.proposals[0].files[0].path = `docs/${HOSTILE}.md`
  writeFileSync(join(cwd, 'proposals.json'), JSON.stringify(example))
}

async function seed(sql: postgres.Sql): Promise<void> {
  await setFlag(sql, { value: true, by: HOSTILE, reason: HOSTILE, now: new Date('2026-11-01T00:00:00Z') })
  await setFlag(sql, {
    repository: REPO,
    value: true,
    by: HOSTILE,
    reason: HOSTILE,
    now: new Date('2026-11-02')
  })
  for (const day of [20, 21, 22, 23]) runningRuns.push(await claim(sql, `2026-11-${day}`))
  finishedRun = await claim(sql, '2026-11-24')
  const recorded = await recordJudgement(sql, {
    runId: finishedRun,
    repository: REPO,
    runDate: '2026-11-24',
    reflection: { insights: HOSTILE },
    proposals: [
      {
        type: 'capability',
        title: HOSTILE,
        description: HOSTILE,
        riskLevel: 1,
        allowed: true,
        blockedReasons: [],
        action: { actionType: 'pr', payload: { branch: HOSTILE } }
      },
      {
        type: 'prompt',
        title: HOSTILE,
        description: HOSTILE,
        riskLevel: 4,
        allowed: false,
        blockedReasons: [HOSTILE]
      }
    ]
  })
  await sql`
    INSERT INTO self_evolution_rollbacks (action_id, reason, created_at)
    VALUES (${recorded.actionIds[0]}, ${HOSTILE}, ${new Date('2026-11-24T06:00:00Z')})
  `
  await finishRun(sql, {
    runId: finishedRun,
    status: 'success',
    summary: HOSTILE,
    logsUrl: HOSTILE,
    now: NOW
  })
}

async function claim(sql: postgres.Sql, runDate: string): Promise<number> {
  const result = await claimRun(sql, {
    repository: REPO,
    runDate,
    now: new Date(`${runDate}T02:00:00Z`),
    force: false,
    holder: { githubRunId: HOSTILE, attempt: 1, event: HOSTILE, sha: HOSTILE, dryRun: false }
  })
  if (!result.claimed) throw new Error(`seed: could not claim ${runDate}: ${result.reason}`)
  return result.runId
}

type Written = { stream: 'stdout' | 'stderr'; text: string }

async function cli(args: string[], env: NodeJS.ProcessEnv, options?: MainOptions) {
  const writes: Written[] = []
  const code = await main(
    args,
    {
      stdout: text => void writes.push({ stream: 'stdout', text }),
      stderr: text => void writes.push({ stream: 'stderr', text }),
      env,
      cwd,
      now: () => NOW
    },
    options
  )
  const of = (stream: Written['stream']) =>
    writes
      .filter(w => w.stream === stream)
      .map(w => w.text)
      .join('')
  return { code, stdout: of('stdout'), stderr: of('stderr'), both: writes.map(w => w.text).join('') }
}

/**
 * The lines the runner would run as commands, read as it reads them: outside a stop-commands block
 * any `##[` and any line starting with `::` after whitespace is live, except a stop-commands line
 * that opens a block with a UUID token; inside, only the exact resume line `::TOKEN::` may name the
 * token, and it closes the block. A block left open is reported too. Every Unicode line break
 * counts, to be strict.
 */
function liveCommands(text: string): string[] {
  const live: string[] = []
  let token: string | null = null
  for (const line of text.split(/\r\n|\r|\n|\u0085|\u2028|\u2029/)) {
    if (token !== null) {
      if (!line.toLowerCase().includes(token)) continue
      if (line !== `::${token}::`) live.push(`resumed early: ${line}`)
      token = null
      continue
    }
    const stop = /^::stop-commands::([0-9a-f-]{36}|[0-9a-f]{32})$/.exec(line)
    if (stop) token = stop[1]
    else if (/^\s*::/.test(line) || line.includes('##[')) live.push(line)
  }
  if (token !== null) live.push(`left stopped: ${token}`)
  return live
}

const COMMANDS: [string, string[]][] = [
  ['runs', ['runs']],
  ['runs --json', ['runs', '--json']],
  ['runs show', ['runs', 'show', 'FINISHED']],
  ['runs show --json', ['runs', 'show', 'FINISHED', '--json']],
  ['runs mark-failed', ['runs', 'mark-failed', 'RUNNING', '--reason', HOSTILE]],
  ['runs mark-failed --json', ['runs', 'mark-failed', 'RUNNING', '--reason', HOSTILE, '--json']],
  ['runs mark-failed (refused)', ['runs', 'mark-failed', 'FINISHED', '--reason', HOSTILE]],
  ['runs mark-failed --json (refused)', ['runs', 'mark-failed', 'FINISHED', '--reason', HOSTILE, '--json']],
  ['report --json', ['report', '--since', '30d', '--json']],
  ['report --out', ['report', '--since', '30d', '--out', 'out']],
  ['reflect', ['reflect', '--repository', REPO]],
  ['reflect --json', ['reflect', '--repository', REPO, '--json']],
  ['flag status', ['flag', 'status']],
  ['flag status --json', ['flag', 'status', '--json']],
  ['flag status --repository', ['flag', 'status', '--repository', REPO]],
  ['flag enable', ['flag', 'enable', '--repository', REPO, '--by', HOSTILE, '--reason', HOSTILE]],
  ['flag enable --json', ['flag', 'enable', '--by', HOSTILE, '--reason', HOSTILE, '--json']],
  ['a usage error', ['runs', 'show', HOSTILE]],
  ['an unknown command', [HOSTILE]],
  // Last: a run's start closes stale runs, which would leave mark-failed nothing to close.
  ['run', ['run', '--proposals', 'proposals.json', '--repository', REPO, '--force']],
  ['run --json', ['run', '--proposals', 'proposals.json', '--repository', REPO, '--force', '--json']]
]

function argsFor(args: string[]): string[] {
  // Usage errors come before any database is opened, so every command may take the URL.
  const resolved = args.map(a =>
    a === 'FINISHED' ? String(finishedRun) : a === 'RUNNING' ? String(runningRuns.shift()) : a
  )
  return [...resolved, ...databaseArgs]
}

const ENVS: [string, NodeJS.ProcessEnv][] = [
  ['on a runner', { GITHUB_ACTIONS: 'true' }],
  ['off a runner', {}]
]

describe('every line of every command is inert', () => {
  const cases = COMMANDS.flatMap(([name, args]) =>
    ENVS.map(([where, env]) => [`${name}, ${where}`, args, env] as const)
  )
  it.each(cases)('%s', async (_name, args, env) => {
    const r = await cli(argsFor(args), env)
    expect(liveCommands(r.stdout)).toEqual([])
    expect(liveCommands(r.stderr)).toEqual([])
    expect(liveCommands(r.both)).toEqual([])
    if (args.includes('--json')) {
      // The JSON stays one parseable document, on a runner too.
      expect(r.stdout).not.toMatch(/^::stop-commands::/m)
      expect(() => JSON.parse(r.stdout)).not.toThrow()
    }
  })
})

describe('on a runner', () => {
  it('prints the JSON with the hostile text unchanged in value', async () => {
    const r = await cli(['runs', 'show', String(finishedRun), '--json', ...databaseArgs], {
      GITHUB_ACTIONS: 'true'
    })
    const detail = JSON.parse(r.stdout)
    expect(detail.proposals.map((p: { title: string }) => p.title)).toEqual([HOSTILE, HOSTILE])
    expect(detail.rollbacks[0].reason).toBe(HOSTILE)
    expect(r.stdout).toContain('#\\u0023[error]x')
  })

  it('wraps plain text in stop-commands blocks and leaves text off a runner as it was', async () => {
    const on = await cli(['runs', 'show', String(finishedRun), ...databaseArgs], { GITHUB_ACTIONS: 'true' })
    const off = await cli(['runs', 'show', String(finishedRun), ...databaseArgs], {})
    const block = /^::stop-commands::([0-9a-f-]{36})\n([\s\S]*)::\1::\n$/.exec(on.stdout)
    expect(block?.[2]).toBe(off.stdout)
    expect(off.stdout).not.toContain('stop-commands::')
  })

  it('takes its tokens from the source given and never one the text contains', async () => {
    const fresh = 'cafecafecafecafecafecafecafecafe'
    const tokens = [PLANTED_TOKEN, fresh]
    const r = await cli(
      ['runs', 'show', String(finishedRun), ...databaseArgs],
      { GITHUB_ACTIONS: 'true' },
      {
        stopToken: () => tokens.shift() ?? 'no more tokens'
      }
    )
    expect(r.stdout).toContain(PLANTED_TOKEN)
    expect(r.stdout.startsWith(`::stop-commands::${fresh}\n`)).toBe(true)
    expect(r.stdout.endsWith(`\n::${fresh}::\n`)).toBe(true)
    expect(liveCommands(r.stdout)).toEqual([])
  })

  it('closes the block of an error line as well', async () => {
    const r = await cli(['runs', 'show', HOSTILE], { GITHUB_ACTIONS: 'true' })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^::stop-commands::([0-9a-f-]{36})\nself-evolution runs: .*\n::\1::\n$/)
  })
})
