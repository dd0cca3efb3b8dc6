export const id = 397;
export const ids = [397,373,754];
export const modules = {

/***/ 88373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultConfig: () => (/* reexport */ defaultConfig),
  digestOf: () => (/* binding */ digestOf),
  formatProblems: () => (/* binding */ formatProblems),
  loadConfig: () => (/* binding */ loadConfig),
  parseConfigText: () => (/* binding */ parseConfigText),
  unwrap: () => (/* binding */ unwrap),
  validateConfig: () => (/* binding */ validateConfig)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/config/schema.ts
var config_schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/text/zod-issues.ts
var zod_issues = __webpack_require__(6791);
;// CONCATENATED MODULE: ./src/config/defaults.generated.ts
/** The JSON of the defaults, as an absent config file means. */
const DEFAULT_CONFIG_JSON = '{"version":"1.0.0","enabled":false,"dryRunMode":true,"scheduleConfig":{"cronSchedule":"0 2 * * *","jitterMinutes":20,"skipDuringDeployments":true,"deploymentLookbackHours":6,"ghostRunHours":6,"staleRunHours":6},"safetyRails":{"diffCaps":{"maxLinesOfCode":500,"maxFilesChanged":10,"requireGreenCI":true},"allowedPaths":["packages/agent/src/tools/**","packages/agent/src/prompts/**","apps/bot/src/persona/**","docs/**/*.md",".github/self-evolution-config.json"],"blockedPaths":[".github/workflows/**",".github/actions/**",".github/CODEOWNERS","packages/database/**",".env*","pnpm-lock.yaml","package-lock.json","package.json",".npmrc",".gitattributes",".gitmodules","**/*.key","**/*.pem","**/secrets/**","action.yml","action.yaml","dist/**",".claude",".codex",".mcp.json","CLAUDE.md","CLAUDE.local.md","AGENTS.md","AGENTS.override.md"],"allowedChangeTypes":["capability","prompt","persona","cleanup","wildcard"],"maxRiskLevel":2,"riskFloors":[{"paths":["docs/**/*.md"],"minRisk":0,"newFilesOnly":false},{"paths":["apps/bot/src/persona/**"],"minRisk":0,"newFilesOnly":false},{"paths":["packages/agent/src/prompts/**"],"minRisk":1,"newFilesOnly":false},{"paths":["packages/agent/src/tools/**"],"minRisk":2,"newFilesOnly":true},{"paths":[".github/self-evolution-config.json"],"minRisk":2,"newFilesOnly":false},{"paths":["packages/agent/src/tools/**"],"minRisk":1,"newFilesOnly":false}],"sizeFloors":[{"paths":["packages/agent/src/prompts/**","apps/bot/src/persona/**"],"minLines":50,"minRisk":2},{"minLines":200,"minRisk":2}],"requireReviewers":true,"requiredChecks":[],"allowBinaryFiles":false,"allowedUrlHosts":["github.com","docs.github.com","api.github.com","cli.github.com","nodejs.org","developer.mozilla.org","www.npmjs.com","docs.npmjs.com","www.typescriptlang.org","json-schema.org","www.rfc-editor.org","datatracker.ietf.org","www.unicode.org","semver.org","keepachangelog.com","www.conventionalcommits.org","spdx.org","opensource.org","www.postgresql.org","en.wikipedia.org","example.com","*.example.com","example.org","*.example.org","example.net","*.example.net","*.example","*.test","*.invalid","localhost","*.localhost","127.0.0.1","[::1]"],"typePaths":{"capability":["packages/agent/src/tools/**"],"prompt":["packages/agent/src/prompts/**"],"persona":["apps/bot/src/persona/**"],"cleanup":["**"]}},"wildcardFeature":{"enabled":true,"maxRiskLevel":1,"allowedTypes":["persona","prompt"],"description":"One small, reversible, low-risk change per day."},"telemetry":{"logRetentionDays":90,"storeReflections":true,"storeProposals":true,"storeActions":true,"attachArtifacts":true},"prTemplateConfig":{"autoLabels":["ai-ops","self-evolution","safety"],"autoRequestReviewers":[],"branchPrefix":"self-evolution/","requireChecklist":true},"rollbackConfig":{"autoRevertOnFailure":true,"maxFailuresBeforeDisable":3,"cooldownHours":24},"rollout":{"liveChangeTypes":[],"maxActionsPerRun":1,"maxOpenPullRequests":3,"botName":"self-evolution[bot]","botEmail":"self-evolution[bot]@users.noreply.github.com"},"reflection":{"lookbackDays":14,"feedbackLabel":"self-evolution:feedback","maxBytes":65536,"maxFieldChars":500,"memoryItems":20,"logLines":10},"agent":{"retries":1,"promptFile":"","timeoutMinutes":30,"acceptSharedUser":false}}';
/** A fresh copy of the defaults; the schema and its validator are not loaded for it. */
function defaultConfig() {
    return JSON.parse(DEFAULT_CONFIG_JSON);
}

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Parsing a configuration text into a validated Config, with errors a person can act on:
 * each names the JSON path, says what was expected and, for a misspelled key, suggests the
 * key that was probably meant.
 */



/** The defaults, as an absent config file means (generated from the schema; a test checks). */


function parseConfigText(text) {
    let raw;
    try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        return {
            ok: false,
            kind: 'json',
            problems: [{ path: '(file)', message: `not valid JSON: ${error.message}` }]
        };
    }
    return validateConfig(raw);
}
function validateConfig(raw) {
    const parsed = config_schema/* configSchema */.Qn.safeParse(raw);
    if (parsed.success)
        return { ok: true, config: parsed.data };
    return { ok: false, kind: 'invalid', problems: describeIssues(parsed.error, raw) };
}
function describeIssues(error, raw) {
    const problems = [];
    for (const issue of error.issues) {
        if (issue.code === 'unrecognized_keys') {
            const known = knownKeysAt(issue.path);
            for (const key of issue.keys) {
                const guess = closest(key, known);
                problems.push({
                    path: (0,zod_issues/* joinPath */.uJ)([...issue.path, key]),
                    message: guess ? `unknown key (did you mean ${guess}?)` : 'unknown key'
                });
            }
            continue;
        }
        problems.push({ path: (0,zod_issues/* joinPath */.uJ)(issue.path), message: (0,zod_issues/* explainIssue */.Jp)(issue, raw) });
    }
    return problems;
}
/** Walk the schema to the object at `path` and list its keys. */
function knownKeysAt(path) {
    let schema = config_schema/* configSchema */.Qn;
    for (const part of path) {
        const obj = unwrapObject(schema);
        if (!obj)
            return [];
        const next = obj._zod.def.shape[String(part)];
        if (!next)
            return [];
        schema = next;
    }
    const obj = unwrapObject(schema);
    return obj ? Object.keys(obj._zod.def.shape) : [];
}
function unwrap(schema) {
    let cur = schema;
    for (;;) {
        const def = cur._zod.def;
        if ((def.type === 'default' || def.type === 'prefault' || def.type === 'optional') && def.innerType) {
            cur = def.innerType;
        }
        else
            return cur;
    }
}
function unwrapObject(schema) {
    const inner = unwrap(schema);
    return inner._zod.def.type === 'object' ? inner : undefined;
}
/** Damerau-free Levenshtein distance; keys are short. */
function distance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
function closest(key, known) {
    let best;
    let bestScore = Infinity;
    for (const candidate of known) {
        const score = candidate.toLowerCase() === key.toLowerCase() ? 0 : distance(key, candidate);
        if (score < bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    const limit = Math.max(2, Math.floor(key.length / 3));
    return best !== undefined && bestScore <= limit ? best : undefined;
}
function formatProblems(problems) {
    return problems.map(p => `${p.path}: ${p.message}`);
}
function digestOf(text) {
    return text === null ? 'none' : (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** Validate a config text (null: the file does not exist, so the defaults: off). */
function loadConfig(source, configPath) {
    if (source.text === null) {
        return {
            config: defaultConfig(),
            text: null,
            origin: `${source.origin} (missing: defaults, off)`,
            digest: 'none'
        };
    }
    const parsed = parseConfigText(source.text);
    if (!parsed.ok) {
        const problems = formatProblems(parsed.problems);
        throw new Error(`The config ${configPath} (${source.origin}) is invalid: ${problems.slice(0, 5).join('; ')}` +
            (problems.length > 5 ? `; and ${problems.length - 5} more` : ''));
    }
    return { config: parsed.config, text: source.text, origin: source.origin, digest: digestOf(source.text) };
}


/***/ }),

/***/ 79397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xg: () => (/* binding */ readConfig),
/* harmony export */   bW: () => (/* binding */ readCommittedConfig)
/* harmony export */ });
/* unused harmony exports readConfigFromDisk, readConfigFromGit */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88373);
/* harmony import */ var _git_cat_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80499);
/* harmony import */ var _git_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73073);
/**
 * Reading the configuration that judges the run, from one of three places (`readConfig`): the
 * disk (a local run, doctor), the committed file at a SHA in the job's checkout (git), or the
 * GitHub API at a ref. Never the working tree on GitHub: anything in the job could have edited
 * it. pre reads the file at GITHUB_SHA through the contents API (the workspace is still empty
 * then); main reads the committed file with git, or the contents API when there is no checkout;
 * the gate reads its pull request's base through the API.
 */






/** The config at `location`, validated (a missing file: the defaults, off). */
async function readConfig(location, configPath) {
    return (0,_load_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(await readConfigText(location, configPath), configPath);
}
async function readConfigText(location, configPath) {
    switch (location.from) {
        case 'disk':
            return readConfigFromDisk(location.root, configPath);
        case 'api':
            return { text: await location.files.readFile(configPath, location.ref), origin: location.origin };
        case 'git': {
            const read = readConfigFromGit(location.workspace, location.sha, configPath);
            const fromGit = await (location.quiet ? read.catch(() => undefined) : read);
            if (fromGit)
                return fromGit;
            if (location.otherwise)
                return readConfigText(location.otherwise, configPath);
            throw new Error(`${configPath} cannot be read at ${location.sha}: the checkout does not have that commit.`);
        }
    }
}
function readConfigFromDisk(root, configPath) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, configPath);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return { text: null, origin: file };
    return { text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), origin: file };
}
/**
 * The file at SHA in the checkout, read with one `git cat-file --batch` (no shell, hooks off).
 * Returns undefined when there is no usable checkout or the commit is not in it (so the caller
 * falls back to the API), null when the file does not exist at that commit.
 */
async function readConfigFromGit(workspace, sha, configPath) {
    if (!sha || !/^[0-9a-f]{7,64}$/i.test(sha) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, '.git')))
        return undefined;
    const origin = `git ${sha.slice(0, 12)}:${configPath}`;
    let objects;
    try {
        // The trusted environment: no GIT_* variable from earlier steps (GITHUB_ENV) and no replace
        // refs can change the answer.
        objects = await (0,_git_cat_file_js__WEBPACK_IMPORTED_MODULE_3__/* .catFile */ .b$)(workspace, [`${sha}^{commit}`, `${sha}:${configPath}`], (0,_git_run_js__WEBPACK_IMPORTED_MODULE_4__/* .trustedGitEnv */ .F$)());
    }
    catch (error) {
        if (error instanceof _git_cat_file_js__WEBPACK_IMPORTED_MODULE_3__/* .CatFileFormatError */ .cL)
            throw new Error(`Could not read ${configPath} at ${sha}: git cat-file answered unexpectedly.`, {
                cause: error
            });
        return undefined;
    }
    const [commit, file] = objects;
    if (commit?.type !== 'commit')
        return undefined;
    if (!file)
        return { text: null, origin };
    if (file.type !== 'blob')
        throw new Error(`${configPath} at ${sha} is a ${file.type}, not a file.`);
    return { text: file.content.toString('utf8'), origin };
}
/**
 * The committed config, as main and revert-watch judge with it: git at the job's commit on GitHub,
 * else the API; never the working tree on GitHub (the disk only in a local run).
 */
async function readCommittedConfig(deps, inputs) {
    if (!deps.ctx.onGitHub)
        return readConfig({ from: 'disk', root: deps.cwd }, inputs.configPath);
    const ref = deps.ctx.sha || deps.ctx.ref;
    const files = {
        async readFile(path, at) {
            if (!deps.ctx.repository)
                throw new Error('Neither a git checkout nor the GitHub API is available to read the committed config.');
            const gh = await deps.github(inputs.githubToken, { readOnly: true });
            const { readRepositoryFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 33113));
            return readRepositoryFile(gh, { owner: gh.owner, repo: gh.repo, path, ref: at });
        }
    };
    const origin = `${deps.ctx.repository}@${ref.slice(0, 12)}`;
    return readConfig({
        from: 'git',
        workspace: deps.ctx.workspace,
        sha: deps.ctx.sha,
        otherwise: { from: 'api', files, ref, origin }
    }, inputs.configPath);
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
/* harmony export */   Q: () => (/* binding */ getDefaultBranch),
/* harmony export */   readRepositoryFile: () => (/* binding */ readRepositoryFile)
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


/***/ }),

/***/ 48129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   kE: () => (/* binding */ toMillis),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   sV: () => (/* binding */ RETRY_DEFAULTS)
/* harmony export */ });
/* unused harmony export realSleep */
/**
 * Bounded exponential backoff for transient failures, shared by the GitHub client and the Railway
 * gate. The clock and the sleep are injected, so tests exercise every path without waiting.
 *
 * The budget is measured twice, on the clock and as the sum of the delays slept, and the larger
 * counts: a frozen test clock cannot turn the loop infinite, and slow requests eat into it too.
 */
const RETRY_DEFAULTS = {
    budgetMs: 60_000,
    maxAttempts: 10,
    baseDelayMs: 1_000,
    maxDelayMs: 30_000
};
const realSleep = ms => new Promise(resolve => setTimeout(resolve, ms));
function toMillis(clock) {
    const t = clock();
    return t instanceof Date ? t.getTime() : t;
}
/**
 * Run `attempt` until it succeeds, `decide` says the error is not worth retrying, or the budget is
 * spent. `fail` turns the last error into the one that is thrown.
 */
async function withRetries(attempt, decide, fail, options = {}, onRetry) {
    const budgetMs = options.budgetMs ?? RETRY_DEFAULTS.budgetMs;
    const maxAttempts = Math.max(1, options.maxAttempts ?? RETRY_DEFAULTS.maxAttempts);
    const baseDelayMs = options.baseDelayMs ?? RETRY_DEFAULTS.baseDelayMs;
    const maxDelayMs = options.maxDelayMs ?? RETRY_DEFAULTS.maxDelayMs;
    const sleep = options.sleep ?? realSleep;
    const now = options.now ?? Date.now;
    const start = toMillis(now);
    let slept = 0;
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            const decision = decide(error, n);
            const spent = () => Math.max(toMillis(now) - start, slept);
            if (!decision.retry)
                throw fail(error, { attempts: n, elapsedMs: spent(), exhausted: false });
            if (n >= maxAttempts)
                throw fail(error, { attempts: n, elapsedMs: spent(), exhausted: true });
            const remaining = budgetMs - spent();
            const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1));
            if (decision.afterMs !== undefined && decision.afterMs > remaining) {
                throw fail(error, {
                    attempts: n,
                    elapsedMs: spent(),
                    exhausted: true,
                    note: `the server asked to wait ${seconds(decision.afterMs)}, more than the ${seconds(Math.max(0, remaining))} left of the retry budget`
                });
            }
            if (remaining <= 0)
                throw fail(error, { attempts: n, elapsedMs: spent(), exhausted: true });
            // Honour the server's wait, never less than the backoff, never past the budget.
            const delayMs = Math.min(Math.max(decision.afterMs ?? 0, backoff), remaining);
            onRetry?.({ attempt: n, delayMs, reason: decision.reason });
            await sleep(delayMs);
            slept += delayMs;
        }
    }
}
/** "3 s", "1.5 s", "250 ms": a human duration for log lines and errors. */
function seconds(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
/**
 * Parse a `retry-after` header (seconds, or an HTTP date) into milliseconds from `nowMs`.
 * Undefined when absent or unreadable.
 */
function parseRetryAfter(value, nowMs) {
    if (value === undefined || value === null)
        return undefined;
    const text = String(value).trim();
    if (text === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}


/***/ })

};
