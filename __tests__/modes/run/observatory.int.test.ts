/**
 * The observatory in the daily run: main's chart of the last 14 days and post's report.html, read on
 * the stage's own connection; a database or a directory that fails gives a warning, never a failure.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryHost } from '../../../src/runtime/host.js'
import { summaryTrend, writeHtmlReport } from '../../../src/modes/run/observatory.js'
import { createTestDatabase, type TestDatabase } from '../../__fixtures__/db.js'
import { HISTORY_NOW, MAIN_REPO, historyPlan, seedHistory } from '../../__fixtures__/history.js'

const scratch = mkdtempSync(join(tmpdir(), 'se-observatory-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

let db: TestDatabase
let host: MemoryHost
beforeEach(async () => {
  db = await createTestDatabase()
  await seedHistory(db.sql)
  host = new MemoryHost({})
})
afterEach(async () => {
  await db.close()
})

describe('main: the last 14 days for the job summary', () => {
  it("reads the repository's last 14 days in one query", async () => {
    const f = await summaryTrend(db.sql, host, { repository: MAIN_REPO, now: HISTORY_NOW })
    const plan = historyPlan().slice(-14)
    expect(f!.calendar.map(d => d.state)).toEqual(
      plan.map(d => (d.kind === 'run' ? d.outcome : d.kind === 'skip' ? 'skipped' : 'none'))
    )
    expect(f!.recentRuns).toEqual([])
    expect(host.lines).toEqual([])
  })

  it('warns and gives nothing when the database fails', async () => {
    await db.close()
    expect(await summaryTrend(db.sql, host, { repository: MAIN_REPO, now: HISTORY_NOW })).toBeUndefined()
    expect(host.lines).toEqual([
      expect.objectContaining({
        level: 'warning',
        text: expect.stringMatching(/^The job summary has no chart of the last 14 days: /)
      })
    ])
  })
})

describe("post: report.html for the run's artifact", () => {
  it('writes the last 30 days', async () => {
    const dir = join(scratch, 'artifact')
    expect(await writeHtmlReport(db.sql, host, { repository: MAIN_REPO, now: HISTORY_NOW, dir })).toBe(true)
    const html = readFileSync(join(dir, 'report.html'), 'utf8')
    expect(html).toContain('<section id="calendar" data-days="30"')
    expect(html).toContain('<title>Self-evolution observatory: octo/agent, 2026-10-27 to 2026-11-25</title>')
    expect(host.lines).toEqual([])
  })

  it('warns and writes nothing when the directory cannot be written', async () => {
    writeFileSync(join(scratch, 'a-file'), 'x')
    const dir = join(scratch, 'a-file', 'artifact')
    expect(await writeHtmlReport(db.sql, host, { repository: MAIN_REPO, now: HISTORY_NOW, dir })).toBe(false)
    expect(host.lines).toEqual([
      expect.objectContaining({
        level: 'warning',
        text: expect.stringMatching(/^The HTML report was not written: .*/)
      })
    ])
  })

  it('warns when the database fails', async () => {
    await db.close()
    const dir = join(scratch, 'closed')
    expect(await writeHtmlReport(db.sql, host, { repository: MAIN_REPO, now: HISTORY_NOW, dir })).toBe(false)
    expect(host.lines.map(l => l.level)).toEqual(['warning'])
  })
})
