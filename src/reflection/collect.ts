/**
 * The reflection of one repository now: the database's history, GitHub's facts (when a read-only
 * client is given) and the config's rails, handed to the pure builder. Used by `self-evolution
 * reflect`, and by the plan step before the agent runs.
 */
import type { Config } from '../config/schema.js'
import type { Queryable } from '../db/client.js'
import { readReflectionHistory } from '../db/reflection.js'
import type { GitHubContext } from '../github/client.js'
import { buildReflection, type GitHubFacts } from './build.js'
import { readGitHubFacts } from './github.js'
import type { Reflection } from './schema.js'

const DAY_MS = 86_400_000

export type CollectOptions = {
  sql: Queryable
  repository: string
  now: Date
  config: Config
  /** Days to look back; config.reflection.lookbackDays by default. */
  days?: number
  /** A read-only client of the repository; null reads the database only. */
  github: GitHubContext | null
  fetch?: typeof fetch
  warn?: (message: string) => void
}

export async function collectReflection(o: CollectOptions): Promise<Reflection> {
  const days = o.days ?? o.config.reflection.lookbackDays
  const since = new Date(o.now.getTime() - days * DAY_MS)
  const history = await readReflectionHistory(o.sql, {
    repository: o.repository,
    since,
    fromDay: since.toISOString().slice(0, 10),
    today: o.now.toISOString().slice(0, 10),
    memoryItems: o.config.reflection.memoryItems
  })
  let github: GitHubFacts | null = null
  let unavailable: string[] = []
  if (o.github) {
    // The agent's pull requests: the window's actions that opened one, newest first, each once.
    const seen = new Set<number>()
    const pullRequests = history.actions.flatMap(a =>
      a.pullRequest && !seen.has(a.pullRequest.number) && seen.add(a.pullRequest.number)
        ? [a.pullRequest]
        : []
    )
    const read = await readGitHubFacts(o.github, {
      since,
      feedbackLabel: o.config.reflection.feedbackLabel,
      pullRequests,
      logLines: o.config.reflection.logLines,
      fetch: o.fetch,
      warn: o.warn
    })
    github = read.facts
    unavailable = read.unavailable
  }
  return buildReflection({
    repository: o.repository,
    now: o.now,
    since,
    days,
    history,
    github,
    unavailable,
    config: o.config
  })
}
