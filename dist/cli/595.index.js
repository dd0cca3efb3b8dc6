export const id = 595;
export const ids = [595];
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
/* harmony import */ var _db_local_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9471);
/* harmony import */ var _db_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70986);
/* harmony import */ var _report_html_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86433);
/* harmony import */ var _report_figures_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53831);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67388);
/* harmony import */ var _database_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40629);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(71604);
/**
 * `self-evolution report [--since 30d] [--out DIR] [--json]`: the observatory. Reads the window's
 * figures in one statement, writes one self-contained HTML page (DIR/report.html), or prints the same
 * figures as JSON. The window is the last N UTC days up to today, by the injected clock.
 */









/** Where the page goes without --out, relative to the working directory (git-ignored). */
const DEFAULT_OUT = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(_db_local_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCAL_DIR */ .i, 'report');
const REPORT_FILE = 'report.html';
const HELP = `Usage: self-evolution report [--since ${_report_figures_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_DAYS */ .ak}d] [--out DIR] [--json] [options]

The observatory: what the agent has been doing, at a glance. One self-contained HTML page (inline
CSS and SVG, no script, nothing fetched from the network) with a calendar of the daily runs,
proposals allowed and blocked per day, violations by rule, actions by status, the agent's cost
(per day and per merged change), rollbacks with their reasons, the feature flag's history, and the
most recent runs with links to their logs.

Options:
  --since Nd               the last N UTC days, today included (${_report_figures_js__WEBPACK_IMPORTED_MODULE_5__/* .MIN_DAYS */ .bm}d to ${_report_figures_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DAYS */ .de}d; default ${_report_figures_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_DAYS */ .ak}d)
  --out DIR                write DIR/${REPORT_FILE} (default: ${DEFAULT_OUT}; with --json, only when given)
  --json                   print the same figures as JSON on stdout (fields: docs/observatory.md)
  --repository OWNER/REPO  only this repository (default: every repository in the database)
${_database_js__WEBPACK_IMPORTED_MODULE_7__/* .DATABASE_URL_HELP */ .mo}
`;
async function run(argv, io) {
    return (0,_database_js__WEBPACK_IMPORTED_MODULE_7__/* .runCommand */ .d1)('report', io, () => execute(argv, io));
}
async function execute(argv, io) {
    const { values } = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .parseCommandArgs */ .Qx)('report', argv, {
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
    const since = (0,_report_figures_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSince */ .m1)(values.since ?? `${_report_figures_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_DAYS */ .ak}d`);
    if ('error' in since)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(since.error);
    if (values.out !== undefined && !values.out.trim()) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('--out is empty; expected a directory to write report.html into');
    }
    const repository = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .repositoryFlag */ .nm)(values.repository) ?? null;
    const asJson = values.json === true;
    const outDir = values.out !== undefined
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.out)
        : asJson
            ? null
            : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_db_local_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureLocalDir */ .T)(io.cwd), 'report');
    const now = io.now();
    const window = (0,_report_figures_js__WEBPACK_IMPORTED_MODULE_5__/* .reportWindow */ .Zj)(now, since.days);
    const db = await (0,_database_js__WEBPACK_IMPORTED_MODULE_7__/* .openCommandDatabase */ .NN)(values['database-url'], io);
    let rows;
    try {
        rows = await (0,_db_report_js__WEBPACK_IMPORTED_MODULE_3__/* .readObservatory */ .x)(db.sql, {
            repository,
            from: window.from,
            to: window.to,
            recentRuns: _report_figures_js__WEBPACK_IMPORTED_MODULE_5__/* .RECENT_RUNS */ .bL
        });
    }
    catch (error) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .CommandError */ .Qd(`Cannot read the report's figures from ${db.describe}: ${error.message.split('\n')[0]}`);
    }
    finally {
        await db.close();
    }
    const figures = (0,_report_figures_js__WEBPACK_IMPORTED_MODULE_5__/* .buildFigures */ .cf)(rows, { now, window, repository });
    if (outDir !== null) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, REPORT_FILE);
        const html = (0,_report_html_js__WEBPACK_IMPORTED_MODULE_4__/* .renderHtml */ .K2)(figures);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(outDir, { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, html, 'utf8');
        }
        catch (error) {
            throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .CommandError */ .Qd(`Cannot write ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .forLog */ .Ig)(file, 300)}: ${error.code ?? error.message}`);
        }
        const t = figures.totals;
        const line = `Wrote ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .forLog */ .Ig)(file, 300)} (${Math.ceil(Buffer.byteLength(html) / 1024)} KB): ` +
            `${window.from} to ${window.to}, ${t.runs} run(s) (${t.runsByStatus.success} success, ` +
            `${t.runsByStatus.failed} failed, ${t.runsByStatus.reverted} reverted), ` +
            `${t.daysByState.skipped + t.daysByState.none} day(s) without a run, ` +
            `${t.allowed} proposal(s) allowed, ${t.blocked} blocked, ${t.rollbacks} rollback(s).\n` +
            `${(0,_report_figures_js__WEBPACK_IMPORTED_MODULE_5__/* .describeCost */ .P9)(figures)}\n`;
        // With --json, stdout carries the JSON alone.
        if (asJson)
            io.stderr(line);
        else
            io.stdout(line);
    }
    if (asJson)
        io.stdout((0,_database_js__WEBPACK_IMPORTED_MODULE_7__/* .json */ .Pq)(figures));
    return 0;
}


/***/ })

};
