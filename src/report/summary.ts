/**
 * The run's report: the job summary, report.md, and the annotations. Every piece of agent-written
 * text goes through the escaping module. The job summary stays under GitHub's 1 MiB limit.
 */
import type { PreconditionRecord } from '../runtime/state.js'
import type { ActionHost } from '../runtime/host.js'
import { forAnnotation, forMarkdown, forMarkdownCode, LIMITS } from '../text/escape.js'
import type { Figures } from './figures.js'
import { renderTrend } from './trend.js'

export type ReportVerdict = {
  title: string
  type: string
  riskLevel: number
  /** The risk the rails judged, when a floor raised it above riskLevel. */
  effectiveRisk?: number
  source?: string
  allowed: boolean
  stats: { files: number; additions: number; deletions: number; linesChanged: number; binaryFiles: number }
  violations: Array<{ rule: string; path?: string; message: string }>
}

/** The declared risk, and the effective one when a floor raised it: `0 → 2`. */
function riskCell(v: ReportVerdict): string {
  const e = v.effectiveRisk
  return typeof e === 'number' && Number.isInteger(e) && e !== v.riskLevel
    ? `${v.riskLevel} → ${e}`
    : `${v.riskLevel}`
}

export type ReportInput = {
  status: 'skipped' | 'success' | 'failed'
  runId?: number
  runDate?: string
  repository: string
  dryRun?: boolean
  skipReason?: string
  detail?: string
  gates: PreconditionRecord[]
  verdicts: ReportVerdict[]
  jitterMs?: number
  logsUrl?: string
  artifactName?: string
  notes?: string[]
  /** The last days' figures (the observatory's), drawn at the end of the report. */
  trend?: Figures
}

/** GitHub refuses step summaries over 1 MiB; stay well below. */
export const SUMMARY_LIMIT = 1_000_000
export const MAX_ERROR_ANNOTATIONS = 10

export function renderReport(r: ReportInput): string {
  const out: string[] = []
  const title =
    r.status === 'skipped'
      ? `Skipped: ${r.skipReason}`
      : r.status === 'success'
        ? `Run ${r.runId} succeeded`
        : `Run ${r.runId ?? ''} failed`
  out.push(`## Self-evolution: ${title}`, '')
  const facts: Array<[string, string]> = [
    ['Repository', r.repository ? forMarkdownCode(r.repository) : '(local)'],
    ['Status', r.status]
  ]
  if (r.runId) facts.push(['Run', `${r.runId} (${r.runDate})`])
  if (r.dryRun !== undefined)
    facts.push(['Mode', r.dryRun ? 'dry run: nothing is written to GitHub' : 'live'])
  if (r.skipReason) facts.push(['Skip reason', forMarkdownCode(r.skipReason)])
  if (r.detail) facts.push(['Detail', forMarkdown(r.detail, 1000)])
  if (r.jitterMs) facts.push(['Jitter', `${(r.jitterMs / 60_000).toFixed(2)} min`])
  if (r.logsUrl) facts.push(['Logs', forMarkdown(r.logsUrl, 300)])
  out.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${v} |`), '')

  for (const note of r.notes ?? []) out.push(`> ${forMarkdown(note, 1000)}`, '')

  if (r.gates.length) {
    out.push('### Gates', '', '| Gate | Result | Detail |', '|---|---|---|')
    for (const g of r.gates)
      out.push(`| ${forMarkdown(g.name)} | ${forMarkdown(g.result)} | ${forMarkdown(g.detail, 500)} |`)
    out.push('')
  }

  // Before the proposals: a summary cut for length loses proposal rows, never half a chart.
  if (r.trend) out.push(renderTrend(r.trend))

  if (r.status !== 'skipped') {
    const allowed = r.verdicts.filter(v => v.allowed).length
    out.push(`### Proposals: ${allowed} allowed, ${r.verdicts.length - allowed} blocked`, '')
    if (r.verdicts.length) {
      out.push(
        '| # | Title | Type | Risk | Files | Lines | Source | Verdict |',
        '|---|---|---|---|---|---|---|---|'
      )
      r.verdicts.forEach((v, i) => {
        out.push(
          `| ${i + 1} | ${forMarkdown(v.title, LIMITS.title)} | ${forMarkdown(v.type, 20)} | ${riskCell(v)} | ` +
            `${v.stats.files} | ${v.stats.linesChanged} | ${forMarkdown(v.source ?? '', 10)} | ` +
            `${v.allowed ? 'allowed' : `**blocked** (${v.violations.length})`} |`
        )
      })
      out.push('')
      const violations = r.verdicts.flatMap((v, i) => v.violations.map(x => ({ i, ...x })))
      if (violations.length) {
        out.push('### Violations', '', '| # | Rule | Path | Message |', '|---|---|---|---|')
        for (const x of violations) {
          out.push(
            `| ${x.i + 1} | ${forMarkdownCode(x.rule, 40)} | ${x.path ? forMarkdownCode(x.path) : ''} | ${forMarkdown(x.message)} |`
          )
        }
        out.push('')
      }
    } else {
      out.push('No proposals in this run.', '')
    }
  }
  return out.join('\n')
}

/** The summary for the job page: the report, truncated under the limit with a pointer to the artifact. */
export function summaryFor(report: string, artifactName?: string, limit = SUMMARY_LIMIT): string {
  if (Buffer.byteLength(report, 'utf8') <= limit) return report
  const tail = `\n\n> The report is longer than a job summary may be; it was cut here. The whole report is in the artifact${artifactName ? ` ${forMarkdownCode(artifactName, 200)}` : ''} (report.md).\n`
  let cut = report.slice(0, limit - Buffer.byteLength(tail) - 1024)
  while (Buffer.byteLength(cut, 'utf8') > limit - Buffer.byteLength(tail) - 1024) cut = cut.slice(0, -1024)
  // Never cut inside a line: a half table row or half entity renders as garbage.
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))
  return cut + tail
}

/** Error annotations on offending files: the first 9, then one saying how many more are in the report. */
export function annotate(host: ActionHost, verdicts: ReportVerdict[]): number {
  const withPath = verdicts.flatMap(v =>
    v.violations.filter(x => x.path).map(x => ({ ...x, title: v.title }))
  )
  const shown = withPath.length > MAX_ERROR_ANNOTATIONS ? MAX_ERROR_ANNOTATIONS - 1 : withPath.length
  for (const x of withPath.slice(0, shown)) {
    host.error(`${x.rule}: ${forAnnotation(x.message)} (proposal: ${forAnnotation(x.title, 120)})`, {
      file: forAnnotation(x.path!, LIMITS.path),
      title: `self-evolution ${x.rule}`
    })
  }
  if (withPath.length > shown) {
    host.error(`${withPath.length - shown} more violations are listed in the job summary and report.md.`)
  }
  return withPath.length
}
