/**
 * `self-evolution report` as a user meets it through the dispatcher, on the seeded 60 days: the page
 * written to --out, the JSON on stdout, the flags refused before any database is opened, and a
 * database that cannot be read failing with one line and no password.
 *
 * `npm test`: the embedded database (a data directory in a scratch working directory, seeded and
 * closed before the command opens it). `npm run test:pg`: a server database, by --database-url.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../src/db/client.js'
import { migrate } from '../../src/db/migrate.js'
import { createTestDatabase, onRealServer, type TestDatabase } from '../__fixtures__/db.js'
import { HISTORY_NOW, HOSTILE, MAIN_REPO, seedHistory, type Expected } from '../__fixtures__/history.js'
import { SECTION_IDS } from '../../src/report/html.js'
import { runCli } from '../__fixtures__/cli.js'
import { REPORT_SCHEMA } from '../../src/report/figures.js'

const cwd = mkdtempSync(join(tmpdir(), 'se-report-'))
let server: TestDatabase | undefined
let expected: Expected
let databaseArgs: string[] = []

beforeAll(async () => {
  if (onRealServer) {
    server = await createTestDatabase()
    expected = await seedHistory(server.sql)
    databaseArgs = ['--database-url', server.url!]
  } else {
    // The embedded database the command opens when no URL is given: <cwd>/.self-evolution/pgdata.
    const db = await openDatabase({ cwd })
    try {
      await migrate(db.sql)
      expected = await seedHistory(db.sql)
    } finally {
      await db.close()
    }
  }
})
afterAll(async () => {
  await server?.close()
  rmSync(cwd, { recursive: true, force: true })
})

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(args, { env, cwd, now: () => HISTORY_NOW })

describe('self-evolution report', () => {
  it('writes one self-contained page to --out and says what it holds, and what the agent cost', async () => {
    const r = await cli([
      'report',
      '--since',
      '60d',
      '--out',
      'out',
      '--repository',
      MAIN_REPO,
      ...databaseArgs
    ])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const file = join(cwd, 'out', 'report.html')
    const d = expected.daysByState
    expect(r.stdout).toBe(
      `Wrote ${file} (${Math.ceil(statSync(file).size / 1024)} KB): 2026-09-27 to 2026-11-25, ` +
        `${expected.runs} run(s) (${d.success} success, ${d.failed} failed, ${d.reverted} reverted), ` +
        `${d.skipped + d.none} day(s) without a run, ${expected.allowed} proposal(s) allowed, ` +
        `${expected.blocked} blocked, 1 rollback(s).\n` +
        // The seed's runs carry no agent block (their proposals files were written by hand).
        'Agent cost: no agent step recorded in 60 day(s).\n'
    )
    const html = readFileSync(file, 'utf8')
    expect(statSync(file).size).toBeLessThan(200 * 1024)
    for (const id of SECTION_IDS) expect(html).toContain(`<section id="${id}"`)
    expect(html).toContain(
      `<section id="calendar" data-days="60" data-success="${d.success}" data-failed="${d.failed}"`
    )
    expect(html).not.toMatch(/<script|javascript:/i)
    // The hostile texts are shown, escaped: the rollback's reason, a rule message, the flag's reason.
    expect(html).toContain(
      '&#34;&#62;&#60;svg onload&#61;alert(3)&#62; rolled back: &#60;b&#62;bad&#60;/b&#62;'
    )
    expect(html).toContain('&#60;img src&#61;x onerror&#61;alert(4)&#62;: not a rule id')
    expect(html).toContain('&#60;iframe src&#61;&#34;https://evil.example/&#34;&#62;&#60;/iframe&#62;')
  })

  it('writes to .self-evolution/report by default, for every repository, over 30 days', async () => {
    const r = await cli(['report', ...databaseArgs])
    expect(r.code).toBe(0)
    const file = join(cwd, '.self-evolution', 'report', 'report.html')
    expect(r.stdout).toMatch(
      new RegExp(
        `^Wrote ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(\\d+ KB\\): 2026-10-27 to 2026-11-25, `
      )
    )
    expect(readFileSync(file, 'utf8')).toContain('<section id="calendar" data-days="30"')
  })

  it('--json prints the same figures as JSON, and writes no page without --out', async () => {
    const out = join(cwd, 'json-only')
    const r = await cli(['report', '--since', '60d', '--json', '--repository', MAIN_REPO, ...databaseArgs])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(existsSync(out)).toBe(false)
    const f = JSON.parse(r.stdout)
    expect(Object.keys(f)).toEqual([
      'schema',
      'generatedAt',
      'repository',
      'window',
      'totals',
      'calendar',
      'proposalsByDay',
      'violationsByRule',
      'actionsByStatus',
      'rollbacks',
      'flags',
      'costPerDay',
      'costPerMergedChange',
      'runsWithoutCost',
      'recentRuns'
    ])
    expect(f).toMatchObject({
      schema: REPORT_SCHEMA,
      generatedAt: HISTORY_NOW.toISOString(),
      repository: MAIN_REPO,
      window: { days: 60, from: '2026-09-27', to: '2026-11-25' },
      totals: {
        runs: expected.runs,
        daysByState: expected.daysByState,
        allowed: expected.allowed,
        blocked: expected.blocked,
        violations: expected.violations,
        rollbacks: 1
      }
    })
    expect(f.calendar).toHaveLength(60)
    expect(f.rollbacks[0].reason).toBe(HOSTILE.reason)
    expect(
      Object.fromEntries(f.actionsByStatus.map((a: { status: string; count: number }) => [a.status, a.count]))
    ).toEqual(expected.actionsByStatus)
  })

  it('--json with --out writes the page too, and keeps stdout for the JSON alone', async () => {
    const r = await cli(['report', '--json', '--out', 'both', '--since', '7d', ...databaseArgs])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).window.days).toBe(7)
    expect(r.stderr).toMatch(/^Wrote .*both\/report\.html \(\d+ KB\): 2026-11-19 to 2026-11-25, /)
    expect(existsSync(join(cwd, 'both', 'report.html'))).toBe(true)
  })
})

describe('refusals', () => {
  // A URL that would hang if anything tried it: usage is checked first.
  const env = { DATABASE_URL: 'postgres://x:y@10.255.255.1:5432/never' }
  it.each([
    [
      ['--since', '2w'],
      'self-evolution report: --since "2w" is not valid; expected a number of days from 1d to 365d, such as 30d'
    ],
    [['--since', '0d'], '--since "0d" is not valid'],
    [['--since', '400d'], '--since "400d" is not valid'],
    [['--since'], "Option '--since <value>' argument missing"],
    [['--out', ' '], '--out is empty; expected a directory to write report.html into'],
    [['--repository', 'nope'], '--repository "nope" is not valid; expected OWNER/REPO'],
    [['--days', '3'], "Unknown option '--days'"],
    [['extra'], 'unexpected argument "extra"'],
    [
      ['--database-url', 'mysql://u:hunter2@h/d'],
      'The database URL in --database-url is not valid: it starts with "mysql://"'
    ]
  ])('%j exits 2 with one line', async (args, message) => {
    const r = await cli(['report', ...(args as string[])], env)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain(message)
    expect(r.stderr).not.toContain('hunter2')
  })

  it('--help prints the usage and exits 0', async () => {
    const r = await cli(['report', '--help'], env)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Usage: self-evolution report [--since 30d] [--out DIR] [--json]')
  })

  it('an unreachable database fails with one line, exit 1, and never the password', async () => {
    const r = await cli(['report', '--database-url', 'postgres://app:hunter2@127.0.0.1:1/app'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(
      /^self-evolution report: Cannot connect to the database at 127\.0\.0\.1:1\/app: connection refused/
    )
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(r.stderr).not.toContain('hunter2')
  })

  it('an --out that cannot be written fails with one line and exit 1', async () => {
    writeFileSync(join(cwd, 'a-file'), 'not a directory')
    const r = await cli(['report', '--out', join('a-file', 'x'), ...databaseArgs])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^self-evolution report: Cannot write .*a-file\/x\/report\.html: ENOTDIR\n$/)
  })
})
