import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  DEFAULT_RAILWAY_API_URL,
  RAILWAY_ACTIVE_STATUSES,
  RailwayApiError,
  findActiveRailwayDeployment,
  type FindActiveRailwayDeploymentParams
} from '../../src/deploy/railway.js'
import { RAILWAY_FAKE_PROJECT, startRailwayFake, type RailwayFake } from '../__fixtures__/railway-fake.js'
import { fakeClock, type FakeClock } from '../__fixtures__/fake-clock.js'

const TOKEN = 'rw-SECRET-5f0c3a9e-1111-2222-3333-444455556666'
const NOW = new Date('2026-11-10T02:00:00Z')

let fake: RailwayFake
let clock: FakeClock
let logs: string[]

beforeAll(async () => {
  fake = await startRailwayFake({ token: TOKEN })
})
afterAll(async () => {
  await fake.close()
})
beforeEach(() => {
  clock = fakeClock(NOW)
  logs = []
})
let removeRoute: (() => void) | undefined
afterEach(() => {
  fake.reset()
  removeRoute?.()
  removeRoute = undefined
})

function check(extra: Partial<FindActiveRailwayDeploymentParams> = {}) {
  return findActiveRailwayDeployment({
    url: fake.url,
    token: TOKEN,
    projectId: RAILWAY_FAKE_PROJECT,
    now: NOW,
    retry: { sleep: clock.sleep, now: clock.now },
    log: line => logs.push(line),
    ...extra
  })
}

async function failure(extra: Partial<FindActiveRailwayDeploymentParams> = {}): Promise<RailwayApiError> {
  const error = await check(extra).then(
    () => undefined,
    e => e
  )
  expect(error).toBeInstanceOf(RailwayApiError)
  expect((error as Error).message).not.toContain(TOKEN)
  return error as RailwayApiError
}

describe('findActiveRailwayDeployment', () => {
  it('sends the deployments query with the bearer token and the project', async () => {
    const r = await check()
    expect(r).toEqual({
      active: false,
      detail: 'no active Railway deployment among 0 recent ones of the project',
      checked: 0
    })
    expect(fake.requests).toHaveLength(1)
    const req = fake.requests[0]
    expect(req.method).toBe('POST')
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(req.headers['content-type']).toBe('application/json')
    const body = req.body as { query: string; variables: { input: Record<string, string>; first: number } }
    expect(body.query).toMatch(
      /deployments\(input: \$input, first: \$first\)\s*\{\s*edges\s*\{\s*node\s*\{\s*id\s+status\s+createdAt/
    )
    expect(body.variables).toEqual({ input: { projectId: RAILWAY_FAKE_PROJECT }, first: 20 })
  })

  it.each(RAILWAY_ACTIVE_STATUSES)('counts a %s deployment as active', async status => {
    const d = fake.addDeployment({ status, createdAt: new Date(NOW.getTime() - 5 * 60_000) })
    const r = await check()
    expect(r.active).toBe(true)
    expect(r.deployments).toEqual([{ id: d.id, status, createdAt: d.createdAt }])
    expect(r.detail).toBe(`Railway deployment ${d.id} is ${status}, created ${d.createdAt} (5 min ago)`)
  })

  it.each(['SUCCESS', 'FAILED', 'CRASHED', 'REMOVED', 'SKIPPED', 'SLEEPING', 'NEEDS_APPROVAL'])(
    'does not count a %s deployment',
    async status => {
      fake.addDeployment({ status })
      const r = await check()
      expect(r.active).toBe(false)
      expect(r.checked).toBe(1)
    }
  )

  it('asks once per service id and names the service', async () => {
    fake.addDeployment({ status: 'SUCCESS', serviceId: 'svc-api' })
    const d = fake.addDeployment({ status: 'BUILDING', serviceId: 'svc-web' })
    const r = await check({ serviceIds: ['svc-api', 'svc-web', 'svc-api'] })
    expect(
      fake.requests.map(
        q => (q.body as { variables: { input: { serviceId: string } } }).variables.input.serviceId
      )
    ).toEqual(['svc-api', 'svc-web'])
    expect(r.active).toBe(true)
    expect(r.deployments).toEqual([expect.objectContaining({ id: d.id, serviceId: 'svc-web' })])
    expect(r.detail).toContain('of service svc-web')
  })

  it('passes the environment id, which narrows the answer', async () => {
    fake.addDeployment({ status: 'DEPLOYING', environmentId: 'env-staging' })
    const r = await check({ environmentId: 'env-production' })
    expect(r.active).toBe(false)
    expect((fake.requests[0].body as { variables: { input: object } }).variables.input).toEqual({
      projectId: RAILWAY_FAKE_PROJECT,
      environmentId: 'env-production'
    })
  })

  it('sends a project token in Project-Access-Token when told', async () => {
    await check({ tokenType: 'project' })
    expect(fake.requests[0].headers['project-access-token']).toBe(TOKEN)
    expect(fake.requests[0].headers.authorization).toBeUndefined()
  })

  it('fails closed on GraphQL errors (a wrong token)', async () => {
    const error = await failure({ token: 'wrong-token' })
    expect(error.message).toBe('Railway API answered with errors: Not Authorized.')
    expect(fake.requests).toHaveLength(1)
  })

  it('fails closed on GraphQL errors even with data, and never echoes the token', async () => {
    fake.graphqlErrorNext(`token ${TOKEN} is not allowed here`)
    const error = await failure()
    expect(error.message).toContain('token *** is not allowed here')
  })

  it('retries HTTP 5xx and then answers', async () => {
    fake.addDeployment({ status: 'QUEUED' })
    fake.failNext(502, { times: 2 })
    const r = await check()
    expect(r.active).toBe(true)
    expect(fake.requests).toHaveLength(3)
    expect(clock.slept).toEqual([1000, 2000])
    expect(logs[0]).toBe('Railway API: HTTP 502; retrying in 1 s (attempt 2).')
  })

  it('gives up on a persistent 5xx within the budget, and throws', async () => {
    fake.failNext(503, { times: Infinity })
    const error = await failure()
    expect(error.status).toBe(503)
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBe(60_000)
    expect(error.message).toMatch(
      /^Railway API request failed with HTTP 503: Internal Server Error \(gave up after \d+ attempts over 60 s\)\.$/
    )
  })

  it('does not retry HTTP 401 or 400', async () => {
    fake.failNext(401, { body: { errors: [{ message: 'Unauthorized' }] } })
    const error = await failure()
    expect(error.message).toBe('Railway API request failed with HTTP 401: Unauthorized.')
    expect(fake.requests).toHaveLength(1)
    expect(clock.slept).toEqual([])
  })

  it('fails closed on a body that is not JSON', async () => {
    fake.notJsonNext()
    const error = await failure()
    expect(error.message).toMatch(/^Railway API answered with a body that is not JSON: <html>/)
  })

  it('fails closed on an answer without deployments.edges', async () => {
    removeRoute = fake.route('POST', '/graphql/v2', () => ({ body: { data: { deployments: null } } }))
    const error = await failure()
    expect(error.message).toBe('Railway API answered without data.deployments.edges.')
  })

  it('fails closed on a malformed deployment', async () => {
    removeRoute = fake.route('POST', '/graphql/v2', () => ({
      body: { data: { deployments: { edges: [{ node: { id: 'x' } }] } } }
    }))
    const error = await failure()
    expect(error.message).toBe('Railway API answered with a malformed deployment (edge 0).')
  })

  it('times out a hanging request, retries, and then throws', async () => {
    fake.hangNext(2)
    const error = await failure({
      timeoutMs: 50,
      retry: { sleep: clock.sleep, now: clock.now, maxAttempts: 2 }
    })
    expect(error.message).toBe(
      'Railway API request timed out after 50 ms (gave up after 2 attempts over 1 s).'
    )
  })

  it('recovers from a reset connection', async () => {
    fake.resetNext()
    expect((await check()).active).toBe(false)
    expect(fake.requests).toHaveLength(2)
  })

  it('refuses to run without a token or a project', async () => {
    await expect(findActiveRailwayDeployment({ url: fake.url, token: '', projectId: 'p' })).rejects.toThrow(
      /needs a token/
    )
    await expect(
      findActiveRailwayDeployment({ url: fake.url, token: TOKEN, projectId: ' ' })
    ).rejects.toThrow(/needs a project id/)
    expect(fake.requests).toHaveLength(0)
  })

  it('uses the public endpoint when no URL is given', async () => {
    const seen: string[] = []
    const spy: typeof fetch = async input => {
      seen.push(String(input))
      return new Response(JSON.stringify({ data: { deployments: { edges: [] } } }), {
        headers: { 'content-type': 'application/json' }
      })
    }
    await findActiveRailwayDeployment({ url: '', token: TOKEN, projectId: 'p', fetch: spy })
    expect(seen).toEqual([DEFAULT_RAILWAY_API_URL])
  })

  it('never logs the token', async () => {
    fake.failNext(500, { raw: `oops ${TOKEN}` })
    await check()
    for (const line of logs) expect(line).not.toContain(TOKEN)
  })
})
