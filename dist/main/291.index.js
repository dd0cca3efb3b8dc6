export const id = 291;
export const ids = [291];
export const modules = {

/***/ 58339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SN: () => (/* binding */ OBJECT_ID),
/* harmony export */   U_: () => (/* binding */ createGitSandbox),
/* harmony export */   hk: () => (/* binding */ hardenedEnv),
/* harmony export */   iR: () => (/* binding */ GitCommandError),
/* harmony export */   v5: () => (/* binding */ fetchIntoBare),
/* harmony export */   wK: () => (/* binding */ cloneBranch)
/* harmony export */ });
/* unused harmony exports HARDENED_CONFIG, authorizationHeader */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * git for repositories the product does not trust: the pull request's head (the gate), a fresh
 * clone the agent's patch is applied in, a revert. One temporary directory holds everything.
 *
 * Whatever configuration exists anywhere cannot act:
 * - the environment is rebuilt from scratch: no inherited GIT_* variable (GIT_DIR,
 *   GIT_CONFIG_PARAMETERS, GIT_SSH_COMMAND, GIT_EXEC_PATH...), GIT_CONFIG_NOSYSTEM=1, a neutral
 *   global config file and HOME/XDG_CONFIG_HOME inside the sandbox; so no `url.*.insteadOf`, no
 *   credential helper, no `core.fsmonitor` and no external diff from the machine;
 * - every command runs with hooks off (`-c core.hooksPath=/dev/null`), fsmonitor off, no
 *   credential helper, no askpass and protocol `ext` off;
 * - a token travels only in the environment of the one command that needs it, as an
 *   `http.extraheader` given through GIT_CONFIG_COUNT: never in a file, a URL or argv (argv is
 *   visible to every process on the machine);
 * - a temporary clone is made with `--template=` (no template hooks) and `--no-local` style
 *   options are left to the caller; paths always come after `--`.
 *
 * Output that git prints is redacted of the token before it reaches an error message.
 */




/** Options put before every git subcommand. */
const HARDENED_CONFIG = [
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'core.fsmonitor=false',
    '-c',
    'credential.helper=',
    '-c',
    'core.askPass=',
    '-c',
    'protocol.ext.allow=never',
    '-c',
    'core.quotePath=true'
];
class GitCommandError extends Error {
    code;
    stderr;
    name = 'GitCommandError';
    constructor(message, code, stderr) {
        super(message);
        this.code = code;
        this.stderr = stderr;
    }
}
/** The environment of a sandboxed git: built from nothing, so nothing inherited can act. */
function hardenedEnv(root) {
    const home = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, 'home');
    const env = {
        PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
        HOME: home,
        XDG_CONFIG_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.config'),
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, 'gitconfig'),
        GIT_ATTR_NOSYSTEM: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_ASKPASS: '',
        SSH_ASKPASS: '',
        GIT_PAGER: 'cat',
        GIT_OPTIONAL_LOCKS: '0',
        GIT_NO_REPLACE_OBJECTS: '1',
        LC_ALL: 'C',
        TZ: 'UTC'
    };
    // Trust anchors for https, when the machine names them.
    for (const key of ['SSL_CERT_FILE', 'SSL_CERT_DIR', 'TMPDIR']) {
        const value = process.env[key];
        if (value)
            env[key] = value;
    }
    return env;
}
/** The header value git sends for a token on an https remote (GitHub's x-access-token form). */
function authorizationHeader(token) {
    return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets)
        if (secret)
            out = out.split(secret).join('***');
    return out;
}
function firstLines(text) {
    const lines = text
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean);
    return lines.slice(0, 3).join(' / ').slice(0, 500) || 'no message';
}
/** Make a sandbox under the system's temporary directory. */
function createGitSandbox(prefix = 'self-evolution-git-') {
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), prefix));
    const env = hardenedEnv(root);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(env.XDG_CONFIG_HOME, { recursive: true, mode: 0o700 });
    // The neutral global config: an empty file, so `git config --global` reads nothing.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(env.GIT_CONFIG_GLOBAL, '', { mode: 0o600 });
    let removed = false;
    return {
        root,
        env,
        dir(name) {
            if (!/^[A-Za-z0-9._-]+$/.test(name) || name === '.' || name === '..') {
                throw new Error(`sandbox directory name ${JSON.stringify(name)} is not a plain name`);
            }
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, name);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(path, { recursive: true, mode: 0o700 });
            return path;
        },
        git(args, options) {
            const commandEnv = { ...env };
            const secrets = [];
            if (options.token) {
                const header = authorizationHeader(options.token);
                secrets.push(options.token, header, header.slice('AUTHORIZATION: basic '.length));
                commandEnv.GIT_CONFIG_COUNT = '1';
                commandEnv.GIT_CONFIG_KEY_0 = 'http.extraheader';
                commandEnv.GIT_CONFIG_VALUE_0 = header;
            }
            const argv = [...HARDENED_CONFIG, ...args];
            return new Promise((resolve, reject) => {
                const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', argv, {
                    cwd: options.cwd,
                    env: commandEnv,
                    stdio: ['pipe', 'pipe', 'pipe'],
                    windowsHide: true
                });
                const out = [];
                const err = [];
                child.stdout.on('data', (b) => out.push(b));
                child.stderr.on('data', (b) => err.push(b));
                child.stdin.on('error', () => undefined);
                child.on('error', error => reject(new GitCommandError(`cannot run git (${redact(error.message, secrets)})`, -1, '')));
                child.on('close', code => {
                    const result = {
                        code: code ?? 1,
                        stdout: Buffer.concat(out),
                        stderr: redact(Buffer.concat(err).toString('utf8'), secrets)
                    };
                    const ok = options.okCodes ?? [0];
                    if (ok.includes(result.code))
                        resolve(result);
                    else
                        reject(new GitCommandError(`git ${args[0] ?? ''} failed (exit ${result.code}): ${firstLines(result.stderr)}`, result.code, result.stderr));
                });
                child.stdin.end(options.input ?? '');
            });
        },
        cleanup() {
            if (removed)
                return;
            removed = true;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(root, { recursive: true, force: true });
        }
    };
}
/** A 40- or 64-hex object id, as GitHub and git print them. */
const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/**
 * Fetch `refs` (e.g. a pull request's base and head SHAs or `refs/pull/7/head`) from `remote`
 * into a new bare repository with no working tree, so nothing in the fetched tree (hooks,
 * .gitattributes, scripts) is ever checked out or run. Returns the repository's path.
 */
async function fetchIntoBare(sandbox, remote, refs, options = {}) {
    const dir = sandbox.dir(options.name ?? 'bare.git');
    await sandbox.git(['init', '--quiet', '--bare', '--template=', dir], { cwd: sandbox.root });
    const refspecs = refs.map((ref, i) => {
        if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(ref) || ref.includes('..')) {
            throw new GitCommandError(`cannot fetch ${JSON.stringify(ref)}: expected an object id or a ref name`, 2, '');
        }
        return `+${ref}:refs/sandbox/${i}`;
    });
    await sandbox.git(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--end-of-options', remote, ...refspecs], {
        cwd: dir,
        token: options.token
    });
    return dir;
}
/**
 * Clone `branch` of `remote` into a fresh working repository inside the sandbox (hooks off, no
 * template, one branch, no tags). Returns the repository's path.
 */
async function cloneBranch(sandbox, remote, branch, options = {}) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(branch) || branch.includes('..')) {
        throw new GitCommandError(`cannot clone branch ${JSON.stringify(branch)}: expected a branch name`, 2, '');
    }
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(sandbox.root, options.name ?? 'work');
    await sandbox.git([
        'clone',
        '--quiet',
        '--template=',
        '--no-tags',
        '--single-branch',
        '--branch',
        branch,
        '-c',
        'core.hooksPath=/dev/null',
        '--end-of-options',
        remote,
        dir
    ], { cwd: sandbox.root, token: options.token });
    return dir;
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

/***/ 14567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ isSameRepository)
/* harmony export */ });
/** Repository names as GitHub compares them. Pure: no client is loaded for it. */
/** Whether a full name ("owner/name", possibly missing) is `repository`: GitHub ignores case. */
function isSameRepository(fullName, repository) {
    return (fullName ?? '').toLowerCase() === repository.toLowerCase();
}


/***/ })

};
