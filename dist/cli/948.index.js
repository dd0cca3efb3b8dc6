export const id = 948;
export const ids = [948];
export const modules = {

/***/ 57948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   printResult: () => (/* binding */ printResult),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
/* harmony import */ var _local_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15650);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71604);
/**
 * `self-evolution run`: the action's pre → main → post in one process, locally. A dry run unless
 * --no-dry-run is given and the config's dryRunMode is false.
 */



const HELP = `Usage: self-evolution run [--proposals FILE] [--database-url URL] [--config-path PATH]
                          [--repository OWNER/REPO] [--force] [--no-dry-run] [--migrate] [--json]

Runs the daily run's pre (gates, claim), main (judge, record) and post (finalize, artifact files)
in one process. GitHub's gates are unavailable locally and are skipped with a warning.

  --proposals FILE       proposals JSON file (the agent's output); none means a run with no proposals
  --database-url URL     PostgreSQL URL (else DATABASE_URL, else the embedded database)
  --config-path PATH     configuration file (default ${_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_PATH */ .Bi})
  --repository O/R       the repository the run is recorded for (default: none)
  --force                re-claim today's finished run; skip cooldown (never the kill switch)
  --no-dry-run           let the config's dryRunMode decide (default: always a dry run)
  --migrate              apply pending migrations to a server database (the embedded one always is)
  --json                 print one JSON document with the outcome

Exit codes: 0 success or skip, 1 failed, 2 bad usage.
`;
async function run(argv, io) {
    const { values } = (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)('run', argv, {
        proposals: { type: 'string' },
        'database-url': { type: 'string' },
        'config-path': { type: 'string' },
        repository: { type: 'string' },
        force: { type: 'boolean' },
        'no-dry-run': { type: 'boolean' },
        migrate: { type: 'boolean' },
        json: { type: 'boolean' }
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const databaseUrl = values['database-url'] ?? io.env.DATABASE_URL ?? '';
    const result = await (0,_local_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runLocally */ .g)({
        cwd: io.cwd,
        databaseUrl,
        configPath: values['config-path'] ?? _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_PATH */ .Bi,
        proposals: values.proposals ?? '',
        repository: (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryFlag */ .nm)(values.repository) ?? '',
        force: values.force ?? false,
        forceDryRun: !values['no-dry-run'],
        migrate: values.migrate === true || databaseUrl === '',
        now: io.now,
        print: line => (values.json ? io.stderr : io.stdout)(line + '\n')
    });
    printResult(result, io, values.json === true);
    return result.status === 'failed' ? 1 : 0;
}
function printResult(result, io, json) {
    if (json) {
        io.stdout(JSON.stringify({
            status: result.status,
            runId: result.outputs['run-id'] ? Number(result.outputs['run-id']) : null,
            skipReason: result.outputs['skip-reason'] || null,
            proposalsAllowed: Number(result.outputs['proposals-allowed'] ?? 0),
            proposalsBlocked: Number(result.outputs['proposals-blocked'] ?? 0),
            reportPath: result.outputs['report-path'] || null,
            artifactDir: result.artifactDir || null,
            error: result.failed ?? null,
            outputs: result.outputs
        }) + '\n');
        return;
    }
    io.stdout('\n----- job summary (what the action writes to the run page) -----\n\n');
    io.stdout(result.summary + '\n');
    io.stdout('----- end of job summary -----\n\n');
    for (const [k, v] of Object.entries(result.outputs))
        io.stdout(`output ${k}=${v}\n`);
    if (result.artifactDir)
        io.stdout(`\nArtifact files (run.json, proposals.json, report.md): ${result.artifactDir}\n`);
    if (result.failed)
        io.stderr(`Failed: ${result.failed}\n`);
}


/***/ }),

/***/ 15650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ runLocally)
});

// UNUSED EXPORTS: localContext

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/runtime/host.ts
/** A host for local runs and tests: everything in memory, lines printed through `print`. */
class MemoryHost {
    inputs;
    env;
    print;
    onGitHub = false;
    outputs = new Map();
    state = new Map();
    secrets = [];
    lines = [];
    summary = '';
    failed;
    constructor(inputs, env = {}, print = () => { }) {
        this.inputs = inputs;
        this.env = env;
        this.print = print;
    }
    getInput(name) {
        return (this.inputs[name] ?? '').trim();
    }
    setSecret(value) {
        if (value)
            this.secrets.push(value);
    }
    setOutput(name, value) {
        this.outputs.set(name, value);
    }
    saveState(name, value) {
        this.state.set(name, value);
    }
    getState(name) {
        return this.state.get(name) ?? '';
    }
    emit(level, text, file) {
        const masked = this.mask(text);
        this.lines.push({ level, text: masked, file });
        this.print(level === 'info' ? masked : `${level}: ${masked}`);
    }
    mask(text) {
        let out = text;
        for (const s of this.secrets)
            out = out.split(s).join('***');
        return out;
    }
    info(line) {
        this.emit('info', line);
    }
    notice(line) {
        this.emit('notice', line);
    }
    warning(line) {
        this.emit('warning', line);
    }
    error(line, target) {
        this.emit('error', line, target?.file);
    }
    setFailed(line) {
        this.failed = this.mask(line);
        this.emit('failed', line);
    }
    async writeSummary(markdown) {
        this.summary += this.mask(markdown);
    }
}

// EXTERNAL MODULE: ./src/db/client.ts + 1 modules
var client = __webpack_require__(59665);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/github/retry.ts
var retry = __webpack_require__(48129);
;// CONCATENATED MODULE: ./src/deploy/railway.ts
/**
 * The `deployment-active` gate's second source: Railway's public GraphQL API.
 *
 * Railway's GitHub app creates GitHub deployments only for services connected to GitHub, and may
 * post only final statuses, so a Railway deploy can be invisible to the Deployments API.
 *
 * One query per service id (or one for the whole project):
 *   deployments(input: { projectId, serviceId?, environmentId? }, first: N) { edges { node { id status createdAt } } }
 * INITIALIZING, QUEUED, WAITING, BUILDING, DEPLOYING and REMOVING are active.
 *
 * It fails closed: an HTTP error, a GraphQL `errors` list, a body that is not JSON or not shaped as
 * asked all throw. Timeouts, connection errors, 5xx and 429 are retried first (bounded backoff on
 * the injected sleep and clock). The token is sent only in the request header and never appears in
 * an error or a log line.
 */


const DEFAULT_RAILWAY_API_URL = 'https://backboard.railway.app/graphql/v2';
const RAILWAY_ACTIVE_STATUSES = [
    'INITIALIZING',
    'QUEUED',
    'WAITING',
    'BUILDING',
    'DEPLOYING',
    'REMOVING'
];
const DEFAULT_RAILWAY_TIMEOUT_MS = 20_000;
const RAILWAY_DEPLOYMENTS_QUERY = `query SelfEvolutionDeployments($input: DeploymentListInput!, $first: Int) {
  deployments(input: $input, first: $first) {
    edges {
      node {
        id
        status
        createdAt
      }
    }
  }
}`;
/** A Railway API failure, in one sentence without the token. */
class RailwayApiError extends Error {
    status;
    transient;
    name = 'RailwayApiError';
    constructor(message, status, transient) {
        super(message);
        this.status = status;
        this.transient = transient;
    }
}
async function findActiveRailwayDeployment(params) {
    const token = typeof params.token === 'string' ? params.token.trim() : '';
    if (!token)
        throw new Error('The Railway check needs a token (the railway-token input).');
    if (!params.projectId?.trim())
        throw new Error('The Railway check needs a project id (the railway-project-id input).');
    const url = params.url?.trim() || DEFAULT_RAILWAY_API_URL;
    let endpoint;
    try {
        endpoint = new URL(url);
    }
    catch {
        throw new Error(`The railway-api-url "${(0,text_escape/* forLog */.Ig)(url, 200)}" is not a URL.`);
    }
    if (endpoint.protocol !== 'https:' && endpoint.protocol !== 'http:') {
        throw new Error(`The railway-api-url "${(0,text_escape/* forLog */.Ig)(url, 200)}" is not an http(s) URL.`);
    }
    const serviceIds = [...new Set((params.serviceIds ?? []).map(s => s.trim()).filter(Boolean))];
    const targets = serviceIds.length ? serviceIds : [undefined];
    const scrub = (text) => text.split(token).join('***');
    const all = [];
    for (const serviceId of targets) {
        const input = { projectId: params.projectId.trim() };
        if (serviceId)
            input.serviceId = serviceId;
        if (params.environmentId?.trim())
            input.environmentId = params.environmentId.trim();
        const nodes = await queryDeployments(endpoint.toString(), token, input, params, scrub);
        for (const node of nodes)
            all.push(serviceId ? { ...node, serviceId } : node);
    }
    const active = all.filter(d => RAILWAY_ACTIVE_STATUSES.includes(d.status));
    const scope = serviceIds.length
        ? `${serviceIds.length} service${serviceIds.length === 1 ? '' : 's'}`
        : 'the project';
    if (!active.length) {
        return {
            active: false,
            detail: `no active Railway deployment among ${all.length} recent ones of ${scope}`,
            checked: all.length
        };
    }
    const first = active[0];
    const age = params.now ? ageOf(first.createdAt, params.now) : '';
    const more = active.length > 1 ? ` and ${active.length - 1} more` : '';
    const service = first.serviceId ? ` of service ${(0,text_escape/* forLog */.Ig)(first.serviceId, 80)}` : '';
    return {
        active: true,
        detail: `Railway deployment ${(0,text_escape/* forLog */.Ig)(first.id, 80)}${service} is ${(0,text_escape/* forLog */.Ig)(first.status, 40)}, created ${(0,text_escape/* forLog */.Ig)(first.createdAt, 40)}${age}${more}`,
        deployments: active,
        checked: all.length
    };
}
async function queryDeployments(url, token, input, params, scrub) {
    const fetchImpl = params.fetch ?? globalThis.fetch;
    const timeoutMs = params.timeoutMs ?? DEFAULT_RAILWAY_TIMEOUT_MS;
    const headers = {
        'content-type': 'application/json',
        accept: 'application/json',
        'user-agent': 'self-evolution'
    };
    if (params.tokenType === 'project')
        headers['project-access-token'] = token;
    else
        headers.authorization = `Bearer ${token}`;
    const body = JSON.stringify({
        query: RAILWAY_DEPLOYMENTS_QUERY,
        variables: { input, first: params.first ?? 20 }
    });
    const text = await (0,retry/* withRetries */.LH)(async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        timer.unref?.();
        let response;
        try {
            response = await fetchImpl(url, { method: 'POST', headers, body, signal: controller.signal });
            const responseText = await response.text();
            if (!response.ok) {
                throw new RailwayApiError(scrub(`Railway API request failed with HTTP ${response.status}: ${describeBody(responseText)}.`), response.status, response.status >= 500 || response.status === 429 || response.status === 408);
            }
            return responseText;
        }
        catch (error) {
            if (error instanceof RailwayApiError)
                throw error;
            if (controller.signal.aborted) {
                throw new RailwayApiError(`Railway API request timed out after ${(0,retry/* seconds */.YA)(timeoutMs)}.`, undefined, true);
            }
            throw new RailwayApiError(scrub(`Railway API request failed: connection error (${(0,text_escape/* forLog */.Ig)(causeOf(error), 200)}).`), undefined, true);
        }
        finally {
            clearTimeout(timer);
        }
    }, (error) => error instanceof RailwayApiError && error.transient
        ? { retry: true, reason: error.status ? `HTTP ${error.status}` : 'no answer' }
        : { retry: false }, (error, giveUp) => {
        if (!(error instanceof RailwayApiError) || giveUp.attempts <= 1)
            return error;
        const message = `${error.message.replace(/\.$/, '')} (gave up after ${giveUp.attempts} attempts over ${(0,retry/* seconds */.YA)(giveUp.elapsedMs)}${giveUp.note ? `; ${giveUp.note}` : ''}).`;
        return new RailwayApiError(message, error.status, error.transient);
    }, params.retry ?? {}, info => params.log?.(`Railway API: ${info.reason}; retrying in ${(0,retry/* seconds */.YA)(info.delayMs)} (attempt ${info.attempt + 1}).`));
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new RailwayApiError(`Railway API answered with a body that is not JSON: ${describeBody(text)}.`, 200, false);
    }
    const errors = json?.errors;
    if (Array.isArray(errors) && errors.length) {
        const messages = errors
            .slice(0, 3)
            .map(e => typeof e?.message === 'string'
            ? e.message
            : JSON.stringify(e))
            .join('; ');
        throw new RailwayApiError(scrub(`Railway API answered with errors: ${(0,text_escape/* forLog */.Ig)(messages, 300)}.`), 200, false);
    }
    const edges = json?.data?.deployments?.edges;
    if (!Array.isArray(edges)) {
        throw new RailwayApiError('Railway API answered without data.deployments.edges.', 200, false);
    }
    return edges.map((edge, i) => {
        const node = edge?.node;
        if (!node ||
            typeof node.id !== 'string' ||
            typeof node.status !== 'string' ||
            typeof node.createdAt !== 'string') {
            throw new RailwayApiError(`Railway API answered with a malformed deployment (edge ${i}).`, 200, false);
        }
        return { id: node.id, status: node.status, createdAt: node.createdAt };
    });
}
/** A short, log-safe description of a response body: GraphQL's error messages, else its start. */
function describeBody(text) {
    try {
        const json = JSON.parse(text);
        if (Array.isArray(json.errors) && json.errors.length) {
            return (0,text_escape/* forLog */.Ig)(json.errors.map(e => String(e?.message ?? '')).join('; '), 300);
        }
        if (typeof json.message === 'string')
            return (0,text_escape/* forLog */.Ig)(json.message, 300);
    }
    catch {
        // not JSON: fall through
    }
    const trimmed = text.trim();
    return trimmed ? (0,text_escape/* forLog */.Ig)(trimmed, 200) : 'empty body';
}
function causeOf(error) {
    // Duck-typed: fetch's errors may come from another realm, where instanceof Error is false.
    let current = error;
    let message = '';
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
        const { code, message: text, cause } = current;
        if (typeof code === 'string' && code)
            return code;
        if (typeof text === 'string' && text)
            message = text;
        current = cause;
    }
    return message || String(error);
}
function ageOf(createdAt, now) {
    const created = Date.parse(createdAt);
    if (Number.isNaN(created))
        return '';
    const minutes = Math.max(0, Math.round((now.getTime() - created) / 60_000));
    return minutes < 120 ? ` (${minutes} min ago)` : ` (${Math.round(minutes / 60)} h ago)`;
}

;// CONCATENATED MODULE: ./src/deploy/railway-port.ts
/** The Railway deployments check, bound to the inputs that name the project. */

const railwayPort = r => () => findActiveRailwayDeployment({
    url: r.url,
    token: r.token,
    projectId: r.projectId,
    environmentId: r.environmentId || undefined,
    serviceIds: r.serviceIds.length ? r.serviceIds : undefined
});

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
;// CONCATENATED MODULE: ./src/runtime/inputs.ts

const MODES = ['run', 'gate', 'revert-watch'];
const SCOPES = ['agent', 'all'];
const GATE_SOURCES = ['api', 'git'];
class InputError extends Error {
    name = 'InputError';
}
function bool(host, name, fallback) {
    const raw = host.getInput(name);
    if (raw === '')
        return fallback;
    const v = raw.toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new InputError(`Input "${name}" is "${clip(raw)}"; expected "true" or "false".`);
}
function optionalInt(host, name, min, max) {
    const raw = host.getInput(name);
    if (raw === '')
        return undefined;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw new InputError(`Input "${name}" is "${clip(raw)}"; expected an integer from ${min} to ${max}, or empty.`);
    }
    return Number(raw);
}
function clip(value) {
    const flat = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
    return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
function readInputs(host) {
    // Secrets first, masked before anything else can print them.
    const databaseUrl = host.getInput('database-url');
    host.setSecret(databaseUrl);
    const password = passwordOf(databaseUrl);
    if (password)
        host.setSecret(password);
    const railwayToken = host.getInput('railway-token');
    host.setSecret(railwayToken);
    const githubToken = host.getInput('github-token');
    host.setSecret(githubToken);
    const writeToken = host.getInput('write-token');
    host.setSecret(writeToken);
    const modeRaw = host.getInput('mode') || 'run';
    if (!MODES.includes(modeRaw)) {
        throw new InputError(`Input "mode" is "${clip(modeRaw)}"; expected one of: ${MODES.join(', ')}.`);
    }
    const configPath = host.getInput('config-path') || schema/* DEFAULT_CONFIG_PATH */.Bi;
    if (configPath.startsWith('/') || configPath.split('/').some(s => s === '..' || s === '.' || s === '')) {
        throw new InputError(`Input "config-path" is "${clip(configPath)}"; expected a relative path inside the repository.`);
    }
    // dry-run: only 'true' means anything. Any other value leaves the decision to the config, so one
    // click on a dispatch form can never switch a dry-run config to live.
    const forceDryRun = host.getInput('dry-run').toLowerCase() === 'true';
    const proposalsSha256 = host.getInput('proposals-sha256').toLowerCase();
    if (proposalsSha256 !== '' && !/^[0-9a-f]{64}$/.test(proposalsSha256)) {
        throw new InputError(`Input "proposals-sha256" is "${clip(proposalsSha256)}"; expected 64 hexadecimal characters, or empty.`);
    }
    const apiUrl = host.getInput('railway-api-url') || 'https://backboard.railway.app/graphql/v2';
    if (!/^https?:\/\/[^\s]+$/.test(apiUrl)) {
        throw new InputError(`Input "railway-api-url" is "${clip(apiUrl)}"; expected an http(s) URL.`);
    }
    const projectId = host.getInput('railway-project-id');
    if (railwayToken !== '' && projectId === '') {
        throw new InputError('Input "railway-project-id" is empty; expected a Railway project id when railway-token is set.');
    }
    if (projectId !== '' && railwayToken === '') {
        throw new InputError('Input "railway-token" is empty; expected a Railway API token when railway-project-id is set.');
    }
    const scopeRaw = host.getInput('scope') || 'agent';
    if (!SCOPES.includes(scopeRaw)) {
        throw new InputError(`Input "scope" is "${clip(scopeRaw)}"; expected one of: ${SCOPES.join(', ')}.`);
    }
    const agentLogins = host
        .getInput('agent-logins')
        .split(',')
        .map(s => s.trim())
        .filter(Boolean);
    const badLogin = agentLogins.find(l => !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(l));
    if (badLogin !== undefined) {
        throw new InputError(`Input "agent-logins" holds "${clip(badLogin)}"; expected comma-separated GitHub logins such as "my-agent[bot]".`);
    }
    const gateSourceRaw = host.getInput('gate-source') || 'api';
    if (!GATE_SOURCES.includes(gateSourceRaw)) {
        throw new InputError(`Input "gate-source" is "${clip(gateSourceRaw)}"; expected one of: ${GATE_SOURCES.join(', ')}.`);
    }
    return {
        databaseUrl,
        githubToken,
        configPath,
        forceDryRun,
        force: bool(host, 'force', false),
        proposals: host.getInput('proposals'),
        proposalsSha256,
        jitterMinutes: optionalInt(host, 'jitter-minutes', 0, 120),
        artifactRetentionDays: optionalInt(host, 'artifact-retention-days', 1, 400),
        migrate: bool(host, 'migrate', false),
        mode: modeRaw,
        writeToken,
        agentLogins: agentLogins.map(l => l.toLowerCase()),
        scope: scopeRaw,
        ciTimeoutMinutes: optionalInt(host, 'ci-timeout-minutes', 0, 360) ?? 30,
        gateSource: gateSourceRaw,
        railway: {
            token: railwayToken,
            projectId,
            environmentId: host.getInput('railway-environment-id'),
            serviceIds: host
                .getInput('railway-service-ids')
                .split(',')
                .map(s => s.trim())
                .filter(Boolean),
            apiUrl
        }
    };
}
/** The password of a connection URL, so it is masked on its own too (it may be printed decoded). */
function passwordOf(url) {
    if (!url)
        return '';
    try {
        const u = new URL(url);
        return u.password ? decodeURIComponent(u.password) : '';
    }
    catch {
        const m = /^[a-z]+:\/\/[^:/@]*:([^@]*)@/i.exec(url);
        return m ? m[1] : '';
    }
}

;// CONCATENATED MODULE: ./src/runtime/state.ts
const KEY = {
    started: 'se_started',
    skipReason: 'se_skip_reason',
    skipDetail: 'se_skip_detail',
    runId: 'se_run_id',
    runDate: 'se_run_date',
    repository: 'se_repository',
    dryRun: 'se_dry_run',
    configDigest: 'se_config_digest',
    jitterMs: 'se_jitter_ms',
    timings: 'se_timings',
    gates: 'se_gates',
    mainDone: 'se_main_done',
    counts: 'se_counts',
    reportDir: 'se_report_dir',
    failure: 'se_failure',
    artifacts: 'se_artifacts'
};
function saveStart(host, s) {
    host.saveState(KEY.started, 'true');
    host.saveState(KEY.jitterMs, String(s.jitterMs));
    host.saveState(KEY.gates, JSON.stringify(s.gates));
    host.saveState(KEY.timings, JSON.stringify(s.timings));
    if (s.kind === 'skipped') {
        host.saveState(KEY.skipReason, s.reason);
        host.saveState(KEY.skipDetail, s.detail);
    }
    else {
        host.saveState(KEY.runId, String(s.runId));
        host.saveState(KEY.runDate, s.runDate);
        host.saveState(KEY.repository, s.repository);
        host.saveState(KEY.dryRun, String(s.dryRun));
        host.saveState(KEY.configDigest, s.configDigest);
        host.saveState(KEY.artifacts, JSON.stringify(s.artifacts));
    }
}
function json(text, fallback) {
    if (!text)
        return fallback;
    try {
        return JSON.parse(text);
    }
    catch {
        return fallback;
    }
}
/** The start's decision, or undefined when no start ran in this job (pre not executed for `uses: ./`). */
function loadStart(host) {
    if (host.getState(KEY.started) !== 'true')
        return undefined;
    const common = {
        jitterMs: Number(host.getState(KEY.jitterMs) || 0),
        gates: json(host.getState(KEY.gates), []),
        timings: json(host.getState(KEY.timings), {})
    };
    const reason = host.getState(KEY.skipReason);
    if (reason)
        return { kind: 'skipped', reason, detail: host.getState(KEY.skipDetail), ...common };
    const runId = Number(host.getState(KEY.runId));
    if (!Number.isInteger(runId) || runId <= 0)
        return undefined;
    return {
        kind: 'claimed',
        runId,
        runDate: host.getState(KEY.runDate),
        repository: host.getState(KEY.repository),
        dryRun: host.getState(KEY.dryRun) === 'true',
        configDigest: host.getState(KEY.configDigest),
        artifacts: json(host.getState(KEY.artifacts), { attach: true, retentionDays: 90 }),
        ...common
    };
}
function saveMain(host, m) {
    host.saveState(KEY.mainDone, String(m.completed));
    host.saveState(KEY.counts, JSON.stringify(m.counts));
    host.saveState(KEY.reportDir, m.reportDir);
    host.saveState(KEY.failure, m.failure);
    host.saveState(KEY.timings, JSON.stringify(m.timings));
}
function loadMain(host) {
    return {
        completed: host.getState(KEY.mainDone) === 'true',
        counts: json(host.getState(KEY.counts), { allowed: 0, blocked: 0, total: 0 }),
        reportDir: host.getState(KEY.reportDir),
        failure: host.getState(KEY.failure),
        timings: json(host.getState(KEY.timings), {})
    };
}

// EXTERNAL MODULE: ./src/db/runs.ts
var runs = __webpack_require__(46010);
// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var summary = __webpack_require__(56013);
// EXTERNAL MODULE: ./src/report/artifacts.ts
var artifacts = __webpack_require__(5825);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/runtime/context.ts
var context = __webpack_require__(60047);
// EXTERNAL MODULE: ./src/db/migrate.ts + 1 modules
var migrate = __webpack_require__(77439);
// EXTERNAL MODULE: ./src/db/flags.ts
var flags = __webpack_require__(35157);
// EXTERNAL MODULE: ./src/db/events.ts
var events = __webpack_require__(63725);
;// CONCATENATED MODULE: ./src/daily/jitter.ts
/** The random delay before a scheduled run. Randomness and sleeping are injected. */
/**
 * A uniformly random delay in [0, jitterMinutes] minutes on `schedule` events; none on manual
 * dispatches, forced runs or when jitter is 0.
 */
function chooseJitter(opts) {
    if (opts.event !== 'schedule')
        return { delayMs: 0, reason: `no jitter on ${opts.event || 'a local'} run` };
    if (opts.force)
        return { delayMs: 0, reason: 'no jitter on a forced run' };
    if (opts.jitterMinutes <= 0)
        return { delayMs: 0, reason: 'jitter disabled (0 minutes)' };
    const r = opts.random();
    const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0;
    // Inclusive of the upper bound: [0, jitterMinutes] in whole milliseconds.
    const delayMs = Math.round(unit * opts.jitterMinutes * 60_000);
    return { delayMs, reason: `random delay within ${opts.jitterMinutes} minutes` };
}

// EXTERNAL MODULE: ./src/daily/preconditions.ts
var preconditions = __webpack_require__(29818);
;// CONCATENATED MODULE: ./src/daily/start.ts









const SKIP_REASONS = (/* unused pure expression or super */ null && ([
    'disabled',
    'flag-off',
    'failure-limit',
    'cooldown',
    'deployment-active',
    'ci-active',
    'gate-error',
    'already-running',
    'already-ran-today'
]));
/** Skips that leave the job red: the run could not be answered, which must be noticed. */
const FAILING_SKIPS = new Set(['gate-error']);
/** The config as the start judges it: the contents API at GITHUB_SHA on GitHub, the disk locally. */
async function readStartConfig(deps, inputs, github) {
    if (!deps.ctx.onGitHub)
        return (0,source/* loadConfig */.Z9)((0,source/* readConfigFromDisk */.k6)(deps.cwd, inputs.configPath), inputs.configPath);
    // main standing in for pre (uses: ./) has a checkout: the commit itself answers, no API needed.
    const fromGit = await (0,source/* readConfigFromGit */.bN)(deps.ctx.workspace, deps.ctx.sha, inputs.configPath).catch(() => undefined);
    if (fromGit)
        return (0,source/* loadConfig */.Z9)(fromGit, inputs.configPath);
    const gh = await github();
    if (!gh)
        throw new Error('GitHub is not reachable from this run, so the config cannot be read.');
    const ref = deps.ctx.sha || deps.ctx.ref;
    let text;
    try {
        text = await gh.readFile(inputs.configPath, ref);
        // A token that cannot see the repository also gets a 404: a missing config (the defaults, off)
        // must not hide it, so make sure the repository itself is readable.
        if (text === null)
            await gh.defaultBranch();
    }
    catch (error) {
        throw new GateUnanswered(`reading ${inputs.configPath} at ${ref}: ${error.message}`);
    }
    return (0,source/* loadConfig */.Z9)({ text, origin: `${deps.ctx.repository}@${ref.slice(0, 12)}` }, inputs.configPath);
}
/** A gate (or the config read that precedes them) could not be answered: skip with gate-error, fail the job. */
class GateUnanswered extends Error {
    name = 'GateUnanswered';
}
async function startRun(deps, inputs) {
    const { host, ctx } = deps;
    const t0 = deps.now().getTime();
    const timings = {};
    const gates = [];
    // GitHub's client is created on first use: a run stopped by the kill switch never loads it.
    let client;
    const lazyGitHub = () => (client ??= deps.github(inputs.githubToken));
    // The database opens while the config is read: neither needs the other, and the flag-off path
    // is mostly waiting for the two.
    const opening = inputs.databaseUrl || deps.allowEmbedded
        ? deps.openDatabase(inputs.databaseUrl).then(db => ({ db }), (error) => ({ error }))
        : undefined;
    const discardDatabase = async () => {
        const opened = await opening;
        await opened?.db?.close().catch(() => undefined);
    };
    let loaded;
    try {
        loaded = await readStartConfig(deps, inputs, lazyGitHub);
    }
    catch (error) {
        if (error instanceof GateUnanswered) {
            // The database, opened meanwhile, records why (an unreachable one is not waited for twice).
            const opened = await opening;
            try {
                return await skipped({
                    reason: 'gate-error',
                    detail: error.message,
                    loaded: undefined,
                    db: opened?.db
                });
            }
            finally {
                await opened?.db?.close().catch(() => undefined);
            }
        }
        await discardDatabase();
        throw error;
    }
    const { config } = loaded;
    host.info(`Config: ${(0,text_escape/* forLog */.Ig)(loaded.origin)}`);
    if (ctx.event === 'schedule' && ctx.schedule && ctx.schedule !== config.scheduleConfig.cronSchedule) {
        host.warning(`This scheduled run fired for "${(0,text_escape/* forLog */.Ig)(ctx.schedule)}", but scheduleConfig.cronSchedule is ` +
            `"${(0,text_escape/* forLog */.Ig)(config.scheduleConfig.cronSchedule)}". The workflow file holds the real schedule; update one of them.`);
    }
    // 1. Kill switch, part one: the config. Needs no database.
    if (!config.enabled) {
        // Record the skip where a database is at hand; a disabled system never fails for lack of one.
        const opened = await opening;
        if (opened?.error) {
            host.warning(`Could not open the database to record the skip: ${(0,text_escape/* forLog */.Ig)(opened.error.message)}`);
        }
        const db = opened?.db;
        try {
            return await skipped({ reason: 'disabled', detail: 'config.enabled is false', loaded, db });
        }
        finally {
            await db?.close();
        }
    }
    const dryRun = inputs.forceDryRun || config.dryRunMode;
    if (!inputs.databaseUrl && !deps.allowEmbedded) {
        throw new Error('Input "database-url" is empty; expected a PostgreSQL connection URL (from a secret).');
    }
    const opened = await opening;
    if (!opened || opened.error !== undefined || !opened.db) {
        await discardDatabase();
        throw opened?.error ?? new Error('The database could not be opened.');
    }
    let db = opened.db;
    try {
        await (0,migrate/* ensureSchema */.K_)(db.sql, { migrate: inputs.migrate });
        const swept = await (0,runs/* sweepStaleRuns */.UY)(db.sql, {
            repository: ctx.repository,
            olderThan: new Date(deps.now().getTime() - config.scheduleConfig.staleRunHours * 3_600_000),
            now: deps.now()
        });
        for (const id of swept)
            host.warning(`Run ${id} was still "running" past the stale limit; marked failed.`);
        // 1. Kill switch, part two: the flags (global AND per repository).
        let ks = await (0,flags/* readKillSwitch */.pG)(db.sql, ctx.repository);
        if (!ks.on)
            return skipped({ reason: 'flag-off', detail: describeFlags(ks), loaded, db });
        // 2. Jitter. The database connection is not held across the sleep.
        const jitter = chooseJitter({
            event: ctx.event,
            force: inputs.force,
            jitterMinutes: inputs.jitterMinutes ?? config.scheduleConfig.jitterMinutes,
            random: deps.random
        });
        timings.jitterMs = jitter.delayMs;
        if (jitter.delayMs > 0) {
            const resume = new Date(deps.now().getTime() + jitter.delayMs);
            host.info(`Jitter: waiting ${(jitter.delayMs / 60_000).toFixed(2)} minutes (${jitter.reason}); resuming at ${resume.toISOString()}.`);
            await db.close();
            db = undefined;
            await deps.sleep(jitter.delayMs);
            db = await deps.openDatabase(inputs.databaseUrl);
            ks = await (0,flags/* readKillSwitch */.pG)(db.sql, ctx.repository);
            if (!ks.on)
                return skipped({ reason: 'flag-off', detail: `${describeFlags(ks)} (after jitter)`, loaded, db });
        }
        else {
            host.info(`Jitter: none (${jitter.reason}).`);
        }
        // 3. Gates, in their fixed order.
        const sql = db.sql;
        const outcomes = await (0,runs/* recentOutcomes */.Zf)(sql, ctx.repository, Math.max(config.rollbackConfig.maxFailuresBeforeDisable, 1));
        const gateList = [
            {
                name: 'failure-limit',
                check: async () => {
                    const limit = config.rollbackConfig.maxFailuresBeforeDisable;
                    // Failures before an operator turned the repository back on no longer count.
                    const since = ks.repositoryEnabledAt;
                    const counted = since ? outcomes.filter(o => new Date(o.finishedAt) > since) : outcomes;
                    return (0,preconditions/* failureLimitReached */.AM)(counted, limit)
                        ? { state: 'fired', detail: `the last ${limit} finished runs all failed` }
                        : { state: 'clear', detail: `fewer than ${limit} consecutive failures` };
                }
            },
            {
                name: 'cooldown',
                check: async () => {
                    // A re-run attempt of the same workflow run may re-claim its own failure: it is not a
                    // reason to cool down.
                    const others = outcomes.filter(o => !ctx.githubRunId || o.githubRunId !== String(ctx.githubRunId));
                    const c = (0,preconditions/* inCooldown */.vO)(others, config.rollbackConfig.cooldownHours, deps.now());
                    return c.active
                        ? { state: 'fired', detail: `the last run failed; cooling down until ${c.until.toISOString()}` }
                        : { state: 'clear', detail: 'no recent failure' };
                }
            },
            {
                name: 'deployment-active',
                check: async () => {
                    if (!config.scheduleConfig.skipDuringDeployments) {
                        return { state: 'off', detail: 'scheduleConfig.skipDuringDeployments is false' };
                    }
                    const details = [];
                    if (inputs.railway.token && inputs.railway.projectId) {
                        const r = await deps.railway({
                            url: inputs.railway.apiUrl,
                            token: inputs.railway.token,
                            projectId: inputs.railway.projectId,
                            environmentId: inputs.railway.environmentId,
                            serviceIds: inputs.railway.serviceIds
                        })();
                        if (r.active)
                            return { state: 'fired', detail: `Railway: ${r.detail}` };
                        details.push(`Railway: ${r.detail}`);
                    }
                    const github = await lazyGitHub();
                    if (!github) {
                        return details.length
                            ? { state: 'clear', detail: `${details.join('; ')}; GitHub deployments unavailable locally` }
                            : { state: 'unavailable', detail: 'GitHub is not available in a local run' };
                    }
                    const since = new Date(deps.now().getTime() - config.scheduleConfig.deploymentLookbackHours * 3_600_000);
                    const d = await github.activeDeployment(since);
                    if (d.active)
                        return { state: 'fired', detail: d.detail };
                    return { state: 'clear', detail: [d.detail, ...details].join('; ') };
                }
            },
            {
                name: 'ci-active',
                check: async () => {
                    const github = await lazyGitHub();
                    if (!github)
                        return { state: 'unavailable', detail: 'GitHub is not available in a local run' };
                    const branches = config.scheduleConfig.busyBranches ?? [
                        ctx.defaultBranch || (await github.defaultBranch())
                    ];
                    const r = await github.activeWorkflowRun({
                        branches,
                        workflows: config.scheduleConfig.busyWorkflows,
                        excludeRunId: ctx.githubRunId,
                        now: deps.now(),
                        ghostHours: config.scheduleConfig.ghostRunHours
                    });
                    return r.active ? { state: 'fired', detail: r.detail } : { state: 'clear', detail: r.detail };
                }
            }
        ];
        const gated = await (0,preconditions/* runGates */.AQ)(gateList, { force: inputs.force });
        gates.push(...gated.records);
        for (const w of gated.warnings)
            host.warning((0,text_escape/* forLog */.Ig)(w));
        if (!gated.proceed) {
            if (gated.reason === 'failure-limit') {
                await (0,flags/* setFlag */.lA)(sql, {
                    repository: ctx.repository,
                    value: false,
                    by: 'self-evolution',
                    reason: `failure-limit: ${gated.detail}`,
                    now: deps.now()
                });
                host.warning(`The last ${config.rollbackConfig.maxFailuresBeforeDisable} runs failed, so the flag for ` +
                    `${ctx.repository || 'this repository'} is now off. An operator turns it back on with ` +
                    `"npx self-evolution flag enable --repository ${ctx.repository || 'OWNER/REPO'}".`);
            }
            return skipped({ reason: gated.reason, detail: gated.detail, loaded, db });
        }
        // 4. Claim the day. The flag is checked again inside the claim's transaction.
        const now = deps.now();
        const runDate = (0,context/* utcDate */.HB)(now);
        const claim = await (0,runs/* claimRun */.S6)(sql, {
            repository: ctx.repository,
            runDate,
            now,
            force: inputs.force,
            holder: {
                repository: ctx.repository,
                githubRunId: ctx.githubRunId,
                attempt: ctx.attempt,
                event: ctx.event,
                sha: ctx.sha,
                dryRun,
                logsUrl: (0,context/* logsUrl */.HM)(ctx)
            }
        });
        if (!claim.claimed) {
            const detail = claim.reason === 'flag-off'
                ? 'the flag was turned off before the claim'
                : claim.reason === 'already-running'
                    ? `run ${claim.existingRunId ?? '?'} for ${runDate} is still running`
                    : `run ${claim.existingRunId ?? '?'} for ${runDate} has already finished`;
            return skipped({ reason: claim.reason, detail, loaded, db });
        }
        timings.startMs = deps.now().getTime() - t0;
        host.info(`Claimed run ${claim.runId} for ${runDate}${claim.reclaimed ? ' (re-claimed)' : ''}.`);
        return {
            kind: 'claimed',
            runId: claim.runId,
            runDate,
            repository: ctx.repository,
            dryRun,
            configDigest: loaded.digest,
            jitterMs: timings.jitterMs ?? 0,
            gates,
            timings,
            artifacts: {
                attach: config.telemetry.attachArtifacts,
                retentionDays: inputs.artifactRetentionDays ?? config.telemetry.logRetentionDays
            },
            config: loaded
        };
    }
    finally {
        // A failure to close must not lose a claim already made: the state is saved by the caller.
        if (db)
            await db.close().catch(() => undefined);
    }
    async function skipped(s) {
        timings.startMs = deps.now().getTime() - t0;
        if (s.db) {
            try {
                await (0,events/* recordEvent */.y)(s.db.sql, {
                    repository: ctx.repository,
                    kind: 'skip',
                    reason: s.reason,
                    githubRunId: ctx.githubRunId || null,
                    detail: { detail: s.detail, event: ctx.event, attempt: ctx.attempt, sha: ctx.sha }
                });
            }
            catch (error) {
                host.warning(`Could not record the skip event: ${(0,text_escape/* forLog */.Ig)(error.message)}`);
            }
        }
        return {
            kind: 'skipped',
            reason: s.reason,
            detail: s.detail,
            gates,
            jitterMs: timings.jitterMs ?? 0,
            timings,
            config: s.loaded ?? {
                config: (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 61036))).defaultConfig(),
                text: null,
                origin: 'unread',
                digest: 'none'
            }
        };
    }
}
function describeFlags(ks) {
    const g = ks.global === null ? 'missing (off)' : ks.global ? 'on' : 'off';
    const r = ks.repository === null ? 'missing (on)' : ks.repository ? 'on' : 'off';
    return `global flag ${g}, repository flag ${r}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/db/report.ts
var report = __webpack_require__(70986);
// EXTERNAL MODULE: ./src/report/html.ts
var html = __webpack_require__(86433);
// EXTERNAL MODULE: ./src/report/figures.ts
var report_figures = __webpack_require__(53831);
;// CONCATENATED MODULE: ./src/modes/run/observatory.ts
/**
 * The observatory in the daily run: main draws the last 14 days in the job summary, post writes the
 * HTML report into the run's artifact. Each is one query on a connection the stage already has open,
 * and neither may fail its stage: a problem becomes a warning, and the run goes on without it.
 */






const REPORT_HTML = 'report.html';
/** The figures of one repository's last `days` days, up to the day of `now`. */
async function readFigures(sql, opts) {
    const window = (0,report_figures/* reportWindow */.Zj)(opts.now, opts.days);
    const rows = await (0,report/* readObservatory */.x)(sql, {
        repository: opts.repository,
        from: window.from,
        to: window.to,
        recentRuns: opts.recentRuns
    });
    return (0,report_figures/* buildFigures */.cf)(rows, { now: opts.now, window, repository: opts.repository });
}
/** main: the job summary's last 14 days, or undefined (with a warning) when they cannot be read. */
async function summaryTrend(sql, host, opts) {
    try {
        return await readFigures(sql, { ...opts, days: report_figures/* SUMMARY_DAYS */.hD, recentRuns: 0 });
    }
    catch (error) {
        host.warning(`The job summary has no chart of the last ${report_figures/* SUMMARY_DAYS */.hD} days: ${describe(error)}`);
        return undefined;
    }
}
/** post: write `dir/report.html` (the last 30 days); false (with a warning) when it cannot. */
async function writeHtmlReport(sql, host, opts) {
    try {
        const figures = await readFigures(sql, {
            repository: opts.repository,
            now: opts.now,
            days: report_figures/* DEFAULT_DAYS */.ak,
            recentRuns: report_figures/* RECENT_RUNS */.bL
        });
        await (0,promises_.mkdir)(opts.dir, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(opts.dir, REPORT_HTML), (0,html/* renderHtml */.K2)(figures), 'utf8');
        return true;
    }
    catch (error) {
        host.warning(`The HTML report was not written: ${describe(error)}`);
        return false;
    }
}
function describe(error) {
    return (0,text_escape/* forLog */.Ig)(String(error?.message ?? error).split('\n')[0], 500);
}

;// CONCATENATED MODULE: ./src/modes/run/stages.ts
/**
 * The three stages of the action. pre: jitter, gates, claim. main: judge and record (and the start
 * itself when pre did not run, as with `uses: ./`). post: finalize the run row and upload the
 * artifact; post never fails the job for its own problems.
 */











async function preStage(deps) {
    const { host } = deps;
    try {
        const inputs = readInputs(host);
        if (inputs.mode !== 'run')
            return { status: 'skipped', message: `pre does nothing in mode ${inputs.mode}` };
        const outcome = await startRun(deps, inputs);
        saveStart(host, outcome);
        if (outcome.kind === 'skipped' && FAILING_SKIPS.has(outcome.reason)) {
            // The job stops here (main does not run after a failed pre), so pre explains itself.
            await host.writeSummary((0,summary/* summaryFor */._9)((0,summary/* renderReport */.B1)({
                status: 'skipped',
                repository: deps.ctx.repository,
                skipReason: outcome.reason,
                detail: outcome.detail,
                gates: outcome.gates,
                verdicts: []
            })));
            setOutputs(deps, {
                status: 'skipped',
                skipReason: outcome.reason,
                allowed: 0,
                blocked: 0,
                reportPath: ''
            });
        }
        return announceStart(deps, outcome);
    }
    catch (error) {
        const message = errorLine(error);
        host.setFailed(message);
        return { status: 'failed', message };
    }
}
function announceStart(deps, s) {
    if (s.kind === 'claimed')
        return { status: 'success' };
    const line = `Skipped: ${s.reason} (${(0,text_escape/* forLog */.Ig)(s.detail)})`;
    if (FAILING_SKIPS.has(s.reason)) {
        deps.host.setFailed(line);
        return { status: 'failed', message: line };
    }
    deps.host.notice(line);
    return { status: 'skipped', message: line };
}
function setOutputs(deps, o) {
    deps.host.setOutput('run-id', o.runId ? String(o.runId) : '');
    deps.host.setOutput('status', o.status);
    deps.host.setOutput('skip-reason', o.skipReason ?? '');
    deps.host.setOutput('proposals-allowed', String(o.allowed));
    deps.host.setOutput('proposals-blocked', String(o.blocked));
    deps.host.setOutput('report-path', o.reportPath);
}
/** Where this run's files go: the runner's temp dir on GitHub, the local artifact root otherwise. */
function reportDirFor(deps, name) {
    const root = deps.ctx.runnerTemp ? (0,external_node_path_.join)(deps.ctx.runnerTemp, 'self-evolution') : deps.localArtifactRoot;
    return (0,external_node_path_.join)(root, name);
}
async function mainStage(deps) {
    const { host } = deps;
    const t0 = deps.now().getTime();
    let start;
    let reportPath;
    /** What acting did before a failure: the failure report keeps it (a pull request may be open). */
    let actNotes = [];
    try {
        const inputs = readInputs(host);
        if (inputs.mode === 'gate') {
            // The pull-request gate (src/gate): loaded only in its mode.
            const { gateMainStage } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(863), __webpack_require__.e(291), __webpack_require__.e(885)]).then(__webpack_require__.bind(__webpack_require__, 63885));
            return await gateMainStage(deps, inputs);
        }
        if (inputs.mode === 'revert-watch') {
            // Its own stage (src/modes/revert-watch/stage.ts): it claims no run and reports its own failures.
            const { revertWatchStage } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(291), __webpack_require__.e(74)]).then(__webpack_require__.bind(__webpack_require__, 13074));
            return await revertWatchStage(deps, inputs);
        }
        start = loadStart(host);
        if (!start) {
            host.info('No state from pre (it does not run for `uses: ./`); main performs the start itself.');
            const outcome = await startRun(deps, inputs);
            saveStart(host, outcome);
            start = outcome;
        }
        if (start.kind === 'skipped') {
            const dir = reportDirFor(deps, `self-evolution-skipped-${deps.ctx.githubRunId || 'local'}`);
            const report = (0,summary/* renderReport */.B1)({
                status: 'skipped',
                repository: deps.ctx.repository,
                skipReason: start.reason,
                detail: start.detail,
                gates: start.gates,
                verdicts: []
            });
            await (0,artifacts/* writeRunFiles */.ak)(dir, { 'report.md': report });
            reportPath = (0,external_node_path_.join)(dir, 'report.md');
            await host.writeSummary((0,summary/* summaryFor */._9)(report));
            setOutputs(deps, { status: 'skipped', skipReason: start.reason, allowed: 0, blocked: 0, reportPath });
            saveMain(host, {
                completed: true,
                counts: { allowed: 0, blocked: 0, total: 0 },
                reportDir: dir,
                failure: '',
                timings: start.timings
            });
            return announceStart(deps, start);
        }
        const claimed = start;
        const committed = await (0,source/* readCommittedConfig */.bW)(deps, inputs);
        if (committed.digest !== claimed.configDigest) {
            throw new Error(`The committed config main read (${(0,text_escape/* forLog */.Ig)(committed.origin)}) differs from the one the start judged; refusing to judge with a config that changed mid-run.`);
        }
        const name = (0,artifacts/* artifactName */.Cs)(claimed.runDate, claimed.runId);
        const dir = reportDirFor(deps, name);
        reportPath = (0,external_node_path_.join)(dir, 'report.md');
        // The policy engine is loaded only for a claimed run: a skip never pays for it.
        const { judgeAndRecord, loadProposals } = await Promise.all(/* import() */[__webpack_require__.e(863), __webpack_require__.e(366)]).then(__webpack_require__.bind(__webpack_require__, 59366));
        const loaded = await loadProposals(inputs, deps.ctx.workspace, committed.text, inputs.configPath);
        const db = await deps.openDatabase(inputs.databaseUrl);
        let judged;
        let acted;
        let trend;
        try {
            // Live runs act on allowed proposals (src/act); the dry-run path loads only the pure planner.
            const actor = claimed.dryRun
                ? undefined
                : await (await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(863), __webpack_require__.e(291), __webpack_require__.e(670)]).then(__webpack_require__.bind(__webpack_require__, 40670))).actorForRun(deps, inputs, claimed, committed.config, db.sql, loaded);
            judged = await judgeAndRecord({
                db,
                config: committed.config,
                configPath: inputs.configPath,
                runId: claimed.runId,
                repository: claimed.repository,
                runDate: claimed.runDate,
                dryRun: claimed.dryRun,
                loaded,
                // A dry run records why nothing acts too, from the pure planner alone.
                planActions: actor ? actor.plan : (await __webpack_require__.e(/* import() */ 338).then(__webpack_require__.bind(__webpack_require__, 60338))).dryRunPlanner()
            });
            acted = actor ? await actor.execute(judged, loaded.patches ?? []) : undefined;
            actNotes = acted?.notes ?? [];
            // The last 14 days for the job summary: one more query on this connection, never fatal.
            trend = await summaryTrend(db.sql, host, { repository: claimed.repository, now: deps.now() });
        }
        finally {
            await db.close();
        }
        for (const note of acted?.notes ?? [])
            host.info((0,text_escape/* forLog */.Ig)(note));
        if (acted?.failure)
            throw new Error(acted.failure);
        const verdicts = judged.verdicts;
        const allowed = verdicts.filter(v => v.allowed).length;
        const blocked = verdicts.length - allowed;
        const report = (0,summary/* renderReport */.B1)({
            status: 'success',
            runId: claimed.runId,
            runDate: claimed.runDate,
            repository: claimed.repository,
            dryRun: claimed.dryRun,
            gates: claimed.gates,
            verdicts,
            jitterMs: claimed.jitterMs,
            logsUrl: (0,context/* logsUrl */.HM)(deps.ctx),
            trend,
            notes: [
                ...(judged.flippedByDatabase
                    ? [
                        `${judged.flippedByDatabase} wildcard proposal(s) were refused by the database: one wildcard a day.`
                    ]
                    : []),
                ...(acted?.notes ?? [])
            ]
        });
        await (0,artifacts/* writeRunFiles */.ak)(dir, {
            'report.md': report,
            'proposals.json': JSON.stringify({
                runId: claimed.runId,
                runDate: claimed.runDate,
                proposals: judged.verdicts,
                proposalIds: judged.proposalIds
            }, null, 2) + '\n'
        });
        (0,summary/* annotate */.fz)(host, verdicts);
        await host.writeSummary((0,summary/* summaryFor */._9)(report, name));
        setOutputs(deps, { runId: claimed.runId, status: 'success', allowed, blocked, reportPath });
        host.info(`Judged ${verdicts.length} proposal(s): ${allowed} allowed, ${blocked} blocked${claimed.dryRun ? ' (dry run)' : ''}.`);
        saveMain(host, {
            completed: true,
            counts: { allowed, blocked, total: verdicts.length },
            reportDir: dir,
            failure: '',
            timings: { ...claimed.timings, mainMs: deps.now().getTime() - t0 }
        });
        return { status: 'success' };
    }
    catch (error) {
        const message = errorLine(error);
        const claimed = start?.kind === 'claimed' ? start : undefined;
        if (claimed) {
            // A failed run needs its report most: write one, so the artifact and report-path are true.
            try {
                const dir = reportDirFor(deps, (0,artifacts/* artifactName */.Cs)(claimed.runDate, claimed.runId));
                const report = (0,summary/* renderReport */.B1)({
                    status: 'failed',
                    runId: claimed.runId,
                    runDate: claimed.runDate,
                    repository: claimed.repository,
                    dryRun: claimed.dryRun,
                    detail: message,
                    gates: claimed.gates,
                    verdicts: [],
                    logsUrl: (0,context/* logsUrl */.HM)(deps.ctx),
                    notes: actNotes
                });
                await (0,artifacts/* writeRunFiles */.ak)(dir, { 'report.md': report });
                reportPath = (0,external_node_path_.join)(dir, 'report.md');
                await host.writeSummary((0,summary/* summaryFor */._9)(report));
            }
            catch (writeError) {
                host.warning(`Could not write the failure report: ${errorLine(writeError)}`);
                reportPath = '';
            }
        }
        else {
            reportPath = '';
        }
        saveMain(host, {
            completed: false,
            counts: { allowed: 0, blocked: 0, total: 0 },
            reportDir: reportPath ? (0,external_node_path_.join)(reportPath, '..') : '',
            failure: message,
            timings: { ...(start?.timings ?? {}), mainMs: deps.now().getTime() - t0 }
        });
        setOutputs(deps, { runId: claimed?.runId, status: 'failed', allowed: 0, blocked: 0, reportPath });
        host.setFailed(message);
        return { status: 'failed', message };
    }
}
async function postStage(deps) {
    const { host } = deps;
    const t0 = deps.now().getTime();
    try {
        if (host.getInput('mode') === 'gate') {
            const { gatePostStage } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(863), __webpack_require__.e(291), __webpack_require__.e(885)]).then(__webpack_require__.bind(__webpack_require__, 63885));
            return await gatePostStage(deps);
        }
        if (host.getInput('mode') === 'revert-watch') {
            host.info('post does nothing in mode revert-watch: it claims no run, and main wrote its summary.');
            return { status: 'skipped' };
        }
        const start = loadStart(host);
        if (!start || start.kind === 'skipped') {
            host.info(start
                ? `Nothing to finalize: the run was skipped (${start.reason}).`
                : 'Nothing to finalize: no run was claimed.');
            return { status: 'skipped' };
        }
        const inputs = readInputs(host);
        const main = loadMain(host);
        const success = main.completed && !main.failure;
        const status = success ? 'success' : 'failed';
        const summary = success
            ? `Judged ${main.counts.total} proposal(s): ${main.counts.allowed} allowed, ${main.counts.blocked} blocked${start.dryRun ? ' (dry run)' : ''}.`
            : main.failure
                ? `Failed: ${main.failure}`.slice(0, 1000)
                : 'Failed: main did not complete (it crashed, was cancelled, or never ran).';
        const name = (0,artifacts/* artifactName */.Cs)(start.runDate, start.runId);
        const dir = main.reportDir || reportDirFor(deps, name);
        const db = await deps.openDatabase(inputs.databaseUrl);
        let runJson = '';
        try {
            const updated = await (0,runs/* finishRun */.JH)(db.sql, {
                runId: start.runId,
                status,
                summary,
                logsUrl: (0,context/* logsUrl */.HM)(deps.ctx),
                now: deps.now(),
                metrics: {
                    phases: { ...main.timings, postMs: deps.now().getTime() - t0 },
                    counts: main.counts,
                    jitterMs: start.jitterMs,
                    dryRun: start.dryRun
                }
            });
            if (!updated)
                host.info(`Run ${start.runId} was already closed (stale sweep or an operator); left as it is.`);
            // run.json needs the row alone, not its proposals, actions and rollbacks.
            const run = await (0,runs/* getRun */.Mh)(db.sql, start.runId);
            runJson = JSON.stringify(run ?? { id: start.runId, status, summary }, null, 2) + '\n';
            // The observatory's page for the artifact: one more query, never fatal.
            if (start.artifacts.attach) {
                await writeHtmlReport(db.sql, host, { repository: start.repository, now: deps.now(), dir });
            }
        }
        finally {
            await db.close();
        }
        await (0,artifacts/* writeRunFiles */.ak)(dir, { 'run.json': runJson });
        if (!start.artifacts.attach) {
            host.info(`telemetry.attachArtifacts is off: the files stay in ${dir}.`);
            return { status };
        }
        const files = artifacts/* ARTIFACT_FILES */.nA.filter(f => f !== 'proposals.json' || main.completed);
        try {
            const up = await (0,artifacts.uploadRunArtifact)({
                name,
                dir,
                files: [...files],
                retentionDays: start.artifacts.retentionDays,
                env: deps.ctx.onGitHub ? host.env : {}
            });
            if (up.uploaded)
                host.info(`Uploaded artifact ${name} (kept ${start.artifacts.retentionDays} days).`);
            else
                host.info(`Artifact not uploaded: ${up.reason}. The files are in ${up.dir}.`);
        }
        catch (error) {
            host.warning(`Could not upload the artifact ${name}: ${errorLine(error)}. The files are in ${dir}.`);
        }
        return { status };
    }
    catch (error) {
        host.warning(`post could not finish its work: ${errorLine(error)}`);
        return { status: 'failed', message: errorLine(error) };
    }
}
function errorLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    return (0,text_escape/* forLog */.Ig)(message.split('\n')[0], 1000);
}

;// CONCATENATED MODULE: ./src/cli/local-run.ts
/**
 * The action's pre → main → post in one process, for laptops and the CLI: an in-memory runner
 * host, no jitter (not a schedule event), the GitHub gates unavailable, and the artifact files
 * written to a local directory.
 */





function localContext(repository, cwd) {
    const [owner = '', repo = ''] = repository.split('/');
    return {
        repository,
        owner,
        repo,
        event: 'local',
        sha: '',
        ref: '',
        githubRunId: 0,
        attempt: 1,
        serverUrl: 'https://github.com',
        apiUrl: 'https://api.github.com',
        workspace: cwd,
        schedule: '',
        defaultBranch: '',
        onGitHub: false,
        runnerTemp: ''
    };
}
async function runLocally(opts) {
    const host = new MemoryHost({
        'database-url': opts.databaseUrl,
        'config-path': opts.configPath,
        'dry-run': opts.forceDryRun ? 'true' : 'false',
        force: String(opts.force),
        proposals: opts.proposals,
        'proposals-sha256': opts.proposalsSha256 ?? '',
        migrate: String(opts.migrate),
        mode: 'run'
    }, {}, opts.print);
    // One connection for the whole run: the embedded database is slow to open and single-session.
    let shared;
    const deps = {
        host,
        ctx: localContext(opts.repository, opts.cwd),
        cwd: opts.cwd,
        now: opts.now,
        random: Math.random,
        sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
        openDatabase: async (url) => {
            if (opts.database)
                return { ...opts.database, close: async () => { } };
            shared ??= await (0,client.openDatabase)({ url: url || undefined, cwd: opts.cwd });
            return { ...shared, close: async () => { } };
        },
        github: async () => undefined,
        railway: railwayPort,
        localArtifactRoot: (0,external_node_path_.join)(opts.cwd, '.self-evolution', 'artifacts'),
        allowEmbedded: true
    };
    try {
        const pre = opts.skipPre ? undefined : await preStage(deps);
        const main = pre?.status === 'failed' ? pre : await mainStage(deps);
        const post = await postStage(deps);
        const outputs = Object.fromEntries(host.outputs);
        const status = outputs.status || main.status;
        const reportPath = outputs['report-path'] ?? '';
        return {
            status: host.failed && status !== 'failed' ? 'failed' : status,
            outputs,
            summary: host.summary,
            failed: host.failed,
            stages: { pre, main, post },
            artifactDir: reportPath ? (0,external_node_path_.join)(reportPath, '..') : ''
        };
    }
    finally {
        await shared?.close();
    }
}


/***/ }),

/***/ 29818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ failureLimitReached),
/* harmony export */   AQ: () => (/* binding */ runGates),
/* harmony export */   N6: () => (/* binding */ isFailure),
/* harmony export */   vO: () => (/* binding */ inCooldown)
/* harmony export */ });
/* unused harmony export GATE_ORDER */
const GATE_ORDER = ['failure-limit', 'cooldown', 'deployment-active', 'ci-active'];
/** Force reaches these, and only these. */
const FORCE_BYPASSES = new Set(['cooldown', 'deployment-active', 'ci-active']);
async function runGates(gates, opts) {
    const records = [];
    const warnings = [];
    const ordered = [...gates].sort((a, b) => GATE_ORDER.indexOf(a.name) - GATE_ORDER.indexOf(b.name));
    for (const gate of ordered) {
        if (opts.force && FORCE_BYPASSES.has(gate.name)) {
            records.push({ name: gate.name, result: 'bypassed', detail: 'force' });
            continue;
        }
        let answer;
        try {
            answer = await gate.check();
        }
        catch (error) {
            const detail = `${gate.name}: ${error.message}`;
            records.push({ name: gate.name, result: 'error', detail });
            return { proceed: false, reason: 'gate-error', detail, records, warnings };
        }
        records.push({ name: gate.name, result: answer.state, detail: answer.detail });
        if (answer.state === 'unavailable')
            warnings.push(`${gate.name} unavailable: ${answer.detail}`);
        if (answer.state === 'fired')
            return { proceed: false, reason: gate.name, detail: answer.detail, records, warnings };
    }
    return { proceed: true, records, warnings };
}
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

/***/ 63725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ recordEvent)
/* harmony export */ });
/* unused harmony export listEvents */
async function recordEvent(sql, event) {
    const [row] = await sql `
    INSERT INTO self_evolution_events (repository, kind, reason, run_id, github_run_id, detail, created_at)
    VALUES (
      ${event.repository}, ${event.kind}, ${event.reason ?? null}, ${event.runId ?? null},
      ${event.githubRunId ? String(event.githubRunId) : null}, ${sql.json((event.detail ?? {}))},
      COALESCE(${event.at ?? null}::timestamptz, now())
    )
    RETURNING id
  `;
    return row.id;
}
/** Newest first. Without a repository, every repository's events. */
async function listEvents(sql, opts = {}) {
    return sql `
    SELECT id, repository, kind, reason, run_id AS "runId", github_run_id AS "githubRunId", detail,
           created_at AS "createdAt"
    FROM self_evolution_events
    WHERE (${opts.repository ?? null}::text IS NULL OR repository = ${opts.repository ?? null})
      AND (${opts.kind ?? null}::text IS NULL OR kind = ${opts.kind ?? null})
      AND (${opts.since ?? null}::timestamptz IS NULL OR created_at >= ${opts.since ?? null})
    ORDER BY created_at DESC, id DESC
    LIMIT ${opts.limit ?? 100}
  `;
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
      SELECT id, type, title, description, risk_level AS "riskLevel", effort, allowlisted,
             blocked_reasons AS "blockedReasons", created_at AS "createdAt"
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
 * The spec's fix for a stuck run: mark it failed, with the operator's reason. Only a run still
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


/***/ }),

/***/ 5825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ artifactName),
/* harmony export */   ak: () => (/* binding */ writeRunFiles),
/* harmony export */   nA: () => (/* binding */ ARTIFACT_FILES),
/* harmony export */   uploadRunArtifact: () => (/* binding */ uploadRunArtifact)
/* harmony export */ });
/* unused harmony export artifactServiceAvailable */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The run's files (run.json, proposals.json, report.md, report.html) and their upload as one artifact. The
 * artifact client is the heaviest module of the bundle, so it is loaded only here, only to upload.
 * Where the artifact service is unavailable (local runs), the files stay in a local directory.
 */



/** report.html is the observatory's page of the last 30 days (written by post when artifacts are attached). */
const ARTIFACT_FILES = ['run.json', 'proposals.json', 'report.md', 'report.html'];
function artifactName(runDate, runId) {
    return `self-evolution-${runDate}-run-${runId}`;
}
async function writeRunFiles(dir, files) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) {
        if (content !== undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), content, 'utf8');
    }
}
/** The artifact service is reachable only with both runtime variables set. */
function artifactServiceAvailable(env) {
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return 'ACTIONS_RUNTIME_TOKEN is not set';
    if (!env.ACTIONS_RESULTS_URL)
        return 'ACTIONS_RESULTS_URL is not set';
    return undefined;
}
async function uploadRunArtifact(opts) {
    const missing = artifactServiceAvailable(opts.env);
    if (missing)
        return { uploaded: false, reason: `the artifact service is unavailable (${missing})`, dir: opts.dir };
    // A run that failed early has fewer files; upload what exists rather than nothing.
    const present = opts.files.filter(f => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(opts.dir, f)));
    if (present.length === 0)
        return { uploaded: false, reason: 'no files were written', dir: opts.dir };
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(690)]).then(__webpack_require__.bind(__webpack_require__, 35690));
    const client = new DefaultArtifactClient();
    const res = await client.uploadArtifact(opts.name, present.map(f => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(opts.dir, f)), opts.dir, { retentionDays: opts.retentionDays });
    return { uploaded: true, id: res.id, size: res.size, name: opts.name };
}


/***/ }),

/***/ 56013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fz: () => (/* binding */ annotate),
  B1: () => (/* binding */ renderReport),
  _9: () => (/* binding */ summaryFor)
});

// UNUSED EXPORTS: MAX_ERROR_ANNOTATIONS, SUMMARY_LIMIT

// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/report/figures.ts
var figures = __webpack_require__(53831);
;// CONCATENATED MODULE: ./src/report/trend.ts
/**
 * The job summary's look back: the last days' runs as a strip of coloured squares, and the
 * proposals per day as a Mermaid chart (GitHub renders ```mermaid blocks in job summaries).
 *
 * Mermaid is a language with its own parser, so no text from the database ever enters the chart:
 * only dates checked against YYYY-MM-DD (shown as MM-DD) and non-negative integers. When a figure
 * cannot be drawn (no proposals in the window, or a value that is not a safe integer or date) the
 * chart degrades to a Markdown table. Pure.
 */


const SQUARES = {
    success: '🟩',
    failed: '🟥',
    reverted: '🟪',
    running: '🟨',
    planned: '🟦',
    skipped: '⬛',
    none: '⬜'
};
const safeCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/** Whether every figure the chart would use is a date or a count (nothing else may reach Mermaid). */
function drawable(f) {
    const days = f.proposalsByDay;
    if (!days.length || days.length > 90)
        return false;
    if (!days.every(d => (0,figures/* isDate */.$P)(d.date) && safeCount(d.allowed) && safeCount(d.blocked)))
        return false;
    return days.some(d => d.allowed + d.blocked > 0);
}
function renderTrend(f) {
    const days = f.calendar.length;
    const out = [`### The last ${days} days`, ''];
    const strip = f.calendar.map(d => SQUARES[d.state] ?? SQUARES.none).join('');
    const used = figures/* DAY_STATES */.K_.filter(s => f.totals.daysByState[s] > 0);
    out.push(`Runs, oldest day first: ${strip}`, '', used.map(s => `${SQUARES[s]} ${figures/* DAY_STATE_LABELS */.Bj[s]} ${f.totals.daysByState[s]}`).join(' · '), '');
    if (drawable(f)) {
        const max = Math.max(...f.proposalsByDay.map(d => d.allowed + d.blocked));
        out.push('```mermaid', 'xychart-beta', '  title "Proposals per day (bars: all, line: blocked)"', `  x-axis [${f.proposalsByDay.map(d => `"${d.date.slice(5)}"`).join(', ')}]`, `  y-axis "Proposals" 0 --> ${max}`, `  bar [${f.proposalsByDay.map(d => d.allowed + d.blocked).join(', ')}]`, `  line [${f.proposalsByDay.map(d => d.blocked).join(', ')}]`, '```', '', `${f.totals.allowed} allowed, ${f.totals.blocked} blocked in ${days} days.`, '');
        return out.join('\n');
    }
    out.push('| Day | Run | Allowed | Blocked |', '|---|---|---|---|');
    f.calendar.forEach((d, i) => {
        const p = f.proposalsByDay[i];
        out.push(`| ${(0,text_escape/* forMarkdown */.Bm)(d.date, 20)} | ${SQUARES[d.state] ?? ''} ${(0,text_escape/* forMarkdown */.Bm)(figures/* DAY_STATE_LABELS */.Bj[d.state] ?? String(d.state), 30)} | ` +
            `${safeCount(p?.allowed) ? p.allowed : '-'} | ${safeCount(p?.blocked) ? p.blocked : '-'} |`);
    });
    out.push('');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/report/summary.ts


/** GitHub refuses step summaries over 1 MiB; stay well below. */
const SUMMARY_LIMIT = 1_000_000;
const MAX_ERROR_ANNOTATIONS = 10;
function renderReport(r) {
    const out = [];
    const title = r.status === 'skipped'
        ? `Skipped: ${r.skipReason}`
        : r.status === 'success'
            ? `Run ${r.runId} succeeded`
            : `Run ${r.runId ?? ''} failed`;
    out.push(`## Self-evolution: ${title}`, '');
    const facts = [
        ['Repository', r.repository ? (0,text_escape/* forMarkdownCode */.m6)(r.repository) : '(local)'],
        ['Status', r.status]
    ];
    if (r.runId)
        facts.push(['Run', `${r.runId} (${r.runDate})`]);
    if (r.dryRun !== undefined)
        facts.push(['Mode', r.dryRun ? 'dry run: nothing is written to GitHub' : 'live']);
    if (r.skipReason)
        facts.push(['Skip reason', (0,text_escape/* forMarkdownCode */.m6)(r.skipReason)]);
    if (r.detail)
        facts.push(['Detail', (0,text_escape/* forMarkdown */.Bm)(r.detail, 1000)]);
    if (r.jitterMs)
        facts.push(['Jitter', `${(r.jitterMs / 60_000).toFixed(2)} min`]);
    if (r.logsUrl)
        facts.push(['Logs', (0,text_escape/* forMarkdown */.Bm)(r.logsUrl, 300)]);
    out.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${v} |`), '');
    for (const note of r.notes ?? [])
        out.push(`> ${(0,text_escape/* forMarkdown */.Bm)(note, 1000)}`, '');
    if (r.gates.length) {
        out.push('### Gates', '', '| Gate | Result | Detail |', '|---|---|---|');
        for (const g of r.gates)
            out.push(`| ${(0,text_escape/* forMarkdown */.Bm)(g.name)} | ${(0,text_escape/* forMarkdown */.Bm)(g.result)} | ${(0,text_escape/* forMarkdown */.Bm)(g.detail, 500)} |`);
        out.push('');
    }
    // Before the proposals: a summary cut for length loses proposal rows, never half a chart.
    if (r.trend)
        out.push(renderTrend(r.trend));
    if (r.status !== 'skipped') {
        const allowed = r.verdicts.filter(v => v.allowed).length;
        out.push(`### Proposals: ${allowed} allowed, ${r.verdicts.length - allowed} blocked`, '');
        if (r.verdicts.length) {
            out.push('| # | Title | Type | Risk | Files | Lines | Source | Verdict |', '|---|---|---|---|---|---|---|---|');
            r.verdicts.forEach((v, i) => {
                out.push(`| ${i + 1} | ${(0,text_escape/* forMarkdown */.Bm)(v.title, text_escape/* LIMITS */.b1.title)} | ${(0,text_escape/* forMarkdown */.Bm)(v.type, 20)} | ${v.riskLevel} | ` +
                    `${v.stats.files} | ${v.stats.linesChanged} | ${(0,text_escape/* forMarkdown */.Bm)(v.source ?? '', 10)} | ` +
                    `${v.allowed ? 'allowed' : `**blocked** (${v.violations.length})`} |`);
            });
            out.push('');
            const violations = r.verdicts.flatMap((v, i) => v.violations.map(x => ({ i, ...x })));
            if (violations.length) {
                out.push('### Violations', '', '| # | Rule | Path | Message |', '|---|---|---|---|');
                for (const x of violations) {
                    out.push(`| ${x.i + 1} | ${(0,text_escape/* forMarkdownCode */.m6)(x.rule, 40)} | ${x.path ? (0,text_escape/* forMarkdownCode */.m6)(x.path) : ''} | ${(0,text_escape/* forMarkdown */.Bm)(x.message)} |`);
                }
                out.push('');
            }
        }
        else {
            out.push('No proposals in this run.', '');
        }
    }
    return out.join('\n');
}
/** The summary for the job page: the report, truncated under the limit with a pointer to the artifact. */
function summaryFor(report, artifactName, limit = SUMMARY_LIMIT) {
    if (Buffer.byteLength(report, 'utf8') <= limit)
        return report;
    const tail = `\n\n> The report is longer than a job summary may be; it was cut here. The whole report is in the artifact${artifactName ? ` ${(0,text_escape/* forMarkdownCode */.m6)(artifactName, 200)}` : ''} (report.md).\n`;
    let cut = report.slice(0, limit - Buffer.byteLength(tail) - 1024);
    while (Buffer.byteLength(cut, 'utf8') > limit - Buffer.byteLength(tail) - 1024)
        cut = cut.slice(0, -1024);
    // Never cut inside a line: a half table row or half entity renders as garbage.
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    return cut + tail;
}
/** Error annotations on offending files: the first 9, then one saying how many more are in the report. */
function annotate(host, verdicts) {
    const withPath = verdicts.flatMap(v => v.violations.filter(x => x.path).map(x => ({ ...x, title: v.title })));
    const shown = withPath.length > MAX_ERROR_ANNOTATIONS ? MAX_ERROR_ANNOTATIONS - 1 : withPath.length;
    for (const x of withPath.slice(0, shown)) {
        host.error(`${x.rule}: ${(0,text_escape/* forAnnotation */.Jc)(x.message)} (proposal: ${(0,text_escape/* forAnnotation */.Jc)(x.title, 120)})`, {
            file: (0,text_escape/* forAnnotation */.Jc)(x.path, text_escape/* LIMITS */.b1.path),
            title: `self-evolution ${x.rule}`
        });
    }
    if (withPath.length > shown) {
        host.error(`${withPath.length - shown} more violations are listed in the job summary and report.md.`);
    }
    return withPath.length;
}


/***/ }),

/***/ 60047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ utcDate),
/* harmony export */   HM: () => (/* binding */ logsUrl),
/* harmony export */   N5: () => (/* binding */ readEventPayload)
/* harmony export */ });
/* unused harmony export readRunContext */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67388);
/**
 * Where this run is happening: the repository, event and workflow run, read from the runner's
 * environment (or given by the CLI for local runs).
 */


function readRunContext(env, cwd = process.cwd()) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const repoPayload = (payload.repository ?? {});
    return {
        repository,
        owner,
        repo,
        event: env.GITHUB_EVENT_NAME ?? '',
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        githubRunId: Number(env.GITHUB_RUN_ID ?? 0) || 0,
        attempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1) || 1,
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE ?? cwd,
        schedule: typeof payload.schedule === 'string' ? payload.schedule : '',
        defaultBranch: typeof repoPayload.default_branch === 'string' ? repoPayload.default_branch : '',
        onGitHub: env.GITHUB_ACTIONS === 'true',
        runnerTemp: env.RUNNER_TEMP ?? ''
    };
}
/** The run's log page, as the runs table records it. */
function logsUrl(ctx) {
    if (!ctx.repository || !ctx.githubRunId)
        return '';
    return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.githubRunId}/attempts/${ctx.attempt}`;
}
/** The UTC date of `now`, as YYYY-MM-DD. */
function utcDate(now) {
    return now.toISOString().slice(0, 10);
}
/**
 * The event payload at GITHUB_EVENT_PATH, for the modes that act on it (gate, revert-watch). Unlike
 * readRunContext, which makes do without it, a missing or unreadable file is an error that says
 * what could not be read.
 */
function readEventPayload(env, what) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        throw new Error(`GITHUB_EVENT_PATH is not set, so ${what} cannot be read.`);
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new Error(`Cannot read ${what} from GITHUB_EVENT_PATH: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(error.message, 300)}`, {
            cause: error
        });
    }
}


/***/ })

};
