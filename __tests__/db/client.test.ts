/**
 * Connecting to a server that cannot be used: one clear line naming the host and the cause, within
 * the connect timeout, and never the password. The servers here are local TCP listeners speaking
 * just enough of the PostgreSQL protocol to refuse (this machine's PostgreSQL trusts every login).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import net from 'node:net'
import {
  DatabaseConnectError,
  DatabaseUrlError,
  openDatabase,
  resolveDatabaseUrl
} from '../../src/db/client.js'

const PASSWORD = 'S3cr3t-p4ss'

const servers: net.Server[] = []
const sockets: net.Socket[] = []
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy()
  await Promise.all(servers.splice(0).map(s => new Promise(r => s.close(r))))
})

async function listen(onConnection: (socket: net.Socket) => void): Promise<number> {
  const server = net.createServer(socket => {
    sockets.push(socket)
    socket.on('error', () => undefined)
    onConnection(socket)
  })
  servers.push(server)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as net.AddressInfo).port
}

function pgMessage(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5)
  head.write(type, 0, 'latin1')
  head.writeInt32BE(4 + body.length, 1)
  return Buffer.concat([head, body])
}

function errorResponse(code: string, message: string): Buffer {
  const fields = [`SFATAL`, `VFATAL`, `C${code}`, `M${message}`].map(f => Buffer.from(f + '\0'))
  return pgMessage('E', Buffer.concat([...fields, Buffer.from('\0')]))
}

/** Answers the startup packet with `reply` (after asking for a cleartext password, when `password`). */
function fakePostgres(reply: Buffer, opts: { password?: boolean } = {}) {
  return listen(socket => {
    let step = 0
    socket.on('data', () => {
      if (step++ === 0 && opts.password) {
        const ask = Buffer.alloc(4)
        ask.writeInt32BE(3) // AuthenticationCleartextPassword
        socket.write(pgMessage('R', ask))
        return
      }
      socket.end(reply)
    })
  })
}

async function failure(url: string, timeout = 2): Promise<{ error: DatabaseConnectError; ms: number }> {
  const started = Date.now()
  const error = await openDatabase({ url, cwd: '/nonexistent', connectTimeoutSeconds: timeout }).then(
    db => {
      void db.close()
      throw new Error('connected, but should not have')
    },
    e => e as DatabaseConnectError
  )
  return { error, ms: Date.now() - started }
}

function expectOneCleanLine(error: Error) {
  expect(error).toBeInstanceOf(DatabaseConnectError)
  expect(error.message).not.toContain('\n')
  expect(error.message).not.toContain(PASSWORD)
  expect(error.message).not.toContain(encodeURIComponent(PASSWORD))
}

describe('openDatabase against a server that cannot be used', () => {
  it('says the connection was refused, naming host, port and database', async () => {
    const port = await listen(() => undefined)
    await new Promise(r => servers.pop()!.close(r)) // nothing listens there now
    const { error } = await failure(`postgres://app:${PASSWORD}@127.0.0.1:${port}/appdb`)
    expectOneCleanLine(error)
    expect(error.message).toBe(
      `Cannot connect to the database at 127.0.0.1:${port}/appdb: connection refused (is PostgreSQL running and listening there?).`
    )
  })

  it('gives up after the connect timeout when the server never answers', async () => {
    const port = await listen(() => undefined)
    const { error, ms } = await failure(`postgres://app:${PASSWORD}@127.0.0.1:${port}/appdb`, 1)
    expectOneCleanLine(error)
    expect(error.message).toBe(
      `Cannot connect to the database at 127.0.0.1:${port}/appdb: no answer within 1 s.`
    )
    expect(ms).toBeLessThan(5000)
  })

  it('says the password was refused, without the password', async () => {
    const port = await fakePostgres(errorResponse('28P01', 'password authentication failed for user "app"'), {
      password: true
    })
    const { error } = await failure(`postgres://app:${PASSWORD}@127.0.0.1:${port}/appdb`)
    expectOneCleanLine(error)
    expect(error.message).toBe(
      `Cannot connect to the database at 127.0.0.1:${port}/appdb: password authentication failed for user "app" (check the user and password in the URL).`
    )
  })

  it('says the server requires TLS when it refuses a connection without it', async () => {
    const port = await fakePostgres(
      errorResponse(
        '28000',
        'no pg_hba.conf entry for host "127.0.0.1", user "app", database "appdb", no encryption'
      )
    )
    const { error } = await failure(`postgres://app:${PASSWORD}@127.0.0.1:${port}/appdb`)
    expectOneCleanLine(error)
    expect(error.message).toMatch(
      /no encryption; the server requires TLS: add \?sslmode=require to the URL\.$/
    )
  })

  it('says the TLS handshake failed when TLS is required and the server has none', async () => {
    const port = await listen(socket => socket.once('data', () => socket.write('N', () => socket.destroy())))
    const { error } = await failure(`postgres://app:${PASSWORD}@127.0.0.1:${port}/appdb?sslmode=require`)
    expectOneCleanLine(error)
    expect(error.message).toMatch(
      new RegExp(
        `^Cannot connect to the database at 127\\.0\\.0\\.1:${port}/appdb: the TLS handshake failed \\(`
      )
    )
  })

  it('says a host does not exist', async () => {
    const { error } = await failure(`postgres://app:${PASSWORD}@no-such-host.invalid:5432/appdb`)
    expectOneCleanLine(error)
    expect(error.message).toBe(
      'Cannot connect to the database at no-such-host.invalid:5432/appdb: host "no-such-host.invalid" not found.'
    )
  })

  it('rejects a URL that is not a PostgreSQL URL without echoing it', async () => {
    for (const url of [`mysql://root:${PASSWORD}@db/x`, `not a url ${PASSWORD}`]) {
      const { error } = await failure(url)
      expect(error).toBeInstanceOf(DatabaseUrlError)
      expectOneCleanLine(error)
      expect(error.message).toMatch(
        /^The database URL is not valid.*expected postgres:\/\/USER:PASSWORD@HOST:PORT\/DATABASE\.$/
      )
    }
  })
})

describe('resolveDatabaseUrl', () => {
  it('takes the flag, then DATABASE_URL from the environment it is given, then nothing (embedded)', () => {
    expect(resolveDatabaseUrl('postgres://a', { DATABASE_URL: 'postgres://b' })).toBe('postgres://a')
    expect(resolveDatabaseUrl(undefined, { DATABASE_URL: 'postgres://b' })).toBe('postgres://b')
    expect(resolveDatabaseUrl(undefined, { DATABASE_URL: '' })).toBeUndefined()
    expect(resolveDatabaseUrl('', {})).toBeUndefined()
    expect(resolveDatabaseUrl(undefined)).toBeUndefined()
  })
})
