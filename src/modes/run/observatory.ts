/**
 * The observatory in the daily run: main draws the last 14 days in the job summary, post writes the
 * HTML report into the run's artifact. Each is one query on a connection the stage already has open,
 * and neither may fail its stage: a problem becomes a warning, and the run goes on without it.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ActionHost } from '../../runtime/host.js'
import type { Queryable } from '../../db/client.js'
import { readObservatory } from '../../db/report.js'
import { renderHtml } from '../../report/html.js'
import {
  buildFigures,
  DEFAULT_DAYS,
  RECENT_RUNS,
  reportWindow,
  settleRun,
  SUMMARY_DAYS,
  type Figures,
  type RunState
} from '../../report/figures.js'
import { forLog } from '../../text/escape.js'

export const REPORT_HTML = 'report.html'

/** The figures of one repository's last `days` days, up to the day of `now`. */
export async function readFigures(
  sql: Queryable,
  opts: {
    repository: string
    now: Date
    days: number
    recentRuns: number
    /** The run being reported, as it ends (it is still `running` in the database). */
    settled?: { runDate: string; status: RunState }
  }
): Promise<Figures> {
  const window = reportWindow(opts.now, opts.days)
  const rows = await readObservatory(sql, {
    repository: opts.repository,
    from: window.from,
    to: window.to,
    recentRuns: opts.recentRuns
  })
  const settled = opts.settled ? settleRun(rows, opts.settled) : rows
  return buildFigures(settled, { now: opts.now, window, repository: opts.repository })
}

/** main: the job summary's last 14 days, or undefined (with a warning) when they cannot be read. */
export async function summaryTrend(
  sql: Queryable,
  host: ActionHost,
  opts: { repository: string; now: Date; settled?: { runDate: string; status: RunState } }
): Promise<Figures | undefined> {
  try {
    return await readFigures(sql, { ...opts, days: SUMMARY_DAYS, recentRuns: 0 })
  } catch (error) {
    host.warning(`The job summary has no chart of the last ${SUMMARY_DAYS} days: ${describe(error)}`)
    return undefined
  }
}

/** post: write `dir/report.html` (the last 30 days); false (with a warning) when it cannot. */
export async function writeHtmlReport(
  sql: Queryable,
  host: ActionHost,
  opts: { repository: string; now: Date; dir: string }
): Promise<boolean> {
  try {
    const figures = await readFigures(sql, {
      repository: opts.repository,
      now: opts.now,
      days: DEFAULT_DAYS,
      recentRuns: RECENT_RUNS
    })
    await mkdir(opts.dir, { recursive: true })
    await writeFile(join(opts.dir, REPORT_HTML), renderHtml(figures), 'utf8')
    return true
  } catch (error) {
    host.warning(`The HTML report was not written: ${describe(error)}`)
    return false
  }
}

function describe(error: unknown): string {
  return forLog(String((error as Error)?.message ?? error).split('\n')[0], 500)
}
