/**
 * What a failed GitHub call becomes: the classification of one attempt (worth retrying or not,
 * and after how long) and the one-sentence GitHubApiError thrown at the end, without the token.
 */
import { forLog } from '../text/escape.js'
import { parseRetryAfter, seconds, type GiveUp, type RetryDecision } from './retry.js'

/** A GitHub API call that failed: a status (or a timeout or connection error) and one sentence. */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError'
  /** The HTTP status, or undefined for a timeout or a connection error. */
  readonly status: number | undefined
  readonly kind: 'http' | 'timeout' | 'network'
  readonly method: string
  /** The path requested, without the query string. */
  readonly path: string
  /** GitHub's own message (escaped for a log line). */
  readonly githubMessage: string
  /** GitHub's `errors` list of a 422, as sent. */
  readonly githubErrors: readonly unknown[]
  /** The response headers of the last attempt, when there was a response. */
  readonly headers: Readonly<Record<string, string>>
  readonly attempts: number
  /** True when the error is of a kind worth retrying (the retries then ran out). */
  readonly transient: boolean

  constructor(init: {
    message: string
    status: number | undefined
    kind: 'http' | 'timeout' | 'network'
    method: string
    path: string
    githubMessage: string
    githubErrors?: readonly unknown[]
    headers?: Record<string, string>
    attempts: number
    transient: boolean
  }) {
    super(init.message)
    this.status = init.status
    this.kind = init.kind
    this.method = init.method
    this.path = init.path
    this.githubMessage = init.githubMessage
    this.githubErrors = init.githubErrors ?? []
    this.headers = init.headers ?? {}
    this.attempts = init.attempts
    this.transient = init.transient
  }
}

/** Retried on 5xx, timeouts and resets: repeating them cannot do something twice. */
export const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH'])

/**
 * One sentence for any error of a GitHub call, safe to log: an error of this client's own kind,
 * an Octokit RequestError, or anything else. `token`, when given, is blanked out wherever it appears.
 */
export function describeGitHubError(error: unknown, token?: string): string {
  let text: string
  if (error instanceof GitHubApiError) text = error.message
  else if (isRequestLike(error)) {
    const message = githubMessageOf(error.response?.data) || error.message
    text = `GitHub API request failed with HTTP ${error.status}: ${forLog(message, 300)}.`
  } else text = forLog(errorText(error), 600)
  return scrub(text, token)
}

// ---------------------------------------------------------------------------------------------
// Classifying one attempt

interface AttemptFailure {
  kind: 'http' | 'timeout' | 'network' | 'other'
  status?: number
  headers: Record<string, string>
  data?: unknown
  message: string
  original: unknown
}

const ATTEMPT = Symbol('attempt-failure')

export function toAttemptFailure(
  error: unknown,
  how: { timedOut: boolean; callerAborted: boolean }
): AttemptFailure & { [ATTEMPT]: true } {
  const base = { [ATTEMPT]: true as const, original: error, headers: {} }
  // The caller gave up: theirs to handle, never ours to retry.
  if (how.callerAborted) return { ...base, kind: 'other', message: '' }
  if (how.timedOut) return { ...base, kind: 'timeout', message: 'timed out' }
  if (isRequestLike(error)) {
    if (error.response) {
      return {
        ...base,
        kind: 'http',
        status: error.status,
        headers: normalizeHeaders(error.response.headers),
        data: error.response.data,
        message: error.message
      }
    }
    // @octokit/request reports a failed fetch (reset, refused, DNS) as a 500 without a response;
    // an abort by the caller is an AbortError, which is not ours to retry.
    if ((error as { name?: string }).name === 'AbortError') return { ...base, kind: 'other', message: '' }
    return { ...base, kind: 'network', message: causeMessage(error) }
  }
  return { ...base, kind: 'other', message: '' }
}

function isAttemptFailure(value: unknown): value is AttemptFailure {
  return typeof value === 'object' && value !== null && ATTEMPT in value
}

export function decideRetry(failure: unknown, method: string, nowMs: number): RetryDecision {
  if (!isAttemptFailure(failure)) return { retry: false }
  const idempotent = IDEMPOTENT_METHODS.has(method)
  switch (failure.kind) {
    case 'timeout':
      return idempotent ? { retry: true, reason: 'timed out' } : { retry: false }
    case 'network':
      return idempotent ? { retry: true, reason: `connection error (${failure.message})` } : { retry: false }
    case 'other':
      return { retry: false }
    case 'http': {
      const status = failure.status ?? 0
      const rateLimit = rateLimitWait(status, failure.headers, failure.data, nowMs)
      if (rateLimit) return { retry: true, reason: rateLimit.reason, afterMs: rateLimit.afterMs }
      if (idempotent && (status >= 500 || status === 408)) {
        const afterMs = parseRetryAfter(failure.headers['retry-after'], nowMs)
        return { retry: true, reason: `HTTP ${status}`, afterMs }
      }
      return { retry: false }
    }
  }
}

/**
 * A rate-limit refusal: 429, or 403 with retry-after, x-ratelimit-remaining: 0 or GitHub's
 * "secondary rate limit" message. GitHub did not act on such a request, so any method may retry.
 */
function rateLimitWait(
  status: number,
  headers: Record<string, string>,
  data: unknown,
  nowMs: number
): { reason: string; afterMs?: number } | undefined {
  if (status !== 403 && status !== 429) return undefined
  const retryAfter = parseRetryAfter(headers['retry-after'], nowMs)
  if (retryAfter !== undefined)
    return { reason: `rate limited (HTTP ${status}, retry-after)`, afterMs: retryAfter }
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset'])
    const afterMs = Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - nowMs) : undefined
    return { reason: `rate limit exhausted (HTTP ${status})`, afterMs }
  }
  const message = githubMessageOf(data).toLowerCase()
  if (status === 429 || message.includes('secondary rate limit') || message.includes('abuse detection')) {
    return { reason: `secondary rate limit (HTTP ${status})` }
  }
  return undefined
}

export function toFinalError(
  failure: unknown,
  giveUp: GiveUp,
  where: { method: string; path: string; token: string; timeoutMs: number }
): unknown {
  if (!isAttemptFailure(failure) || failure.kind === 'other') {
    return isAttemptFailure(failure) ? failure.original : failure
  }
  const route = `${where.method} ${forLog(where.path, 300)}`
  let head: string
  let githubMessage = ''
  let githubErrors: unknown[] = []
  if (failure.kind === 'timeout') head = `GitHub API ${route} timed out after ${seconds(where.timeoutMs)}`
  else if (failure.kind === 'network')
    head = `GitHub API ${route} failed: connection error (${failure.message})`
  else {
    githubMessage = forLog(githubMessageOf(failure.data) || failure.message || 'no message', 300)
    githubErrors = githubErrorsOf(failure.data)
    const details = describeGithubErrors(githubErrors)
    head = `GitHub API ${route} failed with HTTP ${failure.status}: ${trimStop(githubMessage)}${details}`
  }
  const tail =
    giveUp.attempts > 1 || giveUp.note
      ? ` (gave up after ${giveUp.attempts} attempt${giveUp.attempts === 1 ? '' : 's'} over ${seconds(giveUp.elapsedMs)}${giveUp.note ? `; ${giveUp.note}` : ''})`
      : ''
  return new GitHubApiError({
    message: scrub(`${head}${tail}.`, where.token),
    status: failure.kind === 'http' ? failure.status : undefined,
    kind: failure.kind,
    method: where.method,
    path: scrub(where.path, where.token),
    githubMessage: scrub(githubMessage, where.token),
    githubErrors,
    headers: failure.headers,
    attempts: giveUp.attempts,
    transient: giveUp.exhausted
  })
}

// ---------------------------------------------------------------------------------------------
// Small helpers

interface RequestLike {
  status: number
  message: string
  response?: { headers?: Record<string, unknown>; data?: unknown }
}

function isRequestLike(error: unknown): error is RequestLike {
  return (
    error instanceof Error &&
    typeof (error as { status?: unknown }).status === 'number' &&
    error.name !== 'GitHubApiError'
  )
}

function normalizeHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (value !== undefined && value !== null) out[key.toLowerCase()] = String(value)
  }
  return out
}

function githubMessageOf(data: unknown): string {
  if (typeof data === 'string') return data.trim().slice(0, 300)
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const message = (data as { message?: unknown }).message
    return typeof message === 'string' ? message : ''
  }
  return ''
}

function githubErrorsOf(data: unknown): unknown[] {
  if (typeof data === 'object' && data !== null && Array.isArray((data as { errors?: unknown }).errors)) {
    return (data as { errors: unknown[] }).errors
  }
  return []
}

function describeGithubErrors(errors: unknown[]): string {
  const parts = errors.slice(0, 3).map(e => {
    if (typeof e === 'string') return e
    if (typeof e !== 'object' || e === null) return String(e)
    const { message, resource, field, code } = e as Record<string, unknown>
    if (typeof message === 'string' && message) return message
    return [resource, field, code].filter(x => typeof x === 'string' && x).join(' ')
  })
  const text = parts.filter(Boolean).join('; ')
  return text ? ` (${forLog(text, 300)})` : ''
}

function causeMessage(error: unknown): string {
  // Duck-typed: fetch's errors may come from another realm, where instanceof Error is false.
  let current: unknown = error
  let message = ''
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { code, message: text, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string' && code) return forLog(code, 80)
    if (typeof text === 'string' && text && text !== 'Unknown Error') message = text
    current = cause
  }
  return forLog(message || 'unknown error', 200)
}

/** The message of anything thrown (duck-typed: errors may come from another realm). */
export function errorText(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : String(error)
}

function trimStop(text: string): string {
  return text.replace(/[.\s]+$/, '')
}

/** Blank out the token, and anything shaped like a GitHub token, from text. */
export function scrub(text: string, token?: string): string {
  let out = text
  if (token && token.length >= 4) out = out.split(token).join('***')
  return out.replace(/\b(gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{20,})/g, '***')
}
