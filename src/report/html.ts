/**
 * The observatory as one self-contained HTML page: inline CSS and inline SVG, no script, no external
 * URL of any kind (no font, no image, no stylesheet). A Content-Security-Policy meta tag forbids
 * every fetch and every script, and allows the one stylesheet by its hash, so even an escaping bug
 * could not make the page load or run anything.
 *
 * Pure: figures in, text out. Every string that came from the database goes through forHtml; links
 * are made only from figures' `href` (http or https, checked by observatory.ts, checked again here)
 * and open with rel="noopener noreferrer".
 *
 * Each section has a stable id and data-* attributes with its counts, for tests and for scraping:
 *   #overview, #calendar, #proposals, #violations, #actions, #cost, #rollbacks, #flags, #runs.
 */
import { createHash } from 'node:crypto'
import { forHtml, LIMITS } from '../text/escape.js'
import {
  DAY_STATE_LABELS,
  DAY_STATES,
  formatUsd,
  isDate,
  safeHttpUrl,
  type CalendarDay,
  type DayState,
  type Figures
} from './figures.js'

export const SECTION_IDS = [
  'overview',
  'calendar',
  'proposals',
  'violations',
  'actions',
  'cost',
  'rollbacks',
  'flags',
  'runs'
] as const

const COLORS: Record<DayState, string> = {
  success: '#2da44e',
  failed: '#cf222e',
  reverted: '#8250df',
  running: '#d4a72c',
  planned: '#54aeff',
  cancelled: '#bf8700',
  skipped: '#8c959f',
  none: '#eaeef2'
}
const ALLOWED_COLOR = '#2da44e'
const BLOCKED_COLOR = '#cf222e'
const COST_COLOR = '#0969da'

const CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328;
  margin: 0 auto; max-width: 1100px; padding: 16px 24px 48px; background: #fff; }
h1 { font-size: 22px; margin: 8px 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #d0d7de; }
p.meta { color: #59636e; margin: 0 0 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eaeef2; vertical-align: top; }
th { font-weight: 600; background: #f6f8fa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.text { word-break: break-word; }
.empty { color: #59636e; font-style: italic; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 6px 0; padding: 0; list-style: none; }
.legend li { white-space: nowrap; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 4px;
  vertical-align: -1px; border: 1px solid rgba(31, 35, 40, 0.15); }
${DAY_STATES.map(s => `.s-${s} { background: ${COLORS[s]}; }`).join('\n')}
.s-allowed { background: ${ALLOWED_COLOR}; }
.s-blocked { background: ${BLOCKED_COLOR}; }
.cards { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
.card { border: 1px solid #d0d7de; border-radius: 6px; padding: 6px 12px; min-width: 90px; }
.card b { display: block; font-size: 20px; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 10px system-ui, sans-serif; fill: #59636e; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa;
  padding: 1px 4px; border-radius: 4px; }
.status { font-weight: 600; }
`

/** The stylesheet's hash, for the CSP: only this exact stylesheet applies. */
const CSS_HASH = createHash('sha256').update(CSS).digest('base64')

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${CSS_HASH}'`,
  "img-src 'none'",
  "script-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
  // (frame-ancestors is ignored in a <meta> CSP, and Chromium says so on the console.)
].join('; ')

/** Escape a database-derived string for HTML text or a quoted attribute. */
const h = (text: string | null | undefined, max: number = LIMITS.message) =>
  text === null || text === undefined ? '' : forHtml(text, max)

/** A number for HTML or SVG: our own integers only, so nothing else can reach the markup. */
const n = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0')

const day = (value: string) => (isDate(value) ? value : '????-??-??')

export function renderHtml(f: Figures): string {
  const scope = f.repository === null ? 'every repository' : f.repository
  const title = `Self-evolution observatory: ${scope}, ${f.window.from} to ${f.window.to}`
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title, 400)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    `<body data-schema="${h(f.schema)}" data-days="${n(f.window.days)}" data-from="${day(f.window.from)}" data-to="${day(f.window.to)}">`,
    `<h1>Self-evolution observatory</h1>`,
    `<p class="meta">${h(scope, 300)} · ${day(f.window.from)} to ${day(f.window.to)} (${n(f.window.days)} UTC days) · generated ${h(f.generatedAt, 40)}</p>`,
    overview(f),
    calendar(f),
    proposals(f),
    violations(f),
    actions(f),
    cost(f),
    rollbacks(f),
    flags(f),
    runs(f),
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function overview(f: Figures): string {
  const t = f.totals
  const cards: [string, number][] = [
    ['runs', t.runs],
    ['success', t.runsByStatus.success],
    ['failed', t.runsByStatus.failed],
    ['reverted', t.runsByStatus.reverted],
    ['days without a run', t.daysByState.skipped + t.daysByState.none],
    ['proposals allowed', t.allowed],
    ['proposals blocked', t.blocked],
    ['violations', t.violations],
    ['rollbacks', t.rollbacks]
  ]
  return section(
    'overview',
    'At a glance',
    { runs: t.runs, proposals: t.proposals, violations: t.violations, rollbacks: t.rollbacks },
    `<div class="cards">${cards.map(([label, v]) => `<div class="card"><b>${n(v)}</b>${h(label)}</div>`).join('')}</div>`
  )
}

const CELL = 14
const GAP = 3
const PER_ROW = 31

function calendar(f: Figures): string {
  const days = f.calendar
  const rows = Math.max(1, Math.ceil(days.length / PER_ROW))
  const width = Math.min(days.length, PER_ROW) * (CELL + GAP) + GAP
  const height = rows * (CELL + GAP) + GAP
  const cells = days
    .map((d, i) => {
      const x = GAP + (i % PER_ROW) * (CELL + GAP)
      const y = GAP + Math.floor(i / PER_ROW) * (CELL + GAP)
      return `<rect x="${n(x)}" y="${n(y)}" width="${CELL}" height="${CELL}" rx="2" fill="${COLORS[d.state]}" data-date="${day(d.date)}" data-state="${d.state}"><title>${h(describeDay(d), 600)}</title></rect>`
    })
    .join('')
  const counts = Object.fromEntries(DAY_STATES.map(s => [s, f.totals.daysByState[s]]))
  const legend = `<ul class="legend">${DAY_STATES.map(
    s =>
      `<li data-state="${s}"><span class="swatch s-${s}"></span>${DAY_STATE_LABELS[s]}: <b>${n(f.totals.daysByState[s])}</b></li>`
  ).join('')}</ul>`
  const body =
    `<svg role="img" aria-label="One square per UTC day, oldest first" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">${cells}</svg>` +
    legend +
    `<p class="meta">Oldest day first, ${PER_ROW} days a row. Skipped: no run, and the start recorded why (hover for the reasons). No run: nothing was recorded that day.</p>`
  return section('calendar', 'Daily runs', { days: days.length, ...counts }, body)
}

function describeDay(d: CalendarDay): string {
  const runs = Object.entries(d.runs)
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${v} ${k}`)
  const parts = [`${d.date}: ${DAY_STATE_LABELS[d.state]}`]
  if (runs.length) parts.push(`runs: ${runs.join(', ')}`)
  if (d.skips) parts.push(`skips: ${d.skipReasons.map(s => `${s.reason} ×${s.count}`).join(', ')}`)
  return parts.join('; ')
}

function proposals(f: Figures): string {
  const days = f.proposalsByDay
  const max = Math.max(1, ...days.map(d => d.allowed + d.blocked))
  const chartH = 120
  const barW = Math.max(3, Math.min(18, Math.floor(720 / Math.max(1, days.length))))
  const width = days.length * barW + 40
  const height = chartH + 24
  const scale = (v: number) => (v / max) * chartH
  const bars = days
    .map((d, i) => {
      const x = 36 + i * barW
      const a = scale(d.allowed)
      const b = scale(d.blocked)
      const w = Math.max(1, barW - 1)
      const tip = `<title>${day(d.date)}: ${n(d.allowed)} allowed, ${n(d.blocked)} blocked</title>`
      return (
        `<g data-date="${day(d.date)}" data-allowed="${n(d.allowed)}" data-blocked="${n(d.blocked)}">${tip}` +
        (d.allowed
          ? `<rect x="${n(x)}" y="${n(chartH - a)}" width="${n(w)}" height="${n(a)}" fill="${ALLOWED_COLOR}"></rect>`
          : '') +
        (d.blocked
          ? `<rect x="${n(x)}" y="${n(chartH - a - b)}" width="${n(w)}" height="${n(b)}" fill="${BLOCKED_COLOR}"></rect>`
          : '') +
        '</g>'
      )
    })
    .join('')
  const axis =
    `<line x1="34" y1="${chartH}" x2="${n(width)}" y2="${chartH}" stroke="#d0d7de"></line>` +
    `<text x="30" y="10" text-anchor="end">${n(max)}</text><text x="30" y="${chartH}" text-anchor="end">0</text>` +
    (days.length
      ? `<text x="36" y="${chartH + 16}">${day(days[0].date)}</text><text x="${n(width)}" y="${chartH + 16}" text-anchor="end">${day(days[days.length - 1].date)}</text>`
      : '')
  const t = f.totals
  const body =
    `<svg role="img" aria-label="Proposals per day, allowed below blocked" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">${axis}${bars}</svg>` +
    `<ul class="legend"><li><span class="swatch s-allowed"></span>allowed: <b>${n(t.allowed)}</b></li><li><span class="swatch s-blocked"></span>blocked: <b>${n(t.blocked)}</b></li></ul>`
  return section(
    'proposals',
    'Proposals per day: allowed and blocked',
    { allowed: t.allowed, blocked: t.blocked, days: days.length },
    body
  )
}

function bar(value: number, max: number, color: string): string {
  const w = max > 0 ? Math.max(value > 0 ? 2 : 0, Math.round((value / max) * 160)) : 0
  return `<svg width="164" height="12" viewBox="0 0 164 12" aria-hidden="true"><rect x="0" y="1" width="${n(w)}" height="10" rx="2" fill="${color}"></rect></svg>`
}

function violations(f: Figures): string {
  const rules = f.violationsByRule
  const max = Math.max(0, ...rules.map(r => r.violations))
  const body = rules.length
    ? table(
        ['Rule', 'Violations', '', 'Proposals', 'Latest message'],
        rules.map(
          r =>
            `<tr data-rule="${h(r.rule, 80)}" data-count="${n(r.violations)}"><td><code>${h(r.rule, 80)}</code></td>` +
            `<td class="num">${n(r.violations)}</td><td>${bar(r.violations, max, BLOCKED_COLOR)}</td>` +
            `<td class="num">${n(r.proposals)}</td><td class="text">${h(r.example)}</td></tr>`
        ),
        [1, 3]
      )
    : empty('No violations in this window.')
  return section(
    'violations',
    'Violations by rule',
    { total: f.totals.violations, rules: rules.length },
    body
  )
}

function actions(f: Figures): string {
  const max = Math.max(0, ...f.actionsByStatus.map(a => a.count))
  const body = table(
    ['Status', 'Actions', ''],
    f.actionsByStatus.map(
      a =>
        `<tr data-status="${h(a.status, 30)}" data-count="${n(a.count)}"><td class="status">${h(a.status, 30)}</td>` +
        `<td class="num">${n(a.count)}</td><td>${bar(a.count, max, '#0969da')}</td></tr>`
    ),
    [1]
  )
  return section('actions', 'Actions by status', { total: f.totals.actions }, body)
}

/** Dollars for an attribute: our own finite numbers only, to the micro-dollar. */
const usd = (value: number) =>
  Number.isFinite(value) && value >= 0 ? String(Math.round(value * 1e6) / 1e6) : '0'

/** The agent's cost: per day (bars), in total, per merged change, and the runs that reported none. */
function cost(f: Figures): string {
  const t = f.totals
  const data = { runs: t.agentRuns, merged: t.mergedChanges, uncosted: f.runsWithoutCost }
  if (t.agentRuns === 0) {
    return section(
      'cost',
      'Agent cost',
      data,
      empty('No agent step recorded in this window (a proposals file without an agent block records none).')
    )
  }
  const perChange =
    t.mergedChanges === 0
      ? 'no merged change yet'
      : f.costPerMergedChange === null
        ? 'no reported cost'
        : formatUsd(f.costPerMergedChange)
  const cards: [string, string][] = [
    ['agent cost', formatUsd(t.costUsd)],
    ['per merged change', perChange],
    ['merged changes', n(t.mergedChanges)],
    ['agent runs', n(t.agentRuns)]
  ]
  const body =
    `<div class="cards" data-usd="${usd(t.costUsd)}" data-permerge="${f.costPerMergedChange === null ? '' : usd(f.costPerMergedChange)}">` +
    `${cards.map(([label, v]) => `<div class="card"><b>${h(v)}</b>${h(label)}</div>`).join('')}</div>` +
    costChart(f) +
    (f.runsWithoutCost > 0
      ? `<p class="meta" data-uncosted="${n(f.runsWithoutCost)}">${n(f.runsWithoutCost)} run(s) without a reported cost (engines that report tokens only); they are not in the dollars above.</p>`
      : '')
  return section('cost', 'Agent cost', data, body)
}

function costChart(f: Figures): string {
  const days = f.costPerDay
  const max = Math.max(0, ...days.map(d => d.costUsd))
  const chartH = 80
  const barW = Math.max(3, Math.min(18, Math.floor(720 / Math.max(1, days.length))))
  const width = days.length * barW + 56
  // Only the days with an agent run get a bar, so a year of them stays small.
  const bars = days
    .map((d, i) => {
      if (d.runs === 0) return ''
      const v = max > 0 ? (d.costUsd / max) * chartH : 0
      const tip = `${day(d.date)}: ${formatUsd(d.costUsd)}, ${n(d.runs)} agent run(s), ${n(d.runsWithoutCost)} without a cost, ${n(d.tokens.input)} input and ${n(d.tokens.output)} output tokens`
      return (
        `<g data-date="${day(d.date)}" data-usd="${usd(d.costUsd)}" data-runs="${n(d.runs)}"><title>${h(tip)}</title>` +
        (d.costUsd > 0
          ? `<rect x="${n(52 + i * barW)}" y="${n(chartH - v)}" width="${n(Math.max(1, barW - 1))}" height="${n(Math.max(1, v))}" fill="${COST_COLOR}"></rect>`
          : '') +
        '</g>'
      )
    })
    .join('')
  const axis =
    `<line x1="50" y1="${chartH}" x2="${n(width)}" y2="${chartH}" stroke="#d0d7de"></line>` +
    `<text x="46" y="10" text-anchor="end">${h(formatUsd(max))}</text><text x="46" y="${chartH}" text-anchor="end">$0</text>`
  return `<svg role="img" aria-label="Agent cost per day, in dollars" width="${n(width)}" height="${chartH + 8}" viewBox="0 0 ${n(width)} ${chartH + 8}">${axis}${bars}</svg>`
}

/** The page lists this many rollbacks (the JSON up to 200), so a year of them stays small. */
export const HTML_ROLLBACKS = 50

function rollbacks(f: Figures): string {
  const shown = f.rollbacks.slice(0, HTML_ROLLBACKS)
  const body = shown.length
    ? table(
        ['When', 'Action', 'Proposal', 'Run', 'Reason'],
        shown.map(
          b =>
            `<tr data-rollback="${n(b.id)}"><td>${h(b.at ?? '-', 40)}</td>` +
            `<td>#${n(b.actionId)} ${h(b.actionType, 50)} (${h(b.actionStatus, 30)})</td>` +
            `<td class="text">${b.proposalId === null ? '-' : `#${n(b.proposalId)} ${h(b.proposalTitle, LIMITS.title)}`}</td>` +
            `<td>${b.runId === null ? '-' : `${n(b.runId)}${b.runDate ? ` (${day(b.runDate)})` : ''}`}</td>` +
            `<td class="text">${h(b.reason)}</td></tr>`
        )
      ) +
      (f.totals.rollbacks > shown.length
        ? `<p class="meta">The ${n(shown.length)} most recent of ${n(f.totals.rollbacks)}.</p>`
        : '')
    : empty('No rollbacks in this window.')
  return section('rollbacks', 'Rollbacks', { count: f.totals.rollbacks }, body)
}

function flags(f: Figures): string {
  const current = f.flags.current.length
    ? table(
        ['Flag', 'Value', 'Enabled', 'Disabled', 'Reason'],
        f.flags.current.map(
          c =>
            `<tr data-flag="${h(c.key, 300)}" data-value="${c.value ? 'on' : 'off'}"><td><code>${h(c.key, 300)}</code></td>` +
            `<td class="status">${c.value ? 'on' : 'off'}</td>` +
            `<td>${c.enabledAt ? `${h(c.enabledAt, 60)} by ${h(c.enabledBy ?? '?', LIMITS.label)}` : '-'}</td>` +
            `<td>${c.disabledAt ? `${h(c.disabledAt, 60)} by ${h(c.disabledBy ?? '?', LIMITS.label)}` : '-'}</td>` +
            `<td class="text">${h(c.reason ?? '-')}</td></tr>`
        )
      )
    : empty('The global flag self_evolution_enabled does not exist (counts as off).')
  const history = f.flags.history.length
    ? table(
        ['When', 'Flag', 'Turned', 'By', 'Reason', 'From'],
        f.flags.history.map(
          x =>
            `<tr data-flip="${x.value ? 'on' : 'off'}"><td>${h(x.at, 40)}</td><td><code>${h(x.key, 300)}</code></td>` +
            `<td class="status">${x.value ? 'on' : 'off'}${x.previous === null ? '' : ` (was ${x.previous ? 'on' : 'off'})`}</td>` +
            `<td>${h(x.by ?? '-', LIMITS.label)}</td><td class="text">${h(x.reason ?? '-')}</td><td>${x.source}</td></tr>`
        )
      )
    : empty('No flips in this window.')
  return section(
    'flags',
    'Feature flag',
    { flags: f.flags.current.length, flips: f.flags.history.length },
    `${current}<h3>History</h3>${history}`
  )
}

function runs(f: Figures): string {
  const body = f.recentRuns.length
    ? table(
        ['Run', 'Day', 'Repository', 'Status', 'Allowed', 'Blocked', 'Finished', 'Summary', 'Logs'],
        f.recentRuns.map(r => {
          const href = safeHttpUrl(r.href)
          const logs = href
            ? `<a href="${h(href, LIMITS.description)}" rel="noopener noreferrer" target="_blank">logs</a>`
            : r.logsUrl
              ? '<span class="empty">not a web link</span>'
              : '-'
          return (
            `<tr data-run="${n(r.id)}" data-status="${h(r.status, 20)}"><td class="num">${n(r.id)}</td><td>${day(r.runDate)}</td>` +
            `<td>${h(r.repository || '-', 200)}</td><td class="status">${h(r.status, 20)}</td>` +
            `<td class="num">${n(r.proposalsAllowed)}</td><td class="num">${n(r.proposalsBlocked)}</td>` +
            `<td>${h(r.finishedAt ?? '-', 40)}</td><td class="text">${h(r.summary ?? '-', 300)}</td><td>${logs}</td></tr>` +
            earlierAttemptRows(r)
          )
        }),
        [0, 4, 5]
      )
    : empty('No runs in this window.')
  return section('runs', 'Most recent runs', { count: f.recentRuns.length }, body)
}

/**
 * A run re-claimed on its day counts as its latest attempt; each earlier one gets a row of its own
 * under it, labelled, with its own counts (not in the totals).
 */
function earlierAttemptRows(r: Figures['recentRuns'][number]): string {
  return r.earlierAttempts
    .map(
      e =>
        `\n<tr class="earlier-attempt" data-run="${n(r.id)}" data-attempt="${n(e.attempt)}"><td></td><td></td><td></td>` +
        `<td class="status">attempt ${n(e.attempt)} of ${n(r.attempt)}: ${h(e.status ?? '?', 20)}</td>` +
        `<td class="num">${n(e.allowed)}</td><td class="num">${n(e.blocked)}</td>` +
        `<td>${h(e.finishedAt ?? '-', 40)}</td><td class="text">an earlier attempt of this day, superseded; not in the totals</td><td>-</td></tr>`
    )
    .join('')
}

function section(id: string, title: string, data: Record<string, number>, body: string): string {
  const attrs = Object.entries(data)
    .map(([k, v]) => ` data-${k}="${n(v)}"`)
    .join('')
  return `<section id="${id}"${attrs}>\n<h2>${h(title)}</h2>\n${body}\n</section>`
}

function table(headers: string[], rows: string[], numeric: number[] = []): string {
  const head = headers.map((x, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${h(x)}</th>`).join('')
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
}

function empty(text: string): string {
  return `<p class="empty">${h(text)}</p>`
}
