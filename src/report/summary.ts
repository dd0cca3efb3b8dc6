/**
 * The run's report: the job summary, report.md, and the annotations. Every piece of agent-written
 * text goes through the escaping module. The job summary stays under GitHub's 1 MiB limit.
 */
import type { PreconditionRecord } from '../runtime/state.js'
import type { ActionHost } from '../runtime/host.js'
import {
  forAnnotation,
  forMarkdownCode,
  forTerminal,
  LIMITS,
  rendererFor,
  type TextRenderer,
  type TextTarget
} from '../text/escape.js'
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
  /** What to do next (after a skip), worded for the interface in use. */
  advice?: string
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

/**
 * The report as Markdown (the job summary, report.md) or as plain text for a terminal (the CLI).
 * The same sections either way; only the escaping and the Markdown-only pieces differ.
 */
export function renderReport(r: ReportInput, target: TextTarget = 'markdown'): string {
  const t = rendererFor(target)
  const out: string[] = []
  const title =
    r.status === 'skipped'
      ? `Skipped: ${r.skipReason}`
      : r.status === 'success'
        ? `Run ${r.runId} succeeded`
        : `Run ${r.runId ?? ''} failed`
  out.push(`## Self-evolution: ${target === 'terminal' ? forTerminal(title) : title}`, '')
  out.push(...factsTable(r, t), '')
  for (const note of r.notes ?? []) out.push(`> ${t.inline(note, 1000)}`, '')
  if (r.gates.length) {
    out.push('### Gates', '', '| Gate | Result | Detail |', '|---|---|---|')
    for (const g of r.gates)
      out.push(`| ${t.inline(g.name)} | ${t.inline(g.result)} | ${t.inline(g.detail, 500)} |`)
    out.push('')
  }
  // Before the proposals: a summary cut for length loses proposal rows, never half a chart.
  if (r.trend) out.push(renderTrend(r.trend, target))
  if (r.status !== 'skipped') out.push(...proposalSections(r.verdicts, target))
  return out.join('\n')
}

function factsTable(r: ReportInput, t: TextRenderer): string[] {
  const facts: Array<[string, string]> = [
    ['Repository', r.repository ? t.code(r.repository) : '(local)'],
    ['Status', r.status]
  ]
  if (r.runId) facts.push(['Run', `${r.runId} (${r.runDate})`])
  if (r.dryRun !== undefined)
    facts.push(['Mode', r.dryRun ? 'dry run: nothing is written to GitHub' : 'live'])
  if (r.skipReason) facts.push(['Skip reason', t.code(r.skipReason)])
  if (r.detail) facts.push(['Detail', t.inline(r.detail, 1000)])
  if (r.advice) facts.push(['What to do', t.inline(r.advice, 1000)])
  if (r.jitterMs) facts.push(['Jitter', `${(r.jitterMs / 60_000).toFixed(2)} min`])
  if (r.logsUrl) facts.push(['Logs', t.inline(r.logsUrl, 300)])
  return ['| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${v} |`)]
}

function proposalSections(verdicts: ReportVerdict[], target: TextTarget): string[] {
  const t = rendererFor(target)
  const out: string[] = []
  const allowed = verdicts.filter(v => v.allowed).length
  out.push(`### Proposals: ${allowed} allowed, ${verdicts.length - allowed} blocked`, '')
  if (!verdicts.length) return [...out, 'No proposals in this run.', '']
  out.push(
    '| # | Title | Type | Risk | Files | Lines | Source | Verdict |',
    '|---|---|---|---|---|---|---|---|'
  )
  const blocked = (n: number) => (target === 'terminal' ? `blocked (${n})` : `**blocked** (${n})`)
  verdicts.forEach((v, i) => {
    out.push(
      `| ${i + 1} | ${t.inline(v.title, LIMITS.title)} | ${t.inline(v.type, 20)} | ${riskCell(v)} | ` +
        `${v.stats.files} | ${v.stats.linesChanged} | ${t.inline(v.source ?? '', 10)} | ` +
        `${v.allowed ? 'allowed' : blocked(v.violations.length)} |`
    )
  })
  out.push('')
  const violations = verdicts.flatMap((v, i) => v.violations.map(x => ({ i, ...x })))
  if (violations.length) {
    out.push('### Violations', '', '| # | Rule | Path | Message |', '|---|---|---|---|')
    for (const x of violations) {
      out.push(
        `| ${x.i + 1} | ${t.code(x.rule, 40)} | ${x.path ? t.code(x.path) : ''} | ${t.inline(x.message)} |`
      )
    }
    out.push('')
  }
  return out
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

/**
 * The report where the host shows it (a job summary on a runner, plain text in the CLI's terminal);
 * returns the Markdown report for report.md.
 */
export async function publishReport(
  host: ActionHost,
  r: ReportInput,
  artifactName?: string
): Promise<string> {
  const markdown = renderReport(r)
  await host.writeSummary(
    host.surface === 'cli' ? renderReport(r, 'terminal') : summaryFor(markdown, artifactName)
  )
  return markdown
}

/**
 * Error annotations, one per violation (on its file when it has a path): the first 9, then one saying
 * how many more are in the report. Returns how many violations there are.
 */
export function annotate(host: ActionHost, verdicts: ReportVerdict[]): number {
  const all = verdicts.flatMap(v => v.violations.map(x => ({ ...x, title: v.title })))
  const shown = all.length > MAX_ERROR_ANNOTATIONS ? MAX_ERROR_ANNOTATIONS - 1 : all.length
  for (const x of all.slice(0, shown)) {
    host.error(
      `${x.rule}: ${forAnnotation(x.message)} (proposal: ${forAnnotation(x.title, 120)})`,
      x.path
        ? { file: forAnnotation(x.path, LIMITS.path), title: `self-evolution ${x.rule}` }
        : { title: `self-evolution ${x.rule}` }
    )
  }
  if (all.length > shown) {
    host.error(`${all.length - shown} more violations are listed in the job summary and report.md.`)
  }
  return all.length
}
