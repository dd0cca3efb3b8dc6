export const id = 299;
export const ids = [299];
export const modules = {

/***/ 68299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeRun: () => (/* binding */ describeRun),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _db_runs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46010);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67388);
/* harmony import */ var _database_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40629);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71604);
/** `self-evolution runs`, `runs show ID`, `runs mark-failed ID --reason TEXT`. */




const HELP = `Usage:
  self-evolution runs [--limit N] [--repository OWNER/REPO] [--json]
  self-evolution runs show ID [--json]
  self-evolution runs mark-failed ID --reason TEXT [--json]

  (no subcommand)  the latest runs, newest day first (every repository's without --repository)
  show ID          a run with its reflections, proposals, actions and rollbacks
  mark-failed ID   close a run stuck in "running" (its runner died before it could); refuses, with
                   exit code 1, a run in any other state and an unknown id

Options:
  --limit N                how many runs to list (1..1000, default 20)
  --repository OWNER/REPO  only this repository's runs
  --reason TEXT            why the run is marked failed (mark-failed; required)
${_database_js__WEBPACK_IMPORTED_MODULE_2__/* .DATABASE_URL_HELP */ .mo}
  --json                   print JSON
`;
const MAX_ID = 2_147_483_647;
async function run(argv, io) {
    return (0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .runCommand */ .d1)('runs', io, () => execute(argv, io));
}
async function execute(argv, io) {
    const { values, positionals } = (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('runs', argv, {
        limit: { type: 'string' },
        repository: { type: 'string' },
        reason: { type: 'string' },
        'database-url': { type: 'string' },
        json: { type: 'boolean' }
    }, 2);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const [sub, idText] = positionals;
    checkFlagsFit(sub, values);
    if (sub === undefined)
        return listCommand(values, io);
    return runCommandFor(sub, runId(sub, idText), values, io);
}
/** The subcommand is known, and every flag given applies to it. */
function checkFlagsFit(sub, values) {
    if (sub !== undefined && sub !== 'show' && sub !== 'mark-failed') {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown subcommand "${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(sub, 40)}"; expected show or mark-failed (or none, to list)`);
    }
    if (sub !== undefined && values.limit !== undefined)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--limit applies only to the list, not to ${sub}`);
    if (sub !== undefined && values.repository !== undefined) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--repository applies only to the list, not to ${sub}: a run ID is unique`);
    }
    if (sub !== 'mark-failed' && values.reason !== undefined)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--reason applies only to runs mark-failed');
}
function runId(sub, idText) {
    if (idText === undefined)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`missing the run ID; expected "runs ${sub} ID"`);
    if (!/^\d+$/.test(idText) || Number(idText) < 1 || Number(idText) > MAX_ID) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`"${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(idText, 40)}" is not a run ID; expected a positive integer`);
    }
    return Number(idText);
}
/** `runs`: the latest runs as a table or JSON. */
async function listCommand(values, io) {
    const limit = (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .intFlag */ .s1)('limit', values.limit, 1, 1000) ?? 20;
    const repository = (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryFlag */ .nm)(values.repository);
    const db = await (0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .openCommandDatabase */ .NN)(values['database-url'], io);
    try {
        const runs = await (0,_db_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .listRuns */ .v)(db.sql, { repository, limit });
        if (values.json === true) {
            io.stdout((0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq)(runs));
        }
        else if (!runs.length) {
            io.stdout(`No runs recorded${repository ? ` for ${repository}` : ''} in ${db.describe}.\n`);
        }
        else {
            io.stdout((0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['ID', 'DATE', 'REPOSITORY', 'STATUS', 'STARTED', 'FINISHED', 'ALLOWED', 'BLOCKED', 'SUMMARY'], runs.map(r => [
                String(r.id),
                r.runDate,
                r.repository || '-',
                r.status,
                (0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(r.startedAt),
                (0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(r.finishedAt),
                String(r.proposalsAllowed),
                String(r.proposalsBlocked),
                r.summary ? (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cap */ .Np)(r.summary, 80) : '-'
            ])));
        }
        return 0;
    }
    finally {
        await db.close();
    }
}
/** `runs show ID` and `runs mark-failed ID --reason TEXT`. */
async function runCommandFor(sub, id, values, io) {
    const asJson = values.json === true;
    const reason = values.reason?.trim();
    if (sub === 'mark-failed' && !reason) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('mark-failed needs --reason TEXT: say why the run is marked failed');
    }
    const db = await (0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .openCommandDatabase */ .NN)(values['database-url'], io);
    try {
        if (sub === 'show') {
            const detail = await (0,_db_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .getRunDetail */ .XJ)(db.sql, id);
            if (!detail)
                throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Qd(`Run ${id} does not exist.`);
            io.stdout(asJson ? (0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq)(detail) : describeRun(detail));
            return 0;
        }
        const result = await (0,_db_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .markRunFailed */ .i_)(db.sql, { id, reason: reason, now: io.now() });
        if (!result.ok) {
            if (asJson)
                io.stdout((0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq)(result));
            throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Qd(result.reason);
        }
        io.stdout(asJson ? (0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq)(result) : `Run ${id} (${result.run.runDate}) marked failed: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(reason)}\n`);
        return 0;
    }
    finally {
        await db.close();
    }
}
function describeRun(d) {
    const r = d.run;
    const holder = (r.metrics.holder ?? {});
    const history = Array.isArray(r.metrics.history) ? r.metrics.history : [];
    const out = [];
    out.push(`Run ${r.id} · ${r.repository || '(no repository)'} · ${r.runDate} · ${r.status}`);
    out.push(`  started   ${(0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(r.startedAt)}`);
    out.push(`  finished  ${(0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(r.finishedAt)}`);
    out.push(`  summary   ${r.summary ? (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(r.summary) : '-'}`);
    out.push(`  logs      ${r.logsUrl ? (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(r.logsUrl) : '-'}`);
    if (holder.githubRunId !== undefined || holder.event !== undefined) {
        out.push(`  holder    ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(`GitHub run ${holder.githubRunId || '-'} attempt ${holder.attempt ?? '-'}, ${holder.event ?? '?'}` +
            `${holder.sha ? `, sha ${String(holder.sha).slice(0, 12)}` : ''}${holder.dryRun ? ', dry run' : ''}`)}`);
    }
    for (const h of history) {
        out.push(`  earlier   ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(`${h.status} (finished ${(0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(h.finishedAt)}): ${h.summary ?? '-'}`)}`);
    }
    out.push('', `Reflections (${d.reflections.length})`);
    for (const x of d.reflections)
        out.push(`  ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(x.insights, 300)}`);
    out.push('', `Proposals (${d.proposals.length})`);
    if (d.proposals.length) {
        const rows = d.proposals.map(p => [
            String(p.id),
            p.type,
            riskCell(p),
            p.effort === null ? '-' : String(p.effort),
            p.allowlisted ? 'allowed' : 'blocked',
            p.title
        ]);
        out.push(indent((0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['ID', 'TYPE', 'RISK', 'EFFORT', 'VERDICT', 'TITLE'], rows)));
        if (d.proposals.some(p => riskCell(p) !== String(p.riskLevel))) {
            out.push("  RISK a->b: declared a, raised to b by the config's risk or size floors");
        }
        for (const p of d.proposals) {
            for (const reason of p.blockedReasons)
                out.push(`  #${p.id}: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(reason)}`);
        }
    }
    out.push('', `Actions (${d.actions.length})`);
    if (d.actions.length) {
        out.push(indent((0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['ID', 'PROPOSAL', 'TYPE', 'STATUS', 'UPDATED'], d.actions.map(a => [String(a.id), String(a.proposalId), a.actionType, a.status, (0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(a.updatedAt)]))));
    }
    out.push('', `Rollbacks (${d.rollbacks.length})`);
    for (const b of d.rollbacks)
        out.push(`  action ${b.actionId} at ${(0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(b.createdAt)}: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(b.reason)}`);
    return out.join('\n') + '\n';
}
/** The declared risk, and the effective one when a floor raised it: `0->2`. */
function riskCell(p) {
    const raised = p.effectiveRisk !== null && p.effectiveRisk !== p.riskLevel;
    return raised ? `${p.riskLevel}->${p.effectiveRisk}` : String(p.riskLevel);
}
function indent(text) {
    return text
        .trimEnd()
        .split('\n')
        .map(l => `  ${l}`)
        .join('\n');
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

/***/ 29818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ failureLimitReached),
/* harmony export */   N6: () => (/* binding */ isFailure),
/* harmony export */   gf: () => (/* binding */ PRECONDITION_ORDER),
/* harmony export */   vO: () => (/* binding */ inCooldown),
/* harmony export */   vV: () => (/* binding */ runPreconditions)
/* harmony export */ });
const PRECONDITION_ORDER = ['failure-limit', 'cooldown', 'deployment-active', 'ci-active'];
/** Force reaches these, and only these. */
const FORCE_BYPASSES = new Set(['cooldown', 'deployment-active', 'ci-active']);
async function runPreconditions(preconditions, opts) {
    const records = [];
    const warnings = [];
    const ordered = [...preconditions].sort((a, b) => PRECONDITION_ORDER.indexOf(a.name) - PRECONDITION_ORDER.indexOf(b.name));
    for (const precondition of ordered) {
        if (opts.force && FORCE_BYPASSES.has(precondition.name)) {
            records.push({ name: precondition.name, result: 'bypassed', detail: 'force' });
            continue;
        }
        let answer;
        try {
            answer = await precondition.check();
        }
        catch (error) {
            const detail = `${precondition.name}: ${error.message}`;
            records.push({ name: precondition.name, result: 'error', detail });
            return { proceed: false, reason: 'gate-error', detail, records, warnings };
        }
        records.push({ name: precondition.name, result: answer.state, detail: answer.detail });
        if (answer.state === 'unavailable')
            warnings.push(`${precondition.name} unavailable: ${answer.detail}`);
        if (answer.state === 'fired')
            return { proceed: false, reason: precondition.name, detail: answer.detail, records, warnings };
    }
    return { proceed: true, records, warnings };
}
/**
 * Whether a finished run counts as a failure: it failed, or its change was reverted. The one
 * definition behind the failure limit, the cooldown and revert-watch's failure count.
 */
const isFailure = (status) => status === 'failed' || status === 'reverted';
/** The last `limit` finished runs are all failures. */
function failureLimitReached(outcomes, limit) {
    if (limit <= 0 || outcomes.length < limit)
        return false;
    return outcomes.slice(0, limit).every(o => isFailure(o.status));
}
/** The most recent finished run is a failure that finished less than `hours` ago. */
function inCooldown(outcomes, hours, now) {
    const last = outcomes[0];
    if (!last || !isFailure(last.status) || hours <= 0 || last.finishedAt === null)
        return { active: false };
    const finished = new Date(last.finishedAt);
    const until = new Date(finished.getTime() + hours * 3_600_000);
    return until.getTime() > now.getTime() ? { active: true, until } : { active: false };
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


/***/ }),

/***/ 46010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JH: () => (/* binding */ finishRun),
/* harmony export */   Mh: () => (/* binding */ getRun),
/* harmony export */   S6: () => (/* binding */ claimRun),
/* harmony export */   UY: () => (/* binding */ sweepStaleRuns),
/* harmony export */   XJ: () => (/* binding */ getRunDetail),
/* harmony export */   Zf: () => (/* binding */ recentOutcomes),
/* harmony export */   i_: () => (/* binding */ markRunFailed),
/* harmony export */   v: () => (/* binding */ listRuns)
/* harmony export */ });
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35157);
/* harmony import */ var _daily_preconditions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29818);

/** A failure, for every rule that counts them: failed or reverted (one definition, in the gates). */

/**
 * Claim the repository's run of `runDate` (the UTC day), in one transaction:
 *   1. the kill switch again (a flag turned off during the jitter stops the run);
 *   2. INSERT … ON CONFLICT DO NOTHING: exactly one process wins a new day;
 *   3. otherwise the day's row decides: a running run is never re-claimed; a finished one is re-claimed
 *      with `force`, and a failed one by a re-run attempt of the same workflow run (same GitHub run id,
 *      higher attempt). The earlier outcome moves to metrics.history.
 */
async function claimRun(sql, opts) {
    const holder = { ...opts.holder, repository: opts.repository, claimedAt: opts.now.toISOString() };
    const holderJson = holder;
    return (await sql.begin(async (tx) => {
        const killSwitch = await (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .readKillSwitch */ .pG)(tx, opts.repository);
        if (!killSwitch.on)
            return { claimed: false, reason: 'flag-off' };
        const inserted = await tx `
      INSERT INTO self_evolution_runs (repository, run_date, status, started_at, metrics)
      VALUES (${opts.repository}, ${opts.runDate}, 'running', ${opts.now},
              jsonb_build_object('holder', ${tx.json(holderJson)}::jsonb, 'history', '[]'::jsonb))
      ON CONFLICT (repository, run_date) DO NOTHING
      RETURNING id
    `;
        if (inserted.length)
            return { claimed: true, runId: inserted[0].id, reclaimed: false };
        const [day] = await tx `
      SELECT id, status, metrics->'holder' AS holder
      FROM self_evolution_runs
      WHERE repository = ${opts.repository} AND run_date = ${opts.runDate}
      FOR UPDATE
    `;
        if (!day)
            throw new Error(`The run of ${opts.repository || '(no repository)'} for ${opts.runDate} conflicted, then vanished.`);
        if (day.status === 'running')
            return { claimed: false, reason: 'already-running', existingRunId: day.id };
        const rerun = day.status === 'failed' && isLaterAttempt(day.holder, opts.holder);
        if (!opts.force && !rerun)
            return { claimed: false, reason: 'already-ran-today', existingRunId: day.id };
        const [reclaimed] = await tx `
      UPDATE self_evolution_runs
      SET status = 'running', started_at = ${opts.now}, finished_at = NULL, summary = NULL, logs_url = NULL,
          metrics = jsonb_build_object(
            'holder', ${tx.json(holderJson)}::jsonb,
            'history', COALESCE(metrics->'history', '[]'::jsonb) || jsonb_build_array(jsonb_build_object(
              'status', status, 'startedAt', started_at, 'finishedAt', finished_at, 'summary', summary,
              'logsUrl', logs_url, 'holder', metrics->'holder', 'metrics', metrics - 'holder' - 'history',
              'reclaimedAt', ${opts.now}::timestamptz, 'reclaimedBy', ${opts.force ? 'force' : 're-run'}::text
            ))
          )
      WHERE id = ${day.id} AND status <> 'running'
      RETURNING id
    `;
        return reclaimed
            ? { claimed: true, runId: reclaimed.id, reclaimed: true }
            : { claimed: false, reason: 'already-running', existingRunId: day.id };
    }));
}
function isLaterAttempt(previous, next) {
    if (!previous || !next.githubRunId || String(previous.githubRunId ?? '') !== String(next.githubRunId))
        return false;
    return Number(next.attempt) > Number(previous.attempt ?? 0);
}
/**
 * Close a run that is still running: post's finalization. A run the stale sweep or an operator has
 * already closed stays as it is (returns false). `metrics` is merged in; holder and history stay.
 */
async function finishRun(sql, opts) {
    const metrics = (opts.metrics ?? {});
    const rows = await sql `
    UPDATE self_evolution_runs
    SET status = ${opts.status}, finished_at = ${opts.now}, summary = ${opts.summary}, logs_url = ${opts.logsUrl},
        metrics = metrics || (${sql.json(metrics)}::jsonb - 'holder' - 'history')
    WHERE id = ${opts.runId} AND status = 'running'
    RETURNING id
  `;
    return rows.length === 1;
}
/**
 * Mark failed the repository's runs still 'running' that started before `olderThan`: their runner
 * died, so no post step finished them. Each gets a `sweep` event. Returns their ids.
 */
async function sweepStaleRuns(sql, opts) {
    const rows = await sql `
    WITH swept AS (
      UPDATE self_evolution_runs
      SET status = 'failed', finished_at = ${opts.now},
          summary = 'Marked failed by the stale-run sweep: still running '
            || round(extract(epoch FROM ${opts.now}::timestamptz - started_at) / 3600, 1)
            || ' h after it started, so no post step finished it (the runner died or lost contact).'
      WHERE repository = ${opts.repository} AND status = 'running' AND started_at < ${opts.olderThan}
      RETURNING id, started_at, metrics->'holder'->>'githubRunId' AS github_run_id
    ), logged AS (
      INSERT INTO self_evolution_events (repository, kind, reason, run_id, github_run_id, detail, created_at)
      SELECT ${opts.repository}, 'sweep', 'stale-run', id, NULLIF(github_run_id, ''),
             jsonb_build_object('startedAt', started_at, 'olderThan', ${opts.olderThan}::timestamptz),
             ${opts.now}
      FROM swept
    )
    SELECT id FROM swept ORDER BY id
  `;
    return rows.map(r => r.id);
}
/**
 * The repository's finished outcomes, newest first, including the earlier outcomes kept in
 * re-claimed runs' history. What the failure-limit and cooldown gates read.
 */
async function recentOutcomes(sql, repository, limit) {
    return sql `
    SELECT "runId", status, "finishedAt", "githubRunId" FROM (
      SELECT id AS "runId", status, finished_at AS "finishedAt",
             COALESCE(metrics->'holder'->>'githubRunId', '') AS "githubRunId"
      FROM self_evolution_runs
      WHERE repository = ${repository} AND status IN ('success', 'failed', 'reverted') AND finished_at IS NOT NULL
      UNION ALL
      SELECT r.id, h->>'status', (h->>'finishedAt')::timestamptz, COALESCE(h->'holder'->>'githubRunId', '')
      FROM self_evolution_runs r, jsonb_array_elements(r.metrics->'history') AS h
      WHERE r.repository = ${repository} AND jsonb_typeof(r.metrics->'history') = 'array'
        AND h->>'status' IN ('success', 'failed', 'reverted') AND h->>'finishedAt' IS NOT NULL
    ) AS outcomes
    ORDER BY "finishedAt" DESC
    LIMIT ${limit}
  `;
}
/** The latest runs, newest day first; every repository's without one. */
async function listRuns(sql, opts) {
    return sql `
    SELECT r.id, r.repository, r.run_date AS "runDate", r.status, r.started_at AS "startedAt",
           r.finished_at AS "finishedAt", r.summary, r.logs_url AS "logsUrl",
           count(p.id) FILTER (WHERE p.allowlisted)::int AS "proposalsAllowed",
           count(p.id) FILTER (WHERE NOT p.allowlisted)::int AS "proposalsBlocked"
    FROM self_evolution_runs r
    LEFT JOIN self_evolution_proposals p ON p.run_id = r.id
    WHERE (${opts.repository ?? null}::text IS NULL OR r.repository = ${opts.repository ?? null})
    GROUP BY r.id
    ORDER BY r.run_date DESC, r.id DESC
    LIMIT ${opts.limit}
  `;
}
/** The run row alone (with its metrics); null when there is no such run. */
async function getRun(sql, id) {
    const [run] = await sql `
    SELECT id, repository, run_date AS "runDate", status, started_at AS "startedAt",
           finished_at AS "finishedAt", summary, logs_url AS "logsUrl", metrics
    FROM self_evolution_runs WHERE id = ${id}
  `;
    return run ?? null;
}
/** A run with its reflections, proposals, actions and rollbacks; null when there is no such run. */
async function getRunDetail(sql, id) {
    const [run, reflections, proposals, actions, rollbacks] = await Promise.all([
        getRun(sql, id),
        sql `
      SELECT id, insights, sentiment, created_at AS "createdAt"
      FROM self_evolution_reflections WHERE run_id = ${id} ORDER BY id
    `,
        sql `
      SELECT id, type, title, description, risk_level AS "riskLevel",
             effective_risk AS "effectiveRisk", effort, allowlisted, blocked_reasons AS "blockedReasons", created_at AS "createdAt"
      FROM self_evolution_proposals WHERE run_id = ${id} ORDER BY id
    `,
        sql `
      SELECT a.id, a.proposal_id AS "proposalId", a.action_type AS "actionType", a.payload, a.status,
             a.created_at AS "createdAt", a.updated_at AS "updatedAt"
      FROM self_evolution_actions a JOIN self_evolution_proposals p ON p.id = a.proposal_id
      WHERE p.run_id = ${id} ORDER BY a.id
    `,
        sql `
      SELECT b.id, b.action_id AS "actionId", b.reason, b.created_at AS "createdAt"
      FROM self_evolution_rollbacks b
      JOIN self_evolution_actions a ON a.id = b.action_id
      JOIN self_evolution_proposals p ON p.id = a.proposal_id
      WHERE p.run_id = ${id} ORDER BY b.id
    `
    ]);
    if (!run)
        return null;
    return {
        run,
        reflections: [...reflections],
        proposals: [...proposals],
        actions: [...actions],
        rollbacks: [...rollbacks]
    };
}
/**
 * The original system's fix for a stuck run: mark it failed, with the operator's reason. Only a run still
 * 'running'; for any other run, or an unknown id, a sentence saying why not.
 */
async function markRunFailed(sql, opts) {
    const summary = `Manually marked as failed: ${opts.reason}`;
    const marked = await sql `
    WITH marked AS (
      UPDATE self_evolution_runs
      SET status = 'failed', finished_at = ${opts.now}, summary = ${summary}
      WHERE id = ${opts.id} AND status = 'running'
      RETURNING *
    ), logged AS (
      INSERT INTO self_evolution_events (repository, kind, reason, run_id, github_run_id, created_at)
      SELECT repository, 'mark-failed', ${opts.reason}, id, NULLIF(metrics->'holder'->>'githubRunId', ''), ${opts.now}
      FROM marked
    )
    SELECT id, repository, run_date AS "runDate", status, started_at AS "startedAt",
           finished_at AS "finishedAt", summary, logs_url AS "logsUrl"
    FROM marked
  `;
    if (marked.length)
        return { ok: true, run: marked[0] };
    const [existing] = await sql `SELECT status FROM self_evolution_runs WHERE id = ${opts.id}`;
    return existing
        ? {
            ok: false,
            reason: `Run ${opts.id} is ${existing.status}, not running: mark-failed applies only to a run that is still running.`
        }
        : { ok: false, reason: `Run ${opts.id} does not exist.` };
}


/***/ })

};
