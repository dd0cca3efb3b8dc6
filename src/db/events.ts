/**
 * self_evolution_events: the append-only log that answers "why did nothing run last night?". Skips
 * with their reasons, flag flips with who and why, gate verdicts, stale runs closed by the sweep,
 * migrations. A trigger refuses UPDATE, DELETE and TRUNCATE.
 */
import type postgres from 'postgres'
import type { Queryable } from './client.js'

/** The kinds written so far; a kind is any lower-case-with-dashes word (the table checks the format). */
export type EventKind = 'skip' | 'flag' | 'gate' | 'sweep' | 'mark-failed' | 'migration' | (string & {})

export type EventInput = {
  /** owner/repo, or '' for what concerns every repository (the global flag, migrations). */
  repository: string
  kind: EventKind
  reason?: string | null
  runId?: number | null
  githubRunId?: string | number | null
  detail?: Record<string, unknown>
  /** Defaults to the database's clock. */
  at?: Date
}

export type EventRow = {
  id: number
  repository: string
  kind: string
  reason: string | null
  runId: number | null
  githubRunId: string | null
  detail: Record<string, unknown>
  createdAt: Date
}

export async function recordEvent(sql: Queryable, event: EventInput): Promise<number> {
  const [row] = await sql<{ id: number }[]>`
    INSERT INTO self_evolution_events (repository, kind, reason, run_id, github_run_id, detail, created_at)
    VALUES (
      ${event.repository}, ${event.kind}, ${event.reason ?? null}, ${event.runId ?? null},
      ${event.githubRunId ? String(event.githubRunId) : null}, ${sql.json((event.detail ?? {}) as postgres.JSONValue)},
      COALESCE(${event.at ?? null}::timestamptz, now())
    )
    RETURNING id
  `
  return row.id
}

/** Newest first. Without a repository, every repository's events. */
export async function listEvents(
  sql: Queryable,
  opts: { repository?: string; kind?: EventKind; since?: Date; limit?: number } = {}
): Promise<EventRow[]> {
  return sql<EventRow[]>`
    SELECT id, repository, kind, reason, run_id AS "runId", github_run_id AS "githubRunId", detail,
           created_at AS "createdAt"
    FROM self_evolution_events
    WHERE (${opts.repository ?? null}::text IS NULL OR repository = ${opts.repository ?? null})
      AND (${opts.kind ?? null}::text IS NULL OR kind = ${opts.kind ?? null})
      AND (${opts.since ?? null}::timestamptz IS NULL OR created_at >= ${opts.since ?? null})
    ORDER BY created_at DESC, id DESC
    LIMIT ${opts.limit ?? 100}
  `
}
