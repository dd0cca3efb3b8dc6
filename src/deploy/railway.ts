/**
 * The `deployment-active` gate's second source: Railway's public GraphQL API.
 *
 * Railway's GitHub app creates GitHub deployments only for services connected to GitHub, and may
 * post only final statuses, so a Railway deploy can be invisible to the Deployments API.
 *
 * One query per service id (or one for the whole project):
 *   deployments(input: { projectId, serviceId?, environmentId? }, first: N) { edges { node { id status createdAt } } }
 * INITIALIZING, QUEUED, WAITING, BUILDING, DEPLOYING and REMOVING are active.
 *
 * It fails closed: an HTTP error, a GraphQL `errors` list, a body that is not JSON or not shaped as
 * asked all throw. Timeouts, connection errors, 5xx and 429 are retried first (bounded backoff on
 * the injected sleep and clock). The token is sent only in the request header and never appears in
 * an error or a log line.
 */
import { forLog } from '../text/escape.js'
import { seconds, withRetries, type RetryDecision, type RetryOptions } from '../github/retry.js'

export const DEFAULT_RAILWAY_API_URL = 'https://backboard.railway.app/graphql/v2'
export const RAILWAY_ACTIVE_STATUSES: readonly string[] = [
  'INITIALIZING',
  'QUEUED',
  'WAITING',
  'BUILDING',
  'DEPLOYING',
  'REMOVING'
]
export const DEFAULT_RAILWAY_TIMEOUT_MS = 20_000

export const RAILWAY_DEPLOYMENTS_QUERY = `query SelfEvolutionDeployments($input: DeploymentListInput!, $first: Int) {
  deployments(input: $input, first: $first) {
    edges {
      node {
        id
        status
        createdAt
      }
    }
  }
}`

export interface RailwayDeployment {
  id: string
  status: string
  createdAt: string
  /** The service id the query was for, when service ids were given. */
  serviceId?: string
}

export interface RailwayCheck {
  active: boolean
  detail: string
  /** The active deployments, when there are any. */
  deployments?: RailwayDeployment[]
  /** How many deployments were looked at. */
  checked: number
}

export interface FindActiveRailwayDeploymentParams {
  /** The GraphQL endpoint; DEFAULT_RAILWAY_API_URL when empty. */
  url?: string
  token: string
  projectId: string
  environmentId?: string
  /** One query per service; the whole project when absent or empty. */
  serviceIds?: string[]
  fetch?: typeof fetch
  /** The time the check is made (for the age in the detail). */
  now?: Date
  /** Deployments asked for per query (Railway lists newest first). Default 20. */
  first?: number
  /**
   * How the token is sent: "bearer" (Authorization: Bearer, account and team tokens; the default)
   * or "project" (Project-Access-Token, project tokens).
   */
  tokenType?: 'bearer' | 'project'
  /** Abort a request after this many ms. Default 20 000. */
  timeoutMs?: number
  /** Retry budget, sleep and clock for transient failures. */
  retry?: RetryOptions
  log?: (line: string) => void
}

/** A Railway API failure, in one sentence without the token. */
export class RailwayApiError extends Error {
  override name = 'RailwayApiError'
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly transient: boolean
  ) {
    super(message)
  }
}

export async function findActiveRailwayDeployment(
  params: FindActiveRailwayDeploymentParams
): Promise<RailwayCheck> {
  const token = typeof params.token === 'string' ? params.token.trim() : ''
  if (!token) throw new Error('The Railway check needs a token (the railway-token input).')
  if (!params.projectId?.trim())
    throw new Error('The Railway check needs a project id (the railway-project-id input).')
  const url = params.url?.trim() || DEFAULT_RAILWAY_API_URL
  let endpoint: URL
  try {
    endpoint = new URL(url)
  } catch {
    throw new Error(`The railway-api-url "${forLog(url, 200)}" is not a URL.`)
  }
  if (endpoint.protocol !== 'https:' && endpoint.protocol !== 'http:') {
    throw new Error(`The railway-api-url "${forLog(url, 200)}" is not an http(s) URL.`)
  }
  const serviceIds = [...new Set((params.serviceIds ?? []).map(s => s.trim()).filter(Boolean))]
  const targets: Array<string | undefined> = serviceIds.length ? serviceIds : [undefined]
  const scrub = (text: string) => text.split(token).join('***')

  const all: RailwayDeployment[] = []
  for (const serviceId of targets) {
    const input: Record<string, string> = { projectId: params.projectId.trim() }
    if (serviceId) input.serviceId = serviceId
    if (params.environmentId?.trim()) input.environmentId = params.environmentId.trim()
    const nodes = await queryDeployments(endpoint.toString(), token, input, params, scrub)
    for (const node of nodes) all.push(serviceId ? { ...node, serviceId } : node)
  }

  const active = all.filter(d => RAILWAY_ACTIVE_STATUSES.includes(d.status))
  const scope = serviceIds.length
    ? `${serviceIds.length} service${serviceIds.length === 1 ? '' : 's'}`
    : 'the project'
  if (!active.length) {
    return {
      active: false,
      detail: `no active Railway deployment among ${all.length} recent ones of ${scope}`,
      checked: all.length
    }
  }
  const first = active[0]
  const age = params.now ? ageOf(first.createdAt, params.now) : ''
  const more = active.length > 1 ? ` and ${active.length - 1} more` : ''
  const service = first.serviceId ? ` of service ${forLog(first.serviceId, 80)}` : ''
  return {
    active: true,
    detail: `Railway deployment ${forLog(first.id, 80)}${service} is ${forLog(first.status, 40)}, created ${forLog(first.createdAt, 40)}${age}${more}`,
    deployments: active,
    checked: all.length
  }
}

async function queryDeployments(
  url: string,
  token: string,
  input: Record<string, string>,
  params: FindActiveRailwayDeploymentParams,
  scrub: (text: string) => string
): Promise<RailwayDeployment[]> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    'user-agent': 'self-evolution'
  }
  if (params.tokenType === 'project') headers['project-access-token'] = token
  else headers.authorization = `Bearer ${token}`
  const body = JSON.stringify({
    query: RAILWAY_DEPLOYMENTS_QUERY,
    variables: { input, first: params.first ?? 20 }
  })
  const text = await withRetries(
    () => postOnce(url, { method: 'POST', headers, body }, params, scrub),
    (error): RetryDecision =>
      error instanceof RailwayApiError && error.transient
        ? { retry: true, reason: error.status ? `HTTP ${error.status}` : 'no answer' }
        : { retry: false },
    (error, giveUp) => {
      if (!(error instanceof RailwayApiError) || giveUp.attempts <= 1) return error
      const message = `${error.message.replace(/\.$/, '')} (gave up after ${giveUp.attempts} attempts over ${seconds(giveUp.elapsedMs)}${giveUp.note ? `; ${giveUp.note}` : ''}).`
      return new RailwayApiError(message, error.status, error.transient)
    },
    params.retry ?? {},
    info =>
      params.log?.(
        `Railway API: ${info.reason}; retrying in ${seconds(info.delayMs)} (attempt ${info.attempt + 1}).`
      )
  )
  return deploymentsOf(text, scrub)
}

/** One request: the body's text, or a RailwayApiError that says whether another try may help. */
async function postOnce(
  url: string,
  init: RequestInit,
  params: FindActiveRailwayDeploymentParams,
  scrub: (text: string) => string
): Promise<string> {
  const fetchImpl = params.fetch ?? globalThis.fetch
  const timeoutMs = params.timeoutMs ?? DEFAULT_RAILWAY_TIMEOUT_MS
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  timer.unref?.()
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal })
    const responseText = await response.text()
    if (!response.ok) {
      throw new RailwayApiError(
        scrub(`Railway API request failed with HTTP ${response.status}: ${describeBody(responseText)}.`),
        response.status,
        response.status >= 500 || response.status === 429 || response.status === 408
      )
    }
    return responseText
  } catch (error) {
    if (error instanceof RailwayApiError) throw error
    if (controller.signal.aborted) {
      throw new RailwayApiError(`Railway API request timed out after ${seconds(timeoutMs)}.`, undefined, true)
    }
    throw new RailwayApiError(
      scrub(`Railway API request failed: connection error (${forLog(causeOf(error), 200)}).`),
      undefined,
      true
    )
  } finally {
    clearTimeout(timer)
  }
}

/** The deployments of a GraphQL answer, or a RailwayApiError naming what is wrong with it. */
function deploymentsOf(text: string, scrub: (text: string) => string): RailwayDeployment[] {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new RailwayApiError(
      `Railway API answered with a body that is not JSON: ${describeBody(text)}.`,
      200,
      false
    )
  }
  const errors = (json as { errors?: unknown } | null)?.errors
  if (Array.isArray(errors) && errors.length) {
    const messages = errors
      .slice(0, 3)
      .map(e =>
        typeof (e as { message?: unknown })?.message === 'string'
          ? (e as { message: string }).message
          : JSON.stringify(e)
      )
      .join('; ')
    throw new RailwayApiError(
      scrub(`Railway API answered with errors: ${forLog(messages, 300)}.`),
      200,
      false
    )
  }
  const edges = (json as { data?: { deployments?: { edges?: unknown } } } | null)?.data?.deployments?.edges
  if (!Array.isArray(edges)) {
    throw new RailwayApiError('Railway API answered without data.deployments.edges.', 200, false)
  }
  return edges.map((edge, i) => {
    const node = (edge as { node?: Record<string, unknown> } | null)?.node
    if (
      !node ||
      typeof node.id !== 'string' ||
      typeof node.status !== 'string' ||
      typeof node.createdAt !== 'string'
    ) {
      throw new RailwayApiError(`Railway API answered with a malformed deployment (edge ${i}).`, 200, false)
    }
    return { id: node.id, status: node.status, createdAt: node.createdAt }
  })
}

/** A short, log-safe description of a response body: GraphQL's error messages, else its start. */
function describeBody(text: string): string {
  try {
    const json = JSON.parse(text) as { errors?: Array<{ message?: unknown }>; message?: unknown }
    if (Array.isArray(json.errors) && json.errors.length) {
      return forLog(json.errors.map(e => String(e?.message ?? '')).join('; '), 300)
    }
    if (typeof json.message === 'string') return forLog(json.message, 300)
  } catch {
    // not JSON: fall through
  }
  const trimmed = text.trim()
  return trimmed ? forLog(trimmed, 200) : 'empty body'
}

function causeOf(error: unknown): string {
  // Duck-typed: fetch's errors may come from another realm, where instanceof Error is false.
  let current: unknown = error
  let message = ''
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { code, message: text, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string' && code) return code
    if (typeof text === 'string' && text) message = text
    current = cause
  }
  return message || String(error)
}

function ageOf(createdAt: string, now: Date): string {
  const created = Date.parse(createdAt)
  if (Number.isNaN(created)) return ''
  const minutes = Math.max(0, Math.round((now.getTime() - created) / 60_000))
  return minutes < 120 ? ` (${minutes} min ago)` : ` (${Math.round(minutes / 60)} h ago)`
}
