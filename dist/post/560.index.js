export const id = 560;
export const ids = [560];
export const modules = {

/***/ 90493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qs: () => (/* binding */ readReflectionHistory),
/* harmony export */   tq: () => (/* binding */ recordReflection)
/* harmony export */ });
/* unused harmony export REFLECTION_READ_LIMITS */
/** How many rows each list may bring back. */
const REFLECTION_READ_LIMITS = {
    skipReasons: 50,
    rules: 20,
    examplesPerRule: 3,
    actions: 100,
    rollbacks: 50
};
/** A payload's pullRequest as a reference, or null when it does not carry a number. */
const pullRequestOf = (sql, column) => sql `
  CASE WHEN jsonb_typeof(${sql(column)} -> 'pullRequest' -> 'number') = 'number'
    THEN jsonb_build_object('number', (${sql(column)} -> 'pullRequest' ->> 'number')::bigint,
                            'url', ${sql(column)} -> 'pullRequest' ->> 'url')
  END
`;
/** Everything the reflection reads from the database for one repository and window. */
async function readReflectionHistory(sql, w) {
    const [runsByStatus, skipsByReason, proposals, rules, actions, rollbacks, memory, wildcard] = await Promise.all([
        readRunsByStatus(sql, w),
        readSkipsByReason(sql, w),
        readProposalCounts(sql, w),
        readBlockingRules(sql, w),
        readActions(sql, w),
        readRollbacks(sql, w),
        readMemory(sql, w),
        readWildcardFree(sql, w)
    ]);
    return { runsByStatus, skipsByReason, proposals, rules, actions, rollbacks, memory, wildcardFree: wildcard };
}
function readRunsByStatus(sql, w) {
    return sql `
    SELECT status, count(*)::int AS count FROM self_evolution_runs
    WHERE repository = ${w.repository} AND run_date >= ${w.fromDay}::date
    GROUP BY status ORDER BY status
  `;
}
function readSkipsByReason(sql, w) {
    return sql `
    SELECT COALESCE(reason, '') AS reason, count(*)::int AS count FROM self_evolution_events
    WHERE repository = ${w.repository} AND kind = 'skip' AND created_at >= ${w.since}
    GROUP BY 1 ORDER BY count DESC, reason
    LIMIT ${REFLECTION_READ_LIMITS.skipReasons}
  `;
}
async function readProposalCounts(sql, w) {
    const [row] = await sql `
    SELECT count(*) FILTER (WHERE allowlisted)::int AS allowed,
           count(*) FILTER (WHERE NOT allowlisted)::int AS blocked
    FROM self_evolution_proposals
    WHERE repository = ${w.repository} AND run_date >= ${w.fromDay}::date
  `;
    return row;
}
/** The rules that blocked the window's proposals most often (a rule counted once per proposal). */
function readBlockingRules(sql, w) {
    return sql `
    WITH hits AS (
      SELECT DISTINCT p.id, p.title, p.created_at, left(btrim(split_part(r.reason, ':', 1)), 100) AS rule
      FROM self_evolution_proposals p, unnest(p.blocked_reasons) AS r(reason)
      WHERE p.repository = ${w.repository} AND p.run_date >= ${w.fromDay}::date AND NOT p.allowlisted
    )
    SELECT rule, count(*)::int AS count,
           (array_agg(left(title, 500) ORDER BY created_at DESC, id DESC))[1:${REFLECTION_READ_LIMITS.examplesPerRule}] AS examples
    FROM hits GROUP BY rule ORDER BY count DESC, rule
    LIMIT ${REFLECTION_READ_LIMITS.rules}
  `;
}
function readActions(sql, w) {
    return sql `
    SELECT a.id AS "actionId", a.proposal_id AS "proposalId", left(p.title, 500) AS title,
           p.type AS "proposalType", a.status, ${pullRequestOf(sql, 'a.payload')} AS "pullRequest",
           a.created_at AS "createdAt", a.updated_at AS "updatedAt"
    FROM self_evolution_actions a
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    WHERE p.repository = ${w.repository} AND a.action_type <> 'revert' AND a.created_at >= ${w.since}
    ORDER BY a.created_at DESC, a.id DESC
    LIMIT ${REFLECTION_READ_LIMITS.actions}
  `;
}
function readRollbacks(sql, w) {
    return sql `
    SELECT r.action_id AS "actionId", left(r.reason, 2000) AS reason, r.created_at AS "createdAt",
           left(p.title, 500) AS title, ${pullRequestOf(sql, 'a.payload')} AS "pullRequest",
           left(rv.payload -> 'failingRun' ->> 'name', 500) AS "failingWorkflow"
    FROM self_evolution_rollbacks r
    JOIN self_evolution_actions a ON a.id = r.action_id
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    LEFT JOIN self_evolution_actions rv
      ON rv.action_type = 'revert' AND rv.payload -> 'revertOf' ->> 'actionId' = a.id::text
    WHERE p.repository = ${w.repository} AND r.created_at >= ${w.since}
    ORDER BY r.created_at DESC, r.id DESC
    LIMIT ${REFLECTION_READ_LIMITS.rollbacks}
  `;
}
function readMemory(sql, w) {
    return sql `
    SELECT p.id AS "proposalId", left(p.title, 500) AS title, p.type, p.run_date::text AS "runDate",
           p.created_at AS "createdAt", p.allowlisted, p.blocked_reasons[1:5] AS "blockedReasons",
           act.status AS "actionStatus", act."pullRequest"
    FROM self_evolution_proposals p
    LEFT JOIN LATERAL (
      SELECT a.status, ${pullRequestOf(sql, 'a.payload')} AS "pullRequest"
      FROM self_evolution_actions a
      WHERE a.proposal_id = p.id AND a.action_type <> 'revert'
      ORDER BY a.id DESC LIMIT 1
    ) act ON true
    WHERE p.repository = ${w.repository}
    ORDER BY p.created_at DESC, p.id DESC
    LIMIT ${w.memoryItems}
  `;
}
async function readWildcardFree(sql, w) {
    const [row] = await sql `
    SELECT EXISTS (
      SELECT 1 FROM self_evolution_proposals
      WHERE repository = ${w.repository} AND run_date = ${w.today}::date AND type = 'wildcard' AND allowlisted
    ) AS used
  `;
    return !row.used;
}
/** Record one reflection under the run's current attempt (one row per attempt); returns its id. */
async function recordReflection(sql, r) {
    if (!/^[0-9a-f]{64}$/.test(r.sha256)) {
        throw new Error(`The reflection's sha256 "${r.sha256.slice(0, 80)}" is not 64 lower-case hex digits.`);
    }
    const insights = Array.isArray(r.reflection.insights)
        ? r.reflection.insights.map(String).join('\n')
        : typeof r.reflection.insights === 'string'
            ? r.reflection.insights
            : '';
    const sentiment = r.reflection.sentiment === undefined ? null : r.reflection.sentiment;
    const [row] = await sql `
    INSERT INTO self_evolution_reflections (run_id, attempt, insights, sentiment, reflection, sha256, source)
    SELECT id, attempt, ${insights}, ${sentiment === null ? null : sql.json(sentiment)},
           ${sql.json(r.reflection)}, ${r.sha256}, ${r.source}
    FROM self_evolution_runs WHERE id = ${r.runId}
    RETURNING id
  `;
    if (!row)
        throw new Error(`Run ${r.runId} does not exist: its reflection has nowhere to go.`);
    return row.id;
}


/***/ }),

/***/ 51560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planMain: () => (/* binding */ planMain),
/* harmony export */   planPost: () => (/* binding */ planPost),
/* harmony export */   planPre: () => (/* binding */ planPre)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76673);
/* harmony import */ var _runtime_interrupt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3731);
/* harmony import */ var _runtime_stage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31634);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56013);
/* harmony import */ var _db_reflection_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90493);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(67388);
/* harmony import */ var _daily_start_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53338);
/* harmony import */ var _run_stages_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(48117);
/**
 * mode plan: the first job of the three-job flow (plan → propose → rails). pre is today's start (the
 * kill switch, the jitter, the preconditions, the claim); main builds the reflection of the claimed
 * run, records it and writes reflection.json for the agent; post leaves a claimed run `running` for
 * the rails job, and closes it only when plan itself did not finish (failed, or cancelled by a signal).
 * No agent runs on a day the start skips: proceed is true only for a claimed run whose reflection was
 * written.
 */










function setPlanOutputs(deps, o) {
    const { host } = deps;
    host.setOutput('run-id', o.runId ? String(o.runId) : '');
    host.setOutput('status', o.status);
    host.setOutput('skip-reason', o.skipReason ?? '');
    host.setOutput('proceed', String(o.proceed));
    host.setOutput('reflection-path', o.reflectionPath ?? '');
    host.setOutput('reflection-sha256', o.reflectionSha256 ?? '');
}
/** pre: today's start. A failing skip (gate-error) ends the job here, so pre sets the outputs. */
async function planPre(deps, inputs) {
    const outcome = await (0,_daily_start_js__WEBPACK_IMPORTED_MODULE_8__/* .startRun */ .AD)(deps, inputs);
    (0,_runtime_state_js__WEBPACK_IMPORTED_MODULE_2__/* .saveStart */ .Al)(deps.host, outcome);
    if (outcome.kind === 'claimed')
        await (0,_runtime_interrupt_js__WEBPACK_IMPORTED_MODULE_3__/* .checkpoint */ .Fn)(deps, 'after-claim');
    if (outcome.kind === 'skipped' && _daily_start_js__WEBPACK_IMPORTED_MODULE_8__/* .FAILING_SKIPS */ .Ex.has(outcome.reason)) {
        await (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .publishReport */ .S3)(deps.host, (0,_run_stages_js__WEBPACK_IMPORTED_MODULE_9__/* .skipReport */ .A9)(deps, outcome));
        setPlanOutputs(deps, { status: 'skipped', skipReason: outcome.reason, proceed: false });
    }
    return (0,_run_stages_js__WEBPACK_IMPORTED_MODULE_9__/* .announceStart */ .Wb)(deps, outcome, true);
}
/** main: the start when pre did not run (`uses: ./plan`), then the reflection of the claimed run. */
async function planMain(deps, inputs) {
    const progress = { t0: deps.now().getTime(), actNotes: [] };
    try {
        const fromPre = (0,_runtime_state_js__WEBPACK_IMPORTED_MODULE_2__/* .loadStart */ .LA)(deps.host);
        const start = (progress.start = fromPre ?? (await (0,_run_stages_js__WEBPACK_IMPORTED_MODULE_9__/* .startInMain */ .Dj)(deps, inputs, progress)));
        if (start.kind === 'skipped') {
            const result = await (0,_run_stages_js__WEBPACK_IMPORTED_MODULE_9__/* .reportSkip */ .Ab)(deps, start, !fromPre);
            setPlanOutputs(deps, { status: 'skipped', skipReason: start.reason, proceed: false });
            return result;
        }
        const written = await reflectForRun(deps, inputs, start);
        // Nothing is handed on after an interruption: post closes the run as cancelled.
        await (0,_runtime_interrupt_js__WEBPACK_IMPORTED_MODULE_3__/* .checkpoint */ .Fn)(deps, 'before-act');
        setPlanOutputs(deps, {
            runId: start.runId,
            status: 'running',
            proceed: true,
            reflectionPath: written.path,
            reflectionSha256: written.sha256
        });
        (0,_runtime_state_js__WEBPACK_IMPORTED_MODULE_2__/* .saveMain */ .fF)(deps.host, {
            completed: true,
            counts: { allowed: 0, blocked: 0, total: 0 },
            reportDir: '',
            failure: '',
            timings: { ...start.timings, mainMs: deps.now().getTime() - progress.t0 }
        });
        deps.host.info(`Run ${start.runId} is claimed and its reflection written (sha256 ${written.sha256}); the propose and rails jobs continue it.`);
        return { status: 'success' };
    }
    catch (error) {
        const result = await (0,_run_stages_js__WEBPACK_IMPORTED_MODULE_9__/* .mainFailed */ .Jo)(deps, error, progress);
        deps.host.setOutput('proceed', 'false');
        deps.host.setOutput('reflection-path', '');
        deps.host.setOutput('reflection-sha256', '');
        return result;
    }
}
/** Build, record and write the claimed run's reflection; returns the file and its SHA-256. */
async function reflectForRun(deps, inputs, claimed) {
    const committed = await (0,_run_stages_js__WEBPACK_IMPORTED_MODULE_9__/* .readClaimedConfig */ .oV)(deps, inputs, claimed, 'reflect');
    const { collectReflection } = await __webpack_require__.e(/* import() */ 317).then(__webpack_require__.bind(__webpack_require__, 41317));
    const { serializeReflection } = await __webpack_require__.e(/* import() */ 266).then(__webpack_require__.bind(__webpack_require__, 74266));
    const github = deps.ctx.onGitHub && deps.ctx.repository
        ? await deps.github(inputs.githubToken, { readOnly: true })
        : null;
    if (!github)
        deps.host.info('No GitHub here: the reflection reads the database only.');
    const db = await deps.openDatabase(inputs.databaseUrl);
    try {
        const reflection = await collectReflection({
            sql: db.sql,
            repository: claimed.repository,
            now: deps.now(),
            config: committed.config,
            github,
            warn: message => deps.host.warning((0,_text_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .forLog */ .Ig)(message, 600))
        });
        const { text, sha256 } = serializeReflection(reflection);
        const path = await writeReflection((0,_runtime_stage_js__WEBPACK_IMPORTED_MODULE_4__/* .reportDir */ .E)(deps, `self-evolution-plan-${claimed.runId}`), text);
        await (0,_db_reflection_js__WEBPACK_IMPORTED_MODULE_6__/* .recordReflection */ .tq)(db.sql, { runId: claimed.runId, reflection, sha256, source: 'rails' });
        deps.host.info(`Reflection: ${reflection.insights.length} insight(s), ${Buffer.byteLength(text)} bytes${reflection.unavailable.length ? `; unavailable: ${reflection.unavailable.join(', ')}` : ''}.`);
        return { path, sha256 };
    }
    finally {
        await db.close();
    }
}
/** reflection.json, written beside its place and renamed into it: no reader sees half of it. */
async function writeReflection(dir, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'reflection.json');
    const partial = `${file}.partial`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(partial, text, 'utf8');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(partial, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(partial, { force: true });
        throw error;
    }
    return file;
}
/**
 * post: a run plan claimed and handed on stays `running` for the rails job. One that plan did not
 * finish is closed as mode run's post closes it: failed, or cancelled after a signal.
 */
async function planPost(deps) {
    const start = (0,_runtime_state_js__WEBPACK_IMPORTED_MODULE_2__/* .loadStart */ .LA)(deps.host);
    const main = (0,_runtime_state_js__WEBPACK_IMPORTED_MODULE_2__/* .loadMain */ .cd)(deps.host);
    if (start?.kind === 'claimed' && main.completed && !main.failure) {
        deps.host.info(`Run ${start.runId} stays running: the rails job continues it (mode run, run-id).`);
        return { status: 'skipped' };
    }
    return (0,_run_stages_js__WEBPACK_IMPORTED_MODULE_9__/* .runPost */ .a2)(deps);
}


/***/ })

};
