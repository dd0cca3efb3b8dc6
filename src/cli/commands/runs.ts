/** `self-evolution runs`, `runs show ID`, `runs mark-failed ID --reason TEXT`, `runs cancel ID [--reason TEXT]`. */
import {
  cancelRun,
  getRunDetail,
  listRuns,
  markRunFailed,
  type AttemptRecord,
  type RunDetail
} from '../../db/runs.js'
import { cap, forLog } from '../../text/escape.js'
import { DATABASE_URL_HELP, json, openCommandDatabase, runCommand, table, time } from '../database.js'
import { CommandError, intFlag, parseCommandArgs, repositoryFlag, UsageError, type CliIO } from '../io.js'

const HELP = `Usage:
  self-evolution runs [--limit N] [--repository OWNER/REPO] [--json]
  self-evolution runs show ID [--json]
  self-evolution runs mark-failed ID --reason TEXT [--json]
  self-evolution runs cancel ID [--reason TEXT] [--json]

  (no subcommand)  the latest runs, newest day first (every repository's without --repository);
                   ALLOWED and BLOCKED count the latest ATTEMPT's proposals (a forced re-claim or a
                   re-run of the day is a new attempt; runs show ID lists the earlier ones)
  show ID          a run with its reflections, proposals, actions and rollbacks: its latest
                   attempt's, then each earlier attempt of the day (--force, a re-run) as history
  mark-failed ID   close a run stuck in "running" as failed (its runner died before it could close
                   it); it counts towards the cooldown and the failure limit
  cancel ID        close a run stuck in "running" as cancelled (it was interrupted on purpose, as by
                   Ctrl-C); it counts towards neither the cooldown nor the failure limit
                   Both refuse, with exit code 1, a run in any other state and an unknown id.

Options:
  --limit N                how many runs to list (1..1000, default 20)
  --repository OWNER/REPO  only this repository's runs
  --reason TEXT            why the run is closed (required for mark-failed; optional for cancel)
${DATABASE_URL_HELP}
  --json                   print JSON
`

const MAX_ID = 2_147_483_647

export async function run(argv: string[], io: CliIO): Promise<number> {
  return runCommand('runs', io, () => execute(argv, io))
}

type RunsFlags = {
  limit?: string
  repository?: string
  reason?: string
  'database-url'?: string
  json?: boolean
}

async function execute(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'runs',
    argv,
    {
      limit: { type: 'string' },
      repository: { type: 'string' },
      reason: { type: 'string' },
      'database-url': { type: 'string' },
      json: { type: 'boolean' }
    },
    2
  )
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const [sub, idText] = positionals
  checkFlagsFit(sub, values)
  if (sub === undefined) return listCommand(values, io)
  return runCommandFor(sub, runId(sub, idText), values, io)
}

/** The subcommand is known, and every flag given applies to it. */
function checkFlagsFit(sub: string | undefined, values: RunsFlags): void {
  if (sub !== undefined && sub !== 'show' && sub !== 'mark-failed' && sub !== 'cancel') {
    throw new UsageError(
      `unknown subcommand "${forLog(sub, 40)}"; expected show, mark-failed or cancel (or none, to list)`
    )
  }
  if (sub !== undefined && values.limit !== undefined)
    throw new UsageError(`--limit applies only to the list, not to ${sub}`)
  if (sub !== undefined && values.repository !== undefined) {
    throw new UsageError(`--repository applies only to the list, not to ${sub}: a run ID is unique`)
  }
  if (sub !== 'mark-failed' && sub !== 'cancel' && values.reason !== undefined)
    throw new UsageError('--reason applies only to runs mark-failed and runs cancel')
}

function runId(sub: string, idText: string | undefined): number {
  if (idText === undefined) throw new UsageError(`missing the run ID; expected "runs ${sub} ID"`)
  if (!/^\d+$/.test(idText) || Number(idText) < 1 || Number(idText) > MAX_ID) {
    throw new UsageError(`"${forLog(idText, 40)}" is not a run ID; expected a positive integer`)
  }
  return Number(idText)
}

/** `runs`: the latest runs as a table or JSON. */
async function listCommand(values: RunsFlags, io: CliIO): Promise<number> {
  const limit = intFlag('limit', values.limit, 1, 1000) ?? 20
  const repository = repositoryFlag(values.repository)
  const db = await openCommandDatabase(values['database-url'], io)
  try {
    const runs = await listRuns(db.sql, { repository, limit })
    if (values.json === true) {
      io.stdout(json(runs))
    } else if (!runs.length) {
      io.stdout(`No runs recorded${repository ? ` for ${repository}` : ''} in ${db.describe}.\n`)
    } else {
      io.stdout(
        table(
          [
            'ID',
            'DATE',
            'REPOSITORY',
            'STATUS',
            'STARTED',
            'FINISHED',
            'ALLOWED',
            'BLOCKED',
            'ATTEMPT',
            'SUMMARY'
          ],
          runs.map(r => [
            String(r.id),
            r.runDate,
            r.repository || '-',
            r.status,
            time(r.startedAt),
            time(r.finishedAt),
            String(r.proposalsAllowed),
            String(r.proposalsBlocked),
            String(r.attempt),
            r.summary ? cap(r.summary, 80) : '-'
          ])
        )
      )
    }
    return 0
  } finally {
    await db.close()
  }
}

/** Why `runs cancel` closed a run when no --reason is given. */
const DEFAULT_CANCEL_REASON = 'cancelled by an operator'

/** `runs show ID`, `runs mark-failed ID --reason TEXT` and `runs cancel ID [--reason TEXT]`. */
async function runCommandFor(sub: string, id: number, values: RunsFlags, io: CliIO): Promise<number> {
  const asJson = values.json === true
  const reason = values.reason?.trim()
  if (sub === 'mark-failed' && !reason) {
    throw new UsageError('mark-failed needs --reason TEXT: say why the run is marked failed')
  }
  if (sub === 'cancel' && values.reason !== undefined && !reason) {
    throw new UsageError('--reason is empty; expected a sentence')
  }
  const db = await openCommandDatabase(values['database-url'], io)
  try {
    if (sub === 'show') {
      const detail = await getRunDetail(db.sql, id)
      if (!detail) throw new CommandError(`Run ${id} does not exist.`)
      io.stdout(asJson ? json(detail) : describeRun(detail))
      return 0
    }
    const why = reason ?? DEFAULT_CANCEL_REASON
    const close = sub === 'cancel' ? cancelRun : markRunFailed
    const result = await close(db.sql, { id, reason: why, now: io.now() })
    if (!result.ok) {
      if (asJson) io.stdout(json(result))
      throw new CommandError(result.reason)
    }
    const verb = sub === 'cancel' ? 'cancelled' : 'marked failed'
    io.stdout(asJson ? json(result) : `Run ${id} (${result.run.runDate}) ${verb}: ${forLog(why)}\n`)
    return 0
  } finally {
    await db.close()
  }
}

/**
 * A run as text: its row, what its latest attempt recorded, and then each earlier attempt (a forced
 * re-claim or a re-run of the day) as history, labelled with its number.
 */
export function describeRun(d: RunDetail): string {
  const r = d.run
  const holder = (r.metrics.holder ?? {}) as Record<string, unknown>
  const out: string[] = []
  const attempt = r.attempt > 1 ? ` · attempt ${r.attempt}` : ''
  out.push(`Run ${r.id} · ${r.repository || '(no repository)'} · ${r.runDate} · ${r.status}${attempt}`)
  out.push(`  started   ${time(r.startedAt)}`)
  out.push(`  finished  ${time(r.finishedAt)}`)
  out.push(`  summary   ${r.summary ? forLog(r.summary) : '-'}`)
  out.push(`  logs      ${r.logsUrl ? forLog(r.logsUrl) : '-'}`)
  if (holder.githubRunId !== undefined || holder.event !== undefined) {
    out.push(
      `  holder    ${forLog(
        `GitHub run ${holder.githubRunId || '-'} attempt ${holder.attempt ?? '-'}, ${holder.event ?? '?'}` +
          `${holder.sha ? `, sha ${String(holder.sha).slice(0, 12)}` : ''}${holder.dryRun ? ', dry run' : ''}`
      )}`
    )
  }
  if (d.earlierAttempts.length) {
    out.push(`  earlier   ${d.earlierAttempts.length} earlier attempt(s) of this day, listed after this one`)
  }
  out.push(...describeRecords(d, ''))

  if (d.earlierAttempts.length) out.push('', `Earlier attempts (${d.earlierAttempts.length}), newest first`)
  for (const e of d.earlierAttempts) {
    out.push(
      '',
      `Attempt ${e.attempt} · ${e.status ?? '?'} · finished ${time(e.finishedAt)}` +
        `${e.reclaimedBy ? ` · superseded by ${e.reclaimedBy === 'force' ? '--force' : 'a re-run'}` : ''}`,
      `  summary   ${e.summary ? forLog(e.summary) : '-'}`,
      ...describeRecords(e, '  ')
    )
  }
  return out.join('\n') + '\n'
}

/** One attempt's reflections, proposals, actions and rollbacks, each section indented by `pad`. */
function describeRecords(d: AttemptRecord, pad: string): string[] {
  const out: string[] = []
  out.push('', `${pad}Reflections (${d.reflections.length})`)
  for (const x of d.reflections) out.push(`${pad}  ${forLog(x.insights, 300)}`)

  out.push('', `${pad}Proposals (${d.proposals.length})`)
  if (d.proposals.length) {
    const rows = d.proposals.map(p => [
      String(p.id),
      p.type,
      riskCell(p),
      p.effort === null ? '-' : String(p.effort),
      p.allowlisted ? 'allowed' : 'blocked',
      p.title
    ])
    out.push(indent(table(['ID', 'TYPE', 'RISK', 'EFFORT', 'VERDICT', 'TITLE'], rows), pad))
    if (d.proposals.some(p => riskCell(p) !== String(p.riskLevel))) {
      out.push(`${pad}  RISK a->b: declared a, raised to b by the config's risk or size floors`)
    }
    for (const p of d.proposals) {
      for (const reason of p.blockedReasons) out.push(`${pad}  #${p.id}: ${forLog(reason)}`)
    }
  }

  out.push('', `${pad}Actions (${d.actions.length})`)
  if (d.actions.length) {
    const rows = d.actions.map(a => [
      String(a.id),
      String(a.proposalId),
      a.actionType,
      a.status,
      time(a.updatedAt)
    ])
    out.push(indent(table(['ID', 'PROPOSAL', 'TYPE', 'STATUS', 'UPDATED'], rows), pad))
  }

  out.push('', `${pad}Rollbacks (${d.rollbacks.length})`)
  for (const b of d.rollbacks)
    out.push(`${pad}  action ${b.actionId} at ${time(b.createdAt)}: ${forLog(b.reason)}`)
  return out
}

/** The declared risk, and the effective one when a floor raised it: `0->2`. */
function riskCell(p: { riskLevel: number; effectiveRisk: number | null }): string {
  const raised = p.effectiveRisk !== null && p.effectiveRisk !== p.riskLevel
  return raised ? `${p.riskLevel}->${p.effectiveRisk}` : String(p.riskLevel)
}

function indent(text: string, pad = ''): string {
  return text
    .trimEnd()
    .split('\n')
    .map(l => `${pad}  ${l}`)
    .join('\n')
}
