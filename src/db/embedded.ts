/**
 * The embedded database: PGlite (PostgreSQL in WASM), reached through the same postgres.js code as a
 * real server. postgres.js accepts a custom `socket`; PGliteSocket is an in-process Duplex that
 * frames the client's wire-protocol messages and feeds them to PGlite's execProtocolRawStream.
 *
 * PGlite is loaded lazily, from node_modules, and only here: ncc cannot bundle it, and the action on
 * GitHub never needs it (bundle.mjs marks it external; the specifier lives in a variable).
 */
import { Duplex } from 'node:stream'
import type { PGlite } from '@electric-sql/pglite'

const PGLITE_MODULE = '@electric-sql/pglite'

export async function createPGlite(dataDir: string | undefined): Promise<PGlite> {
  const { PGlite: PGliteClass } = (await import(
    /* webpackIgnore: true */ PGLITE_MODULE
  )) as typeof import('@electric-sql/pglite')
  return PGliteClass.create(dataDir ? { dataDir } : {})
}

const STARTUP = 196608 // protocol 3.0
const SSL_REQUEST = 80877103
const TERMINATE = 0x58 // 'X'

function simpleQuery(text: string): Uint8Array {
  const body = Buffer.from(text + '\0', 'utf8')
  const message = Buffer.alloc(5 + body.length)
  message.write('Q', 0, 'latin1')
  message.writeInt32BE(4 + body.length, 1)
  body.copy(message, 5)
  return new Uint8Array(message)
}

/**
 * One postgres.js connection to a PGlite instance. PGlite is a single session, so postgres.js must
 * use `max: 1`; a later connection (after the previous one ended) first rolls back whatever the
 * previous one may have left open.
 */
export class PGliteSocket extends Duplex {
  /** postgres.js reads this before sending Terminate. */
  readyState: 'open' | 'closed' = 'open'
  private pending: Buffer = Buffer.alloc(0)
  private started = false

  constructor(
    private readonly db: PGlite,
    private readonly session: { connections: number }
  ) {
    super()
  }

  override _read(): void {
    // Data is pushed as PGlite produces it.
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk
    const messages: Buffer[] = []
    let startup = false
    for (;;) {
      // The startup packet has no type byte; every later message has one.
      const head = this.started ? 1 : 0
      if (this.pending.length < head + 4) break
      const length = this.pending.readInt32BE(head) + head
      if (this.pending.length < length) break
      const message = this.pending.subarray(0, length)
      this.pending = this.pending.subarray(length)
      if (!this.started) {
        const code = message.readInt32BE(4)
        if (code === SSL_REQUEST) {
          this.push(Buffer.from('N')) // no TLS in-process
          continue
        }
        if (code !== STARTUP) {
          // A CancelRequest (PGlite runs one statement at a time and cannot cancel), or not PostgreSQL.
          done()
          this.destroy()
          return
        }
        this.started = true
        startup = true
      } else if (message[0] === TERMINATE) {
        continue // the session belongs to the PGlite instance, not to this connection
      }
      messages.push(message)
    }
    if (!messages.length) return done()
    const data = new Uint8Array(messages.length === 1 ? messages[0] : Buffer.concat(messages))
    // Deferred on purpose: PGlite may answer synchronously, and postgres.js must not be re-entered
    // from inside its own socket.write() (it would drop the query it queues in that moment).
    queueMicrotask(() => {
      this.exchange(data, startup).then(() => done(), done)
    })
  }

  private async exchange(data: Uint8Array, startup: boolean): Promise<void> {
    if (startup && this.session.connections++ > 0) {
      // A previous connection may have ended inside a transaction: start this one clean.
      await this.db.execProtocolRaw(simpleQuery('ROLLBACK'))
    }
    await this.db.execProtocolRawStream(data, { onRawData: chunk => this.push(Buffer.from(chunk)) })
  }

  override _final(done: (error?: Error | null) => void): void {
    this.push(null)
    done()
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.readyState = 'closed'
    done(error)
  }
}
