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
/** `self-evolution runs`, `runs show ID`, `runs mark-failed ID --reason TEXT`, `runs cancel ID [--reason TEXT]`. */




const HELP = `Usage:
  self-evolution runs [--limit N] [--repository OWNER/REPO] [--json]
  self-evolution runs show ID [--json]
  self-evolution runs mark-failed ID --reason TEXT [--json]
  self-evolution runs cancel ID [--reason TEXT] [--json]

  (no subcommand)  the latest runs, newest day first (every repository's without --repository);
                   ALLOWED and BLOCKED count the latest ATTEMPT's proposals (a forced re-claim or a
                   re-run of the day is a new attempt; runs show ID lists the earlier ones)
  show ID          a run with its reflections, proposals, actions and rollbacks: its latest
                   attempt's, then each earlier attempt of the day (--force, a re-run) as history
  mark-failed ID   close a run stuck in "running" as failed (its runner died before it could close
                   it); it counts towards the cooldown and the failure limit
  cancel ID        close a run stuck in "running" as cancelled (it was interrupted on purpose, as by
                   Ctrl-C); it counts towards neither the cooldown nor the failure limit
                   Both refuse, with exit code 1, a run in any other state and an unknown id.

Options:
  --limit N                how many runs to list (1..1000, default 20)
  --repository OWNER/REPO  only this repository's runs
  --reason TEXT            why the run is closed (required for mark-failed; optional for cancel)
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
    if (sub !== undefined && sub !== 'show' && sub !== 'mark-failed' && sub !== 'cancel') {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown subcommand "${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(sub, 40)}"; expected show, mark-failed or cancel (or none, to list)`);
    }
    if (sub !== undefined && values.limit !== undefined)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--limit applies only to the list, not to ${sub}`);
    if (sub !== undefined && values.repository !== undefined) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--repository applies only to the list, not to ${sub}: a run ID is unique`);
    }
    if (sub !== 'mark-failed' && sub !== 'cancel' && values.reason !== undefined)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--reason applies only to runs mark-failed and runs cancel');
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
            io.stdout((0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)([
                'ID',
                'DATE',
                'REPOSITORY',
                'STATUS',
                'STARTED',
                'FINISHED',
                'ALLOWED',
                'BLOCKED',
                'ATTEMPT',
                'SUMMARY'
            ], runs.map(r => [
                String(r.id),
                r.runDate,
                r.repository || '-',
                r.status,
                (0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(r.startedAt),
                (0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(r.finishedAt),
                String(r.proposalsAllowed),
                String(r.proposalsBlocked),
                String(r.attempt),
                r.summary ? (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cap */ .Np)(r.summary, 80) : '-'
            ])));
        }
        return 0;
    }
    finally {
        await db.close();
    }
}
/** Why `runs cancel` closed a run when no --reason is given. */
const DEFAULT_CANCEL_REASON = 'cancelled by an operator';
/** `runs show ID`, `runs mark-failed ID --reason TEXT` and `runs cancel ID [--reason TEXT]`. */
async function runCommandFor(sub, id, values, io) {
    const asJson = values.json === true;
    const reason = values.reason?.trim();
    if (sub === 'mark-failed' && !reason) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('mark-failed needs --reason TEXT: say why the run is marked failed');
    }
    if (sub === 'cancel' && values.reason !== undefined && !reason) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--reason is empty; expected a sentence');
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
        const why = reason ?? DEFAULT_CANCEL_REASON;
        const close = sub === 'cancel' ? _db_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .cancelRun */ .Su : _db_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .markRunFailed */ .i_;
        const result = await close(db.sql, { id, reason: why, now: io.now() });
        if (!result.ok) {
            if (asJson)
                io.stdout((0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq)(result));
            throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Qd(result.reason);
        }
        const verb = sub === 'cancel' ? 'cancelled' : 'marked failed';
        io.stdout(asJson ? (0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq)(result) : `Run ${id} (${result.run.runDate}) ${verb}: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(why)}\n`);
        return 0;
    }
    finally {
        await db.close();
    }
}
/**
 * A run as text: its row, what its latest attempt recorded, and then each earlier attempt (a forced
 * re-claim or a re-run of the day) as history, labelled with its number.
 */
function describeRun(d) {
    const r = d.run;
    const holder = (r.metrics.holder ?? {});
    const out = [];
    const attempt = r.attempt > 1 ? ` · attempt ${r.attempt}` : '';
    out.push(`Run ${r.id} · ${r.repository || '(no repository)'} · ${r.runDate} · ${r.status}${attempt}`);
    out.push(`  started   ${(0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(r.startedAt)}`);
    out.push(`  finished  ${(0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(r.finishedAt)}`);
    out.push(`  summary   ${r.summary ? (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(r.summary) : '-'}`);
    out.push(`  logs      ${r.logsUrl ? (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(r.logsUrl) : '-'}`);
    if (holder.githubRunId !== undefined || holder.event !== undefined) {
        out.push(`  holder    ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(`GitHub run ${holder.githubRunId || '-'} attempt ${holder.attempt ?? '-'}, ${holder.event ?? '?'}` +
            `${holder.sha ? `, sha ${String(holder.sha).slice(0, 12)}` : ''}${holder.dryRun ? ', dry run' : ''}`)}`);
    }
    if (d.earlierAttempts.length) {
        out.push(`  earlier   ${d.earlierAttempts.length} earlier attempt(s) of this day, listed after this one`);
    }
    out.push(...describeRecords(d, ''));
    if (d.earlierAttempts.length)
        out.push('', `Earlier attempts (${d.earlierAttempts.length}), newest first`);
    for (const e of d.earlierAttempts) {
        out.push('', `Attempt ${e.attempt} · ${e.status ?? '?'} · finished ${(0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(e.finishedAt)}` +
            `${e.reclaimedBy ? ` · superseded by ${e.reclaimedBy === 'force' ? '--force' : 'a re-run'}` : ''}`, `  summary   ${e.summary ? (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(e.summary) : '-'}`, ...describeRecords(e, '  '));
    }
    return out.join('\n') + '\n';
}
/** One attempt's reflections, proposals, actions and rollbacks, each section indented by `pad`. */
function describeRecords(d, pad) {
    const out = [];
    out.push('', `${pad}Reflections (${d.reflections.length})`);
    for (const x of d.reflections)
        out.push(`${pad}  ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(x.insights, 300)}`);
    out.push('', `${pad}Proposals (${d.proposals.length})`);
    if (d.proposals.length) {
        const rows = d.proposals.map(p => [
            String(p.id),
            p.type,
            riskCell(p),
            p.effort === null ? '-' : String(p.effort),
            p.allowlisted ? 'allowed' : 'blocked',
            p.title
        ]);
        out.push(indent((0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['ID', 'TYPE', 'RISK', 'EFFORT', 'VERDICT', 'TITLE'], rows), pad));
        if (d.proposals.some(p => riskCell(p) !== String(p.riskLevel))) {
            out.push(`${pad}  RISK a->b: declared a, raised to b by the config's risk or size floors`);
        }
        for (const p of d.proposals) {
            for (const reason of p.blockedReasons)
                out.push(`${pad}  #${p.id}: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(reason)}`);
        }
    }
    out.push('', `${pad}Actions (${d.actions.length})`);
    if (d.actions.length) {
        const rows = d.actions.map(a => [
            String(a.id),
            String(a.proposalId),
            a.actionType,
            a.status,
            (0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(a.updatedAt)
        ]);
        out.push(indent((0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['ID', 'PROPOSAL', 'TYPE', 'STATUS', 'UPDATED'], rows), pad));
    }
    out.push('', `${pad}Rollbacks (${d.rollbacks.length})`);
    for (const b of d.rollbacks)
        out.push(`${pad}  action ${b.actionId} at ${(0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(b.createdAt)}: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(b.reason)}`);
    return out;
}
/** The declared risk, and the effective one when a floor raised it: `0->2`. */
function riskCell(p) {
    const raised = p.effectiveRisk !== null && p.effectiveRisk !== p.riskLevel;
    return raised ? `${p.riskLevel}->${p.effectiveRisk}` : String(p.riskLevel);
}
function indent(text, pad = '') {
    return text
        .trimEnd()
        .split('\n')
        .map(l => `${pad}  ${l}`)
        .join('\n');
}


/***/ }),

/***/ 29818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ failureLimitReached),
/* harmony export */   N6: () => (/* binding */ isFailure),
/* harmony export */   gf: () => (/* binding */ PRECONDITION_ORDER),
/* harmony export */   he: () => (/* binding */ isCounted),
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
/**
 * Whether a finished run is an outcome at all, for the failure counts: a cancelled run (interrupted on
 * purpose) is neither a failure nor a success, so counting skips it and it never breaks a streak.
 */
const isCounted = (status) => status !== 'cancelled';
/** The last `limit` finished runs (cancelled ones skipped) are all failures. */
function failureLimitReached(outcomes, limit) {
    const counted = outcomes.filter(o => isCounted(o.status));
    if (limit <= 0 || counted.length < limit)
        return false;
    return counted.slice(0, limit).every(o => isFailure(o.status));
}
/** The most recent finished run (cancelled ones skipped) is a failure that finished less than `hours` ago. */
function inCooldown(outcomes, hours, now) {
    const last = outcomes.find(o => isCounted(o.status));
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
/* harmony export */   Pz: () => (/* binding */ recordAgent),
/* harmony export */   S6: () => (/* binding */ claimRun),
/* harmony export */   Su: () => (/* binding */ cancelRun),
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
 *      with `force`, and a failed or cancelled one by a re-run attempt of the same workflow run (same
 *      GitHub run id, higher attempt). The earlier outcome moves to metrics.history, and the row's attempt goes up by
 *      one: what the next recording of reflections and proposals is filed under.
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
            return { claimed: true, runId: inserted[0].id, reclaimed: false, attempt: 1 };
        const [day] = await tx `
      SELECT id, status, started_at AS "startedAt", metrics->'holder' AS holder
      FROM self_evolution_runs
      WHERE repository = ${opts.repository} AND run_date = ${opts.runDate}
      FOR UPDATE
    `;
        if (!day)
            throw new Error(`The run of ${opts.repository || '(no repository)'} for ${opts.runDate} conflicted, then vanished.`);
        const running = {
            claimed: false,
            reason: 'already-running',
            existingRunId: day.id,
            existingStartedAt: day.startedAt
        };
        if (day.status === 'running')
            return running;
        // A re-run attempt of the workflow run takes back a day it did not finish: failed, or cancelled.
        const unfinished = day.status === 'failed' || day.status === 'cancelled';
        const rerun = unfinished && isLaterAttempt(day.holder, opts.holder);
        if (!opts.force && !rerun)
            return { claimed: false, reason: 'already-ran-today', existingRunId: day.id };
        const [reclaimed] = await tx `
      UPDATE self_evolution_runs
      SET status = 'running', started_at = ${opts.now}, finished_at = NULL, summary = NULL, logs_url = NULL,
          attempt = attempt + 1,
          metrics = jsonb_build_object(
            'holder', ${tx.json(holderJson)}::jsonb,
            'history', COALESCE(metrics->'history', '[]'::jsonb) || jsonb_build_array(jsonb_build_object(
              'attempt', attempt, 'status', status, 'startedAt', started_at, 'finishedAt', finished_at, 'summary', summary,
              'logsUrl', logs_url, 'holder', metrics->'holder', 'metrics', metrics - 'holder' - 'history',
              'reclaimedAt', ${opts.now}::timestamptz, 'reclaimedBy', ${opts.force ? 'force' : 're-run'}::text
            ))
          )
      WHERE id = ${day.id} AND status <> 'running'
      RETURNING id, attempt
    `;
        return reclaimed
            ? { claimed: true, runId: reclaimed.id, reclaimed: true, attempt: reclaimed.attempt }
            : running;
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
 * Record the agent step's block (engine, model, turns, tokens, cost, rounds…) as metrics.agent of a
 * run that is still running: the rails' record of what the proposal cost. The block came from the
 * proposals file, which is the agent's hand-over and hostile: it was validated by its schema, and it
 * is stored as JSON only, never read into the statement's text. A later recording replaces it;
 * holder, history and every other key stay. Returns false when the run is not running (closed by
 * the stale sweep or an operator), leaving it as it is.
 */
async function recordAgent(sql, runId, agent) {
    const block = agent;
    const rows = await sql `
    UPDATE self_evolution_runs
    SET metrics = metrics || jsonb_build_object('agent', ${sql.json(block)}::jsonb)
    WHERE id = ${runId} AND status = 'running'
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
 * re-claimed runs' history. What the failure-limit and cooldown gates read. A cancelled run is no
 * outcome: it is left out, so it neither counts as a failure nor breaks a streak of them.
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
/** The latest runs, newest day first; every repository's without one. Counts are the latest attempt's. */
async function listRuns(sql, opts) {
    return sql `
    SELECT r.id, r.repository, r.run_date AS "runDate", r.status, r.started_at AS "startedAt",
           r.finished_at AS "finishedAt", r.summary, r.logs_url AS "logsUrl", r.attempt,
           count(p.id) FILTER (WHERE p.allowlisted)::int AS "proposalsAllowed",
           count(p.id) FILTER (WHERE NOT p.allowlisted)::int AS "proposalsBlocked",
           r.attempt - 1 AS "earlierAttempts"
    FROM self_evolution_runs r
    LEFT JOIN self_evolution_proposals p ON p.run_id = r.id AND p.attempt = r.attempt
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
           finished_at AS "finishedAt", summary, logs_url AS "logsUrl", attempt, metrics
    FROM self_evolution_runs WHERE id = ${id}
  `;
    return run ?? null;
}
/**
 * A run with its reflections, proposals, actions and rollbacks: the latest attempt's, and each earlier
 * attempt's as history. Null when there is no such run.
 */
async function getRunDetail(sql, id) {
    const [run, reflections, proposals, actions, rollbacks] = await Promise.all([
        getRun(sql, id),
        sql `
      SELECT id, attempt, insights, sentiment, created_at AS "createdAt"
      FROM self_evolution_reflections WHERE run_id = ${id} ORDER BY id
    `,
        sql `
      SELECT id, attempt, type, title, description, risk_level AS "riskLevel",
             effective_risk AS "effectiveRisk", effort, allowlisted, blocked_reasons AS "blockedReasons", created_at AS "createdAt"
      FROM self_evolution_proposals WHERE run_id = ${id} ORDER BY id
    `,
        sql `
      SELECT a.id, p.attempt, a.proposal_id AS "proposalId", a.action_type AS "actionType", a.payload, a.status,
             a.created_at AS "createdAt", a.updated_at AS "updatedAt"
      FROM self_evolution_actions a JOIN self_evolution_proposals p ON p.id = a.proposal_id
      WHERE p.run_id = ${id} ORDER BY a.id
    `,
        sql `
      SELECT b.id, p.attempt, b.action_id AS "actionId", b.reason, b.created_at AS "createdAt"
      FROM self_evolution_rollbacks b
      JOIN self_evolution_actions a ON a.id = b.action_id
      JOIN self_evolution_proposals p ON p.id = a.proposal_id
      WHERE p.run_id = ${id} ORDER BY b.id
    `
    ]);
    if (!run)
        return null;
    return splitAttempts(run, { reflections, proposals, actions, rollbacks });
}
/** Pure: the latest attempt's records at the top, each earlier attempt's under earlierAttempts. */
function splitAttempts(run, all) {
    const of = (attempt) => ({
        reflections: all.reflections.filter(x => x.attempt === attempt),
        proposals: all.proposals.filter(x => x.attempt === attempt),
        actions: all.actions.filter(x => x.attempt === attempt),
        rollbacks: all.rollbacks.filter(x => x.attempt === attempt)
    });
    const history = Array.isArray(run.metrics.history) ? run.metrics.history : [];
    const text = (v) => (v === undefined || v === null ? null : String(v));
    const earlierAttempts = [];
    for (let attempt = run.attempt - 1; attempt >= 1; attempt--) {
        // history[i] is attempt i + 1 (entries written since the attempt column also say so).
        const h = history.find(e => Number(e.attempt) === attempt) ?? history[attempt - 1] ?? {};
        earlierAttempts.push({
            attempt,
            status: text(h.status),
            startedAt: text(h.startedAt),
            finishedAt: text(h.finishedAt),
            summary: text(h.summary),
            reclaimedBy: text(h.reclaimedBy),
            ...of(attempt)
        });
    }
    return { run, ...of(run.attempt), earlierAttempts };
}
/**
 * The original system's fix for a stuck run: mark it failed, with the operator's reason. Only a run still
 * 'running'; for any other run, or an unknown id, a sentence saying why not. It counts towards the
 * failure limit and the cooldown.
 */
async function markRunFailed(sql, opts) {
    return closeByOperator(sql, { ...opts, status: 'failed', command: 'mark-failed' });
}
/**
 * `runs cancel`: close a run still 'running' as cancelled, with the operator's reason. A cancelled run
 * is no failure: the failure limit, the cooldown and auto-disable skip it. Any other run, or an unknown
 * id, gets a sentence saying why not.
 */
async function cancelRun(sql, opts) {
    return closeByOperator(sql, { ...opts, status: 'cancelled', command: 'cancel' });
}
async function closeByOperator(sql, opts) {
    const summary = opts.status === 'failed' ? `Manually marked as failed: ${opts.reason}` : `Cancelled: ${opts.reason}`;
    const marked = await sql `
    WITH marked AS (
      UPDATE self_evolution_runs
      SET status = ${opts.status}, finished_at = ${opts.now}, summary = ${summary}
      WHERE id = ${opts.id} AND status = 'running'
      RETURNING *
    ), logged AS (
      INSERT INTO self_evolution_events (repository, kind, reason, run_id, github_run_id, created_at)
      SELECT repository, ${opts.command}, ${opts.reason}, id, NULLIF(metrics->'holder'->>'githubRunId', ''), ${opts.now}
      FROM marked
    )
    SELECT id, repository, run_date AS "runDate", status, started_at AS "startedAt",
           finished_at AS "finishedAt", summary, logs_url AS "logsUrl", attempt
    FROM marked
  `;
    if (marked.length)
        return { ok: true, run: marked[0] };
    const [existing] = await sql `SELECT status FROM self_evolution_runs WHERE id = ${opts.id}`;
    return existing
        ? {
            ok: false,
            reason: `Run ${opts.id} is ${existing.status}, not running: ${opts.command} applies only to a run that is still running.`
        }
        : { ok: false, reason: `Run ${opts.id} does not exist.` };
}


/***/ })

};
