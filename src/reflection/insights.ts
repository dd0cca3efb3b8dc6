/**
 * The reflection's insights: plain sentences made from its facts, in a fixed order. They name counts,
 * rules and their limits, pull request numbers, titles and workflow names, and point to the fields
 * that hold GitHub's own words (feedback, pullRequests, failedRuns) instead of quoting them.
 */
import type { Config } from '../config/schema.js'
import type { Reflection } from './schema.js'

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
const quoted = (text: string) => `'${text.length > 80 ? `${text.slice(0, 79)}…` : text}'`

/** The config limit a rule enforces, where one number says it. */
function limitOf(rule: string, config: Config): number | undefined {
  switch (rule) {
    case 'max-lines':
      return config.safetyRails.diffCaps.maxLinesOfCode
    case 'max-files':
      return config.safetyRails.diffCaps.maxFilesChanged
    case 'risk-too-high':
      return config.safetyRails.maxRiskLevel
    case 'wildcard-risk':
      return config.wildcardFeature.maxRiskLevel
    default:
      return undefined
  }
}

function runSentences(r: Reflection): string[] {
  const runs = Object.entries(r.runs.byStatus).sort(([a], [b]) => a.localeCompare(b))
  const total = runs.reduce((n, [, c]) => n + c, 0)
  const skips = r.runs.skipsByReason.reduce((n, s) => n + s.count, 0)
  const parts = runs.map(([status, c]) => `${c} ${status}`).join(', ')
  const skipParts = r.runs.skipsByReason.map(s => `${s.reason || 'unknown'} ${s.count}`).join(', ')
  return [
    `In the last ${plural(r.window.days, 'day')}: ${plural(total, 'run')}${total ? ` (${parts})` : ''}` +
      ` and ${plural(skips, 'skip')}${skips ? ` (${skipParts})` : ''}.`
  ]
}

function memorySentences(r: Reflection, config: Config): string[] {
  const n = r.memory.length
  if (n === 0) return ['No proposal is recorded yet.']
  const byRule = new Map<string, number>()
  for (const m of r.memory) if (m.rule) byRule.set(m.rule, (byRule.get(m.rule) ?? 0) + 1)
  const top = [...byRule].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, 3)
  const out = top.map(([rule, c]) => {
    const limit = limitOf(rule, config)
    return `${c} of the last ${plural(n, 'proposal')} ${c === 1 ? 'was' : 'were'} blocked by ${rule}${limit === undefined ? '' : ` (limit ${limit})`}.`
  })
  const fates = (['merged', 'closed-unmerged', 'reverted'] as const)
    .map(f => [f, r.memory.filter(m => m.fate === f).length] as const)
    .filter(([, c]) => c > 0)
  if (fates.length > 0) {
    out.push(`Of the last ${plural(n, 'proposal')}: ${fates.map(([f, c]) => `${c} ${f}`).join(', ')}.`)
  }
  return out
}

function pullRequestSentences(r: Reflection, defaultBranch: string | null): string[] {
  const out: string[] = []
  const branch = defaultBranch ?? 'the default branch'
  for (const rb of r.rollbacks) {
    const pr = rb.pullRequest ? `PR #${rb.pullRequest.number}` : 'A change'
    const after = rb.failingWorkflow ? ` after ${quoted(rb.failingWorkflow)} failed on ${branch}` : ''
    out.push(`${pr} ${quoted(rb.title)} was reverted${after}.`)
  }
  for (const a of r.actions.items.filter(x => x.status === 'closed').slice(0, 5)) {
    const pr = a.pullRequest ? `PR #${a.pullRequest.number}` : 'A pull request'
    out.push(`${pr} ${quoted(a.title)} was closed without being merged.`)
  }
  const merged = r.actions.items.filter(x => x.status === 'merged' && x.pullRequest)
  if (merged.length > 0) {
    const numbers = merged.slice(0, 10).map(x => `#${x.pullRequest!.number}`)
    out.push(`${plural(merged.length, 'pull request')} merged and not reverted: ${numbers.join(', ')}.`)
  }
  for (const p of r.pullRequests.filter(x => x.changesRequested.length > 0)) {
    out.push(
      `PR #${p.number} ${quoted(p.title)} had changes requested by a maintainer (their words are in pullRequests).`
    )
  }
  return out
}

function githubSentences(r: Reflection, defaultBranch: string | null): string[] {
  const out: string[] = []
  const branch = defaultBranch ?? 'the default branch'
  for (const run of r.failedRuns.slice(0, 5)) {
    const jobs = run.jobs.map(j => quoted(j.name)).join(', ')
    out.push(
      `${quoted(run.workflow)} ${run.conclusion === 'timed_out' ? 'timed out' : 'failed'} on ${branch} at ${run.headSha.slice(0, 7)}${jobs ? ` (${jobs})` : ''}; the first error lines are in failedRuns.`
    )
  }
  if (r.feedback.length > 0) {
    out.push(
      `${plural(r.feedback.length, 'open feedback issue')} from users with write access: ${r.feedback
        .slice(0, 10)
        .map(f => `#${f.number}`)
        .join(', ')} (their words are in feedback).`
    )
  }
  if (r.github === 'none') out.push('No GitHub token was given: only the database was read.')
  if (r.unavailable.length > 0) {
    out.push(`Some GitHub reads failed, so their facts are missing: ${r.unavailable.join(', ')}.`)
  }
  return out
}

/** The insights of a reflection whose other fields are built. */
export function insightsOf(r: Reflection, o: { defaultBranch: string | null; config: Config }): string[] {
  return [
    ...runSentences(r),
    ...memorySentences(r, o.config),
    ...pullRequestSentences(r, o.defaultBranch),
    ...githubSentences(r, o.defaultBranch),
    r.rails.wildcard.enabled
      ? r.rails.wildcard.freeToday
        ? "Today's wildcard is still free."
        : "Today's wildcard is already used."
      : 'The wildcard is disabled.'
  ]
}
