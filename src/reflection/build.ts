/**
 * The reflection, built from facts: pure, deterministic and bounded. The same facts and clock give
 * the same document, byte for byte, and the same digest. The I/O that gathers the facts lives in
 * ./collect.ts (the database) and ./github.ts (GitHub, read-only).
 *
 * Text from GitHub is sanitized here (./sanitize.ts) and kept in its own fields; the insights are
 * sentences made from counts, numbers, titles and workflow names, never from issue, review or log text.
 */
import { createHash } from 'node:crypto'
import type { Config } from '../config/schema.js'
import type { ActionFact, MemoryFact, ReflectionHistory, RollbackFact } from '../db/reflection.js'
import { inertJson } from '../text/workflow-commands.js'
import { railsOf } from './rails.js'
import { cleanText } from './sanitize.js'
import { insightsOf } from './insights.js'
import {
  REFLECTION_SCHEMA_ID,
  type AgentPullRequest,
  type Fate,
  type FailedRun,
  type FeedbackIssue,
  type MemoryItem,
  type Reflection,
  type Sentiment
} from './schema.js'

/** Most items per list, whatever the size cap; and the caps of the short fields. */
export const REFLECTION_LIMITS = {
  failedRuns: 20,
  jobsPerRun: 10,
  feedback: 20,
  pullRequests: 20,
  quotesPerPullRequest: 10,
  title: 200,
  name: 200,
  sha: 64,
  url: 500,
  insights: 30,
  insight: 400
} as const

/** One failed job as read: its log's error lines are raw text. */
export type RawFailedJob = { name: string; url: string | null; conclusion: string; errorLines: string[] }
export type RawFailedRun = Omit<FailedRun, 'jobs'> & { jobs: RawFailedJob[] }
export type RawQuote = { author: string; body: string; createdAt: string; path?: string }
export type RawPullRequest = {
  number: number
  url: string | null
  title: string
  state: 'open' | 'closed'
  merged: boolean
  createdAt: string
  /** GitHub's reaction rollup: '+1', '-1', laugh, hooray, confused, heart, rocket, eyes. */
  reactions: Record<string, number>
  approvals: number
  /** CHANGES_REQUESTED reviews by users with write access. */
  changesRequested: RawQuote[]
  /** Review comments by users with write access. */
  reviewComments: RawQuote[]
}

/** What GitHub said, with authors already checked for write access (./github.ts). */
export type GitHubFacts = {
  defaultBranch: string | null
  failedRuns: RawFailedRun[]
  feedback: FeedbackIssue[]
  pullRequests: RawPullRequest[]
}

export type ReflectionInput = {
  repository: string
  now: Date
  since: Date
  days: number
  history: ReflectionHistory
  /** null: no token, the database only. */
  github: GitHubFacts | null
  /** The GitHub reads that failed, by name. */
  unavailable: string[]
  config: Config
}

export const SENTIMENT_FORMULA =
  'score = merged + approved + positive reactions - closedUnmerged - changesRequested - negative reactions - 2 × reverted'
const POSITIVE = ['+1', 'heart', 'hooray', 'rocket', 'laugh']
const NEGATIVE = ['-1', 'confused']
const NEUTRAL = ['eyes']

/**
 * A time as ISO text. GitHub's data is not trusted to have one: a missing or malformed date becomes
 * the epoch (the oldest, so trimmed first) instead of ending the reflection.
 */
const iso = (d: Date | string | null | undefined) => {
  const t = d === null || d === undefined ? NaN : new Date(d).getTime()
  return Number.isNaN(t) ? new Date(0).toISOString() : new Date(t).toISOString()
}
const sum = (r: Record<string, number>, keys: string[]) =>
  keys.reduce((n, k) => n + (Number.isInteger(r[k]) && r[k] > 0 ? r[k] : 0), 0)

/** The first rule of a blocked proposal's reasons ("rule: message"). */
const ruleOf = (reason: string) => reason.split(':', 1)[0].trim()

function fateOf(m: MemoryFact): Fate {
  if (!m.allowlisted) return 'blocked'
  if (m.actionStatus === 'rolled_back') return 'reverted'
  if (m.actionStatus === 'merged') return 'merged'
  if (m.actionStatus === 'closed') return 'closed-unmerged'
  return 'allowed'
}

function memoryOf(history: ReflectionHistory): MemoryItem[] {
  return history.memory.map(m => {
    const fate = fateOf(m)
    return {
      title: cleanText(m.title, REFLECTION_LIMITS.title),
      type: m.type,
      date: m.runDate,
      createdAt: iso(m.createdAt),
      fate,
      rule: fate === 'blocked' && m.blockedReasons.length > 0 ? ruleOf(m.blockedReasons[0]) : null,
      pullRequest: m.pullRequest
    }
  })
}

function actionsOf(actions: ActionFact[]): Reflection['actions'] {
  const has = (...statuses: string[]) => actions.filter(a => statuses.includes(a.status)).length
  return {
    submitted: has('submitted', 'merged', 'closed', 'rolled_back'),
    merged: has('merged', 'rolled_back'),
    closedUnmerged: has('closed'),
    reverted: has('rolled_back'),
    items: actions.map(a => ({
      title: cleanText(a.title, REFLECTION_LIMITS.title),
      type: a.proposalType,
      status: a.status,
      pullRequest: a.pullRequest,
      createdAt: iso(a.createdAt)
    }))
  }
}

function rollbacksOf(rollbacks: RollbackFact[], maxChars: number): Reflection['rollbacks'] {
  return rollbacks.map(r => ({
    title: cleanText(r.title, REFLECTION_LIMITS.title),
    reason: cleanText(r.reason, maxChars),
    failingWorkflow: r.failingWorkflow === null ? null : cleanText(r.failingWorkflow, REFLECTION_LIMITS.name),
    pullRequest: r.pullRequest,
    createdAt: iso(r.createdAt)
  }))
}

function failedRunsOf(runs: RawFailedRun[], maxChars: number, logLines: number): FailedRun[] {
  return runs.slice(0, REFLECTION_LIMITS.failedRuns).map(r => ({
    workflow: cleanText(r.workflow, REFLECTION_LIMITS.name),
    url: r.url === null ? null : cleanText(r.url, REFLECTION_LIMITS.url),
    headSha: cleanText(r.headSha, REFLECTION_LIMITS.sha),
    event: cleanText(r.event, 50),
    conclusion: cleanText(r.conclusion, 50),
    createdAt: iso(r.createdAt),
    jobs: r.jobs.slice(0, REFLECTION_LIMITS.jobsPerRun).map(j => ({
      name: cleanText(j.name, REFLECTION_LIMITS.name),
      url: j.url === null ? null : cleanText(j.url, REFLECTION_LIMITS.url),
      conclusion: cleanText(j.conclusion, 50),
      errorLines: j.errorLines
        .map(line => cleanText(line, maxChars))
        .filter(line => line !== '')
        .slice(0, logLines)
    }))
  }))
}

function feedbackOf(issues: FeedbackIssue[], maxChars: number): FeedbackIssue[] {
  return issues.slice(0, REFLECTION_LIMITS.feedback).map(i => ({
    number: i.number,
    url: i.url === null ? null : cleanText(i.url, REFLECTION_LIMITS.url),
    author: cleanText(i.author, 100),
    title: cleanText(i.title, REFLECTION_LIMITS.title),
    body: cleanText(i.body, maxChars, { multiline: true }),
    createdAt: iso(i.createdAt)
  }))
}

function pullRequestsOf(prs: RawPullRequest[], reverted: Set<number>, maxChars: number): AgentPullRequest[] {
  const quote = (q: RawQuote) => ({
    author: cleanText(q.author, 100),
    body: cleanText(q.body, maxChars, { multiline: true }),
    createdAt: iso(q.createdAt)
  })
  return prs.slice(0, REFLECTION_LIMITS.pullRequests).map(p => ({
    number: p.number,
    url: p.url === null ? null : cleanText(p.url, REFLECTION_LIMITS.url),
    title: cleanText(p.title, REFLECTION_LIMITS.title),
    state: p.merged ? 'merged' : p.state === 'closed' ? 'closed-unmerged' : 'open',
    reverted: reverted.has(p.number),
    reactions: {
      positive: sum(p.reactions, POSITIVE),
      negative: sum(p.reactions, NEGATIVE),
      neutral: sum(p.reactions, NEUTRAL)
    },
    changesRequested: p.changesRequested.slice(0, REFLECTION_LIMITS.quotesPerPullRequest).map(quote),
    reviewComments: p.reviewComments
      .slice(0, REFLECTION_LIMITS.quotesPerPullRequest)
      .map(c => ({ ...quote(c), path: cleanText(c.path ?? '', 400) })),
    createdAt: iso(p.createdAt)
  }))
}

function sentimentOf(
  actions: Reflection['actions'],
  prs: RawPullRequest[],
  agentPrs: AgentPullRequest[]
): Sentiment {
  const reactions = {
    positive: agentPrs.reduce((n, p) => n + p.reactions.positive, 0),
    negative: agentPrs.reduce((n, p) => n + p.reactions.negative, 0),
    neutral: agentPrs.reduce((n, p) => n + p.reactions.neutral, 0)
  }
  const shown = prs.slice(0, REFLECTION_LIMITS.pullRequests)
  const reviews = {
    approved: shown.reduce((n, p) => n + Math.max(0, p.approvals), 0),
    changesRequested: shown.reduce((n, p) => n + p.changesRequested.length, 0)
  }
  const score =
    actions.merged +
    reviews.approved +
    reactions.positive -
    actions.closedUnmerged -
    reviews.changesRequested -
    reactions.negative -
    2 * actions.reverted
  return {
    reactions,
    reviews,
    merged: actions.merged,
    closedUnmerged: actions.closedUnmerged,
    reverted: actions.reverted,
    score,
    formula: SENTIMENT_FORMULA
  }
}

/** The reflection of `input`, within the config's size caps. */
export function buildReflection(input: ReflectionInput): Reflection {
  const { history, github, config } = input
  const caps = config.reflection
  const actions = actionsOf(history.actions)
  const reverted = new Set(history.rollbacks.flatMap(r => (r.pullRequest ? [r.pullRequest.number] : [])))
  const pullRequests = pullRequestsOf(github?.pullRequests ?? [], reverted, caps.maxFieldChars)
  const byStatus: Record<string, number> = {}
  for (const r of history.runsByStatus) byStatus[r.status] = r.count
  const draft: Reflection = {
    schema: REFLECTION_SCHEMA_ID,
    repository: input.repository,
    generatedAt: iso(input.now),
    window: { since: iso(input.since), until: iso(input.now), days: input.days },
    github: github === null ? 'none' : input.unavailable.length > 0 ? 'partial' : 'read',
    unavailable: [...input.unavailable].sort(),
    insights: [],
    runs: {
      byStatus,
      skipsByReason: history.skipsByReason.map(s => ({ ...s, reason: cleanText(s.reason, 200) }))
    },
    proposals: {
      ...history.proposals,
      blockingRules: history.rules.map(r => ({
        rule: cleanText(r.rule, 100),
        count: r.count,
        examples: r.examples.map(e => cleanText(e, REFLECTION_LIMITS.title))
      }))
    },
    actions,
    rollbacks: rollbacksOf(history.rollbacks, caps.maxFieldChars),
    memory: memoryOf(history),
    failedRuns: failedRunsOf(github?.failedRuns ?? [], caps.maxFieldChars, caps.logLines),
    feedback: feedbackOf(github?.feedback ?? [], caps.maxFieldChars),
    pullRequests,
    sentiment: sentimentOf(actions, github?.pullRequests ?? [], pullRequests),
    rails: railsOf(config, history.wildcardFree),
    trimmed: 0
  }
  draft.insights = insightsOf(draft, { defaultBranch: github?.defaultBranch ?? null, config })
    .slice(0, REFLECTION_LIMITS.insights)
    .map(s => cleanText(s, REFLECTION_LIMITS.insight))
  return fitToSize(draft, caps.maxBytes)
}

/**
 * The document as written to reflection.json, and the hex SHA-256 of exactly that text. It is JSON
 * made inert for a workflow log (inertJson): printing the file can never run a workflow command.
 */
export function serializeReflection(reflection: Reflection): { text: string; sha256: string } {
  const text = `${inertJson(reflection, 2)}\n`
  return { text, sha256: createHash('sha256').update(text).digest('hex') }
}

const bytesOf = (r: Reflection) => Buffer.byteLength(serializeReflection(r).text)

/** The lists trimmed to fit, each item with the time that makes it old. */
const TRIMMABLE = ['memory', 'actions.items', 'rollbacks', 'failedRuns', 'feedback', 'pullRequests'] as const
type Trimmable = (typeof TRIMMABLE)[number]

function listOf(r: Reflection, name: Trimmable): { createdAt: string }[] {
  return name === 'actions.items' ? r.actions.items : r[name]
}

/**
 * Drop the oldest items, across every list, until the document fits `maxBytes`; then, if the
 * remaining fields alone are larger, the last insights. `trimmed` counts what was left out.
 */
export function fitToSize(reflection: Reflection, maxBytes: number): Reflection {
  const r = structuredClone(reflection)
  let size = bytesOf(r)
  if (size <= maxBytes) return r
  const queue = TRIMMABLE.flatMap(name => listOf(r, name).map((item, index) => ({ name, item, index })))
  // Oldest first; ties in a fixed order (list, then position), so the result is reproducible.
  queue.sort(
    (a, b) =>
      a.item.createdAt.localeCompare(b.item.createdAt) ||
      TRIMMABLE.indexOf(a.name) - TRIMMABLE.indexOf(b.name) ||
      b.index - a.index
  )
  for (const next of queue) {
    if (size <= maxBytes) break
    const list = listOf(r, next.name)
    list.splice(list.indexOf(next.item), 1)
    r.trimmed++
    size = bytesOf(r)
  }
  while (size > maxBytes && r.insights.length > 0) {
    r.insights.pop()
    size = bytesOf(r)
  }
  return r
}
