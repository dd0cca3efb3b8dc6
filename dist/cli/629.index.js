export const id = 629;
export const ids = [629,665];
export const modules = {

/***/ 40629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ openCommandDatabase),
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   Pq: () => (/* binding */ json),
/* harmony export */   commandDatabaseUrl: () => (/* binding */ commandDatabaseUrl),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   kB: () => (/* binding */ time),
/* harmony export */   mo: () => (/* binding */ DATABASE_URL_HELP),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _db_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59665);
/* harmony import */ var _db_lockfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13005);
/* harmony import */ var _db_migrate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77439);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67388);
/* harmony import */ var _text_workflow_commands_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7929);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71604);
/**
 * What the database commands (migrate, flag, runs) share: the --database-url resolution (the flag,
 * then DATABASE_URL, then the embedded database), their errors as one line with the right exit code,
 * and plain-text tables.
 */






const DATABASE_URL_HELP = `  --database-url URL   PostgreSQL URL (default: DATABASE_URL, else the embedded database
                       in .self-evolution/pgdata)`;
/**
 * Open the database a command runs against, with the schema it needs. A server must already be
 * migrated (`self-evolution migrate`: schema changes are reviewed); the embedded database is local
 * and private, so it is migrated on the spot.
 */
async function openCommandDatabase(flagUrl, io) {
    const db = await connect(flagUrl, io);
    try {
        await (0,_db_migrate_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureSchema */ .K_)(db.sql, { migrate: db.kind === 'embedded', remedy: 'run `self-evolution migrate`' });
    }
    catch (error) {
        await db.close().catch(() => undefined);
        throw error;
    }
    return db;
}
/** Open without touching the schema (the migrate command). */
async function connect(flagUrl, io) {
    return (0,_db_client_js__WEBPACK_IMPORTED_MODULE_0__.openDatabase)({ url: commandDatabaseUrl(flagUrl, io.env), cwd: io.cwd });
}
/**
 * The database URL a command uses (the flag, else DATABASE_URL, else none: the embedded database),
 * checked before anything connects: a URL that cannot be one is a usage error naming where it came
 * from, and never quoting it (it holds the password).
 */
function commandDatabaseUrl(flagUrl, env) {
    if (flagUrl === '')
        throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--database-url is empty; expected a postgres:// URL');
    const url = (0,_db_client_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveDatabaseUrl */ .N1)(flagUrl, env);
    if (url === undefined)
        return undefined;
    try {
        (0,_db_client_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDatabaseUrl */ .X)(url);
    }
    catch (error) {
        if (!(error instanceof _db_client_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabaseUrlError */ .PT))
            throw error;
        const source = flagUrl !== undefined ? '--database-url' : 'the DATABASE_URL environment variable';
        throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`The database URL in ${source} is not valid: ${error.reason}`);
    }
    return url;
}
/**
 * Run a command's body, turning the errors a user can cause or meet into one line on stderr and an
 * exit code (2 bad usage, 1 a refusal or an unusable database), so the command behaves the same
 * whether the dispatcher or a test calls it.
 */
async function runCommand(name, io, body) {
    try {
        return await body();
    }
    catch (caught) {
        const error = asCommandError(caught);
        if (error instanceof _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb || error instanceof _io_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandError */ .Qd) {
            io.stderr(`self-evolution ${name}: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .forLog */ .Ig)(error.message, 1000)}\n`);
            return error instanceof _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb ? 2 : 1;
        }
        throw error;
    }
}
/** The errors a user can cause or meet, as one line: bad input exits 2, the rest 1. */
function asCommandError(error) {
    if (error instanceof _db_client_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabaseUrlError */ .PT)
        return new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(error.message);
    if (error instanceof _db_client_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabaseConnectError */ ._g ||
        error instanceof _db_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .EmbeddedLockedError */ .D ||
        error instanceof _db_migrate_js__WEBPACK_IMPORTED_MODULE_2__/* .MigrationError */ .Py ||
        error instanceof _db_migrate_js__WEBPACK_IMPORTED_MODULE_2__/* .IncompatibleSchemaError */ .L_) {
        return new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandError */ .Qd(error.message);
    }
    return error;
}
/** Columns padded to their widest cell; every cell made safe to print (agent-written text). */
function table(headers, rows) {
    const cells = rows.map(r => r.map(c => (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .forLog */ .Ig)(c, 200)));
    const widths = headers.map((h, i) => Math.max(h.length, ...cells.map(r => (r[i] ?? '').length)));
    const line = (r) => r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(headers), ...cells.map(line)].join('\n') + '\n';
}
/** A timestamp as UTC to the second, or '-'. */
function time(value) {
    if (value === null || value === undefined)
        return '-';
    const d = value instanceof Date ? value : new Date(value);
    return Number.isNaN(d.getTime()) ? String(value) : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** A --json document, pretty-printed, with no workflow command in its text (agent-written values). */
function json(value) {
    return (0,_text_workflow_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .inertJson */ .nl)(value, 2) + '\n';
}


/***/ }),

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


/***/ }),

/***/ 77439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L_: () => (/* reexport */ IncompatibleSchemaError),
  Py: () => (/* binding */ MigrationError),
  K_: () => (/* binding */ ensureSchema),
  _r: () => (/* binding */ migrate)
});

// UNUSED EXPORTS: ChecksumMismatchError, PREVIOUS_CHECKSUMS, SchemaBehindError, SchemaNewerError, migrationStatus

// EXTERNAL MODULE: ./src/db/migrations.generated.ts
var migrations_generated = __webpack_require__(63922);
;// CONCATENATED MODULE: ./src/db/adopt.ts

/** The original system's six tables, column by column, as format_type() spells the types. */
const SPEC_COLUMNS = {
    self_evolution_runs: {
        id: 'integer',
        run_date: 'date',
        status: 'character varying',
        started_at: 'timestamp with time zone',
        finished_at: 'timestamp with time zone',
        summary: 'text',
        logs_url: 'text',
        metrics: 'jsonb'
    },
    self_evolution_reflections: {
        id: 'integer',
        run_id: 'integer',
        insights: 'text',
        sentiment: 'jsonb',
        created_at: 'timestamp with time zone'
    },
    self_evolution_proposals: {
        id: 'integer',
        run_id: 'integer',
        type: 'character varying',
        title: 'text',
        description: 'text',
        risk_level: 'smallint',
        effort: 'smallint',
        allowlisted: 'boolean',
        blocked_reasons: 'text[]',
        created_at: 'timestamp with time zone'
    },
    self_evolution_actions: {
        id: 'integer',
        proposal_id: 'integer',
        action_type: 'character varying',
        payload: 'jsonb',
        status: 'character varying',
        created_at: 'timestamp with time zone',
        updated_at: 'timestamp with time zone'
    },
    self_evolution_rollbacks: {
        id: 'integer',
        action_id: 'integer',
        reason: 'text',
        created_at: 'timestamp with time zone'
    },
    feature_flags: {
        key: 'text',
        value: 'boolean',
        metadata: 'jsonb',
        created_at: 'timestamp with time zone'
    }
};
/** What 0001 adds to the original system's columns. Adoption adds them when they are missing. */
const ADDED_COLUMNS = {
    self_evolution_runs: { repository: 'text' },
    self_evolution_proposals: { repository: 'text', run_date: 'date' }
};
const SPEC_TABLES = Object.keys(SPEC_COLUMNS);
/** Every table the first migration creates. */
const OWN_TABLES = [...SPEC_TABLES, 'self_evolution_events'];
class IncompatibleSchemaError extends Error {
    name = 'IncompatibleSchemaError';
}
/** Which of the first migration's tables exist (in the search path). */
async function existingTables(tx) {
    const rows = await tx `
    SELECT t AS name FROM unnest(${OWN_TABLES}::text[]) AS t WHERE to_regclass(t) IS NOT NULL
  `;
    return rows.map(r => r.name);
}
/** Every way the existing tables differ from what adoption can take over; empty when compatible. */
async function legacyDifferences(tx, tables) {
    const columns = await tx `
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, NULL) AS type,
           a.attnotnull AS "notNull", (a.atthasdef OR a.attidentity <> '') AS "hasDefault"
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    WHERE c.oid IN (SELECT to_regclass(t) FROM unnest(${tables}::text[]) AS t)
      AND a.attnum > 0 AND NOT a.attisdropped
  `;
    const primaryKeys = await tx `
    SELECT c.relname AS table, array_agg(a.attname::text ORDER BY a.attnum) AS columns
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)
    WHERE con.contype = 'p' AND c.oid IN (SELECT to_regclass(t) FROM unnest(${tables}::text[]) AS t)
    GROUP BY c.relname
  `;
    const differences = [];
    for (const table of tables) {
        if (!(table in SPEC_COLUMNS)) {
            differences.push(`${table} exists, but schema_migrations does not`);
            continue;
        }
        const found = new Map(columns.filter(c => c.table === table).map(c => [c.column, c]));
        const expected = { ...SPEC_COLUMNS[table], ...ADDED_COLUMNS[table] };
        for (const [column, type] of Object.entries(expected)) {
            const actual = found.get(column);
            if (!actual) {
                if (!ADDED_COLUMNS[table]?.[column])
                    differences.push(`${table}.${column} is missing`);
            }
            else if (actual.type !== type) {
                differences.push(`${table}.${column} is ${actual.type}, expected ${type}`);
            }
        }
        for (const c of found.values()) {
            if (!(c.column in expected) && c.notNull && !c.hasDefault) {
                differences.push(`${table}.${c.column} is an extra NOT NULL column without a default, so inserts would fail`);
            }
        }
        const key = table === 'feature_flags' ? 'key' : 'id';
        const pk = primaryKeys.find(p => p.table === table)?.columns ?? [];
        if (pk.length !== 1 || pk[0] !== key) {
            differences.push(`${table} has primary key (${pk.join(', ') || 'none'}), expected (${key})`);
        }
        if (key === 'id' && found.get('id') && !found.get('id').hasDefault) {
            differences.push(`${table}.id has no default, expected SERIAL`);
        }
    }
    return differences;
}
/**
 * Check, then adopt. Throws IncompatibleSchemaError naming every difference, or naming the row
 * that breaks a constraint; the caller's transaction then rolls back and nothing has changed.
 */
async function adoptLegacySchema(tx, tables) {
    const differences = await legacyDifferences(tx, tables);
    if (differences.length) {
        throw new IncompatibleSchemaError(`Cannot adopt the existing self-evolution tables (they have no schema_migrations): ${differences.join('; ')}. Nothing was changed.`);
    }
    try {
        await tx.unsafe(migrations_generated/* ADOPTION */.Db.sql);
    }
    catch (error) {
        const e = error;
        throw new IncompatibleSchemaError(`Cannot adopt the existing self-evolution tables: ${e.message ?? String(error)}${e.detail ? ` (${e.detail})` : ''}. Nothing was changed.`);
    }
}

;// CONCATENATED MODULE: ./src/db/migrate.ts



/** One key for every self-evolution migrator, whichever database: pg_advisory_xact_lock(bigint). */
const MIGRATION_LOCK = '7306548315522904065';
/**
 * Earlier checksums of migrations whose comments were reworded after release: the statements are
 * the same, so a database that recorded one of these is up to date. Only a file's own earlier
 * checksums are accepted; any other difference is still a changed migration.
 */
const PREVIOUS_CHECKSUMS = {
    '0001_init.sql': ['8e99304b2ff7cfd732b33bae50996e4801bd93977cfa35d9e34e5e509c9b449e'],
    '0003_monitoring_views.sql': ['67a53b8003434b0a26ec11a37494eb89b5948a6631fa6c2e758df256261634b6']
};
class MigrationError extends Error {
    name = 'MigrationError';
}
/** The schema lacks migrations this action needs, and migrating was not asked for. */
class SchemaBehindError extends MigrationError {
    name = 'SchemaBehindError';
}
/** The schema has migrations this action does not know: a newer action applied them. */
class SchemaNewerError extends MigrationError {
    name = 'SchemaNewerError';
}
/** An applied migration's file has changed since. */
class ChecksumMismatchError extends MigrationError {
    name = 'ChecksumMismatchError';
}
/** Apply what is pending (adopting a hand-made installation first), all in one transaction. */
async function migrate(sql, opts = {}) {
    const migrations = opts.migrations ?? migrations_generated/* MIGRATIONS */.ox;
    const version = opts.actionVersion ?? migrations_generated/* ACTION_VERSION */.Yt;
    return sql.begin(async (tx) => {
        await tx `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK}::bigint)`;
        await assertOwnMigrationsTable(tx);
        await tx `
      CREATE TABLE IF NOT EXISTS schema_migrations (
        name           TEXT PRIMARY KEY,
        checksum       TEXT NOT NULL,
        applied_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
        action_version TEXT NOT NULL
      )
    `;
        const applied = await readApplied(tx);
        refuseForeignHistory(applied, migrations, version);
        const done = new Set(applied.map(m => m.name));
        const newly = [];
        let adopted = false;
        if (applied.length === 0) {
            const legacy = await existingTables(tx);
            if (legacy.length) {
                await adoptLegacySchema(tx, legacy);
                await recordApplied(tx, migrations[0], version);
                done.add(migrations[0].name);
                adopted = true;
            }
        }
        for (const m of migrations) {
            if (done.has(m.name))
                continue;
            try {
                await tx.unsafe(m.sql);
            }
            catch (error) {
                throw new MigrationError(`Migration ${m.name} failed: ${error.message}. Nothing was applied.`);
            }
            await recordApplied(tx, m, version);
            newly.push(m.name);
        }
        if (adopted || newly.length) {
            await tx `
        INSERT INTO self_evolution_events (kind, reason, detail)
        VALUES ('migration', ${adopted ? 'adopted' : 'applied'},
                ${tx.json({ applied: newly, adopted, actionVersion: version })})
      `;
        }
        return { applied: newly, adopted, current: migrations.map(m => m.name) };
    });
}
/** Where the schema stands, without changing it. */
async function migrationStatus(sql, opts = {}) {
    const migrations = opts.migrations ?? migrations_generated/* MIGRATIONS */.ox;
    const version = opts.actionVersion ?? migrations_generated/* ACTION_VERSION */.Yt;
    const exists = await assertOwnMigrationsTable(sql);
    const applied = exists ? await readApplied(sql) : [];
    refuseForeignHistory(applied, migrations, version);
    const done = new Set(applied.map(m => m.name));
    const legacyTables = applied.length === 0 ? await existingTables(sql) : [];
    return { applied, pending: migrations.filter(m => !done.has(m.name)).map(m => m.name), legacyTables };
}
/**
 * What every entrypoint calls before touching the tables: migrate when asked to, otherwise make sure
 * the schema is exactly what this action expects, or fail with one line saying what to do.
 */
async function ensureSchema(sql, 
/** remedy: what to do, worded for the interface in use (src/runtime/surface.ts). */
opts) {
    if (opts.migrate)
        return migrate(sql, opts);
    const status = await migrationStatus(sql, opts);
    if (status.pending.length) {
        const what = status.legacyTables.length
            ? 'The database has self-evolution tables from before migrations (no schema_migrations) to adopt'
            : `The database schema is behind this action (${status.pending.join(', ')} not applied)`;
        const remedy = opts.remedy ?? 'run `self-evolution migrate` or set `migrate: true`';
        throw new SchemaBehindError(`${what}: ${remedy}.`);
    }
    return status;
}
async function readApplied(sql) {
    return sql `
    SELECT name, checksum, applied_at AS "appliedAt", action_version AS "actionVersion"
    FROM schema_migrations ORDER BY name
  `;
}
async function recordApplied(tx, m, version) {
    await tx `
    INSERT INTO schema_migrations (name, checksum, action_version) VALUES (${m.name}, ${m.checksum}, ${version})
  `;
}
/**
 * Another tool's schema_migrations (Rails has one) must not be mistaken for ours, nor written to.
 * Returns whether the table exists.
 */
async function assertOwnMigrationsTable(sql) {
    const columns = await sql `
    SELECT a.attname AS name FROM pg_attribute a
    WHERE a.attrelid = to_regclass('schema_migrations') AND a.attnum > 0 AND NOT a.attisdropped
  `;
    if (!columns.length)
        return false;
    const names = new Set(columns.map(c => c.name));
    const missing = ['name', 'checksum', 'action_version'].filter(c => !names.has(c));
    if (missing.length) {
        throw new MigrationError(`The table schema_migrations belongs to another tool (it has no ${missing.join(', ')} column); ` +
            'give self-evolution its own database or schema (search_path).');
    }
    return true;
}
function refuseForeignHistory(applied, migrations, version) {
    const known = new Map(migrations.map(m => [m.name, m]));
    const unknown = applied.filter(a => !known.has(a.name));
    if (unknown.length) {
        const newest = unknown[unknown.length - 1];
        throw new SchemaNewerError(`The database schema is newer than this action (self-evolution ${version}): ` +
            `${unknown.map(u => u.name).join(', ')} ${unknown.length === 1 ? 'was' : 'were'} applied by self-evolution ` +
            `${newest.actionVersion}. Use that version of the action or a newer one.`);
    }
    const changed = applied.filter(a => !sameMigration(known.get(a.name), a.checksum));
    if (changed.length) {
        const c = changed[0];
        throw new ChecksumMismatchError(`Migration ${c.name} has changed since it was applied (applied checksum ${c.checksum.slice(0, 12)}, ` +
            `this action's ${known.get(c.name).checksum.slice(0, 12)}). Applied migrations never change: ` +
            'restore the file and put the change in a new migration.');
    }
}
/** The applied checksum is this file's, now or before a comment-only rewording. */
function sameMigration(m, appliedChecksum) {
    return m.checksum === appliedChecksum || (PREVIOUS_CHECKSUMS[m.name] ?? []).includes(appliedChecksum);
}


/***/ })

};
