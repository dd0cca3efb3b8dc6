/**
 * The reflection as plain text for a terminal (`self-evolution reflect` without --json). Every value
 * passes forLog: titles are the agent's, bodies and log lines are GitHub's, and neither may break a
 * line, hide characters or start a workflow command.
 */
import { forLog } from '../text/escape.js'
import type { Reflection } from './schema.js'

const pr = (p: { number: number } | null) => (p ? ` #${p.number}` : '')

function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', `${title}:`, ...lines.map(l => `  ${l}`)]
}

function githubSections(r: Reflection): string[] {
  return [
    ...section(
      'Failed runs on the default branch',
      r.failedRuns.flatMap(run => [
        `${forLog(run.workflow, 100)} ${forLog(run.conclusion, 20)} at ${forLog(run.headSha.slice(0, 7), 10)} (${forLog(run.event, 20)}, ${run.createdAt}) ${forLog(run.url ?? '', 200)}`,
        ...run.jobs.flatMap(j => [
          `  job ${forLog(j.name, 100)}: ${forLog(j.conclusion, 20)}`,
          ...j.errorLines.map(l => `    > ${forLog(l, 300)}`)
        ])
      ])
    ),
    ...section(
      'Feedback from users with write access',
      r.feedback.flatMap(f => [
        `#${f.number} ${forLog(f.title, 120)} (by ${forLog(f.author, 50)})`,
        `  > ${forLog(f.body, 300)}`
      ])
    ),
    ...section(
      'Pull requests',
      r.pullRequests.flatMap(p => [
        `#${p.number} ${forLog(p.title, 120)}: ${p.state}${p.reverted ? ', reverted' : ''}; reactions +${p.reactions.positive} -${p.reactions.negative}`,
        ...p.changesRequested.map(
          q => `  changes requested by ${forLog(q.author, 50)}: ${forLog(q.body, 300)}`
        ),
        ...p.reviewComments.map(
          q => `  comment by ${forLog(q.author, 50)} on ${forLog(q.path, 100)}: ${forLog(q.body, 300)}`
        )
      ])
    )
  ]
}

export function renderReflectionText(r: Reflection): string {
  const s = r.sentiment
  const lines = [
    `Reflection of ${forLog(r.repository, 100)}: ${r.window.since} to ${r.window.until} (${r.window.days} days)`,
    r.github === 'none'
      ? 'GitHub: not read (no GITHUB_TOKEN or GH_TOKEN): the database only.'
      : `GitHub: ${r.github}${r.unavailable.length ? `; unavailable: ${r.unavailable.map(u => forLog(u, 100)).join(', ')}` : ''}`,
    ...section(
      'Insights',
      r.insights.map(i => `- ${forLog(i, 400)}`)
    ),
    ...section(
      'Memory (newest first)',
      r.memory.map(
        m =>
          `${m.date} ${forLog(m.type, 20)} ${forLog(m.title, 120)}: ${m.fate}${m.rule ? ` (${forLog(m.rule, 60)})` : ''}${pr(m.pullRequest)}`
      )
    ),
    ...section(
      'Rollbacks',
      r.rollbacks.map(
        x => `${x.createdAt}${pr(x.pullRequest)} ${forLog(x.title, 120)}: ${forLog(x.reason, 300)}`
      )
    ),
    ...githubSections(r),
    '',
    `Sentiment: score ${s.score} (${s.merged} merged, ${s.closedUnmerged} closed unmerged, ${s.reverted} reverted, ${s.reviews.approved} approved, ${s.reviews.changesRequested} changes requested, reactions +${s.reactions.positive} -${s.reactions.negative}); ${s.formula}`,
    `Rails: max risk ${r.rails.maxRiskLevel}, at most ${r.rails.caps.maxLinesOfCode} lines and ${r.rails.caps.maxFilesChanged} files; types ${r.rails.changeTypes.map(t => t.type).join(', ') || 'none'}; wildcard ${r.rails.wildcard.enabled ? (r.rails.wildcard.freeToday ? 'free today' : 'used today') : 'disabled'}${r.rails.dryRun ? '; dry run' : ''}.`
  ]
  if (r.trimmed > 0) lines.push(`${r.trimmed} oldest item(s) left out to stay under the size cap.`)
  return `${lines.join('\n')}\n`
}
