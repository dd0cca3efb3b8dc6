/**
 * What the loop demo tells at the end, from what its three jobs left behind: the reflection's
 * insights, the agent's rounds, its change as a diffstat (from the patch the adapter collected, not
 * from what the agent claimed), the rails' verdict, and where the files are. Pure. Everything the
 * agent wrote (titles, paths, rules) is escaped for the terminal.
 */
import { parseUnifiedDiff } from '../policy/unified-diff.js'
import { forTerminal } from '../text/escape.js'
import type { DemoJob, DemoLoopResult } from './demo-loop.js'

export type DiffStat = {
  files: Array<{ path: string; additions: number; deletions: number }>
  additions: number
  deletions: number
}

/** Files and +/- counts of a git patch; an unreadable patch counts as nothing. */
export function diffStat(patch: string): DiffStat {
  const parsed = (() => {
    try {
      return parseUnifiedDiff(patch)
    } catch {
      return []
    }
  })()
  const files = parsed.map(f => ({ path: f.path, additions: f.additions ?? 0, deletions: f.deletions ?? 0 }))
  return {
    files,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0)
  }
}

/** diffstat's lines: `path | +a -d`, then the totals. */
export function diffStatLines(stat: DiffStat): string[] {
  const width = Math.max(0, ...stat.files.map(f => forTerminal(f.path, 120).length))
  const rows = stat.files.map(
    f => `${forTerminal(f.path, 120).padEnd(width)} | +${f.additions} -${f.deletions}`
  )
  const n = stat.files.length
  return [
    ...rows,
    `${n} file${n === 1 ? '' : 's'} changed, ${stat.additions} insertion${stat.additions === 1 ? '' : 's'}(+), ${stat.deletions} deletion${stat.deletions === 1 ? '' : 's'}(-)`
  ]
}

/** Who the engine ran as, from the propose job's log: a user of its own, or the action's own user. */
export function agentUser(propose: Pick<DemoJob, 'lines'> | undefined): string | undefined {
  for (const line of propose?.lines ?? []) {
    const m = /engine runs as the user (\S+),/.exec(line)
    if (m) return m[1]
  }
  return undefined
}

const SHARED_USER_NOTE = [
  "  It ran as this process's own user. The agent normally runs as a user of its own, which needs root",
  "  or passwordless sudo, and a laptop has neither: examples/loop-repo's config sets",
  '  agent.acceptSharedUser: true to accept that here, so the agent could read what this user can read.',
  "  Leave it false in a real repository's config: docs/agent.md (Isolation) says what it exposes."
]

/** The agent's part: who ran it, its rounds, its change. */
function proposeStory(r: DemoLoopResult): string[] {
  const p = r.propose
  if (!p) return []
  const user = agentUser(p)
  const out = [
    `4. propose: the example agent through the command engine: ${forTerminal(r.agentCommand, 300)}`,
    user
      ? `  It ran as the user ${forTerminal(user, 60)}, with no secret in its environment.`
      : SHARED_USER_NOTE
  ].flat()
  const agent = p.handOver?.agent
  const caps = r.plan.reflection?.rails.caps
  const limit = (rule: string) =>
    rule === 'max-files' && caps
      ? ` (limit ${caps.maxFilesChanged} files)`
      : rule === 'max-lines' && caps
        ? ` (limit ${caps.maxLinesOfCode} lines)`
        : ''
  for (const v of agent?.roundVerdicts ?? []) {
    const rules = v.rules.map(x => `${forTerminal(x, 60)}${limit(x)}`).join(', ')
    out.push(
      v.allowed
        ? `  Round ${v.round}: ${v.outcome}.`
        : `  Round ${v.round}: ${v.outcome}${rules ? ` by ${rules}` : ''}; the verdict went back to the agent as sentences.`
    )
  }
  const proposal = p.handOver?.proposals[0]
  if (proposal) {
    out.push(
      `  Its change: "${forTerminal(proposal.title, 120)}" (${proposal.type}, risk ${proposal.riskLevel})`,
      ...diffStatLines(diffStat(proposal.patch ?? '')).map(l => `    ${l}`)
    )
  } else if (p.handOver?.noop) out.push(`  No change: ${forTerminal(p.handOver.noop, 300)}`)
  if (p.failed) out.push(`  The propose job failed: ${p.failed}`)
  return out
}

/** The rails' part: the verdict and the run's status. */
function railsStory(r: DemoLoopResult): string[] {
  const rails = r.rails
  if (!rails) return []
  const o = rails.outputs
  const allowed = Number(o['proposals-allowed'] ?? 0)
  const blocked = Number(o['proposals-blocked'] ?? 0)
  const out = [
    `5. rails: continued run ${r.runId} (mode run, run-id, agent-result ${r.propose?.failed ? 'failure' : 'success'}) and judged the hand-over again, as a dry run.`,
    `  Verdict: ${allowed} allowed, ${blocked} blocked; run ${r.runId} recorded ${o.status || 'failed'}.${allowed > 0 ? ' A live run would open a pull request with the change.' : ''}`
  ]
  if (rails.failed) out.push(`  The rails job failed: ${rails.failed}`)
  return out
}

/** The files the three jobs wrote. */
function filesStory(r: DemoLoopResult, cli: string): string[] {
  const out = ['6. The files:']
  const reflection = r.plan.outputs['reflection-path']
  if (reflection) out.push(`  reflection.json (plan, what the agent read)  ${reflection}`)
  const handOver = r.propose?.outputs['proposals-path']
  if (handOver) out.push(`  proposals.json (propose, the hand-over)     ${handOver}`)
  if (r.rails?.artifactDir) out.push(`  ${r.rails.artifactFiles.join(', ')} (rails): ${r.rails.artifactDir}`)
  out.push(`  The agent's change is in the scratch repository's working tree: git -C ${r.repo} diff`)
  if (r.runId) out.push(`  The records: (cd ${r.repo} && node ${cli} runs show ${r.runId})`)
  return out
}

/** The story, line by line. `cli` is the command's own path, for the command that shows the records. */
export function demoStory(r: DemoLoopResult, cli: string): string[] {
  const h = r.history
  const out = [
    'The loop, as the three jobs of the shipped workflow run it (plan → propose → rails), on this machine:',
    `1. A scratch repository made from examples/loop-repo: ${r.repo}`,
    `2. ${h.days} days of history in the scratch embedded database (${h.runs} runs, ${h.proposals} proposals, ${h.skips} skips); the flag turned on.`
  ]
  const plan = r.plan
  if (plan.outputs.proceed !== 'true') {
    const why = plan.failed ?? `it skipped (${plan.outputs['skip-reason'] || 'no reason given'})`
    return [...out, `3. plan did not hand a run on: ${why}`]
  }
  out.push(
    `3. plan: claimed run ${r.runId} and wrote its reflection (no GitHub here: the database only). It tells the agent:`,
    ...(plan.reflection?.insights ?? []).map(i => `  - ${forTerminal(i, 300)}`),
    ...proposeStory(r),
    ...railsStory(r),
    ...filesStory(r, cli)
  )
  return out
}

/** The machine-readable summary of `demo --json`. */
export function demoSummary(r: DemoLoopResult) {
  const agent = r.propose?.handOver?.agent
  const proposal = r.propose?.handOver?.proposals[0]
  return {
    status: r.rails?.outputs.status || 'failed',
    runId: r.runId ?? null,
    repository: r.repo,
    database: r.database,
    history: r.history,
    plan: {
      proceed: r.plan.outputs.proceed === 'true',
      reflectionPath: r.plan.outputs['reflection-path'] || null,
      reflectionSha256: r.plan.outputs['reflection-sha256'] || null,
      insights: r.plan.reflection?.insights ?? [],
      error: r.plan.failed ?? null
    },
    propose: r.propose
      ? {
          agentCommand: r.agentCommand,
          agentUser: agentUser(r.propose) ?? null,
          proposalsPath: r.propose.outputs['proposals-path'] || null,
          sha256: r.propose.outputs.sha256 || null,
          rounds: agent?.roundVerdicts ?? [],
          proposal: proposal
            ? { title: proposal.title, type: proposal.type, riskLevel: proposal.riskLevel }
            : null,
          diffStat: diffStat(proposal?.patch ?? ''),
          error: r.propose.failed ?? null
        }
      : null,
    rails: r.rails
      ? {
          status: r.rails.outputs.status || null,
          proposalsAllowed: Number(r.rails.outputs['proposals-allowed'] ?? 0),
          proposalsBlocked: Number(r.rails.outputs['proposals-blocked'] ?? 0),
          reportPath: r.rails.outputs['report-path'] || null,
          artifactDir: r.rails.artifactDir || null,
          artifactFiles: r.rails.artifactFiles,
          error: r.rails.failed ?? null
        }
      : null
  }
}
