/**
 * git is the oracle: where a repository is at hand, a proposal's patch is judged by what
 * `git apply` makes of it (src/git/apply-patch.ts, applyPatch), not by the text reader. The one
 * function every caller uses: `self-evolution check --diff/--proposals` in a repository, and the
 * daily run on its checkout.
 *
 * git's reading replaces the text reader's files and watched config file, and clears a text
 * reader's `patch-unreadable`; a patch git refuses (or that a cap refuses before git runs)
 * becomes `patch-rejected` with one short line saying why.
 */
import {
  applyPatch,
  ApplyBaseError,
  resolveCommit,
  type ApplyLimits,
  type ApplyPatchResult,
  type Schedule
} from '../git/apply-patch.js'
import { GitCommandError } from '../git/run.js'
import { PolicyInputError } from './errors.js'
import { readProposalsFile, type FileReader, type ReadProposals } from './proposals-file.js'
import type { ProposalUnderReview } from './types.js'

export { ApplyBaseError }

/** Which reader judged a proposal's patch: git apply on a base commit, or the text reader. */
export type PatchReader = 'git-apply' | 'text'

/** A proposal, the patch text it carries (none for a list of files), and who read the patch. */
export type ProposalWithPatch = { proposal: ProposalUnderReview; patch?: string; reader?: PatchReader }

export type GitJudging = {
  /** The repository whose commit `base` names. */
  repo: string
  /** A revision; resolved once, so every patch is applied onto the same commit. */
  base: string
  configPath: string
  env?: NodeJS.ProcessEnv
  limits?: Partial<ApplyLimits>
  schedule?: Schedule
  scratchDir?: string
}

/**
 * Judge every patch of `proposals` with git, each on its own onto the same base commit. Returns
 * the base commit and the proposals with git's reading in place (a proposal without a patch is
 * returned as it is). Throws an ApplyBaseError when the base cannot be used.
 */
export async function judgePatchesWithGit(
  proposals: readonly ProposalWithPatch[],
  opts: GitJudging
): Promise<{ base: string; proposals: ProposalWithPatch[] }> {
  const base = await resolveCommit(opts.repo, opts.base, opts.env)
  const out: ProposalWithPatch[] = []
  // One at a time: each runs a few git processes, and the machine's cores are few.
  for (const item of proposals) {
    if (item.patch === undefined) {
      out.push(item)
      continue
    }
    const result = nothingChanged(await applyOne(item.patch, base, opts))
    const { patchProblem: _textProblem, configFile: _textConfig, ...rest } = item.proposal
    const proposal: ProposalUnderReview = result.ok
      ? {
          ...rest,
          source: 'patch',
          files: result.files,
          ...(result.configFile ? { configFile: result.configFile } : {})
        }
      : {
          ...rest,
          source: 'patch',
          files: [],
          patchProblem: {
            rule: 'patch-rejected',
            message: `git apply refuses the patch on ${base.slice(0, 12)}: ${result.message}`
          }
        }
    out.push({ proposal, patch: item.patch, reader: 'git-apply' })
  }
  return { base, proposals: out }
}

/**
 * Every patch of `proposals` blocked as `patch-rejected` with `message`, its files cleared, for
 * when no git can judge it (a GitHub runner without a checkout): the text reader's reading is
 * never used there. A proposal without a patch is returned as it is.
 */
export function refusePatches(proposals: readonly ProposalWithPatch[], message: string): ProposalWithPatch[] {
  return proposals.map(item => {
    if (item.patch === undefined) return item
    const { patchProblem: _textProblem, configFile: _textConfig, ...rest } = item.proposal
    const proposal: ProposalUnderReview = {
      ...rest,
      source: 'patch',
      files: [],
      patchProblem: { rule: 'patch-rejected', message }
    }
    return { proposal, patch: item.patch }
  })
}

/**
 * A patch git applies without changing the tree (a "new file mode 040000" entry that write-tree
 * drops, a deletion and its re-creation) is refused, as acting refuses it (empty-change): an
 * allowed patch must be a change.
 */
function nothingChanged(result: ApplyPatchResult): ApplyPatchResult {
  if (!result.ok || result.tree !== result.baseTree) return result
  return { ok: false, reason: 'rejected', message: 'the patch applies but changes nothing' }
}

/**
 * applyPatch for one patch. What git applied but its reading cannot follow (the git reader's
 * PolicyInputError) or a git command that fails blocks this proposal, not the others.
 */
async function applyOne(patch: string, base: string, opts: GitJudging): Promise<ApplyPatchResult> {
  try {
    return await applyPatch({
      repo: opts.repo,
      base,
      patch,
      configPath: opts.configPath,
      ...(opts.env ? { env: opts.env } : {}),
      ...(opts.limits ? { limits: opts.limits } : {}),
      ...(opts.schedule ? { schedule: opts.schedule } : {}),
      ...(opts.scratchDir ? { scratchDir: opts.scratchDir } : {})
    })
  } catch (error) {
    if (error instanceof ApplyBaseError) throw error
    if (!(error instanceof PolicyInputError) && !(error instanceof GitCommandError)) throw error
    const line = error.message.split('\n')[0]
    return { ok: false, reason: 'rejected', message: line.length > 200 ? `${line.slice(0, 199)}…` : line }
  }
}

/**
 * Read a proposals file, keeping each proposal's patch text. With `gitJudges`, a patch the text
 * reader cannot read does not stop the file: git judges it (judgePatchesWithGit) and the text
 * reader's reading is replaced anyway. Without, the text reader is the judge and its errors stand.
 */
export async function readProposalsWithPatches(
  text: string,
  opts: { configPath: string; readBaseFile?: FileReader; gitJudges: boolean }
): Promise<Omit<ReadProposals, 'proposals'> & { proposals: ProposalWithPatch[] }> {
  const { gitJudges, ...readOpts } = opts
  const patches = patchesOf(text)
  let read: Awaited<ReturnType<typeof readProposalsFile>>
  try {
    read = await readProposalsFile(text, readOpts)
  } catch (error) {
    const neutral = gitJudges && error instanceof PolicyInputError ? withoutPatches(text) : undefined
    if (neutral === undefined) throw error
    // The same validation, with each patch set aside for git: the text reader never sees them.
    read = await readProposalsFile(neutral, readOpts)
    read.proposals = read.proposals.map((p, i) => (patches[i] === undefined ? p : { ...p, source: 'patch' }))
  }
  const proposals = read.proposals.map((proposal, i) => {
    const patch = patches[i]
    if (patch === undefined) return { proposal }
    return { proposal, patch, reader: 'text' as const }
  })
  return { ...read, proposals }
}

/** The raw proposals of a JSON text (undefined when it is not an object with a proposals array). */
function rawProposals(text: string): unknown[] | undefined {
  try {
    const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as { proposals?: unknown }
    return Array.isArray(raw?.proposals) ? raw.proposals : undefined
  } catch {
    return undefined
  }
}

function patchesOf(text: string): Array<string | undefined> {
  return (rawProposals(text) ?? []).map(p => {
    const patch = (p as { patch?: unknown } | null)?.patch
    return typeof patch === 'string' ? patch : undefined
  })
}

/**
 * The proposals file with every proposal that carries only a patch turned into an empty list of
 * files, so the schema is checked as before while the patches wait for git.
 */
function withoutPatches(text: string): string | undefined {
  const proposals = rawProposals(text)
  if (!proposals) return undefined
  const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>
  raw.proposals = proposals.map(p => {
    if (p === null || typeof p !== 'object') return p
    const { patch, ...rest } = p as Record<string, unknown>
    return typeof patch === 'string' && rest.files === undefined ? { ...rest, files: [] } : p
  })
  return JSON.stringify(raw)
}
