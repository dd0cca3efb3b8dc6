/**
 * The job summary's look back: the last days' runs as a strip of coloured squares, and the
 * proposals per day as a Mermaid chart (GitHub renders ```mermaid blocks in job summaries).
 *
 * Mermaid is a language with its own parser, so no text from the database ever enters the chart:
 * only dates checked against YYYY-MM-DD (shown as MM-DD) and non-negative integers. When a figure
 * cannot be drawn (no proposals in the window, or a value that is not a safe integer or date) the
 * chart degrades to a Markdown table. Pure.
 */
import { forMarkdown, type TextTarget } from '../text/escape.js'
import { DAY_STATE_LABELS, DAY_STATES, describeCost, isDate, type DayState, type Figures } from './figures.js'

const SQUARES: Record<DayState, string> = {
  success: '🟩',
  failed: '🟥',
  reverted: '🟪',
  running: '🟨',
  planned: '🟦',
  cancelled: '🟧',
  skipped: '⬛',
  none: '⬜'
}

const safeCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0

/** Whether every figure the chart would use is a date or a count (nothing else may reach Mermaid). */
export function drawable(f: Figures): boolean {
  const days = f.proposalsByDay
  if (!days.length || days.length > 90) return false
  if (!days.every(d => isDate(d.date) && safeCount(d.allowed) && safeCount(d.blocked))) return false
  return days.some(d => d.allowed + d.blocked > 0)
}

/** The look back; a terminal gets the strip and the totals, not the Mermaid source. */
export function renderTrend(f: Figures, target: TextTarget = 'markdown'): string {
  const days = f.calendar.length
  const out: string[] = [`### The last ${days} days`, '']
  const strip = f.calendar.map(d => SQUARES[d.state] ?? SQUARES.none).join('')
  const used = DAY_STATES.filter(s => f.totals.daysByState[s] > 0)
  out.push(
    `Runs, oldest day first: ${strip}`,
    '',
    used.map(s => `${SQUARES[s]} ${DAY_STATE_LABELS[s]} ${f.totals.daysByState[s]}`).join(' · '),
    ''
  )
  // The agent's cost, when an agent step recorded one: our own numbers and words only.
  if (f.totals.agentRuns > 0) {
    const cost = describeCost(f)
    out.push(target === 'terminal' ? cost : forMarkdown(cost, 600), '')
  }
  if (target === 'terminal') {
    out.push(`${f.totals.allowed} allowed, ${f.totals.blocked} blocked in ${days} days.`, '')
    return out.join('\n')
  }
  if (drawable(f)) {
    const max = Math.max(...f.proposalsByDay.map(d => d.allowed + d.blocked))
    out.push(
      '```mermaid',
      'xychart-beta',
      '  title "Proposals per day (bars: all, line: blocked)"',
      `  x-axis [${f.proposalsByDay.map(d => `"${d.date.slice(5)}"`).join(', ')}]`,
      `  y-axis "Proposals" 0 --> ${max}`,
      `  bar [${f.proposalsByDay.map(d => d.allowed + d.blocked).join(', ')}]`,
      `  line [${f.proposalsByDay.map(d => d.blocked).join(', ')}]`,
      '```',
      '',
      `${f.totals.allowed} allowed, ${f.totals.blocked} blocked in ${days} days.`,
      ''
    )
    return out.join('\n')
  }
  out.push('| Day | Run | Allowed | Blocked |', '|---|---|---|---|')
  f.calendar.forEach((d, i) => {
    const p = f.proposalsByDay[i]
    out.push(
      `| ${forMarkdown(d.date, 20)} | ${SQUARES[d.state] ?? ''} ${forMarkdown(DAY_STATE_LABELS[d.state] ?? String(d.state), 30)} | ` +
        `${safeCount(p?.allowed) ? p.allowed : '-'} | ${safeCount(p?.blocked) ? p.blocked : '-'} |`
    )
  })
  out.push('')
  return out.join('\n')
}
