export const id = 836;
export const ids = [836];
export const modules = {

/***/ 92836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _db_migrate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77439);
/* harmony import */ var _database_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40629);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71604);
/** `self-evolution migrate`: apply the pending migrations, or adopt a hand-made installation. */



const HELP = `Usage: self-evolution migrate [--database-url URL] [--json]

Applies the pending migrations of this version of the action, in one transaction under an advisory
lock, so that two starting at once apply each migration once. Tables created by hand for the original system
(no schema_migrations) are checked column by column and adopted. Refuses, changing nothing, when an
applied migration has changed, or when the schema is newer than this action.

Options:
${_database_js__WEBPACK_IMPORTED_MODULE_1__/* .DATABASE_URL_HELP */ .mo}
  --json               print the result as JSON
`;
async function run(argv, io) {
    return (0,_database_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('migrate', io, () => execute(argv, io));
}
async function execute(argv, io) {
    const { values } = (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)('migrate', argv, {
        'database-url': { type: 'string' },
        json: { type: 'boolean' }
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const db = await (0,_database_js__WEBPACK_IMPORTED_MODULE_1__/* .connect */ .Ng)(values['database-url'], io);
    try {
        const result = await (0,_db_migrate_js__WEBPACK_IMPORTED_MODULE_0__/* .migrate */ ._r)(db.sql);
        if (values.json) {
            io.stdout((0,_database_js__WEBPACK_IMPORTED_MODULE_1__/* .json */ .Pq)({ database: db.describe, ...result }));
        }
        else if (result.adopted) {
            io.stdout(`Adopted the existing self-evolution tables in ${db.describe}: recorded ${result.current[0]} as applied` +
                (result.applied.length ? `, then applied ${result.applied.join(', ')}.\n` : '.\n'));
        }
        else if (result.applied.length) {
            io.stdout(`Applied ${result.applied.join(', ')} to ${db.describe}.\n`);
        }
        else {
            io.stdout(`${db.describe} is up to date (${result.current.join(', ')}).\n`);
        }
        return 0;
    }
    finally {
        await db.close();
    }
}


/***/ }),

/***/ 40629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ openCommandDatabase),
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   Pq: () => (/* binding */ json),
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
        await (0,_db_migrate_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureSchema */ .K_)(db.sql, { migrate: db.kind === 'embedded' });
    }
    catch (error) {
        await db.close().catch(() => undefined);
        throw error;
    }
    return db;
}
/** Open without touching the schema (the migrate command). */
async function connect(flagUrl, io) {
    if (flagUrl === '')
        throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--database-url is empty; expected a postgres:// URL');
    return (0,_db_client_js__WEBPACK_IMPORTED_MODULE_0__.openDatabase)({ url: (0,_db_client_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveDatabaseUrl */ .N1)(flagUrl, io.env), cwd: io.cwd });
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


/***/ })

};
