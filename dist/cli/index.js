#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 14155:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31741);

const code = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date()
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 71604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   nm: () => (/* binding */ repositoryFlag),
/* harmony export */   s1: () => (/* binding */ intFlag)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/**
 * What every CLI command receives, so commands are testable in-process: output sinks, the
 * environment and the working directory. Commands return their exit code:
 *   0 success, 1 a negative answer (blocked, invalid, refused), 2 bad usage or unusable input.
 */

/** Bad usage or unusable input: the CLI prints the message as one line and exits 2. */
class UsageError extends Error {
    name = 'UsageError';
}
/** A failure the command explains in one line and exits 1 for. */
class CommandError extends Error {
    name = 'CommandError';
}
/**
 * Strict argument parsing: unknown flags and missing values are usage errors (exit 2).
 * `--help` is always accepted.
 */
function parseCommandArgs(command, argv, options, maxPositionals = 0) {
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: { ...options, help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
            strict: true
        });
        if (parsed.positionals.length > maxPositionals && !parsed.values.help) {
            throw new UsageError(`unexpected argument "${parsed.positionals[maxPositionals]}"; see "self-evolution ${command} --help"`);
        }
        return parsed;
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        const message = error.message.split('\n')[0];
        throw new UsageError(`${message}; see "self-evolution ${command} --help"`);
    }
}
/** Parse an integer flag or fail with a sentence naming the flag, the value and the range. */
function intFlag(name, value, min, max) {
    if (value === undefined)
        return undefined;
    if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new UsageError(`--${name} "${value}" is not valid; expected an integer from ${min} to ${max}`);
    }
    return Number(value);
}
/** owner/repo, as GitHub spells it. */
function repositoryFlag(value) {
    if (value === undefined)
        return undefined;
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value)) {
        throw new UsageError(`--repository "${value}" is not valid; expected OWNER/REPO`);
    }
    return value;
}


/***/ }),

/***/ 31741:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: usage

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(71604);
// EXTERNAL MODULE: ./src/db/migrations.generated.ts
var migrations_generated = __nccwpck_require__(63922);
;// CONCATENATED MODULE: ./src/version.ts
/** The action's version, recorded in schema_migrations with each migration it applies. */


;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The `self-evolution` command line: routes a command to its module. Exit codes: 0 success,
 * 1 a negative answer, 2 bad usage or unusable input (one clear line on stderr).
 */


const COMMANDS = {
    check: { summary: 'judge a change against the safety rails', load: () => Promise.all(/* import() */[__nccwpck_require__.e(940), __nccwpck_require__.e(345)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92345)) },
    run: {
        summary: 'run pre, main and post locally (a dry run by default)',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(872), __nccwpck_require__.e(838), __nccwpck_require__.e(910), __nccwpck_require__.e(672), __nccwpck_require__.e(948)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57948))
    },
    demo: {
        summary: 'a full local dry run on a scratch embedded database (npm start)',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(872), __nccwpck_require__.e(838), __nccwpck_require__.e(910), __nccwpck_require__.e(672), __nccwpck_require__.e(948), __nccwpck_require__.e(206)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20206))
    },
    migrate: { summary: 'apply pending database migrations', load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(838), __nccwpck_require__.e(836)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92836)) },
    flag: { summary: 'show, enable or disable the feature flag', load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(838), __nccwpck_require__.e(467)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15467)) },
    runs: {
        summary: 'list runs, show one, or mark a stuck run failed',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(838), __nccwpck_require__.e(299)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68299))
    },
    config: { summary: 'validate a configuration file', load: () => Promise.all(/* import() */[__nccwpck_require__.e(872), __nccwpck_require__.e(927)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49927)) },
    doctor: {
        summary: 'check the prerequisites of live mode (exit 0 only when all pass)',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(872), __nccwpck_require__.e(351), __nccwpck_require__.e(838), __nccwpck_require__.e(672), __nccwpck_require__.e(245)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17245))
    },
    report: {
        summary: 'the observatory: an HTML page (or JSON) of the last N days',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(838), __nccwpck_require__.e(910), __nccwpck_require__.e(595)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14595))
    }
};
function usage() {
    const width = Math.max(...Object.keys(COMMANDS).map(k => k.length));
    return [
        `self-evolution ${migrations_generated/* ACTION_VERSION */.Yt}: the safety rails of a self-evolving agent`,
        '',
        'Usage: self-evolution <command> [options]',
        '',
        'Commands:',
        ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
        '',
        'Every command takes --help. Database commands take --database-url (else DATABASE_URL, else the',
        'embedded database in .self-evolution/pgdata) and --repository OWNER/REPO where it matters.'
    ].join('\n');
}
async function main(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(usage() + '\n');
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
        io.stdout(`${migrations_generated/* ACTION_VERSION */.Yt}\n`);
        return 0;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) {
        io.stderr(`self-evolution: unknown command "${oneLine(name)}"; expected one of: ${Object.keys(COMMANDS).join(', ')}\n`);
        return 2;
    }
    try {
        const mod = await command.load();
        return await mod.run(rest, io);
    }
    catch (error) {
        if (error instanceof cli_io/* UsageError */.eb) {
            io.stderr(`self-evolution ${name}: ${oneLine(error.message)}\n`);
            return 2;
        }
        if (error instanceof cli_io/* CommandError */.Qd) {
            io.stderr(`self-evolution ${name}: ${oneLine(error.message)}\n`);
            return 1;
        }
        const e = error;
        io.stderr(`self-evolution ${name}: ${oneLine(e?.message ?? String(error))}\n`);
        return typeof e?.exitCode === 'number' ? e.exitCode : 1;
    }
}
function oneLine(text) {
    return String(text)
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .replace(/^(\s*):/, '$1\\:')
        .slice(0, 1000);
}


/***/ }),

/***/ 63922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Db: () => (/* binding */ ADOPTION),
/* harmony export */   Yt: () => (/* binding */ ACTION_VERSION),
/* harmony export */   ox: () => (/* binding */ MIGRATIONS)
/* harmony export */ });
// Generated by scripts/embed-sql.mjs from sql/ and package.json. Do not edit: run `npm run embed-sql`.
/** The version of the action, recorded in schema_migrations with each migration it applies. */
const ACTION_VERSION = "0.1.0";
/** sql/migrations/*.sql, in the order they apply. */
const MIGRATIONS = [
    {
        name: "0001_init.sql",
        checksum: "8e99304b2ff7cfd732b33bae50996e4801bd93977cfa35d9e34e5e509c9b449e",
        sql: "-- 0001_init: the six tables of the self-evolution v0 spec, plus the append-only events table.\n--\n-- Forward-only: once applied anywhere, this file never changes (the runner refuses a changed\n-- checksum). Later changes go in 0002_*.sql and up. The runner wraps each file in one transaction\n-- under pg_advisory_xact_lock, so no BEGIN/COMMIT here.\n--\n-- Beyond the spec, as the foundation issue asks:\n--   * one database may serve several repositories: runs carry `repository`, and the day is unique\n--     per repository; proposals carry the run's repository and run_date, so that a partial unique\n--     index allows one allowed wildcard per repository and day, even against a racing process;\n--   * CHECK constraints on the spec's value sets and ranges, foreign keys, NOT NULL where a column is\n--     essential, timestamp defaults, and indexes for the spec's monitoring queries.\n-- Constraints are named, so later migrations can widen them (the actions status set will grow).\n\nCREATE TABLE self_evolution_runs (\n  id          SERIAL PRIMARY KEY,\n  repository  TEXT NOT NULL DEFAULT '',\n  run_date    DATE NOT NULL,\n  status      VARCHAR NOT NULL DEFAULT 'planned',\n  started_at  TIMESTAMPTZ,\n  finished_at TIMESTAMPTZ,\n  summary     TEXT,\n  logs_url    TEXT,\n  metrics     JSONB NOT NULL DEFAULT '{}'::jsonb,\n  CONSTRAINT self_evolution_runs_status_check\n    CHECK (status IN ('planned', 'running', 'success', 'failed', 'reverted')),\n  CONSTRAINT self_evolution_runs_metrics_check CHECK (jsonb_typeof(metrics) = 'object'),\n  CONSTRAINT self_evolution_runs_repository_run_date_key UNIQUE (repository, run_date),\n  -- The target of the proposals' (run_id, repository, run_date) foreign key: a proposal's day is\n  -- always its run's day, so the one-wildcard-a-day index cannot be dodged. (It cascades on update:\n  -- an owner attributing adopted runs to a repository moves their proposals with them.)\n  CONSTRAINT self_evolution_runs_id_repository_run_date_key UNIQUE (id, repository, run_date)\n);\nCOMMENT ON TABLE self_evolution_runs IS 'One row per repository and UTC day: the daily run and its outcome.';\nCOMMENT ON COLUMN self_evolution_runs.metrics IS\n  'holder: who claimed the run (GitHub run id, attempt, event, sha, dryRun); history: earlier outcomes of the day, kept when a run is re-claimed; phases and counts from post.';\n\n-- Monitoring: recent runs (ORDER BY run_date DESC) and failed runs (WHERE status = ...).\nCREATE INDEX self_evolution_runs_run_date_idx ON self_evolution_runs (run_date DESC);\nCREATE INDEX self_evolution_runs_status_run_date_idx ON self_evolution_runs (status, run_date DESC);\n-- The failure-limit and cooldown gates: the latest finished runs of one repository.\nCREATE INDEX self_evolution_runs_repository_finished_idx\n  ON self_evolution_runs (repository, finished_at DESC) WHERE finished_at IS NOT NULL;\n\nCREATE TABLE self_evolution_reflections (\n  id         SERIAL PRIMARY KEY,\n  run_id     INTEGER NOT NULL,\n  insights   TEXT NOT NULL,\n  sentiment  JSONB,\n  created_at TIMESTAMPTZ DEFAULT now(),\n  CONSTRAINT self_evolution_reflections_run_id_fkey\n    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id)\n);\nCREATE INDEX self_evolution_reflections_run_id_idx ON self_evolution_reflections (run_id);\n\nCREATE TABLE self_evolution_proposals (\n  id              SERIAL PRIMARY KEY,\n  run_id          INTEGER NOT NULL,\n  repository      TEXT NOT NULL DEFAULT '',\n  run_date        DATE NOT NULL,\n  type            VARCHAR NOT NULL,\n  title           TEXT NOT NULL,\n  description     TEXT,\n  risk_level      SMALLINT NOT NULL,\n  effort          SMALLINT,\n  allowlisted     BOOLEAN NOT NULL DEFAULT false,\n  blocked_reasons TEXT[] NOT NULL DEFAULT '{}',\n  created_at      TIMESTAMPTZ DEFAULT now(),\n  CONSTRAINT self_evolution_proposals_type_check\n    CHECK (type IN ('capability', 'prompt', 'persona', 'cleanup', 'wildcard')),\n  CONSTRAINT self_evolution_proposals_risk_level_check CHECK (risk_level BETWEEN 0 AND 5),\n  CONSTRAINT self_evolution_proposals_effort_check CHECK (effort BETWEEN 0 AND 5),\n  CONSTRAINT self_evolution_proposals_run_id_fkey\n    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id),\n  CONSTRAINT self_evolution_proposals_run_day_fkey\n    FOREIGN KEY (run_id, repository, run_date) REFERENCES self_evolution_runs (id, repository, run_date)\n    ON UPDATE CASCADE\n);\n-- Monitoring: the proposals of a run, newest first.\nCREATE INDEX self_evolution_proposals_run_id_idx ON self_evolution_proposals (run_id, created_at DESC);\n-- One allowed wildcard per repository and UTC day. A second insert fails with a unique violation,\n-- which the recorder turns into the wildcard-daily-limit verdict.\nCREATE UNIQUE INDEX self_evolution_proposals_one_allowed_wildcard\n  ON self_evolution_proposals (repository, run_date) WHERE type = 'wildcard' AND allowlisted;\n\nCREATE TABLE self_evolution_actions (\n  id          SERIAL PRIMARY KEY,\n  proposal_id INTEGER NOT NULL,\n  action_type VARCHAR NOT NULL,\n  payload     JSONB NOT NULL DEFAULT '{}'::jsonb,\n  status      VARCHAR NOT NULL DEFAULT 'planned',\n  created_at  TIMESTAMPTZ DEFAULT now(),\n  updated_at  TIMESTAMPTZ DEFAULT now(),\n  -- Later migrations widen this set (closed: a PR closed unmerged; failed: execution failed).\n  CONSTRAINT self_evolution_actions_status_check\n    CHECK (status IN ('planned', 'submitted', 'merged', 'rolled_back')),\n  CONSTRAINT self_evolution_actions_action_type_check CHECK (action_type <> ''),\n  CONSTRAINT self_evolution_actions_proposal_id_fkey\n    FOREIGN KEY (proposal_id) REFERENCES self_evolution_proposals (id)\n);\nCREATE INDEX self_evolution_actions_proposal_id_idx ON self_evolution_actions (proposal_id);\n-- Monitoring: actions that are not rolled back, newest first.\nCREATE INDEX self_evolution_actions_open_created_idx\n  ON self_evolution_actions (created_at DESC) WHERE status <> 'rolled_back';\n\nCREATE TABLE self_evolution_rollbacks (\n  id         SERIAL PRIMARY KEY,\n  action_id  INTEGER NOT NULL,\n  reason     TEXT NOT NULL,\n  created_at TIMESTAMPTZ DEFAULT now(),\n  CONSTRAINT self_evolution_rollbacks_action_id_fkey\n    FOREIGN KEY (action_id) REFERENCES self_evolution_actions (id)\n);\nCREATE INDEX self_evolution_rollbacks_action_id_idx ON self_evolution_rollbacks (action_id);\n-- Monitoring: rollbacks, newest first.\nCREATE INDEX self_evolution_rollbacks_created_idx ON self_evolution_rollbacks (created_at DESC);\n\nCREATE TABLE feature_flags (\n  key        TEXT PRIMARY KEY,\n  value      BOOLEAN NOT NULL DEFAULT false,\n  metadata   JSONB NOT NULL DEFAULT '{}'::jsonb,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\nCOMMENT ON TABLE feature_flags IS\n  'self_evolution_enabled is the global kill switch (missing = off); self_evolution_enabled:<owner/repo> turns one repository off (missing = on).';\n\nINSERT INTO feature_flags (key, value, metadata)\nVALUES ('self_evolution_enabled', false, '{\"seededBy\": \"0001_init\"}')\nON CONFLICT (key) DO NOTHING;\n\n-- Why did nothing run last night? Skips with their reasons, flag flips with who and why, gate\n-- verdicts, stale runs closed by the sweep. Append-only: rows are never updated or deleted.\nCREATE TABLE self_evolution_events (\n  id            SERIAL PRIMARY KEY,\n  repository    TEXT NOT NULL DEFAULT '',\n  kind          VARCHAR NOT NULL,\n  reason        TEXT,\n  run_id        INTEGER,\n  github_run_id TEXT,\n  detail        JSONB NOT NULL DEFAULT '{}'::jsonb,\n  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),\n  CONSTRAINT self_evolution_events_kind_check CHECK (kind ~ '^[a-z][a-z0-9-]*$'),\n  CONSTRAINT self_evolution_events_detail_check CHECK (jsonb_typeof(detail) = 'object'),\n  CONSTRAINT self_evolution_events_run_id_fkey FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id)\n);\nCREATE INDEX self_evolution_events_repository_created_idx\n  ON self_evolution_events (repository, created_at DESC);\nCREATE INDEX self_evolution_events_kind_created_idx ON self_evolution_events (kind, created_at DESC);\nCREATE INDEX self_evolution_events_run_id_idx ON self_evolution_events (run_id) WHERE run_id IS NOT NULL;\n\nCREATE FUNCTION self_evolution_events_append_only() RETURNS trigger\nLANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'self_evolution_events is append-only: % is not allowed', TG_OP\n    USING ERRCODE = 'restrict_violation';\nEND\n$$;\nCREATE TRIGGER self_evolution_events_no_update_delete\n  BEFORE UPDATE OR DELETE ON self_evolution_events\n  FOR EACH ROW EXECUTE FUNCTION self_evolution_events_append_only();\nCREATE TRIGGER self_evolution_events_no_truncate\n  BEFORE TRUNCATE ON self_evolution_events\n  FOR EACH STATEMENT EXECUTE FUNCTION self_evolution_events_append_only();\n"
    },
    {
        name: "0002_action_lifecycle.sql",
        checksum: "2bbae896536136b093f999686cbccb0cc85a6e476cdebec3d5c5daadd4dd9ce2",
        sql: "-- 0002: the lifecycle of an action after it is planned.\n--\n-- * closed:  its pull request was closed without a merge (the gate sees the close event).\n-- * failed:  executing it failed partway; the payload says what was left behind (for example a\n--            pushed branch) so the next run can clean it up.\n-- * Lookups by the keys the gate and revert-watch match on: payload.branch,\n--   payload.pullRequest.number and payload.mergeSha.\nALTER TABLE self_evolution_actions DROP CONSTRAINT self_evolution_actions_status_check;\nALTER TABLE self_evolution_actions ADD CONSTRAINT self_evolution_actions_status_check\n  CHECK (status IN ('planned', 'submitted', 'merged', 'rolled_back', 'closed', 'failed'));\n\nCREATE INDEX self_evolution_actions_branch_idx\n  ON self_evolution_actions ((payload ->> 'branch')) WHERE payload ? 'branch';\nCREATE INDEX self_evolution_actions_pull_request_idx\n  ON self_evolution_actions (((payload -> 'pullRequest' ->> 'number'))) WHERE payload ? 'pullRequest';\nCREATE INDEX self_evolution_actions_merge_sha_idx\n  ON self_evolution_actions ((payload ->> 'mergeSha')) WHERE payload ? 'mergeSha';\n"
    },
    {
        name: "0003_monitoring_views.sql",
        checksum: "67a53b8003434b0a26ec11a37494eb89b5948a6631fa6c2e758df256261634b6",
        sql: "-- 0003: the spec's monitoring queries, as views, for people who live in psql.\n--\n-- Each view returns the rows of the spec's query (\"Monitoring & Observability\" and \"Troubleshooting\"\n-- in the v0 spec), with the spec's columns first, in the spec's order, and a few columns added after\n-- them (the repository, the days and links) that filter or explain a row without changing which rows\n-- there are. A test compares every view with the spec's query text on a seeded database.\n--\n-- A view takes no parameter, so \"the proposals of run 123\" exposes run_id as a column to filter on:\n--   SELECT * FROM self_evolution_run_proposals WHERE run_id = 123;\n-- The ORDER BY of each view is the spec's, with the id as a tie-breaker; a query on the view that\n-- filters without sorting keeps it, one that needs a guaranteed order says ORDER BY itself.\n--\n-- Views read with their owner's privileges: grant SELECT on them to a read-only role\n-- (docs/database.md). Plain CREATE VIEW, not OR REPLACE: a view of the same name made by hand is\n-- never silently replaced; the migration fails naming it instead.\n\n-- Check recent runs: the ten latest days.\nCREATE VIEW self_evolution_recent_runs AS\nSELECT id, run_date, status, summary, started_at, finished_at,\n       repository, logs_url\nFROM self_evolution_runs\nORDER BY run_date DESC, id DESC\nLIMIT 10;\nCOMMENT ON VIEW self_evolution_recent_runs IS\n  'The spec''s \"check recent runs\": the 10 latest runs, newest day first.';\n\n-- View proposals for a run: WHERE run_id = N.\nCREATE VIEW self_evolution_run_proposals AS\nSELECT p.id, p.type, p.title, p.risk_level, p.effort, p.allowlisted,\n       p.run_id, p.repository, p.run_date, p.blocked_reasons, p.created_at\nFROM self_evolution_proposals p\nORDER BY p.created_at DESC, p.id DESC;\nCOMMENT ON VIEW self_evolution_run_proposals IS\n  'The spec''s \"view proposals for a run\": filter on run_id. Newest first.';\n\n-- Check actions and status: every action not rolled back, as the spec's query has it (so merged,\n-- closed and failed actions are listed too; filter on status for the ones still in flight).\nCREATE VIEW self_evolution_open_actions AS\nSELECT a.id, a.action_type, a.status, p.title AS proposal_title,\n       a.proposal_id, p.run_id, p.repository, a.created_at, a.updated_at\nFROM self_evolution_actions a\nJOIN self_evolution_proposals p ON a.proposal_id = p.id\nWHERE a.status != 'rolled_back'\nORDER BY a.created_at DESC, a.id DESC;\nCOMMENT ON VIEW self_evolution_open_actions IS\n  'The spec''s \"check actions and status\": actions that are not rolled back, newest first.';\n\n-- Feature flag status: the global kill switch, with its last flip read from the metadata.\nCREATE VIEW self_evolution_flag_status AS\nSELECT key, value, metadata, created_at,\n       metadata ->> 'enabledAt' AS enabled_at, metadata ->> 'enabledBy' AS enabled_by,\n       metadata ->> 'disabledAt' AS disabled_at, metadata ->> 'disabledBy' AS disabled_by,\n       metadata ->> 'reason' AS reason\nFROM feature_flags\nWHERE key = 'self_evolution_enabled';\nCOMMENT ON VIEW self_evolution_flag_status IS\n  'The spec''s \"feature flag status\": the global flag self_evolution_enabled (no row = off).';\n\n-- Runs failing: the failed runs, newest day first.\nCREATE VIEW self_evolution_failed_runs AS\nSELECT id, run_date, status, summary,\n       repository, started_at, finished_at, logs_url\nFROM self_evolution_runs\nWHERE status = 'failed'\nORDER BY run_date DESC, id DESC;\nCOMMENT ON VIEW self_evolution_failed_runs IS\n  'The spec''s \"check database status\" of failing runs: status failed, newest day first.';\n\n-- Review rollback records: every rollback with its action's type, newest first.\nCREATE VIEW self_evolution_rollback_history AS\nSELECT r.id, r.action_id, r.reason, r.created_at, a.action_type,\n       a.status AS action_status, a.proposal_id, p.title AS proposal_title, p.run_id, p.repository\nFROM self_evolution_rollbacks r\nJOIN self_evolution_actions a ON r.action_id = a.id\nLEFT JOIN self_evolution_proposals p ON p.id = a.proposal_id\nORDER BY r.created_at DESC, r.id DESC;\nCOMMENT ON VIEW self_evolution_rollback_history IS\n  'The spec''s \"review rollback records\": rollbacks with their action''s type, newest first.';\n"
    },
    {
        name: "0004_rollback_once.sql",
        checksum: "d2d2ac37dff8c1a587b2011070aac960ae047269a7bba04ae2f83d0feaf9cfd2",
        sql: "-- 0004: an action is rolled back at most once, and has at most one revert action.\n--\n-- revert-watch checks for an existing rollback before it writes anything; these indexes make the\n-- database refuse a second one too, so two failure events handled at the same moment (two CI\n-- workflows failing on the same merge) cannot both record a revert of the same action.\nCREATE UNIQUE INDEX self_evolution_rollbacks_one_per_action\n  ON self_evolution_rollbacks (action_id);\n\nCREATE UNIQUE INDEX self_evolution_actions_one_revert_per_action\n  ON self_evolution_actions (((payload -> 'revertOf' ->> 'actionId')))\n  WHERE action_type = 'revert' AND payload ? 'revertOf';\n"
    }
];
/** sql/adoption: brings a hand-made installation of the spec to the shape of the first migration. */
const ADOPTION = {
    name: "0001_init.sql",
    checksum: "3535c88249f51836c3293f538f9a74e8222273964f2ad1d56b5a76102afadbd8",
    sql: "-- Adoption: brings an installation of the original system (the spec's tables, created by hand, with\n-- no schema_migrations) to the shape of migrations/0001_init.sql, keeping every row, every grant and\n-- every view. The runner checks column compatibility first, runs this file in the same transaction\n-- as the rest of the migration, and then records 0001_init.sql as applied.\n--\n-- What it changes on the installation's tables:\n--   * tables the installation lacks are created (in the spec's shape, then brought up like the rest);\n--   * the installation's own CHECK, UNIQUE and FOREIGN KEY constraints and unique indexes are\n--     replaced by 0001's (its primary keys stay); its other indexes stay;\n--   * runs gain `repository` ('' for the rows that exist: one repository, before there were several),\n--     proposals gain their run's repository and run_date;\n--   * NULL metrics, payloads, flag metadata and blocked_reasons become empty ({}), and a NULL\n--     allowlisted becomes false (not allowed);\n--   * rows that break 0001's constraints (an unknown status, a risk of 7, two allowed wildcards on one\n--     day) make the adoption fail, naming the constraint; nothing is changed then.\n-- Keep this file in step with 0001_init.sql: a test compares an adopted schema with a fresh one.\n\n-- 1. Missing tables, in the spec's shape.\nCREATE TABLE IF NOT EXISTS self_evolution_runs (\n  id SERIAL PRIMARY KEY, run_date DATE, status VARCHAR, started_at TIMESTAMPTZ, finished_at TIMESTAMPTZ,\n  summary TEXT, logs_url TEXT, metrics JSONB\n);\nCREATE TABLE IF NOT EXISTS self_evolution_reflections (\n  id SERIAL PRIMARY KEY, run_id INTEGER, insights TEXT, sentiment JSONB, created_at TIMESTAMPTZ\n);\nCREATE TABLE IF NOT EXISTS self_evolution_proposals (\n  id SERIAL PRIMARY KEY, run_id INTEGER, type VARCHAR, title TEXT, description TEXT, risk_level SMALLINT,\n  effort SMALLINT, allowlisted BOOLEAN, blocked_reasons TEXT[], created_at TIMESTAMPTZ\n);\nCREATE TABLE IF NOT EXISTS self_evolution_actions (\n  id SERIAL PRIMARY KEY, proposal_id INTEGER, action_type VARCHAR, payload JSONB, status VARCHAR,\n  created_at TIMESTAMPTZ, updated_at TIMESTAMPTZ\n);\nCREATE TABLE IF NOT EXISTS self_evolution_rollbacks (\n  id SERIAL PRIMARY KEY, action_id INTEGER, reason TEXT, created_at TIMESTAMPTZ\n);\nCREATE TABLE IF NOT EXISTS feature_flags (\n  key TEXT PRIMARY KEY, value BOOLEAN, metadata JSONB, created_at TIMESTAMPTZ\n);\n\n-- 2. The installation's constraints and unique indexes (not its primary keys) give way to 0001's.\n--    Foreign keys first: a unique constraint cannot go while a foreign key still leans on it.\nDO $$\nDECLARE\n  tables regclass[] := ARRAY[\n    'self_evolution_runs', 'self_evolution_reflections', 'self_evolution_proposals',\n    'self_evolution_actions', 'self_evolution_rollbacks', 'feature_flags'\n  ]::regclass[];\n  c record;\nBEGIN\n  FOR c IN\n    SELECT conrelid::regclass AS tbl, conname FROM pg_constraint\n    WHERE conrelid = ANY (tables) AND contype = 'f'\n  LOOP\n    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);\n  END LOOP;\n  FOR c IN\n    SELECT conrelid::regclass AS tbl, conname FROM pg_constraint\n    WHERE conrelid = ANY (tables) AND contype IN ('c', 'u')\n  LOOP\n    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);\n  END LOOP;\n  FOR c IN\n    SELECT indexrelid::regclass AS idx FROM pg_index\n    WHERE indrelid = ANY (tables) AND indisunique AND NOT indisprimary\n  LOOP\n    EXECUTE format('DROP INDEX %s', c.idx);\n  END LOOP;\nEND\n$$;\n\n-- 3. Columns: the additions, then empty values where the spec's columns allowed NULL.\nALTER TABLE self_evolution_runs ADD COLUMN IF NOT EXISTS repository TEXT;\nALTER TABLE self_evolution_proposals\n  ADD COLUMN IF NOT EXISTS repository TEXT,\n  ADD COLUMN IF NOT EXISTS run_date DATE;\n\nUPDATE self_evolution_runs SET repository = '' WHERE repository IS NULL;\nUPDATE self_evolution_runs SET metrics = '{}'::jsonb WHERE metrics IS NULL;\nUPDATE self_evolution_proposals p\nSET repository = r.repository, run_date = r.run_date\nFROM self_evolution_runs r\nWHERE r.id = p.run_id\n  AND (p.repository IS DISTINCT FROM r.repository OR p.run_date IS DISTINCT FROM r.run_date);\nUPDATE self_evolution_proposals SET blocked_reasons = '{}' WHERE blocked_reasons IS NULL;\nUPDATE self_evolution_proposals SET allowlisted = false WHERE allowlisted IS NULL;\nUPDATE self_evolution_actions SET payload = '{}'::jsonb WHERE payload IS NULL;\nUPDATE feature_flags SET metadata = '{}'::jsonb WHERE metadata IS NULL;\n\n-- 4. Defaults and NULL-ness, as in 0001 (a column the installation made NOT NULL that 0001 leaves\n--    nullable is relaxed, or the recorder's inserts would fail).\nALTER TABLE self_evolution_runs\n  ALTER COLUMN repository SET DEFAULT '', ALTER COLUMN repository SET NOT NULL,\n  ALTER COLUMN run_date SET NOT NULL,\n  ALTER COLUMN status SET DEFAULT 'planned', ALTER COLUMN status SET NOT NULL,\n  ALTER COLUMN started_at DROP DEFAULT, ALTER COLUMN started_at DROP NOT NULL,\n  ALTER COLUMN finished_at DROP DEFAULT, ALTER COLUMN finished_at DROP NOT NULL,\n  ALTER COLUMN summary DROP NOT NULL,\n  ALTER COLUMN logs_url DROP NOT NULL,\n  ALTER COLUMN metrics SET DEFAULT '{}'::jsonb, ALTER COLUMN metrics SET NOT NULL;\nALTER TABLE self_evolution_reflections\n  ALTER COLUMN run_id SET NOT NULL,\n  ALTER COLUMN insights SET NOT NULL,\n  ALTER COLUMN sentiment DROP NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;\nALTER TABLE self_evolution_proposals\n  ALTER COLUMN run_id SET NOT NULL,\n  ALTER COLUMN repository SET DEFAULT '', ALTER COLUMN repository SET NOT NULL,\n  ALTER COLUMN run_date SET NOT NULL,\n  ALTER COLUMN type SET NOT NULL,\n  ALTER COLUMN title SET NOT NULL,\n  ALTER COLUMN description DROP NOT NULL,\n  ALTER COLUMN risk_level SET NOT NULL,\n  ALTER COLUMN effort DROP NOT NULL,\n  ALTER COLUMN allowlisted SET DEFAULT false, ALTER COLUMN allowlisted SET NOT NULL,\n  ALTER COLUMN blocked_reasons SET DEFAULT '{}', ALTER COLUMN blocked_reasons SET NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;\nALTER TABLE self_evolution_actions\n  ALTER COLUMN proposal_id SET NOT NULL,\n  ALTER COLUMN action_type SET NOT NULL,\n  ALTER COLUMN payload SET DEFAULT '{}'::jsonb, ALTER COLUMN payload SET NOT NULL,\n  ALTER COLUMN status SET DEFAULT 'planned', ALTER COLUMN status SET NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL,\n  ALTER COLUMN updated_at SET DEFAULT now(), ALTER COLUMN updated_at DROP NOT NULL;\nALTER TABLE self_evolution_rollbacks\n  ALTER COLUMN action_id SET NOT NULL,\n  ALTER COLUMN reason SET NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;\nALTER TABLE feature_flags\n  ALTER COLUMN value SET DEFAULT false, ALTER COLUMN value SET NOT NULL,\n  ALTER COLUMN metadata SET DEFAULT '{}'::jsonb, ALTER COLUMN metadata SET NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;\n\n-- 5. 0001's constraints.\nALTER TABLE self_evolution_runs\n  ADD CONSTRAINT self_evolution_runs_status_check\n    CHECK (status IN ('planned', 'running', 'success', 'failed', 'reverted')),\n  ADD CONSTRAINT self_evolution_runs_metrics_check CHECK (jsonb_typeof(metrics) = 'object'),\n  ADD CONSTRAINT self_evolution_runs_repository_run_date_key UNIQUE (repository, run_date),\n  ADD CONSTRAINT self_evolution_runs_id_repository_run_date_key UNIQUE (id, repository, run_date);\nALTER TABLE self_evolution_reflections\n  ADD CONSTRAINT self_evolution_reflections_run_id_fkey\n    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id);\nALTER TABLE self_evolution_proposals\n  ADD CONSTRAINT self_evolution_proposals_type_check\n    CHECK (type IN ('capability', 'prompt', 'persona', 'cleanup', 'wildcard')),\n  ADD CONSTRAINT self_evolution_proposals_risk_level_check CHECK (risk_level BETWEEN 0 AND 5),\n  ADD CONSTRAINT self_evolution_proposals_effort_check CHECK (effort BETWEEN 0 AND 5),\n  ADD CONSTRAINT self_evolution_proposals_run_id_fkey\n    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id),\n  ADD CONSTRAINT self_evolution_proposals_run_day_fkey\n    FOREIGN KEY (run_id, repository, run_date) REFERENCES self_evolution_runs (id, repository, run_date)\n    ON UPDATE CASCADE;\nALTER TABLE self_evolution_actions\n  ADD CONSTRAINT self_evolution_actions_status_check\n    CHECK (status IN ('planned', 'submitted', 'merged', 'rolled_back')),\n  ADD CONSTRAINT self_evolution_actions_action_type_check CHECK (action_type <> ''),\n  ADD CONSTRAINT self_evolution_actions_proposal_id_fkey\n    FOREIGN KEY (proposal_id) REFERENCES self_evolution_proposals (id);\nALTER TABLE self_evolution_rollbacks\n  ADD CONSTRAINT self_evolution_rollbacks_action_id_fkey\n    FOREIGN KEY (action_id) REFERENCES self_evolution_actions (id);\n\n-- 6. 0001's indexes.\nCREATE INDEX IF NOT EXISTS self_evolution_runs_run_date_idx ON self_evolution_runs (run_date DESC);\nCREATE INDEX IF NOT EXISTS self_evolution_runs_status_run_date_idx ON self_evolution_runs (status, run_date DESC);\nCREATE INDEX IF NOT EXISTS self_evolution_runs_repository_finished_idx\n  ON self_evolution_runs (repository, finished_at DESC) WHERE finished_at IS NOT NULL;\nCREATE INDEX IF NOT EXISTS self_evolution_reflections_run_id_idx ON self_evolution_reflections (run_id);\nCREATE INDEX IF NOT EXISTS self_evolution_proposals_run_id_idx\n  ON self_evolution_proposals (run_id, created_at DESC);\nCREATE UNIQUE INDEX self_evolution_proposals_one_allowed_wildcard\n  ON self_evolution_proposals (repository, run_date) WHERE type = 'wildcard' AND allowlisted;\nCREATE INDEX IF NOT EXISTS self_evolution_actions_proposal_id_idx ON self_evolution_actions (proposal_id);\nCREATE INDEX IF NOT EXISTS self_evolution_actions_open_created_idx\n  ON self_evolution_actions (created_at DESC) WHERE status <> 'rolled_back';\nCREATE INDEX IF NOT EXISTS self_evolution_rollbacks_action_id_idx ON self_evolution_rollbacks (action_id);\nCREATE INDEX IF NOT EXISTS self_evolution_rollbacks_created_idx ON self_evolution_rollbacks (created_at DESC);\n\nCOMMENT ON TABLE self_evolution_runs IS 'One row per repository and UTC day: the daily run and its outcome.';\nCOMMENT ON COLUMN self_evolution_runs.metrics IS\n  'holder: who claimed the run (GitHub run id, attempt, event, sha, dryRun); history: earlier outcomes of the day, kept when a run is re-claimed; phases and counts from post.';\nCOMMENT ON TABLE feature_flags IS\n  'self_evolution_enabled is the global kill switch (missing = off); self_evolution_enabled:<owner/repo> turns one repository off (missing = on).';\n\n-- 7. The seed: an installation that never had the flag gets it off.\nINSERT INTO feature_flags (key, value, metadata)\nVALUES ('self_evolution_enabled', false, '{\"seededBy\": \"0001_init\"}')\nON CONFLICT (key) DO NOTHING;\n\n-- 8. The events table, new in 0001 (the runner does not adopt a database that already has one).\nCREATE TABLE self_evolution_events (\n  id            SERIAL PRIMARY KEY,\n  repository    TEXT NOT NULL DEFAULT '',\n  kind          VARCHAR NOT NULL,\n  reason        TEXT,\n  run_id        INTEGER,\n  github_run_id TEXT,\n  detail        JSONB NOT NULL DEFAULT '{}'::jsonb,\n  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),\n  CONSTRAINT self_evolution_events_kind_check CHECK (kind ~ '^[a-z][a-z0-9-]*$'),\n  CONSTRAINT self_evolution_events_detail_check CHECK (jsonb_typeof(detail) = 'object'),\n  CONSTRAINT self_evolution_events_run_id_fkey FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id)\n);\nCREATE INDEX self_evolution_events_repository_created_idx\n  ON self_evolution_events (repository, created_at DESC);\nCREATE INDEX self_evolution_events_kind_created_idx ON self_evolution_events (kind, created_at DESC);\nCREATE INDEX self_evolution_events_run_id_idx ON self_evolution_events (run_id) WHERE run_id IS NOT NULL;\n\nCREATE FUNCTION self_evolution_events_append_only() RETURNS trigger\nLANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'self_evolution_events is append-only: % is not allowed', TG_OP\n    USING ERRCODE = 'restrict_violation';\nEND\n$$;\nCREATE TRIGGER self_evolution_events_no_update_delete\n  BEFORE UPDATE OR DELETE ON self_evolution_events\n  FOR EACH ROW EXECUTE FUNCTION self_evolution_events_append_only();\nCREATE TRIGGER self_evolution_events_no_truncate\n  BEFORE TRUNCATE ON self_evolution_events\n  FOR EACH STATEMENT EXECUTE FUNCTION self_evolution_events_append_only();\n"
};


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 82987:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("perf_hooks");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(14155);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
