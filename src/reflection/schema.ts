/**
 * The reflection document: the one source of truth for its shape (schema/reflection.schema.json is
 * generated from it, docs/reflection.md describes every field). Text that comes from GitHub (issue
 * and review bodies, log lines, titles) stays in its own fields, sanitized and capped; it is quoted
 * data for a model, never instructions.
 */
import { z } from 'zod'
import { riskFloorSchema, sizeFloorSchema, CHANGE_TYPES } from '../config/schema.js'

export const REFLECTION_SCHEMA_ID = 'self-evolution/reflection@1'

const count = z.int().min(0)
const isoTime = z.string().meta({ description: 'An ISO 8601 UTC time.' })
const url = z.string().nullable().meta({ description: 'A link, or null when none is known.' })
const pullRequest = z
  .strictObject({ number: z.int().min(1), url })
  .nullable()
  .meta({ description: 'The pull request, or null when none was opened.' })

export const FATES = ['allowed', 'blocked', 'merged', 'closed-unmerged', 'reverted'] as const

const memoryItem = z.strictObject({
  title: z.string(),
  type: z.string(),
  date: z.string().meta({ description: 'The UTC day of the run that proposed it.' }),
  createdAt: isoTime,
  fate: z.enum(FATES),
  rule: z.string().nullable().meta({ description: 'The first rule that blocked it (fate blocked).' }),
  pullRequest
})

const actionItem = z.strictObject({
  title: z.string(),
  type: z.string(),
  status: z.string().meta({ description: 'planned, submitted, merged, rolled_back, closed or failed.' }),
  pullRequest,
  createdAt: isoTime
})

const rollbackItem = z.strictObject({
  title: z.string(),
  reason: z.string(),
  failingWorkflow: z.string().nullable(),
  pullRequest,
  createdAt: isoTime
})

const failedJob = z.strictObject({
  name: z.string(),
  url,
  conclusion: z.string(),
  errorLines: z.array(z.string()).meta({
    description: "The first error lines of the job's log (`##[error]` lines first), sanitized and capped."
  })
})

const failedRun = z.strictObject({
  workflow: z.string(),
  url,
  headSha: z.string(),
  event: z.string(),
  conclusion: z.string(),
  createdAt: isoTime,
  jobs: z.array(failedJob)
})

const feedbackIssue = z.strictObject({
  number: z.int().min(1),
  url,
  author: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: isoTime
})

const quote = z.strictObject({ author: z.string(), body: z.string(), createdAt: isoTime })

const reactions = z.strictObject({ positive: count, negative: count, neutral: count })

const agentPullRequest = z.strictObject({
  number: z.int().min(1),
  url,
  title: z.string(),
  state: z.enum(['open', 'merged', 'closed-unmerged']),
  reverted: z.boolean(),
  reactions,
  changesRequested: z.array(quote).meta({
    description: 'Bodies of CHANGES_REQUESTED reviews by users with write access.'
  }),
  reviewComments: z.array(quote.extend({ path: z.string() })).meta({
    description: 'Review comments by users with write access.'
  }),
  createdAt: isoTime
})

const sentiment = z.strictObject({
  reactions,
  reviews: z.strictObject({ approved: count, changesRequested: count }),
  merged: count,
  closedUnmerged: count,
  reverted: count,
  score: z.int(),
  formula: z.string()
})

const rails = z.strictObject({
  allowedPaths: z.array(z.string()),
  blockedPaths: z.array(z.string()),
  caps: z.strictObject({
    maxLinesOfCode: count,
    maxFilesChanged: count,
    maxActionsPerRun: count,
    maxOpenPullRequests: count
  }),
  maxRiskLevel: count,
  riskFloors: z.array(riskFloorSchema),
  sizeFloors: z.array(sizeFloorSchema),
  changeTypes: z.array(
    z.strictObject({
      type: z.enum(CHANGE_TYPES),
      paths: z.array(z.string()),
      live: z.boolean().meta({ description: 'Acts outside a dry run (rollout.liveChangeTypes).' })
    })
  ),
  wildcard: z.strictObject({
    enabled: z.boolean(),
    maxRiskLevel: count,
    allowedTypes: z.array(z.string()),
    freeToday: z.boolean().meta({ description: 'No allowed wildcard is recorded for today yet.' })
  }),
  dryRun: z.boolean()
})

export const reflectionSchema = z.strictObject({
  schema: z.literal(REFLECTION_SCHEMA_ID),
  repository: z.string(),
  generatedAt: isoTime,
  window: z.strictObject({ since: isoTime, until: isoTime, days: z.int().min(1) }),
  github: z.enum(['read', 'partial', 'none']).meta({
    description: 'none: no token was given, so only the database was read; partial: see unavailable.'
  }),
  unavailable: z.array(z.string()).meta({ description: 'GitHub reads that failed; the rest stands.' }),
  insights: z.array(z.string()),
  runs: z.strictObject({
    byStatus: z.record(z.string(), count),
    skipsByReason: z.array(z.strictObject({ reason: z.string(), count }))
  }),
  proposals: z.strictObject({
    allowed: count,
    blocked: count,
    blockingRules: z.array(z.strictObject({ rule: z.string(), count, examples: z.array(z.string()) }))
  }),
  actions: z.strictObject({
    submitted: count,
    merged: count,
    closedUnmerged: count,
    reverted: count,
    items: z.array(actionItem)
  }),
  rollbacks: z.array(rollbackItem),
  memory: z.array(memoryItem),
  failedRuns: z.array(failedRun),
  feedback: z.array(feedbackIssue),
  pullRequests: z.array(agentPullRequest),
  sentiment,
  rails,
  trimmed: count.meta({
    description: 'Items left out, oldest first, to keep the document under its size cap.'
  })
})

export type Reflection = z.output<typeof reflectionSchema>
export type MemoryItem = z.output<typeof memoryItem>
export type FailedRun = z.output<typeof failedRun>
export type FeedbackIssue = z.output<typeof feedbackIssue>
export type AgentPullRequest = z.output<typeof agentPullRequest>
export type Sentiment = z.output<typeof sentiment>
export type Rails = z.output<typeof rails>
export type Fate = (typeof FATES)[number]

/** The committed JSON Schema of the document (schema/reflection.schema.json). */
export function reflectionJsonSchema(): Record<string, unknown> {
  return {
    title: 'self-evolution reflection',
    ...(z.toJSONSchema(reflectionSchema, { io: 'output' }) as Record<string, unknown>)
  }
}
