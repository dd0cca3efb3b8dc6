/**
 * migrate, flag and runs as a user meets them through the dispatcher: bad usage exits 2 with one
 * line before any database is opened, and the embedded database (no URL anywhere) just works.
 * The full behaviour against a server is in db-commands.pg.test.ts.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MIGRATIONS } from '../../src/db/migrations.generated.js'
import { runCli } from '../__fixtures__/cli.js'
import { run as runs } from '../../src/cli/commands/runs.js'

const cwd = mkdtempSync(join(tmpdir(), 'se-cli-'))
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(args, { env, cwd, now: () => new Date('2026-11-25T03:00:00Z') })

describe('bad usage exits 2 with one line, before touching a database', () => {
  // A URL that would hang if anything tried it: usage is checked first.
  const env = { DATABASE_URL: 'postgres://x:y@10.255.255.1:5432/never' }
  it.each([
    [['flag'], 'self-evolution flag: missing subcommand; expected status, enable or disable'],
    [
      ['flag', 'toggle'],
      'self-evolution flag: unknown subcommand "toggle"; expected status, enable or disable'
    ],
    [['flag', 'status', '--by', 'me'], '--by and --reason apply only to enable and disable, not to status'],
    [
      ['flag', 'enable', '--repository', 'not a repo'],
      '--repository "not a repo" is not valid; expected OWNER/REPO'
    ],
    [['flag', 'enable', '--reason', ' '], '--reason is empty; expected a sentence'],
    [['runs', '--limit', '0'], '--limit "0" is not valid; expected an integer from 1 to 1000'],
    [['runs', 'show'], 'self-evolution runs: missing the run ID; expected "runs show ID"'],
    [['runs', 'show', 'abc'], 'self-evolution runs: "abc" is not a run ID; expected a positive integer'],
    [['runs', 'mark-failed', '12'], 'mark-failed needs --reason TEXT: say why the run is marked failed'],
    [
      ['runs', 'delete', '12'],
      'self-evolution runs: unknown subcommand "delete"; expected show, mark-failed or cancel (or none, to list)'
    ],
    [['runs', 'show', '1', '--limit', '3'], '--limit applies only to the list, not to show'],
    [['runs', '--reason', 'x'], '--reason applies only to runs mark-failed and runs cancel'],
    [['runs', 'cancel'], 'self-evolution runs: missing the run ID; expected "runs cancel ID"'],
    [['runs', 'cancel', '12', '--reason', ' '], '--reason is empty; expected a sentence'],
    [
      ['migrate', '--database-url', 'mysql://u:hunter2@h/d'],
      'The database URL in --database-url is not valid: it starts with "mysql://"'
    ]
  ])('%j', async (args, message) => {
    const r = await cli(args as string[], env)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain(message)
    expect(r.stderr).not.toContain('hunter2')
  })

  it('returns the exit code itself when called without the dispatcher', async () => {
    let stderr = ''
    const io = {
      stdout: () => undefined,
      stderr: (t: string) => void (stderr += t),
      env,
      cwd,
      now: () => new Date()
    }
    expect(await runs(['show', '3x'], io)).toBe(2)
    expect(stderr).toBe('self-evolution runs: "3x" is not a run ID; expected a positive integer\n')
  })

  it.each([['migrate'], ['flag'], ['runs']])('%s --help prints the usage and exits 0', async name => {
    const r = await cli([name, '--help'], env)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(new RegExp(`^Usage:[\\s\\S]*self-evolution ${name}`))
    expect(r.stdout).toContain('--database-url')
  })
})

describe('with no URL anywhere: the embedded database in .self-evolution/pgdata', () => {
  it('migrates, flips the flag, shows it, and lists no runs yet', async () => {
    const migrated = await cli(['migrate'])
    expect(migrated).toMatchObject({ code: 0, stderr: '' })
    expect(migrated.stdout).toBe(
      `Applied ${MIGRATIONS.map(m => m.name).join(', ')} to embedded ${join(cwd, '.self-evolution', 'pgdata')}.\n`
    )

    const enabled = await cli(['flag', 'enable', '--by', 'alice', '--reason', 'local try'])
    expect(enabled).toEqual({ code: 0, stderr: '', stdout: 'self_evolution_enabled is now on (was off).\n' })

    const status = await cli(['flag', 'status', '--repository', 'octo/agent', '--json'])
    expect(status.code).toBe(0)
    expect(JSON.parse(status.stdout)).toMatchObject({
      repository: 'octo/agent',
      global: {
        value: true,
        metadata: { enabledBy: 'alice', enabledAt: '2026-11-25T03:00:00.000Z', reason: 'local try' }
      },
      repositoryFlag: null,
      on: true
    })

    const runs = await cli(['runs', 'show', '7'])
    expect(runs).toEqual({ code: 1, stdout: '', stderr: 'self-evolution runs: Run 7 does not exist.\n' })
  })
})
