/**
 * A real HTTP server on 127.0.0.1 (random port) for the fakes of GitHub and Railway: a route table,
 * a recording of every request, and injected faults (an error status, a hang, a reset connection).
 *
 * Routes are patterns such as `/repos/{owner}/{repo}/deployments/{id}` (`:id` works too) and
 * `/repos/{owner}/{repo}/contents/{path+}` for a rest-of-path parameter. Routes added later take
 * precedence over earlier ones, so a test overrides a built-in handler by adding its own; a handler
 * that returns undefined passes the request on to the next matching route.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface RecordedRequest {
  method: string
  /** The path, percent-decoded, without the query string. */
  path: string
  /** Query parameters: a string, or an array when the parameter is repeated. */
  query: Record<string, string | string[]>
  /** The body parsed as JSON when it is JSON, else the text, else undefined. */
  body: unknown
  /** Lower-cased header names. */
  headers: Record<string, string>
  /** The path and query exactly as requested. */
  rawUrl: string
}

export interface RouteRequest extends RecordedRequest {
  /** The parameters of the matched route pattern. */
  params: Record<string, string>
  searchParams: URLSearchParams
}

export interface FakeResponse {
  status?: number
  headers?: Record<string, string>
  /** JSON-encoded unless `raw` is given. */
  body?: unknown
  /** Sent as is (with the headers given). */
  raw?: string | Buffer
}

export type RouteHandler<Ctx> = (
  req: RouteRequest,
  ctx: Ctx
) => FakeResponse | undefined | Promise<FakeResponse | undefined>

/** A fault injected in front of the routes. It answers `times` matching requests, then is spent. */
export interface Fault {
  method?: string
  /** A route pattern, or a RegExp tested against the path. */
  path: string | RegExp
  /** How many matching requests it answers. Default 1; Infinity for every one. */
  times?: number
  status?: number
  headers?: Record<string, string>
  body?: unknown
  raw?: string | Buffer
  /** Never answer (a timeout test); the connection is closed when the server closes. */
  hang?: boolean
  /** Destroy the connection without an answer (ECONNRESET / "other side closed"). */
  reset?: boolean
}

interface CompiledRoute<Ctx> {
  method: string
  match: (path: string) => Record<string, string> | undefined
  handler: RouteHandler<Ctx>
}

export interface FakeHttpServer<Ctx> {
  url: string
  requests: RecordedRequest[]
  /** Add a route; the function returned removes it again. */
  route(method: string, pattern: string, handler: RouteHandler<Ctx>): () => void
  inject(fault: Fault): void
  /** Requests that are not GET or HEAD. */
  writes(): RecordedRequest[]
  clearRequests(): void
  /** Drop the faults not yet spent. */
  clearFaults(): void
  close(): Promise<void>
}

/** Compile `/a/{b}/:c/{rest+}` into a matcher returning the parameters. */
export function compilePattern(
  pattern: string | RegExp
): (path: string) => Record<string, string> | undefined {
  if (pattern instanceof RegExp) {
    return path => {
      const m = pattern.exec(path)
      return m ? { ...(m.groups ?? {}) } : undefined
    }
  }
  const names: string[] = []
  const source = pattern
    .split('/')
    .map(segment => {
      const rest = /^\{(\w+)\+\}$/.exec(segment) ?? /^\*(\w*)$/.exec(segment)
      if (rest) {
        names.push(rest[1] || 'rest')
        return '(.+)'
      }
      const param = /^\{(\w+)\}$/.exec(segment) ?? /^:(\w+)$/.exec(segment)
      if (param) {
        names.push(param[1])
        return '([^/]+)'
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  const regex = new RegExp(`^${source}/?$`)
  return path => {
    const m = regex.exec(path)
    if (!m) return undefined
    const params: Record<string, string> = {}
    names.forEach((name, i) => (params[name] = m[i + 1]))
    return params
  }
}

function queryOf(search: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key)
    query[key] = all.length === 1 ? all[0] : all
  }
  return query
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return pathname
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startFakeHttpServer<Ctx>(options: {
  ctx: () => Ctx
  /** Runs before faults and routes; return a response to short-circuit (authentication). */
  before?: (req: RouteRequest) => FakeResponse | undefined
  notFound: (req: RouteRequest) => FakeResponse
  defaultHeaders?: Record<string, string>
}): Promise<FakeHttpServer<Ctx>> {
  const routes: CompiledRoute<Ctx>[] = []
  const faults: Array<Fault & { remaining: number; match: (path: string) => unknown }> = []
  const requests: RecordedRequest[] = []
  const sockets = new Set<Socket>()
  const hanging = new Set<ServerResponse>()

  const send = (res: ServerResponse, response: FakeResponse) => {
    const status = response.status ?? 200
    const headers: Record<string, string> = { ...options.defaultHeaders, ...response.headers }
    let payload: string | Buffer = ''
    if (response.raw !== undefined) payload = response.raw
    else if (response.body !== undefined) {
      payload = JSON.stringify(response.body)
      headers['content-type'] ??= 'application/json; charset=utf-8'
    }
    headers['content-length'] = String(Buffer.byteLength(payload))
    res.writeHead(status, headers)
    res.end(payload)
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const text = await readBody(req)
    let body: unknown = undefined
    if (text !== '') {
      try {
        body = JSON.parse(text)
      } catch {
        body = text
      }
    }
    const headers: Record<string, string> = {}
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
    }
    const recorded: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: decodePath(url.pathname),
      query: queryOf(url.searchParams),
      body,
      headers,
      rawUrl: req.url ?? '/'
    }
    requests.push(recorded)
    const routeReq: RouteRequest = { ...recorded, params: {}, searchParams: url.searchParams }

    try {
      const early = options.before?.(routeReq)
      if (early) return send(res, early)

      const fault = faults.find(
        f =>
          f.remaining > 0 &&
          (!f.method || f.method.toUpperCase() === recorded.method) &&
          f.match(recorded.path) !== undefined
      )
      if (fault) {
        fault.remaining--
        if (fault.hang) {
          hanging.add(res)
          return
        }
        if (fault.reset) {
          req.socket.destroy()
          return
        }
        return send(res, {
          status: fault.status ?? 500,
          headers: fault.headers,
          body: fault.body,
          raw: fault.raw
        })
      }

      for (let i = routes.length - 1; i >= 0; i--) {
        const route = routes[i]
        if (route.method !== '*' && route.method !== recorded.method) continue
        const params = route.match(recorded.path)
        if (!params) continue
        const decoded: Record<string, string> = {}
        for (const [k, v] of Object.entries(params)) decoded[k] = v
        const response = await route.handler({ ...routeReq, params: decoded }, options.ctx())
        if (response) return send(res, response)
      }
      send(res, options.notFound(routeReq))
    } catch (error) {
      send(res, { status: 500, body: { message: `fake server error: ${(error as Error).message}` } })
    }
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route(method, pattern, handler) {
      const entry = { method: method.toUpperCase(), match: compilePattern(pattern), handler }
      routes.push(entry)
      return () => {
        const i = routes.indexOf(entry)
        if (i >= 0) routes.splice(i, 1)
      }
    },
    inject(fault) {
      faults.push({ ...fault, remaining: fault.times ?? 1, match: compilePattern(fault.path) })
    },
    writes() {
      return requests.filter(r => r.method !== 'GET' && r.method !== 'HEAD')
    },
    clearRequests() {
      requests.length = 0
    },
    clearFaults() {
      faults.length = 0
    },
    async close() {
      for (const res of hanging) res.destroy()
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}
