/**
 * The proposal file the agent writes (its path is SELF_EVOLUTION_PROPOSAL_FILE): the metadata of
 * its one change, or its withdrawal in its own words. The change itself is never taken from the
 * agent: the adapter makes the patch with git (src/agent/collect.ts). The committed
 * schema/agent-proposal.schema.json is generated from the zod schema here.
 *
 * The file is hostile. It is read without following a symbolic link, only when it is a regular
 * file with one link and at most MAX_PROPOSAL_FILE_BYTES, so the agent cannot make the action read
 * another file (a link to something only the action's user may read) or wait on a pipe.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { z } from 'zod'
import { CHANGE_TYPES } from '../config/names.js'
import { describeIssues } from '../text/zod-issues.js'

/** The largest proposal file read (bytes). */
export const MAX_PROPOSAL_FILE_BYTES = 64 * 1024
export const MAX_TITLE_CHARS = 200
export const MAX_DESCRIPTION_CHARS = 2000
export const MAX_REASON_CHARS = 2000

const level = z.number().int().min(0).max(5)

/** The metadata of the agent's one change. */
export const agentProposalSchema = z
  .strictObject({
    title: z
      .string()
      .min(1)
      .max(MAX_TITLE_CHARS)
      .meta({ description: 'One line saying what the change does.' }),
    type: z.enum(CHANGE_TYPES).meta({ description: 'The change type; its typePaths bound the paths.' }),
    riskLevel: level.meta({
      description:
        '0-1 typos, docs, small persona tweaks; 2-3 new tools, larger prompt changes; 4-5 never allowed.'
    }),
    effort: level.meta({ description: 'How much work the change was, 0 to 5.' }),
    description: z
      .string()
      .max(MAX_DESCRIPTION_CHARS)
      .meta({ description: 'Why the change helps, for the reviewer; plain text.' })
  })
  .meta({
    title: 'proposal',
    description: 'The metadata of the one change the agent made in the working tree.'
  })

/** The agent takes its change back, or proposes nothing, and says why. */
export const agentWithdrawalSchema = z
  .strictObject({
    withdraw: z.literal(true),
    reason: z.string().min(1).max(MAX_REASON_CHARS).meta({ description: 'Why, in the agent’s own words.' })
  })
  .meta({
    title: 'withdrawal',
    description: 'No proposal: the agent withdraws its change (or made none) and says why.'
  })

export const agentProposalFileSchema = z.union([agentProposalSchema, agentWithdrawalSchema])

export type AgentProposal = z.output<typeof agentProposalSchema>

/** The JSON Schema committed as schema/agent-proposal.schema.json. */
export function agentProposalJsonSchema(): Record<string, unknown> {
  return {
    title: 'self-evolution agent proposal file',
    ...(z.toJSONSchema(agentProposalFileSchema, { io: 'input' }) as Record<string, unknown>)
  }
}

/** What the proposal file said. */
export type ProposalFileReading =
  | { kind: 'proposal'; proposal: AgentProposal }
  | { kind: 'withdrawn'; reason: string }
  | { kind: 'missing' }
  | { kind: 'invalid'; problem: string }

/** Validate the text of a proposal file (pure). */
export function parseProposalFile(text: string): ProposalFileReading {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { kind: 'invalid', problem: 'the proposal file is not valid JSON' }
  }
  // The branch is chosen by the `withdraw` key, so the problems named are the ones of the branch meant.
  const withdrawing = raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'withdraw' in raw
  if (withdrawing) {
    const parsed = agentWithdrawalSchema.safeParse(raw)
    return parsed.success ? { kind: 'withdrawn', reason: parsed.data.reason } : invalid(parsed.error, raw)
  }
  const parsed = agentProposalSchema.safeParse(raw)
  return parsed.success ? { kind: 'proposal', proposal: parsed.data } : invalid(parsed.error, raw)
}

function invalid(error: z.ZodError, raw: unknown): ProposalFileReading {
  return { kind: 'invalid', problem: `the proposal file is invalid: ${describeIssues(error.issues, raw)}` }
}

/** Read and validate the proposal file at `path` (see the module's comment for what is refused). */
export function readProposalFile(path: string): ProposalFileReading {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { kind: 'missing' }
    if (code === 'ELOOP') return { kind: 'invalid', problem: 'the proposal file is a symbolic link' }
    return { kind: 'invalid', problem: `the proposal file cannot be opened (${code ?? 'error'})` }
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return { kind: 'invalid', problem: 'the proposal file is not a regular file' }
    if (stat.nlink !== 1) return { kind: 'invalid', problem: 'the proposal file has more than one link' }
    if (stat.size > MAX_PROPOSAL_FILE_BYTES)
      return {
        kind: 'invalid',
        problem: `the proposal file has ${stat.size} bytes; at most ${MAX_PROPOSAL_FILE_BYTES} are read`
      }
    const buffer = Buffer.alloc(MAX_PROPOSAL_FILE_BYTES + 1)
    let length = 0
    for (let n = 1; n > 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null)
    if (length > MAX_PROPOSAL_FILE_BYTES)
      return { kind: 'invalid', problem: `the proposal file has more than ${MAX_PROPOSAL_FILE_BYTES} bytes` }
    return parseProposalFile(buffer.subarray(0, length).toString('utf8'))
  } finally {
    closeSync(fd)
  }
}
