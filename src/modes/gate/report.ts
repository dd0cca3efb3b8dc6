/**
 * The gate's report: verdict.json, report.md (also the job summary), and the error annotations
 * on offending files. Everything the agent wrote (title, branch, paths, labels, messages that
 * quote them) goes through src/text/escape.ts.
 */
import type { ActionHost } from '../../runtime/host.js'
import { forAnnotation, forJson, forMarkdown, forMarkdownCode, LIMITS } from '../../text/escape.js'
import type { GateVerdict } from './types.js'

/** GitHub keeps 10 error annotations per step; setFailed's own error is one of them. */
export const GATE_ANNOTATION_BUDGET = 9

const HEADLINE: Record<GateVerdict['status'], string> = {
  pass: 'passed',
  fail: 'failed',
  pending: 'waiting',
  'out-of-scope': 'not in scope',
  merged: 'merged',
  closed: 'closed'
}

/** A rule id is the product's own word (lower-case and dashes): shown as it is, for searching. */
function ruleId(rule: string): string {
  return /^[a-z][a-z0-9-]{0,39}$/.test(rule) ? `\`${rule}\`` : forMarkdownCode(rule, 40)
}

export function renderGateReport(v: GateVerdict): string {
  const out: string[] = []
  out.push(`## Self-evolution gate: pull request #${v.pullRequest.number} ${HEADLINE[v.status]}`, '')
  const facts: Array<[string, string]> = [
    ['Repository', forMarkdownCode(v.repository)],
    ['Pull request', `#${v.pullRequest.number} ${forMarkdown(v.pullRequest.title, LIMITS.title)}`],
    ['Author', forMarkdownCode(v.pullRequest.author, 100)],
    [
      'Head',
      `${forMarkdownCode(v.pullRequest.headRef, LIMITS.branch)} at ${forMarkdownCode(v.pullRequest.headSha, 64)}`
    ],
    [
      'Base',
      `${forMarkdownCode(v.pullRequest.baseRef, LIMITS.branch)} at ${forMarkdownCode(v.pullRequest.baseSha, 64)}`
    ],
    ['Event', forMarkdownCode(`${v.event.name} (${v.event.action})`, 100)],
    ['Verdict', `**${v.status}**`]
  ]
  if (v.source) facts.push(['Changes read from', v.source === 'git' ? 'git (a bare fetch)' : 'the REST API'])
  if (v.configOrigin) facts.push(['Rules', forMarkdown(v.configOrigin, 300)])
  if (v.action)
    facts.push([
      'Recorded action',
      `${v.action.id} (${forMarkdown(v.action.type, 20)}, ${forMarkdown(v.action.status, 20)}): type ${forMarkdownCode(v.action.proposalType, 40)}, risk ${v.action.riskLevel}`
    ])
  if (v.manual.detail && v.manual.detail !== 'no self-evolution:manual label')
    facts.push(['Manual label', forMarkdown(v.manual.detail)])
  out.push('| | |', '|---|---|', ...facts.map(([k, val]) => `| ${k} | ${val} |`), '')

  if (v.scope.reasons.length) out.push(`Scope: ${v.scope.reasons.map(r => forMarkdown(r)).join('; ')}.`, '')
  for (const note of v.notes) out.push(`> ${forMarkdown(note, 1000)}`, '')

  if (v.violations.length) {
    out.push(`### Violations (${v.violations.length})`, '', '| Rule | Path | Message |', '|---|---|---|')
    for (const x of v.violations)
      out.push(`| ${ruleId(x.rule)} | ${x.path ? forMarkdownCode(x.path) : ''} | ${forMarkdown(x.message)} |`)
    out.push('')
  }
  if (v.pending.length) {
    out.push('### Waiting for', '', '| Condition | Detail |', '|---|---|')
    for (const p of v.pending) out.push(`| ${ruleId(p.rule)} | ${forMarkdown(p.message)} |`)
    out.push('')
  }
  if (v.rails) {
    const s = v.rails.stats
    out.push(
      `### Rails: ${v.rails.allowed ? 'allowed' : 'blocked'}`,
      '',
      `Judged as type ${forMarkdownCode(v.rails.type, 40)}, risk ${v.rails.riskLevel}: ${s.files} files, +${s.additions} -${s.deletions}${s.binaryFiles ? `, ${s.binaryFiles} binary` : ''}.`,
      ''
    )
  }
  if (v.ci) {
    out.push(
      `### CI: ${v.ci.required ? v.ci.state : `not required (diffCaps.requireGreenCI is false; ${v.ci.state})`}`,
      ''
    )
    if (v.ci.checks.length) {
      out.push('| Check | Kind | State | Detail |', '|---|---|---|---|')
      for (const c of v.ci.checks)
        out.push(
          `| ${forMarkdownCode(c.name, 200)} | ${c.kind} | ${c.state} | ${forMarkdown(c.detail, 300)} |`
        )
      out.push('')
    }
    if (v.ci.excluded.length) {
      out.push(
        `Not counted: ${v.ci.excluded.map(e => `${forMarkdownCode(e.name, 200)} (${forMarkdown(e.why, 200)})`).join(', ')}.`,
        ''
      )
    }
  }
  if (v.review) {
    out.push(
      `### Review: ${v.review.required ? (v.review.approvedBy ? `approved by ${forMarkdownCode(v.review.approvedBy, 100)}` : 'required') : 'not required'}`,
      ''
    )
    if (v.review.detail) out.push(forMarkdown(v.review.detail, 2000), '')
  }
  return out.join('\n')
}

/** verdict.json: agent-written text capped (JSON escapes the rest). */
export function verdictJson(v: GateVerdict): string {
  const capped: GateVerdict = {
    ...v,
    pullRequest: {
      ...v.pullRequest,
      title: forJson(v.pullRequest.title, LIMITS.title),
      headRef: forJson(v.pullRequest.headRef, LIMITS.branch),
      baseRef: forJson(v.pullRequest.baseRef, LIMITS.branch)
    },
    violations: v.violations.map(x => ({
      rule: x.rule,
      ...(x.path !== undefined ? { path: forJson(x.path, LIMITS.path) } : {}),
      message: forJson(x.message, LIMITS.message)
    })),
    notes: v.notes.map(n => forJson(n, 1000))
  }
  return `${JSON.stringify(capped, null, 2)}\n`
}

/**
 * Error annotations on the offending files, up to GitHub's limit; when there are more, the last
 * one says how many are left to the report. Returns how many violations carried a path.
 */
export function annotateGate(host: ActionHost, v: GateVerdict, budget = GATE_ANNOTATION_BUDGET): number {
  const withPath = v.violations.filter(x => x.path)
  const shown = withPath.length > budget ? budget - 1 : withPath.length
  for (const x of withPath.slice(0, shown)) {
    host.error(`${x.rule}: ${forAnnotation(x.message)}`, {
      file: forAnnotation(x.path!, LIMITS.path),
      title: `self-evolution gate ${x.rule}`
    })
  }
  if (withPath.length > shown)
    host.error(
      `${withPath.length - shown} more violations on files are listed in the job summary and report.md.`
    )
  return withPath.length
}
