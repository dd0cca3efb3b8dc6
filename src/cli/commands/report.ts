/**
 * `self-evolution report [--since 30d] [--out DIR] [--json]`: the observatory. Reads the window's
 * figures in one statement, writes one self-contained HTML page (DIR/report.html), or prints the same
 * figures as JSON. The window is the last N UTC days up to today, by the injected clock.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { ensureLocalDir, LOCAL_DIR } from '../../db/local-dir.js'
import { readObservatory } from '../../db/report.js'
import { renderHtml } from '../../report/html.js'
import {
  buildFigures,
  DEFAULT_DAYS,
  describeCost,
  MAX_DAYS,
  MIN_DAYS,
  parseSince,
  RECENT_RUNS,
  reportWindow
} from '../../report/figures.js'
import { forLog } from '../../text/escape.js'
import { DATABASE_URL_HELP, json, openCommandDatabase, runCommand } from '../database.js'
import { CommandError, parseCommandArgs, repositoryFlag, UsageError, type CliIO } from '../io.js'

/** Where the page goes without --out, relative to the working directory (git-ignored). */
export const DEFAULT_OUT = join(LOCAL_DIR, 'report')
export const REPORT_FILE = 'report.html'

const HELP = `Usage: self-evolution report [--since ${DEFAULT_DAYS}d] [--out DIR] [--json] [options]

The observatory: what the agent has been doing, at a glance. One self-contained HTML page (inline
CSS and SVG, no script, nothing fetched from the network) with a calendar of the daily runs,
proposals allowed and blocked per day, violations by rule, actions by status, the agent's cost
(per day and per merged change), rollbacks with their reasons, the feature flag's history, and the
most recent runs with links to their logs.

Options:
  --since Nd               the last N UTC days, today included (${MIN_DAYS}d to ${MAX_DAYS}d; default ${DEFAULT_DAYS}d)
  --out DIR                write DIR/${REPORT_FILE} (default: ${DEFAULT_OUT}; with --json, only when given)
  --json                   print the same figures as JSON on stdout (fields: docs/observatory.md)
  --repository OWNER/REPO  only this repository (default: every repository in the database)
${DATABASE_URL_HELP}
`

export async function run(argv: string[], io: CliIO): Promise<number> {
  return runCommand('report', io, () => execute(argv, io))
}

async function execute(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('report', argv, {
    since: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    repository: { type: 'string' },
    'database-url': { type: 'string' }
  })
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const since = parseSince(values.since ?? `${DEFAULT_DAYS}d`)
  if ('error' in since) throw new UsageError(since.error)
  if (values.out !== undefined && !values.out.trim()) {
    throw new UsageError('--out is empty; expected a directory to write report.html into')
  }
  const repository = repositoryFlag(values.repository) ?? null
  const asJson = values.json === true
  const outDir =
    values.out !== undefined
      ? resolve(io.cwd, values.out)
      : asJson
        ? null
        : join(ensureLocalDir(io.cwd), 'report')

  const now = io.now()
  const window = reportWindow(now, since.days)
  const db = await openCommandDatabase(values['database-url'], io)
  let rows
  try {
    rows = await readObservatory(db.sql, {
      repository,
      from: window.from,
      to: window.to,
      recentRuns: RECENT_RUNS
    })
  } catch (error) {
    throw new CommandError(
      `Cannot read the report's figures from ${db.describe}: ${(error as Error).message.split('\n')[0]}`
    )
  } finally {
    await db.close()
  }
  const figures = buildFigures(rows, { now, window, repository })

  if (outDir !== null) {
    const file = join(outDir, REPORT_FILE)
    const html = renderHtml(figures)
    try {
      await mkdir(outDir, { recursive: true })
      await writeFile(file, html, 'utf8')
    } catch (error) {
      throw new CommandError(
        `Cannot write ${forLog(file, 300)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
      )
    }
    const t = figures.totals
    const line =
      `Wrote ${forLog(file, 300)} (${Math.ceil(Buffer.byteLength(html) / 1024)} KB): ` +
      `${window.from} to ${window.to}, ${t.runs} run(s) (${t.runsByStatus.success} success, ` +
      `${t.runsByStatus.failed} failed, ${t.runsByStatus.reverted} reverted), ` +
      `${t.daysByState.skipped + t.daysByState.none} day(s) without a run, ` +
      `${t.allowed} proposal(s) allowed, ${t.blocked} blocked, ${t.rollbacks} rollback(s).\n` +
      `${describeCost(figures)}\n`
    // With --json, stdout carries the JSON alone.
    if (asJson) io.stderr(line)
    else io.stdout(line)
  }
  if (asJson) io.stdout(json(figures))
  return 0
}
