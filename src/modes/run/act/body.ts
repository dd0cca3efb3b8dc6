/**
 * The bodies of what the agent opens: the pull request (from the template that ships with the
 * action, or the repository's own at the same path) and the issue of a proposal without changes.
 * Pure. Every piece of agent text is escaped for Markdown; placeholders are replaced in one pass,
 * so a title that reads "{{verdict}}" stays text.
 */
import { cap, forMarkdown, forMarkdownBlock, forMarkdownCode, LIMITS } from '../../../text/escape.js'
import type { ProposalVerdict } from '../../../policy/index.js'
import { SHIPPED_TEMPLATE } from './template.generated.js'

export { SHIPPED_TEMPLATE, TEMPLATE_PATH } from './template.generated.js'

/** GitHub refuses bodies over 65,536 characters; stay below with room for the cut marker. */
export const MAX_BODY = 60_000
/** A repository template larger than this is not used (the shipped one is). */
export const MAX_TEMPLATE = 20_000

const CHECKLIST = /<!-- self-evolution:checklist -->[\s\S]*?<!-- \/self-evolution:checklist -->\n?/g

export type BodyFacts = {
  verdict: Pick<ProposalVerdict, 'title' | 'description' | 'type' | 'riskLevel' | 'stats' | 'source'>
  proposalId: number
  runId: number
  runDate: string
  branch?: string
  baseSha?: string
  requireChecklist: boolean
}

/** The verdict as a Markdown table: what the rails measured on the change they allowed. */
export function verdictTable(v: BodyFacts['verdict']): string {
  return [
    '| Check | Result |',
    '|---|---|',
    `| Verdict | allowed |`,
    `| Changes read from | ${forMarkdown(v.source, 10)} |`,
    `| Files | ${v.stats.files} |`,
    `| Lines (added + deleted) | ${v.stats.linesChanged} (+${v.stats.additions} −${v.stats.deletions}) |`,
    `| Binary files | ${v.stats.binaryFiles} |`
  ].join('\n')
}

/** The pull request body; `template` is the repository's own when it has one. */
export function renderPullRequestBody(facts: BodyFacts, template: string | null = null): string {
  const chosen =
    template !== null && template.trim() !== '' && template.length <= MAX_TEMPLATE
      ? template
      : SHIPPED_TEMPLATE
  const v = facts.verdict
  const values: Record<string, string> = {
    title: forMarkdown(v.title, LIMITS.title),
    description: v.description ? forMarkdownBlock(v.description) : '_No description._',
    type: forMarkdownCode(v.type, 20),
    risk: String(v.riskLevel),
    verdict: verdictTable(v),
    branch: facts.branch ? forMarkdownCode(facts.branch, LIMITS.branch) : '',
    baseSha: facts.baseSha ? forMarkdownCode(facts.baseSha, 64) : '',
    proposalId: String(facts.proposalId),
    runId: String(facts.runId),
    runDate: forMarkdown(facts.runDate, 10)
  }
  let text = chosen.replace(/\r\n/g, '\n')
  if (!facts.requireChecklist) text = text.replace(CHECKLIST, '')
  const body = text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole
  )
  return cap(body, MAX_BODY)
}

/** The issue of an allowed proposal without changes. */
export function renderIssueBody(facts: BodyFacts): string {
  const v = facts.verdict
  return cap(
    [
      `## Self-evolution proposal: ${forMarkdown(v.title, LIMITS.title)}`,
      '',
      v.description ? forMarkdownBlock(v.description) : '_No description._',
      '',
      '| | |',
      '|---|---|',
      `| Type | ${forMarkdownCode(v.type, 20)} |`,
      `| Risk | ${v.riskLevel} |`,
      `| Proposal | ${facts.proposalId} (run ${facts.runId}, ${forMarkdown(facts.runDate, 10)}) |`,
      '',
      '### Verdict of the safety rails',
      '',
      verdictTable(v),
      '',
      'The proposal carries no changes, so self-evolution opened this issue instead of a pull request.',
      ''
    ].join('\n'),
    MAX_BODY
  )
}

/** A title for GitHub: one line, no control or invisible characters, at most 200 characters. */
export function plainTitle(title: string, fallback: string): string {
  const flat = cap(
    String(title)
      .replace(
        /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g,
        ' '
      )
      .replace(/\s+/g, ' ')
      .trim(),
    LIMITS.title
  )
  return flat || fallback
}

/** The commit message: a safe subject from the title, and where it came from. */
export function commitMessage(facts: {
  title: string
  proposalId: number
  runId: number
  type: string
}): string {
  const subject = cap(plainTitle(facts.title, `proposal ${facts.proposalId}`), 72)
  return `${subject}\n\nSelf-evolution proposal ${facts.proposalId} (${facts.type}) of run ${facts.runId}.\n`
}

/** Labels on the agent's pull requests and issues: the configured ones, then type and risk. */
export function labelsFor(autoLabels: readonly string[], type: string, riskLevel: number): string[] {
  return [...new Set([...autoLabels, `self-evolution:type/${type}`, `self-evolution:risk/${riskLevel}`])]
}
