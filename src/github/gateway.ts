/**
 * THE write gateway: every write of the product to GitHub (branch, commit, pull request, issue,
 * label, comment, review, status) goes through `write()`, and nothing else writes.
 *
 * - In a dry run it sends nothing: it records what it would have done in `previews` and returns.
 * - Live, it asks `checkFlag()` before every single write and refuses unless the answer is exactly
 *   `true`: a flag turned off while a run is under way stops the next write. An error while
 *   checking refuses too.
 * - It refuses reads (GET, HEAD): a read has no business here, and a route that is not a write
 *   is a programming error worth a loud failure.
 *
 * A client made with `gatewayOnlyWrites` (src/github/client.ts) refuses any write that does not
 * come through here, so a write that bypasses the gateway fails instead of slipping through.
 */
import type { Endpoints } from '@octokit/types'
import { forLog } from '../text/escape.js'
import { errorText, runAsGatewayWrite, type GitHubClient, type GitHubTarget } from './client.js'

export const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const
export type WriteMethod = (typeof WRITE_METHODS)[number]

/** The parameters of a known route (from Octokit's endpoint types), or any object for others. */
export type WriteParams<R extends string> = R extends keyof Endpoints
  ? Endpoints[R]['parameters']
  : Record<string, unknown>
export type WriteData<R extends string> = R extends keyof Endpoints
  ? Endpoints[R]['response']['data']
  : unknown

/** A write the gateway did not make because of the dry run. */
export interface WritePreview {
  description: string
  /** "POST /repos/{owner}/{repo}/issues", or "GIT push" for a write made by git. */
  route: string
  method: WriteMethod | 'GIT'
  params: Record<string, unknown>
}

export interface PerformedWrite {
  description: string
  route: string
  method: WriteMethod | 'GIT'
  /** The HTTP status; 0 for a write made by git. */
  status: number
}

/** Writes that are not REST calls: git pushing to (or deleting a branch on) the remote. */
export const GIT_WRITE_KINDS = ['push', 'delete-branch'] as const
export type GitWriteKind = (typeof GIT_WRITE_KINDS)[number]

export type PerformResult<T> =
  { dryRun: true; performed: false; preview: WritePreview } | { dryRun: false; performed: true; value: T }

export type WriteResult<R extends string> =
  | { dryRun: true; performed: false; preview: WritePreview; status: undefined; data: undefined }
  | { dryRun: false; performed: true; status: number; data: WriteData<R> }

export interface WriteGateway {
  readonly dryRun: boolean
  /** What a dry run would have written, in order. */
  readonly previews: readonly WritePreview[]
  /** What was written, in order (live only). */
  readonly performed: readonly PerformedWrite[]
  /**
   * Make one write: `description` says what it is for ("open the pull request for proposal 3"),
   * `route` is Octokit's "METHOD /path/{param}" and `params` its parameters and body.
   */
  write<R extends string>(description: string, route: R, params?: WriteParams<R>): Promise<WriteResult<R>>
  /**
   * Make one write that is not a REST call (a git push): the same rules apply. A dry run records
   * `detail` as the preview and never calls `fn`; live, the flag is checked first, then `fn` runs.
   */
  perform<T>(
    description: string,
    kind: GitWriteKind,
    detail: Record<string, unknown>,
    fn: () => Promise<T>
  ): Promise<PerformResult<T>>
}

export type WriteRefusal = 'flag-off' | 'flag-unknown' | 'not-a-write' | 'bad-params' | 'no-client'

/** A write the gateway refused to make. */
export class WriteRefusedError extends Error {
  override name = 'WriteRefusedError'
  constructor(
    message: string,
    readonly reason: WriteRefusal,
    readonly description: string,
    readonly route: string
  ) {
    super(message)
  }
}

export interface WriteGatewayOptions {
  /** The client that writes. May be omitted in a dry run, which never sends anything. */
  octokit?: GitHubTarget
  dryRun: boolean
  /** The kill switch: resolves to true only when the global and the repository flag are on. */
  checkFlag: () => Promise<boolean>
  log?: (line: string) => void
}

/** Request options that would redirect or rewire a request; never accepted from a caller. */
const RESERVED_PARAMS = ['method', 'url', 'baseUrl', 'request']

/** A write the gateway accepts: a write method, an object of parameters, none of them reserved. */
function validateWrite(
  what: string,
  description: string,
  route: string,
  params: unknown
): { method: WriteMethod; normalized: string; input: Record<string, unknown> } {
  const parsed = parseWriteRoute(route)
  if (!parsed) {
    throw new WriteRefusedError(
      `Refused "${what}": the write gateway only makes writes (${WRITE_METHODS.join(', ')}), not "${forLog(String(route), 200)}".`,
      'not-a-write',
      String(description),
      String(route)
    )
  }
  const input = (params ?? {}) as Record<string, unknown>
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new WriteRefusedError(
      `Refused "${what}": the parameters are not an object.`,
      'bad-params',
      description,
      route
    )
  }
  const reserved = RESERVED_PARAMS.filter(key => Object.prototype.hasOwnProperty.call(input, key))
  if (reserved.length) {
    throw new WriteRefusedError(
      `Refused "${what}": the parameters may not set ${reserved.join(', ')}.`,
      'bad-params',
      description,
      route
    )
  }
  return { ...parsed, input }
}

/** Live writes only: refuses unless the kill switch answers exactly true. */
async function authorize(
  checkFlag: () => Promise<boolean>,
  what: string,
  description: string,
  route: string
): Promise<void> {
  let flagOn: unknown
  try {
    flagOn = await checkFlag()
  } catch (error) {
    throw new WriteRefusedError(
      `Refused "${what}": the feature flag could not be checked (${forLog(errorText(error), 300)}), so nothing is written.`,
      'flag-unknown',
      description,
      route
    )
  }
  if (flagOn !== true) {
    throw new WriteRefusedError(
      `Refused "${what}": the self-evolution feature flag is off, so nothing more is written to GitHub.`,
      'flag-off',
      description,
      route
    )
  }
}

export function createWriteGateway(options: WriteGatewayOptions): WriteGateway {
  const dryRun = options.dryRun !== false
  const octokit = unwrap(options.octokit)
  const previews: WritePreview[] = []
  const performed: PerformedWrite[] = []
  const log = options.log ?? (() => undefined)

  async function write<R extends string>(
    description: string,
    route: R,
    params?: WriteParams<R>
  ): Promise<WriteResult<R>> {
    const what = forLog(String(description), 300)
    const { method, normalized, input } = validateWrite(what, description, route, params)

    if (dryRun) {
      const preview: WritePreview = { description, route: normalized, method, params: snapshot(input) }
      previews.push(preview)
      log(`Dry run: would ${what} (${normalized}).`)
      return { dryRun: true, performed: false, preview, status: undefined, data: undefined }
    }

    await authorize(options.checkFlag, what, description, route)
    if (!octokit) {
      throw new WriteRefusedError(
        `Refused "${what}": the gateway has no GitHub client to write with.`,
        'no-client',
        description,
        route
      )
    }

    log(`GitHub write: ${what} (${normalized}).`)
    const response = await runAsGatewayWrite(() =>
      (
        octokit.request as (
          route: string,
          params: Record<string, unknown>
        ) => Promise<{ status: number; data: unknown }>
      )(normalized, input)
    )
    performed.push({ description, route: normalized, method, status: response.status })
    return { dryRun: false, performed: true, status: response.status, data: response.data as WriteData<R> }
  }

  async function perform<T>(
    description: string,
    kind: GitWriteKind,
    detail: Record<string, unknown>,
    fn: () => Promise<T>
  ): Promise<PerformResult<T>> {
    const what = forLog(String(description), 300)
    const route = `GIT ${String(kind)}`
    if (!(GIT_WRITE_KINDS as readonly string[]).includes(kind) || typeof fn !== 'function') {
      throw new WriteRefusedError(
        `Refused "${what}": "${forLog(String(kind), 50)}" is not a git write the gateway knows (${GIT_WRITE_KINDS.join(', ')}).`,
        'not-a-write',
        description,
        route
      )
    }
    if (dryRun) {
      const preview: WritePreview = { description, route, method: 'GIT', params: snapshot(detail) }
      previews.push(preview)
      log(`Dry run: would ${what} (${route}).`)
      return { dryRun: true, performed: false, preview }
    }
    await authorize(options.checkFlag, what, description, route)
    log(`GitHub write: ${what} (${route}).`)
    const value = await fn()
    performed.push({ description, route, method: 'GIT', status: 0 })
    return { dryRun: false, performed: true, value }
  }

  return {
    dryRun,
    previews,
    performed,
    write,
    perform
  }
}

function parseWriteRoute(route: unknown): { method: WriteMethod; normalized: string } | undefined {
  if (typeof route !== 'string') return undefined
  const match = /^([A-Za-z]+) +(\/\S*)$/.exec(route.trim())
  if (!match) return undefined
  const method = match[1].toUpperCase()
  if (!(WRITE_METHODS as readonly string[]).includes(method)) return undefined
  return { method: method as WriteMethod, normalized: `${method} ${match[2]}` }
}

function unwrap(target: GitHubTarget | undefined): GitHubClient | undefined {
  if (!target) return undefined
  if ('request' in target) return target
  if (target.readOnly)
    throw new Error(
      'The write gateway cannot be built on a read-only GitHub client; expected one made for writing.'
    )
  return target.octokit
}

/** A copy of the parameters, so a preview shows what was asked even if the caller mutates them. */
function snapshot(params: Record<string, unknown>): Record<string, unknown> {
  try {
    return structuredClone(params)
  } catch {
    return { ...params }
  }
}
