export const id = 467;
export const ids = [467];
export const modules = {

/***/ 15467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _db_flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35157);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67388);
/* harmony import */ var _database_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40629);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71604);
/** `self-evolution flag status|enable|disable`: the kill switch, global or for one repository. */




const HELP = `Usage: self-evolution flag status|enable|disable [options]

The kill switch. Runs proceed only when the global flag (${_db_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_FLAG */ .bz}) is on AND the
repository's flag (${_db_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_FLAG */ .bz}:OWNER/REPO) is not off. A missing global flag counts as
off; a missing repository flag counts as on. The failure limit turns a repository's flag off; only
an operator turns it back on. Every flip is recorded with who and why.

  status    show the flags (with --repository: the global one, the repository's, and the result)
  enable    turn the flag on (the global one, or the repository's with --repository)
  disable   turn the flag off

Options:
  --repository OWNER/REPO  act on (or show) one repository's flag
  --by NAME                who flips it (default: $USER)
  --reason TEXT            why; recorded with the flip
${_database_js__WEBPACK_IMPORTED_MODULE_2__/* .DATABASE_URL_HELP */ .mo}
  --json                   print JSON
`;
const SUBCOMMANDS = ['status', 'enable', 'disable'];
async function run(argv, io) {
    return (0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .runCommand */ .d1)('flag', io, () => execute(argv, io));
}
async function execute(argv, io) {
    const { values, positionals } = (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('flag', argv, {
        repository: { type: 'string' },
        by: { type: 'string' },
        reason: { type: 'string' },
        'database-url': { type: 'string' },
        json: { type: 'boolean' }
    }, 1);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const sub = positionals[0];
    if (sub === undefined)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('missing subcommand; expected status, enable or disable');
    if (!SUBCOMMANDS.includes(sub)) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown subcommand "${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(sub, 40)}"; expected status, enable or disable`);
    }
    const repository = (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryFlag */ .nm)(values.repository);
    if (sub === 'status' && (values.by !== undefined || values.reason !== undefined)) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--by and --reason apply only to enable and disable, not to status');
    }
    if (values.by !== undefined && !values.by.trim())
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--by is empty; expected a name');
    if (values.reason !== undefined && !values.reason.trim())
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--reason is empty; expected a sentence');
    const db = await (0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .openCommandDatabase */ .NN)(values['database-url'], io);
    try {
        if (sub === 'status')
            return await status(db.sql, repository, io, values.json === true);
        const change = await (0,_db_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .setFlag */ .lA)(db.sql, {
            repository,
            value: sub === 'enable',
            by: values.by ?? (io.env.USER || io.env.USERNAME || 'cli'),
            reason: values.reason,
            now: io.now()
        });
        const effective = await (0,_db_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .readKillSwitch */ .pG)(db.sql, repository);
        if (values.json) {
            io.stdout((0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq)({ ...change, effective: effective.on }));
            return 0;
        }
        const was = change.previous === null ? 'missing' : change.previous ? 'on' : 'off';
        io.stdout(`${change.key} is now ${change.value ? 'on' : 'off'} (was ${was}).\n`);
        if (change.value && !effective.on) {
            io.stdout(repository
                ? `Runs for ${repository} still skip: the global flag ${_db_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_FLAG */ .bz} is ${effective.global === null ? 'missing (off)' : 'off'}.\n`
                : `Runs still skip for repositories whose own flag is off; see "self-evolution flag status".\n`);
        }
        return 0;
    }
    finally {
        await db.close();
    }
}
async function status(sql, repository, io, asJson) {
    const flags = await (0,_db_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .listFlags */ .E3)(sql);
    const global = flags.find(f => f.key === _db_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_FLAG */ .bz) ?? null;
    if (repository) {
        const own = flags.find(f => f.key === (0,_db_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryFlagKey */ .OZ)(repository)) ?? null;
        const killSwitch = await (0,_db_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .readKillSwitch */ .pG)(sql, repository);
        if (asJson) {
            io.stdout((0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq)({ repository, global, repositoryFlag: own, on: killSwitch.on }));
            return 0;
        }
        io.stdout((0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['FLAG', 'VALUE', 'LAST CHANGE'], [
            [_db_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_FLAG */ .bz, describeValue(global, 'off'), lastChange(global)],
            [(0,_db_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryFlagKey */ .OZ)(repository), describeValue(own, 'on'), lastChange(own)]
        ]));
        io.stdout(`Runs for ${repository}: ${killSwitch.on ? 'allowed' : 'stopped'} by the flags.\n`);
        return 0;
    }
    if (asJson) {
        io.stdout((0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq)({ global, repositories: flags.filter(f => f.key !== _db_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_FLAG */ .bz), on: global?.value === true }));
        return 0;
    }
    io.stdout((0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['FLAG', 'VALUE', 'LAST CHANGE'], [
        [_db_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_FLAG */ .bz, describeValue(global, 'off'), lastChange(global)],
        ...flags.filter(f => f.key !== _db_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_FLAG */ .bz).map(f => [f.key, describeValue(f, 'on'), lastChange(f)])
    ]));
    io.stdout(global?.value === true
        ? 'Runs are allowed, except for repositories whose flag is off.\n'
        : 'Runs are stopped for every repository: the global flag is off.\n');
    return 0;
}
function describeValue(flag, missing) {
    return flag === null ? `missing (counts as ${missing})` : flag.value ? 'on' : 'off';
}
function lastChange(flag) {
    if (!flag)
        return '-';
    const m = flag.metadata;
    const on = m.enabledAt ? { at: m.enabledAt, by: m.enabledBy, what: 'enabled' } : undefined;
    const off = m.disabledAt ? { at: m.disabledAt, by: m.disabledBy, what: 'disabled' } : undefined;
    const last = on && off ? (on.at > off.at ? on : off) : (on ?? off);
    if (!last)
        return `created ${(0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(flag.createdAt)}`;
    return `${last.what} ${(0,_database_js__WEBPACK_IMPORTED_MODULE_2__/* .time */ .kB)(last.at)} by ${last.by ?? '?'}${m.reason ? `: ${m.reason}` : ''}`;
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
