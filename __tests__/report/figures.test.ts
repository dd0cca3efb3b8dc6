/**
 * The observatory's pure core and its two renderers: --since parsing, the window, the figures from
 * rows (with hostile text everywhere the database holds text), the HTML page (escaped, no script, no
 * network, small) and the job summary's chart (Mermaid only from dates and numbers, else a table).
 */
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import type { ObservatoryRows } from '../../src/db/report.js'
import {
  buildFigures,
  describeCost,
  formatUsd,
  parseSince,
  reportWindow,
  safeHttpUrl,
  settleRun,
  type Figures
} from '../../src/report/figures.js'
import { CONTENT_SECURITY_POLICY, renderHtml, SECTION_IDS } from '../../src/report/html.js'
import { drawable, renderTrend } from '../../src/report/trend.js'
import { renderReport } from '../../src/report/summary.js'

const NOW = new Date('2026-11-25T12:00:00Z')

const EVIL = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "'><svg/onload=alert(3)>",
  '</style><style>body{background:url(https://evil.example/x.png)}</style>',
  '<iframe src="https://evil.example/"></iframe>',
  '<a href="javascript:alert(4)">click</a>',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '```\n```mermaid\nclick A "javascript:alert(5)"\n```'
]
const evil = (i: number) => EVIL[i % EVIL.length]

const EVIL_URLS = [
  'javascript:alert(document.cookie)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/logs',
  '/relative/logs',
  'https://user:secret@github.com/o/r/actions/runs/1',
  'https://github.com/o/r/actions/runs/2"><script>alert(1)</script>'
]

function rows(over: Partial<ObservatoryRows> = {}): ObservatoryRows {
  return {
    runDays: [],
    skipDays: [],
    proposalDays: [],
    rules: [],
    violationsTotal: 0,
    actions: [],
    rollbacks: [],
    rollbacksTotal: 0,
    flags: [],
    flagEvents: [],
    agentDays: [],
    mergedChanges: 0,
    recentRuns: [],
    ...over
  }
}

/** Rows for `days` days with hostile text in every text column. */
function hostileRows(days: number): ObservatoryRows {
  const window = reportWindow(NOW, days)
  const first = Date.parse(`${window.from}T00:00:00Z`)
  const dates = Array.from({ length: days }, (_, i) =>
    new Date(first + i * 86_400_000).toISOString().slice(0, 10)
  )
  return rows({
    runDays: dates
      .filter((_, i) => i % 5)
      .map((day, i) => ({ day, status: i % 7 ? 'success' : 'failed', runs: 1 })),
    skipDays: dates.filter((_, i) => i % 5 === 0).map((day, i) => ({ day, reason: evil(i), skips: 2 })),
    proposalDays: dates.map((day, i) => ({ day, allowed: i % 3, blocked: i % 4 })),
    agentDays: dates.map((day, i) => ({
      day,
      runs: 2,
      costed: i % 2,
      costUsd: i % 2 ? 0.1234567 * i : null,
      inputTokens: 1000 * i,
      outputTokens: 100 * i
    })),
    mergedChanges: 7,
    rules: [
      ...Array.from({ length: 10 }, (_, i) => ({
        rule: `rule-${i}`,
        violations: 20 - i,
        proposals: 10 - i,
        example: `rule-${i}: ${evil(i)}`
      })),
      { rule: evil(0), violations: 3, proposals: 3, example: evil(1) },
      { rule: evil(1), violations: 2, proposals: 1, example: evil(2) }
    ],
    violationsTotal: 160,
    actions: [
      { status: 'merged', actions: 7 },
      { status: 'rolled_back', actions: 1 },
      { status: 'closed', actions: 2 }
    ],
    // As many as the query returns at most (200), with long hostile reasons.
    rollbacks: Array.from({ length: Math.min(200, days) }, (_, i) => ({
      id: i + 1,
      actionId: 10 + i,
      reason: evil(i) + ' x'.repeat(400),
      createdAt: `${dates[dates.length - 1 - i]}T06:00:00+00:00`,
      actionType: evil(i + 1),
      actionStatus: 'rolled_back',
      proposalId: 100 + i,
      proposalTitle: evil(i + 2),
      runId: 1000 + i,
      runDate: dates[i],
      repository: evil(i + 3)
    })),
    rollbacksTotal: days + 50,
    flags: [
      {
        key: 'self_evolution_enabled',
        value: true,
        metadata: { enabledAt: `${dates[3]}T01:00:00.000Z`, enabledBy: evil(0), reason: evil(1) },
        createdAt: `${dates[0]}T00:00:00+00:00`
      },
      { key: `self_evolution_enabled:${evil(2)}`, value: false, metadata: 'not an object', createdAt: null }
    ],
    flagEvents: [
      {
        id: 1,
        at: `${dates[3]}T01:00:00+00:00`,
        repository: '',
        key: 'self_evolution_enabled',
        value: true,
        previous: false,
        by: evil(3),
        reason: evil(4)
      },
      {
        id: 2,
        at: 'not a time',
        repository: '',
        key: 'x',
        value: true,
        previous: null,
        by: null,
        reason: null
      }
    ],
    recentRuns: Array.from({ length: 30 }, (_, i) => ({
      id: 500 - i,
      repository: evil(i),
      runDate: dates[dates.length - 1 - i] ?? dates[0],
      status: 'success',
      startedAt: `${dates[0]}T02:10:00+00:00`,
      finishedAt: `${dates[0]}T02:20:00+00:00`,
      summary: evil(i + 5) + ' y'.repeat(1000),
      logsUrl:
        i < EVIL_URLS.length ? EVIL_URLS[i] : `https://github.com/o/r/actions/runs/${500 - i}/attempts/1`,
      proposalsAllowed: 1,
      proposalsBlocked: 2,
      attempt: 1,
      earlierAttempts: []
    }))
  })
}

function figuresOf(r: ObservatoryRows, days: number, repository: string | null = null): Figures {
  return buildFigures(r, { now: NOW, window: reportWindow(NOW, days), repository })
}

describe('--since', () => {
  it.each([
    ['1d', 1],
    ['30d', 30],
    ['365d', 365],
    ['60d', 60]
  ])('%s is %i days', (value, days) => {
    expect(parseSince(value)).toEqual({ days })
  })
  it.each([
    '0d',
    '366d',
    '30',
    'd',
    '30D',
    '30 d',
    ' 30d',
    '-5d',
    '1.5d',
    '2w',
    '030d',
    '1e2d',
    '',
    '30dd',
    '９d'
  ])('%j is refused with a sentence naming the flag, the value and what was expected', value => {
    expect(parseSince(value)).toEqual({
      error: `--since "${value}" is not valid; expected a number of days from 1d to 365d, such as 30d`
    })
  })
})

describe('the window', () => {
  it('is the last N UTC days, today included, from the injected clock', () => {
    expect(reportWindow(NOW, 30)).toEqual({ days: 30, from: '2026-10-27', to: '2026-11-25' })
    expect(reportWindow(new Date('2026-03-01T00:00:00Z'), 2)).toEqual({
      days: 2,
      from: '2026-02-28',
      to: '2026-03-01'
    })
    expect(reportWindow(new Date('2026-11-25T23:59:59.999Z'), 1)).toEqual({
      days: 1,
      from: '2026-11-25',
      to: '2026-11-25'
    })
    expect(() => reportWindow(NOW, 0)).toThrow(RangeError)
    expect(() => reportWindow(NOW, 366)).toThrow(RangeError)
  })
})

describe('the figures', () => {
  it('are all days without a run, and zero counts, from no rows', () => {
    const f = figuresOf(rows(), 7)
    expect(f.calendar.map(d => d.state)).toEqual(Array(7).fill('none'))
    expect(f.proposalsByDay).toHaveLength(7)
    expect(f.actionsByStatus).toEqual(
      ['planned', 'submitted', 'merged', 'rolled_back', 'closed', 'failed'].map(status => ({
        status,
        count: 0
      }))
    )
    expect(f.totals).toMatchObject({ runs: 0, skips: 0, proposals: 0, rollbacks: 0, flagFlips: 0 })
  })

  it('ignore rows outside the window and statuses they do not know', () => {
    const f = figuresOf(
      rows({
        runDays: [
          { day: '2026-11-25', status: 'success', runs: 1 },
          { day: '2026-11-26', status: 'failed', runs: 1 },
          { day: '2026-10-01', status: 'failed', runs: 1 },
          { day: '2026-11-24', status: 'exploded', runs: 5 }
        ],
        skipDays: [{ day: '2026-11-24', reason: '', skips: 1 }]
      }),
      2
    )
    expect(f.calendar).toEqual([
      expect.objectContaining({
        date: '2026-11-24',
        state: 'skipped',
        skipReasons: [{ reason: '(no reason)', count: 1 }]
      }),
      expect.objectContaining({ date: '2026-11-25', state: 'success' })
    ])
    expect(f.totals.runs).toBe(1)
  })

  it('show a cancelled run as its own state, below any failure of the same day', () => {
    const f = figuresOf(
      rows({
        runDays: [
          { day: '2026-11-24', status: 'cancelled', runs: 1 },
          { day: '2026-11-25', status: 'cancelled', runs: 1 },
          { day: '2026-11-25', status: 'failed', runs: 1 }
        ]
      }),
      2
    )
    expect(f.calendar.map(d => d.state)).toEqual(['cancelled', 'failed'])
    expect(f.totals.runsByStatus).toMatchObject({ cancelled: 2, failed: 1 })
    expect(f.totals.runs).toBe(3)
  })

  it('group what is not a rule id under "(other)", and cap every text', () => {
    const f = figuresOf(hostileRows(60), 60)
    expect(f.violationsByRule.find(r => r.rule === '(other)')).toMatchObject({ violations: 5, proposals: 4 })
    expect(f.violationsByRule[0].rule).toBe('rule-0')
    for (const r of f.recentRuns) expect(Array.from(r.summary ?? '').length).toBeLessThanOrEqual(2000)
    // The metadata's flip is the same flip as the event's: listed once.
    expect(f.flags.history).toEqual([
      expect.objectContaining({ key: 'self_evolution_enabled', value: true, source: 'event' })
    ])
    expect(f.flags.current[1]).toMatchObject({ value: false, enabledAt: null, reason: null })
    // A password in a logs_url never leaves: not in the figures (JSON), not in the page.
    expect(f.recentRuns[8].logsUrl).toBe('https://***@github.com/o/r/actions/runs/1')
    expect(JSON.stringify(f)).not.toContain('secret')
    expect(renderHtml(f)).not.toContain('secret')
  })
})

describe("the agent's cost", () => {
  it('takes only finite, non-negative dollars and safe counts from the rows, and formats them', () => {
    const f = figuresOf(
      rows({
        agentDays: [
          { day: '2026-11-20', runs: 2, costed: 2, costUsd: 0.012345678, inputTokens: 10, outputTokens: 2 },
          { day: '2026-11-21', runs: 1, costed: 1, costUsd: -3, inputTokens: -1, outputTokens: 'x' },
          {
            day: '2026-11-22',
            runs: 1,
            costed: 1,
            costUsd: Infinity,
            inputTokens: 1e300,
            outputTokens: null
          },
          { day: '2026-11-23', runs: 3, costed: 1, costUsd: '1.5', inputTokens: null, outputTokens: null },
          { day: '2026-11-24', runs: 1, costed: 5, costUsd: 'NaN', inputTokens: null, outputTokens: null },
          { day: '2020-01-01', runs: 9, costed: 9, costUsd: 1000, inputTokens: 1, outputTokens: 1 }
        ],
        mergedChanges: 3
      }),
      7
    )
    const byDate = Object.fromEntries(f.costPerDay.map(d => [d.date, d]))
    expect(f.costPerDay).toHaveLength(7)
    expect(byDate['2026-11-20']).toEqual({
      date: '2026-11-20',
      costUsd: 0.012346,
      runs: 2,
      runsWithoutCost: 0,
      tokens: { input: 10, output: 2 }
    })
    expect(byDate['2026-11-21'].costUsd).toBe(0)
    expect(byDate['2026-11-21'].tokens).toEqual({ input: 0, output: 0 })
    expect(byDate['2026-11-22'].costUsd).toBe(0)
    expect(byDate['2026-11-22'].tokens.input).toBe(0)
    expect(byDate['2026-11-23']).toMatchObject({ costUsd: 1.5, runs: 3, runsWithoutCost: 2 })
    expect(byDate['2026-11-24']).toMatchObject({ costUsd: 0, runsWithoutCost: 0 })
    expect(f.totals).toMatchObject({ agentRuns: 8, costUsd: 1.512346, mergedChanges: 3 })
    expect(f.runsWithoutCost).toBe(2)
    expect(f.costPerMergedChange).toBe(0.504115)
    expect(describeCost(f)).toBe(
      'Agent cost: $1.51 over 8 agent run(s) in 7 day(s); $0.5041 per merged change (3 merged); ' +
        '2 run(s) without a reported cost (engines that report tokens only).'
    )
    expect(renderHtml(f)).toContain('<section id="cost" data-runs="8" data-merged="3" data-uncosted="2">')
  })

  it('has no cost per merged change when no run reported dollars, and no negative merges', () => {
    const tokensOnly = figuresOf(
      rows({
        agentDays: [
          { day: '2026-11-25', runs: 2, costed: 0, costUsd: null, inputTokens: 5, outputTokens: 1 }
        ],
        mergedChanges: 2
      }),
      3
    )
    expect(tokensOnly.costPerMergedChange).toBeNull()
    expect(tokensOnly.runsWithoutCost).toBe(2)
    expect(describeCost(tokensOnly)).toBe(
      'Agent cost: $0.00 over 2 agent run(s) in 3 day(s); 2 merged change(s), no reported cost; ' +
        '2 run(s) without a reported cost (engines that report tokens only).'
    )
    expect(renderHtml(tokensOnly)).toContain('<b>no reported cost</b>per merged change')
    const negative = figuresOf(rows({ mergedChanges: -4 }), 3)
    expect(negative.totals.mergedChanges).toBe(0)
    expect(negative.costPerMergedChange).toBeNull()
  })

  it('formats dollars in cents from a dollar up, in four decimals below', () => {
    expect([0, 0.0042, 0.5, 1, 12.345, -1, NaN].map(formatUsd)).toEqual([
      '$0.00',
      '$0.0042',
      '$0.5000',
      '$1.00',
      '$12.35',
      '$?',
      '$?'
    ])
  })
})

describe('safeHttpUrl', () => {
  it.each(EVIL_URLS.slice(0, 9))('refuses %j', url => {
    expect(safeHttpUrl(url)).toBeNull()
  })
  it('keeps http(s) URLs, normalized (so a quote cannot end the attribute)', () => {
    expect(safeHttpUrl('https://github.com/o/r/actions/runs/1/attempts/2')).toBe(
      'https://github.com/o/r/actions/runs/1/attempts/2'
    )
    expect(safeHttpUrl(EVIL_URLS[9])).toBe(
      'https://github.com/o/r/actions/runs/2%22%3E%3Cscript%3Ealert(1)%3C/script%3E'
    )
  })
})

describe('the HTML page', () => {
  const f = figuresOf(hostileRows(60), 60)
  const html = renderHtml(f)

  /** Every tag of the page, as written: escaped text holds no raw "<", so these are all markup. */
  const tags = [...html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z0-9-]+(?:="[^"]*")?)*)\s*>/g)]
  const markup = tags.map(t => t[0]).join('\n')

  it('escapes every hostile string: no element, attribute or URL of theirs survives', () => {
    // Every "<" in the page starts one of the tags matched above.
    expect(html.startsWith('<!doctype html>\n')).toBe(true)
    expect(html.split('<').length - 2).toBe(tags.length)
    expect(new Set(tags.map(t => t[2].toLowerCase()))).toEqual(
      new Set([
        ...[
          'a',
          'b',
          'body',
          'code',
          'div',
          'g',
          'h1',
          'h2',
          'h3',
          'head',
          'html',
          'li',
          'line',
          'meta',
          'p'
        ],
        ...[
          'rect',
          'section',
          'span',
          'style',
          'svg',
          'table',
          'tbody',
          'td',
          'text',
          'th',
          'thead',
          'title',
          'tr',
          'ul'
        ]
      ])
    )
    const attributes = new Set(
      tags.flatMap(t => [...t[3].matchAll(/\s+([a-zA-Z0-9-]+)(?:="[^"]*")?/g)].map(m => m[1].toLowerCase()))
    )
    for (const name of attributes) {
      expect(name).toMatch(
        /^(data-[a-z]+|href|rel|target|class|id|lang|charset|http-equiv|content|name|role|aria-label|aria-hidden|title|width|height|viewBox|x|y|x1|y1|x2|y2|rx|fill|stroke|text-anchor)$/i
      )
    }
    expect(markup).not.toMatch(/javascript:|evil\.example|<script|\son[a-z]+=/i)
    // The escaped text is still there for a reader.
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;')
    expect(html).not.toMatch(/<script|<img|<iframe|<link/i)
  })

  it('links only http(s) logs, with rel="noopener noreferrer"', () => {
    const links = [...html.matchAll(/<a ([^>]*)>/g)].map(m => m[1])
    expect(links).toHaveLength(30 - 9)
    for (const attrs of links) {
      expect(attrs).toMatch(
        /^href="https:\/\/github\.com\/o\/r\/actions\/runs\/\d+[^"]*" rel="noopener noreferrer" target="_blank"$/
      )
    }
    expect(html.match(/not a web link/g)).toHaveLength(9)
  })

  it('loads nothing: no src, no url(), no @import, a CSP that forbids fetches and scripts', () => {
    expect(markup).not.toMatch(/\ssrc=|url\(|@import|<link/i)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`)
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/)
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'none'/)
    // The CSP allows exactly the page's one stylesheet, by its hash.
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(m => m[1])
    expect(styles).toHaveLength(1)
    const hash = createHash('sha256').update(styles[0]).digest('base64')
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src 'sha256-${hash}'`)
    expect(styles[0]).not.toMatch(/url\(|@import|https?:/)
    // No markup but the links' href names a URL.
    const withoutLinks = markup.replace(/<a href="[^"]*"/g, '<a')
    expect(withoutLinks).not.toMatch(/https?:|\/\//)
  })

  it('has every section, with its counts as data attributes', () => {
    for (const id of SECTION_IDS) expect(html).toContain(`<section id="${id}"`)
    expect(html).toContain(
      `<section id="calendar" data-days="60" data-success="${f.totals.daysByState.success}" data-failed="${f.totals.daysByState.failed}"`
    )
    expect(html).toContain(`<section id="violations" data-total="160" data-rules="11">`)
    expect(html).toContain(`<section id="runs" data-count="30">`)
    expect(html.match(/<rect [^>]*data-state=/g)).toHaveLength(60)
  })

  it('stays under 200 KB for 60 days of hostile, long text in every list at its limit', () => {
    expect(html).toContain('<section id="rollbacks" data-count="110">')
    expect(html).toContain('The 50 most recent of 110.')
    expect(Buffer.byteLength(html)).toBeLessThan(200 * 1024)
    // A year grows with the days drawn (two small SVG shapes a day), not with the lists.
    const year = renderHtml(figuresOf(hostileRows(365), 365))
    expect(Buffer.byteLength(year)).toBeLessThan(400 * 1024)
  })

  it('is the same page for the same figures', () => {
    expect(renderHtml(f)).toBe(html)
  })
})

describe("the job summary's chart", () => {
  it('draws Mermaid from dates and numbers only', () => {
    const f = figuresOf(hostileRows(14), 14)
    expect(drawable(f)).toBe(true)
    const md = renderTrend(f)
    const chart = /```mermaid\n([\s\S]*?)```/.exec(md)![1]
    const lines = chart.trimEnd().split('\n')
    expect(lines[0]).toBe('xychart-beta')
    expect(lines[1]).toBe('  title "Proposals per day (bars: all, line: blocked)"')
    expect(lines[2]).toMatch(/^ {2}x-axis \["\d\d-\d\d"(, "\d\d-\d\d"){13}\]$/)
    expect(lines[3]).toMatch(/^ {2}y-axis "Proposals" 0 --> \d+$/)
    expect(lines[4]).toMatch(/^ {2}bar \[\d+(, \d+){13}\]$/)
    expect(lines[5]).toMatch(/^ {2}line \[\d+(, \d+){13}\]$/)
    expect(lines).toHaveLength(6)
    expect(md).not.toMatch(/<|javascript/i)
  })

  it("says the agent's cost when an agent step recorded one, with every dollar sign escaped", () => {
    const costly = rows({
      agentDays: [{ day: '2026-11-25', runs: 1, costed: 1, costUsd: 2, inputTokens: 1, outputTokens: 1 }],
      mergedChanges: 1
    })
    const f = figuresOf(costly, 14)
    const line = 'Agent cost: $2.00 over 1 agent run(s) in 14 day(s); $2.00 per merged change (1 merged).'
    expect(renderTrend(f, 'terminal')).toContain(line)
    const md = renderTrend(f)
    expect(md).not.toContain('$')
    expect(md).toContain('Agent cost&#58; &#36;2&#46;00 over 1 agent run&#40;s&#41;')
    expect(renderTrend(figuresOf(rows(), 14))).not.toContain('Agent cost')
  })

  it('degrades to a table when there is nothing to draw', () => {
    const f = figuresOf(rows({ runDays: [{ day: '2026-11-25', status: 'failed', runs: 1 }] }), 14)
    expect(drawable(f)).toBe(false)
    const md = renderTrend(f)
    expect(md).not.toContain('mermaid')
    expect(md).toContain('| 2026&#45;11&#45;25 | 🟥 failed | 0 | 0 |')
    expect(md).toContain('Runs, oldest day first: ' + '⬜'.repeat(13) + '🟥')
  })

  it('degrades to a table when a value is not a safe date or count', () => {
    const f = figuresOf(rows({ proposalDays: [{ day: '2026-11-25', allowed: 2, blocked: 1 }] }), 14)
    expect(drawable(f)).toBe(true)
    const tampered = {
      ...f,
      proposalsByDay: f.proposalsByDay.map((d, i) =>
        i === 3 ? { ...d, date: '2026-11-15"]\nclick A "javascript:alert(1)' } : d
      )
    }
    expect(drawable(tampered)).toBe(false)
    expect(renderTrend(tampered)).not.toContain('mermaid')
    const fractional = { ...f, proposalsByDay: f.proposalsByDay.map(d => ({ ...d, allowed: 0.5 })) }
    expect(drawable(fractional)).toBe(false)
  })

  it('goes in the job summary before the proposals', () => {
    const f = figuresOf(hostileRows(14), 14)
    const md = renderReport({
      status: 'success',
      runId: 1,
      runDate: '2026-11-25',
      repository: 'o/r',
      gates: [],
      verdicts: [],
      trend: f
    })
    expect(md.indexOf('### The last 14 days')).toBeGreaterThan(0)
    expect(md.indexOf('### The last 14 days')).toBeLessThan(md.indexOf('### Proposals'))
    expect(
      renderReport({ status: 'success', runId: 1, repository: 'o/r', gates: [], verdicts: [] })
    ).not.toContain('The last')
  })
})

describe('the run a summary sits under', () => {
  it("is drawn as it ends: today's running run counts as its final status", () => {
    const today = '2026-11-25'
    const r = rows({
      runDays: [
        { day: '2026-11-24', status: 'success', runs: 1 },
        { day: today, status: 'running', runs: 1 }
      ]
    })
    const before = figuresOf(r, 14)
    expect(before.calendar.at(-1)!.state).toBe('running')
    const after = figuresOf(settleRun(r, { runDate: today, status: 'success' }), 14)
    expect(after.calendar.at(-1)!.state).toBe('success')
    expect(after.totals.runsByStatus).toMatchObject({ success: 2, running: 0 })
    expect(renderTrend(after, 'terminal')).toContain('🟩🟩\n')
  })
  it('leaves the rows alone when the run is not running there', () => {
    const r = rows({ runDays: [{ day: '2026-11-25', status: 'failed', runs: 1 }] })
    expect(settleRun(r, { runDate: '2026-11-25', status: 'success' })).toBe(r)
  })
})
