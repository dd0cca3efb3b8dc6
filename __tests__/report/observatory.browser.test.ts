/**
 * The observatory's page in a real browser: Debian's Chromium, driven by playwright-core, loads the
 * page generated from the seeded 60 days from disk, with the network off (the context is offline and
 * every request that is not the page's own file is aborted and recorded). It must render without a
 * console error (a CSP violation is one), with every section present and its counts right, and the
 * hostile texts shown as text. A PNG screenshot goes to test-output/observatory/.
 *
 * `npm run test:browser` only (SE_TEST_SUITE=browser). Without /usr/bin/chromium the test fails,
 * saying how to install it: it never skips.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import {
  HISTORY_DAYS,
  HISTORY_NOW,
  HOSTILE,
  MAIN_REPO,
  seedHistory,
  type Expected
} from '../__fixtures__/history.js'
import { readObservatory } from '../../src/db/report.js'
import { buildFigures, RECENT_RUNS, reportWindow, type Figures } from '../../src/report/figures.js'
import { renderHtml, SECTION_IDS } from '../../src/report/html.js'

const CHROMIUM = '/usr/bin/chromium'

/** The little of the page's window the test reads (the test's TypeScript has no DOM library). */
type PageWindow = { getComputedStyle(element: unknown): { backgroundColor: string } }
const OUTPUT = resolve('test-output', 'observatory')

let db: TestDatabase
let browser: Browser | undefined
let context: BrowserContext
let page: Page
let expected: Expected
let figures: Figures
let file: string
const consoleErrors: string[] = []
const blocked: string[] = []
const requested: string[] = []

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the browser test needs Debian's Chromium. Install it with ` +
        '"apt-get install -y --no-install-recommends chromium" (.ci/run does).'
    )
  }
  db = await createTestDatabase()
  expected = await seedHistory(db.sql)
  const window = reportWindow(HISTORY_NOW, HISTORY_DAYS)
  const rows = await readObservatory(db.sql, {
    repository: MAIN_REPO,
    from: window.from,
    to: window.to,
    recentRuns: RECENT_RUNS
  })
  figures = buildFigures(rows, { now: HISTORY_NOW, window, repository: MAIN_REPO })
  mkdirSync(OUTPUT, { recursive: true })
  file = join(OUTPUT, 'report.html')
  writeFileSync(file, renderHtml(figures))

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // This machine's network is closed: keep Chromium from trying its own background connections.
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
  context = await browser.newContext({ offline: true, viewport: { width: 1200, height: 900 } })
  await context.route('**/*', route => {
    const url = route.request().url()
    if (url.startsWith('file:')) return route.continue()
    blocked.push(url)
    return route.abort('blockedbyclient')
  })
  page = await context.newPage()
  page.on('console', m => {
    if (m.type() === 'error') consoleErrors.push(m.text())
  })
  page.on('pageerror', e => consoleErrors.push(e.message))
  page.on('request', r => void requested.push(r.url()))
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
})

afterAll(async () => {
  await browser?.close()
  await db?.close()
})

const attr = (selector: string, name: string) => page.locator(selector).getAttribute(name)
const count = (selector: string) => page.locator(selector).count()

describe('the observatory page in Chromium, offline', () => {
  it('loads from disk and fetches nothing else, without a console error', async () => {
    expect(requested).toEqual([pathToFileURL(file).href])
    expect(blocked).toEqual([])
    expect(consoleErrors).toEqual([])
    expect(await page.title()).toBe(`Self-evolution observatory: ${MAIN_REPO}, 2026-09-27 to 2026-11-25`)
    expect(statSync(file).size).toBeLessThan(200 * 1024)
  })

  it('applies its stylesheet under its own CSP, and has no script, image or frame', async () => {
    const swatch = page.locator('#calendar .legend .s-success').first()
    expect(
      await swatch.evaluate(el => {
        const view = (el as unknown as { ownerDocument: { defaultView: PageWindow } }).ownerDocument
          .defaultView
        return view.getComputedStyle(el).backgroundColor
      })
    ).toBe('rgb(45, 164, 78)')
    expect(await count('script, img, iframe, object, embed, link, base, form')).toBe(0)
  })

  it('shows every section', async () => {
    for (const id of SECTION_IDS) {
      const section = page.locator(`section#${id}`)
      expect(await section.count()).toBe(1)
      expect(await section.isVisible()).toBe(true)
    }
  })

  it('draws the calendar: one square per day, coloured by its state', async () => {
    expect(await count('#calendar rect[data-state]')).toBe(HISTORY_DAYS)
    for (const [state, n] of Object.entries(expected.daysByState)) {
      expect(await count(`#calendar rect[data-state="${state}"]`)).toBe(n)
      expect(await attr('#calendar', `data-${state}`)).toBe(String(n))
      expect(await page.locator(`#calendar .legend li[data-state="${state}"] b`).innerText()).toBe(String(n))
    }
    const reverted = page.locator('#calendar rect[data-state="reverted"]')
    expect(await reverted.getAttribute('fill')).toBe('#8250df')
  })

  it('counts proposals allowed and blocked per day', async () => {
    expect(await attr('#proposals', 'data-allowed')).toBe(String(expected.allowed))
    expect(await attr('#proposals', 'data-blocked')).toBe(String(expected.blocked))
    const days = page.locator('#proposals g[data-date]')
    expect(await days.count()).toBe(HISTORY_DAYS)
    const sums = await days.evaluateAll(gs =>
      gs.reduce(
        (s, g) => [
          s[0] + Number(g.getAttribute('data-allowed')),
          s[1] + Number(g.getAttribute('data-blocked'))
        ],
        [0, 0]
      )
    )
    expect(sums).toEqual([expected.allowed, expected.blocked])
  })

  it('counts violations by rule', async () => {
    expect(await attr('#violations', 'data-total')).toBe(String(expected.violations))
    const rows = await page
      .locator('#violations tr[data-rule]')
      .evaluateAll(trs =>
        trs.map(tr => [tr.getAttribute('data-rule'), Number(tr.getAttribute('data-count'))])
      )
    expect(Object.fromEntries(rows)).toEqual(expected.violationsByRule)
  })

  it('counts actions by status, closed and failed included', async () => {
    const rows = await page
      .locator('#actions tr[data-status]')
      .evaluateAll(trs =>
        trs.map(tr => [tr.getAttribute('data-status'), Number(tr.getAttribute('data-count'))])
      )
    expect(Object.fromEntries(rows)).toEqual(expected.actionsByStatus)
  })

  it('lists the rollback with its reason, shown as text', async () => {
    expect(await attr('#rollbacks', 'data-count')).toBe('1')
    const row = page.locator('#rollbacks tbody tr')
    expect(await row.count()).toBe(1)
    expect(await row.locator('td').last().innerText()).toBe(HOSTILE.reason)
  })

  it("shows the flag's history: off by alice, on again by bob", async () => {
    expect(await attr('#flags', 'data-flips')).toBe(String(expected.globalFlips))
    expect(
      await page
        .locator('#flags tr[data-flip]')
        .evaluateAll(trs => trs.map(tr => tr.getAttribute('data-flip')))
    ).toEqual(['on', 'off'])
    expect(await page.locator('#flags tr[data-flip="off"] td').nth(4).innerText()).toBe(HOSTILE.flagReason)
    expect(await attr('#flags tr[data-flag]', 'data-value')).toBe('on')
  })

  it('lists the most recent runs, each finished one linking to its logs', async () => {
    expect(await count('#runs tbody tr')).toBe(RECENT_RUNS)
    expect(await attr('#runs', 'data-count')).toBe(String(RECENT_RUNS))
    const links = await page
      .locator('#runs a')
      .evaluateAll(as => as.map(a => [a.getAttribute('href'), a.getAttribute('rel')]))
    const finished = figures.recentRuns.filter(r => r.logsUrl !== null).length
    expect(links).toHaveLength(finished)
    for (const [href, rel] of links) {
      expect(href).toMatch(/^https:\/\/github\.com\/octo\/agent\/actions\/runs\/\d+\/attempts\/1$/)
      expect(rel).toBe('noopener noreferrer')
    }
  })

  it('saves a screenshot', async () => {
    const png = join(OUTPUT, 'report.png')
    await page.screenshot({ path: png, fullPage: true })
    const bytes = readFileSync(png)
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    expect(bytes.length).toBeGreaterThan(10_000)
    process.stdout.write(`Screenshot: ${png}\n`)
  })
})
