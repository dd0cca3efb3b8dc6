/**
 * The GitHub REST client every module of the product uses: Octokit from @actions/github, with
 * - the API URL from `baseUrl`, else GITHUB_API_URL (read when the client is made), else api.github.com;
 * - a per-request timeout;
 * - retries of transient failures (5xx, secondary rate limits, resets, timeouts) with bounded
 *   exponential backoff, about one minute in all, honouring retry-after, on an injected clock and
 *   sleep;
 * - errors turned into one sentence naming the method, the path, the HTTP status and GitHub's
 *   message, never the token.
 *
 * A POST is retried only when GitHub refused it for a rate limit: a 5xx or a broken connection
 * may come after GitHub acted, and creating a pull request, issue or comment twice is worse than
 * failing once.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { getOctokit } from '@actions/github'
import { forLog } from '../text/escape.js'
import { decideRetry, scrub, toAttemptFailure, toFinalError } from './errors.js'
import { RETRY_DEFAULTS, seconds, toMillis, withRetries, type Clock, type Sleep } from './retry.js'

export { GitHubApiError, describeGitHubError, errorText } from './errors.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/** One repository and the client that reads it. */
export interface GitHubContext {
  owner: string
  repo: string
  octokit: GitHubClient
  /** A context for reading only: the write gateway refuses to be built on it. */
  readOnly?: boolean
}

/** What the GitHub modules accept: a client (owner and repo then come with the call) or a context. */
export type GitHubTarget = GitHubClient | GitHubContext

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com'
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000

export interface GitHubClientOptions {
  token: string
  /** The REST API root; overrides GITHUB_API_URL (tests point it at a local fake). */
  baseUrl?: string
  /** Abort a request that has not completed after this many ms. Default 20 000. */
  requestTimeoutMs?: number
  /** Total time retrying may take, in ms. Default 60 000. */
  retryBudgetMs?: number
  /** Most attempts per request, the first included. Default 10. */
  maxAttempts?: number
  /** First backoff delay in ms, doubled on each retry. Default 1 000. */
  baseDelayMs?: number
  sleep?: Sleep
  now?: Clock
  /** Receives one line per retry and Octokit's own warnings (deprecations). */
  log?: (line: string) => void
  /** A fetch implementation; by default the proxy-aware one of @actions/github. */
  fetch?: typeof fetch
  /**
   * Refuse every request that is not a GET or HEAD unless it comes through the write gateway
   * (src/github/gateway.ts). Give this to clients that should only read.
   */
  gatewayOnlyWrites?: boolean
  userAgent?: string
}

const READ_METHODS = new Set(['GET', 'HEAD'])
/** The API URL @actions/github, imported with this module, configured its proxy support for. */
const API_URL_AT_IMPORT = resolveApiUrl()

const gatewayScope = new AsyncLocalStorage<true>()

/**
 * Run `fn` as the write gateway. Only src/github/gateway.ts calls this; a client made with
 * `gatewayOnlyWrites` refuses writes made outside it.
 */
export function runAsGatewayWrite<T>(fn: () => Promise<T>): Promise<T> {
  return gatewayScope.run(true, fn)
}

/** Split "owner/repo" (GITHUB_REPOSITORY) into its parts, or throw naming the value. */
export function parseRepository(fullName: string): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(
    String(fullName).trim()
  )
  if (!match || match[2] === '.' || match[2] === '..') {
    throw new Error(
      `The repository "${forLog(String(fullName), 200)}" is not of the form owner/name (for example octo-org/octo-repo).`
    )
  }
  return { owner: match[1], repo: match[2] }
}

/** Resolve a client or a context and the owner and repo of a call into one target. */
export function resolveTarget(
  gh: GitHubTarget,
  params: { owner?: string; repo?: string }
): { octokit: GitHubClient; owner: string; repo: string } {
  const context = isContext(gh) ? gh : undefined
  const octokit = context ? context.octokit : (gh as GitHubClient)
  const owner = params.owner ?? context?.owner
  const repo = params.repo ?? context?.repo
  if (!owner || !repo) throw new Error('A GitHub call needs an owner and a repository; neither was given.')
  return { octokit, owner, repo }
}

function isContext(gh: GitHubTarget): gh is GitHubContext {
  return typeof gh === 'object' && gh !== null && 'octokit' in gh && !('request' in gh)
}

/** The API root the client will use: the parameter, else GITHUB_API_URL, else api.github.com. */
export function resolveApiUrl(baseUrl?: string): string {
  const url = baseUrl || process.env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL
  return url.replace(/\/+$/, '')
}

/** Create the client for a token. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient
export function createGitHubClient(token: string, options?: Omit<GitHubClientOptions, 'token'>): GitHubClient
export function createGitHubClient(
  tokenOrOptions: string | GitHubClientOptions,
  more: Omit<GitHubClientOptions, 'token'> = {}
): GitHubClient {
  const options: GitHubClientOptions =
    typeof tokenOrOptions === 'string' ? { ...more, token: tokenOrOptions } : tokenOrOptions
  const token = options.token
  if (typeof token !== 'string' || token.trim() === '') {
    throw new Error('A GitHub token is required (the github-token input, or GITHUB_TOKEN).')
  }
  const baseUrl = resolveApiUrl(options.baseUrl)
  const log = options.log
  const octokitLog = {
    debug: () => undefined,
    info: () => undefined,
    warn: (message: string) => log?.(scrub(forLog(message), token)),
    error: (message: string) => log?.(scrub(forLog(message), token))
  }
  // @actions/github fixes its proxy-aware fetch for the API URL it saw when it was imported. Keep
  // it for that URL; any other (a local fake) gets the plain fetch, so a proxy cannot intercept it.
  const fetchImpl = options.fetch ?? (baseUrl === API_URL_AT_IMPORT ? undefined : globalThis.fetch)
  const octokit = getOctokit(token, {
    baseUrl,
    log: octokitLog,
    userAgent: options.userAgent ?? 'self-evolution',
    ...(fetchImpl ? { request: { fetch: fetchImpl } } : {})
  })

  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
  const now = options.now ?? Date.now
  const retry = {
    budgetMs: options.retryBudgetMs ?? RETRY_DEFAULTS.budgetMs,
    maxAttempts: options.maxAttempts ?? RETRY_DEFAULTS.maxAttempts,
    baseDelayMs: options.baseDelayMs ?? RETRY_DEFAULTS.baseDelayMs,
    sleep: options.sleep,
    now
  }

  octokit.hook.wrap('request', async (request, endpointOptions) => {
    const method = String(endpointOptions.method ?? 'GET').toUpperCase()
    const path = pathOf(octokit, endpointOptions)
    if (options.gatewayOnlyWrites && !READ_METHODS.has(method) && !gatewayScope.getStore()) {
      throw new Error(
        `Refused ${method} ${path}: this GitHub client only reads; every write goes through the write gateway.`
      )
    }
    const callerSignal = endpointOptions.request?.signal as AbortSignal | undefined
    const requestOptions = endpointOptions.request
    return withRetries(
      async () => {
        const controller = new AbortController()
        const timer = setTimeout(() => controller.abort(new Error('request timeout')), timeoutMs)
        timer.unref?.()
        const signal = callerSignal ? AbortSignal.any([callerSignal, controller.signal]) : controller.signal
        // The hook chain hands the same options object down (before-after-hook binds it), so the
        // signal is set on it rather than on a copy. `request` may be the client's shared
        // defaults, so it is replaced, never mutated.
        endpointOptions.request = { ...requestOptions, signal }
        try {
          return await request(endpointOptions)
        } catch (error) {
          throw toAttemptFailure(error, {
            timedOut: controller.signal.aborted && !callerSignal?.aborted,
            callerAborted: Boolean(callerSignal?.aborted)
          })
        } finally {
          clearTimeout(timer)
        }
      },
      failure => decideRetry(failure, method, toMillis(now)),
      (failure, giveUp) => toFinalError(failure, giveUp, { method, path, token, timeoutMs }),
      retry,
      info =>
        log?.(
          `GitHub API ${method} ${forLog(path)}: ${info.reason}; retrying in ${seconds(info.delayMs)} (attempt ${info.attempt + 1}).`
        )
    )
  })
  return octokit
}

/** Create a client and bind it to one repository ("owner/repo", or owner and repo). */
export function createGitHubContext(
  options: GitHubClientOptions & ({ repository: string } | { owner: string; repo: string })
): GitHubContext {
  const { owner, repo } = 'repository' in options ? parseRepository(options.repository) : options
  return { owner, repo, octokit: createGitHubClient(options) }
}

/**
 * Every item of one of this repository's paginated list endpoints, 100 per page. With
 * `maxPages`, a longer list is an error, never a silently truncated answer.
 */
export async function listAll<T>(
  gh: GitHubContext,
  route: string,
  params: Record<string, unknown> = {},
  maxPages = Infinity
): Promise<T[]> {
  const items: T[] = []
  let pages = 0
  for await (const page of gh.octokit.paginate.iterator(route, {
    owner: gh.owner,
    repo: gh.repo,
    per_page: 100,
    ...params
  })) {
    if (++pages > maxPages) {
      throw new Error(
        `${route} returned more than ${maxPages * 100} items; refusing to act on a partial list.`
      )
    }
    items.push(...(page.data as T[]))
  }
  return items
}

function pathOf(octokit: GitHubClient, options: { url?: string; [key: string]: unknown }): string {
  try {
    const toEndpoint = octokit.request.endpoint as unknown as (o: object) => { url: string }
    const url = new URL(toEndpoint(options).url)
    return url.pathname
  } catch {
    return String(options.url ?? '').split('?')[0]
  }
}
