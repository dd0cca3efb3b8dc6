import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createEngineRunner } from '../../src/agent/engines/index.js'
import { prepareIsolation, type Isolation } from '../../src/agent/isolate.js'
import {
  endToEnd,
  forwardable,
  keyProxyPlan,
  startKeyProxy,
  withKeyProxy,
  type KeyProxy
} from '../../src/agent/key-proxy.js'
import { makeCheckout, standIns, type Checkout, type StandIns } from '../__fixtures__/agents.js'

const KEY = 'sk-ant-real-key-0123456789'
const PLACEHOLDER = 'held-by-the-action-proxy-test'

type Seen = { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }
type Upstream = {
  url: string
  seen: Seen[]
  close(): Promise<void>
}

/** A fake model API on loopback: records each request, then lets `answer` reply (200 JSON by default). */
async function fakeUpstream(
  answer?: (req: http.IncomingMessage, res: http.ServerResponse, seen: Seen) => void
): Promise<Upstream> {
  const seen: Seen[] = []
  const server = http.createServer((req, res) => {
    const entry: Seen = { method: req.method, url: req.url, headers: req.headers, body: '' }
    seen.push(entry)
    if (answer) return answer(req, res, entry)
    req.on('data', chunk => (entry.body += String(chunk)))
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_1' })
      res.end('{"id":"msg_1"}')
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string; chunks: string[] }

/** One request to `base`; `onChunk` sees each chunk of the answer as it arrives. */
function send(
  base: string,
  opts: { method?: string; path: string; headers?: http.OutgoingHttpHeaders; body?: string },
  onChunk?: (chunk: string) => void
): Promise<Reply> {
  const url = new URL(base)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: opts.method ?? 'POST',
        path: opts.path,
        headers: opts.headers,
        // A connection of its own each time: a pooled one could outlive the proxy it went to.
        agent: false
      },
      res => {
        const chunks: string[] = []
        res.on('data', c => {
          chunks.push(String(c))
          onChunk?.(String(c))
        })
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: chunks.join(''), chunks })
        )
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})
async function setUp(
  answer?: Parameters<typeof fakeUpstream>[0],
  extra: { upstreamPath?: string } = {}
): Promise<{ upstream: Upstream; proxy: KeyProxy }> {
  const upstream = await fakeUpstream(answer)
  cleanups.push(() => upstream.close())
  const proxy = await startKeyProxy({
    upstream: upstream.url + (extra.upstreamPath ?? ''),
    key: KEY,
    placeholder: PLACEHOLDER
  })
  cleanups.push(() => proxy.close())
  return { upstream, proxy }
}

describe('which requests the proxy forwards (pure)', () => {
  it('forwards plain paths under /v1/ only', () => {
    expect(forwardable('/v1/messages?beta=true')).toBe(true)
    expect(forwardable('/v1/messages/count_tokens')).toBe(true)
    for (const target of [
      undefined,
      '/api/oauth/profile',
      '/v1',
      '/v2/messages',
      'http://evil.example/v1/messages',
      '/v1/../admin',
      '/v1/./messages',
      '/v1/%2e%2e/admin',
      '/v1/%2Fadmin',
      '/v1//evil.example',
      '/v1/a\\..\\b'
    ])
      expect(forwardable(target)).toBe(false)
  })
  it('drops hop-by-hop headers and the headers Connection names', () => {
    expect(
      endToEnd(
        {
          connection: 'keep-alive, X-Secret-Hop',
          'keep-alive': 'timeout=5',
          'transfer-encoding': 'chunked',
          'x-secret-hop': '1',
          'proxy-authorization': 'Basic x',
          te: 'trailers',
          upgrade: 'h2c',
          'anthropic-version': '2023-06-01',
          'x-api-key': 'k'
        },
        new Set(['x-api-key'])
      )
    ).toEqual({ 'anthropic-version': '2023-06-01' })
  })
  it('applies to Claude Code with ANTHROPIC_API_KEY allowed and set, never to codex or command', () => {
    const env = { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: 'https://gateway.example/anthropic' }
    expect(keyProxyPlan('claude', env, ['ANTHROPIC_API_KEY'])).toEqual({
      env: 'ANTHROPIC_API_KEY',
      baseUrlEnv: 'ANTHROPIC_BASE_URL',
      key: KEY,
      upstream: 'https://api.anthropic.com'
    })
    expect(keyProxyPlan('claude', env, ['ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL'])?.upstream).toBe(
      'https://gateway.example/anthropic'
    )
    expect(keyProxyPlan('claude', { ANTHROPIC_API_KEY: '' }, ['ANTHROPIC_API_KEY'])).toBeUndefined()
    expect(keyProxyPlan('claude', env, ['OTHER'])).toBeUndefined()
    expect(keyProxyPlan('codex', { ...env, CODEX_API_KEY: 'c' }, ['CODEX_API_KEY'])).toBeUndefined()
    expect(keyProxyPlan('command', env, ['ANTHROPIC_API_KEY'])).toBeUndefined()
  })
})

describe('the key proxy', () => {
  it('forwards method, path, query, headers and body with the real key in place of the placeholder', async () => {
    const { upstream, proxy } = await setUp()
    expect(proxy.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const body = JSON.stringify({ model: 'm', messages: [] })
    const reply = await send(proxy.url, {
      path: '/v1/messages?beta=true',
      headers: {
        'x-api-key': PLACEHOLDER,
        authorization: `Bearer ${PLACEHOLDER}`,
        'anthropic-version': '2023-06-01',
        'anthropic-beta': 'b1',
        'content-type': 'application/json',
        connection: 'keep-alive, x-secret-hop',
        'x-secret-hop': 'nope'
      },
      body
    })
    expect(reply).toMatchObject({ status: 200, body: '{"id":"msg_1"}' })
    expect(reply.headers['request-id']).toBe('req_1')
    expect(upstream.seen).toHaveLength(1)
    const [got] = upstream.seen
    expect(got).toMatchObject({ method: 'POST', url: '/v1/messages?beta=true', body })
    expect(got.headers).toMatchObject({
      'x-api-key': KEY,
      'anthropic-version': '2023-06-01',
      'anthropic-beta': 'b1',
      host: new URL(upstream.url).host
    })
    expect(got.headers.authorization).toBeUndefined()
    expect(got.headers['x-secret-hop']).toBeUndefined()
  })

  it('takes the placeholder as a Bearer token too, and keeps a path of the upstream before the request', async () => {
    const { upstream, proxy } = await setUp(undefined, { upstreamPath: '/anthropic/' })
    const reply = await send(proxy.url, {
      method: 'GET',
      path: '/v1/models',
      headers: { authorization: `Bearer ${PLACEHOLDER}` }
    })
    expect(reply.status).toBe(200)
    expect(upstream.seen[0].url).toBe('/anthropic/v1/models')
    expect(upstream.seen[0].headers['x-api-key']).toBe(KEY)
    expect(upstream.seen[0].headers.authorization).toBeUndefined()
  })

  it('refuses a path outside /v1/, another host, and a request without the placeholder, reaching nothing', async () => {
    const { upstream, proxy } = await setUp()
    const headers = { 'x-api-key': PLACEHOLDER }
    for (const path of ['/api/oauth/profile', '/', 'http://evil.example/v1/messages', '/v1/../x']) {
      const r = await send(proxy.url, { method: 'GET', path, headers })
      expect(r.status).toBe(404)
      expect(JSON.parse(r.body).error.message).toBe('The key proxy forwards only paths under /v1/.')
    }
    for (const wrong of [{}, { 'x-api-key': KEY }, { 'x-api-key': 'guess' }, { authorization: 'Basic x' }]) {
      const r = await send(proxy.url, { path: '/v1/messages', headers: wrong, body: '{}' })
      expect(r.status).toBe(401)
      expect(r.body).not.toContain(KEY)
    }
    expect(upstream.seen).toHaveLength(0)
  })

  it('streams the answer through chunk by chunk (server-sent events)', async () => {
    let gotFirst!: () => void
    const clientGotFirst = new Promise<void>(resolve => (gotFirst = resolve))
    const { proxy } = await setUp((req, res) => {
      req.resume()
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.write('event: message_start\ndata: {}\n\n')
      // The second event is written only once the client has the first: a buffering proxy hangs here.
      void clientGotFirst.then(() => res.end('event: message_stop\ndata: {}\n\n'))
    })
    const reply = await send(
      proxy.url,
      { path: '/v1/messages', headers: { 'x-api-key': PLACEHOLDER }, body: '{"stream":true}' },
      chunk => chunk.includes('message_start') && gotFirst()
    )
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('text/event-stream')
    expect(reply.chunks[0]).toBe('event: message_start\ndata: {}\n\n')
    expect(reply.body).toBe('event: message_start\ndata: {}\n\nevent: message_stop\ndata: {}\n\n')
  })

  it('streams the request body through as it comes', async () => {
    let upstreamGotFirst!: () => void
    const firstArrived = new Promise<void>(resolve => (upstreamGotFirst = resolve))
    const { upstream, proxy } = await setUp((req, res, seen) => {
      req.on('data', chunk => {
        seen.body += String(chunk)
        if (seen.body.includes('part one')) upstreamGotFirst()
      })
      req.on('end', () => res.end('ok'))
    })
    const url = new URL(proxy.url)
    const done = new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: '/v1/files',
          headers: { 'x-api-key': PLACEHOLDER }
        },
        res => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        }
      )
      req.on('error', reject)
      req.write('part one;')
      // The rest is sent only once the upstream has the first part: a buffering proxy hangs here.
      void firstArrived.then(() => req.end('part two'))
    })
    expect(await done).toBe(200)
    expect(upstream.seen[0].body).toBe('part one;part two')
  })

  it("passes the API's errors through unchanged, and says 502 without the key when the API is unreachable", async () => {
    const { proxy } = await setUp((req, res) => {
      req.resume()
      res.writeHead(429, { 'retry-after': '7', 'content-type': 'application/json' })
      res.end('{"type":"error","error":{"type":"rate_limit_error"}}')
    })
    const limited = await send(proxy.url, { path: '/v1/messages', headers: { 'x-api-key': PLACEHOLDER } })
    expect(limited).toMatchObject({
      status: 429,
      body: '{"type":"error","error":{"type":"rate_limit_error"}}'
    })
    expect(limited.headers['retry-after']).toBe('7')

    const gone = await fakeUpstream()
    await gone.close()
    const orphan = await startKeyProxy({ upstream: gone.url, key: KEY, placeholder: PLACEHOLDER })
    cleanups.push(() => orphan.close())
    const failed = await send(orphan.url, { path: '/v1/messages', headers: { 'x-api-key': PLACEHOLDER } })
    expect(failed.status).toBe(502)
    expect(failed.body).toContain("could not reach the model's API")
    expect(failed.body).not.toContain(KEY)
  })

  it('refuses an unusable upstream, an empty key and a placeholder equal to the key, in one sentence', async () => {
    await expect(startKeyProxy({ upstream: 'ftp://x', key: KEY, placeholder: 'p' })).rejects.toThrow(
      /^The model's API address "ftp:\/\/x" is not usable by the key proxy; expected an http or https URL/
    )
    await expect(
      startKeyProxy({ upstream: 'https://u:p@api.example', key: KEY, placeholder: 'p' })
    ).rejects.toThrow(/without credentials/)
    await expect(startKeyProxy({ key: '', placeholder: 'p' })).rejects.toThrow(/empty key/)
    await expect(startKeyProxy({ key: KEY, placeholder: KEY })).rejects.toThrow(/placeholder/)
  })

  it('closes with a keep-alive connection open, and then accepts nothing', async () => {
    const { proxy } = await setUp()
    const agent = new http.Agent({ keepAlive: true })
    const url = new URL(proxy.url)
    await new Promise<void>((resolve, reject) =>
      http
        .request(
          {
            host: url.hostname,
            port: url.port,
            path: '/v1/m',
            method: 'POST',
            agent,
            headers: { 'x-api-key': PLACEHOLDER }
          },
          res => res.resume().on('end', resolve)
        )
        .on('error', reject)
        .end()
    )
    await proxy.close()
    await expect(send(proxy.url, { path: '/v1/m', headers: { 'x-api-key': PLACEHOLDER } })).rejects.toThrow(
      /ECONNREFUSED/
    )
    agent.destroy()
  })
})

describe('withKeyProxy', () => {
  it('gives nothing where it does not apply, and closes the proxy after the function', async () => {
    await expect(
      withKeyProxy(
        { engine: 'codex', parentEnv: { CODEX_API_KEY: 'c' }, allow: ['CODEX_API_KEY'] },
        async p => p
      )
    ).resolves.toBeUndefined()
    const upstream = await fakeUpstream()
    cleanups.push(() => upstream.close())
    let url = ''
    const result = await withKeyProxy(
      {
        engine: 'claude',
        parentEnv: { ANTHROPIC_API_KEY: KEY },
        allow: ['ANTHROPIC_API_KEY'],
        upstream: upstream.url
      },
      async p => {
        expect(p).toMatchObject({ env: 'ANTHROPIC_API_KEY', baseUrlEnv: 'ANTHROPIC_BASE_URL' })
        expect(p!.placeholder).toMatch(/^held-by-the-action-proxy-[0-9a-f]{32}$/)
        url = p!.url
        return (await send(url, { path: '/v1/messages', headers: { 'x-api-key': p!.placeholder } })).status
      }
    )
    expect(result).toBe(200)
    expect(upstream.seen[0].headers['x-api-key']).toBe(KEY)
    await expect(send(url, { path: '/v1/messages' })).rejects.toThrow(/ECONNREFUSED/)
  })
})

describe('Claude Code through the key proxy, as the agent user', () => {
  let agents: StandIns
  let checkout: Checkout
  let isolation: Isolation
  const USER = 'se-agent-keyproxy'
  beforeAll(async () => {
    agents = standIns()
    checkout = makeCheckout()
    isolation = await prepareIsolation({ checkout: checkout.dir, acceptSharedUser: false, userName: USER })
  })
  afterAll(async () => {
    await isolation?.release()
    checkout?.remove()
    agents?.remove()
    try {
      execFileSync('userdel', [USER], { stdio: 'ignore' })
    } catch {
      // never made
    }
  })

  it('never sees the real key; the API gets it', async () => {
    const upstream = await fakeUpstream()
    cleanups.push(() => upstream.close())
    const output: string[] = []
    const parentEnv = { ...process.env, ANTHROPIC_API_KEY: KEY }
    const allow = ['ANTHROPIC_API_KEY']
    const run = await withKeyProxy(
      { engine: 'claude', parentEnv, allow, placeholder: PLACEHOLDER, upstream: upstream.url },
      async keyProxy => {
        const runEngine = createEngineRunner({
          engine: 'claude',
          checkout: checkout.dir,
          isolation,
          parentEnv,
          allow,
          path: agents.path,
          timeoutMs: 60_000,
          keyProxy,
          onOutput: (_stream, chunk) => output.push(chunk.toString())
        })
        return runEngine({ round: 1, prompt: 'Go.\nSTANDIN {}\n' })
      }
    )
    expect(run).toMatchObject({ exitCode: 0, isError: false })
    expect(run.finalMessage).toBe(
      `edited nothing; the API answered 200 {"id":"msg_1"} to the key ${PLACEHOLDER}`
    )
    const all = output.join('')
    expect(all).not.toContain(KEY)
    const environment = JSON.parse(/^environment: (.*)$/m.exec(all)![1]) as Record<string, string>
    expect(environment.ANTHROPIC_API_KEY).toBe(PLACEHOLDER)
    expect(environment.ANTHROPIC_BASE_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(Object.values(environment).some(v => v.includes(KEY))).toBe(false)
    expect(upstream.seen).toHaveLength(1)
    expect(upstream.seen[0]).toMatchObject({ method: 'POST', url: '/v1/messages?beta=true' })
    expect(upstream.seen[0].headers['x-api-key']).toBe(KEY)
  })
})
