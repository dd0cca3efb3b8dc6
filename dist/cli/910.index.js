export const id = 910;
export const ids = [910];
export const modules = {

/***/ 58973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ findActionByMergeSha),
/* harmony export */   E_: () => (/* binding */ updateAction),
/* harmony export */   NK: () => (/* binding */ listLeftoverActions),
/* harmony export */   Th: () => (/* binding */ getAction),
/* harmony export */   Z8: () => (/* binding */ findActionForPullRequest),
/* harmony export */   g4: () => (/* binding */ ACTION_STATUSES)
/* harmony export */ });
const ACTION_STATUSES = ['planned', 'submitted', 'merged', 'rolled_back', 'closed', 'failed'];
const columns = (sql) => sql `
  a.id, a.proposal_id AS "proposalId", a.action_type AS "actionType", a.payload, a.status,
  a.created_at AS "createdAt", a.updated_at AS "updatedAt",
  p.repository, p.run_id AS "runId", p.run_date::text AS "runDate", p.type AS "proposalType",
  p.risk_level AS "riskLevel", p.title, p.allowlisted
`;
/**
 * The action recorded for a pull request of `repository`: matched on payload.pullRequest.number,
 * else on payload.branch (an action whose PR number is not written yet). Newest first; undefined
 * when none.
 */
async function findActionForPullRequest(sql, opts) {
    const [row] = await sql `
    SELECT ${columns(sql)}
    FROM self_evolution_actions a
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    WHERE p.repository = ${opts.repository}
      AND (
        (a.payload ? 'pullRequest' AND a.payload -> 'pullRequest' ->> 'number' = ${String(opts.number)})
        OR (a.payload ? 'branch' AND a.payload ->> 'branch' = ${opts.branch})
      )
    ORDER BY (a.payload -> 'pullRequest' ->> 'number' = ${String(opts.number)}) DESC NULLS LAST,
             a.created_at DESC, a.id DESC
    LIMIT 1
  `;
    return row;
}
/** The action whose recorded merge commit is `sha`, in `repository`. */
async function findActionByMergeSha(sql, repository, sha) {
    const [row] = await sql `
    SELECT ${columns(sql)}
    FROM self_evolution_actions a
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    WHERE p.repository = ${repository} AND a.payload ? 'mergeSha' AND a.payload ->> 'mergeSha' = ${sha}
    ORDER BY a.created_at DESC, a.id DESC
    LIMIT 1
  `;
    return row;
}
async function getAction(sql, id) {
    const [row] = await sql `
    SELECT ${columns(sql)}
    FROM self_evolution_actions a
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    WHERE a.id = ${id}
  `;
    return row;
}
/**
 * Move an action to `status` and merge `payload` into its payload (top-level keys replaced).
 * `from`, when given, is the set of statuses the move is allowed from: the update does nothing
 * otherwise, and the result says so (false), which makes repeated events idempotent.
 * `latestAttempt` also requires the action's proposal to belong to its run's latest attempt (the run
 * row share-locked, so a re-claim waits for it, and the successor's recording sees it): a superseded
 * attempt never starts acting.
 */
async function updateAction(sql, id, change) {
    const rows = await sql `
    UPDATE self_evolution_actions a
    SET status = COALESCE(${change.status ?? null}::varchar, status),
        payload = payload || ${sql.json((change.payload ?? {}))}::jsonb,
        updated_at = now()
    WHERE id = ${id}
      AND (${change.from ? sql.array([...change.from]) : null}::text[] IS NULL OR status = ANY(${change.from ? sql.array([...change.from]) : null}::text[]))
      AND (NOT ${change.latestAttempt === true} OR EXISTS (
        SELECT 1 FROM self_evolution_proposals p JOIN self_evolution_runs r ON r.id = p.run_id
        WHERE p.id = a.proposal_id AND p.attempt = r.attempt
        FOR SHARE OF r
      ))
    RETURNING id
  `;
    return rows.length === 1;
}
/**
 * Actions of `repository` that recorded a branch left behind (payload.leftover.branch): a push whose
 * pull request was never opened, or a run that stopped between the two. The next run cleans them up.
 */
async function listLeftoverActions(sql, repository) {
    return sql `
    SELECT ${columns(sql)}
    FROM self_evolution_actions a
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    WHERE p.repository = ${repository}
      AND jsonb_typeof(a.payload -> 'leftover') = 'object'
      AND a.payload -> 'leftover' ->> 'branch' IS NOT NULL
    ORDER BY a.id
  `;
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

/***/ 70986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readObservatory)
/* harmony export */ });
/* unused harmony export OBSERVATORY_LIMITS */
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35157);

/** Bounds of the lists, so the report stays small whatever the database holds. */
const OBSERVATORY_LIMITS = {
    rules: 50,
    rollbacks: 200,
    flagFlips: 200,
    textChars: 2000,
    /** Per recent run, its earlier attempts listed (newest first). */
    earlierAttempts: 20
};
/**
 * The window's figures, read in one statement. It is one function because it is one query: its
 * CTEs share the window's bounds, and splitting them would cost round trips.
 */
// eslint-disable-next-line max-lines-per-function
async function readObservatory(sql, q) {
    const repo = q.repository;
    const repoKey = repo === null ? null : (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryFlagKey */ .OZ)(repo);
    const chars = OBSERVATORY_LIMITS.textChars;
    const [row] = await sql `
    WITH bounds AS (
      SELECT ${q.from}::date AS first_day, ${q.to}::date AS last_day,
             (${q.from}::date::timestamp AT TIME ZONE 'UTC') AS first_at,
             ((${q.to}::date + 1)::timestamp AT TIME ZONE 'UTC') AS end_at
    ), runs AS (
      SELECT r.* FROM self_evolution_runs r, bounds b
      WHERE r.run_date BETWEEN b.first_day AND b.last_day
        AND (${repo}::text IS NULL OR r.repository = ${repo}::text)
    ), all_proposals AS (
      SELECT p.id, p.run_id, p.run_date, p.attempt, p.allowlisted, p.blocked_reasons, p.title,
             p.attempt >= r.attempt AS latest
      FROM self_evolution_proposals p
      JOIN self_evolution_runs r ON r.id = p.run_id
      JOIN bounds b ON p.run_date BETWEEN b.first_day AND b.last_day
      WHERE ${repo}::text IS NULL OR p.repository = ${repo}::text
    ), proposals AS (
      SELECT * FROM all_proposals WHERE latest
    ), earlier_counts AS (
      SELECT run_id, attempt, count(*) FILTER (WHERE allowlisted)::int AS allowed,
             count(*) FILTER (WHERE NOT allowlisted)::int AS blocked
      FROM all_proposals WHERE NOT latest GROUP BY run_id, attempt
    ), run_counts AS (
      SELECT run_id, count(*) FILTER (WHERE allowlisted)::int AS allowed,
             count(*) FILTER (WHERE NOT allowlisted)::int AS blocked
      FROM proposals GROUP BY run_id
    ), reasons AS (
      SELECT p.id, split_part(reason, ':', 1) AS rule, reason
      FROM proposals p, unnest(p.blocked_reasons) AS reason
    ), rules AS (
      SELECT left(rule, 200) AS rule, count(*)::int AS violations, count(DISTINCT id)::int AS proposals,
             left((array_agg(reason ORDER BY id DESC))[1], ${chars}) AS example
      FROM reasons GROUP BY 1
      ORDER BY violations DESC, rule
      LIMIT ${OBSERVATORY_LIMITS.rules}
    ), rollbacks AS (
      SELECT rb.id, rb.action_id AS "actionId", left(rb.reason, ${chars}) AS reason, rb.created_at AS "createdAt",
             left(a.action_type, 200) AS "actionType", a.status AS "actionStatus", a.proposal_id AS "proposalId",
             left(p.title, ${chars}) AS "proposalTitle", p.run_id AS "runId", p.run_date AS "runDate",
             p.repository
      FROM self_evolution_rollbacks rb
      JOIN bounds b ON rb.created_at >= b.first_at AND rb.created_at < b.end_at
      JOIN self_evolution_actions a ON a.id = rb.action_id
      LEFT JOIN self_evolution_proposals p ON p.id = a.proposal_id
      WHERE ${repo}::text IS NULL OR p.repository = ${repo}::text
    ), agent_blocks AS (
      SELECT r.run_date AS day, r.metrics -> 'agent' AS agent FROM runs r
      WHERE jsonb_typeof(r.metrics -> 'agent') = 'object'
      UNION ALL
      SELECT r.run_date, h -> 'metrics' -> 'agent'
      FROM runs r, jsonb_array_elements(
        CASE WHEN jsonb_typeof(r.metrics -> 'history') = 'array' THEN r.metrics -> 'history' ELSE '[]' END
      ) AS h
      WHERE jsonb_typeof(h -> 'metrics' -> 'agent') = 'object'
    ), agent_costs AS (
      SELECT day,
             CASE WHEN jsonb_typeof(agent -> 'costUsd') = 'number' AND (agent ->> 'costUsd')::numeric >= 0
                  THEN (agent ->> 'costUsd')::numeric END AS cost,
             CASE WHEN jsonb_typeof(agent -> 'tokens' -> 'input') = 'number'
                  THEN (agent -> 'tokens' ->> 'input')::numeric END AS input,
             CASE WHEN jsonb_typeof(agent -> 'tokens' -> 'output') = 'number'
                  THEN (agent -> 'tokens' ->> 'output')::numeric END AS output
      FROM agent_blocks
    ), flag_events AS (
      SELECT e.id, e.created_at AS at, e.repository, e.detail ->> 'key' AS key, e.detail -> 'value' AS value,
             e.detail -> 'previous' AS previous, e.detail -> 'by' AS by, left(e.reason, ${chars}) AS reason
      FROM self_evolution_events e
      JOIN bounds b ON e.created_at >= b.first_at AND e.created_at < b.end_at
      WHERE e.kind = 'flag'
        AND (${repo}::text IS NULL OR e.detail ->> 'key' IN (${_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_FLAG */ .bz}, ${repoKey}::text))
    )
    SELECT
      (SELECT COALESCE(json_agg(x ORDER BY x.day, x.status), '[]') FROM (
         SELECT run_date AS day, status, count(*)::int AS runs FROM runs GROUP BY 1, 2
       ) x) AS "runDays",
      (SELECT COALESCE(json_agg(x ORDER BY x.day, x.reason), '[]') FROM (
         SELECT (e.created_at AT TIME ZONE 'UTC')::date AS day, left(COALESCE(e.reason, ''), 200) AS reason,
                count(*)::int AS skips
         FROM self_evolution_events e
         JOIN bounds b ON e.created_at >= b.first_at AND e.created_at < b.end_at
         WHERE e.kind = 'skip' AND (${repo}::text IS NULL OR e.repository = ${repo}::text)
         GROUP BY 1, 2
       ) x) AS "skipDays",
      (SELECT COALESCE(json_agg(x ORDER BY x.day), '[]') FROM (
         SELECT run_date AS day, count(*) FILTER (WHERE allowlisted)::int AS allowed,
                count(*) FILTER (WHERE NOT allowlisted)::int AS blocked
         FROM proposals GROUP BY 1
       ) x) AS "proposalDays",
      (SELECT COALESCE(json_agg(x ORDER BY x.violations DESC, x.rule), '[]') FROM rules x) AS rules,
      (SELECT count(*)::int FROM reasons) AS "violationsTotal",
      (SELECT COALESCE(json_agg(x ORDER BY x.status), '[]') FROM (
         SELECT a.status, count(*)::int AS actions
         FROM self_evolution_actions a JOIN all_proposals p ON p.id = a.proposal_id
         WHERE p.latest OR a.status <> 'planned'
         GROUP BY 1
       ) x) AS actions,
      (SELECT COALESCE(json_agg(x ORDER BY x."createdAt" DESC, x.id DESC), '[]') FROM (
         SELECT * FROM rollbacks ORDER BY "createdAt" DESC, id DESC LIMIT ${OBSERVATORY_LIMITS.rollbacks}
       ) x) AS rollbacks,
      (SELECT count(*)::int FROM rollbacks) AS "rollbacksTotal",
      (SELECT COALESCE(json_agg(x ORDER BY x.key <> ${_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_FLAG */ .bz}, x.key), '[]') FROM (
         SELECT left(key, 300) AS key, value, metadata, created_at AS "createdAt"
         FROM feature_flags
         WHERE key = ${_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_FLAG */ .bz}
            OR (${repo}::text IS NULL AND starts_with(key, ${_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_FLAG */ .bz + ':'}))
            OR key = ${repoKey}::text
       ) x) AS flags,
      (SELECT COALESCE(json_agg(x ORDER BY x.at DESC, x.id DESC), '[]') FROM (
         SELECT * FROM flag_events ORDER BY at DESC, id DESC LIMIT ${OBSERVATORY_LIMITS.flagFlips}
       ) x) AS "flagEvents",
      (SELECT COALESCE(json_agg(x ORDER BY x.day), '[]') FROM (
         SELECT day, count(*)::int AS runs, count(cost)::int AS costed, round(sum(cost), 6) AS "costUsd",
                sum(input) AS "inputTokens", sum(output) AS "outputTokens"
         FROM agent_costs GROUP BY day
       ) x) AS "agentDays",
      (SELECT count(*)::int
       FROM self_evolution_actions a JOIN all_proposals p ON p.id = a.proposal_id
       WHERE a.status = 'merged' AND a.action_type <> 'revert') AS "mergedChanges",
      (SELECT COALESCE(json_agg(x ORDER BY x."runDate" DESC, x.id DESC), '[]') FROM (
         SELECT r.id, left(r.repository, 300) AS repository, r.run_date AS "runDate", r.status,
                r.started_at AS "startedAt", r.finished_at AS "finishedAt",
                left(r.summary, ${chars}) AS summary, left(r.logs_url, ${chars}) AS "logsUrl",
                COALESCE(c.allowed, 0) AS "proposalsAllowed", COALESCE(c.blocked, 0) AS "proposalsBlocked",
                r.attempt,
                (SELECT COALESCE(json_agg(json_build_object(
                          'attempt', e.attempt, 'status', left(e.h ->> 'status', 20),
                          'finishedAt', left(e.h ->> 'finishedAt', 40),
                          'allowed', COALESCE(ec.allowed, 0), 'blocked', COALESCE(ec.blocked, 0)
                        ) ORDER BY e.attempt DESC), '[]')
                 FROM (SELECT n AS attempt, r.metrics -> 'history' -> (n - 1) AS h
                       FROM generate_series(r.attempt - 1, greatest(1, r.attempt - ${OBSERVATORY_LIMITS.earlierAttempts}::int), -1) AS n
                      ) e
                 LEFT JOIN earlier_counts ec ON ec.run_id = r.id AND ec.attempt = e.attempt
                ) AS "earlierAttempts"
         FROM runs r LEFT JOIN run_counts c ON c.run_id = r.id
         ORDER BY r.run_date DESC, r.id DESC
         LIMIT ${q.recentRuns}
       ) x) AS "recentRuns"
  `;
    return row;
}


/***/ }),

/***/ 53831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ isDate),
/* harmony export */   Bj: () => (/* binding */ DAY_STATE_LABELS),
/* harmony export */   K_: () => (/* binding */ DAY_STATES),
/* harmony export */   P9: () => (/* binding */ describeCost),
/* harmony export */   UK: () => (/* binding */ formatUsd),
/* harmony export */   Zj: () => (/* binding */ reportWindow),
/* harmony export */   ak: () => (/* binding */ DEFAULT_DAYS),
/* harmony export */   bL: () => (/* binding */ RECENT_RUNS),
/* harmony export */   bm: () => (/* binding */ MIN_DAYS),
/* harmony export */   cf: () => (/* binding */ buildFigures),
/* harmony export */   de: () => (/* binding */ MAX_DAYS),
/* harmony export */   hD: () => (/* binding */ SUMMARY_DAYS),
/* harmony export */   lj: () => (/* binding */ settleRun),
/* harmony export */   m1: () => (/* binding */ parseSince),
/* harmony export */   vH: () => (/* binding */ safeHttpUrl)
/* harmony export */ });
/* unused harmony exports REPORT_SCHEMA, RUN_STATES, OTHER_RULE */
/* harmony import */ var _db_actions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58973);
/* harmony import */ var _text_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49109);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);
/**
 * The observatory's figures: the rows of src/db/report.ts turned into what the HTML page, the JSON
 * output and the job summary's chart show. Pure: the window comes from an injected `now`, and the
 * same rows always give the same figures.
 *
 * The calendar gives each UTC day of the window one state:
 *   success, failed, reverted, running, planned, cancelled  the day's run (with several repositories,
 *                                                the worst: reverted, failed, running, planned, cancelled, success)
 *   skipped   no run, but the start recorded why (skip events: flag off, cooldown, a deployment…)
 *   none      no run and nothing recorded (the workflow did not fire, or its runner died before the
 *             start could record anything)
 * skipped and none are both "no run"; they differ only in whether the database knows why.
 *
 * Every text that came from the database (the agent's titles and rule messages, summaries, reasons,
 * URLs, flag metadata) is capped here with forJson; the renderers escape it for their target.
 */



const REPORT_SCHEMA = 'self-evolution/report@1';
/** Window bounds for --since, in days. */
const MIN_DAYS = 1;
const MAX_DAYS = 365;
const DEFAULT_DAYS = 30;
/** The job summary's chart. */
const SUMMARY_DAYS = 14;
/** How many of the most recent runs the report lists. */
const RECENT_RUNS = 30;
const RUN_STATES = ['success', 'failed', 'reverted', 'running', 'planned', 'cancelled'];
const DAY_STATES = [...RUN_STATES, 'skipped', 'none'];
/** How a day's state is named on the page and in the job summary. */
const DAY_STATE_LABELS = {
    success: 'success',
    failed: 'failed',
    reverted: 'reverted',
    running: 'running',
    planned: 'planned',
    cancelled: 'cancelled',
    skipped: 'skipped (no run)',
    none: 'no run'
};
/** Worst first: what a day shows when several repositories ran on it. */
const PRECEDENCE = ['reverted', 'failed', 'running', 'planned', 'cancelled', 'success'];
/** The action statuses (src/db/actions.ts), always listed (with 0 when there are none). */

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
function utcDay(t) {
    return new Date(t).toISOString().slice(0, 10);
}
/** The last `days` UTC days up to and including the day of `now`. */
function reportWindow(now, days) {
    if (!Number.isInteger(days) || days < MIN_DAYS || days > MAX_DAYS) {
        throw new RangeError(`days must be an integer from ${MIN_DAYS} to ${MAX_DAYS}, got ${days}`);
    }
    const to = utcDay(now.getTime());
    const from = utcDay(Date.parse(`${to}T00:00:00Z`) - (days - 1) * DAY_MS);
    return { days, from, to };
}
/**
 * `--since` as a number of days: `Nd`, N from 1 to 365. Returns an error sentence instead of
 * throwing, so the CLI decides how to report it.
 */
function parseSince(value) {
    const m = /^([0-9]{1,3})d$/.exec(value);
    const days = m ? Number(m[1]) : NaN;
    if (!m || m[1].startsWith('0') || days < MIN_DAYS || days > MAX_DAYS) {
        return {
            error: `--since "${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(value, 40)}" is not valid; expected a number of days from ${MIN_DAYS}d to ${MAX_DAYS}d, such as ${DEFAULT_DAYS}d`
        };
    }
    return { days };
}
/** The figures of `rows` for `window`. */
function buildFigures(rows, opts) {
    const { window } = opts;
    const dates = windowDates(window);
    const calendar = calendarOf(rows, dates);
    const proposalsOn = new Map(rows.proposalDays.map(p => [p.day, p]));
    const proposalsByDay = dates.map(date => {
        const p = proposalsOn.get(date);
        return { date, allowed: count(p?.allowed), blocked: count(p?.blocked) };
    });
    const violationsByRule = mergeRules(rows.rules);
    const actionsByStatus = actionCounts(rows.actions);
    const flags = flagFigures(rows, window);
    const runsByStatus = zeroRuns();
    for (const day of calendar)
        for (const s of RUN_STATES)
            runsByStatus[s] += day.runs[s];
    const daysByState = Object.fromEntries(DAY_STATES.map(s => [s, 0]));
    for (const day of calendar)
        daysByState[day.state]++;
    const allowed = proposalsByDay.reduce((n, p) => n + p.allowed, 0);
    const blocked = proposalsByDay.reduce((n, p) => n + p.blocked, 0);
    const cost = costFigures(rows, dates);
    return {
        schema: REPORT_SCHEMA,
        generatedAt: opts.now.toISOString(),
        repository: opts.repository,
        window,
        totals: {
            runs: RUN_STATES.reduce((n, s) => n + runsByStatus[s], 0),
            runsByStatus,
            daysByState,
            skips: calendar.reduce((n, d) => n + d.skips, 0),
            proposals: allowed + blocked,
            allowed,
            blocked,
            violations: count(rows.violationsTotal),
            actions: actionsByStatus.reduce((n, a) => n + a.count, 0),
            rollbacks: count(rows.rollbacksTotal),
            flagFlips: flags.history.length,
            agentRuns: cost.agentRuns,
            costUsd: cost.costUsd,
            mergedChanges: cost.mergedChanges
        },
        calendar,
        proposalsByDay,
        violationsByRule,
        actionsByStatus,
        rollbacks: rows.rollbacks.map(rollbackFigure),
        flags,
        costPerDay: cost.costPerDay,
        costPerMergedChange: cost.costPerMergedChange,
        runsWithoutCost: cost.runsWithoutCost,
        recentRuns: rows.recentRuns.map(recentRunFigure)
    };
}
/**
 * The agent's cost: per day, in total, and per merged change. A day's dollars are what its agent
 * steps reported; a step that reported none (an engine that reports tokens only, with no price
 * configured) is counted apart, never as $0 of a change.
 */
function costFigures(rows, dates) {
    const on = new Map(rows.agentDays.map(d => [d.day, d]));
    const costPerDay = dates.map(date => {
        const d = on.get(date);
        const runs = count(d?.runs);
        return {
            date,
            costUsd: usd(d?.costUsd) ?? 0,
            runs,
            runsWithoutCost: Math.max(0, runs - count(d?.costed)),
            tokens: { input: count(d?.inputTokens), output: count(d?.outputTokens) }
        };
    });
    const agentRuns = costPerDay.reduce((n, d) => n + d.runs, 0);
    const runsWithoutCost = costPerDay.reduce((n, d) => n + d.runsWithoutCost, 0);
    const costUsd = roundUsd(costPerDay.reduce((n, d) => n + d.costUsd, 0));
    const mergedChanges = count(rows.mergedChanges);
    const costed = agentRuns - runsWithoutCost;
    const costPerMergedChange = mergedChanges > 0 && costed > 0 ? roundUsd(costUsd / mergedChanges) : null;
    return { costPerDay, costPerMergedChange, runsWithoutCost, agentRuns, costUsd, mergedChanges };
}
/** Dollars to the micro-dollar. */
function roundUsd(v) {
    return Math.round(v * 1e6) / 1e6;
}
/** A non-negative finite amount of dollars, or null, whatever the driver handed over. */
function usd(v) {
    if (v === null || v === undefined || v === '')
        return null;
    const x = Number(v);
    return Number.isFinite(x) && x >= 0 ? roundUsd(x) : null;
}
/** One line for a terminal or a summary: the window's agent cost, per merged change, and the runs without one. */
function describeCost(f) {
    const t = f.totals;
    if (t.agentRuns === 0)
        return `Agent cost: no agent step recorded in ${f.window.days} day(s).`;
    const perChange = t.mergedChanges === 0
        ? 'no merged change yet'
        : f.costPerMergedChange === null
            ? `${t.mergedChanges} merged change(s), no reported cost`
            : `${formatUsd(f.costPerMergedChange)} per merged change (${t.mergedChanges} merged)`;
    const without = f.runsWithoutCost > 0
        ? `; ${f.runsWithoutCost} run(s) without a reported cost (engines that report tokens only)`
        : '';
    return `Agent cost: ${formatUsd(t.costUsd)} over ${t.agentRuns} agent run(s) in ${f.window.days} day(s); ${perChange}${without}.`;
}
/** Dollars for a reader: cents from a dollar up, four decimals below (a run often costs cents). */
function formatUsd(v) {
    if (!Number.isFinite(v) || v < 0)
        return '$?';
    return v >= 1 || v === 0 ? `$${v.toFixed(2)}` : `$${v.toFixed(4)}`;
}
/**
 * The rows with one of `runDate`'s running runs counted as `status`: main draws the job summary
 * before post closes its own run, and the strip must show the run it sits under as it ends.
 */
function settleRun(rows, run) {
    const i = rows.runDays.findIndex(r => r.day === run.runDate && r.status === 'running' && count(r.runs) > 0);
    if (i < 0)
        return rows;
    const runDays = rows.runDays.map((r, j) => (j === i ? { ...r, runs: count(r.runs) - 1 } : r));
    return { ...rows, runDays: [...runDays, { day: run.runDate, status: run.status, runs: 1 }] };
}
/** Each day of the window with its state, its runs by status and its skips by reason. */
function calendarOf(rows, dates) {
    const inWindow = new Set(dates);
    const runsOn = new Map();
    for (const r of rows.runDays) {
        if (!inWindow.has(r.day) || !isRunState(r.status))
            continue;
        const day = runsOn.get(r.day) ?? zeroRuns();
        day[r.status] += count(r.runs);
        runsOn.set(r.day, day);
    }
    const skipsOn = new Map();
    for (const s of rows.skipDays) {
        if (!inWindow.has(s.day))
            continue;
        const reasons = skipsOn.get(s.day) ?? new Map();
        const reason = (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(s.reason || '(no reason)', 100);
        reasons.set(reason, (reasons.get(reason) ?? 0) + count(s.skips));
        skipsOn.set(s.day, reasons);
    }
    return dates.map(date => {
        const runs = runsOn.get(date) ?? zeroRuns();
        const reasons = skipsOn.get(date) ?? new Map();
        const skipReasons = [...reasons]
            .map(([reason, n]) => ({ reason, count: n }))
            .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
        const skips = skipReasons.reduce((n, s) => n + s.count, 0);
        const ran = PRECEDENCE.find(s => runs[s] > 0);
        return { date, state: ran ?? (skips > 0 ? 'skipped' : 'none'), runs, skips, skipReasons };
    });
}
function rollbackFigure(b) {
    return {
        id: b.id,
        at: iso(b.createdAt),
        reason: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(b.reason ?? '', _text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.description),
        actionId: b.actionId,
        actionType: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(b.actionType ?? '', 50),
        actionStatus: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(b.actionStatus ?? '', 50),
        proposalId: b.proposalId ?? null,
        proposalTitle: b.proposalTitle === null ? null : (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(b.proposalTitle, _text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.title),
        runId: b.runId ?? null,
        runDate: b.runDate ?? null,
        repository: b.repository === null ? null : (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(b.repository, 200)
    };
}
function recentRunFigure(r) {
    return {
        id: r.id,
        repository: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(r.repository, 200),
        runDate: r.runDate,
        status: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(r.status, 20),
        startedAt: iso(r.startedAt),
        finishedAt: iso(r.finishedAt),
        summary: r.summary === null ? null : (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(r.summary, _text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.description),
        logsUrl: r.logsUrl === null ? null : (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)((0,_text_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .r)(r.logsUrl, '***'), _text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.description),
        href: safeHttpUrl(r.logsUrl),
        proposalsAllowed: count(r.proposalsAllowed),
        proposalsBlocked: count(r.proposalsBlocked),
        attempt: Math.max(1, count(r.attempt)),
        earlierAttempts: (r.earlierAttempts ?? []).map(e => ({
            attempt: count(e.attempt),
            status: e.status === null ? null : (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(e.status, 20),
            finishedAt: iso(e.finishedAt),
            allowed: count(e.allowed),
            blocked: count(e.blocked)
        }))
    };
}
function windowDates(window) {
    const first = Date.parse(`${window.from}T00:00:00Z`);
    return Array.from({ length: window.days }, (_, i) => utcDay(first + i * DAY_MS));
}
function zeroRuns() {
    return { success: 0, failed: 0, reverted: 0, running: 0, planned: 0, cancelled: 0 };
}
function isRunState(s) {
    return RUN_STATES.includes(s);
}
/** A non-negative integer, whatever the driver handed over. */
function count(n) {
    const v = Number(n);
    return Number.isSafeInteger(v) && v > 0 ? v : 0;
}
/** A timestamp as ISO 8601 UTC, or null. */
function iso(value) {
    if (value === null || value === undefined || value === '')
        return null;
    const t = value instanceof Date ? value.getTime() : Date.parse(String(value));
    return Number.isNaN(t) ? null : new Date(t).toISOString();
}
/** A rule id as the policy engine writes them (`path-blocked`, `diff-cap`); anything else is "(other)". */
const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const OTHER_RULE = '(other)';
function mergeRules(rules) {
    const merged = new Map();
    for (const r of rules) {
        const rule = RULE_ID.test(r.rule.trim()) ? r.rule.trim() : OTHER_RULE;
        const seen = merged.get(rule);
        if (seen) {
            seen.violations += count(r.violations);
            seen.proposals += count(r.proposals);
        }
        else {
            merged.set(rule, {
                rule,
                violations: count(r.violations),
                proposals: count(r.proposals),
                example: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(r.example ?? '', _text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.message)
            });
        }
    }
    return [...merged.values()].sort((a, b) => b.violations - a.violations || a.rule.localeCompare(b.rule));
}
function actionCounts(actions) {
    const counts = new Map(_db_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_STATUSES */ .g4.map(s => [s, 0]));
    for (const a of actions) {
        const status = (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(a.status, 30);
        counts.set(status, (counts.get(status) ?? 0) + count(a.actions));
    }
    return [...counts].map(([status, n]) => ({ status, count: n }));
}
function text(value, max) {
    return typeof value === 'string' && value !== '' ? (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(value, max) : null;
}
/**
 * The flag's history: every flip recorded as a `flag` event (setFlag writes one with who and why),
 * and the flips the flags' metadata stamps (enabledAt/enabledBy, disabledAt/disabledBy) that no event
 * records, such as a flag turned on with the original system's INSERT … metadata '{"enabledAt": …}'. Only flips
 * inside the window are listed; the current state is always shown.
 */
function flagFigures(rows, window) {
    const first = Date.parse(`${window.from}T00:00:00Z`);
    const end = Date.parse(`${window.to}T00:00:00Z`) + DAY_MS;
    const inWindow = (at) => at !== null && Date.parse(at) >= first && Date.parse(at) < end;
    const current = rows.flags.map(f => {
        const m = (f.metadata && typeof f.metadata === 'object' ? f.metadata : {});
        return {
            key: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(f.key, 300),
            value: f.value === true,
            createdAt: iso(f.createdAt),
            enabledAt: text(m.enabledAt, 60),
            enabledBy: text(m.enabledBy, _text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.label),
            disabledAt: text(m.disabledAt, 60),
            disabledBy: text(m.disabledBy, _text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.label),
            reason: text(m.reason, _text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.message)
        };
    });
    const history = [];
    for (const e of rows.flagEvents) {
        const at = iso(e.at);
        if (!inWindow(at) || typeof e.value !== 'boolean')
            continue;
        history.push({
            at,
            key: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forJson */ .Cx)(e.key ?? '', 300),
            value: e.value,
            previous: typeof e.previous === 'boolean' ? e.previous : null,
            by: text(e.by, _text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.label),
            reason: text(e.reason, _text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.message),
            source: 'event'
        });
    }
    for (const f of current) {
        for (const [value, at, by] of [
            [true, iso(f.enabledAt), f.enabledBy],
            [false, iso(f.disabledAt), f.disabledBy]
        ]) {
            if (!inWindow(at))
                continue;
            const recorded = history.some(h => h.source === 'event' && h.key === f.key && h.value === value && h.at === at);
            if (recorded)
                continue;
            history.push({ at, key: f.key, value, previous: null, by, reason: null, source: 'metadata' });
        }
    }
    history.sort((a, b) => b.at.localeCompare(a.at) || a.key.localeCompare(b.key));
    return { current, history };
}
/** A link target for a run's logs: http(s) only (never javascript:, data: or a relative path). */
function safeHttpUrl(value) {
    if (!value || value.length > _text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.description)
        return null;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return null;
    if (url.username || url.password)
        return null;
    return url.href;
}
/** Whether a string is a UTC day as the figures hold them (for renderers that must not trust input). */
function isDate(value) {
    return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}


/***/ }),

/***/ 86433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ renderHtml)
/* harmony export */ });
/* unused harmony exports SECTION_IDS, CONTENT_SECURITY_POLICY, HTML_ROLLBACKS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67388);
/* harmony import */ var _figures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53831);
/**
 * The observatory as one self-contained HTML page: inline CSS and inline SVG, no script, no external
 * URL of any kind (no font, no image, no stylesheet). A Content-Security-Policy meta tag forbids
 * every fetch and every script, and allows the one stylesheet by its hash, so even an escaping bug
 * could not make the page load or run anything.
 *
 * Pure: figures in, text out. Every string that came from the database goes through forHtml; links
 * are made only from figures' `href` (http or https, checked by observatory.ts, checked again here)
 * and open with rel="noopener noreferrer".
 *
 * Each section has a stable id and data-* attributes with its counts, for tests and for scraping:
 *   #overview, #calendar, #proposals, #violations, #actions, #cost, #rollbacks, #flags, #runs.
 */



const SECTION_IDS = (/* unused pure expression or super */ null && ([
    'overview',
    'calendar',
    'proposals',
    'violations',
    'actions',
    'cost',
    'rollbacks',
    'flags',
    'runs'
]));
const COLORS = {
    success: '#2da44e',
    failed: '#cf222e',
    reverted: '#8250df',
    running: '#d4a72c',
    planned: '#54aeff',
    cancelled: '#bf8700',
    skipped: '#8c959f',
    none: '#eaeef2'
};
const ALLOWED_COLOR = '#2da44e';
const BLOCKED_COLOR = '#cf222e';
const COST_COLOR = '#0969da';
const CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328;
  margin: 0 auto; max-width: 1100px; padding: 16px 24px 48px; background: #fff; }
h1 { font-size: 22px; margin: 8px 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #d0d7de; }
p.meta { color: #59636e; margin: 0 0 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eaeef2; vertical-align: top; }
th { font-weight: 600; background: #f6f8fa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.text { word-break: break-word; }
.empty { color: #59636e; font-style: italic; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 6px 0; padding: 0; list-style: none; }
.legend li { white-space: nowrap; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 4px;
  vertical-align: -1px; border: 1px solid rgba(31, 35, 40, 0.15); }
${_figures_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_STATES */ .K_.map(s => `.s-${s} { background: ${COLORS[s]}; }`).join('\n')}
.s-allowed { background: ${ALLOWED_COLOR}; }
.s-blocked { background: ${BLOCKED_COLOR}; }
.cards { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
.card { border: 1px solid #d0d7de; border-radius: 6px; padding: 6px 12px; min-width: 90px; }
.card b { display: block; font-size: 20px; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 10px system-ui, sans-serif; fill: #59636e; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa;
  padding: 1px 4px; border-radius: 4px; }
.status { font-weight: 600; }
`;
/** The stylesheet's hash, for the CSP: only this exact stylesheet applies. */
const CSS_HASH = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(CSS).digest('base64');
const CONTENT_SECURITY_POLICY = [
    "default-src 'none'",
    `style-src 'sha256-${CSS_HASH}'`,
    "img-src 'none'",
    "script-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
    // (frame-ancestors is ignored in a <meta> CSP, and Chromium says so on the console.)
].join('; ');
/** Escape a database-derived string for HTML text or a quoted attribute. */
const h = (text, max = _text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.message) => text === null || text === undefined ? '' : (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forHtml */ .B2)(text, max);
/** A number for HTML or SVG: our own integers only, so nothing else can reach the markup. */
const n = (value) => (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0');
const day = (value) => ((0,_figures_js__WEBPACK_IMPORTED_MODULE_2__/* .isDate */ .$P)(value) ? value : '????-??-??');
function renderHtml(f) {
    const scope = f.repository === null ? 'every repository' : f.repository;
    const title = `Self-evolution observatory: ${scope}, ${f.window.from} to ${f.window.to}`;
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${h(title, 400)}</title>`,
        `<style>${CSS}</style>`,
        '</head>',
        `<body data-schema="${h(f.schema)}" data-days="${n(f.window.days)}" data-from="${day(f.window.from)}" data-to="${day(f.window.to)}">`,
        `<h1>Self-evolution observatory</h1>`,
        `<p class="meta">${h(scope, 300)} · ${day(f.window.from)} to ${day(f.window.to)} (${n(f.window.days)} UTC days) · generated ${h(f.generatedAt, 40)}</p>`,
        overview(f),
        calendar(f),
        proposals(f),
        violations(f),
        actions(f),
        cost(f),
        rollbacks(f),
        flags(f),
        runs(f),
        '</body>',
        '</html>',
        ''
    ].join('\n');
}
function overview(f) {
    const t = f.totals;
    const cards = [
        ['runs', t.runs],
        ['success', t.runsByStatus.success],
        ['failed', t.runsByStatus.failed],
        ['reverted', t.runsByStatus.reverted],
        ['days without a run', t.daysByState.skipped + t.daysByState.none],
        ['proposals allowed', t.allowed],
        ['proposals blocked', t.blocked],
        ['violations', t.violations],
        ['rollbacks', t.rollbacks]
    ];
    return section('overview', 'At a glance', { runs: t.runs, proposals: t.proposals, violations: t.violations, rollbacks: t.rollbacks }, `<div class="cards">${cards.map(([label, v]) => `<div class="card"><b>${n(v)}</b>${h(label)}</div>`).join('')}</div>`);
}
const CELL = 14;
const GAP = 3;
const PER_ROW = 31;
function calendar(f) {
    const days = f.calendar;
    const rows = Math.max(1, Math.ceil(days.length / PER_ROW));
    const width = Math.min(days.length, PER_ROW) * (CELL + GAP) + GAP;
    const height = rows * (CELL + GAP) + GAP;
    const cells = days
        .map((d, i) => {
        const x = GAP + (i % PER_ROW) * (CELL + GAP);
        const y = GAP + Math.floor(i / PER_ROW) * (CELL + GAP);
        return `<rect x="${n(x)}" y="${n(y)}" width="${CELL}" height="${CELL}" rx="2" fill="${COLORS[d.state]}" data-date="${day(d.date)}" data-state="${d.state}"><title>${h(describeDay(d), 600)}</title></rect>`;
    })
        .join('');
    const counts = Object.fromEntries(_figures_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_STATES */ .K_.map(s => [s, f.totals.daysByState[s]]));
    const legend = `<ul class="legend">${_figures_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_STATES */ .K_.map(s => `<li data-state="${s}"><span class="swatch s-${s}"></span>${_figures_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_STATE_LABELS */ .Bj[s]}: <b>${n(f.totals.daysByState[s])}</b></li>`).join('')}</ul>`;
    const body = `<svg role="img" aria-label="One square per UTC day, oldest first" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">${cells}</svg>` +
        legend +
        `<p class="meta">Oldest day first, ${PER_ROW} days a row. Skipped: no run, and the start recorded why (hover for the reasons). No run: nothing was recorded that day.</p>`;
    return section('calendar', 'Daily runs', { days: days.length, ...counts }, body);
}
function describeDay(d) {
    const runs = Object.entries(d.runs)
        .filter(([, v]) => v > 0)
        .map(([k, v]) => `${v} ${k}`);
    const parts = [`${d.date}: ${_figures_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_STATE_LABELS */ .Bj[d.state]}`];
    if (runs.length)
        parts.push(`runs: ${runs.join(', ')}`);
    if (d.skips)
        parts.push(`skips: ${d.skipReasons.map(s => `${s.reason} ×${s.count}`).join(', ')}`);
    return parts.join('; ');
}
function proposals(f) {
    const days = f.proposalsByDay;
    const max = Math.max(1, ...days.map(d => d.allowed + d.blocked));
    const chartH = 120;
    const barW = Math.max(3, Math.min(18, Math.floor(720 / Math.max(1, days.length))));
    const width = days.length * barW + 40;
    const height = chartH + 24;
    const scale = (v) => (v / max) * chartH;
    const bars = days
        .map((d, i) => {
        const x = 36 + i * barW;
        const a = scale(d.allowed);
        const b = scale(d.blocked);
        const w = Math.max(1, barW - 1);
        const tip = `<title>${day(d.date)}: ${n(d.allowed)} allowed, ${n(d.blocked)} blocked</title>`;
        return (`<g data-date="${day(d.date)}" data-allowed="${n(d.allowed)}" data-blocked="${n(d.blocked)}">${tip}` +
            (d.allowed
                ? `<rect x="${n(x)}" y="${n(chartH - a)}" width="${n(w)}" height="${n(a)}" fill="${ALLOWED_COLOR}"></rect>`
                : '') +
            (d.blocked
                ? `<rect x="${n(x)}" y="${n(chartH - a - b)}" width="${n(w)}" height="${n(b)}" fill="${BLOCKED_COLOR}"></rect>`
                : '') +
            '</g>');
    })
        .join('');
    const axis = `<line x1="34" y1="${chartH}" x2="${n(width)}" y2="${chartH}" stroke="#d0d7de"></line>` +
        `<text x="30" y="10" text-anchor="end">${n(max)}</text><text x="30" y="${chartH}" text-anchor="end">0</text>` +
        (days.length
            ? `<text x="36" y="${chartH + 16}">${day(days[0].date)}</text><text x="${n(width)}" y="${chartH + 16}" text-anchor="end">${day(days[days.length - 1].date)}</text>`
            : '');
    const t = f.totals;
    const body = `<svg role="img" aria-label="Proposals per day, allowed below blocked" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">${axis}${bars}</svg>` +
        `<ul class="legend"><li><span class="swatch s-allowed"></span>allowed: <b>${n(t.allowed)}</b></li><li><span class="swatch s-blocked"></span>blocked: <b>${n(t.blocked)}</b></li></ul>`;
    return section('proposals', 'Proposals per day: allowed and blocked', { allowed: t.allowed, blocked: t.blocked, days: days.length }, body);
}
function bar(value, max, color) {
    const w = max > 0 ? Math.max(value > 0 ? 2 : 0, Math.round((value / max) * 160)) : 0;
    return `<svg width="164" height="12" viewBox="0 0 164 12" aria-hidden="true"><rect x="0" y="1" width="${n(w)}" height="10" rx="2" fill="${color}"></rect></svg>`;
}
function violations(f) {
    const rules = f.violationsByRule;
    const max = Math.max(0, ...rules.map(r => r.violations));
    const body = rules.length
        ? table(['Rule', 'Violations', '', 'Proposals', 'Latest message'], rules.map(r => `<tr data-rule="${h(r.rule, 80)}" data-count="${n(r.violations)}"><td><code>${h(r.rule, 80)}</code></td>` +
            `<td class="num">${n(r.violations)}</td><td>${bar(r.violations, max, BLOCKED_COLOR)}</td>` +
            `<td class="num">${n(r.proposals)}</td><td class="text">${h(r.example)}</td></tr>`), [1, 3])
        : empty('No violations in this window.');
    return section('violations', 'Violations by rule', { total: f.totals.violations, rules: rules.length }, body);
}
function actions(f) {
    const max = Math.max(0, ...f.actionsByStatus.map(a => a.count));
    const body = table(['Status', 'Actions', ''], f.actionsByStatus.map(a => `<tr data-status="${h(a.status, 30)}" data-count="${n(a.count)}"><td class="status">${h(a.status, 30)}</td>` +
        `<td class="num">${n(a.count)}</td><td>${bar(a.count, max, '#0969da')}</td></tr>`), [1]);
    return section('actions', 'Actions by status', { total: f.totals.actions }, body);
}
/** Dollars for an attribute: our own finite numbers only, to the micro-dollar. */
const usd = (value) => Number.isFinite(value) && value >= 0 ? String(Math.round(value * 1e6) / 1e6) : '0';
/** The agent's cost: per day (bars), in total, per merged change, and the runs that reported none. */
function cost(f) {
    const t = f.totals;
    const data = { runs: t.agentRuns, merged: t.mergedChanges, uncosted: f.runsWithoutCost };
    if (t.agentRuns === 0) {
        return section('cost', 'Agent cost', data, empty('No agent step recorded in this window (a proposals file without an agent block records none).'));
    }
    const perChange = t.mergedChanges === 0
        ? 'no merged change yet'
        : f.costPerMergedChange === null
            ? 'no reported cost'
            : (0,_figures_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(f.costPerMergedChange);
    const cards = [
        ['agent cost', (0,_figures_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(t.costUsd)],
        ['per merged change', perChange],
        ['merged changes', n(t.mergedChanges)],
        ['agent runs', n(t.agentRuns)]
    ];
    const body = `<div class="cards" data-usd="${usd(t.costUsd)}" data-permerge="${f.costPerMergedChange === null ? '' : usd(f.costPerMergedChange)}">` +
        `${cards.map(([label, v]) => `<div class="card"><b>${h(v)}</b>${h(label)}</div>`).join('')}</div>` +
        costChart(f) +
        (f.runsWithoutCost > 0
            ? `<p class="meta" data-uncosted="${n(f.runsWithoutCost)}">${n(f.runsWithoutCost)} run(s) without a reported cost (engines that report tokens only); they are not in the dollars above.</p>`
            : '');
    return section('cost', 'Agent cost', data, body);
}
function costChart(f) {
    const days = f.costPerDay;
    const max = Math.max(0, ...days.map(d => d.costUsd));
    const chartH = 80;
    const barW = Math.max(3, Math.min(18, Math.floor(720 / Math.max(1, days.length))));
    const width = days.length * barW + 56;
    // Only the days with an agent run get a bar, so a year of them stays small.
    const bars = days
        .map((d, i) => {
        if (d.runs === 0)
            return '';
        const v = max > 0 ? (d.costUsd / max) * chartH : 0;
        const tip = `${day(d.date)}: ${(0,_figures_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(d.costUsd)}, ${n(d.runs)} agent run(s), ${n(d.runsWithoutCost)} without a cost, ${n(d.tokens.input)} input and ${n(d.tokens.output)} output tokens`;
        return (`<g data-date="${day(d.date)}" data-usd="${usd(d.costUsd)}" data-runs="${n(d.runs)}"><title>${h(tip)}</title>` +
            (d.costUsd > 0
                ? `<rect x="${n(52 + i * barW)}" y="${n(chartH - v)}" width="${n(Math.max(1, barW - 1))}" height="${n(Math.max(1, v))}" fill="${COST_COLOR}"></rect>`
                : '') +
            '</g>');
    })
        .join('');
    const axis = `<line x1="50" y1="${chartH}" x2="${n(width)}" y2="${chartH}" stroke="#d0d7de"></line>` +
        `<text x="46" y="10" text-anchor="end">${h((0,_figures_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(max))}</text><text x="46" y="${chartH}" text-anchor="end">$0</text>`;
    return `<svg role="img" aria-label="Agent cost per day, in dollars" width="${n(width)}" height="${chartH + 8}" viewBox="0 0 ${n(width)} ${chartH + 8}">${axis}${bars}</svg>`;
}
/** The page lists this many rollbacks (the JSON up to 200), so a year of them stays small. */
const HTML_ROLLBACKS = 50;
function rollbacks(f) {
    const shown = f.rollbacks.slice(0, HTML_ROLLBACKS);
    const body = shown.length
        ? table(['When', 'Action', 'Proposal', 'Run', 'Reason'], shown.map(b => `<tr data-rollback="${n(b.id)}"><td>${h(b.at ?? '-', 40)}</td>` +
            `<td>#${n(b.actionId)} ${h(b.actionType, 50)} (${h(b.actionStatus, 30)})</td>` +
            `<td class="text">${b.proposalId === null ? '-' : `#${n(b.proposalId)} ${h(b.proposalTitle, _text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.title)}`}</td>` +
            `<td>${b.runId === null ? '-' : `${n(b.runId)}${b.runDate ? ` (${day(b.runDate)})` : ''}`}</td>` +
            `<td class="text">${h(b.reason)}</td></tr>`)) +
            (f.totals.rollbacks > shown.length
                ? `<p class="meta">The ${n(shown.length)} most recent of ${n(f.totals.rollbacks)}.</p>`
                : '')
        : empty('No rollbacks in this window.');
    return section('rollbacks', 'Rollbacks', { count: f.totals.rollbacks }, body);
}
function flags(f) {
    const current = f.flags.current.length
        ? table(['Flag', 'Value', 'Enabled', 'Disabled', 'Reason'], f.flags.current.map(c => `<tr data-flag="${h(c.key, 300)}" data-value="${c.value ? 'on' : 'off'}"><td><code>${h(c.key, 300)}</code></td>` +
            `<td class="status">${c.value ? 'on' : 'off'}</td>` +
            `<td>${c.enabledAt ? `${h(c.enabledAt, 60)} by ${h(c.enabledBy ?? '?', _text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.label)}` : '-'}</td>` +
            `<td>${c.disabledAt ? `${h(c.disabledAt, 60)} by ${h(c.disabledBy ?? '?', _text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.label)}` : '-'}</td>` +
            `<td class="text">${h(c.reason ?? '-')}</td></tr>`))
        : empty('The global flag self_evolution_enabled does not exist (counts as off).');
    const history = f.flags.history.length
        ? table(['When', 'Flag', 'Turned', 'By', 'Reason', 'From'], f.flags.history.map(x => `<tr data-flip="${x.value ? 'on' : 'off'}"><td>${h(x.at, 40)}</td><td><code>${h(x.key, 300)}</code></td>` +
            `<td class="status">${x.value ? 'on' : 'off'}${x.previous === null ? '' : ` (was ${x.previous ? 'on' : 'off'})`}</td>` +
            `<td>${h(x.by ?? '-', _text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.label)}</td><td class="text">${h(x.reason ?? '-')}</td><td>${x.source}</td></tr>`))
        : empty('No flips in this window.');
    return section('flags', 'Feature flag', { flags: f.flags.current.length, flips: f.flags.history.length }, `${current}<h3>History</h3>${history}`);
}
function runs(f) {
    const body = f.recentRuns.length
        ? table(['Run', 'Day', 'Repository', 'Status', 'Allowed', 'Blocked', 'Finished', 'Summary', 'Logs'], f.recentRuns.map(r => {
            const href = (0,_figures_js__WEBPACK_IMPORTED_MODULE_2__/* .safeHttpUrl */ .vH)(r.href);
            const logs = href
                ? `<a href="${h(href, _text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.description)}" rel="noopener noreferrer" target="_blank">logs</a>`
                : r.logsUrl
                    ? '<span class="empty">not a web link</span>'
                    : '-';
            return (`<tr data-run="${n(r.id)}" data-status="${h(r.status, 20)}"><td class="num">${n(r.id)}</td><td>${day(r.runDate)}</td>` +
                `<td>${h(r.repository || '-', 200)}</td><td class="status">${h(r.status, 20)}</td>` +
                `<td class="num">${n(r.proposalsAllowed)}</td><td class="num">${n(r.proposalsBlocked)}</td>` +
                `<td>${h(r.finishedAt ?? '-', 40)}</td><td class="text">${h(r.summary ?? '-', 300)}</td><td>${logs}</td></tr>` +
                earlierAttemptRows(r));
        }), [0, 4, 5])
        : empty('No runs in this window.');
    return section('runs', 'Most recent runs', { count: f.recentRuns.length }, body);
}
/**
 * A run re-claimed on its day counts as its latest attempt; each earlier one gets a row of its own
 * under it, labelled, with its own counts (not in the totals).
 */
function earlierAttemptRows(r) {
    return r.earlierAttempts
        .map(e => `\n<tr class="earlier-attempt" data-run="${n(r.id)}" data-attempt="${n(e.attempt)}"><td></td><td></td><td></td>` +
        `<td class="status">attempt ${n(e.attempt)} of ${n(r.attempt)}: ${h(e.status ?? '?', 20)}</td>` +
        `<td class="num">${n(e.allowed)}</td><td class="num">${n(e.blocked)}</td>` +
        `<td>${h(e.finishedAt ?? '-', 40)}</td><td class="text">an earlier attempt of this day, superseded; not in the totals</td><td>-</td></tr>`)
        .join('');
}
function section(id, title, data, body) {
    const attrs = Object.entries(data)
        .map(([k, v]) => ` data-${k}="${n(v)}"`)
        .join('');
    return `<section id="${id}"${attrs}>\n<h2>${h(title)}</h2>\n${body}\n</section>`;
}
function table(headers, rows, numeric = []) {
    const head = headers.map((x, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${h(x)}</th>`).join('');
    return `<table><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}
function empty(text) {
    return `<p class="empty">${h(text)}</p>`;
}


/***/ }),

/***/ 49109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ withoutCredentials)
/* harmony export */ });
/**
 * URLs without their credentials, for every place that stores, prints or uses a URL it did not
 * write (a remote, a run's logs URL). A token belongs in a header, never in a URL.
 */
/**
 * `url` without its user and password. With `mark`, the user becomes `mark` (a reader then sees
 * that credentials were there); without, both go. A value that is not a URL (a path, an scp-like
 * address such as git@host:o/r.git) holds no credentials and is returned as it is.
 */
function withoutCredentials(url, mark = '') {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return url;
    }
    if (!parsed.username && !parsed.password)
        return url;
    parsed.username = mark;
    parsed.password = '';
    return parsed.href;
}


/***/ })

};
