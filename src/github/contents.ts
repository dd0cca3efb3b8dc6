/**
 * Reading one file of the repository at a ref without a checkout (pre runs before
 * actions/checkout), and the default branch.
 *
 * The contents API inlines files up to 1 MB as base64. Larger ones (up to 100 MB) come back with
 * an empty content and encoding "none"; those are read from the git blobs API by their sha, which
 * is the very blob the contents API named at that ref. Where GitHub refuses them instead (403
 * "too_large"), the raw media type serves them.
 */
import { forLog } from '../text/escape.js'
import { resolveTarget, type GitHubTarget } from './client.js'

export interface ReadRepositoryFileParams {
  owner?: string
  repo?: string
  /** A path relative to the repository root, with "/" separators. */
  path: string
  /** A commit SHA, branch or tag; the default branch when omitted. */
  ref?: string
}

/**
 * The file's text (UTF-8) at `ref`, or null when GitHub answers 404 for the file. A ref that
 * does not exist (404 "No commit found for the ref"), a directory, a symlink or a submodule at
 * the path, and every other error, throw.
 */
export async function readRepositoryFile(
  gh: GitHubTarget,
  params: ReadRepositoryFileParams
): Promise<string | null> {
  const { octokit, owner, repo } = resolveTarget(gh, params)
  const path = normalizeRepositoryPath(params.path)
  const request = { owner, repo, path, ...(params.ref ? { ref: params.ref } : {}) }
  let data: unknown
  try {
    data = (await octokit.rest.repos.getContent(request)).data
  } catch (error) {
    // A missing ref is an error, not a missing file: GitHub says "No commit found for the ref …".
    if (statusOf(error) === 404 && !/no commit found/i.test(githubMessageOf(error))) return null
    // Files over 1 MB may be refused as "too_large" in the JSON form; the raw form serves them.
    if (statusOf(error) === 403 && isTooLarge(error)) {
      const raw = await octokit.rest.repos.getContent({ ...request, mediaType: { format: 'raw' } })
      return decodeRaw(raw.data, path)
    }
    throw error
  }
  const where = `${forLog(path, 200)}${params.ref ? ` at ${forLog(params.ref, 100)}` : ''}`
  if (Array.isArray(data)) throw new Error(`${where} is a directory in ${owner}/${repo}, not a file.`)
  const file = data as { type?: string; encoding?: string; content?: string; sha?: string; size?: number }
  if (file.type !== 'file') {
    throw new Error(`${where} is a ${forLog(String(file.type), 40)} in ${owner}/${repo}, not a file.`)
  }
  if (file.encoding === 'base64' && typeof file.content === 'string') return decodeBase64(file.content)
  // Too large for the contents API (encoding "none"): read the blob it names.
  if (!file.sha) throw new Error(`GitHub sent ${where} without its content or blob sha.`)
  const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: file.sha })
  if (blob.data.encoding !== 'base64') {
    throw new Error(
      `GitHub sent the blob of ${where} in the unexpected encoding "${forLog(blob.data.encoding, 40)}".`
    )
  }
  return decodeBase64(blob.data.content)
}

/** The repository's default branch. */
export async function getDefaultBranch(
  gh: GitHubTarget,
  params: { owner?: string; repo?: string } = {}
): Promise<string> {
  const { octokit, owner, repo } = resolveTarget(gh, params)
  const { data } = await octokit.rest.repos.get({ owner, repo })
  if (typeof data.default_branch !== 'string' || data.default_branch === '') {
    throw new Error(`GitHub sent no default branch for ${owner}/${repo}.`)
  }
  return data.default_branch
}

/**
 * A repository path for the contents API: no leading "/", no "." or ".." segments (a URL would
 * resolve them into another endpoint), no backslash, NUL or empty segment.
 */
export function normalizeRepositoryPath(path: string): string {
  const p = String(path).replace(/^\.\//, '').replace(/^\/+/, '')
  const segments = p.split('/')
  if (p === '' || /[\\\0]/.test(p) || segments.some(s => s === '' || s === '.' || s === '..')) {
    throw new Error(
      `The repository path "${forLog(String(path), 200)}" is not a plain relative path (for example .github/self-evolution-config.json).`
    )
  }
  return p
}

function decodeRaw(data: unknown, path: string): string {
  if (typeof data === 'string') return data
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) {
    const bytes =
      data instanceof ArrayBuffer
        ? new Uint8Array(data)
        : new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    return Buffer.from(bytes).toString('utf8')
  }
  // Another realm's ArrayBuffer fails instanceof; anything with byteLength is bytes.
  if (typeof data === 'object' && data !== null && typeof (data as ArrayBuffer).byteLength === 'number') {
    return Buffer.from(new Uint8Array(data as ArrayBuffer)).toString('utf8')
  }
  throw new Error(`GitHub sent the raw content of ${forLog(path, 200)} in an unexpected form.`)
}

function isTooLarge(error: unknown): boolean {
  const e = error as { githubErrors?: unknown; response?: { data?: { errors?: unknown } } } | null
  const errors = e?.githubErrors ?? e?.response?.data?.errors
  if (Array.isArray(errors) && errors.some(x => (x as { code?: unknown } | null)?.code === 'too_large'))
    return true
  return /too large/i.test(githubMessageOf(error))
}

function decodeBase64(content: string): string {
  return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8')
}

function githubMessageOf(error: unknown): string {
  const e = error as { githubMessage?: unknown; response?: { data?: { message?: unknown } } } | null
  const message = e?.githubMessage ?? e?.response?.data?.message
  return typeof message === 'string' ? message : ''
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}
