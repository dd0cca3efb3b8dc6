/**
 * A fake of Railway's public GraphQL endpoint (POST /graphql/v2) that answers the one query the
 * deployment gate sends, `deployments(input: { projectId, serviceId?, environmentId? }, first: N)`,
 * records every request, and fails on demand (HTTP errors, GraphQL errors, a body that is not
 * JSON, hangs, reset connections).
 */
import {
  startFakeHttpServer,
  type FakeResponse,
  type Fault,
  type RecordedRequest,
  type RouteHandler
} from './fake-http.js'

export const RAILWAY_FAKE_PROJECT = 'proj-1'
export const RAILWAY_FAKE_PATH = '/graphql/v2'

export interface RailwayFakeDeployment {
  id: string
  status: string
  createdAt: string
  projectId: string
  serviceId: string
  environmentId: string
}

export interface RailwayFake {
  /** The GraphQL endpoint, for the railway-api-url input. */
  url: string
  requests: RecordedRequest[]
  state: { projects: Set<string>; deployments: RailwayFakeDeployment[] }
  addDeployment(d: {
    status: string
    createdAt?: Date | string
    id?: string
    projectId?: string
    serviceId?: string
    environmentId?: string
  }): RailwayFakeDeployment
  /** Add or override a route; the function returned removes it. */
  route(method: string, pattern: string, handler: RouteHandler<RailwayFake>): () => void
  inject(fault: Fault): void
  failNext(status?: number, options?: { times?: number; body?: unknown; raw?: string }): void
  graphqlErrorNext(message: string, times?: number): void
  notJsonNext(times?: number): void
  hangNext(times?: number): void
  resetNext(times?: number): void
  /** Forget the recorded requests, the pending faults and the deployments. */
  reset(): void
  close(): Promise<void>
}

const errorBody = (message: string) => ({
  data: null,
  errors: [{ message, locations: [], path: ['deployments'] }]
})

export async function startRailwayFake(
  options: { token?: string; projectId?: string } = {}
): Promise<RailwayFake> {
  const state: RailwayFake['state'] = {
    projects: new Set([options.projectId ?? RAILWAY_FAKE_PROJECT]),
    deployments: []
  }
  let nextId = 0
  const server = await startFakeHttpServer<RailwayFake>({
    ctx: () => fake,
    before: req => {
      if (!options.token || req.method !== 'POST' || req.path !== RAILWAY_FAKE_PATH) return undefined
      const bearer = req.headers.authorization === `Bearer ${options.token}`
      const project = req.headers['project-access-token'] === options.token
      // Railway answers an unauthorised query with a GraphQL error, not an HTTP status.
      return bearer || project ? undefined : { body: errorBody('Not Authorized') }
    },
    notFound: () => ({ status: 404, raw: 'Not Found', headers: { 'content-type': 'text/plain' } })
  })

  server.route('POST', RAILWAY_FAKE_PATH, (req): FakeResponse => {
    const body = req.body as {
      query?: unknown
      variables?: { input?: Record<string, unknown>; first?: unknown }
    }
    if (typeof body !== 'object' || body === null || typeof body.query !== 'string') {
      return { status: 400, body: { errors: [{ message: 'Must provide query string.' }] } }
    }
    if (!/\bdeployments\s*\(/.test(body.query))
      return { body: errorBody('The fake answers only deployments queries.') }
    const input = body.variables?.input ?? {}
    const projectId = input.projectId
    if (typeof projectId !== 'string') {
      return {
        body: errorBody(
          'Variable "$input" got invalid value; Field "projectId" of required type "String!" was not provided.'
        )
      }
    }
    if (!state.projects.has(projectId)) return { body: errorBody('Project not found') }
    const first = typeof body.variables?.first === 'number' ? body.variables.first : 50
    const edges = state.deployments
      .filter(d => d.projectId === projectId)
      .filter(
        d => input.serviceId === undefined || input.serviceId === null || d.serviceId === input.serviceId
      )
      .filter(
        d =>
          input.environmentId === undefined ||
          input.environmentId === null ||
          d.environmentId === input.environmentId
      )
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
      .slice(0, first)
      .map(d => ({ node: { id: d.id, status: d.status, createdAt: d.createdAt } }))
    return { body: { data: { deployments: { edges } } } }
  })

  const fake: RailwayFake = {
    url: `${server.url}${RAILWAY_FAKE_PATH}`,
    requests: server.requests,
    state,
    addDeployment(d) {
      const created = d.createdAt ?? new Date()
      const deployment: RailwayFakeDeployment = {
        id: d.id ?? `dep-${++nextId}`,
        status: d.status,
        createdAt: created instanceof Date ? created.toISOString() : created,
        projectId: d.projectId ?? options.projectId ?? RAILWAY_FAKE_PROJECT,
        serviceId: d.serviceId ?? 'svc-1',
        environmentId: d.environmentId ?? 'env-production'
      }
      state.projects.add(deployment.projectId)
      state.deployments.push(deployment)
      return deployment
    },
    route: (method, pattern, handler) => server.route(method, pattern, handler),
    inject: fault => server.inject(fault),
    failNext: (status = 500, o = {}) =>
      server.inject({
        path: RAILWAY_FAKE_PATH,
        times: o.times,
        status,
        body:
          o.raw === undefined ? (o.body ?? { errors: [{ message: 'Internal Server Error' }] }) : undefined,
        raw: o.raw
      }),
    graphqlErrorNext: (message, times = 1) =>
      server.inject({ path: RAILWAY_FAKE_PATH, times, status: 200, body: errorBody(message) }),
    notJsonNext: (times = 1) =>
      server.inject({
        path: RAILWAY_FAKE_PATH,
        times,
        status: 200,
        raw: '<html>upstream says hello</html>',
        headers: { 'content-type': 'text/html' }
      }),
    hangNext: (times = 1) => server.inject({ path: RAILWAY_FAKE_PATH, times, hang: true }),
    resetNext: (times = 1) => server.inject({ path: RAILWAY_FAKE_PATH, times, reset: true }),
    reset() {
      server.clearRequests()
      server.clearFaults()
      state.deployments.length = 0
    },
    close: () => server.close()
  }
  return fake
}
