/**
 * The model's key stays in the action's process. Like openai/codex-action (a Responses API proxy) and
 * GitHub's agentic workflows (an API-proxy sidecar), the engine talks to a loopback HTTP server of the
 * action's own that forwards each request to the model's API with the real key in place of whatever
 * key the engine sent. The engine gets a placeholder key and the proxy's address in its base-URL
 * variable; since it runs as another user (isolate.ts), it cannot read the key from the action's
 * /proc/PID/environ either.
 *
 * Applies where the engine documents a base-URL override:
 * - Claude Code: ANTHROPIC_BASE_URL "overrides the API endpoint to route requests through a proxy or
 *   gateway", and ANTHROPIC_API_KEY is "sent as the X-Api-Key header"
 *   (https://code.claude.com/docs/en/env-vars). It calls /v1/messages and /v1/messages/count_tokens
 *   under that URL (https://code.claude.com/docs/en/llm-gateway-protocol). `--bare` authenticates with
 *   ANTHROPIC_API_KEY only, so the engine gets a placeholder there rather than nothing.
 * - Codex: not applied. `codex exec` documents CODEX_API_KEY for its built-in OpenAI provider, and a
 *   base URL only for custom providers, which read their key from their own `env_key`; the key stays
 *   visible to it (docs/agent.md).
 *
 * What the proxy does: it forwards the method, the path and query, the headers (hop-by-hop headers,
 * Host and every key header removed) and the body as a stream, and streams the answer back (the
 * engines read server-sent events). It refuses a request whose path is not under /v1/ and one that
 * does not carry the placeholder, so another process on the machine that does not know it gets
 * nothing. It never logs, and never puts the key in an answer. It caps nothing else: no time, size or
 * rate limit (the engine's own flags and the action's timeout do that).
 *
 * How mode propose uses it (src/modes/propose/stage.ts): runAgent wraps the rounds, inside the
 * isolation, and rounds passes `keyProxy` on to createEngineRunner (a `keyProxy` field in its Tools):
 *
 *   const { withKeyProxy } = await import('../../agent/key-proxy.js')
 *   return await withKeyProxy(
 *     { engine: a.p.engine, parentEnv: deps.host.env, allow: a.p.agentEnv },
 *     keyProxy => rounds(deps, a, { isolation, priv, collectChange, restoreCheckout, keyProxy })
 *   )
 */
import { randomBytes } from 'node:crypto'
import * as http from 'node:http'
import * as https from 'node:https'
import type { AddressInfo } from 'node:net'
import { checkAllowList } from './env.js'
import type { EngineName } from './types.js'

export const ANTHROPIC_API = 'https://api.anthropic.com'
export const PLACEHOLDER_PREFIX = 'held-by-the-action-proxy'

/** Where the engine finds the proxy: the engine runner puts `url` in `baseUrlEnv` and `placeholder` in `env`. */
export type EngineKeyProxy = { env: string; baseUrlEnv: string; url: string; placeholder: string }

export type KeyProxyOptions = {
  /** The model's API; https://api.anthropic.com by default. A path in it is kept before the request's path. */
  upstream?: string
  /** The header that carries the key upstream: `x-api-key` as is, `authorization` as a Bearer token. */
  headerName?: 'x-api-key' | 'authorization'
  key: string
  /** The key the client must send (as x-api-key or a Bearer token); it is never forwarded. */
  placeholder: string
  /** Paths the proxy forwards; /v1/ by default. */
  pathPrefix?: string
}

export type KeyProxy = { url: string; close(): Promise<void> }

/** RFC 9110, 7.6.1, and the proxy headers of RFC 2616: never forwarded, in either direction. */
const HOP_BY_HOP = new Set([
  'connection',
  'proxy-connection',
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'proxy-authenticate',
  'proxy-authorization'
])
/** Request headers the proxy sets itself or drops: the host, and every key the client may send. */
const REPLACED = new Set(['host', 'x-api-key', 'authorization'])

function checkUpstream(upstream: string): URL {
  let url: URL | undefined
  try {
    url = new URL(upstream)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password)
    throw new Error(
      `The model's API address ${JSON.stringify(upstream)} is not usable by the key proxy; expected an http or https URL without credentials, such as ${ANTHROPIC_API}.`
    )
  return url
}

/** Whether the request's target is a plain path under the prefix: no other host, no dot segments. Pure. */
export function forwardable(target: string | undefined, prefix = '/v1/'): boolean {
  if (!target || !target.startsWith(prefix)) return false
  const path = target.split('?')[0]
  if (/[\\#]|\/\/|%2f|%5c|%2e/i.test(path)) return false
  return !path.split('/').some(segment => segment === '.' || segment === '..')
}

/** The headers without hop-by-hop ones and the names the Connection header lists. Pure. */
export function endToEnd(
  headers: http.IncomingHttpHeaders,
  drop: ReadonlySet<string> = new Set()
): http.OutgoingHttpHeaders {
  const listed = String(headers.connection ?? '')
    .split(',')
    .map(s => s.trim().toLowerCase())
    .filter(Boolean)
  const out: http.OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase()
    if (value === undefined || HOP_BY_HOP.has(lower) || drop.has(lower) || listed.includes(lower)) continue
    out[lower] = value
  }
  return out
}

/** The key the client sent, as x-api-key or a Bearer token. */
function clientKey(headers: http.IncomingHttpHeaders): string | undefined {
  const apiKey = headers['x-api-key']
  if (typeof apiKey === 'string') return apiKey
  const auth = headers.authorization
  return auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  const body = JSON.stringify({ type: 'error', error: { type: 'key_proxy_error', message } })
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
  res.end(body)
}

type Forward = {
  base: URL
  agent: http.Agent
  key: string
  headerName: 'x-api-key' | 'authorization'
  placeholder: string
  prefix: string
}

function handle(f: Forward, req: http.IncomingMessage, res: http.ServerResponse): void {
  if (!forwardable(req.url, f.prefix))
    return refuse(res, 404, `The key proxy forwards only paths under ${f.prefix}.`)
  if (clientKey(req.headers) !== f.placeholder)
    return refuse(res, 401, 'The key proxy forwards only requests that carry the key it gave the engine.')
  const headers = endToEnd(req.headers, REPLACED)
  headers[f.headerName] = f.headerName === 'authorization' ? `Bearer ${f.key}` : f.key
  const basePath = f.base.pathname.replace(/\/+$/, '')
  const client = f.base.protocol === 'https:' ? https : http
  const upstream = client.request(
    {
      protocol: f.base.protocol,
      hostname: f.base.hostname,
      port: f.base.port || undefined,
      method: req.method,
      path: `${basePath}${req.url}`,
      headers,
      agent: f.agent
    },
    answer => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers))
      res.flushHeaders()
      answer.on('error', () => res.destroy())
      answer.pipe(res)
    }
  )
  upstream.on('error', () => {
    if (res.headersSent) res.destroy()
    else refuse(res, 502, "The key proxy could not reach the model's API.")
  })
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy()
  })
  res.on('error', () => upstream.destroy())
  req.on('error', () => upstream.destroy())
  req.pipe(upstream)
}

/** Starts the proxy on 127.0.0.1 at a free port. */
export async function startKeyProxy(opts: KeyProxyOptions): Promise<KeyProxy> {
  const base = checkUpstream(opts.upstream ?? ANTHROPIC_API)
  if (!opts.key) throw new Error("The key proxy was given an empty key; expected the model's key.")
  if (!opts.placeholder || opts.placeholder === opts.key)
    throw new Error("The key proxy's placeholder is empty or equal to the key; expected another value.")
  const agent = new (base.protocol === 'https:' ? https.Agent : http.Agent)({ keepAlive: true })
  const forward: Forward = {
    base,
    agent,
    key: opts.key,
    headerName: opts.headerName ?? 'x-api-key',
    placeholder: opts.placeholder,
    prefix: opts.pathPrefix ?? '/v1/'
  }
  const server = http.createServer((req, res) => handle(forward, req, res))
  server.on('clientError', (_e, socket) => socket.destroy())
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  let closed: Promise<void> | undefined
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      (closed ??= new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
        agent.destroy()
      }))
  }
}

/** What to proxy for an engine, or undefined where the engine has no documented base URL or no key is allowed. Pure. */
export function keyProxyPlan(
  engine: EngineName,
  parentEnv: Readonly<Record<string, string | undefined>>,
  allow: readonly string[]
): { env: string; baseUrlEnv: string; key: string; upstream: string } | undefined {
  if (engine !== 'claude') return undefined
  const names = checkAllowList(allow)
  const key = parentEnv.ANTHROPIC_API_KEY
  if (!names.includes('ANTHROPIC_API_KEY') || !key) return undefined
  // A gateway the job names for the engine stays the destination; the engine sees the proxy instead.
  const chosen = names.includes('ANTHROPIC_BASE_URL') ? parentEnv.ANTHROPIC_BASE_URL : undefined
  return {
    env: 'ANTHROPIC_API_KEY',
    baseUrlEnv: 'ANTHROPIC_BASE_URL',
    key,
    upstream: chosen || ANTHROPIC_API
  }
}

export type WithKeyProxyOptions = {
  engine: EngineName
  parentEnv: Readonly<Record<string, string | undefined>>
  /** The `agent-env` input. */
  allow: readonly string[]
  /** The engine's stand-in key; a fresh random one by default. */
  placeholder?: string
  /** Replaces the model's API (tests). */
  upstream?: string
}

/**
 * Runs `fn` with the proxy when it applies (Claude Code with ANTHROPIC_API_KEY allowed), with
 * undefined otherwise, and closes the proxy afterwards.
 */
export async function withKeyProxy<T>(
  opts: WithKeyProxyOptions,
  fn: (keyProxy: EngineKeyProxy | undefined) => Promise<T>
): Promise<T> {
  const plan = keyProxyPlan(opts.engine, opts.parentEnv, opts.allow)
  if (!plan) return fn(undefined)
  const placeholder = opts.placeholder ?? `${PLACEHOLDER_PREFIX}-${randomBytes(16).toString('hex')}`
  const proxy = await startKeyProxy({
    upstream: opts.upstream ?? plan.upstream,
    headerName: 'x-api-key',
    key: plan.key,
    placeholder
  })
  try {
    return await fn({ env: plan.env, baseUrlEnv: plan.baseUrlEnv, url: proxy.url, placeholder })
  } finally {
    await proxy.close()
  }
}
