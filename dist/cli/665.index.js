export const id = 665;
export const ids = [665];
export const modules = {

/***/ 59665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _g: () => (/* binding */ DatabaseConnectError),
  PT: () => (/* binding */ DatabaseUrlError),
  JJ: () => (/* binding */ EMBEDDED_DIR),
  X: () => (/* binding */ checkDatabaseUrl),
  sA: () => (/* binding */ inTransaction),
  openDatabase: () => (/* binding */ openDatabase),
  N1: () => (/* binding */ resolveDatabaseUrl)
});

// UNUSED EXPORTS: MEMORY_URL, connectPGlite, openEmbedded, openServer

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/postgres/src/index.js + 9 modules
var src = __webpack_require__(71534);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/db/embedded.ts
/**
 * The embedded database: PGlite (PostgreSQL in WASM), reached through the same postgres.js code as a
 * real server. postgres.js accepts a custom `socket`; PGliteSocket is an in-process Duplex that
 * frames the client's wire-protocol messages and feeds them to PGlite's execProtocolRawStream.
 *
 * PGlite is loaded lazily, from node_modules, and only here: ncc cannot bundle it, and the action on
 * GitHub never needs it (bundle.mjs marks it external; the specifier lives in a variable).
 */

const PGLITE_MODULE = '@electric-sql/pglite';
async function createPGlite(dataDir) {
    const { PGlite: PGliteClass } = (await import(
    /* webpackIgnore: true */ PGLITE_MODULE));
    return PGliteClass.create(dataDir ? { dataDir } : {});
}
const STARTUP = 196608; // protocol 3.0
const SSL_REQUEST = 80877103;
const TERMINATE = 0x58; // 'X'
function simpleQuery(text) {
    const body = Buffer.from(text + '\0', 'utf8');
    const message = Buffer.alloc(5 + body.length);
    message.write('Q', 0, 'latin1');
    message.writeInt32BE(4 + body.length, 1);
    body.copy(message, 5);
    return new Uint8Array(message);
}
/**
 * One postgres.js connection to a PGlite instance. PGlite is a single session, so postgres.js must
 * use `max: 1`; a later connection (after the previous one ended) first rolls back whatever the
 * previous one may have left open.
 */
class PGliteSocket extends external_node_stream_.Duplex {
    db;
    session;
    /** postgres.js reads this before sending Terminate. */
    readyState = 'open';
    pending = Buffer.alloc(0);
    started = false;
    constructor(db, session) {
        super();
        this.db = db;
        this.session = session;
    }
    _read() {
        // Data is pushed as PGlite produces it.
    }
    _write(chunk, _encoding, done) {
        this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
        const messages = [];
        let startup = false;
        for (;;) {
            // The startup packet has no type byte; every later message has one.
            const head = this.started ? 1 : 0;
            if (this.pending.length < head + 4)
                break;
            const length = this.pending.readInt32BE(head) + head;
            if (this.pending.length < length)
                break;
            const message = this.pending.subarray(0, length);
            this.pending = this.pending.subarray(length);
            if (!this.started) {
                const code = message.readInt32BE(4);
                if (code === SSL_REQUEST) {
                    this.push(Buffer.from('N')); // no TLS in-process
                    continue;
                }
                if (code !== STARTUP) {
                    // A CancelRequest (PGlite runs one statement at a time and cannot cancel), or not PostgreSQL.
                    done();
                    this.destroy();
                    return;
                }
                this.started = true;
                startup = true;
            }
            else if (message[0] === TERMINATE) {
                continue; // the session belongs to the PGlite instance, not to this connection
            }
            messages.push(message);
        }
        if (!messages.length)
            return done();
        const data = new Uint8Array(messages.length === 1 ? messages[0] : Buffer.concat(messages));
        // Deferred on purpose: PGlite may answer synchronously, and postgres.js must not be re-entered
        // from inside its own socket.write() (it would drop the query it queues in that moment).
        queueMicrotask(() => {
            this.exchange(data, startup).then(() => done(), done);
        });
    }
    async exchange(data, startup) {
        if (startup && this.session.connections++ > 0) {
            // A previous connection may have ended inside a transaction: start this one clean.
            await this.db.execProtocolRaw(simpleQuery('ROLLBACK'));
        }
        await this.db.execProtocolRawStream(data, { onRawData: chunk => this.push(Buffer.from(chunk)) });
    }
    _final(done) {
        this.push(null);
        done();
    }
    _destroy(error, done) {
        this.readyState = 'closed';
        done(error);
    }
}

// EXTERNAL MODULE: ./src/db/lockfile.ts
var lockfile = __webpack_require__(13005);
// EXTERNAL MODULE: ./src/db/local-dir.ts
var local_dir = __webpack_require__(9471);
;// CONCATENATED MODULE: ./src/db/client.ts
/**
 * Opening the database: a PostgreSQL server from a URL, or the embedded PGlite database when there is
 * none (the CLI and local runs; never the action on GitHub). Both are driven by postgres.js with the
 * same options, so every query in src/db runs unchanged on either.
 */






/**
 * Run `fn` in a transaction: a new one on a connection, or the caller's own when `sql` is already a
 * transaction (so a function that needs atomicity can also join a larger transaction).
 */
async function inTransaction(sql, fn) {
    if ('begin' in sql && typeof sql.begin === 'function')
        return (await sql.begin(fn));
    return fn(sql);
}
/** The URL that selects a throwaway in-memory embedded database (tests). */
const MEMORY_URL = 'pglite://memory';
/** Where the embedded database lives, relative to the working directory. */
const EMBEDDED_DIR = (0,external_node_path_.join)(local_dir/* LOCAL_DIR */.i, 'pgdata');
// Five seconds: an unreachable database must fail the job with one clear line within 10 s.
const DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;
/** An unreachable database, a refused login or a failed TLS handshake, in one line without secrets. */
class DatabaseConnectError extends Error {
    name = 'DatabaseConnectError';
}
/** A database URL that cannot be a PostgreSQL URL: bad input rather than an unreachable server. */
class DatabaseUrlError extends DatabaseConnectError {
    name = 'DatabaseUrlError';
    /** What is wrong and what was expected, without naming where the URL came from (the caller knows). */
    reason;
    constructor(reason) {
        super(`The database URL is not valid: ${reason}`);
        this.reason = reason;
    }
}
/** Shared by both kinds: DATE stays the 'YYYY-MM-DD' it is (not a UTC-midnight Date), notices stay quiet. */
const COMMON = {
    types: {
        date: { to: 1082, from: [1082], serialize: (x) => x, parse: (x) => x }
    },
    onnotice: () => { }
};
/**
 * The URL, in order: `url` (the --database-url flag or the action input), then DATABASE_URL from
 * `env` when `env` is given, else none (the embedded database).
 */
function resolveDatabaseUrl(url, env) {
    if (url)
        return url;
    const fromEnv = env?.DATABASE_URL;
    return fromEnv ? fromEnv : undefined;
}
/**
 * Open the database the options select: a server URL, `pglite://memory`, or (no URL) the embedded
 * database persisted under `<cwd>/.self-evolution/pgdata`. DATABASE_URL is read only from `env`, and
 * only when `env` is passed, so a caller that wants the embedded database gets it.
 */
async function openDatabase(opts) {
    const url = resolveDatabaseUrl(opts.url, opts.env);
    if (url === MEMORY_URL)
        return openEmbedded({ onQuery: opts.onQuery });
    if (url)
        return openServer(url, opts.connectTimeoutSeconds ?? DEFAULT_CONNECT_TIMEOUT_SECONDS, opts.onQuery);
    (0,local_dir/* ensureLocalDir */.T)(opts.cwd);
    return openEmbedded({ dataDir: (0,external_node_path_.join)(opts.cwd, EMBEDDED_DIR), onQuery: opts.onQuery });
}
function debugOption(onQuery) {
    return onQuery ? { debug: (_connection, query) => onQuery(query) } : {};
}
/**
 * Whether `url` can be a PostgreSQL server's URL, before anything connects: a DatabaseUrlError
 * (whose message never holds the password) when it cannot.
 */
function checkDatabaseUrl(url) {
    if (url !== MEMORY_URL)
        describeUrl(url);
}
/** A PostgreSQL server. Connects at once, so an unreachable server fails here with one clear line. */
async function openServer(url, connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT_SECONDS, onQuery) {
    const target = describeUrl(url);
    const sql = (0,src/* default */.A)(url, {
        ...COMMON,
        ...debugOption(onQuery),
        max: 5,
        connect_timeout: connectTimeoutSeconds,
        connection: { application_name: 'self-evolution' }
    });
    try {
        await sql `SELECT 1`;
    }
    catch (error) {
        await sql.end({ timeout: 0 }).catch(() => undefined);
        throw new DatabaseConnectError(redact(`Cannot connect to the database at ${target.where}: ${connectCause(error, target, connectTimeoutSeconds)}.`, url));
    }
    let closed;
    return {
        sql,
        kind: 'server',
        describe: target.where,
        close: () => (closed ??= sql.end({ timeout: 5 }))
    };
}
/**
 * The embedded database: in memory without `dataDir`, else persisted there under an exclusive
 * lockfile (`<dataDir>.lock`), because two processes on one data directory lose rows.
 */
async function openEmbedded(opts) {
    let lock;
    if (opts.dataDir) {
        (0,external_node_fs_.mkdirSync)(opts.dataDir, { recursive: true });
        lock = (0,lockfile/* acquireLock */.I)(`${opts.dataDir}.lock`, `The embedded database ${opts.dataDir}`);
    }
    let pglite;
    try {
        pglite = await createPGlite(opts.dataDir);
    }
    catch (error) {
        lock?.release();
        throw new DatabaseConnectError(`Cannot open the embedded database ${opts.dataDir ?? '(in memory)'}: ${error.message}`);
    }
    return connectPGlite(pglite, {
        describe: opts.dataDir ? `embedded ${opts.dataDir}` : 'embedded (in memory)',
        onQuery: opts.onQuery,
        onClose: async () => {
            try {
                await pglite.close();
            }
            finally {
                lock?.release();
            }
        }
    });
}
/**
 * A postgres.js client over an open PGlite instance. `onClose` runs after the client has ended
 * (the owner of the instance decides whether closing the client closes PGlite).
 */
function connectPGlite(pglite, opts) {
    const session = sessions.get(pglite) ?? { connections: 0 };
    sessions.set(pglite, session);
    const options = {
        ...COMMON,
        ...debugOption(opts.onQuery),
        // postgres.js supports a custom socket factory; its type definitions do not declare it.
        socket: () => new PGliteSocket(pglite, session),
        // PGlite is one session: one connection, kept for the client's lifetime.
        max: 1,
        max_lifetime: null,
        idle_timeout: 0
    };
    const sql = (0,src/* default */.A)(options);
    let closed;
    return {
        sql,
        kind: 'embedded',
        describe: opts.describe,
        close: () => (closed ??= (async () => {
            await sql.end({ timeout: 5 });
            await opts.onClose?.();
        })())
    };
}
const sessions = new WeakMap();
function describeUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new DatabaseUrlError('expected postgres://USER:PASSWORD@HOST:PORT/DATABASE.');
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
        throw new DatabaseUrlError(`it starts with "${parsed.protocol}//"; expected postgres://USER:PASSWORD@HOST:PORT/DATABASE.`);
    }
    // The driver decodes these with decodeURIComponent and would throw a bare "URI malformed"; the
    // host as it cuts it: the authority after its first "@".
    const authority = url.slice(url.indexOf('://') + 3).split(/[?/]/)[0];
    for (const [part, text] of [
        ['host', authority.slice(authority.indexOf('@') + 1)],
        ['user name', parsed.username],
        ['password', parsed.password],
        ['database name', parsed.pathname]
    ]) {
        if (!decodes(text)) {
            throw new DatabaseUrlError(`its ${part} has a "%" that starts no %XX escape; expected special characters written as %XX (a "%" itself as %25).`);
        }
    }
    const host = safeDecode(parsed.hostname) || parsed.searchParams.get('host') || 'localhost';
    const database = safeDecode(parsed.pathname.replace(/^\//, '')) || safeDecode(parsed.username);
    const sslmode = parsed.searchParams.get('sslmode') ?? parsed.searchParams.get('ssl') ?? '';
    return {
        where: `${host}:${parsed.port || '5432'}/${database}`,
        host,
        ssl: sslmode !== '' && sslmode !== 'disable' && sslmode !== 'false'
    };
}
function connectCause(error, target, timeout) {
    const e = error;
    const message = String(e?.message ?? error).split('\n')[0];
    switch (e?.code) {
        case 'ECONNREFUSED':
            return 'connection refused (is PostgreSQL running and listening there?)';
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return `host "${target.host}" not found`;
        case 'CONNECT_TIMEOUT':
        case 'ETIMEDOUT':
            return `no answer within ${timeout} s`;
        case '28P01':
            return `${message} (check the user and password in the URL)`;
        case '28000':
            return /no encryption/i.test(message)
                ? `${message}; the server requires TLS: add ?sslmode=require to the URL`
                : message;
    }
    if (target.ssl && /TLS|SSL|ECONNRESET|socket disconnected/i.test(`${e?.code} ${message}`)) {
        return `the TLS handshake failed (${message}); the server may not accept TLS, or sslmode asks for more than it offers`;
    }
    return e?.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}
/** Remove the password from a message, in every spelling the URL may carry it. */
function redact(message, url) {
    let password;
    try {
        password = new URL(url).password;
    }
    catch {
        return message;
    }
    if (!password)
        return message;
    let out = message;
    for (const spelling of new Set([password, safeDecode(password)])) {
        if (spelling)
            out = out.split(spelling).join('***');
    }
    return out;
}
function decodes(text) {
    try {
        decodeURIComponent(text);
        return true;
    }
    catch {
        return false;
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 9471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ ensureLocalDir),
/* harmony export */   i: () => (/* binding */ LOCAL_DIR)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * `.self-evolution/`: where the CLI and local runs keep what they make in the directory they run in
 * (the embedded database, artifact files, the observatory's page). It is never meant to be committed,
 * so it carries its own `.gitignore` of `*`, written when the folder is made (as pytest does for its
 * cache): an adopter's repository needs no change to keep 40 MB of database out of `git status`.
 */


const LOCAL_DIR = '.self-evolution';
const GITIGNORE = '# Written by self-evolution: nothing in this folder is meant to be committed.\n*\n';
/** Make `<cwd>/.self-evolution/` with its `.gitignore` when either is missing; returns the folder. */
function ensureLocalDir(cwd) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, LOCAL_DIR);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.gitignore'), GITIGNORE, { flag: 'wx' });
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    return dir;
}


/***/ }),

/***/ 13005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ EmbeddedLockedError),
/* harmony export */   I: () => (/* binding */ acquireLock)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/**
 * An exclusive lockfile for the embedded database. Two processes on one PGlite data directory
 * silently lose rows, so the second opener must get a clear error instead. A lock left by a process
 * that died (kill -9, a crash) is taken over: its holder's pid no longer runs on this host.
 */



class EmbeddedLockedError extends Error {
    name = 'EmbeddedLockedError';
}
const held = new Map();
let exitHookInstalled = false;
/** Take the lock at `path`, or throw EmbeddedLockedError naming the process that holds it. */
function acquireLock(path, what) {
    const mine = {
        pid: process.pid,
        hostname: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(),
        startedAt: new Date().toISOString(),
        nonce: (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomUUID)()
    };
    const text = JSON.stringify(mine) + '\n';
    for (let attempt = 0; attempt < 10; attempt++) {
        if (createExclusive(path, text)) {
            held.set(path, text);
            installExitHook();
            return { path, release: () => release(path, text) };
        }
        const current = readText(path);
        if (current === undefined)
            continue; // released meanwhile: try again
        const holder = parseHolder(current);
        if (holder && holder.hostname !== mine.hostname) {
            throw new EmbeddedLockedError(`${what} is locked by process ${holder.pid} on host ${holder.hostname} (since ${holder.startedAt}); ` +
                `if that process is gone, delete ${path}.`);
        }
        if (holder && pidAlive(holder.pid)) {
            throw new EmbeddedLockedError(`${what} is in use by process ${holder.pid} (since ${holder.startedAt}); ` +
                'the embedded database allows one process at a time. Wait for it to finish, or use --database-url.');
        }
        removeStale(path, current);
    }
    throw new EmbeddedLockedError(`${what}: could not take the lock ${path}; another process keeps taking it.`);
}
/** Create `path` holding `text`, atomically: a reader never sees it empty. */
function createExclusive(path, text) {
    const temp = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomUUID)()}.tmp`;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(temp, 'wx');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, text);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(temp, path);
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(temp);
    }
}
/** Move a dead holder's lock aside; if a live process replaced it meanwhile, put that one back. */
function removeStale(path, staleText) {
    const aside = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomUUID)()}.stale`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(path, aside);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return;
        throw error;
    }
    if (readText(aside) !== staleText) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(aside, path);
        }
        catch {
            // Someone created a newer lock already; theirs stands.
        }
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(aside);
}
function release(path, text) {
    if (held.get(path) !== text)
        return;
    held.delete(path);
    if (readText(path) === text) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
        }
        catch {
            // Already gone.
        }
    }
}
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.once('exit', () => {
        for (const [path, text] of held)
            release(path, text);
    });
}
function readText(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
function parseHolder(text) {
    try {
        const h = JSON.parse(text);
        return typeof h.pid === 'number' && typeof h.hostname === 'string'
            ? {
                pid: h.pid,
                hostname: h.hostname,
                startedAt: String(h.startedAt ?? '?'),
                nonce: String(h.nonce ?? '')
            }
            : undefined;
    }
    catch {
        return undefined;
    }
}
function pidAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}


/***/ })

};
