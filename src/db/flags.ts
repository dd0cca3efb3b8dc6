/**
 * The kill switch: the global flag `self_evolution_enabled` (a missing row counts as off) AND the
 * per-repository flag `self_evolution_enabled:<owner/repo>` (a missing row counts as on; the
 * failure limit turns it off). Every flip is also appended to self_evolution_events, which keeps the
 * history a single feature_flags row overwrites.
 */
import type postgres from 'postgres'
import { inTransaction, type Queryable } from './client.js'

export const GLOBAL_FLAG = 'self_evolution_enabled'

export function repositoryFlagKey(repository: string): string {
  return `${GLOBAL_FLAG}:${repository}`
}

export type KillSwitch = {
  /** The global row's value; null when the row is missing (off). */
  global: boolean | null
  /** The repository's row; null when missing (on), or when no repository is given. */
  repository: boolean | null
  /** Whether runs may proceed: global on AND repository not off. */
  on: boolean
  /**
   * When an operator last turned the repository's flag on (null when it is not explicitly on).
   * Failures before it no longer count towards the failure limit, so a re-enable sticks.
   */
  repositoryEnabledAt: Date | null
}

export async function readKillSwitch(sql: Queryable, repository: string | undefined): Promise<KillSwitch> {
  const repoKey = repository ? repositoryFlagKey(repository) : null
  const rows = await sql<{ key: string; value: boolean; enabled_at: string | null }[]>`
    SELECT key, value, metadata->>'enabledAt' AS enabled_at
    FROM feature_flags WHERE key = ${GLOBAL_FLAG} OR key = ${repoKey}
  `
  const global = rows.find(r => r.key === GLOBAL_FLAG)?.value ?? null
  const repoRow = repoKey ? rows.find(r => r.key === repoKey) : undefined
  const repo = repoRow?.value ?? null
  const enabledAt = repoRow?.value && repoRow.enabled_at ? new Date(repoRow.enabled_at) : null
  return {
    global,
    repository: repo,
    on: global === true && repo !== false,
    repositoryEnabledAt: enabledAt && !Number.isNaN(enabledAt.getTime()) ? enabledAt : null
  }
}

export type FlagRow = { key: string; value: boolean; metadata: Record<string, unknown>; createdAt: Date }

export type FlagChange = {
  key: string
  value: boolean
  /** The value before, or null when the row did not exist. */
  previous: boolean | null
  metadata: Record<string, unknown>
}

/**
 * Turn a flag on or off: the global one, or a repository's. The metadata records enabledAt/enabledBy
 * (or disabledAt/disabledBy) and the reason; a `flag` event with who and why is appended in the same
 * transaction.
 */
export async function setFlag(
  sql: Queryable,
  opts: {
    repository?: string
    value: boolean
    by: string
    reason?: string
    now: Date
    /** More metadata saying why (revert-watch: the failing run and the counts); replaces earlier keys. */
    details?: Record<string, unknown>
  }
): Promise<FlagChange> {
  const key = opts.repository ? repositoryFlagKey(opts.repository) : GLOBAL_FLAG
  const at = opts.now.toISOString()
  const stamp: Record<string, unknown> = {
    ...opts.details,
    ...(opts.value ? { enabledAt: at, enabledBy: opts.by } : { disabledAt: at, disabledBy: opts.by })
  }
  if (opts.reason) stamp.reason = opts.reason
  return inTransaction(sql, async tx => {
    const before = await tx<
      { value: boolean }[]
    >`SELECT value FROM feature_flags WHERE key = ${key} FOR UPDATE`
    const previous = before.length ? before[0].value : null
    // A reason belongs to the flip that gave it: an enable without one clears the disable's reason.
    const [row] = await tx<{ value: boolean; metadata: Record<string, unknown> }[]>`
      INSERT INTO feature_flags (key, value, metadata, created_at)
      VALUES (${key}, ${opts.value}, ${tx.json(stamp as postgres.JSONValue)}, ${opts.now})
      ON CONFLICT (key) DO UPDATE
        SET value = EXCLUDED.value, metadata = (feature_flags.metadata - 'reason') || EXCLUDED.metadata
      RETURNING value, metadata
    `
    await tx`
      INSERT INTO self_evolution_events (repository, kind, reason, detail, created_at)
      VALUES (
        ${opts.repository ?? ''}, 'flag', ${opts.reason ?? null},
        ${tx.json({ key, value: opts.value, previous, by: opts.by })}, ${opts.now}
      )
    `
    return { key, value: row.value, previous, metadata: row.metadata }
  })
}

/** The global flag and every repository's, as stored. */
export async function listFlags(sql: Queryable): Promise<FlagRow[]> {
  return sql<FlagRow[]>`
    SELECT key, value, metadata, created_at AS "createdAt"
    FROM feature_flags
    WHERE key = ${GLOBAL_FLAG} OR starts_with(key, ${GLOBAL_FLAG + ':'})
    ORDER BY key <> ${GLOBAL_FLAG}, key
  `
}

export type FlagFlip = {
  at: Date
  key: string
  value: boolean
  previous: boolean | null
  by: string | null
  reason: string | null
}

/** The flips of one flag (the global one without a repository), newest first, from the events. */
export async function flagHistory(sql: Queryable, repository?: string, limit = 100): Promise<FlagFlip[]> {
  const key = repository ? repositoryFlagKey(repository) : GLOBAL_FLAG
  const rows = await sql<{ at: Date; detail: postgres.JSONValue; reason: string | null }[]>`
    SELECT created_at AS at, detail, reason
    FROM self_evolution_events
    WHERE kind = 'flag' AND repository = ${repository ?? ''} AND detail->>'key' = ${key}
    ORDER BY created_at DESC, id DESC
    LIMIT ${limit}
  `
  return rows.map(r => {
    const d = r.detail as { key: string; value: boolean; previous?: boolean | null; by?: string }
    return {
      at: r.at,
      key: d.key,
      value: d.value,
      previous: d.previous ?? null,
      by: d.by ?? null,
      reason: r.reason
    }
  })
}
