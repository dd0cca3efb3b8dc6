/**
 * The proposals file an upstream agent step writes (`--proposals FILE`, the action's
 * `proposals` input), its zod schema (the committed schema/proposals.schema.json is generated
 * from it) and the reader that turns it into proposals under review.
 *
 * A proposal's `files` is the agent's own claim, judged as given (source `claimed`); a `patch`
 * is parsed like `--diff` (source `patch`). Both at once, neither, more than 100 proposals,
 * invalid JSON or a schema error is a PolicyInputError naming the JSON path. A patch the text
 * reader refuses is not: its proposal carries `patchProblem` (rule `patch-unreadable`) and the
 * files read before the refusal, and the engine blocks it.
 */
import { z } from 'zod'
import { describeIssues } from '../text/zod-issues.js'
import { CHANGE_TYPES } from '../config/schema.js'
import { ENGINES } from '../agent/types.js'
import { PolicyInputError } from './errors.js'
import { normalizePath } from './normalize.js'
import type { ConfigFileChange, FileChange, PatchProblem, ProposalUnderReview } from './types.js'
import { applyHunks, readUnifiedDiff } from './unified-diff.js'

export const MAX_PROPOSALS = 100

/**
 * Six octal digits whose file-type bits are a regular file (10xxxx), a symbolic link (12xxxx) or a
 * gitlink (16xxxx); git keeps only those bits and the executable bit (canon_mode), so 120777 is
 * a symbolic link, which the engine blocks by its type bits. Other types are refused here.
 */
const gitMode = z
  .string()
  .regex(
    /^(?:10|12|16)[0-7]{4}$/,
    'expected a git mode of six octal digits for a file (10xxxx), symbolic link (12xxxx) or submodule (16xxxx), such as "100644"'
  )
const count = z.number().int().min(0)
const level = z.number().int().min(0).max(5)

export const claimedFileSchema = z
  .strictObject({
    path: z.string().min(1).meta({ description: 'The new path (the deleted path for a deletion).' }),
    previousPath: z.string().min(1).optional().meta({ description: 'The old path of a rename or copy.' }),
    status: z.enum(['added', 'modified', 'deleted', 'renamed', 'copied']),
    additions: count,
    deletions: count,
    binary: z.boolean().optional(),
    mode: gitMode.optional().meta({ description: '120000 is a symlink, 160000 a submodule.' }),
    previousMode: gitMode.optional()
  })
  .superRefine((file, ctx) => {
    const needsPrevious = file.status === 'renamed' || file.status === 'copied'
    if (needsPrevious && file.previousPath === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['previousPath'],
        message: `a ${file.status} file needs previousPath`
      })
    } else if (!needsPrevious && file.previousPath !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['previousPath'],
        message: `previousPath is only for renamed or copied files, not ${file.status}`
      })
    }
  })

export const proposalSchema = z
  .strictObject({
    title: z.string().min(1),
    description: z.string().optional(),
    type: z.enum(CHANGE_TYPES),
    riskLevel: level,
    effort: level.optional(),
    files: z.array(claimedFileSchema).optional().meta({ description: "The agent's claim of what changes." }),
    patch: z.string().optional().meta({ description: 'A git-style unified diff, in place of files.' }),
    metadataProblem: z.string().max(2000).optional().meta({
      description:
        'Set by the agent step when the agent changed files without a valid proposal file: what was wrong. The rails block the proposal (proposal-metadata-invalid).'
    })
  })
  .superRefine((proposal, ctx) => {
    if (proposal.files !== undefined && proposal.patch !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['patch'],
        message: 'a proposal has either files or patch, not both'
      })
    } else if (proposal.files === undefined && proposal.patch === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: 'a proposal needs files or patch' })
    }
  })

const tokenCount = z.number().int().min(0)

/** How the agent's engine ended (src/agent/handover.ts, exitStatusOf). */
export const AGENT_EXIT_STATUSES = [
  'ok',
  'exit-code',
  'signal',
  'timed-out',
  'budget-reached',
  'is-error'
] as const
/** What a round of the agent step came to. */
export const ROUND_OUTCOMES = ['allowed', 'blocked', 'noop', 'withdrawn', 'engine-failed'] as const

/** The agent step's record of its engine and rounds (written by src/agent/handover.ts). */
export const agentRecordSchema = z
  .strictObject({
    engine: z.enum(ENGINES),
    engineVersion: z.string().max(200).optional(),
    model: z.string().max(200).optional(),
    turns: tokenCount
      .optional()
      .meta({ description: 'Turns over every round, where the engine reports them.' }),
    tokens: z
      .strictObject({ input: tokenCount, output: tokenCount, cached: tokenCount.optional() })
      .optional()
      .meta({ description: 'Tokens over every round, where the engine reports them.' }),
    costUsd: z.number().min(0).optional().meta({
      description: 'Dollars over every round, where the engine reports them or a price is configured.'
    }),
    durationMs: tokenCount.meta({ description: "The engine's time over every round." }),
    rounds: z.number().int().min(0).max(3),
    roundVerdicts: z
      .array(
        z.strictObject({
          round: z.number().int().min(1).max(3),
          outcome: z.enum(ROUND_OUTCOMES),
          allowed: z.boolean(),
          rules: z
            .array(z.string().max(100))
            .max(50)
            .meta({ description: 'The rules that blocked the change.' })
        })
      )
      .max(3),
    exitStatus: z.enum(AGENT_EXIT_STATUSES).meta({ description: "How the last round's engine run ended." }),
    exitCode: z.number().int().nullable().optional(),
    failure: z.string().max(600).optional().meta({ description: 'Why the engine failed, as one sentence.' })
  })
  .meta({ description: "The agent step's engine, its costs and its self-correction rounds." })

export type AgentRecord = z.output<typeof agentRecordSchema>

export const proposalsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  reflection: z
    .strictObject({ insights: z.string(), sentiment: z.unknown().optional() })
    .optional()
    .meta({ description: "The agent's reflection on recent runs." }),
  proposals: z.array(proposalSchema).max(MAX_PROPOSALS),
  agent: agentRecordSchema.optional(),
  noop: z
    .string()
    .max(2000)
    .optional()
    .meta({ description: 'Why the agent proposed nothing, in its own words (capped and sanitized).' })
})

export type ProposalsFile = z.output<typeof proposalsFileSchema>

/** The JSON Schema committed as schema/proposals.schema.json. */
export function proposalsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(proposalsFileSchema, { io: 'input' }) as Record<string, unknown>
  // The refinements do not translate; say in the schema what they check.
  const proposals = (schema.properties as Record<string, { items: Record<string, unknown> }>).proposals
  proposals.items.oneOf = [{ required: ['files'] }, { required: ['patch'] }]
  const fileItems = (proposals.items.properties as Record<string, { items: Record<string, unknown> }>).files
    .items
  fileItems.if = { properties: { status: { enum: ['renamed', 'copied'] } } }
  fileItems.then = { required: ['previousPath'] }
  fileItems.else = { not: { required: ['previousPath'] } }
  return { title: 'self-evolution proposals file', ...schema }
}

// Callers of the proposals file take the sentences from here.
export { describeIssue } from '../text/zod-issues.js'

/**
 * Reads a repository file as it is before the change (the working tree, or `git show BASE:path`);
 * null when it does not exist. Only ever asked for the watched config file, or the old path of a
 * rename or copy onto it.
 */
export type FileReader = (repoPath: string) => string | null | Promise<string | null>

/**
 * The changes of a unified diff, with the watched config file's text before and after when the
 * patch touches it. `readBaseFile` supplies the before-text (the working tree, or git). A patch
 * the text reader refuses comes back with `patchProblem` and the files read before the refusal.
 */
export async function readPatchChanges(
  text: string,
  opts: { configPath: string; readBaseFile?: FileReader }
): Promise<{ files: FileChange[]; configFile?: ConfigFileChange; patchProblem?: PatchProblem }> {
  const reading = readUnifiedDiff(text)
  const parsed = reading.files
  const files: FileChange[] = parsed.map(({ hunks: _hunks, git: _git, ...file }) => file)
  // A refused patch is blocked whatever else it holds; its config file is not read.
  if (reading.problem)
    return { files, patchProblem: { rule: 'patch-unreadable', message: reading.problem.message } }
  const watched = normalizePath(opts.configPath)
  if (!watched.ok) return { files }
  const same = (p: string | undefined) => {
    if (p === undefined) return false
    const n = normalizePath(p)
    return n.ok && n.path === watched.path
  }
  let configFile: ConfigFileChange | undefined
  for (const file of parsed) {
    if (!same(file.path) && !same(file.previousPath)) continue
    if (!opts.readBaseFile) {
      configFile = { before: null, unknownReason: 'the config file before the change cannot be read' }
      break
    }
    if (file.status === 'deleted' || !same(file.path)) {
      configFile = { before: null, after: null }
      break
    }
    // Compare with what is there now, whatever the patch claims about the file's history.
    const before = await opts.readBaseFile(opts.configPath)
    const start =
      file.status === 'renamed' || file.status === 'copied'
        ? await opts.readBaseFile(file.previousPath as string)
        : file.status === 'added'
          ? null
          : before
    const after = file.binary ? undefined : applyHunks(start, file.hunks)
    configFile = {
      before,
      after,
      ...(after === undefined
        ? {
            unknownReason: file.binary
              ? 'the patch makes it binary'
              : 'the patch does not apply to it exactly'
          }
        : {})
    }
  }
  return configFile ? { files, configFile } : { files }
}

/** What a proposals file holds, read: the proposals under review and what the agent step recorded. */
export type ReadProposals = {
  reflection?: { insights: string; sentiment?: unknown }
  proposals: ProposalUnderReview[]
  agent?: AgentRecord
  noop?: string
}

/**
 * Parse and validate a proposals file. `readBaseFile` reads repository files before the change,
 * for the config-loosened rule on `patch` proposals.
 */
export async function readProposalsFile(
  text: string,
  opts: { configPath: string; readBaseFile?: FileReader }
): Promise<ReadProposals> {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new PolicyInputError(`the proposals file is not valid JSON (${(error as Error).message})`)
  }
  const parsed = proposalsFileSchema.safeParse(raw)
  if (!parsed.success) {
    throw new PolicyInputError(`the proposals file is invalid: ${describeIssues(parsed.error.issues, raw)}`)
  }
  const proposals: ProposalUnderReview[] = []
  for (const [index, p] of parsed.data.proposals.entries()) {
    const meta = {
      title: p.title,
      type: p.type,
      riskLevel: p.riskLevel,
      ...(p.effort !== undefined ? { effort: p.effort } : {}),
      ...(p.description !== undefined ? { description: p.description } : {}),
      ...(p.metadataProblem !== undefined ? { metadataProblem: p.metadataProblem } : {})
    }
    if (p.patch !== undefined) {
      const changes = await readPatchChanges(p.patch, opts)
      if (changes.patchProblem)
        changes.patchProblem.message = `proposals[${index}].patch: ${changes.patchProblem.message}`
      proposals.push({ ...meta, source: 'patch', ...changes })
    } else {
      const files: FileChange[] = (p.files ?? []).map(f => ({
        path: f.path,
        ...(f.previousPath !== undefined ? { previousPath: f.previousPath } : {}),
        status: f.status,
        additions: f.binary ? null : f.additions,
        deletions: f.binary ? null : f.deletions,
        binary: f.binary === true,
        ...(f.mode !== undefined ? { mode: f.mode } : {}),
        ...(f.previousMode !== undefined ? { previousMode: f.previousMode } : {})
      }))
      proposals.push({ ...meta, source: 'claimed', files })
    }
  }
  const { reflection: r, agent, noop } = parsed.data
  return {
    ...(r ? { reflection: r as { insights: string; sentiment?: unknown } } : {}),
    proposals,
    ...(agent ? { agent } : {}),
    ...(noop !== undefined ? { noop } : {})
  }
}
