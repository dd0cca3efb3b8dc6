export const id = 229;
export const ids = [229];
export const modules = {

/***/ 65229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/config/schema.ts
var config_schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/db/flags.ts
var flags = __webpack_require__(35157);
// EXTERNAL MODULE: ./src/db/migrate.ts + 1 modules
var migrate = __webpack_require__(77439);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var github_client = __webpack_require__(38851);
// EXTERNAL MODULE: ./src/github/contents.ts
var contents = __webpack_require__(33113);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/cli/doctor-checks.ts
/**
 * `self-evolution doctor`: the prerequisites of live mode, each a check that passes only when it can
 * be proven. Anything that cannot be read or proven fails ("unknown"), with what to do about it.
 *
 *   gate-required          the gate is a required check on the default branch (branch protection
 *                          or rulesets)
 *   write-token            the write-token can push and open pull requests
 *   write-token-workflows  the write-token cannot edit workflows
 *   flag-config            the feature flag and the config agree
 *   schema                 the database schema is current
 *   artifact-retention     the repository keeps artifacts at least telemetry.logRetentionDays
 *
 * The evaluations are pure; readDoctorFacts gathers what they need.
 */


const CHECK_IDS = (/* unused pure expression or super */ null && ([
    'gate-required',
    'write-token',
    'write-token-workflows',
    'flag-config',
    'schema',
    'artifact-retention'
]));
function checkGateRequired(branch, required, gate) {
    const names = [
        ...(required.protection.ok ? (required.protection.value ?? []) : []),
        ...(required.rules.ok ? required.rules.value : [])
    ];
    const found = names.find(n => gate.test(n));
    if (found) {
        return { id: 'gate-required', status: 'pass', detail: `"${found}" is a required check on ${branch}` };
    }
    const unread = [required.protection, required.rules].filter(r => !r.ok);
    if (unread.length) {
        return {
            id: 'gate-required',
            status: 'unknown',
            detail: `no required check on ${branch} matches ${gate}, and ${unread.map(u => u.why).join('; ')}`
        };
    }
    return {
        id: 'gate-required',
        status: 'fail',
        detail: names.length
            ? `no required check on ${branch} matches ${gate} (required: ${names.join(', ')}); make the gate's check required in branch protection or a ruleset`
            : `${branch} requires no status check; make the gate's check required in branch protection or a ruleset`
    };
}
const scopesOf = (header) => header
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
function checkWriteToken(t) {
    const id = 'write-token';
    const wid = 'write-token-workflows';
    if (!t.present) {
        const why = 'SELF_EVOLUTION_WRITE_TOKEN is not set, so the write-token cannot be checked';
        return [
            { id, status: 'unknown', detail: why },
            { id: wid, status: 'unknown', detail: why }
        ];
    }
    if (!t.repository.ok) {
        const why = `the repository cannot be read with the write-token (${t.repository.why})`;
        return [
            { id, status: 'fail', detail: why },
            { id: wid, status: 'unknown', detail: why }
        ];
    }
    const { permissions, scopes } = t.repository.value;
    const inst = t.installation?.ok ? t.installation.value : undefined;
    const out = [];
    // Push and pull requests.
    if (scopes !== undefined) {
        const list = scopesOf(scopes);
        const canWrite = permissions?.push === true && (list.includes('repo') || list.includes('public_repo'));
        out.push(canWrite
            ? {
                id,
                status: 'pass',
                detail: `a classic token with push access and the ${list.includes('repo') ? 'repo' : 'public_repo'} scope`
            }
            : {
                id,
                status: 'fail',
                detail: `a classic token without push access or the repo scope (scopes: ${scopes || 'none'})`
            });
    }
    else if (inst) {
        const ok = ['contents', 'pull_requests', 'issues'].every(p => inst[p] === 'write');
        out.push(ok && permissions?.push !== false
            ? {
                id,
                status: 'pass',
                detail: 'the GitHub App installation has contents, pull_requests and issues write'
            }
            : {
                id,
                status: 'fail',
                detail: `the GitHub App installation lacks a write permission it needs (${describe(inst)}); it needs contents, pull_requests and issues write`
            });
    }
    else if (permissions?.push === false) {
        out.push({ id, status: 'fail', detail: 'the write-token cannot push to the repository' });
    }
    else {
        out.push({
            id,
            status: 'unknown',
            detail: `${permissions?.push === true ? 'the write-token can push, but ' : ''}whether a GitHub App token may open pull requests cannot be read with the token itself; set SELF_EVOLUTION_APP_ID and SELF_EVOLUTION_APP_PRIVATE_KEY so doctor reads the installation's permissions${t.installation && !t.installation.ok ? ` (${t.installation.why})` : ''}`
        });
    }
    // Workflows.
    if (scopes !== undefined) {
        out.push(scopesOf(scopes).includes('workflow')
            ? {
                id: wid,
                status: 'fail',
                detail: 'the classic token has the workflow scope: it could edit .github/workflows'
            }
            : { id: wid, status: 'pass', detail: 'the classic token has no workflow scope' });
    }
    else if (inst) {
        out.push(inst.workflows
            ? {
                id: wid,
                status: 'fail',
                detail: `the GitHub App installation has workflows ${inst.workflows}: it could edit .github/workflows`
            }
            : { id: wid, status: 'pass', detail: 'the GitHub App installation has no workflows permission' });
    }
    else {
        out.push({
            id: wid,
            status: 'unknown',
            detail: "GitHub does not say whether an App or fine-grained token may edit workflows; set SELF_EVOLUTION_APP_ID and SELF_EVOLUTION_APP_PRIVATE_KEY so doctor reads the installation's permissions"
        });
    }
    return out;
}
function describe(p) {
    const entries = Object.entries(p);
    return entries.length ? entries.map(([k, v]) => `${k}: ${v}`).join(', ') : 'no permissions';
}
function checkFlagConfig(config, flag) {
    const id = 'flag-config';
    if (!config.ok)
        return { id, status: 'fail', detail: `the config cannot be used (${config.why})` };
    if (!flag.ok)
        return { id, status: 'unknown', detail: `the feature flag cannot be read (${flag.why})` };
    const c = config.value;
    const on = flag.value.on;
    const mode = c.dryRunMode
        ? 'dry run'
        : `live (${c.rollout.liveChangeTypes.length ? c.rollout.liveChangeTypes.join(', ') : 'no change type'} acting)`;
    if (c.enabled && on)
        return { id, status: 'pass', detail: `the config is enabled (${mode}) and the flag is on` };
    if (!c.enabled && !on)
        return { id, status: 'pass', detail: 'the config is disabled and the flag is off: nothing runs' };
    return {
        id,
        status: 'fail',
        detail: c.enabled
            ? `the config is enabled (${mode}) but the flag is off (global ${flagWord(flag.value.global, 'off')}, repository ${flagWord(flag.value.repository, 'on')}): runs skip with flag-off`
            : 'the flag is on but the config is disabled ("enabled": false): runs skip with disabled'
    };
}
const flagWord = (v, missing) => v === null ? `missing (${missing})` : v ? 'on' : 'off';
function checkSchema(result) {
    return result.ok
        ? { id: 'schema', status: 'pass', detail: result.value }
        : { id: 'schema', status: 'fail', detail: result.why };
}
function checkRetention(days, wanted) {
    const id = 'artifact-retention';
    if (!days.ok)
        return {
            id,
            status: 'unknown',
            detail: `the repository's artifact retention cannot be read (${days.why})`
        };
    return days.value >= wanted
        ? {
            id,
            status: 'pass',
            detail: `the repository keeps artifacts ${days.value} days (telemetry.logRetentionDays: ${wanted})`
        }
        : {
            id,
            status: 'fail',
            detail: `the repository keeps artifacts ${days.value} days, fewer than telemetry.logRetentionDays (${wanted}); artifacts would be cut to ${days.value} days`
        };
}
// --- reading from GitHub ---------------------------------------------------------------------------
const statusOf = (error) => error?.status;
async function read(fn) {
    try {
        return { ok: true, value: await fn() };
    }
    catch (error) {
        return { ok: false, why: (0,github_client/* errorText */.kc)(error) };
    }
}
async function readRequiredChecks(gh, branch) {
    const params = { owner: gh.owner, repo: gh.repo, branch };
    const protection = await read(async () => {
        try {
            const { data } = await gh.octokit.rest.repos.getBranchProtection(params);
            const s = data.required_status_checks;
            return [...(s?.contexts ?? []), ...(s?.checks ?? []).map(c => c.context)];
        }
        catch (error) {
            // 404: the branch is not protected (rulesets may still require checks).
            if (statusOf(error) === 404)
                return null;
            throw error;
        }
    });
    const rules = await read(async () => {
        const list = await gh.octokit.paginate(gh.octokit.rest.repos.getBranchRules, { ...params, per_page: 100 });
        return list.flatMap(rule => rule.type === 'required_status_checks'
            ? (rule.parameters
                ?.required_status_checks ?? []).map(c => c.context)
            : []);
    });
    return { protection, rules };
}
async function readTokenRepository(gh) {
    return read(async () => {
        const response = await gh.octokit.rest.repos.get({ owner: gh.owner, repo: gh.repo });
        const scopes = response.headers['x-oauth-scopes'];
        return {
            permissions: response.data.permissions,
            ...(typeof scopes === 'string' ? { scopes } : {})
        };
    });
}
/** The installation's permissions, read as the App itself (a JWT signed with its private key). */
async function readInstallationPermissions(gh) {
    return read(async () => {
        const { data } = await gh.octokit.rest.apps.getRepoInstallation({ owner: gh.owner, repo: gh.repo });
        return Object.fromEntries(Object.entries(data.permissions ?? {}).filter(([, v]) => typeof v === 'string'));
    });
}
async function readRetentionDays(gh) {
    return read(async () => {
        const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/actions/permissions/artifact-and-log-retention', {
            owner: gh.owner,
            repo: gh.repo
        });
        const days = data.days;
        if (typeof days !== 'number')
            throw new Error('GitHub sent no "days"');
        return days;
    });
}
/** A GitHub App JWT (RS256), valid for nine minutes from a minute ago. */
function appJwt(appId, privateKeyPem, nowMs) {
    const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const iat = Math.floor(nowMs / 1000) - 60;
    const unsigned = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ iat, exp: iat + 600, iss: appId })}`;
    const signature = (0,external_node_crypto_.createSign)('RSA-SHA256').update(unsigned).sign(privateKeyPem).toString('base64url');
    return `${unsigned}.${signature}`;
}

// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/cli/database.ts
var database = __webpack_require__(40629);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
;// CONCATENATED MODULE: ./src/cli/commands/doctor.ts
/**
 * `self-evolution doctor`: are the prerequisites of live mode in place? Prints a pass/fail list
 * (or JSON with --json) and exits 0 only when every check passes, 1 otherwise, 2 for bad usage.
 * It reads and never writes.
 */










const HELP = `Usage: self-evolution doctor [options]

Checks what live mode needs, and prints each check as PASS or FAIL. A check that cannot be
proven (an unreadable setting, a token GitHub says nothing about) fails as UNKNOWN.

  gate-required          the gate is a required check on the default branch
                         (branch protection or rulesets; needs a GITHUB_TOKEN that can read them)
  write-token            the write-token (SELF_EVOLUTION_WRITE_TOKEN) can push and open pull requests
  write-token-workflows  the write-token cannot edit workflows
  flag-config            the feature flag and the config agree
  schema                 the database schema is current
  artifact-retention     the repository keeps artifacts at least telemetry.logRetentionDays

A GitHub App token does not say what it may do; set SELF_EVOLUTION_APP_ID and
SELF_EVOLUTION_APP_PRIVATE_KEY (the PEM text) so doctor reads the App installation's permissions.

Options:
  --repository OWNER/REPO  the repository (default: GITHUB_REPOSITORY)
  --branch NAME            the branch the gate protects (default: the default branch)
  --gate-check TEXT        text the gate's check name contains (default: self-evolution)
  --config PATH            the config file (default: ${config_schema/* DEFAULT_CONFIG_PATH */.Bi})
${database/* DATABASE_URL_HELP */.mo}
  --json                   print JSON: { ok, repository, branch, checks: [{ id, status, detail }] }

Environment: GITHUB_TOKEN (or GH_TOKEN) for reading, SELF_EVOLUTION_WRITE_TOKEN, GITHUB_API_URL.
Exit codes: 0 every check passes, 1 a check fails, 2 bad usage.
`;
async function run(argv, io) {
    const { values } = (0,cli_io/* parseCommandArgs */.Qx)('doctor', argv, {
        repository: { type: 'string' },
        branch: { type: 'string' },
        'gate-check': { type: 'string' },
        config: { type: 'string' },
        'database-url': { type: 'string' },
        json: { type: 'boolean' }
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const repository = (0,cli_io/* repositoryFlag */.nm)(values.repository ?? (io.env.GITHUB_REPOSITORY || undefined));
    if (!repository)
        throw new cli_io/* UsageError */.eb('--repository is missing; expected OWNER/REPO (or GITHUB_REPOSITORY)');
    if (values.branch !== undefined && !/^[A-Za-z0-9._/-]+$/.test(values.branch)) {
        throw new cli_io/* UsageError */.eb(`--branch "${(0,text_escape/* forLog */.Ig)(values.branch, 100)}" is not valid; expected a branch name`);
    }
    const gateText = values['gate-check'] ?? 'self-evolution';
    if (!gateText.trim())
        throw new cli_io/* UsageError */.eb('--gate-check is empty; expected text the gate check name contains');
    const gate = new RegExp(gateText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    const configPath = values.config ?? config_schema/* DEFAULT_CONFIG_PATH */.Bi;
    const baseUrl = io.env.GITHUB_API_URL || undefined;
    const readToken = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || '';
    const writeToken = io.env.SELF_EVOLUTION_WRITE_TOKEN || '';
    const appId = io.env.SELF_EVOLUTION_APP_ID || '';
    const appKey = io.env.SELF_EVOLUTION_APP_PRIVATE_KEY || '';
    const client = (token) => (0,github_client/* createGitHubContext */.hK)({
        token,
        repository,
        baseUrl,
        gatewayOnlyWrites: true,
        maxAttempts: 3,
        retryBudgetMs: 10_000
    });
    // The config, from the working tree (doctor runs in a checkout of the repository).
    let config;
    try {
        config = { ok: true, value: (0,source/* loadConfig */.Z9)((0,source/* readConfigFromDisk */.k6)(io.cwd, configPath), configPath).config };
    }
    catch (error) {
        config = { ok: false, why: (0,github_client/* errorText */.kc)(error) };
    }
    const reader = readToken ? client(readToken) : undefined;
    let branch = values.branch ?? '';
    const checks = [];
    if (!reader) {
        checks.push({
            id: 'gate-required',
            status: 'unknown',
            detail: 'GITHUB_TOKEN is not set, so branch protection and rulesets cannot be read'
        });
    }
    else {
        if (!branch) {
            try {
                branch = await (0,contents/* getDefaultBranch */.Qb)(reader);
            }
            catch (error) {
                checks.push({
                    id: 'gate-required',
                    status: 'unknown',
                    detail: `the default branch cannot be read (${(0,github_client/* errorText */.kc)(error)})`
                });
            }
        }
        if (branch)
            checks.push(checkGateRequired(branch, await readRequiredChecks(reader, branch), gate));
    }
    const installation = appId && appKey
        ? await (async () => {
            try {
                return await readInstallationPermissions(client(appJwt(appId, appKey, io.now().getTime())));
            }
            catch (error) {
                return { ok: false, why: `the App credentials cannot be used (${(0,github_client/* errorText */.kc)(error)})` };
            }
        })()
        : undefined;
    checks.push(...checkWriteToken({
        present: writeToken !== '',
        repository: writeToken ? await readTokenRepository(client(writeToken)) : { ok: false, why: 'no token' },
        ...(installation ? { installation } : {})
    }));
    let flag;
    let schema;
    try {
        const db = await (0,database/* connect */.Ng)(values['database-url'], io);
        try {
            try {
                await (0,migrate/* ensureSchema */.K_)(db.sql, { migrate: false });
                schema = { ok: true, value: 'every migration this version needs is applied' };
            }
            catch (error) {
                schema = { ok: false, why: (0,github_client/* errorText */.kc)(error) };
            }
            flag = schema.ok
                ? await (0,flags/* readKillSwitch */.pG)(db.sql, repository).then(value => ({ ok: true, value }), error => ({ ok: false, why: (0,github_client/* errorText */.kc)(error) }))
                : { ok: false, why: 'the schema is not current' };
        }
        finally {
            await db.close();
        }
    }
    catch (error) {
        schema = { ok: false, why: `the database cannot be opened (${(0,github_client/* errorText */.kc)(error)})` };
        flag = { ok: false, why: 'the database cannot be opened' };
    }
    checks.push(checkFlagConfig(config, flag), checkSchema(schema));
    if (!reader) {
        checks.push({
            id: 'artifact-retention',
            status: 'unknown',
            detail: 'GITHUB_TOKEN is not set, so the retention cannot be read'
        });
    }
    else if (!config.ok) {
        checks.push({ id: 'artifact-retention', status: 'unknown', detail: 'the config cannot be used' });
    }
    else {
        checks.push(checkRetention(await readRetentionDays(reader), config.value.telemetry.logRetentionDays));
    }
    const ok = checks.every(c => c.status === 'pass');
    if (values.json) {
        io.stdout((0,database/* json */.Pq)({ ok, repository, branch, checks }));
    }
    else {
        for (const c of checks) {
            io.stdout(`${c.status === 'pass' ? 'PASS   ' : c.status === 'fail' ? 'FAIL   ' : 'UNKNOWN'} ${c.id}: ${(0,text_escape/* forLog */.Ig)(c.detail, 1000)}\n`);
        }
        io.stdout(ok
            ? 'Every check passes: live mode may be turned on.\n'
            : 'Not ready for live mode: fix the checks above.\n');
    }
    return ok ? 0 : 1;
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
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71604);
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
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--database-url is empty; expected a postgres:// URL');
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
        if (error instanceof _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb || error instanceof _io_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Qd) {
            io.stderr(`self-evolution ${name}: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .forLog */ .Ig)(error.message, 1000)}\n`);
            return error instanceof _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb ? 2 : 1;
        }
        throw error;
    }
}
/** The errors a user can cause or meet, as one line: bad input exits 2, the rest 1. */
function asCommandError(error) {
    if (error instanceof _db_client_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabaseUrlError */ .PT)
        return new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(error.message);
    if (error instanceof _db_client_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabaseConnectError */ ._g ||
        error instanceof _db_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .EmbeddedLockedError */ .D ||
        error instanceof _db_migrate_js__WEBPACK_IMPORTED_MODULE_2__/* .MigrationError */ .Py ||
        error instanceof _db_migrate_js__WEBPACK_IMPORTED_MODULE_2__/* .IncompatibleSchemaError */ .L_) {
        return new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Qd(error.message);
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
function json(value) {
    return JSON.stringify(value, null, 2) + '\n';
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

/***/ 38851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hK: () => (/* binding */ createGitHubContext),
  kc: () => (/* reexport */ errorText),
  _w: () => (/* binding */ listAll),
  SU: () => (/* binding */ parseRepository),
  u1: () => (/* binding */ resolveTarget),
  nm: () => (/* binding */ runAsGatewayWrite)
});

// UNUSED EXPORTS: DEFAULT_GITHUB_API_URL, DEFAULT_REQUEST_TIMEOUT_MS, GitHubApiError, createGitHubClient, describeGitHubError, resolveApiUrl

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/github/retry.ts
var github_retry = __webpack_require__(48129);
;// CONCATENATED MODULE: ./src/github/errors.ts
/**
 * What a failed GitHub call becomes: the classification of one attempt (worth retrying or not,
 * and after how long) and the one-sentence GitHubApiError thrown at the end, without the token.
 */


/** A GitHub API call that failed: a status (or a timeout or connection error) and one sentence. */
class GitHubApiError extends Error {
    name = 'GitHubApiError';
    /** The HTTP status, or undefined for a timeout or a connection error. */
    status;
    kind;
    method;
    /** The path requested, without the query string. */
    path;
    /** GitHub's own message (escaped for a log line). */
    githubMessage;
    /** GitHub's `errors` list of a 422, as sent. */
    githubErrors;
    /** The response headers of the last attempt, when there was a response. */
    headers;
    attempts;
    /** True when the error is of a kind worth retrying (the retries then ran out). */
    transient;
    constructor(init) {
        super(init.message);
        this.status = init.status;
        this.kind = init.kind;
        this.method = init.method;
        this.path = init.path;
        this.githubMessage = init.githubMessage;
        this.githubErrors = init.githubErrors ?? [];
        this.headers = init.headers ?? {};
        this.attempts = init.attempts;
        this.transient = init.transient;
    }
}
/** Retried on 5xx, timeouts and resets: repeating them cannot do something twice. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']);
/**
 * One sentence for any error of a GitHub call, safe to log: an error of this client's own kind,
 * an Octokit RequestError, or anything else. `token`, when given, is blanked out wherever it appears.
 */
function describeGitHubError(error, token) {
    let text;
    if (error instanceof GitHubApiError)
        text = error.message;
    else if (isRequestLike(error)) {
        const message = githubMessageOf(error.response?.data) || error.message;
        text = `GitHub API request failed with HTTP ${error.status}: ${forLog(message, 300)}.`;
    }
    else
        text = forLog(errorText(error), 600);
    return scrub(text, token);
}
const ATTEMPT = Symbol('attempt-failure');
function toAttemptFailure(error, how) {
    const base = { [ATTEMPT]: true, original: error, headers: {} };
    // The caller gave up: theirs to handle, never ours to retry.
    if (how.callerAborted)
        return { ...base, kind: 'other', message: '' };
    if (how.timedOut)
        return { ...base, kind: 'timeout', message: 'timed out' };
    if (isRequestLike(error)) {
        if (error.response) {
            return {
                ...base,
                kind: 'http',
                status: error.status,
                headers: normalizeHeaders(error.response.headers),
                data: error.response.data,
                message: error.message
            };
        }
        // @octokit/request reports a failed fetch (reset, refused, DNS) as a 500 without a response;
        // an abort by the caller is an AbortError, which is not ours to retry.
        if (error.name === 'AbortError')
            return { ...base, kind: 'other', message: '' };
        return { ...base, kind: 'network', message: causeMessage(error) };
    }
    return { ...base, kind: 'other', message: '' };
}
function isAttemptFailure(value) {
    return typeof value === 'object' && value !== null && ATTEMPT in value;
}
function decideRetry(failure, method, nowMs) {
    if (!isAttemptFailure(failure))
        return { retry: false };
    const idempotent = IDEMPOTENT_METHODS.has(method);
    switch (failure.kind) {
        case 'timeout':
            return idempotent ? { retry: true, reason: 'timed out' } : { retry: false };
        case 'network':
            return idempotent ? { retry: true, reason: `connection error (${failure.message})` } : { retry: false };
        case 'other':
            return { retry: false };
        case 'http': {
            const status = failure.status ?? 0;
            const rateLimit = rateLimitWait(status, failure.headers, failure.data, nowMs);
            if (rateLimit)
                return { retry: true, reason: rateLimit.reason, afterMs: rateLimit.afterMs };
            if (idempotent && (status >= 500 || status === 408)) {
                const afterMs = (0,github_retry/* parseRetryAfter */.mu)(failure.headers['retry-after'], nowMs);
                return { retry: true, reason: `HTTP ${status}`, afterMs };
            }
            return { retry: false };
        }
    }
}
/**
 * A rate-limit refusal: 429, or 403 with retry-after, x-ratelimit-remaining: 0 or GitHub's
 * "secondary rate limit" message. GitHub did not act on such a request, so any method may retry.
 */
function rateLimitWait(status, headers, data, nowMs) {
    if (status !== 403 && status !== 429)
        return undefined;
    const retryAfter = (0,github_retry/* parseRetryAfter */.mu)(headers['retry-after'], nowMs);
    if (retryAfter !== undefined)
        return { reason: `rate limited (HTTP ${status}, retry-after)`, afterMs: retryAfter };
    if (headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        const afterMs = Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - nowMs) : undefined;
        return { reason: `rate limit exhausted (HTTP ${status})`, afterMs };
    }
    const message = githubMessageOf(data).toLowerCase();
    if (status === 429 || message.includes('secondary rate limit') || message.includes('abuse detection')) {
        return { reason: `secondary rate limit (HTTP ${status})` };
    }
    return undefined;
}
function toFinalError(failure, giveUp, where) {
    if (!isAttemptFailure(failure) || failure.kind === 'other') {
        return isAttemptFailure(failure) ? failure.original : failure;
    }
    const route = `${where.method} ${(0,text_escape/* forLog */.Ig)(where.path, 300)}`;
    let head;
    let githubMessage = '';
    let githubErrors = [];
    if (failure.kind === 'timeout')
        head = `GitHub API ${route} timed out after ${(0,github_retry/* seconds */.YA)(where.timeoutMs)}`;
    else if (failure.kind === 'network')
        head = `GitHub API ${route} failed: connection error (${failure.message})`;
    else {
        githubMessage = (0,text_escape/* forLog */.Ig)(githubMessageOf(failure.data) || failure.message || 'no message', 300);
        githubErrors = githubErrorsOf(failure.data);
        const details = describeGithubErrors(githubErrors);
        head = `GitHub API ${route} failed with HTTP ${failure.status}: ${trimStop(githubMessage)}${details}`;
    }
    const tail = giveUp.attempts > 1 || giveUp.note
        ? ` (gave up after ${giveUp.attempts} attempt${giveUp.attempts === 1 ? '' : 's'} over ${(0,github_retry/* seconds */.YA)(giveUp.elapsedMs)}${giveUp.note ? `; ${giveUp.note}` : ''})`
        : '';
    return new GitHubApiError({
        message: scrub(`${head}${tail}.`, where.token),
        status: failure.kind === 'http' ? failure.status : undefined,
        kind: failure.kind,
        method: where.method,
        path: scrub(where.path, where.token),
        githubMessage: scrub(githubMessage, where.token),
        githubErrors,
        headers: failure.headers,
        attempts: giveUp.attempts,
        transient: giveUp.exhausted
    });
}
function isRequestLike(error) {
    return (error instanceof Error &&
        typeof error.status === 'number' &&
        error.name !== 'GitHubApiError');
}
function normalizeHeaders(headers) {
    const out = {};
    for (const [key, value] of Object.entries(headers ?? {})) {
        if (value !== undefined && value !== null)
            out[key.toLowerCase()] = String(value);
    }
    return out;
}
function githubMessageOf(data) {
    if (typeof data === 'string')
        return data.trim().slice(0, 300);
    if (typeof data === 'object' && data !== null && 'message' in data) {
        const message = data.message;
        return typeof message === 'string' ? message : '';
    }
    return '';
}
function githubErrorsOf(data) {
    if (typeof data === 'object' && data !== null && Array.isArray(data.errors)) {
        return data.errors;
    }
    return [];
}
function describeGithubErrors(errors) {
    const parts = errors.slice(0, 3).map(e => {
        if (typeof e === 'string')
            return e;
        if (typeof e !== 'object' || e === null)
            return String(e);
        const { message, resource, field, code } = e;
        if (typeof message === 'string' && message)
            return message;
        return [resource, field, code].filter(x => typeof x === 'string' && x).join(' ');
    });
    const text = parts.filter(Boolean).join('; ');
    return text ? ` (${(0,text_escape/* forLog */.Ig)(text, 300)})` : '';
}
function causeMessage(error) {
    // Duck-typed: fetch's errors may come from another realm, where instanceof Error is false.
    let current = error;
    let message = '';
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
        const { code, message: text, cause } = current;
        if (typeof code === 'string' && code)
            return (0,text_escape/* forLog */.Ig)(code, 80);
        if (typeof text === 'string' && text && text !== 'Unknown Error')
            message = text;
        current = cause;
    }
    return (0,text_escape/* forLog */.Ig)(message || 'unknown error', 200);
}
/** The message of anything thrown (duck-typed: errors may come from another realm). */
function errorText(error) {
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}
function trimStop(text) {
    return text.replace(/[.\s]+$/, '');
}
/** Blank out the token, and anything shaped like a GitHub token, from text. */
function scrub(text, token) {
    let out = text;
    if (token && token.length >= 4)
        out = out.split(token).join('***');
    return out.replace(/\b(gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{20,})/g, '***');
}

;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * The GitHub REST client every module of the product uses: Octokit from @actions/github, with
 * - the API URL from `baseUrl`, else GITHUB_API_URL (read when the client is made), else api.github.com;
 * - a per-request timeout;
 * - retries of transient failures (5xx, secondary rate limits, resets, timeouts) with bounded
 *   exponential backoff, about one minute in all, honouring retry-after, on an injected clock and
 *   sleep;
 * - errors turned into one sentence naming the method, the path, the HTTP status and GitHub's
 *   message, never the token.
 *
 * A POST is retried only when GitHub refused it for a rate limit: a 5xx or a broken connection
 * may come after GitHub acted, and creating a pull request, issue or comment twice is worse than
 * failing once.
 */






const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;
const READ_METHODS = new Set(['GET', 'HEAD']);
/** The API URL @actions/github, imported with this module, configured its proxy support for. */
const API_URL_AT_IMPORT = resolveApiUrl();
const gatewayScope = new external_node_async_hooks_.AsyncLocalStorage();
/**
 * Run `fn` as the write gateway. Only src/github/gateway.ts calls this; a client made with
 * `gatewayOnlyWrites` refuses writes made outside it.
 */
function runAsGatewayWrite(fn) {
    return gatewayScope.run(true, fn);
}
/** Split "owner/repo" (GITHUB_REPOSITORY) into its parts, or throw naming the value. */
function parseRepository(fullName) {
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(String(fullName).trim());
    if (!match || match[2] === '.' || match[2] === '..') {
        throw new Error(`The repository "${(0,text_escape/* forLog */.Ig)(String(fullName), 200)}" is not of the form owner/name (for example octo-org/octo-repo).`);
    }
    return { owner: match[1], repo: match[2] };
}
/** Resolve a client or a context and the owner and repo of a call into one target. */
function resolveTarget(gh, params) {
    const context = isContext(gh) ? gh : undefined;
    const octokit = context ? context.octokit : gh;
    const owner = params.owner ?? context?.owner;
    const repo = params.repo ?? context?.repo;
    if (!owner || !repo)
        throw new Error('A GitHub call needs an owner and a repository; neither was given.');
    return { octokit, owner, repo };
}
function isContext(gh) {
    return typeof gh === 'object' && gh !== null && 'octokit' in gh && !('request' in gh);
}
/** The API root the client will use: the parameter, else GITHUB_API_URL, else api.github.com. */
function resolveApiUrl(baseUrl) {
    const url = baseUrl || process.env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL;
    return url.replace(/\/+$/, '');
}
function createGitHubClient(tokenOrOptions, more = {}) {
    const options = typeof tokenOrOptions === 'string' ? { ...more, token: tokenOrOptions } : tokenOrOptions;
    const token = options.token;
    if (typeof token !== 'string' || token.trim() === '') {
        throw new Error('A GitHub token is required (the github-token input, or GITHUB_TOKEN).');
    }
    const baseUrl = resolveApiUrl(options.baseUrl);
    const log = options.log;
    const octokitLog = {
        debug: () => undefined,
        info: () => undefined,
        warn: (message) => log?.(scrub((0,text_escape/* forLog */.Ig)(message), token)),
        error: (message) => log?.(scrub((0,text_escape/* forLog */.Ig)(message), token))
    };
    // @actions/github fixes its proxy-aware fetch for the API URL it saw when it was imported. Keep
    // it for that URL; any other (a local fake) gets the plain fetch, so a proxy cannot intercept it.
    const fetchImpl = options.fetch ?? (baseUrl === API_URL_AT_IMPORT ? undefined : globalThis.fetch);
    const octokit = (0,github/* getOctokit */.Q)(token, {
        baseUrl,
        log: octokitLog,
        userAgent: options.userAgent ?? 'self-evolution',
        ...(fetchImpl ? { request: { fetch: fetchImpl } } : {})
    });
    const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const now = options.now ?? Date.now;
    const retry = {
        budgetMs: options.retryBudgetMs ?? github_retry/* RETRY_DEFAULTS */.sV.budgetMs,
        maxAttempts: options.maxAttempts ?? github_retry/* RETRY_DEFAULTS */.sV.maxAttempts,
        baseDelayMs: options.baseDelayMs ?? github_retry/* RETRY_DEFAULTS */.sV.baseDelayMs,
        sleep: options.sleep,
        now
    };
    octokit.hook.wrap('request', async (request, endpointOptions) => {
        const method = String(endpointOptions.method ?? 'GET').toUpperCase();
        const path = pathOf(octokit, endpointOptions);
        if (options.gatewayOnlyWrites && !READ_METHODS.has(method) && !gatewayScope.getStore()) {
            throw new Error(`Refused ${method} ${path}: this GitHub client only reads; every write goes through the write gateway.`);
        }
        const callerSignal = endpointOptions.request?.signal;
        const requestOptions = endpointOptions.request;
        return (0,github_retry/* withRetries */.LH)(async () => {
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(new Error('request timeout')), timeoutMs);
            timer.unref?.();
            const signal = callerSignal ? AbortSignal.any([callerSignal, controller.signal]) : controller.signal;
            // The hook chain hands the same options object down (before-after-hook binds it), so the
            // signal is set on it rather than on a copy. `request` may be the client's shared
            // defaults, so it is replaced, never mutated.
            endpointOptions.request = { ...requestOptions, signal };
            try {
                return await request(endpointOptions);
            }
            catch (error) {
                throw toAttemptFailure(error, {
                    timedOut: controller.signal.aborted && !callerSignal?.aborted,
                    callerAborted: Boolean(callerSignal?.aborted)
                });
            }
            finally {
                clearTimeout(timer);
            }
        }, failure => decideRetry(failure, method, (0,github_retry/* toMillis */.kE)(now)), (failure, giveUp) => toFinalError(failure, giveUp, { method, path, token, timeoutMs }), retry, info => log?.(`GitHub API ${method} ${(0,text_escape/* forLog */.Ig)(path)}: ${info.reason}; retrying in ${(0,github_retry/* seconds */.YA)(info.delayMs)} (attempt ${info.attempt + 1}).`));
    });
    return octokit;
}
/** Create a client and bind it to one repository ("owner/repo", or owner and repo). */
function createGitHubContext(options) {
    const { owner, repo } = 'repository' in options ? parseRepository(options.repository) : options;
    return { owner, repo, octokit: createGitHubClient(options) };
}
/**
 * Every item of one of this repository's paginated list endpoints, 100 per page. With
 * `maxPages`, a longer list is an error, never a silently truncated answer.
 */
async function listAll(gh, route, params = {}, maxPages = Infinity) {
    const items = [];
    let pages = 0;
    for await (const page of gh.octokit.paginate.iterator(route, {
        owner: gh.owner,
        repo: gh.repo,
        per_page: 100,
        ...params
    })) {
        if (++pages > maxPages) {
            throw new Error(`${route} returned more than ${maxPages * 100} items; refusing to act on a partial list.`);
        }
        items.push(...page.data);
    }
    return items;
}
function pathOf(octokit, options) {
    try {
        const toEndpoint = octokit.request.endpoint;
        const url = new URL(toEndpoint(options).url);
        return url.pathname;
    }
    catch {
        return String(options.url ?? '').split('?')[0];
    }
}


/***/ }),

/***/ 33113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qb: () => (/* binding */ getDefaultBranch),
/* harmony export */   tz: () => (/* binding */ readRepositoryFile)
/* harmony export */ });
/* unused harmony export normalizeRepositoryPath */
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38851);
/**
 * Reading one file of the repository at a ref without a checkout (pre runs before
 * actions/checkout), and the default branch.
 *
 * The contents API inlines files up to 1 MB as base64. Larger ones (up to 100 MB) come back with
 * an empty content and encoding "none"; those are read from the git blobs API by their sha, which
 * is the very blob the contents API named at that ref. Where GitHub refuses them instead (403
 * "too_large"), the raw media type serves them.
 */


/**
 * The file's text (UTF-8) at `ref`, or null when GitHub answers 404 for the file. A ref that
 * does not exist (404 "No commit found for the ref"), a directory, a symlink or a submodule at
 * the path, and every other error, throw.
 */
async function readRepositoryFile(gh, params) {
    const { octokit, owner, repo } = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveTarget */ .u1)(gh, params);
    const path = normalizeRepositoryPath(params.path);
    const request = { owner, repo, path, ...(params.ref ? { ref: params.ref } : {}) };
    let data;
    try {
        data = (await octokit.rest.repos.getContent(request)).data;
    }
    catch (error) {
        // A missing ref is an error, not a missing file: GitHub says "No commit found for the ref …".
        if (statusOf(error) === 404 && !/no commit found/i.test(githubMessageOf(error)))
            return null;
        // Files over 1 MB may be refused as "too_large" in the JSON form; the raw form serves them.
        if (statusOf(error) === 403 && isTooLarge(error)) {
            const raw = await octokit.rest.repos.getContent({ ...request, mediaType: { format: 'raw' } });
            return decodeRaw(raw.data, path);
        }
        throw error;
    }
    const where = `${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(path, 200)}${params.ref ? ` at ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(params.ref, 100)}` : ''}`;
    if (Array.isArray(data))
        throw new Error(`${where} is a directory in ${owner}/${repo}, not a file.`);
    const file = data;
    if (file.type !== 'file') {
        throw new Error(`${where} is a ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(String(file.type), 40)} in ${owner}/${repo}, not a file.`);
    }
    if (file.encoding === 'base64' && typeof file.content === 'string')
        return decodeBase64(file.content);
    // Too large for the contents API (encoding "none"): read the blob it names.
    if (!file.sha)
        throw new Error(`GitHub sent ${where} without its content or blob sha.`);
    const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: file.sha });
    if (blob.data.encoding !== 'base64') {
        throw new Error(`GitHub sent the blob of ${where} in the unexpected encoding "${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(blob.data.encoding, 40)}".`);
    }
    return decodeBase64(blob.data.content);
}
/** The repository's default branch. */
async function getDefaultBranch(gh, params = {}) {
    const { octokit, owner, repo } = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveTarget */ .u1)(gh, params);
    const { data } = await octokit.rest.repos.get({ owner, repo });
    if (typeof data.default_branch !== 'string' || data.default_branch === '') {
        throw new Error(`GitHub sent no default branch for ${owner}/${repo}.`);
    }
    return data.default_branch;
}
/**
 * A repository path for the contents API: no leading "/", no "." or ".." segments (a URL would
 * resolve them into another endpoint), no backslash, NUL or empty segment.
 */
function normalizeRepositoryPath(path) {
    const p = String(path).replace(/^\.\//, '').replace(/^\/+/, '');
    const segments = p.split('/');
    if (p === '' || /[\\\0]/.test(p) || segments.some(s => s === '' || s === '.' || s === '..')) {
        throw new Error(`The repository path "${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(String(path), 200)}" is not a plain relative path (for example .github/self-evolution-config.json).`);
    }
    return p;
}
function decodeRaw(data, path) {
    if (typeof data === 'string')
        return data;
    if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) {
        const bytes = data instanceof ArrayBuffer
            ? new Uint8Array(data)
            : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        return Buffer.from(bytes).toString('utf8');
    }
    // Another realm's ArrayBuffer fails instanceof; anything with byteLength is bytes.
    if (typeof data === 'object' && data !== null && typeof data.byteLength === 'number') {
        return Buffer.from(new Uint8Array(data)).toString('utf8');
    }
    throw new Error(`GitHub sent the raw content of ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(path, 200)} in an unexpected form.`);
}
function isTooLarge(error) {
    const e = error;
    const errors = e?.githubErrors ?? e?.response?.data?.errors;
    if (Array.isArray(errors) && errors.some(x => x?.code === 'too_large'))
        return true;
    return /too large/i.test(githubMessageOf(error));
}
function decodeBase64(content) {
    return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
}
function githubMessageOf(error) {
    const e = error;
    const message = e?.githubMessage ?? e?.response?.data?.message;
    return typeof message === 'string' ? message : '';
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ })

};
