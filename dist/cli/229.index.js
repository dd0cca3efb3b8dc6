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
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/db/flags.ts
var flags = __webpack_require__(35157);
// EXTERNAL MODULE: ./src/db/migrate.ts + 1 modules
var migrate = __webpack_require__(77439);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(38851);
// EXTERNAL MODULE: ./src/github/contents.ts
var contents = __webpack_require__(33113);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/db/client.ts + 1 modules
var db_client = __webpack_require__(59665);
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
 * The evaluations are pure; the read* functions below gather what they need from GitHub.
 */



const CHECK_IDS = (/* unused pure expression or super */ null && ([
    'gate-required',
    'write-token',
    'write-token-workflows',
    'flag-config',
    'schema',
    'artifact-retention'
]));
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPIPE',
    'CONNECT_TIMEOUT',
    'CONNECTION_CLOSED',
    'CONNECTION_ENDED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_SOCKET'
]);
/** Whether an error means nothing answered: a network failure, a timeout, a 5xx (also in its causes). */
function isUnreachable(error) {
    for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
        // This project's own kinds: the GitHub client's connection errors and timeouts, and a database
        // that could not be reached (a malformed URL is bad input, not an absent server).
        if (e instanceof db_client/* DatabaseConnectError */._g)
            return !(e instanceof db_client/* DatabaseUrlError */.PT);
        const { status, code, kind } = e;
        if (kind === 'network' || kind === 'timeout')
            return true;
        if (typeof status === 'number' && status >= 500)
            return true;
        if (typeof status === 'number')
            return false;
        if (typeof code === 'string' && NETWORK_CODES.has(code))
            return true;
        if (e instanceof TypeError && /fetch failed/i.test(e.message))
            return true;
    }
    return false;
}
/** A failed read, classified once for every check. */
function failedRead(why, error) {
    return { ok: false, why, unreachable: isUnreachable(error) };
}
/**
 * The one verdict of a read that failed: a check that could not reach GitHub or the database is
 * UNKNOWN (nothing was proven either way), whichever check it is; `answered` is the check's verdict
 * when the service answered and refused.
 */
function unreadStatus(read, answered) {
    return read.unreachable ? 'unknown' : answered;
}
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
    if (!t.present) {
        const why = 'SELF_EVOLUTION_WRITE_TOKEN is not set, so the write-token cannot be checked';
        return [
            { id: 'write-token', status: 'unknown', detail: why },
            { id: 'write-token-workflows', status: 'unknown', detail: why }
        ];
    }
    if (!t.repository.ok) {
        const why = `the repository cannot be read with the write-token (${t.repository.why})`;
        return [
            { id: 'write-token', status: unreadStatus(t.repository, 'fail'), detail: why },
            { id: 'write-token-workflows', status: 'unknown', detail: why }
        ];
    }
    const { permissions, scopes } = t.repository.value;
    const inst = t.installation?.ok ? t.installation.value : undefined;
    return [writeAccessCheck(permissions, scopes, inst, t.installation), workflowsCheck(scopes, inst)];
}
/** write-token: a classic token by its scopes, an App by its installation, else what the token says. */
function writeAccessCheck(permissions, scopes, inst, installation) {
    const id = 'write-token';
    if (scopes !== undefined) {
        const list = scopesOf(scopes);
        const canWrite = permissions?.push === true && (list.includes('repo') || list.includes('public_repo'));
        return canWrite
            ? {
                id,
                status: 'pass',
                detail: `a classic token with push access and the ${list.includes('repo') ? 'repo' : 'public_repo'} scope`
            }
            : {
                id,
                status: 'fail',
                detail: `a classic token without push access or the repo scope (scopes: ${scopes || 'none'})`
            };
    }
    if (inst) {
        const ok = ['contents', 'pull_requests', 'issues'].every(p => inst[p] === 'write');
        return ok && permissions?.push !== false
            ? {
                id,
                status: 'pass',
                detail: 'the GitHub App installation has contents, pull_requests and issues write'
            }
            : {
                id,
                status: 'fail',
                detail: `the GitHub App installation lacks a write permission it needs (${describe(inst)}); it needs contents, pull_requests and issues write`
            };
    }
    if (permissions?.push === false)
        return { id, status: 'fail', detail: 'the write-token cannot push to the repository' };
    return {
        id,
        status: 'unknown',
        detail: `${permissions?.push === true ? 'the write-token can push, but ' : ''}whether a GitHub App token may open pull requests cannot be read with the token itself; set SELF_EVOLUTION_APP_ID and SELF_EVOLUTION_APP_PRIVATE_KEY so doctor reads the installation's permissions${installation && !installation.ok ? ` (${installation.why})` : ''}`
    };
}
/** write-token-workflows: the token must not be able to edit .github/workflows. */
function workflowsCheck(scopes, inst) {
    const id = 'write-token-workflows';
    if (scopes !== undefined) {
        return scopesOf(scopes).includes('workflow')
            ? {
                id,
                status: 'fail',
                detail: 'the classic token has the workflow scope: it could edit .github/workflows'
            }
            : { id, status: 'pass', detail: 'the classic token has no workflow scope' };
    }
    if (inst) {
        return inst.workflows
            ? {
                id,
                status: 'fail',
                detail: `the GitHub App installation has workflows ${inst.workflows}: it could edit .github/workflows`
            }
            : { id, status: 'pass', detail: 'the GitHub App installation has no workflows permission' };
    }
    return {
        id,
        status: 'unknown',
        detail: "GitHub does not say whether an App or fine-grained token may edit workflows; set SELF_EVOLUTION_APP_ID and SELF_EVOLUTION_APP_PRIVATE_KEY so doctor reads the installation's permissions"
    };
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
        // Unread, reached or not: nothing is proven either way.
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
        : { id: 'schema', status: unreadStatus(result, 'fail'), detail: result.why };
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
        return failedRead((0,client/* errorText */.kc)(error), error);
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
  --config PATH            the config file (default: ${schema/* DEFAULT_CONFIG_PATH */.Bi})
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
    const o = doctorOptions(values, io);
    const config = await readDoctorConfig(io.cwd, o.configPath);
    const reader = o.readToken ? o.client(o.readToken) : undefined;
    const checks = [];
    const branch = await gateRequiredCheck(reader, o, checks);
    checks.push(...(await writeTokenChecks(o, io)));
    const { schema, flag } = await readDatabase(o, io);
    checks.push(checkFlagConfig(config, flag), checkSchema(schema));
    checks.push(await retentionCheck(reader, config));
    const ok = checks.every(c => c.status === 'pass');
    if (values.json)
        io.stdout((0,database/* json */.Pq)({ ok, repository: o.repository, branch, checks }));
    else
        printChecks(io, checks, ok);
    return ok ? 0 : 1;
}
/** The flags and environment, checked (a UsageError for bad usage). */
function doctorOptions(values, io) {
    const repository = (0,cli_io/* repositoryFlag */.nm)(values.repository ?? (io.env.GITHUB_REPOSITORY || undefined));
    if (!repository)
        throw new cli_io/* UsageError */.eb('--repository is missing; expected OWNER/REPO (or GITHUB_REPOSITORY)');
    if (values.branch !== undefined && !/^[A-Za-z0-9._/-]+$/.test(values.branch)) {
        throw new cli_io/* UsageError */.eb(`--branch "${(0,text_escape/* forLog */.Ig)(values.branch, 100)}" is not valid; expected a branch name`);
    }
    const gateText = values['gate-check'] ?? 'self-evolution';
    if (!gateText.trim())
        throw new cli_io/* UsageError */.eb('--gate-check is empty; expected text the gate check name contains');
    const baseUrl = io.env.GITHUB_API_URL || undefined;
    return {
        repository,
        branch: values.branch ?? '',
        gate: new RegExp(gateText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'),
        configPath: values.config ?? schema/* DEFAULT_CONFIG_PATH */.Bi,
        databaseUrl: (0,database.commandDatabaseUrl)(values['database-url'], io.env),
        readToken: io.env.GITHUB_TOKEN || io.env.GH_TOKEN || '',
        writeToken: io.env.SELF_EVOLUTION_WRITE_TOKEN || '',
        appId: io.env.SELF_EVOLUTION_APP_ID || '',
        appKey: io.env.SELF_EVOLUTION_APP_PRIVATE_KEY || '',
        client: token => (0,client/* createGitHubContext */.hK)({
            token,
            repository,
            baseUrl,
            gatewayOnlyWrites: true,
            maxAttempts: 3,
            retryBudgetMs: 10_000,
            sleep: io.sleep
        })
    };
}
/** The config, from the working tree (doctor runs in a checkout of the repository). */
async function readDoctorConfig(cwd, configPath) {
    try {
        return { ok: true, value: (await (0,source/* readConfig */.Xg)({ from: 'disk', root: cwd }, configPath)).config };
    }
    catch (error) {
        return { ok: false, why: (0,client/* errorText */.kc)(error) };
    }
}
/** gate-required, pushed onto `checks`; returns the branch it was judged on ('' when unknown). */
async function gateRequiredCheck(reader, o, checks) {
    if (!reader) {
        checks.push({
            id: 'gate-required',
            status: 'unknown',
            detail: 'GITHUB_TOKEN is not set, so branch protection and rulesets cannot be read'
        });
        return o.branch;
    }
    let branch = o.branch;
    if (!branch) {
        try {
            branch = await (0,contents/* getDefaultBranch */.Q)(reader);
        }
        catch (error) {
            checks.push({
                id: 'gate-required',
                status: 'unknown',
                detail: `the default branch cannot be read (${(0,client/* errorText */.kc)(error)})`
            });
        }
    }
    if (branch)
        checks.push(checkGateRequired(branch, await readRequiredChecks(reader, branch), o.gate));
    return branch;
}
/** write-token and write-token-workflows, with the App installation's permissions when given. */
async function writeTokenChecks(o, io) {
    const installation = o.appId && o.appKey ? await readInstallation(o, io) : undefined;
    return checkWriteToken({
        present: o.writeToken !== '',
        repository: o.writeToken
            ? await readTokenRepository(o.client(o.writeToken))
            : { ok: false, why: 'no token' },
        ...(installation ? { installation } : {})
    });
}
/** The App installation's permissions; a key that cannot sign is a failed read too. */
async function readInstallation(o, io) {
    try {
        return await readInstallationPermissions(o.client(appJwt(o.appId, o.appKey, io.now().getTime())));
    }
    catch (error) {
        return { ok: false, why: `the App credentials cannot be used (${(0,client/* errorText */.kc)(error)})` };
    }
}
/** Whether the schema is current, and the kill switch (read only with a current schema). */
async function readDatabase(o, io) {
    try {
        const db = await (0,database/* connect */.Ng)(o.databaseUrl, io);
        try {
            const schema = await readSchema(db.sql);
            const flag = schema.ok
                ? await (0,flags/* readKillSwitch */.pG)(db.sql, o.repository).then(value => ({ ok: true, value }), error => failedRead((0,client/* errorText */.kc)(error), error))
                : { ok: false, why: 'the schema is not current' };
            return { schema, flag };
        }
        finally {
            await db.close();
        }
    }
    catch (error) {
        return {
            schema: failedRead(`the database cannot be opened (${(0,client/* errorText */.kc)(error)})`, error),
            flag: failedRead('the database cannot be opened', error)
        };
    }
}
async function readSchema(sql) {
    try {
        await (0,migrate/* ensureSchema */.K_)(sql, { migrate: false, remedy: 'run `self-evolution migrate`' });
        return { ok: true, value: 'every migration this version needs is applied' };
    }
    catch (error) {
        return failedRead((0,client/* errorText */.kc)(error), error);
    }
}
async function retentionCheck(reader, config) {
    if (!reader) {
        return {
            id: 'artifact-retention',
            status: 'unknown',
            detail: 'GITHUB_TOKEN is not set, so the retention cannot be read'
        };
    }
    if (!config.ok)
        return { id: 'artifact-retention', status: 'unknown', detail: 'the config cannot be used' };
    return checkRetention(await readRetentionDays(reader), config.value.telemetry.logRetentionDays);
}
function printChecks(io, checks, ok) {
    for (const c of checks) {
        io.stdout(`${c.status === 'pass' ? 'PASS   ' : c.status === 'fail' ? 'FAIL   ' : 'UNKNOWN'} ${c.id}: ${(0,text_escape/* forLog */.Ig)(c.detail, 1000)}\n`);
    }
    io.stdout(ok
        ? 'Every check passes: live mode may be turned on.\n'
        : 'Not ready for live mode: fix the checks above.\n');
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
