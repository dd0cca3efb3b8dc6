/**
 * A pull request's changes from the REST API, without a checkout:
 * - the file list, 100 per page; when GitHub lists fewer files than the PR's changed_files
 *   (it stops at 3,000), the list is truncated and the gate fails closed with too-large. The
 *   list is not pinned to a commit, so the pull request is read again after it: a head or a
 *   changed_files count that moved meanwhile fails closed;
 * - modes from the trees API, for the head and the merge base: without them symlinks and
 *   submodules are invisible, so a truncated or unreadable tree fails closed;
 * - line counts from additions and deletions, added lines from the patch (secret-in-content);
 * - a missing patch is not "binary": GitHub omits it for pure renames, mode-only changes and
 *   large files. Such a file is decided by content, as the policy does (a NUL in the first 8,000
 *   bytes of either side), from the blobs API. A text file GitHub gave no counts for is counted
 *   as wholly rewritten (every line of both sides), which can only over-count.
 */
import { OBJECT_ID } from '../../git/object-id.js'
import type { GitHubContext } from '../../github/client.js'
import { looksBinary } from '../../policy/git.js'
import { findSecrets } from '../../policy/secrets.js'
import { hunksOfPatch, scanHunks, scanWholeText, type FileThreats } from '../../policy/threats.js'
import type { ConfigFileChange, FileChange, FileStatus } from '../../policy/types.js'
import { forLog } from '../../text/escape.js'
import { GateReadError, readPull } from './read-api.js'
import type { PullFacts } from './types.js'

type Json = Record<string, unknown>

/** One entry of GET /pulls/{n}/files, reduced. */
export type ApiFile = {
  filename: string
  previousFilename?: string
  status: string
  additions: number
  deletions: number
  patch?: string
  /** The blob GitHub names: the new side's, or for a removed file the removed one. */
  sha?: string
}

export type TreeEntry = { mode: string; type: string; sha: string }
export type Tree = Map<string, TreeEntry>

/** At most this many blobs are read to decide files GitHub gave no patch for. */
export const MAX_BLOB_READS = 300

const STATUS: Record<string, FileStatus> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'modified',
  unchanged: 'modified'
}

const REGULAR = /^100[0-7]{3}$/

export type ApiChanges =
  | { truncated: true; listed: number; changedFiles: number }
  | {
      truncated: false
      files: FileChange[]
      configFile?: ConfigFileChange
      /** Why the old side's modes are unknown, when they are. */
      note?: string
    }

export async function listPullFiles(gh: GitHubContext, number: number): Promise<ApiFile[]> {
  const files = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    owner: gh.owner,
    repo: gh.repo,
    pull_number: number,
    per_page: 100
  })) as unknown as Json[]
  return files.map(f => ({
    filename: String(f.filename ?? ''),
    ...(typeof f.previous_filename === 'string' ? { previousFilename: f.previous_filename } : {}),
    ...(typeof f.sha === 'string' ? { sha: f.sha } : {}),
    status: String(f.status ?? ''),
    additions: Number(f.additions),
    deletions: Number(f.deletions),
    ...(typeof f.patch === 'string' ? { patch: f.patch } : {})
  }))
}

export async function readTree(gh: GitHubContext, sha: string, what: string): Promise<Tree> {
  const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
    owner: gh.owner,
    repo: gh.repo,
    tree_sha: sha,
    recursive: '1'
  })
  const d = data as unknown as { truncated?: unknown; tree?: unknown }
  if (d.truncated !== false || !Array.isArray(d.tree)) {
    throw new GateReadError(
      `GitHub truncated the tree of the ${what} (${sha.slice(0, 12)}), so file modes (symlinks, submodules) cannot be read; use gate-source: git for this repository.`
    )
  }
  const tree: Tree = new Map()
  for (const e of d.tree as Json[]) {
    if (typeof e.path === 'string' && typeof e.mode === 'string')
      tree.set(e.path, { mode: e.mode.padStart(6, '0'), type: String(e.type), sha: String(e.sha) })
  }
  return tree
}

export async function readMergeBase(gh: GitHubContext, base: string, head: string): Promise<string> {
  const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
    owner: gh.owner,
    repo: gh.repo,
    basehead: `${base}...${head}`,
    per_page: 1
  })
  const sha = (data as unknown as { merge_base_commit?: { sha?: unknown } }).merge_base_commit?.sha
  if (typeof sha !== 'string' || !OBJECT_ID.test(sha))
    throw new GateReadError(`GitHub sent no merge base for ${base.slice(0, 12)}...${head.slice(0, 12)}.`)
  return sha
}

export async function readBlob(gh: GitHubContext, sha: string): Promise<Buffer> {
  const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
    owner: gh.owner,
    repo: gh.repo,
    file_sha: sha
  })
  const d = data as unknown as { content?: unknown; encoding?: unknown }
  if (d.encoding !== 'base64' || typeof d.content !== 'string')
    throw new GateReadError(`GitHub sent the blob ${sha.slice(0, 12)} in an unexpected form.`)
  return Buffer.from(d.content.replace(/\s+/g, ''), 'base64')
}

/** Added lines of a GitHub patch (hunks only, no headers). */
export function addedLines(patch: string): string[] {
  return patch
    .split('\n')
    .filter(l => l.startsWith('+'))
    .map(l => l.slice(1))
}

function countLines(content: Buffer | undefined): number {
  if (!content || content.length === 0) return 0
  let n = 0
  for (const b of content) if (b === 0x0a) n++
  return content[content.length - 1] === 0x0a ? n : n + 1
}

/** Which side's blob of a file to read: regular files only (a symlink's blob is its target). */
function sides(f: ApiFile, head: Tree, base: Tree | undefined): { oldBlob?: string; newBlob?: string } {
  const status = STATUS[f.status]
  const n = status === 'deleted' ? undefined : head.get(f.filename)
  let o = status === 'added' || !base ? undefined : base.get(f.previousFilename ?? f.filename)
  if (!base && status === 'deleted' && f.sha && OBJECT_ID.test(f.sha) && !/^0+$/.test(f.sha))
    o = { mode: '100644', type: 'blob', sha: f.sha }
  return {
    ...(n && REGULAR.test(n.mode) ? { newBlob: n.sha } : {}),
    ...(o && REGULAR.test(o.mode) ? { oldBlob: o.sha } : {})
  }
}

/** secret-in-content on the added text, and the threat rules' findings, onto the file. */
function scanAdded(file: FileChange, added: string, threats: FileThreats): void {
  const secrets = findSecrets(added)
  if (secrets.length) file.secrets = secrets
  Object.assign(file, threats)
}

/**
 * The FileChanges of the listed files, given the two trees and the blobs read for the files
 * without a patch. Pure: every read happened before.
 */
export function toFileChanges(
  files: ApiFile[],
  head: Tree,
  base: Tree | undefined,
  blobs: Map<string, Buffer>
): FileChange[] {
  return files.map(f => {
    const status = STATUS[f.status]
    const where = JSON.stringify(forLog(f.filename, 200))
    if (!status)
      throw new GateReadError(`GitHub listed ${where} with the unknown status "${forLog(f.status, 40)}".`)
    if (
      !Number.isSafeInteger(f.additions) ||
      !Number.isSafeInteger(f.deletions) ||
      f.additions < 0 ||
      f.deletions < 0
    )
      throw new GateReadError(`GitHub listed ${where} without valid line counts.`)
    const file: FileChange = {
      path: f.filename,
      status,
      additions: f.additions,
      deletions: f.deletions,
      binary: false
    }
    if ((status === 'renamed' || status === 'copied') && f.previousFilename !== undefined)
      file.previousPath = f.previousFilename
    if (status !== 'deleted') {
      const entry = head.get(f.filename)
      if (!entry)
        throw new GateReadError(`${where} is listed as changed but is not in the head commit's tree.`)
      file.mode = entry.mode
    }
    if (status !== 'added' && base) {
      const entry = base.get(f.previousFilename ?? f.filename)
      if (!entry)
        throw new GateReadError(
          `${JSON.stringify(forLog(f.previousFilename ?? f.filename, 200))} is listed as changed but is not in the merge base's tree.`
        )
      file.previousMode = entry.mode
    }
    if (f.patch !== undefined) {
      const added = addedLines(f.patch)
      // git counts a file whose new text holds a NUL byte as binary, as the patch reader does.
      if (added.some(l => l.includes('\0'))) {
        file.binary = true
        file.additions = null
        file.deletions = null
      } else {
        scanAdded(file, added.join('\n'), scanHunks(hunksOfPatch(f.patch)))
      }
      return file
    }
    const { oldBlob, newBlob } = sides(f, head, base)
    const oldContent = oldBlob ? blobs.get(oldBlob) : undefined
    const newContent = newBlob ? blobs.get(newBlob) : undefined
    if (status === 'deleted' && !oldBlob && !head.has(f.filename) && !base)
      throw new GateReadError(
        `The removed file ${where} came without a patch or a blob to decide whether it is binary.`
      )
    if ((oldBlob && !oldContent) || (newBlob && !newContent))
      throw new GateReadError(`The content of ${where} could not be read to decide whether it is binary.`)
    if ((oldContent && looksBinary(oldContent)) || (newContent && looksBinary(newContent))) {
      file.binary = true
      file.additions = null
      file.deletions = null
      return file
    }
    const contentChanged = oldBlob !== newBlob
    if (contentChanged && f.additions + f.deletions === 0 && (oldContent?.length || newContent?.length)) {
      // Text GitHub gave neither a patch nor counts for (an attribute made it "binary" there):
      // count every line of both sides.
      file.additions = countLines(newContent)
      file.deletions = countLines(oldContent)
    }
    if (newContent && contentChanged && (file.additions ?? 0) > 0) {
      // No patch to read the added lines from: the whole new text is scanned (a superset).
      const text = newContent.toString('utf8')
      scanAdded(file, text, scanWholeText(text, oldContent?.toString('utf8')))
    }
    return file
  })
}

/** The blobs toFileChanges needs: both sides of every file GitHub gave no patch for. */
export function blobsNeeded(files: ApiFile[], head: Tree, base: Tree | undefined): string[] {
  const wanted = new Set<string>()
  for (const f of files) {
    if (f.patch !== undefined) continue
    const { oldBlob, newBlob } = sides(f, head, base)
    if (oldBlob) wanted.add(oldBlob)
    if (newBlob) wanted.add(newBlob)
  }
  return [...wanted]
}

/** The watched config file before and after, when the change touches it (as the git reader does). */
export async function configChange(
  files: ApiFile[],
  head: Tree,
  base: Tree | undefined,
  configPath: string,
  read: (sha: string) => Promise<Buffer>,
  /** The config at the base SHA, when the old side's tree is unknown. */
  baseConfigText: string | null
): Promise<ConfigFileChange | undefined> {
  const text = async (entry: TreeEntry | undefined) =>
    entry && REGULAR.test(entry.mode) ? (await read(entry.sha)).toString('utf8') : undefined
  const before = async () => (base ? ((await text(base.get(configPath))) ?? null) : baseConfigText)
  for (const f of files) {
    const status = STATUS[f.status]
    const touches = f.filename === configPath || f.previousFilename === configPath
    if (!touches) continue
    if (f.filename !== configPath || status === 'deleted') {
      return { before: await before(), after: null }
    }
    const entry = head.get(configPath)
    const after = await text(entry)
    return {
      before: status === 'modified' ? await before() : null,
      after,
      ...(after === undefined
        ? { unknownReason: `${configPath} is not a regular file after the change` }
        : {})
    }
  }
  return undefined
}

function notFound(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status
  return status === 404 || status === 422
}

/**
 * The old side's tree: the merge base's (what the file list is relative to), else the base
 * commit's. A truncated tree fails closed; a tree GitHub does not serve leaves the old modes
 * unknown (said in the verdict), since the head's modes are what the rails look at.
 */
async function readOldTree(
  gh: GitHubContext,
  pr: Pick<PullFacts, 'baseSha' | 'headSha'>
): Promise<{ tree?: Tree; note?: string }> {
  let sha = pr.baseSha
  let what = 'base commit'
  try {
    sha = await readMergeBase(gh, pr.baseSha, pr.headSha)
    what = 'merge base'
  } catch (error) {
    if (!notFound(error) && !(error instanceof GateReadError)) throw error
  }
  try {
    return { tree: await readTree(gh, sha, what) }
  } catch (error) {
    if (!notFound(error)) throw error
    return {
      note: `The tree of the ${what} (${sha.slice(0, 12)}) could not be read: the modes before the change are unknown; the head's modes were checked.`
    }
  }
}

/** Read the pull request's changes through the API. */
export async function readApiChanges(
  gh: GitHubContext,
  pr: Pick<PullFacts, 'number' | 'baseSha' | 'headSha' | 'changedFiles'>,
  configPath: string,
  baseConfigText: string | null
): Promise<ApiChanges> {
  const files = await listPullFiles(gh, pr.number)
  // The file list is not pinned to a commit: a push while it was read would mix two heads.
  // The pull request read again must still name the head (and count) everything else is read at.
  const again = await readPull(gh, pr.number)
  if (again.headSha !== pr.headSha || again.changedFiles !== pr.changedFiles)
    throw new GateReadError(
      `Pull request #${pr.number} changed while its files were read (head ${pr.headSha.slice(0, 12)} → ${again.headSha.slice(0, 12)}, changed files ${pr.changedFiles} → ${again.changedFiles}); the gate runs again for the new head.`
    )
  if (files.length < pr.changedFiles)
    return { truncated: true, listed: files.length, changedFiles: pr.changedFiles }
  // The head's modes are required: without them symlinks and submodules are invisible.
  const head = await readTree(gh, pr.headSha, 'head commit')
  const old = await readOldTree(gh, pr)
  const base = old.tree
  const needed = blobsNeeded(files, head, base)
  if (needed.length > MAX_BLOB_READS) {
    throw new GateReadError(
      `${needed.length} file versions came without a patch; more than the ${MAX_BLOB_READS} the API source reads to decide binary files. Use gate-source: git.`
    )
  }
  const blobs = new Map<string, Buffer>()
  for (const sha of needed) blobs.set(sha, await readBlob(gh, sha))
  const fileChanges = toFileChanges(files, head, base, blobs)
  const configFile = await configChange(
    files,
    head,
    base,
    configPath,
    async sha => blobs.get(sha) ?? (await readBlob(gh, sha)),
    baseConfigText
  )
  return {
    truncated: false,
    files: fileChanges,
    ...(configFile ? { configFile } : {}),
    ...(old.note ? { note: old.note } : {})
  }
}
