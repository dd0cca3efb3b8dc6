export const id = 871;
export const ids = [871];
export const modules = {

/***/ 14595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_OUT: () => (/* binding */ DEFAULT_OUT),
/* harmony export */   REPORT_FILE: () => (/* binding */ REPORT_FILE),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _db_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70986);
/* harmony import */ var _report_html_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86433);
/* harmony import */ var _report_figures_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53831);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67388);
/* harmony import */ var _database_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40629);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71604);
/**
 * `self-evolution report [--since 30d] [--out DIR] [--json]`: the observatory. Reads the window's
 * figures in one statement, writes one self-contained HTML page (DIR/report.html), or prints the same
 * figures as JSON. The window is the last N UTC days up to today, by the injected clock.
 */








/** Where the page goes without --out, relative to the working directory (git-ignored). */
const DEFAULT_OUT = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)('.self-evolution', 'report');
const REPORT_FILE = 'report.html';
const HELP = `Usage: self-evolution report [--since ${_report_figures_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DAYS */ .ak}d] [--out DIR] [--json] [options]

The observatory: what the agent has been doing, at a glance. One self-contained HTML page (inline
CSS and SVG, no script, nothing fetched from the network) with a calendar of the daily runs,
proposals allowed and blocked per day, violations by rule, actions by status, rollbacks with their
reasons, the feature flag's history, and the most recent runs with links to their logs.

Options:
  --since Nd               the last N UTC days, today included (${_report_figures_js__WEBPACK_IMPORTED_MODULE_4__/* .MIN_DAYS */ .bm}d to ${_report_figures_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_DAYS */ .de}d; default ${_report_figures_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DAYS */ .ak}d)
  --out DIR                write DIR/${REPORT_FILE} (default: ${DEFAULT_OUT}; with --json, only when given)
  --json                   print the same figures as JSON on stdout (fields: docs/observatory.md)
  --repository OWNER/REPO  only this repository (default: every repository in the database)
${_database_js__WEBPACK_IMPORTED_MODULE_6__/* .DATABASE_URL_HELP */ .mo}
`;
async function run(argv, io) {
    return (0,_database_js__WEBPACK_IMPORTED_MODULE_6__/* .runCommand */ .d1)('report', io, () => execute(argv, io));
}
async function execute(argv, io) {
    const { values } = (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommandArgs */ .Qx)('report', argv, {
        since: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
        repository: { type: 'string' },
        'database-url': { type: 'string' }
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const since = (0,_report_figures_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSince */ .m1)(values.since ?? `${_report_figures_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DAYS */ .ak}d`);
    if ('error' in since)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(since.error);
    if (values.out !== undefined && !values.out.trim()) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('--out is empty; expected a directory to write report.html into');
    }
    const repository = (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .repositoryFlag */ .nm)(values.repository) ?? null;
    const asJson = values.json === true;
    const outDir = values.out !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.out) : asJson ? null : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, DEFAULT_OUT);
    const now = io.now();
    const window = (0,_report_figures_js__WEBPACK_IMPORTED_MODULE_4__/* .reportWindow */ .Zj)(now, since.days);
    const db = await (0,_database_js__WEBPACK_IMPORTED_MODULE_6__/* .openCommandDatabase */ .NN)(values['database-url'], io);
    let rows;
    try {
        rows = await (0,_db_report_js__WEBPACK_IMPORTED_MODULE_2__/* .readObservatory */ .x)(db.sql, {
            repository,
            from: window.from,
            to: window.to,
            recentRuns: _report_figures_js__WEBPACK_IMPORTED_MODULE_4__/* .RECENT_RUNS */ .bL
        });
    }
    catch (error) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandError */ .Qd(`Cannot read the report's figures from ${db.describe}: ${error.message.split('\n')[0]}`);
    }
    finally {
        await db.close();
    }
    const figures = (0,_report_figures_js__WEBPACK_IMPORTED_MODULE_4__/* .buildFigures */ .cf)(rows, { now, window, repository });
    if (outDir !== null) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, REPORT_FILE);
        const html = (0,_report_html_js__WEBPACK_IMPORTED_MODULE_3__/* .renderHtml */ .K2)(figures);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(outDir, { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, html, 'utf8');
        }
        catch (error) {
            throw new _io_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandError */ .Qd(`Cannot write ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .forLog */ .Ig)(file, 300)}: ${error.code ?? error.message}`);
        }
        const t = figures.totals;
        const line = `Wrote ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .forLog */ .Ig)(file, 300)} (${Math.ceil(Buffer.byteLength(html) / 1024)} KB): ` +
            `${window.from} to ${window.to}, ${t.runs} run(s) (${t.runsByStatus.success} success, ` +
            `${t.runsByStatus.failed} failed, ${t.runsByStatus.reverted} reverted), ` +
            `${t.daysByState.skipped + t.daysByState.none} day(s) without a run, ` +
            `${t.allowed} proposal(s) allowed, ${t.blocked} blocked, ${t.rollbacks} rollback(s).\n`;
        // With --json, stdout carries the JSON alone.
        if (asJson)
            io.stderr(line);
        else
            io.stdout(line);
    }
    if (asJson)
        io.stdout((0,_database_js__WEBPACK_IMPORTED_MODULE_6__/* .json */ .Pq)(figures));
    return 0;
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


/***/ }),

/***/ 35157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ listFlags),
/* harmony export */   OZ: () => (/* binding */ repositoryFlagKey),
/* harmony export */   bz: () => (/* binding */ GLOBAL_FLAG),
/* harmony export */   lA: () => (/* binding */ setFlag),
/* harmony export */   pG: () => (/* binding */ readKillSwitch)
/* harmony export */ });
/* unused harmony export flagHistory */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59665);

const GLOBAL_FLAG = 'self_evolution_enabled';
function repositoryFlagKey(repository) {
    return `${GLOBAL_FLAG}:${repository}`;
}
async function readKillSwitch(sql, repository) {
    const repoKey = repository ? repositoryFlagKey(repository) : null;
    const rows = await sql `
    SELECT key, value, metadata->>'enabledAt' AS enabled_at
    FROM feature_flags WHERE key = ${GLOBAL_FLAG} OR key = ${repoKey}
  `;
    const global = rows.find(r => r.key === GLOBAL_FLAG)?.value ?? null;
    const repoRow = repoKey ? rows.find(r => r.key === repoKey) : undefined;
    const repo = repoRow?.value ?? null;
    const enabledAt = repoRow?.value && repoRow.enabled_at ? new Date(repoRow.enabled_at) : null;
    return {
        global,
        repository: repo,
        on: global === true && repo !== false,
        repositoryEnabledAt: enabledAt && !Number.isNaN(enabledAt.getTime()) ? enabledAt : null
    };
}
/**
 * Turn a flag on or off: the global one, or a repository's. The metadata records enabledAt/enabledBy
 * (or disabledAt/disabledBy) and the reason; a `flag` event with who and why is appended in the same
 * transaction.
 */
async function setFlag(sql, opts) {
    const key = opts.repository ? repositoryFlagKey(opts.repository) : GLOBAL_FLAG;
    const at = opts.now.toISOString();
    const stamp = {
        ...opts.details,
        ...(opts.value ? { enabledAt: at, enabledBy: opts.by } : { disabledAt: at, disabledBy: opts.by })
    };
    if (opts.reason)
        stamp.reason = opts.reason;
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .inTransaction */ .sA)(sql, async (tx) => {
        const before = await tx `SELECT value FROM feature_flags WHERE key = ${key} FOR UPDATE`;
        const previous = before.length ? before[0].value : null;
        // A reason belongs to the flip that gave it: an enable without one clears the disable's reason.
        const [row] = await tx `
      INSERT INTO feature_flags (key, value, metadata, created_at)
      VALUES (${key}, ${opts.value}, ${tx.json(stamp)}, ${opts.now})
      ON CONFLICT (key) DO UPDATE
        SET value = EXCLUDED.value, metadata = (feature_flags.metadata - 'reason') || EXCLUDED.metadata
      RETURNING value, metadata
    `;
        await tx `
      INSERT INTO self_evolution_events (repository, kind, reason, detail, created_at)
      VALUES (
        ${opts.repository ?? ''}, 'flag', ${opts.reason ?? null},
        ${tx.json({ key, value: opts.value, previous, by: opts.by })}, ${opts.now}
      )
    `;
        return { key, value: row.value, previous, metadata: row.metadata };
    });
}
/** The global flag and every repository's, as stored. */
async function listFlags(sql) {
    return sql `
    SELECT key, value, metadata, created_at AS "createdAt"
    FROM feature_flags
    WHERE key = ${GLOBAL_FLAG} OR starts_with(key, ${GLOBAL_FLAG + ':'})
    ORDER BY key <> ${GLOBAL_FLAG}, key
  `;
}
/** The flips of one flag (the global one without a repository), newest first, from the events. */
async function flagHistory(sql, repository, limit = 100) {
    const key = repository ? repositoryFlagKey(repository) : GLOBAL_FLAG;
    const rows = await sql `
    SELECT created_at AS at, detail, reason
    FROM self_evolution_events
    WHERE kind = 'flag' AND repository = ${repository ?? ''} AND detail->>'key' = ${key}
    ORDER BY created_at DESC, id DESC
    LIMIT ${limit}
  `;
    return rows.map(r => {
        const d = r.detail;
        return {
            at: r.at,
            key: d.key,
            value: d.value,
            previous: d.previous ?? null,
            by: d.by ?? null,
            reason: r.reason
        };
    });
}


/***/ })

};
