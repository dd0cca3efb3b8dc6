export const id = 948;
export const ids = [948];
export const modules = {

/***/ 57948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   interruptedLine: () => (/* binding */ interruptedLine),
/* harmony export */   printResult: () => (/* binding */ printResult),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
/* harmony import */ var _local_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17490);
/* harmony import */ var _database_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40629);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71604);
/* harmony import */ var _text_workflow_commands_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7929);
/* harmony import */ var _runtime_interrupt_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3731);
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

Ctrl-C (SIGINT) or SIGTERM stops the run at its next safe point and closes the claimed run as
cancelled, which counts as no failure; a second Ctrl-C exits at once (the run then stays running:
close it with "self-evolution runs cancel ID").

Exit codes: 0 success or skip, 1 failed, 2 bad usage, 130 interrupted by SIGINT, 143 by SIGTERM.
`;
async function run(argv, io) {
    const { values } = (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('run', argv, {
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
    const databaseUrl = (0,_database_js__WEBPACK_IMPORTED_MODULE_2__.commandDatabaseUrl)(values['database-url'], io.env) ?? '';
    const result = await (0,_local_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runLocally */ .gm)({
        cwd: io.cwd,
        databaseUrl,
        configPath: values['config-path'] ?? _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_PATH */ .Bi,
        proposals: values.proposals ?? '',
        repository: (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryFlag */ .nm)(values.repository) ?? '',
        force: values.force ?? false,
        forceDryRun: !values['no-dry-run'],
        migrate: values.migrate === true || databaseUrl === '',
        now: io.now,
        print: line => (values.json ? io.stderr : io.stdout)(line + '\n'),
        signals: io.signals
    });
    if (result.interrupted) {
        if (values.json)
            printResult(result, io, true);
        io.stderr(interruptedLine(result) + '\n');
        return (0,_runtime_interrupt_js__WEBPACK_IMPORTED_MODULE_5__/* .signalExitCode */ .cf)(result.interrupted);
    }
    printResult(result, io, values.json === true);
    return result.status === 'failed' ? 1 : 0;
}
/** The one line an interrupted run ends with: what became of the run it claimed. */
function interruptedLine(result) {
    const by = `Interrupted by ${result.interrupted}`;
    if (result.runId === undefined)
        return `${by} before a run was claimed: nothing to close.`;
    if (result.stages.post.status === 'failed')
        return `${by}: run ${result.runId} could not be closed (see the warning above); close it with "self-evolution runs cancel ${result.runId}".`;
    if (result.status === 'cancelled')
        return `${by}: run ${result.runId} closed as cancelled.`;
    return `${by} after run ${result.runId} finished: it is recorded as ${result.status}.`;
}
function printResult(result, io, json) {
    if (json) {
        io.stdout((0,_text_workflow_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .inertJson */ .nl)({
            status: result.status,
            runId: result.outputs['run-id'] ? Number(result.outputs['run-id']) : null,
            skipReason: result.outputs['skip-reason'] || null,
            proposalsAllowed: Number(result.outputs['proposals-allowed'] ?? 0),
            proposalsBlocked: Number(result.outputs['proposals-blocked'] ?? 0),
            reportPath: result.outputs['report-path'] || null,
            artifactDir: result.artifactDir || null,
            artifactFiles: result.artifactFiles,
            error: result.failed ?? null,
            outputs: result.outputs
        }) + '\n');
        return;
    }
    io.stdout('\n----- summary (the job summary, as plain text) -----\n\n');
    io.stdout(result.summary + '\n');
    io.stdout('----- end of summary -----\n\n');
    for (const [k, v] of Object.entries(result.outputs))
        io.stdout(`output ${k}=${v}\n`);
    if (result.artifactDir)
        io.stdout(`\nArtifact files (${result.artifactFiles.join(', ')}): ${result.artifactDir}\n`);
    if (result.failed)
        io.stderr(`Failed: ${result.failed}\n`);
}


/***/ }),

/***/ 17490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ns: () => (/* binding */ artifactsOf),
  Fd: () => (/* binding */ localJob),
  Ji: () => (/* binding */ openLocalDatabase),
  C3: () => (/* binding */ runJobStages),
  gm: () => (/* binding */ runLocally)
});

// UNUSED EXPORTS: localContext

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/artifacts.ts
var artifacts = __webpack_require__(5825);
;// CONCATENATED MODULE: ./src/runtime/host.ts
/** A host for local runs and tests: everything in memory, lines printed through `print`. */
class MemoryHost {
    inputs;
    env;
    print;
    surface;
    onGitHub = false;
    outputs = new Map();
    state = new Map();
    secrets = [];
    lines = [];
    summary = '';
    failed;
    constructor(inputs, env = {}, print = () => { }, 
    /** 'action' stands in for a runner (tests); the CLI's local run passes 'cli'. */
    surface = 'action') {
        this.inputs = inputs;
        this.env = env;
        this.print = print;
        this.surface = surface;
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
// EXTERNAL MODULE: ./src/db/local-dir.ts
var local_dir = __webpack_require__(9471);
// EXTERNAL MODULE: ./src/db/migrate.ts + 1 modules
var migrate = __webpack_require__(77439);
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
    const text = await (0,retry/* withRetries */.LH)(() => postOnce(url, { method: 'POST', headers, body }, params, scrub), (error) => error instanceof RailwayApiError && error.transient
        ? { retry: true, reason: error.status ? `HTTP ${error.status}` : 'no answer' }
        : { retry: false }, (error, giveUp) => {
        if (!(error instanceof RailwayApiError) || giveUp.attempts <= 1)
            return error;
        const message = `${error.message.replace(/\.$/, '')} (gave up after ${giveUp.attempts} attempts over ${(0,retry/* seconds */.YA)(giveUp.elapsedMs)}${giveUp.note ? `; ${giveUp.note}` : ''}).`;
        return new RailwayApiError(message, error.status, error.transient);
    }, params.retry ?? {}, info => params.log?.(`Railway API: ${info.reason}; retrying in ${(0,retry/* seconds */.YA)(info.delayMs)} (attempt ${info.attempt + 1}).`));
    return deploymentsOf(text, scrub);
}
/** One request: the body's text, or a RailwayApiError that says whether another try may help. */
async function postOnce(url, init, params, scrub) {
    const fetchImpl = params.fetch ?? globalThis.fetch;
    const timeoutMs = params.timeoutMs ?? DEFAULT_RAILWAY_TIMEOUT_MS;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    timer.unref?.();
    try {
        const response = await fetchImpl(url, { ...init, signal: controller.signal });
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
}
/** The deployments of a GraphQL answer, or a RailwayApiError naming what is wrong with it. */
function deploymentsOf(text, scrub) {
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

// EXTERNAL MODULE: ./src/runtime/inputs.ts
var runtime_inputs = __webpack_require__(12291);
// EXTERNAL MODULE: ./src/runtime/stage.ts
var stage = __webpack_require__(31634);
// EXTERNAL MODULE: ./src/modes/run/stages.ts + 1 modules
var stages = __webpack_require__(33041);
// EXTERNAL MODULE: ./src/runtime/interrupt.ts
var interrupt = __webpack_require__(3731);
;// CONCATENATED MODULE: ./src/modes/index.ts
/**
 * Which mode runs, and its three stages. pre and main read the inputs once (a bad input fails the
 * job the same way in every mode); post reads only the mode, since it must not fail the job.
 * The gate and revert-watch are loaded only in their own mode.
 */




/** Only the run and plan modes claim a run, and so only they have work in pre. */
const nothingInPre = async (_deps, inputs) => ({
    status: 'skipped',
    message: `pre does nothing in mode ${inputs.mode}`
});
const MODE_STAGES = {
    run: async () => ({ pre: stages/* runPre */.X0, main: stages/* runMain */.VN, post: stages/* runPost */.a2 }),
    gate: async () => {
        const { gateMainStage, gatePostStage } = await Promise.all(/* import() */[__webpack_require__.e(566), __webpack_require__.e(224)]).then(__webpack_require__.bind(__webpack_require__, 94224));
        return { pre: nothingInPre, main: gateMainStage, post: gatePostStage };
    },
    plan: async () => {
        const { planPre, planMain, planPost } = await __webpack_require__.e(/* import() */ 560).then(__webpack_require__.bind(__webpack_require__, 51560));
        return { pre: planPre, main: planMain, post: planPost };
    },
    propose: async () => {
        // main only: the agent step holds no database and claims nothing.
        const { proposeMain } = await Promise.all(/* import() */[__webpack_require__.e(566), __webpack_require__.e(386), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 73399));
        return {
            pre: nothingInPre,
            main: proposeMain,
            post: async (deps) => {
                deps.host.info('post does nothing in mode propose: main handed over and cleaned up.');
                return { status: 'skipped' };
            }
        };
    },
    close: async () => {
        const { closeMain } = await __webpack_require__.e(/* import() */ 5).then(__webpack_require__.bind(__webpack_require__, 77005));
        return {
            pre: nothingInPre,
            main: closeMain,
            post: async (deps) => {
                deps.host.info('post does nothing in mode close: main closed the run.');
                return { status: 'skipped' };
            }
        };
    },
    'revert-watch': async () => {
        // It claims no run and reports its own failures: post has nothing left to do.
        const { revertWatchStage } = await __webpack_require__.e(/* import() */ 89).then(__webpack_require__.bind(__webpack_require__, 7470));
        return {
            pre: nothingInPre,
            main: revertWatchStage,
            post: async (deps) => {
                deps.host.info('post does nothing in mode revert-watch: it claims no run, and main wrote its summary.');
                return { status: 'skipped' };
            }
        };
    }
};
/** The action's pre step. */
async function preStage(deps) {
    try {
        const inputs = (0,runtime_inputs/* readInputs */.Ko)(deps.host);
        return await (await MODE_STAGES[inputs.mode]()).pre(deps, inputs);
    }
    catch (error) {
        // No failure: a claim already made is in the state, and post closes it as cancelled.
        if (error instanceof interrupt/* Interrupted */.j$) {
            deps.host.notice(`${error.message} Stopped before main.`);
            return { status: 'cancelled', message: error.message };
        }
        const message = (0,stage/* errorLine */.B)(error);
        deps.host.setFailed(message);
        return { status: 'failed', message };
    }
}
/** The action's main step; a mode's main reports its own failures, this only what escapes them. */
async function mainStage(deps) {
    const t0 = deps.now().getTime();
    try {
        const inputs = (0,runtime_inputs/* readInputs */.Ko)(deps.host);
        return await (await MODE_STAGES[inputs.mode]()).main(deps, inputs);
    }
    catch (error) {
        return (0,stages/* mainFailed */.Jo)(deps, error, { t0, actNotes: [] });
    }
}
/** The action's post step: never fails the job for its own problems. */
async function postStage(deps) {
    // Not readInputs: an input main already refused must not fail post too. Any other value is the
    // run mode's, whose post has nothing to finalize without a claimed run.
    const raw = (0,runtime_inputs/* modeName */.Fs)(deps.host);
    const mode = runtime_inputs/* MODES */.FN.includes(raw) ? raw : 'run';
    try {
        return await (await MODE_STAGES[mode]()).post(deps);
    }
    catch (error) {
        deps.host.warning(`post could not finish its work: ${(0,stage/* errorLine */.B)(error)}`);
        return { status: 'failed', message: (0,stage/* errorLine */.B)(error) };
    }
}

// EXTERNAL MODULE: ./src/runtime/state.ts
var state = __webpack_require__(76673);
;// CONCATENATED MODULE: ./src/cli/local-run.ts
/**
 * The action's pre → main → post in one process, for laptops and the CLI: an in-memory runner
 * host, no jitter (not a schedule event), the GitHub gates unavailable, and the artifact files
 * written to a local directory.
 */











/** Where a run's report-path output says its artifact files are, and which of them exist. */
function artifactsOf(outputs) {
    const reportPath = outputs['report-path'] ?? '';
    const artifactDir = reportPath ? (0,external_node_path_.dirname)(reportPath) : '';
    return {
        artifactDir,
        artifactFiles: artifactDir ? artifacts/* ARTIFACT_FILES */.nA.filter(f => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(artifactDir, f))) : []
    };
}
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
/**
 * The host and the deps of one local job: no jitter (not a schedule event), GitHub unreachable, the
 * embedded database allowed, the artifact files under `<cwd>/.self-evolution/artifacts`.
 */
function localJob(opts) {
    const host = new MemoryHost(opts.inputs, opts.env ?? {}, opts.print, 'cli');
    // One connection for the whole job: the embedded database is slow to open and single-session.
    let shared;
    const deps = {
        host,
        ctx: { ...localContext(opts.repository, opts.cwd), ...opts.ctx },
        cwd: opts.cwd,
        now: opts.now,
        random: Math.random,
        sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
        openDatabase: async (url) => {
            if (opts.database)
                return { ...opts.database, close: async () => { } };
            shared ??= await openLocalDatabase(url, opts.cwd);
            return { ...shared, close: async () => { } };
        },
        github: async () => {
            throw new Error('GitHub is not reachable from a local run.');
        },
        railway: railwayPort,
        localArtifactRoot: (0,external_node_path_.join)((0,local_dir/* ensureLocalDir */.T)(opts.cwd), 'artifacts'),
        allowEmbedded: true
    };
    return { host, deps, close: async () => void (await shared?.close()) };
}
/** pre (unless skipped), main unless pre failed or was cancelled, then post: as a runner runs them. */
async function runJobStages(deps, skipPre = false) {
    const pre = skipPre ? undefined : await preStage(deps);
    const main = pre?.status === 'failed' || pre?.status === 'cancelled' ? pre : await mainStage(deps);
    const post = await postStage(deps);
    return { pre, main, post };
}
async function runLocally(opts) {
    const { host, deps, close } = localJob({
        cwd: opts.cwd,
        repository: opts.repository,
        inputs: {
            'database-url': opts.databaseUrl,
            'config-path': opts.configPath,
            'dry-run': opts.forceDryRun ? 'true' : 'false',
            force: String(opts.force),
            proposals: opts.proposals,
            'proposals-sha256': opts.proposalsSha256 ?? '',
            migrate: String(opts.migrate),
            mode: 'run'
        },
        now: opts.now,
        print: opts.print,
        database: opts.database
    });
    const interruption = opts.signals
        ? (0,interrupt/* listenForInterrupts */.vD)(opts.signals, signal => (0,state/* saveInterrupted */.cY)(host, signal))
        : undefined;
    deps.interruption = interruption;
    try {
        const stages = await runJobStages(deps, opts.skipPre);
        const outputs = Object.fromEntries(host.outputs);
        const status = outputs.status || stages.main.status;
        return {
            status: host.failed && status !== 'failed' ? 'failed' : status,
            outputs,
            summary: host.summary,
            failed: host.failed,
            stages,
            ...artifactsOf(outputs),
            interrupted: interruption?.received(),
            runId: claimedRunId(host)
        };
    }
    finally {
        await close();
        interruption?.dispose();
    }
}
function claimedRunId(host) {
    const start = (0,state/* loadStart */.LA)(host);
    return start?.kind === 'claimed' ? start.runId : undefined;
}
/**
 * The run's database. The embedded one is this directory's own, so it is brought up to date on the
 * spot, before anything reads it (even a skip's event); a server is migrated only when asked.
 */
async function openLocalDatabase(url, cwd) {
    const db = await (0,client.openDatabase)({ url: url || undefined, cwd });
    if (db.kind !== 'embedded')
        return db;
    try {
        await (0,migrate/* ensureSchema */.K_)(db.sql, { migrate: true });
    }
    catch (error) {
        await db.close().catch(() => undefined);
        throw error;
    }
    return db;
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

/***/ 53338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ex: () => (/* binding */ FAILING_SKIPS),
  j_: () => (/* binding */ recheckBeforeActing),
  AD: () => (/* binding */ startRun)
});

// UNUSED EXPORTS: PreconditionUnanswered, SKIP_REASONS, describeAge, describeAlreadyRunning, readStartConfig

// EXTERNAL MODULE: ./src/db/migrate.ts + 1 modules
var migrate = __webpack_require__(77439);
// EXTERNAL MODULE: ./src/db/runs.ts
var runs = __webpack_require__(46010);
// EXTERNAL MODULE: ./src/db/flags.ts
var db_flags = __webpack_require__(35157);
// EXTERNAL MODULE: ./src/db/events.ts
var events = __webpack_require__(63725);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/runtime/surface.ts
var surface = __webpack_require__(28067);
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
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/runtime/context.ts
var context = __webpack_require__(60047);
// EXTERNAL MODULE: ./src/github/contents.ts
var contents = __webpack_require__(33113);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(38851);
;// CONCATENATED MODULE: ./src/deploy/deployments.ts
/**
 * The `deployment-active` gate's GitHub source: is a deployment of this repository in progress?
 *
 * The Deployments API has no state filter. So list the deployments created since the look-back
 * start (newest first, paged, stopping at the first older one), and read each one's latest status:
 * the first item of its statuses list. queued, in_progress and pending are active. A deployment
 * with no status yet counts as pending, as GitHub itself reports it: a deployer that posts only
 * final statuses (Railway's app may) leaves exactly that while it deploys.
 *
 * Errors throw; the caller turns them into gate-error.
 */


const ACTIVE_DEPLOYMENT_STATES = ['queued', 'in_progress', 'pending'];
/**
 * Whether a deployment created at `createdAt` lies in the look-back window starting at `sinceMs`.
 * An unreadable date is kept, so the gate errs towards waiting.
 */
function inLookbackWindow(createdAt, sinceMs) {
    const created = Date.parse(createdAt);
    return Number.isNaN(created) || created >= sinceMs;
}
async function findActiveDeployment(gh, params) {
    const { octokit, owner, repo } = (0,client/* resolveTarget */.u1)(gh, params);
    const sinceMs = params.since.getTime();
    if (Number.isNaN(sinceMs))
        throw new Error('findActiveDeployment: `since` is not a valid date.');
    const inWindow = [];
    await octokit.paginate(octokit.rest.repos.listDeployments, { owner, repo, per_page: 100, ...(params.environment ? { environment: params.environment } : {}) }, (response, done) => {
        for (const d of response.data) {
            // GitHub lists newest first: the first older one ends the window.
            if (!inLookbackWindow(d.created_at, sinceMs)) {
                done();
                break;
            }
            inWindow.push({
                id: Number(d.id),
                environment: d.environment,
                ref: d.ref,
                sha: d.sha,
                created_at: d.created_at,
                creator: d.creator
            });
        }
        return [];
    });
    const states = await mapLimited(inWindow, params.concurrency ?? 4, async (d) => {
        const { data } = await octokit.rest.repos.listDeploymentStatuses({
            owner,
            repo,
            deployment_id: d.id,
            per_page: 1
        });
        return data.length
            ? { state: String(data[0].state), noStatus: false }
            : { state: 'pending', noStatus: true };
    });
    const active = [];
    inWindow.forEach((d, i) => {
        const { state, noStatus } = states[i];
        if (!ACTIVE_DEPLOYMENT_STATES.includes(state))
            return;
        active.push({
            id: d.id,
            environment: d.environment,
            ref: d.ref,
            sha: d.sha,
            state,
            noStatus,
            createdAt: d.created_at,
            creator: d.creator?.login ?? null
        });
    });
    const window = `created since ${params.since.toISOString()}`;
    if (!active.length) {
        return {
            active: false,
            detail: `no active deployment among ${inWindow.length} ${window}`,
            checked: inWindow.length
        };
    }
    const first = active[0];
    const more = active.length > 1 ? ` and ${active.length - 1} more` : '';
    const state = first.noStatus ? 'pending (no status yet)' : first.state;
    return {
        active: true,
        detail: `deployment ${first.id} to ${(0,text_escape/* forLog */.Ig)(first.environment, 100)} (ref ${(0,text_escape/* forLog */.Ig)(first.ref, 100)}) ` +
            `is ${state}, created ${first.createdAt}${more}`,
        deployments: active,
        checked: inWindow.length
    };
}
/** Map with at most `limit` calls in flight, keeping the order. */
async function mapLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/github/workflowRuns.ts
/**
 * The `ci-active` gate: is another workflow run of this repository queued or running on the
 * branches that matter?
 *
 * GET /actions/runs takes one status per call, so each of the active statuses is asked for
 * separately, per branch. This run is excluded (its id is the same on every attempt). Runs that
 * started longer ago than the ghost-age limit are ignored: GitHub has runs stuck "in_progress" for
 * days. `workflows` narrows the count to workflows named, by name or by file name.
 *
 * Errors throw; the caller turns them into gate-error.
 */


const ACTIVE_RUN_STATUSES = ['queued', 'in_progress', 'waiting', 'requested', 'pending'];
/** The file name of a workflow path, without a `@ref` suffix: .github/workflows/ci.yml → ci.yml. */
function workflowFileName(path) {
    const bare = String(path).split('@')[0];
    return bare.split('/').pop() ?? bare;
}
/** Does the run belong to one of `workflows` (names, file names or paths)? */
function matchesWorkflow(run, workflows) {
    const file = workflowFileName(run.path);
    const path = String(run.path).split('@')[0];
    return workflows.some(w => {
        const want = w.trim();
        return want !== '' && (want === run.name || want === file || want === path);
    });
}
/**
 * Whether an active-looking run counts as busy CI: not this run, one of `workflows` (when given),
 * and not a ghost (started longer ago than the ghost-age limit). An unreadable date is not a
 * ghost: the gate errs towards waiting.
 */
function classifyActiveRun(run, opts) {
    if (String(run.id) === opts.excluded)
        return 'other';
    if (opts.workflows && !matchesWorkflow(run, opts.workflows))
        return 'other';
    const started = Date.parse(run.run_started_at ?? run.created_at);
    if (!Number.isNaN(started) && opts.nowMs - started > opts.ghostMs)
        return 'ghost';
    return 'busy';
}
async function findActiveWorkflowRun(gh, params) {
    const { octokit, owner, repo } = (0,client/* resolveTarget */.u1)(gh, params);
    const nowMs = params.now.getTime();
    if (Number.isNaN(nowMs))
        throw new Error('findActiveWorkflowRun: `now` is not a valid date.');
    if (!(params.ghostHours > 0))
        throw new Error('findActiveWorkflowRun: `ghostHours` must be a positive number.');
    const ghostMs = params.ghostHours * 3_600_000;
    const excluded = String(params.excludeRunId ?? '');
    const branches = [...new Set(params.branches.map(b => b.trim()).filter(Boolean))];
    const workflows = params.workflows?.length ? params.workflows : undefined;
    let ghosts = 0;
    for (const status of ACTIVE_RUN_STATUSES) {
        for (const branch of branches.length ? branches : [undefined]) {
            let found;
            await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
                owner,
                repo,
                status,
                ...(branch !== undefined ? { branch } : {}),
                exclude_pull_requests: true,
                per_page: 100
            }, (response, done) => {
                for (const run of response.data) {
                    const kind = classifyActiveRun(run, { excluded, workflows, nowMs, ghostMs });
                    if (kind === 'ghost')
                        ghosts++;
                    if (kind !== 'busy')
                        continue;
                    found = run;
                    done();
                    break;
                }
                return [];
            });
            if (found) {
                const run = toActiveRun(found);
                const on = run.branch === null ? '' : ` on ${(0,text_escape/* forLog */.Ig)(run.branch, 100)}`;
                return {
                    active: true,
                    detail: `workflow run ${run.id} (${(0,text_escape/* forLog */.Ig)(run.name, 100)}, ${(0,text_escape/* forLog */.Ig)(workflowFileName(run.path), 100)})` +
                        `${on} is ${(0,text_escape/* forLog */.Ig)(run.status, 40)}, started ${(0,text_escape/* forLog */.Ig)(run.startedAt, 40)}`,
                    run,
                    ghosts
                };
            }
        }
    }
    const where = branches.length ? `on ${branches.map(b => (0,text_escape/* forLog */.Ig)(b, 100)).join(', ')}` : 'on any branch';
    const which = workflows ? ` of ${workflows.map(w => (0,text_escape/* forLog */.Ig)(w, 100)).join(', ')}` : '';
    const ghostNote = ghosts ? `; ${ghosts} older than ${params.ghostHours} h ignored as ghosts` : '';
    return { active: false, detail: `no other active workflow run${which} ${where}${ghostNote}`, ghosts };
}
function toActiveRun(run) {
    return {
        id: Number(run.id),
        name: run.name ?? workflowFileName(run.path),
        path: run.path,
        branch: run.head_branch,
        status: run.status ?? 'unknown',
        event: run.event,
        attempt: run.run_attempt ?? 1,
        startedAt: run.run_started_at ?? run.created_at,
        htmlUrl: run.html_url
    };
}

;// CONCATENATED MODULE: ./src/daily/github-ports.ts



function githubPorts(gh) {
    const repo = { owner: gh.owner, repo: gh.repo };
    let defaultBranch;
    return {
        readFile: (path, ref) => (0,contents.readRepositoryFile)(gh, { ...repo, path, ref }),
        defaultBranch: () => (defaultBranch ??= (0,contents/* getDefaultBranch */.Q)(gh, repo)),
        activeDeployment: since => findActiveDeployment(gh, { ...repo, since }),
        activeWorkflowRun: o => findActiveWorkflowRun(gh, { ...repo, ...o })
    };
}
/**
 * The start's GitHub, or undefined where there is none (a local run). Made on first use, so a run
 * stopped by the kill switch never loads Octokit.
 */
async function startPorts(deps, token) {
    if (!deps.ctx.onGitHub || !deps.ctx.repository)
        return undefined;
    return githubPorts(await deps.github(token, { readOnly: true }));
}

// EXTERNAL MODULE: ./src/runtime/interrupt.ts
var interrupt = __webpack_require__(3731);
;// CONCATENATED MODULE: ./src/daily/precondition-answers.ts

/** How many recent finished runs the preconditions read. */
function outcomesNeeded(config) {
    return Math.max(config.rollbackConfig.maxFailuresBeforeDisable, 1);
}
/**
 * failure-limit: the last maxFailuresBeforeDisable finished runs all failed. Failures before an
 * operator turned the repository back on (`enabledAt`) no longer count.
 */
function failureLimitAnswer(config, outcomes, enabledAt) {
    const limit = config.rollbackConfig.maxFailuresBeforeDisable;
    const counted = enabledAt ? outcomes.filter(o => new Date(o.finishedAt) > enabledAt) : [...outcomes];
    return (0,preconditions/* failureLimitReached */.AM)(counted, limit)
        ? { state: 'fired', detail: `the last ${limit} finished runs all failed` }
        : { state: 'clear', detail: `fewer than ${limit} consecutive failures` };
}
/**
 * cooldown: the last finished run failed less than cooldownHours ago. A re-run attempt of the same
 * workflow run (`ownRunId`) may re-claim its own failure: it is not a reason to cool down.
 */
function cooldownAnswer(config, outcomes, now, ownRunId) {
    const others = outcomes.filter(o => !ownRunId || o.githubRunId !== String(ownRunId));
    const active = (0,preconditions/* inCooldown */.vO)(others, config.rollbackConfig.cooldownHours, now);
    return active.active
        ? { state: 'fired', detail: `the last run failed; cooling down until ${active.until.toISOString()}` }
        : { state: 'clear', detail: 'no recent failure' };
}
/** deployment-active: off, or the start of the window in which deployments are looked for. */
function deploymentQuery(config, now) {
    const { scheduleConfig } = config;
    if (!scheduleConfig.skipDuringDeployments) {
        return { off: { state: 'off', detail: 'scheduleConfig.skipDuringDeployments is false' } };
    }
    return { since: new Date(now.getTime() - scheduleConfig.deploymentLookbackHours * 3_600_000) };
}
/**
 * deployment-active from its sources' answers: Railway's (undefined when not configured) and
 * GitHub's (undefined when GitHub is not available, a local run).
 */
function deploymentAnswer(railway, github) {
    if (railway?.active)
        return { state: 'fired', detail: `Railway: ${railway.detail}` };
    const details = railway ? [`Railway: ${railway.detail}`] : [];
    if (!github) {
        return details.length
            ? { state: 'clear', detail: `${details.join('; ')}; GitHub deployments unavailable locally` }
            : { state: 'unavailable', detail: 'GitHub is not available in a local run' };
    }
    if (github.active)
        return { state: 'fired', detail: github.detail };
    return { state: 'clear', detail: [github.detail, ...details].join('; ') };
}
/** The busy branches (default: the default branch), the busy workflows and the ghost age. */
function busyQuery(config, ctx) {
    const { scheduleConfig } = config;
    return {
        branches: scheduleConfig.busyBranches ?? [ctx.defaultBranch],
        workflows: scheduleConfig.busyWorkflows,
        excludeRunId: ctx.ownRunId,
        now: ctx.now,
        ghostHours: scheduleConfig.ghostRunHours
    };
}
/** ci-active from GitHub's answer (undefined when GitHub is not available, a local run). */
function ciActiveAnswer(github) {
    if (!github)
        return { state: 'unavailable', detail: 'GitHub is not available in a local run' };
    return github.active ? { state: 'fired', detail: github.detail } : { state: 'clear', detail: github.detail };
}

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
        return (0,source/* readConfig */.Xg)({ from: 'disk', root: deps.cwd }, inputs.configPath);
    const ref = deps.ctx.sha || deps.ctx.ref;
    const files = {
        async readFile(path, at) {
            const gh = await github();
            if (!gh)
                throw new Error('GitHub is not reachable from this run, so the config cannot be read.');
            try {
                const text = await gh.readFile(path, at);
                // A token that cannot see the repository also gets a 404: a missing config (the defaults, off)
                // must not hide it, so make sure the repository itself is readable.
                if (text === null)
                    await gh.defaultBranch();
                return text;
            }
            catch (error) {
                throw new PreconditionUnanswered(`reading ${path} at ${at}: ${error.message}`);
            }
        }
    };
    // main standing in for pre (uses: ./) has a checkout: the commit itself answers, no API needed.
    return (0,source/* readConfig */.Xg)({
        from: 'git',
        workspace: deps.ctx.workspace,
        sha: deps.ctx.sha,
        quiet: true,
        otherwise: { from: 'api', files, ref, origin: `${deps.ctx.repository}@${ref.slice(0, 12)}` }
    }, inputs.configPath);
}
/**
 * A precondition (or the config read that precedes them) could not be answered: skip with
 * gate-error, fail the job.
 */
class PreconditionUnanswered extends Error {
    name = 'PreconditionUnanswered';
}
/**
 * The start, in its fixed order: the config, the kill switch, the jitter, the preconditions, the
 * claim. A skip is recorded and returned; a database an enabled system cannot open throws.
 */
async function startRun(deps, inputs) {
    let client;
    const run = {
        deps,
        inputs,
        t0: deps.now().getTime(),
        timings: {},
        preconditions: [],
        github: () => (client ??= startPorts(deps, inputs.githubToken))
    };
    const opening = openInBackground(deps, inputs);
    const read = await readConfigOrSkip(run, opening);
    if ('skip' in read)
        return read.skip;
    const loaded = read.value;
    announceConfig(deps, loaded);
    // 1. Kill switch, part one: the config. Needs no database.
    if (!loaded.config.enabled)
        return skipDisabled(run, loaded, opening);
    const db = await openedDatabase(deps, inputs, opening);
    const connection = { db };
    try {
        return await checkAndClaim(run, loaded, connection, db);
    }
    finally {
        // A failure to close must not lose a claim already made: the state is saved by the caller.
        if (connection.db)
            await connection.db.close().catch(() => undefined);
    }
}
/**
 * The database opens while the config is read: neither needs the other, and the flag-off path is
 * mostly waiting for the two.
 */
function openInBackground(deps, inputs) {
    if (!inputs.databaseUrl && !deps.allowEmbedded)
        return undefined;
    return deps.openDatabase(inputs.databaseUrl).then(db => ({ db }), (error) => ({ error }));
}
async function discardDatabase(opening) {
    const opened = await opening;
    await opened?.db?.close().catch(() => undefined);
}
/** The config, or the gate-error skip when it cannot be read. */
async function readConfigOrSkip(run, opening) {
    try {
        return { value: await readStartConfig(run.deps, run.inputs, run.github) };
    }
    catch (error) {
        if (!(error instanceof PreconditionUnanswered)) {
            await discardDatabase(opening);
            throw error;
        }
        // The database, opened meanwhile, records why (an unreachable one is not waited for twice).
        const opened = await opening;
        try {
            const detail = error.message;
            return { skip: await skipped(run, { reason: 'gate-error', detail, loaded: undefined, db: opened?.db }) };
        }
        finally {
            await opened?.db?.close().catch(() => undefined);
        }
    }
}
function announceConfig(deps, loaded) {
    const { host, ctx } = deps;
    const { config } = loaded;
    host.info(`Config: ${(0,text_escape/* forLog */.Ig)(loaded.origin)}`);
    if (ctx.event === 'schedule' && ctx.schedule && ctx.schedule !== config.scheduleConfig.cronSchedule) {
        host.warning(`This scheduled run fired for "${(0,text_escape/* forLog */.Ig)(ctx.schedule)}", but scheduleConfig.cronSchedule is ` +
            `"${(0,text_escape/* forLog */.Ig)(config.scheduleConfig.cronSchedule)}". The workflow file holds the real schedule; update one of them.`);
    }
}
/** Record the skip where a database is at hand; a disabled system never fails for lack of one. */
async function skipDisabled(run, loaded, opening) {
    const opened = await opening;
    if (opened?.error) {
        run.deps.host.warning(`Could not open the database to record the skip: ${(0,text_escape/* forLog */.Ig)(opened.error.message)}`);
    }
    const db = opened?.db;
    try {
        return await skipped(run, { reason: 'disabled', detail: 'config.enabled is false', loaded, db });
    }
    finally {
        await db?.close();
    }
}
/** An enabled system needs its database: a missing URL or a failed open fails the job. */
async function openedDatabase(deps, inputs, opening) {
    if (!inputs.databaseUrl && !deps.allowEmbedded) {
        throw new Error('Input "database-url" is empty; expected a PostgreSQL connection URL (from a secret).');
    }
    const opened = await opening;
    if (!opened || opened.error !== undefined || !opened.db) {
        await discardDatabase(opening);
        throw opened?.error ?? new Error('The database could not be opened.');
    }
    return opened.db;
}
/** Everything after the config, over the open database: the flags, the jitter, the preconditions, the claim. */
async function checkAndClaim(run, loaded, connection, opened) {
    const { config } = loaded;
    await prepareDatabase(run, config, opened);
    // 1. Kill switch, part two: the flags (global AND per repository).
    const flags = await (0,db_flags/* readKillSwitch */.pG)(opened.sql, run.deps.ctx.repository);
    if (!flags.on)
        return skipped(run, { reason: 'flag-off', detail: describeFlags(flags), loaded, db: opened });
    // 2. Jitter.
    const jittered = await jitter(run, loaded, connection, { db: opened, killSwitch: flags });
    if ('skip' in jittered)
        return jittered.skip;
    const { db, killSwitch } = jittered.value;
    // 3. Preconditions, in their fixed order.
    const verdict = await checkPreconditions(run, config, db, killSwitch);
    if (!verdict.proceed) {
        if (verdict.reason === 'failure-limit')
            await turnRepositoryOff(run, config, db, verdict.detail);
        return skipped(run, { reason: verdict.reason, detail: verdict.detail, loaded, db });
    }
    // 4. Claim the day. The flag is checked again inside the claim's transaction.
    return claimDay(run, loaded, db);
}
/** The schema, then runs left "running" past the stale limit are closed as failed. */
async function prepareDatabase(run, config, db) {
    const { deps, inputs } = run;
    await (0,migrate/* ensureSchema */.K_)(db.sql, { migrate: inputs.migrate, remedy: (0,surface/* migrateAdvice */.UG)(deps.host.surface) });
    const swept = await (0,runs/* sweepStaleRuns */.UY)(db.sql, {
        repository: deps.ctx.repository,
        olderThan: new Date(deps.now().getTime() - config.scheduleConfig.staleRunHours * 3_600_000),
        now: deps.now()
    });
    for (const id of swept)
        deps.host.warning(`Run ${id} was still "running" past the stale limit; marked failed.`);
}
/**
 * The random wait of a scheduled run. The database connection is not held across the sleep, and
 * the flags are read again after it: an operator may have turned the run off meanwhile.
 */
async function jitter(run, loaded, connection, before) {
    const { deps, inputs, timings } = run;
    const { host, ctx } = deps;
    const decision = chooseJitter({
        event: ctx.event,
        force: inputs.force,
        jitterMinutes: inputs.jitterMinutes ?? loaded.config.scheduleConfig.jitterMinutes,
        random: deps.random
    });
    timings.jitterMs = decision.delayMs;
    if (decision.delayMs <= 0) {
        host.info(`Jitter: none (${decision.reason}).`);
        return { value: before };
    }
    const resume = new Date(deps.now().getTime() + decision.delayMs);
    host.info(`Jitter: waiting ${(decision.delayMs / 60_000).toFixed(2)} minutes (${decision.reason}); resuming at ${resume.toISOString()}.`);
    await before.db.close();
    connection.db = undefined;
    await deps.sleep(decision.delayMs);
    const db = (connection.db = await deps.openDatabase(inputs.databaseUrl));
    const killSwitch = await (0,db_flags/* readKillSwitch */.pG)(db.sql, ctx.repository);
    if (!killSwitch.on) {
        const detail = `${describeFlags(killSwitch)} (after jitter)`;
        return { skip: await skipped(run, { reason: 'flag-off', detail, loaded, db }) };
    }
    return { value: { db, killSwitch } };
}
/** Runs the preconditions over the recent outcomes; their records and warnings go on the start. */
async function checkPreconditions(run, config, db, killSwitch) {
    const outcomes = await (0,runs/* recentOutcomes */.Zf)(db.sql, run.deps.ctx.repository, outcomesNeeded(config));
    const c = { ...run, config, killSwitch, outcomes };
    const checks = preconditions/* PRECONDITION_ORDER */.gf.map(name => ({ name, check: () => CHECKS[name](c) }));
    const verdict = await (0,preconditions/* runPreconditions */.vV)(checks, { force: run.inputs.force });
    run.preconditions.push(...verdict.records);
    for (const w of verdict.warnings)
        run.deps.host.warning((0,text_escape/* forLog */.Ig)(w));
    return verdict;
}
/** failure-limit: the last maxFailuresBeforeDisable finished runs all failed. */
async function failureLimit(c) {
    return failureLimitAnswer(c.config, c.outcomes, c.killSwitch.repositoryEnabledAt);
}
/** cooldown: the last finished run failed less than cooldownHours ago. */
async function cooldown(c) {
    return cooldownAnswer(c.config, c.outcomes, c.deps.now(), c.deps.ctx.githubRunId);
}
/** deployment-active: a Railway deployment (when configured) or a GitHub deployment is in progress. */
async function deploymentActive(c) {
    const query = deploymentQuery(c.config, c.deps.now());
    if ('off' in query)
        return query.off;
    const railway = await railwayDeployment(c);
    if (railway?.active)
        return deploymentAnswer(railway, undefined);
    const github = await c.github();
    return deploymentAnswer(railway, github ? await github.activeDeployment(query.since) : undefined);
}
/** Railway's answer, or undefined when no Railway token and project are given. */
async function railwayDeployment(c) {
    const { railway } = c.inputs;
    if (!railway.token || !railway.projectId)
        return undefined;
    return c.deps.railway({
        url: railway.apiUrl,
        token: railway.token,
        projectId: railway.projectId,
        environmentId: railway.environmentId,
        serviceIds: railway.serviceIds
    })();
}
/** ci-active: another workflow run is in progress on the busy branches. */
async function ciActive(c) {
    const { ctx } = c.deps;
    const github = await c.github();
    if (!github)
        return ciActiveAnswer(undefined);
    // The default branch is read only when busyBranches does not name the branches.
    const defaultBranch = c.config.scheduleConfig.busyBranches
        ? ''
        : ctx.defaultBranch || (await github.defaultBranch());
    const query = busyQuery(c.config, { defaultBranch, ownRunId: ctx.githubRunId, now: c.deps.now() });
    return ciActiveAnswer(await github.activeWorkflowRun(query));
}
const CHECKS = {
    'failure-limit': failureLimit,
    cooldown,
    'deployment-active': deploymentActive,
    'ci-active': ciActive
};
/** The failure limit turns the repository's flag off: only an operator turns it back on. */
async function turnRepositoryOff(run, config, db, detail) {
    const { deps } = run;
    const { repository } = deps.ctx;
    await (0,db_flags/* setFlag */.lA)(db.sql, {
        repository,
        value: false,
        by: 'self-evolution',
        reason: `failure-limit: ${detail}`,
        now: deps.now()
    });
    deps.host.warning(`The last ${config.rollbackConfig.maxFailuresBeforeDisable} runs failed, so the flag for ` +
        `${repository || 'this repository'} is now off. An operator turns it back on with ` +
        `"self-evolution flag enable --repository ${repository || 'OWNER/REPO'}".`);
}
/** Claims the UTC day's run for this workflow run; the claim's own flag check may still skip. */
async function claimDay(run, loaded, db) {
    const { deps, inputs, timings } = run;
    const { ctx } = deps;
    const { config } = loaded;
    const dryRun = inputs.forceDryRun || config.dryRunMode;
    // The last point where an interruption leaves nothing to close.
    await (0,interrupt/* checkpoint */.Fn)(deps, 'before-claim');
    const now = deps.now();
    const runDate = (0,context/* utcDate */.HB)(now);
    const claim = await (0,runs/* claimRun */.S6)(db.sql, {
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
            logsUrl: (0,context/* logsUrl */.HM)(ctx),
            // What a later job continuing this run (mode run with run-id) takes from the claim, not from
            // its own inputs: force, the config the start judged, and the mode that claimed.
            force: inputs.force,
            configDigest: loaded.digest,
            mode: inputs.mode,
            jitterMs: timings.jitterMs ?? 0
        }
    });
    if (!claim.claimed) {
        const detail = unclaimedDetail(claim, runDate, deps.now());
        return skipped(run, { reason: claim.reason, detail, loaded, db });
    }
    timings.startMs = deps.now().getTime() - run.t0;
    deps.host.info(`Claimed run ${claim.runId} for ${runDate}${claim.reclaimed ? ' (re-claimed)' : ''}.`);
    return {
        kind: 'claimed',
        runId: claim.runId,
        runDate,
        repository: ctx.repository,
        dryRun,
        configDigest: loaded.digest,
        jitterMs: timings.jitterMs ?? 0,
        gates: run.preconditions,
        timings,
        artifacts: {
            attach: config.telemetry.attachArtifacts,
            retentionDays: inputs.artifactRetentionDays ?? config.telemetry.logRetentionDays
        },
        config: loaded
    };
}
function unclaimedDetail(claim, runDate, now) {
    if (claim.reason === 'flag-off')
        return 'the flag was turned off before the claim';
    if (claim.reason === 'already-running')
        return describeAlreadyRunning({
            runId: claim.existingRunId,
            runDate,
            startedAt: claim.existingStartedAt ?? null,
            now
        });
    return `run ${claim.existingRunId ?? '?'} for ${runDate} has already finished`;
}
/**
 * The already-running skip, naming the way out: which run holds the day, how long ago it started, and
 * the command that closes it (force never re-claims a running run, so it gets the same answer).
 */
function describeAlreadyRunning(o) {
    const id = o.runId ?? '?';
    const age = o.startedAt ? `, started ${describeAge(o.now.getTime() - o.startedAt.getTime())} ago` : '';
    return (`run ${id} for ${o.runDate} is still running${age}; if its process is gone, ` +
        `close it with \`self-evolution runs cancel ${id}\``);
}
/** A duration as "3 h 12 min", "12 min" or "40 s" (a clock behind the database's reads as 0 s). */
function describeAge(ms) {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48)
        return `${hours} h ${minutes % 60} min`;
    return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
/** Ends the start with a skip, recorded as an event where a database is at hand. */
async function skipped(run, s) {
    const { deps, timings } = run;
    const { ctx } = deps;
    timings.startMs = deps.now().getTime() - run.t0;
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
            deps.host.warning(`Could not record the skip event: ${(0,text_escape/* forLog */.Ig)(error.message)}`);
        }
    }
    return {
        kind: 'skipped',
        reason: s.reason,
        detail: s.detail,
        gates: run.preconditions,
        jitterMs: timings.jitterMs ?? 0,
        timings,
        config: s.loaded ?? {
            config: (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 88373))).defaultConfig(),
            text: null,
            origin: 'unread',
            digest: 'none'
        }
    };
}
function describeFlags(ks) {
    const g = ks.global === null ? 'missing (off)' : ks.global ? 'on' : 'off';
    const r = ks.repository === null ? 'missing (on)' : ks.repository ? 'on' : 'off';
    return `global flag ${g}, repository flag ${r}`;
}
/**
 * Before a continued run (mode run with run-id) judges and acts, hours may have passed since the
 * claim: the kill switch (config and flags) and deployment-active are asked again. force (the
 * claim's) bypasses deployment-active as it did at the start; a question that cannot be answered is
 * gate-error.
 */
async function recheckBeforeActing(deps, inputs, o) {
    if (!o.config.enabled)
        return { reason: 'disabled', detail: 'the committed config says "enabled": false' };
    const killSwitch = await (0,db_flags/* readKillSwitch */.pG)(o.db.sql, deps.ctx.repository);
    if (!killSwitch.on)
        return { reason: 'flag-off', detail: describeFlags(killSwitch) };
    let client;
    const c = {
        deps,
        inputs,
        t0: deps.now().getTime(),
        timings: {},
        preconditions: [],
        github: () => (client ??= startPorts(deps, inputs.githubToken)),
        config: o.config,
        killSwitch,
        outcomes: []
    };
    const verdict = await (0,preconditions/* runPreconditions */.vV)([{ name: 'deployment-active', check: () => deploymentActive(c) }], {
        force: o.force
    });
    for (const w of verdict.warnings)
        deps.host.warning((0,text_escape/* forLog */.Ig)(w));
    if (verdict.proceed)
        return undefined;
    return {
        reason: verdict.reason === 'deployment-active' ? 'deployment-active' : 'gate-error',
        detail: verdict.detail
    };
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


/***/ }),

/***/ 33041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wb: () => (/* binding */ announceStart),
  D9: () => (/* binding */ judgeClaimed),
  Jo: () => (/* binding */ mainFailed),
  oV: () => (/* binding */ readClaimedConfig),
  Ab: () => (/* binding */ reportSkip),
  VN: () => (/* binding */ runMain),
  a2: () => (/* binding */ runPost),
  X0: () => (/* binding */ runPre),
  n0: () => (/* binding */ setOutputs),
  A9: () => (/* binding */ skipReport),
  Dj: () => (/* binding */ startInMain)
});

// UNUSED EXPORTS: closingStatus

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var runtime_inputs = __webpack_require__(12291);
// EXTERNAL MODULE: ./src/runtime/state.ts
var state = __webpack_require__(76673);
// EXTERNAL MODULE: ./src/runtime/interrupt.ts
var interrupt = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/db/runs.ts
var runs = __webpack_require__(46010);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var summary = __webpack_require__(56013);
// EXTERNAL MODULE: ./src/runtime/surface.ts
var surface = __webpack_require__(28067);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/report/artifacts.ts
var artifacts = __webpack_require__(5825);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/runtime/context.ts
var context = __webpack_require__(60047);
// EXTERNAL MODULE: ./src/runtime/stage.ts
var stage = __webpack_require__(31634);
// EXTERNAL MODULE: ./src/daily/start.ts + 5 modules
var start = __webpack_require__(53338);
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
    const settled = opts.settled ? (0,report_figures/* settleRun */.lj)(rows, opts.settled) : rows;
    return (0,report_figures/* buildFigures */.cf)(settled, { now: opts.now, window, repository: opts.repository });
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
 * The run mode's three stages. pre: jitter, gates, claim. main: judge and record (and the start
 * itself when pre did not run, as with `uses: ./`). post: finalize the run row and upload the
 * artifact; post never fails the job for its own problems. src/modes/index.ts picks the mode and
 * reads the inputs.
 */















/** pre in run mode; the caller fails the job on a throw. */
async function runPre(deps, inputs) {
    if (inputs.runId !== undefined) {
        const message = `pre does nothing with run-id: the plan job claimed run ${inputs.runId}, and main continues it.`;
        deps.host.info(message);
        return { status: 'skipped', message };
    }
    const outcome = await (0,start/* startRun */.AD)(deps, inputs);
    (0,state/* saveStart */.Al)(deps.host, outcome);
    // The claim is in the state: from here an interruption leaves post a run to close as cancelled.
    if (outcome.kind === 'claimed')
        await (0,interrupt/* checkpoint */.Fn)(deps, 'after-claim');
    if (outcome.kind === 'skipped' && start/* FAILING_SKIPS */.Ex.has(outcome.reason)) {
        // The job stops here (main does not run after a failed pre), so pre explains itself.
        await (0,summary/* publishReport */.S3)(deps.host, skipReport(deps, outcome));
        setOutputs(deps, {
            status: 'skipped',
            skipReason: outcome.reason,
            allowed: 0,
            blocked: 0,
            reportPath: ''
        });
    }
    return announceStart(deps, outcome, true);
}
/**
 * The start's outcome as a stage result; `announce`: say it (a notice, or the failure), which only the
 * stage that decided does, so a skip pre decided is not said again by main.
 */
function announceStart(deps, s, announce) {
    if (s.kind === 'claimed')
        return { status: 'success' };
    const advice = adviceFor(deps, s);
    const line = `Skipped: ${s.reason} (${(0,text_escape/* forLog */.Ig)(s.detail)})${advice ? `. ${(0,text_escape/* forLog */.Ig)(advice, 1000)}` : ''}`;
    if (start/* FAILING_SKIPS */.Ex.has(s.reason)) {
        if (announce)
            deps.host.setFailed(line);
        return { status: 'failed', message: line };
    }
    if (announce)
        deps.host.notice(line);
    return { status: 'skipped', message: line };
}
/** What to do after this skip, in the words of the interface in use. */
function adviceFor(deps, s) {
    return (0,surface/* skipAdvice */.oo)(deps.host.surface, s.reason, {
        configPath: deps.host.getInput('config-path') || schema/* DEFAULT_CONFIG_PATH */.Bi,
        repository: deps.ctx.repository
    });
}
function skipReport(deps, s) {
    return {
        status: 'skipped',
        repository: deps.ctx.repository,
        skipReason: s.reason,
        detail: s.detail,
        advice: adviceFor(deps, s),
        gates: s.gates,
        verdicts: []
    };
}
function setOutputs(deps, o) {
    deps.host.setOutput('run-id', o.runId ? String(o.runId) : '');
    deps.host.setOutput('status', o.status);
    deps.host.setOutput('skip-reason', o.skipReason ?? '');
    deps.host.setOutput('proposals-allowed', String(o.allowed));
    deps.host.setOutput('proposals-blocked', String(o.blocked));
    deps.host.setOutput('report-path', o.reportPath);
}
/** main in run mode: reports its own failures. */
async function runMain(deps, inputs) {
    const progress = { t0: deps.now().getTime(), actNotes: [] };
    try {
        if (inputs.runId !== undefined) {
            const { continueClaimed } = await __webpack_require__.e(/* import() */ 1).then(__webpack_require__.bind(__webpack_require__, 92001));
            return await continueClaimed(deps, inputs, progress);
        }
        const fromPre = (0,state/* loadStart */.LA)(deps.host);
        const start = (progress.start = fromPre ?? (await startInMain(deps, inputs, progress)));
        if (start.kind === 'skipped')
            return await reportSkip(deps, start, !fromPre);
        return await judgeClaimed(deps, inputs, start, progress);
    }
    catch (error) {
        return mainFailed(deps, error, progress);
    }
}
/** The start itself, when pre did not run. */
async function startInMain(deps, inputs, progress) {
    deps.host.info('No state from pre (it does not run for `uses: ./`); main performs the start itself.');
    const outcome = await (0,start/* startRun */.AD)(deps, inputs);
    (0,state/* saveStart */.Al)(deps.host, outcome);
    // Known before the checkpoint: an interruption there still names the run it claimed.
    progress.start = outcome;
    if (outcome.kind === 'claimed')
        await (0,interrupt/* checkpoint */.Fn)(deps, 'after-claim');
    return outcome;
}
async function reportSkip(deps, start, announce) {
    const dir = (0,stage/* reportDir */.E)(deps, `self-evolution-skipped-${deps.ctx.githubRunId || 'local'}`);
    const report = await (0,summary/* publishReport */.S3)(deps.host, skipReport(deps, start));
    await (0,artifacts/* writeRunFiles */.ak)(dir, { 'report.md': report });
    const reportPath = (0,external_node_path_.join)(dir, 'report.md');
    setOutputs(deps, { status: 'skipped', skipReason: start.reason, allowed: 0, blocked: 0, reportPath });
    (0,state/* saveMain */.fF)(deps.host, {
        completed: true,
        counts: { allowed: 0, blocked: 0, total: 0 },
        reportDir: dir,
        failure: '',
        timings: start.timings
    });
    return announceStart(deps, start, announce);
}
/**
 * The committed config, as the claim judged it: a config that changed since the start (another
 * commit, an edited file) is refused, never used to `verb` the run.
 */
async function readClaimedConfig(deps, inputs, claimed, verb) {
    const committed = await (0,source/* readCommittedConfig */.bW)(deps, inputs);
    if (committed.digest !== claimed.configDigest) {
        throw new Error(`The committed config main read (${(0,text_escape/* forLog */.Ig)(committed.origin)}) differs from the one the start judged; refusing to ${verb} with a config that changed mid-run.`);
    }
    return committed;
}
/** `committed`: the config this job already read and checked (a continued run reads it first). */
async function judgeClaimed(deps, inputs, claimed, progress, committed) {
    committed ??= await readClaimedConfig(deps, inputs, claimed, 'judge');
    // The policy engine is loaded only for a claimed run: a skip never pays for it.
    const { describePatchJudgement, loadProposals } = await Promise.all(/* import() */[__webpack_require__.e(566), __webpack_require__.e(386), __webpack_require__.e(366)]).then(__webpack_require__.bind(__webpack_require__, 59366));
    const loaded = await loadProposals(inputs, deps.ctx.workspace, committed.text, inputs.configPath, {
        onGitHub: deps.ctx.onGitHub,
        surface: deps.host.surface
    });
    // Which reader judged the patches goes to the log and the report.
    const readerNote = loaded.judgement && loaded.proposals.some(p => p.patch !== undefined)
        ? describePatchJudgement(loaded.judgement)
        : undefined;
    if (readerNote)
        deps.host.info((0,text_escape/* forLog */.Ig)(readerNote));
    const judged = { ...(await judgeAndAct(deps, inputs, claimed, committed, loaded, progress)), readerNote };
    for (const note of judged.acted?.notes ?? [])
        deps.host.info((0,text_escape/* forLog */.Ig)(note));
    if (judged.acted?.failure)
        throw new Error(judged.acted.failure);
    return await reportSuccess(deps, claimed, judged, progress.t0);
}
/** Judge, record and act on one connection; then the trend for the summary. */
async function judgeAndAct(deps, inputs, claimed, committed, loaded, progress) {
    const { judgeAndRecord } = await Promise.all(/* import() */[__webpack_require__.e(566), __webpack_require__.e(386), __webpack_require__.e(366)]).then(__webpack_require__.bind(__webpack_require__, 59366));
    const db = await deps.openDatabase(inputs.databaseUrl);
    try {
        // What the agent step spent, whatever the verdict: the observatory's cost per day reads it.
        if (loaded.agent)
            await (0,runs/* recordAgent */.Pz)(db.sql, claimed.runId, loaded.agent);
        const config = committed.config;
        // Live runs act on allowed proposals (act/); the dry-run path loads only the pure planner.
        const actor = claimed.dryRun
            ? undefined
            : await (await Promise.all(/* import() */[__webpack_require__.e(566), __webpack_require__.e(670)]).then(__webpack_require__.bind(__webpack_require__, 40670))).prepareActor(deps, { sql: db.sql, config, inputs, claimed });
        const judgement = await judgeAndRecord({
            db,
            config,
            configPath: inputs.configPath,
            runId: claimed.runId,
            repository: claimed.repository,
            runDate: claimed.runDate,
            dryRun: claimed.dryRun,
            loaded,
            // A dry run records why nothing acts too, from the pure planner alone.
            planActions: actor ? actor.plan : (await __webpack_require__.e(/* import() */ 338).then(__webpack_require__.bind(__webpack_require__, 60338))).dryRunPlanner(),
            // An interruption here rolls the whole record back.
            beforeCommit: () => (0,interrupt/* checkpoint */.Fn)(deps, 'recording')
        });
        // Nothing is written to GitHub after an interruption.
        await (0,interrupt/* checkpoint */.Fn)(deps, 'before-act');
        const acted = actor ? await actor.execute(judgement.proposals) : undefined;
        progress.actNotes = acted?.notes ?? [];
        return { judgement, acted, trend: await trendOf(deps, db.sql, claimed) };
    }
    finally {
        await db.close();
    }
}
/**
 * The last 14 days for the job summary: one more query on this connection, never fatal. The summary
 * reports this run as succeeded, so its day shows it so too (post closes the row later).
 */
function trendOf(deps, sql, claimed) {
    return summaryTrend(sql, deps.host, {
        repository: claimed.repository,
        now: deps.now(),
        settled: { runDate: claimed.runDate, status: 'success' }
    });
}
async function reportSuccess(deps, claimed, judged, t0) {
    const { host } = deps;
    const name = (0,artifacts/* artifactName */.Cs)(claimed.runDate, claimed.runId);
    const dir = (0,stage/* reportDir */.E)(deps, name);
    const reportPath = (0,external_node_path_.join)(dir, 'report.md');
    const proposals = judged.judgement.proposals;
    const verdicts = proposals.map(p => p.verdict);
    const allowed = verdicts.filter(v => v.allowed).length;
    const blocked = verdicts.length - allowed;
    (0,summary/* annotate */.fz)(host, verdicts);
    const report = await (0,summary/* publishReport */.S3)(host, successReport(deps, claimed, judged, verdicts), name);
    await (0,artifacts/* writeRunFiles */.ak)(dir, {
        'report.md': report,
        'proposals.json': proposalsJson(claimed, judged.judgement)
    });
    setOutputs(deps, { runId: claimed.runId, status: 'success', allowed, blocked, reportPath });
    host.info(`Judged ${verdicts.length} proposal(s): ${allowed} allowed, ${blocked} blocked${claimed.dryRun ? ' (dry run)' : ''}.`);
    (0,state/* saveMain */.fF)(host, {
        completed: true,
        counts: { allowed, blocked, total: verdicts.length },
        reportDir: dir,
        failure: '',
        timings: { ...claimed.timings, mainMs: deps.now().getTime() - t0 }
    });
    return { status: 'success' };
}
function successReport(deps, claimed, judged, verdicts) {
    const flipped = judged.judgement.flippedByDatabase;
    return {
        status: 'success',
        runId: claimed.runId,
        runDate: claimed.runDate,
        repository: claimed.repository,
        dryRun: claimed.dryRun,
        gates: claimed.gates,
        verdicts,
        jitterMs: claimed.jitterMs,
        logsUrl: (0,context/* logsUrl */.HM)(deps.ctx),
        trend: judged.trend,
        notes: [
            ...(judged.readerNote ? [judged.readerNote] : []),
            ...(flipped
                ? [`${flipped} wildcard proposal(s) were refused by the database: one wildcard a day.`]
                : []),
            ...(judged.acted?.notes ?? [])
        ]
    };
}
/** proposals.json: the verdicts, and the ids they were recorded under (none when not stored). */
function proposalsJson(claimed, judgement) {
    const proposals = judgement.proposals;
    const body = {
        runId: claimed.runId,
        runDate: claimed.runDate,
        proposals: proposals.map(p => (p.reader ? { ...p.verdict, reader: p.reader } : p.verdict)),
        proposalIds: proposals.flatMap(p => (p.proposalId === undefined ? [] : [p.proposalId]))
    };
    return JSON.stringify(body, null, 2) + '\n';
}
/**
 * main's failure: a failed run needs its report most, so a claimed run gets one and the artifact
 * and report-path are true. Also the failure when the inputs cannot be read, in every mode.
 */
async function mainFailed(deps, error, progress) {
    if (error instanceof interrupt/* Interrupted */.j$)
        return mainInterrupted(deps, error, progress);
    const { host } = deps;
    const message = (0,stage/* errorLine */.B)(error);
    const start = progress.start;
    const claimed = start?.kind === 'claimed' ? start : undefined;
    const reportPath = claimed ? await writeFailureReport(deps, claimed, message, progress.actNotes) : '';
    (0,state/* saveMain */.fF)(host, {
        completed: false,
        counts: { allowed: 0, blocked: 0, total: 0 },
        reportDir: reportPath ? (0,external_node_path_.join)(reportPath, '..') : '',
        failure: message,
        timings: { ...(start?.timings ?? {}), mainMs: deps.now().getTime() - progress.t0 }
    });
    setOutputs(deps, { runId: claimed?.runId, status: 'failed', allowed: 0, blocked: 0, reportPath });
    host.setFailed(message);
    return { status: 'failed', message };
}
/**
 * main stopped at a checkpoint after a signal: no failure. The signal is already in the state (the
 * handler saved it), so post closes a claimed run as cancelled; main only hands over and stops.
 */
function mainInterrupted(deps, error, progress) {
    const start = progress.start;
    const claimed = start?.kind === 'claimed' ? start : undefined;
    (0,state/* saveMain */.fF)(deps.host, {
        completed: false,
        counts: { allowed: 0, blocked: 0, total: 0 },
        reportDir: '',
        failure: '',
        timings: { ...(start?.timings ?? {}), mainMs: deps.now().getTime() - progress.t0 }
    });
    setOutputs(deps, { runId: claimed?.runId, status: 'cancelled', allowed: 0, blocked: 0, reportPath: '' });
    const line = claimed
        ? `${error.message} Stopped before finishing run ${claimed.runId}; post closes it as cancelled.`
        : `${error.message} Stopped before any run was claimed.`;
    deps.host.notice(line);
    return { status: 'cancelled', message: line };
}
/** The failure report's path, or '' when even that could not be written. */
async function writeFailureReport(deps, claimed, message, notes) {
    try {
        const dir = (0,stage/* reportDir */.E)(deps, (0,artifacts/* artifactName */.Cs)(claimed.runDate, claimed.runId));
        const report = await (0,summary/* publishReport */.S3)(deps.host, {
            status: 'failed',
            runId: claimed.runId,
            runDate: claimed.runDate,
            repository: claimed.repository,
            dryRun: claimed.dryRun,
            detail: message,
            gates: claimed.gates,
            verdicts: [],
            logsUrl: (0,context/* logsUrl */.HM)(deps.ctx),
            notes
        });
        await (0,artifacts/* writeRunFiles */.ak)(dir, { 'report.md': report });
        return (0,external_node_path_.join)(dir, 'report.md');
    }
    catch (writeError) {
        deps.host.warning(`Could not write the failure report: ${(0,stage/* errorLine */.B)(writeError)}`);
        return '';
    }
}
/** post in run mode: finalize the run row and upload the artifact; never fails the job. */
async function runPost(deps) {
    const { host } = deps;
    const t0 = deps.now().getTime();
    try {
        const start = (0,state/* loadStart */.LA)(host);
        if (!start || start.kind === 'skipped') {
            host.info(start
                ? `Nothing to finalize: the run was skipped (${start.reason}).`
                : 'Nothing to finalize: no run was claimed.');
            return { status: 'skipped' };
        }
        const inputs = (0,runtime_inputs/* readInputs */.Ko)(host);
        const main = (0,state/* loadMain */.cd)(host);
        const interrupted = (0,state/* loadInterrupted */.Tt)(host);
        const status = closingStatus(main, interrupted);
        const name = (0,artifacts/* artifactName */.Cs)(start.runDate, start.runId);
        const dir = main.reportDir || (0,stage/* reportDir */.E)(deps, name);
        const runJson = await finalizeRun(deps, inputs, { start, main, dir, t0, interrupted, status });
        await (0,artifacts/* writeRunFiles */.ak)(dir, { 'run.json': runJson });
        if (!start.artifacts.attach) {
            host.info(`telemetry.attachArtifacts is off: the files stay in ${dir}.`);
            return { status };
        }
        await uploadArtifact(deps, start, main, name, dir);
        return { status };
    }
    catch (error) {
        host.warning(`post could not finish its work: ${(0,stage/* errorLine */.B)(error)}`);
        return { status: 'failed', message: (0,stage/* errorLine */.B)(error) };
    }
}
/**
 * How post closes a claimed run: success when main completed, failed when it reported a failure or
 * never finished, and cancelled when it did not finish because this job's own process received a
 * signal (a cancelled job, Ctrl-C). Nothing else is cancelled.
 */
function closingStatus(main, interrupted) {
    if (main.completed && !main.failure)
        return 'success';
    if (main.stopped && !main.failure)
        return 'cancelled';
    return !main.failure && interrupted ? 'cancelled' : 'failed';
}
/** The run row's one-line summary, from what main saved. */
function postSummary(start, main, interrupted, status) {
    if (main.stopped && !main.failure && !main.completed)
        return `Stopped before judging and acting: ${main.stopped}`.slice(0, 1000);
    if (status === 'cancelled')
        return `Cancelled: the run received ${interrupted} before it finished; what it had not committed was not recorded.`;
    if (main.completed && !main.failure)
        return `Judged ${main.counts.total} proposal(s): ${main.counts.allowed} allowed, ${main.counts.blocked} blocked${start.dryRun ? ' (dry run)' : ''}.`;
    return main.failure
        ? `Failed: ${main.failure}`.slice(0, 1000)
        : 'Failed: main did not complete (it crashed, was cancelled, or never ran).';
}
/** Close the run row and write the observatory's page; returns run.json's text. */
async function finalizeRun(deps, inputs, { start, main, dir, t0, interrupted, status }) {
    const { host } = deps;
    const summary = postSummary(start, main, interrupted, status);
    if (status === 'cancelled' && !main.stopped) {
        await (0,interrupt/* checkpoint */.Fn)(deps, 'cancelling');
        host.setOutput('status', 'cancelled');
    }
    const db = await deps.openDatabase(inputs.databaseUrl);
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
        // The observatory's page for the artifact: one more query, never fatal.
        if (start.artifacts.attach) {
            await writeHtmlReport(db.sql, host, { repository: start.repository, now: deps.now(), dir });
        }
        return JSON.stringify(run ?? { id: start.runId, status, summary }, null, 2) + '\n';
    }
    finally {
        await db.close();
    }
}
async function uploadArtifact(deps, start, main, name, dir) {
    const { host } = deps;
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
        host.warning(`Could not upload the artifact ${name}: ${(0,stage/* errorLine */.B)(error)}. The files are in ${dir}.`);
    }
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
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 690).then(__webpack_require__.bind(__webpack_require__, 35690));
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
  S3: () => (/* binding */ publishReport),
  _9: () => (/* binding */ summaryFor)
});

// UNUSED EXPORTS: MAX_ERROR_ANNOTATIONS, SUMMARY_LIMIT, renderReport

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
    cancelled: '🟧',
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
/** The look back; a terminal gets the strip and the totals, not the Mermaid source. */
function renderTrend(f, target = 'markdown') {
    const days = f.calendar.length;
    const out = [`### The last ${days} days`, ''];
    const strip = f.calendar.map(d => SQUARES[d.state] ?? SQUARES.none).join('');
    const used = figures/* DAY_STATES */.K_.filter(s => f.totals.daysByState[s] > 0);
    out.push(`Runs, oldest day first: ${strip}`, '', used.map(s => `${SQUARES[s]} ${figures/* DAY_STATE_LABELS */.Bj[s]} ${f.totals.daysByState[s]}`).join(' · '), '');
    // The agent's cost, when an agent step recorded one: our own numbers and words only.
    if (f.totals.agentRuns > 0) {
        const cost = (0,figures/* describeCost */.P9)(f);
        out.push(target === 'terminal' ? cost : (0,text_escape/* forMarkdown */.Bm)(cost, 600), '');
    }
    if (target === 'terminal') {
        out.push(`${f.totals.allowed} allowed, ${f.totals.blocked} blocked in ${days} days.`, '');
        return out.join('\n');
    }
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


/** The declared risk, and the effective one when a floor raised it: `0 → 2`. */
function riskCell(v) {
    const e = v.effectiveRisk;
    return typeof e === 'number' && Number.isInteger(e) && e !== v.riskLevel
        ? `${v.riskLevel} → ${e}`
        : `${v.riskLevel}`;
}
/** GitHub refuses step summaries over 1 MiB; stay well below. */
const SUMMARY_LIMIT = 1_000_000;
const MAX_ERROR_ANNOTATIONS = 10;
/**
 * The report as Markdown (the job summary, report.md) or as plain text for a terminal (the CLI).
 * The same sections either way; only the escaping and the Markdown-only pieces differ.
 */
function renderReport(r, target = 'markdown') {
    const t = (0,text_escape/* rendererFor */.L3)(target);
    const out = [];
    const title = r.status === 'skipped'
        ? `Skipped: ${r.skipReason}`
        : r.status === 'success'
            ? `Run ${r.runId} succeeded`
            : `Run ${r.runId ?? ''} failed`;
    out.push(`## Self-evolution: ${target === 'terminal' ? (0,text_escape/* forTerminal */.Qf)(title) : title}`, '');
    out.push(...factsTable(r, t), '');
    for (const note of r.notes ?? [])
        out.push(`> ${t.inline(note, 1000)}`, '');
    if (r.gates.length) {
        out.push('### Gates', '', '| Gate | Result | Detail |', '|---|---|---|');
        for (const g of r.gates)
            out.push(`| ${t.inline(g.name)} | ${t.inline(g.result)} | ${t.inline(g.detail, 500)} |`);
        out.push('');
    }
    // Before the proposals: a summary cut for length loses proposal rows, never half a chart.
    if (r.trend)
        out.push(renderTrend(r.trend, target));
    if (r.status !== 'skipped')
        out.push(...proposalSections(r.verdicts, target));
    return out.join('\n');
}
function factsTable(r, t) {
    const facts = [
        ['Repository', r.repository ? t.code(r.repository) : '(local)'],
        ['Status', r.status]
    ];
    if (r.runId)
        facts.push(['Run', `${r.runId} (${r.runDate})`]);
    if (r.dryRun !== undefined)
        facts.push(['Mode', r.dryRun ? 'dry run: nothing is written to GitHub' : 'live']);
    if (r.skipReason)
        facts.push(['Skip reason', t.code(r.skipReason)]);
    if (r.detail)
        facts.push(['Detail', t.inline(r.detail, 1000)]);
    if (r.advice)
        facts.push(['What to do', t.inline(r.advice, 1000)]);
    if (r.jitterMs)
        facts.push(['Jitter', `${(r.jitterMs / 60_000).toFixed(2)} min`]);
    if (r.logsUrl)
        facts.push(['Logs', t.inline(r.logsUrl, 300)]);
    return ['| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${v} |`)];
}
function proposalSections(verdicts, target) {
    const t = (0,text_escape/* rendererFor */.L3)(target);
    const out = [];
    const allowed = verdicts.filter(v => v.allowed).length;
    out.push(`### Proposals: ${allowed} allowed, ${verdicts.length - allowed} blocked`, '');
    if (!verdicts.length)
        return [...out, 'No proposals in this run.', ''];
    out.push('| # | Title | Type | Risk | Files | Lines | Source | Verdict |', '|---|---|---|---|---|---|---|---|');
    const blocked = (n) => (target === 'terminal' ? `blocked (${n})` : `**blocked** (${n})`);
    verdicts.forEach((v, i) => {
        out.push(`| ${i + 1} | ${t.inline(v.title, text_escape/* LIMITS */.b1.title)} | ${t.inline(v.type, 20)} | ${riskCell(v)} | ` +
            `${v.stats.files} | ${v.stats.linesChanged} | ${t.inline(v.source ?? '', 10)} | ` +
            `${v.allowed ? 'allowed' : blocked(v.violations.length)} |`);
    });
    out.push('');
    const violations = verdicts.flatMap((v, i) => v.violations.map(x => ({ i, ...x })));
    if (violations.length) {
        out.push('### Violations', '', '| # | Rule | Path | Message |', '|---|---|---|---|');
        for (const x of violations) {
            out.push(`| ${x.i + 1} | ${t.code(x.rule, 40)} | ${x.path ? t.code(x.path) : ''} | ${t.inline(x.message)} |`);
        }
        out.push('');
    }
    return out;
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
/**
 * The report where the host shows it (a job summary on a runner, plain text in the CLI's terminal);
 * returns the Markdown report for report.md.
 */
async function publishReport(host, r, artifactName) {
    const markdown = renderReport(r);
    await host.writeSummary(host.surface === 'cli' ? renderReport(r, 'terminal') : summaryFor(markdown, artifactName));
    return markdown;
}
/**
 * Error annotations, one per violation (on its file when it has a path): the first 9, then one saying
 * how many more are in the report. Returns how many violations there are.
 */
function annotate(host, verdicts) {
    const all = verdicts.flatMap(v => v.violations.map(x => ({ ...x, title: v.title })));
    const shown = all.length > MAX_ERROR_ANNOTATIONS ? MAX_ERROR_ANNOTATIONS - 1 : all.length;
    for (const x of all.slice(0, shown)) {
        host.error(`${x.rule}: ${(0,text_escape/* forAnnotation */.Jc)(x.message)} (proposal: ${(0,text_escape/* forAnnotation */.Jc)(x.title, 120)})`, x.path
            ? { file: (0,text_escape/* forAnnotation */.Jc)(x.path, text_escape/* LIMITS */.b1.path), title: `self-evolution ${x.rule}` }
            : { title: `self-evolution ${x.rule}` });
    }
    if (all.length > shown) {
        host.error(`${all.length - shown} more violations are listed in the job summary and report.md.`);
    }
    return all.length;
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


/***/ }),

/***/ 12291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   Fs: () => (/* binding */ modeName),
/* harmony export */   Ko: () => (/* binding */ readInputs)
/* harmony export */ });
/* unused harmony exports JOB_RESULTS, SCOPES, GATE_SOURCES, FIXED_MODE_VARIABLE, readMode, passwordOf */
/* harmony import */ var _surface_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28067);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90131);


const MODES = ['run', 'gate', 'revert-watch', 'plan', 'propose', 'close'];
/** What GitHub reports as a job's result (`needs.<job>.result`). */
const JOB_RESULTS = ['success', 'failure', 'cancelled', 'skipped'];
const SCOPES = ['agent', 'all'];
const GATE_SOURCES = ['api', 'git'];
/**
 * The variable a per-mode action's entry file (gate/main.mjs, revert-watch/main.mjs) sets before it
 * loads the shared bundle, so the mode is the action's and no input can change it. A node action
 * cannot find its own action.yml otherwise: GitHub documents GITHUB_ACTION_PATH for composite actions
 * only (https://docs.github.com/actions/reference/workflows-and-actions/variables).
 */
const FIXED_MODE_VARIABLE = 'SELF_EVOLUTION_MODE';
function bool(host, name, fallback) {
    const raw = host.getInput(name);
    if (raw === '')
        return fallback;
    const v = raw.toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new Error(`${(0,_surface_js__WEBPACK_IMPORTED_MODULE_0__/* .inputLabel */ .NB)(host.surface, name)} is "${clip(raw)}"; expected "true" or "false".`);
}
function optionalInt(host, name, min, max) {
    const raw = host.getInput(name);
    if (raw === '')
        return undefined;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw new Error(`${(0,_surface_js__WEBPACK_IMPORTED_MODULE_0__/* .inputLabel */ .NB)(host.surface, name)} is "${clip(raw)}"; expected an integer from ${min} to ${max}, or empty.`);
    }
    return Number(raw);
}
/** One of `allowed`, or an error naming the input, its value and the choices. */
function oneOf(host, name, allowed, fallback) {
    const raw = host.getInput(name) || fallback;
    if (!allowed.includes(raw)) {
        throw new Error(`${(0,_surface_js__WEBPACK_IMPORTED_MODULE_0__/* .inputLabel */ .NB)(host.surface, name)} is "${clip(raw)}"; expected one of: ${allowed.join(', ')}.`);
    }
    return raw;
}
/** An input's value for a sentence: control characters as spaces, at most 80 characters. */
function clip(value) {
    const flat = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
    return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
function list(host, name) {
    return host
        .getInput(name)
        .split(',')
        .map(s => s.trim())
        .filter(Boolean);
}
/**
 * The mode as named, not yet checked: the one a per-mode action fixed, else the `mode` input (the
 * root action's), else run.
 */
function modeName(host) {
    return host.env[FIXED_MODE_VARIABLE] || host.getInput('mode') || 'run';
}
function readMode(host) {
    const fixed = host.env[FIXED_MODE_VARIABLE];
    const name = modeName(host);
    if (!MODES.includes(name)) {
        const what = fixed ? FIXED_MODE_VARIABLE : 'Input "mode"';
        throw new Error(`${what} is "${clip(name)}"; expected one of: ${MODES.join(', ')}.`);
    }
    return name;
}
/** The secrets, each masked the moment it is read, before anything else can print it. */
function readSecrets(host) {
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
    const checksToken = host.getInput('checks-token');
    host.setSecret(checksToken);
    return { databaseUrl, railwayToken, githubToken, writeToken, checksToken };
}
function readConfigPath(host) {
    const configPath = host.getInput('config-path') || _config_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG_PATH */ .Bi;
    if (configPath.startsWith('/') || configPath.split('/').some(s => s === '..' || s === '.' || s === '')) {
        throw new Error(`${(0,_surface_js__WEBPACK_IMPORTED_MODULE_0__/* .inputLabel */ .NB)(host.surface, 'config-path')} is "${clip(configPath)}"; expected a relative path inside the repository.`);
    }
    return configPath;
}
function readProposalsSha256(host) {
    const sha = host.getInput('proposals-sha256').toLowerCase();
    if (sha !== '' && !/^[0-9a-f]{64}$/.test(sha)) {
        throw new Error(`${(0,_surface_js__WEBPACK_IMPORTED_MODULE_0__/* .inputLabel */ .NB)(host.surface, 'proposals-sha256')} is "${clip(sha)}"; expected 64 hexadecimal characters, or empty.`);
    }
    return sha;
}
function readRailway(host, token) {
    const apiUrl = host.getInput('railway-api-url') || 'https://backboard.railway.app/graphql/v2';
    if (!/^https?:\/\/[^\s]+$/.test(apiUrl)) {
        throw new Error(`Input "railway-api-url" is "${clip(apiUrl)}"; expected an http(s) URL.`);
    }
    const projectId = host.getInput('railway-project-id');
    if (token !== '' && projectId === '') {
        throw new Error('Input "railway-project-id" is empty; expected a Railway project id when railway-token is set.');
    }
    if (projectId !== '' && token === '') {
        throw new Error('Input "railway-token" is empty; expected a Railway API token when railway-project-id is set.');
    }
    return {
        token,
        projectId,
        environmentId: host.getInput('railway-environment-id'),
        serviceIds: list(host, 'railway-service-ids'),
        apiUrl
    };
}
/** Whose pull requests the gate judges, and where it reads them. */
function readGateScope(host) {
    const scope = oneOf(host, 'scope', SCOPES, 'agent');
    const agentLogins = list(host, 'agent-logins');
    const badLogin = agentLogins.find(l => !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(l));
    if (badLogin !== undefined) {
        throw new Error(`Input "agent-logins" holds "${clip(badLogin)}"; expected comma-separated GitHub logins such as "my-agent[bot]".`);
    }
    const gateSource = oneOf(host, 'gate-source', GATE_SOURCES, 'api');
    return { scope, agentLogins: agentLogins.map(l => l.toLowerCase()), gateSource };
}
/** The run-id input: a positive integer, or empty. */
function readRunId(host) {
    const raw = host.getInput('run-id');
    if (raw === '')
        return undefined;
    if (!/^[1-9]\d{0,15}$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
        throw new Error(`${(0,_surface_js__WEBPACK_IMPORTED_MODULE_0__/* .inputLabel */ .NB)(host.surface, 'run-id')} is "${clip(raw)}"; expected the positive integer the plan step's run-id output holds, or empty.`);
    }
    return Number(raw);
}
function readAgentResult(host) {
    const raw = host.getInput('agent-result');
    if (raw === '')
        return '';
    if (!JOB_RESULTS.includes(raw)) {
        throw new Error(`${(0,_surface_js__WEBPACK_IMPORTED_MODULE_0__/* .inputLabel */ .NB)(host.surface, 'agent-result')} is "${clip(raw)}"; expected the propose job's result: one of ${JOB_RESULTS.join(', ')} (\${{ needs.propose.result }}).`);
    }
    return raw;
}
function readInputs(host) {
    const secrets = readSecrets(host);
    const mode = readMode(host);
    const configPath = readConfigPath(host);
    // dry-run: only 'true' means anything. Any other value leaves the decision to the config, so one
    // click on a dispatch form can never switch a dry-run config to live.
    const forceDryRun = host.getInput('dry-run').toLowerCase() === 'true';
    const proposalsSha256 = readProposalsSha256(host);
    const railway = readRailway(host, secrets.railwayToken);
    const gate = readGateScope(host);
    if (secrets.checksToken !== '' && secrets.checksToken === secrets.githubToken) {
        throw new Error('Input "checks-token" is the same token as github-token; expected a GitHub App installation token with checks write (a check run made with GITHUB_TOKEN comes from GitHub Actions, a source any workflow can post as).');
    }
    return {
        databaseUrl: secrets.databaseUrl,
        githubToken: secrets.githubToken,
        configPath,
        forceDryRun,
        force: bool(host, 'force', false),
        proposals: host.getInput('proposals'),
        proposalsSha256,
        jitterMinutes: optionalInt(host, 'jitter-minutes', 0, 120),
        artifactRetentionDays: optionalInt(host, 'artifact-retention-days', 1, 400),
        migrate: bool(host, 'migrate', false),
        mode,
        writeToken: secrets.writeToken,
        checksToken: secrets.checksToken,
        ...gate,
        ciTimeoutMinutes: optionalInt(host, 'ci-timeout-minutes', 0, 360) ?? 30,
        runId: readRunId(host),
        agentResult: readAgentResult(host),
        railway
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


/***/ }),

/***/ 3731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fn: () => (/* binding */ checkpoint),
/* harmony export */   Qe: () => (/* binding */ INTERRUPT_SIGNALS),
/* harmony export */   cf: () => (/* binding */ signalExitCode),
/* harmony export */   j$: () => (/* binding */ Interrupted),
/* harmony export */   vD: () => (/* binding */ listenForInterrupts)
/* harmony export */ });
/* unused harmony export decideSignal */
/**
 * Interruption: SIGINT (Ctrl-C, or the runner cancelling the job) and SIGTERM (the runner, about 7.5 s
 * later). The first signal is recorded (in the stage state, through `onFirst`) and the work stops at
 * its next checkpoint, where stopping leaves nothing half-written: before the claim, after the claim
 * is saved, inside the recording transaction before it commits (so it rolls back whole), before acting.
 * The claimed run is then closed as cancelled. A second signal exits at once.
 *
 * A checkpoint can also pause, for tests only: when SELF_EVOLUTION_PAUSE_AT (a comma-separated list)
 * names it, the process
 * writes `self-evolution: paused at NAME` to stderr and waits for the next signal (or a line on stdin),
 * so a test sends its signal at exactly that point.
 */
const INTERRUPT_SIGNALS = ['SIGINT', 'SIGTERM'];
/** The test-only variable that pauses at a checkpoint. */
const PAUSE_VARIABLE = 'SELF_EVOLUTION_PAUSE_AT';
/** What a process exits with when a signal ends it: 128 + the signal's number (130, 143). */
function signalExitCode(signal) {
    return signal === 'SIGINT' ? 130 : 143;
}
/** Thrown at a checkpoint once a signal arrived; the stages turn it into a cancelled run. */
class Interrupted extends Error {
    signal;
    constructor(signal) {
        super(`Interrupted by ${signal}.`);
        this.signal = signal;
        this.name = 'Interrupted';
    }
}
/** What to do with a signal: the first is recorded, any later one exits at once. */
function decideSignal(received, signal) {
    return received ? { action: 'exit', code: signalExitCode(signal) } : { action: 'record' };
}
/**
 * Listen for SIGINT and SIGTERM until dispose(). `onFirst` records the first signal (it must be quick
 * and synchronous: the stage state, one line); a second signal exits with 128 + its number.
 */
function listenForInterrupts(proc, onFirst) {
    let received;
    const waiters = new Set();
    const listeners = INTERRUPT_SIGNALS.map(signal => {
        const listener = () => {
            const decision = decideSignal(received, signal);
            if (decision.action === 'exit')
                proc.exit(decision.code);
            received = signal;
            onFirst(signal);
            for (const wake of waiters)
                wake();
        };
        proc.on(signal, listener);
        return [signal, listener];
    });
    const check = () => {
        if (received)
            throw new Interrupted(received);
    };
    const pauseAt = new Set((proc.env[PAUSE_VARIABLE] ?? '').split(','));
    return {
        received: () => received,
        check,
        async checkpoint(name) {
            if (pauseAt.has(name))
                await pause(proc, name, waiters);
            if (name !== 'cancelling')
                check();
        },
        dispose() {
            for (const [signal, listener] of listeners)
                proc.off(signal, listener);
        }
    };
}
/** Wait for the next signal or a line on stdin (tests only; see the module comment). */
function pause(proc, name, waiters) {
    return new Promise(resolve => {
        // A signal handler does not keep Node's event loop alive, and stdin may be /dev/null (at its end
        // at once): without a handle of its own the process would end mid-pause (exit code 13).
        const alive = setInterval(() => undefined, 60_000);
        const done = () => {
            clearInterval(alive);
            waiters.delete(done);
            proc.stdin.off('data', done);
            proc.stdin.pause();
            resolve();
        };
        waiters.add(done);
        proc.stdin.on('data', done);
        proc.stderr.write(`self-evolution: paused at ${name}\n`);
    });
}
/** The stages' way to reach a checkpoint; no interruption (tests, other callers) means no stop. */
async function checkpoint(deps, name) {
    await deps.interruption?.checkpoint(name);
}


/***/ }),

/***/ 31634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ errorLine),
/* harmony export */   E: () => (/* binding */ reportDir)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67388);
/** What every mode's stage returns, and the two helpers every stage uses to report. */


/** An error as the one line a log, a summary or setFailed shows. */
function errorLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    return (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(message.split('\n')[0], 1000);
}
/** Where a stage's files go: the runner's temp dir on GitHub, the local artifact root otherwise. */
function reportDir(deps, name) {
    const root = deps.ctx.runnerTemp ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(deps.ctx.runnerTemp, 'self-evolution') : deps.localArtifactRoot;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, name);
}


/***/ }),

/***/ 76673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ saveStart),
/* harmony export */   Bu: () => (/* binding */ loadGateHandOver),
/* harmony export */   LA: () => (/* binding */ loadStart),
/* harmony export */   Tt: () => (/* binding */ loadInterrupted),
/* harmony export */   cY: () => (/* binding */ saveInterrupted),
/* harmony export */   cd: () => (/* binding */ loadMain),
/* harmony export */   fF: () => (/* binding */ saveMain),
/* harmony export */   wD: () => (/* binding */ saveGateHandOver)
/* harmony export */ });
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3731);

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
    artifacts: 'se_artifacts',
    gateReportDir: 'se_gate_report_dir',
    gateArtifact: 'se_gate_artifact',
    gateRetention: 'se_gate_retention',
    interrupted: 'se_interrupted',
    stopped: 'se_stopped'
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
    host.saveState(KEY.stopped, m.stopped ?? '');
}
function loadMain(host) {
    return {
        completed: host.getState(KEY.mainDone) === 'true',
        counts: json(host.getState(KEY.counts), { allowed: 0, blocked: 0, total: 0 }),
        reportDir: host.getState(KEY.reportDir),
        failure: host.getState(KEY.failure),
        timings: json(host.getState(KEY.timings), {}),
        stopped: host.getState(KEY.stopped)
    };
}
/**
 * The signal this job's own process received (pre or main): post closes a claimed run that main did not
 * complete as cancelled, never as failed. Only the signal handler writes it.
 */
function saveInterrupted(host, signal) {
    host.saveState(KEY.interrupted, signal);
}
function loadInterrupted(host) {
    const value = host.getState(KEY.interrupted);
    return _interrupt_js__WEBPACK_IMPORTED_MODULE_0__/* .INTERRUPT_SIGNALS */ .Qe.includes(value) ? value : undefined;
}
function saveGateHandOver(host, g) {
    host.saveState(KEY.gateReportDir, g.reportDir);
    host.saveState(KEY.gateArtifact, g.artifactName);
    host.saveState(KEY.gateRetention, String(g.retentionDays));
}
/** reportDir is '' when the gate's main wrote no report. */
function loadGateHandOver(host) {
    return {
        reportDir: host.getState(KEY.gateReportDir),
        artifactName: host.getState(KEY.gateArtifact),
        retentionDays: Number(host.getState(KEY.gateRetention)) || 90
    };
}


/***/ }),

/***/ 28067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NB: () => (/* binding */ inputLabel),
/* harmony export */   UG: () => (/* binding */ migrateAdvice),
/* harmony export */   oo: () => (/* binding */ skipAdvice)
/* harmony export */ });
/* unused harmony export CLI_FLAGS */
/** The `self-evolution run` flag that sets each action input it has. */
const CLI_FLAGS = {
    'database-url': '--database-url',
    'config-path': '--config-path',
    proposals: '--proposals',
    force: '--force',
    migrate: '--migrate',
    'dry-run': '--no-dry-run'
};
/** How a message names an input: `--config-path` from the CLI, `Input "config-path"` in the action. */
function inputLabel(surface, input) {
    const flag = surface === 'cli' ? CLI_FLAGS[input] : undefined;
    return flag ?? `Input "${input}"`;
}
/** How to turn an input (a boolean one) on: `pass --force`, or `set the input force: true`. */
function turnOn(surface, input) {
    const flag = surface === 'cli' ? CLI_FLAGS[input] : undefined;
    return flag ? `pass ${flag}` : `set the input \`${input}: true\``;
}
/** What to do when the schema is behind: migrate, through the interface in use or the CLI. */
function migrateAdvice(surface) {
    return surface === 'cli'
        ? 'run `self-evolution migrate`, or pass --migrate'
        : 'set the input `migrate: true`, or run `self-evolution migrate`';
}
/**
 * What to do after each skip, in one sentence; undefined where the skip's own detail says it.
 * Keyed by the start's skip reasons (src/daily/start.ts).
 */
function skipAdvice(surface, reason, facts) {
    const repoFlag = facts.repository ? ` --repository ${facts.repository}` : '';
    switch (reason) {
        case 'disabled':
            return `To turn the system on, set "enabled": true in ${facts.configPath}.`;
        case 'flag-off':
            return `To turn the flag on, run \`self-evolution flag enable\` (and \`self-evolution flag enable${repoFlag || ' --repository OWNER/REPO'}\` when the repository's flag is off).`;
        case 'failure-limit':
            return `Fix what made the runs fail, then turn the repository's flag back on with \`self-evolution flag enable${repoFlag || ' --repository OWNER/REPO'}\`.`;
        case 'cooldown':
            return `Wait for the cooldown to pass, or ${turnOn(surface, 'force')} to run now.`;
        case 'deployment-active':
        case 'ci-active':
            return `Wait for it to finish, or ${turnOn(surface, 'force')} to run anyway.`;
        case 'gate-error':
            return 'Fix what the detail names, then run again; the run could not be judged safe to start.';
        case 'already-ran-today':
            return `Today's run is done; ${turnOn(surface, 'force')} to run again today.`;
        default:
            return undefined;
    }
}


/***/ })

};
