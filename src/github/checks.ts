/**
 * Check runs, written through the write gateway (src/github/gateway.ts) like every other write.
 *
 * A check run is made by a GitHub App: its source is the App that made it, which a branch ruleset
 * can pin (`integration_id`), so no workflow a pull request controls can post one in its name
 * unless it holds that App's key. GitHub caps `output.summary` (and `output.text`) at 65535
 * characters (https://docs.github.com/rest/checks/runs#create-a-check-run).
 */
import type { WriteGateway } from './gateway.js'

/** GitHub's limit on a check run's output.summary. */
export const CHECK_SUMMARY_LIMIT = 65_535
/** A title short enough for every view that shows it (GitHub documents no limit of its own). */
export const CHECK_TITLE_LIMIT = 200

export const CHECK_CONCLUSIONS = [
  'success',
  'failure',
  'neutral',
  'cancelled',
  'skipped',
  'timed_out',
  'action_required'
] as const
export type CheckConclusion = (typeof CHECK_CONCLUSIONS)[number]

export type CompletedCheckRun = {
  owner: string
  repo: string
  name: string
  headSha: string
  conclusion: CheckConclusion
  title: string
  /** Markdown, already escaped by the caller and within CHECK_SUMMARY_LIMIT. */
  summary: string
  detailsUrl?: string
  externalId?: string
  /** ISO 8601, the moment the verdict was given. */
  completedAt: string
}

export type CreatedCheckRun = { id: number; htmlUrl: string; appId: number | null }

/**
 * POST /repos/{owner}/{repo}/check-runs: one completed check run on `headSha`. A later one of the
 * same name by the same App supersedes it. The gateway makes the write (and refuses one it must not
 * make); an answer without an id is an error, never a silent success.
 */
export async function createCompletedCheckRun(
  gateway: WriteGateway,
  run: CompletedCheckRun
): Promise<CreatedCheckRun | undefined> {
  if (run.summary.length > CHECK_SUMMARY_LIMIT) {
    throw new Error(
      `The check run's summary has ${run.summary.length} characters; GitHub accepts at most ${CHECK_SUMMARY_LIMIT}.`
    )
  }
  const result = await gateway.write(
    `publish the check run ${JSON.stringify(run.name)} (${run.conclusion}) on ${run.headSha.slice(0, 12)}`,
    'POST /repos/{owner}/{repo}/check-runs',
    {
      owner: run.owner,
      repo: run.repo,
      name: run.name,
      head_sha: run.headSha,
      status: 'completed',
      conclusion: run.conclusion,
      completed_at: run.completedAt,
      ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
      ...(run.externalId ? { external_id: run.externalId } : {}),
      output: { title: run.title.slice(0, CHECK_TITLE_LIMIT), summary: run.summary }
    }
  )
  if (!result.performed) return undefined
  const data = result.data as { id?: unknown; html_url?: unknown; app?: { id?: unknown } | null }
  if (typeof data?.id !== 'number') {
    throw new Error(`GitHub answered the check run ${JSON.stringify(run.name)} without an id.`)
  }
  return {
    id: data.id,
    htmlUrl: typeof data.html_url === 'string' ? data.html_url : '',
    appId: typeof data.app?.id === 'number' ? data.app.id : null
  }
}
