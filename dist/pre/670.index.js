export const id = 670;
export const ids = [670,338];
export const modules = {

/***/ 60668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sH: () => (/* binding */ originUrl)
/* harmony export */ });
/* unused harmony export repositoryOfRemote */
/* harmony import */ var _text_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49109);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73073);
/**
 * The job checkout's `origin` remote, as the product clones from and pushes to it. The URL is
 * read with the sandbox environment (nothing on the machine configures it) and always comes back
 * without credentials: a token goes only in a per-command header (src/git/run.ts), so one left in
 * the URL by an earlier step must never be used, logged or stored.
 */



/**
 * `git remote get-url origin` in `workspace`, without credentials; '' when it prints none or
 * more than one line. Fails with a GitCommandError when git does (no repository, no origin).
 */
async function originUrl(workspace) {
    const result = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(['remote', 'get-url', '--', 'origin'], {
        cwd: workspace,
        env: (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .sandboxGitEnv */ .LQ)(),
        // A checkout owned by another user (a container job) is still only read here.
        config: ['-c', `safe.directory=${workspace}`]
    });
    const url = result.stdout.toString('utf8').trim();
    return !url || url.includes('\n') ? '' : (0,_text_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .r)(url);
}
/**
 * OWNER/REPO of a remote URL in the shapes git clones from (https://HOST/OWNER/REPO.git,
 * git@HOST:OWNER/REPO.git, ssh://git@HOST/OWNER/REPO), or undefined when it names no such pair
 * (a local path, a deeper path). Pure.
 */
function repositoryOfRemote(url) {
    const path = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/(.*)$/i.exec(url)?.[1] ?? /^[^/:@]+@[^/:]+:(.*)$/.exec(url)?.[1];
    const pair = path === undefined ? null : /^\/?([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(path);
    if (!pair || /^\.+$/.test(pair[1]) || /^\.+(git)?$/.test(pair[2]))
        return undefined;
    return `${pair[1]}/${pair[2]}`;
}


/***/ }),

/***/ 58339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U_: () => (/* binding */ createGitSandbox),
/* harmony export */   iR: () => (/* reexport safe */ _run_js__WEBPACK_IMPORTED_MODULE_3__.iR),
/* harmony export */   v5: () => (/* binding */ fetchIntoBare),
/* harmony export */   wK: () => (/* binding */ cloneBranch)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73073);
/**
 * git for repositories the product does not trust: the pull request's head (the gate), a fresh
 * clone the agent's patch is applied in, a revert. One temporary directory holds everything.
 *
 * Whatever configuration exists anywhere cannot act:
 * - every command runs with the sandbox environment (src/git/run.ts, `sandboxGitEnv`): built from
 *   scratch, so no inherited GIT_* variable (GIT_DIR, GIT_CONFIG_PARAMETERS, GIT_SSH_COMMAND...),
 *   no system config, and a neutral global config file with HOME/XDG_CONFIG_HOME inside the
 *   sandbox; so no `url.*.insteadOf`, no credential helper and no external diff from the machine;
 * - every command runs with HARDENED_CONFIG: hooks, fsmonitor, credential helpers, askpass and
 *   protocol `ext` off;
 * - a token travels only in the environment of the one command that needs it (argv is visible
 *   to every process on the machine), and is redacted from git's output in errors;
 * - a temporary clone is made with `--template=` (no template hooks) and `--no-local` style
 *   options are left to the caller; paths always come after `--`.
 */




// Callers of the sandbox catch its errors without a second import.

/** Make a sandbox under the system's temporary directory. */
function createGitSandbox(prefix = 'self-evolution-git-') {
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), prefix));
    const env = (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .sandboxGitEnv */ .LQ)(root);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(env.XDG_CONFIG_HOME, { recursive: true, mode: 0o700 });
    // The neutral global config: an empty file, so `git config --global` reads nothing.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(env.GIT_CONFIG_GLOBAL, '', { mode: 0o600 });
    let removed = false;
    return {
        root,
        env,
        dir(name) {
            if (!/^[A-Za-z0-9._-]+$/.test(name) || name === '.' || name === '..') {
                throw new Error(`sandbox directory name ${JSON.stringify(name)} is not a plain name`);
            }
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, name);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(path, { recursive: true, mode: 0o700 });
            return path;
        },
        git(args, options) {
            return (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(args, { ...options, env });
        },
        cleanup() {
            if (removed)
                return;
            removed = true;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(root, { recursive: true, force: true });
        }
    };
}
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
            throw new _run_js__WEBPACK_IMPORTED_MODULE_3__/* .GitCommandError */ .iR(`cannot fetch ${JSON.stringify(ref)}: expected an object id or a ref name`, 2, '');
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
        throw new _run_js__WEBPACK_IMPORTED_MODULE_3__/* .GitCommandError */ .iR(`cannot clone branch ${JSON.stringify(branch)}: expected a branch name`, 2, '');
    }
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(sandbox.root, options.name ?? 'work');
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

/***/ 8317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   md: () => (/* binding */ createWriteGateway),
/* harmony export */   wO: () => (/* binding */ WriteRefusedError)
/* harmony export */ });
/* unused harmony exports WRITE_METHODS, GIT_WRITE_KINDS */
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38851);


const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];
/** Writes that are not REST calls: git pushing to (or deleting a branch on) the remote. */
const GIT_WRITE_KINDS = ['push', 'delete-branch'];
/** A write the gateway refused to make. */
class WriteRefusedError extends Error {
    reason;
    description;
    route;
    name = 'WriteRefusedError';
    constructor(message, reason, description, route) {
        super(message);
        this.reason = reason;
        this.description = description;
        this.route = route;
    }
}
/** Request options that would redirect or rewire a request; never accepted from a caller. */
const RESERVED_PARAMS = ['method', 'url', 'baseUrl', 'request'];
/** A write the gateway accepts: a write method, an object of parameters, none of them reserved. */
function validateWrite(what, description, route, params) {
    const parsed = parseWriteRoute(route);
    if (!parsed) {
        throw new WriteRefusedError(`Refused "${what}": the write gateway only makes writes (${WRITE_METHODS.join(', ')}), not "${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(String(route), 200)}".`, 'not-a-write', String(description), String(route));
    }
    const input = (params ?? {});
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        throw new WriteRefusedError(`Refused "${what}": the parameters are not an object.`, 'bad-params', description, route);
    }
    const reserved = RESERVED_PARAMS.filter(key => Object.prototype.hasOwnProperty.call(input, key));
    if (reserved.length) {
        throw new WriteRefusedError(`Refused "${what}": the parameters may not set ${reserved.join(', ')}.`, 'bad-params', description, route);
    }
    return { ...parsed, input };
}
/** Live writes only: refuses unless the kill switch answers exactly true. */
async function authorize(checkFlag, what, description, route) {
    let flagOn;
    try {
        flagOn = await checkFlag();
    }
    catch (error) {
        throw new WriteRefusedError(`Refused "${what}": the feature flag could not be checked (${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(error), 300)}), so nothing is written.`, 'flag-unknown', description, route);
    }
    if (flagOn !== true) {
        throw new WriteRefusedError(`Refused "${what}": the self-evolution feature flag is off, so nothing more is written to GitHub.`, 'flag-off', description, route);
    }
}
function createWriteGateway(options) {
    const dryRun = options.dryRun !== false;
    const octokit = unwrap(options.octokit);
    const previews = [];
    const performed = [];
    const log = options.log ?? (() => undefined);
    async function write(description, route, params) {
        const what = (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(String(description), 300);
        const { method, normalized, input } = validateWrite(what, description, route, params);
        if (dryRun) {
            const preview = { description, route: normalized, method, params: snapshot(input) };
            previews.push(preview);
            log(`Dry run: would ${what} (${normalized}).`);
            return { dryRun: true, performed: false, preview, status: undefined, data: undefined };
        }
        await authorize(options.checkFlag, what, description, route);
        if (!octokit) {
            throw new WriteRefusedError(`Refused "${what}": the gateway has no GitHub client to write with.`, 'no-client', description, route);
        }
        log(`GitHub write: ${what} (${normalized}).`);
        const response = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .runAsGatewayWrite */ .nm)(() => octokit.request(normalized, input));
        performed.push({ description, route: normalized, method, status: response.status });
        return { dryRun: false, performed: true, status: response.status, data: response.data };
    }
    async function perform(description, kind, detail, fn) {
        const what = (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(String(description), 300);
        const route = `GIT ${String(kind)}`;
        if (!GIT_WRITE_KINDS.includes(kind) || typeof fn !== 'function') {
            throw new WriteRefusedError(`Refused "${what}": "${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(String(kind), 50)}" is not a git write the gateway knows (${GIT_WRITE_KINDS.join(', ')}).`, 'not-a-write', description, route);
        }
        if (dryRun) {
            const preview = { description, route, method: 'GIT', params: snapshot(detail) };
            previews.push(preview);
            log(`Dry run: would ${what} (${route}).`);
            return { dryRun: true, performed: false, preview };
        }
        await authorize(options.checkFlag, what, description, route);
        log(`GitHub write: ${what} (${route}).`);
        const value = await fn();
        performed.push({ description, route, method: 'GIT', status: 0 });
        return { dryRun: false, performed: true, value };
    }
    return {
        dryRun,
        previews,
        performed,
        write,
        perform
    };
}
function parseWriteRoute(route) {
    if (typeof route !== 'string')
        return undefined;
    const match = /^([A-Za-z]+) +(\/\S*)$/.exec(route.trim());
    if (!match)
        return undefined;
    const method = match[1].toUpperCase();
    if (!WRITE_METHODS.includes(method))
        return undefined;
    return { method: method, normalized: `${method} ${match[2]}` };
}
function unwrap(target) {
    if (!target)
        return undefined;
    if ('request' in target)
        return target;
    if (target.readOnly)
        throw new Error('The write gateway cannot be built on a read-only GitHub client; expected one made for writing.');
    return target.octokit;
}
/** A copy of the parameters, so a preview shows what was asked even if the caller mutates them. */
function snapshot(params) {
    try {
        return structuredClone(params);
    }
    catch {
        return { ...params };
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


/***/ }),

/***/ 40670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  candidatesOf: () => (/* reexport */ plan.candidatesOf),
  countOpenPullRequests: () => (/* binding */ countOpenPullRequests),
  originUrl: () => (/* binding */ originUrl),
  prepareActor: () => (/* binding */ prepareActor)
});

// EXTERNAL MODULE: ./src/db/actions.ts
var actions = __webpack_require__(58973);
// EXTERNAL MODULE: ./src/db/flags.ts
var flags = __webpack_require__(35157);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(38851);
// EXTERNAL MODULE: ./src/github/contents.ts
var contents = __webpack_require__(33113);
// EXTERNAL MODULE: ./src/github/gateway.ts
var github_gateway = __webpack_require__(8317);
// EXTERNAL MODULE: ./src/git/remote.ts
var remote = __webpack_require__(60668);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/modes/run/act/plan.ts
var plan = __webpack_require__(60338);
// EXTERNAL MODULE: ./src/git/apply-patch.ts
var apply_patch = __webpack_require__(68083);
// EXTERNAL MODULE: ./src/git/sandbox.ts
var git_sandbox = __webpack_require__(58339);
// EXTERNAL MODULE: ./src/git/object-id.ts
var object_id = __webpack_require__(17455);
// EXTERNAL MODULE: ./src/policy/index.ts
var policy = __webpack_require__(25086);
;// CONCATENATED MODULE: ./src/modes/run/act/branch.ts
/**
 * The branch a proposal is pushed to: `<branchPrefix><run_date>-<slug>-<proposal id>`. The slug
 * comes from the agent's title, so it is reduced to `[a-z0-9-]{1,40}`: a title can never bring an
 * option, a ref expression (`@{`, `..`, `^`, `~`, `:`), a path component or a control character.
 * The whole name is then checked by `git check-ref-format --branch` (see execute.ts).
 */
/** `[a-z0-9-]{1,40}` from a title; "change" when nothing usable is left. */
function slugFromTitle(title) {
    const ascii = String(title)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    const slug = ascii
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+/, '')
        .slice(0, 40)
        .replace(/-+$/, '');
    return slug || 'change';
}
const RUN_DATE = /^\d{4}-\d{2}-\d{2}$/;
class BranchNameError extends Error {
    name = 'BranchNameError';
}
/** The branch for a proposal; throws when the prefix or date could make an unsafe name. */
function branchName(opts) {
    const { prefix, runDate, proposalId } = opts;
    if (!RUN_DATE.test(runDate))
        throw new BranchNameError(`run date "${runDate}" is not YYYY-MM-DD`);
    if (!Number.isSafeInteger(proposalId) || proposalId <= 0) {
        throw new BranchNameError(`proposal id ${String(proposalId)} is not a positive integer`);
    }
    // The prefix comes from the committed config (its schema allows [A-Za-z0-9._-] and "/"); refuse
    // the parts git would read as an option or refuse as a ref anyway, with a clearer sentence.
    if (!/^([A-Za-z0-9._-]+\/?)*$/.test(prefix) || /^[-.]|\/[-.]|\.\.|\.lock(\/|$)|\/\//.test(prefix)) {
        throw new BranchNameError(`prTemplateConfig.branchPrefix "${prefix}" cannot start a branch name; expected something like "self-evolution/"`);
    }
    return `${prefix}${runDate}-${slugFromTitle(opts.title)}-${proposalId}`;
}

;// CONCATENATED MODULE: ./src/modes/run/act/template.generated.ts
// Generated by scripts/embed-template.mjs from .github/PULL_REQUEST_TEMPLATE/self_evolution.md. Do not edit.
const TEMPLATE_PATH = ".github/PULL_REQUEST_TEMPLATE/self_evolution.md";
/** The pull request template that ships with the action. */
const SHIPPED_TEMPLATE = "<!--\n  The body of every pull request self-evolution opens. A file at this path in your repository\n  (.github/PULL_REQUEST_TEMPLATE/self_evolution.md, read at the base commit) replaces this one.\n  Placeholders are names in double braces, each replaced once, with the agent's text escaped for\n  Markdown: title, description, type, risk, verdict (the rails' table), branch, baseSha, proposalId,\n  runId and runDate.\n  The checklist between the two markers is dropped when prTemplateConfig.requireChecklist is false.\n-->\n## Self-evolution proposal: {{title}}\n\n{{description}}\n\n| | |\n|---|---|\n| Type | {{type}} |\n| Risk | {{risk}} |\n| Branch | {{branch}} |\n| Base | {{baseSha}} |\n| Proposal | {{proposalId}} (run {{runId}}, {{runDate}}) |\n\n### Verdict of the safety rails\n\n{{verdict}}\n\n<!-- self-evolution:checklist -->\n### Checklist\n\n- [ ] The change does what the title and description say, and nothing else.\n- [ ] It is small and can be reverted on its own.\n- [ ] No secret, credential or personal data is added.\n- [ ] CI is green.\n<!-- /self-evolution:checklist -->\n\nThis pull request was opened as a draft by self-evolution. A human reviews and merges it; a merge\nthat breaks the default branch is reverted automatically.\n";

;// CONCATENATED MODULE: ./src/modes/run/act/body.ts
/**
 * The bodies of what the agent opens: the pull request (from the template that ships with the
 * action, or the repository's own at the same path) and the issue of a proposal without changes.
 * Pure. Every piece of agent text is escaped for Markdown; placeholders are replaced in one pass,
 * so a title that reads "{{verdict}}" stays text.
 */



/** GitHub refuses bodies over 65,536 characters; stay below with room for the cut marker. */
const MAX_BODY = 60_000;
/** A repository template larger than this is not used (the shipped one is). */
const MAX_TEMPLATE = 20_000;
const CHECKLIST = /<!-- self-evolution:checklist -->[\s\S]*?<!-- \/self-evolution:checklist -->\n?/g;
/** The verdict as a Markdown table: what the rails measured on the change they allowed. */
function verdictTable(v) {
    return [
        '| Check | Result |',
        '|---|---|',
        `| Verdict | allowed |`,
        `| Changes read from | ${(0,text_escape/* forMarkdown */.Bm)(v.source, 10)} |`,
        `| Files | ${v.stats.files} |`,
        `| Lines (added + deleted) | ${v.stats.linesChanged} (+${v.stats.additions} −${v.stats.deletions}) |`,
        `| Binary files | ${v.stats.binaryFiles} |`
    ].join('\n');
}
/** The pull request body; `template` is the repository's own when it has one. */
function renderPullRequestBody(facts, template = null) {
    const chosen = template !== null && template.trim() !== '' && template.length <= MAX_TEMPLATE
        ? template
        : SHIPPED_TEMPLATE;
    const v = facts.verdict;
    const values = {
        title: (0,text_escape/* forMarkdown */.Bm)(v.title, text_escape/* LIMITS */.b1.title),
        description: v.description ? (0,text_escape/* forMarkdownBlock */.qt)(v.description) : '_No description._',
        type: (0,text_escape/* forMarkdownCode */.m6)(v.type, 20),
        risk: String(v.riskLevel),
        verdict: verdictTable(v),
        branch: facts.branch ? (0,text_escape/* forMarkdownCode */.m6)(facts.branch, text_escape/* LIMITS */.b1.branch) : '',
        baseSha: facts.baseSha ? (0,text_escape/* forMarkdownCode */.m6)(facts.baseSha, 64) : '',
        proposalId: String(facts.proposalId),
        runId: String(facts.runId),
        runDate: (0,text_escape/* forMarkdown */.Bm)(facts.runDate, 10)
    };
    let text = chosen.replace(/\r\n/g, '\n');
    if (!facts.requireChecklist)
        text = text.replace(CHECKLIST, '');
    const body = text.replace(/\{\{(\w+)\}\}/g, (whole, name) => Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole);
    return (0,text_escape/* cap */.Np)(body, MAX_BODY);
}
/** The issue of an allowed proposal without changes. */
function renderIssueBody(facts) {
    const v = facts.verdict;
    return (0,text_escape/* cap */.Np)([
        `## Self-evolution proposal: ${(0,text_escape/* forMarkdown */.Bm)(v.title, text_escape/* LIMITS */.b1.title)}`,
        '',
        v.description ? (0,text_escape/* forMarkdownBlock */.qt)(v.description) : '_No description._',
        '',
        '| | |',
        '|---|---|',
        `| Type | ${(0,text_escape/* forMarkdownCode */.m6)(v.type, 20)} |`,
        `| Risk | ${v.riskLevel} |`,
        `| Proposal | ${facts.proposalId} (run ${facts.runId}, ${(0,text_escape/* forMarkdown */.Bm)(facts.runDate, 10)}) |`,
        '',
        '### Verdict of the safety rails',
        '',
        verdictTable(v),
        '',
        'The proposal carries no changes, so self-evolution opened this issue instead of a pull request.',
        ''
    ].join('\n'), MAX_BODY);
}
/** A title for GitHub: one line, no control or invisible characters, at most 200 characters. */
function plainTitle(title, fallback) {
    const flat = (0,text_escape/* cap */.Np)(String(title)
        .replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(), text_escape/* LIMITS */.b1.title);
    return flat || fallback;
}
/** The commit message: a safe subject from the title, and where it came from. */
function commitMessage(facts) {
    const subject = (0,text_escape/* cap */.Np)(plainTitle(facts.title, `proposal ${facts.proposalId}`), 72);
    return `${subject}\n\nSelf-evolution proposal ${facts.proposalId} (${facts.type}) of run ${facts.runId}.\n`;
}
/** Labels on the agent's pull requests and issues: the configured ones, then type and risk. */
function labelsFor(autoLabels, type, riskLevel) {
    return [...new Set([...autoLabels, `self-evolution:type/${type}`, `self-evolution:risk/${riskLevel}`])];
}

;// CONCATENATED MODULE: ./src/modes/run/act/execute.ts










/** A proposal that was not executed: the code and sentence go to payload.reason. */
class NotExecuted extends Error {
    code;
    detail;
    constructor(code, sentence, detail) {
        super(`${code}: ${sentence}`);
        this.code = code;
        this.detail = detail;
    }
}
/** The gateway refused because the kill switch is off (or could not be read). */
const isFlagOff = (error) => error instanceof github_gateway/* WriteRefusedError */.wO && (error.reason === 'flag-off' || error.reason === 'flag-unknown');
async function revParse(sandbox, dir, rev) {
    const out = (await sandbox.git(['rev-parse', '--verify', '--end-of-options', rev], { cwd: dir })).stdout
        .toString('utf8')
        .trim();
    if (!object_id/* OBJECT_ID */.S.test(out))
        throw new Error(`git rev-parse printed "${(0,text_escape/* forLog */.Ig)(out, 80)}", not an object id`);
    return out;
}
/** The change as the engine compares it: status, paths, counts, binary, and a mode change. */
function fileKey(f) {
    const modeChange = f.previousMode && f.mode && f.previousMode !== f.mode ? `${f.previousMode}>${f.mode}` : '';
    return JSON.stringify([
        f.status,
        f.previousPath ?? '',
        f.path,
        f.binary ? null : f.additions,
        f.binary ? null : f.deletions,
        f.binary,
        modeChange
    ]);
}
/** How what git committed differs from what was judged; empty when it is the same change. */
function differences(judged, committed) {
    const a = judged.map(fileKey).sort();
    const b = committed.map(fileKey).sort();
    const out = [];
    const bag = new Map();
    for (const k of b)
        bag.set(k, (bag.get(k) ?? 0) + 1);
    for (const k of a) {
        const n = bag.get(k) ?? 0;
        if (n > 0)
            bag.set(k, n - 1);
        else
            out.push(`judged but not committed: ${describeKey(k)}`);
    }
    for (const [k, n] of bag)
        for (let i = 0; i < n; i++)
            out.push(`committed but not judged: ${describeKey(k)}`);
    // Declared modes must agree too (a patch that names a mode git did not write).
    const byPath = new Map(committed.map(f => [f.path, f]));
    for (const f of judged) {
        const c = byPath.get(f.path);
        if (c && f.mode && c.mode && f.mode !== c.mode)
            out.push(`mode of ${f.path}: judged ${f.mode}, committed ${c.mode}`);
    }
    return out;
}
function describeKey(key) {
    const [status, previous, path, add, del] = JSON.parse(key);
    return `${status} ${previous ? `${previous} -> ` : ''}${path} (+${add ?? '?'} -${del ?? '?'})`;
}
async function executePullRequest(env, job) {
    const sandbox = (env.sandbox ?? git_sandbox/* createGitSandbox */.U_)();
    const progress = { branch: '', head: '', pushed: false, attempted: false };
    try {
        if (job.patch === undefined)
            throw new NotExecuted('no-patch', 'the proposal carries no patch to apply');
        const branch = (progress.branch = branchName({
            prefix: env.config.prTemplateConfig.branchPrefix,
            runDate: env.runDate,
            title: job.verdict.title,
            proposalId: job.proposalId
        }));
        const commit = await commitPatch(env, sandbox, job, branch, job.patch);
        progress.head = commit.head;
        await verifyCommit(env, sandbox, job, commit);
        const body = await pullRequestBody(env, sandbox, job, branch, commit);
        // Recorded before the push: if the run stops after it, the next run finds the branch.
        if (!env.gateway.dryRun) {
            const claimed = await (0,actions/* updateAction */.E_)(env.sql, job.actionId, {
                payload: {
                    branch,
                    baseSha: commit.base,
                    headSha: commit.head,
                    leftover: { branch, headSha: commit.head }
                },
                from: ['planned'],
                latestAttempt: true
            });
            if (!claimed) {
                throw new NotExecuted('not-planned', 'the action is no longer planned, or a later attempt of the run superseded it');
            }
        }
        const push = await pushBranch(env, sandbox, job, branch, commit, progress);
        if (!push.performed) {
            await previewPullRequest(env, job, branch, body);
            return { kind: 'previewed', actionId: job.actionId };
        }
        progress.pushed = true;
        return await openPullRequest(env, job, branch, commit, body);
    }
    catch (error) {
        return await settleFailure(env, job, progress, error);
    }
    finally {
        sandbox.cleanup();
    }
}
/**
 * The default branch's head in a fresh bare repository, the patch applied by applyPatch (the
 * same reading that judged it) and its tree committed as the bot; the branch points at it.
 */
async function commitPatch(env, sandbox, job, branch, patch) {
    const dir = await (0,git_sandbox/* fetchIntoBare */.v5)(sandbox, env.remote, [`refs/heads/${env.defaultBranch}`], {
        token: env.token,
        name: 'work.git'
    });
    const base = await revParse(sandbox, dir, 'refs/sandbox/0^{commit}');
    const checked = await sandbox.git(['check-ref-format', '--branch', branch], {
        cwd: dir,
        okCodes: [0, 1, 128]
    });
    if (checked.code !== 0 || checked.stdout.toString('utf8').trim() !== branch) {
        throw new NotExecuted('bad-branch-name', `git check-ref-format refuses the branch name ${branch}`);
    }
    const applied = await (0,apply_patch/* applyPatch */.X6)({
        repo: dir,
        base,
        patch,
        configPath: env.configPath,
        env: sandbox.env,
        // The clone is a throwaway: its own store keeps the objects where the push finds them.
        objects: 'repository',
        scratchDir: sandbox.root
    });
    if (!applied.ok) {
        throw new NotExecuted('patch-does-not-apply', `the patch does not apply to ${env.defaultBranch} at ${base.slice(0, 12)}`, applied.message);
    }
    if (applied.tree === applied.baseTree) {
        throw new NotExecuted('empty-change', 'the patch applies but changes nothing');
    }
    const bot = env.config.rollout;
    const v = job.verdict;
    // The message goes on stdin: the agent's text is never an option.
    const made = await sandbox.git([
        '-c',
        `user.name=${bot.botName}`,
        '-c',
        `user.email=${bot.botEmail}`,
        'commit-tree',
        '--no-gpg-sign',
        '-p',
        base,
        applied.tree
    ], {
        cwd: dir,
        input: commitMessage({ title: v.title, proposalId: job.proposalId, runId: env.runId, type: v.type })
    });
    const head = made.stdout.toString('utf8').trim();
    if (!object_id/* OBJECT_ID */.S.test(head))
        throw new Error(`git commit-tree printed "${(0,text_escape/* forLog */.Ig)(head, 80)}", not an object id`);
    await sandbox.git(['update-ref', '--no-deref', `refs/heads/${branch}`, head, ''], { cwd: dir });
    return { dir, base, head };
}
/** Verify before pushing: the commit must be the change that was judged, and pass the rails again. */
async function verifyCommit(env, sandbox, job, commit) {
    const v = job.verdict;
    const changes = await (0,policy/* readGitChanges */.sh)({
        repo: commit.dir,
        range: `${commit.base}..${commit.head}`,
        configPath: env.configPath,
        env: sandbox.env
    });
    const diff = differences(v.files, changes.files);
    if (diff.length) {
        throw new NotExecuted('differs-from-judged', `the commit is not the change that was judged (${diff.slice(0, 3).join('; ')}${diff.length > 3 ? `; and ${diff.length - 3} more` : ''})`);
    }
    const again = (0,policy/* evaluateProposals */.t0)({
        config: env.config,
        configPath: env.configPath,
        proposals: [
            {
                title: v.title,
                ...(v.description !== undefined ? { description: v.description } : {}),
                type: v.type,
                riskLevel: v.riskLevel,
                source: 'git',
                files: changes.files,
                ...(changes.configFile ? { configFile: changes.configFile } : {})
            }
        ]
    }).proposals[0];
    if (!again.allowed) {
        throw new NotExecuted('differs-from-judged', `the rails block the commit: ${again.violations.map(x => `${x.rule}: ${x.message}`).join('; ')}`);
    }
}
/** The body, from the template on the default branch when it has one. */
async function pullRequestBody(env, sandbox, job, branch, commit) {
    const template = await sandbox.git(['cat-file', 'blob', `${commit.base}:${TEMPLATE_PATH}`], {
        cwd: commit.dir,
        okCodes: [0, 128]
    });
    return renderPullRequestBody({
        verdict: job.verdict,
        proposalId: job.proposalId,
        runId: env.runId,
        runDate: env.runDate,
        branch,
        baseSha: commit.base,
        requireChecklist: env.config.prTemplateConfig.requireChecklist
    }, template.code === 0 ? template.stdout.toString('utf8') : null);
}
function pushBranch(env, sandbox, job, branch, commit, progress) {
    const { head, base, dir } = commit;
    return env.gateway.perform(`push the branch of proposal ${job.proposalId}`, 'push', { branch, sha: head, base }, () => {
        progress.attempted = true;
        return sandbox.git(['push', '--quiet', '--no-verify', '--end-of-options', env.remote, `${head}:refs/heads/${branch}`], { cwd: dir, token: env.token });
    });
}
/** The draft pull request on the pushed branch; its labels and reviewers only warn when refused. */
async function openPullRequest(env, job, branch, commit, body) {
    let pr;
    try {
        const opened = await env.gateway.write(`open the draft pull request of proposal ${job.proposalId}`, 'POST /repos/{owner}/{repo}/pulls', pullRequestParams(env, job, branch, body));
        if (!opened.performed)
            throw new Error('the gateway did not open the pull request');
        pr = { number: opened.data.number, url: opened.data.html_url };
    }
    catch (error) {
        return await undoPush(env, job, branch, commit.head, `pull-request-failed: the pull request could not be opened (${(0,client/* errorText */.kc)(error)})`);
    }
    const warnings = await labelAndRequestReviews(env, job, pr.number);
    await (0,actions/* updateAction */.E_)(env.sql, job.actionId, {
        status: 'submitted',
        payload: {
            branch,
            baseSha: commit.base,
            headSha: commit.head,
            pullRequest: pr,
            leftover: null,
            ...(warnings.length ? { warnings } : {})
        },
        from: ['planned']
    });
    return { kind: 'submitted', actionId: job.actionId, pullRequest: pr, branch, warnings };
}
/** Labels and reviewers; what GitHub refuses becomes a warning, not a failure. */
async function labelAndRequestReviews(env, job, number) {
    const v = job.verdict;
    const warnings = [];
    try {
        await env.gateway.write(`label the pull request of proposal ${job.proposalId}`, 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
            owner: env.owner,
            repo: env.repo,
            issue_number: number,
            labels: labelsFor(env.config.prTemplateConfig.autoLabels, v.type, v.riskLevel)
        });
    }
    catch (error) {
        warnings.push(`labels not added: ${(0,client/* errorText */.kc)(error)}`);
    }
    const reviewers = reviewersOf(env.config.prTemplateConfig.autoRequestReviewers);
    if (reviewers.reviewers.length || reviewers.team_reviewers.length) {
        try {
            await env.gateway.write(`request reviews on the pull request of proposal ${job.proposalId}`, 'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', { owner: env.owner, repo: env.repo, pull_number: number, ...reviewers });
        }
        catch (error) {
            warnings.push(`reviewers not requested: ${(0,client/* errorText */.kc)(error)}`);
        }
    }
    return warnings;
}
/** What a failure leaves: the action failed (or only not executed), and any pushed branch undone. */
async function settleFailure(env, job, progress, error) {
    const { gateway, sql } = env;
    const { branch, head, attempted } = progress;
    if (error instanceof NotExecuted) {
        // not-planned: the action is not this run's to change (moved on, or of a superseded attempt,
        // whose 'failed' would count as the day's wildcard acted on).
        if (!gateway.dryRun && error.code !== 'not-planned') {
            await (0,actions/* updateAction */.E_)(sql, job.actionId, {
                status: 'failed',
                payload: { reason: error.message, error: error.detail ? firstLines(error.detail) : error.message },
                from: ['planned']
            });
        }
        return { kind: 'not-executed', actionId: job.actionId, reason: error.message };
    }
    if (progress.pushed)
        return await undoPush(env, job, branch, head, `execution-failed: ${(0,client/* errorText */.kc)(error)}`);
    if (isFlagOff(error) && !attempted) {
        // An operator turned the flag off: nothing was written, and the proposal simply did not act.
        const reason = `flag-off: ${(0,client/* errorText */.kc)(error)}`;
        await (0,actions/* updateAction */.E_)(sql, job.actionId, { payload: { reason, leftover: null }, from: ['planned'] });
        return { kind: 'not-executed', actionId: job.actionId, reason };
    }
    if (!gateway.dryRun) {
        await (0,actions/* updateAction */.E_)(sql, job.actionId, {
            status: 'failed',
            payload: {
                reason: `execution-failed: ${(0,client/* errorText */.kc)(error)}`,
                error: (0,client/* errorText */.kc)(error),
                // A push that failed may still have created the branch: the next run checks and cleans up.
                leftover: attempted ? { branch, headSha: head } : null
            },
            from: ['planned']
        });
    }
    return { kind: 'failed', actionId: job.actionId, reason: `execution-failed: ${(0,client/* errorText */.kc)(error)}` };
}
/** The pull request could not be opened after the push: delete the branch, or record it. */
async function undoPush(env, job, branch, head, reason) {
    let leftover = { branch, headSha: head };
    let note = '';
    try {
        await deleteBranch(env, branch, head, `delete the branch of proposal ${job.proposalId} (no pull request)`);
        leftover = null;
    }
    catch (error) {
        note = `; the branch could not be deleted (${(0,client/* errorText */.kc)(error)}) and is left for the next run`;
    }
    await (0,actions/* updateAction */.E_)(env.sql, job.actionId, {
        status: 'failed',
        payload: { reason, error: reason + note, leftover },
        from: ['planned']
    });
    return {
        kind: 'failed',
        actionId: job.actionId,
        reason: reason + note,
        ...(leftover ? { leftover: branch } : {})
    };
}
/** Delete `branch` on the remote, only while it still points at `sha`. */
async function deleteBranch(env, branch, sha, description) {
    const sandbox = (env.sandbox ?? git_sandbox/* createGitSandbox */.U_)();
    try {
        await env.gateway.perform(description, 'delete-branch', { branch, sha }, async () => {
            const dir = sandbox.dir('delete');
            await sandbox.git(['init', '--quiet', '--bare', '--template=', dir], { cwd: sandbox.root });
            await sandbox.git([
                'push',
                '--quiet',
                '--no-verify',
                `--force-with-lease=refs/heads/${branch}:${sha}`,
                '--end-of-options',
                env.remote,
                `:refs/heads/${branch}`
            ], { cwd: dir, token: env.token });
        });
    }
    finally {
        sandbox.cleanup();
    }
}
/** The draft pull request a proposal opens; the dry run's preview shows the same request. */
function pullRequestParams(env, job, branch, body) {
    return {
        owner: env.owner,
        repo: env.repo,
        title: plainTitle(job.verdict.title, `Self-evolution proposal ${job.proposalId}`),
        head: branch,
        base: env.defaultBranch,
        body,
        draft: true,
        maintainer_can_modify: false
    };
}
async function previewPullRequest(env, job, branch, body) {
    await env.gateway.write(`open the draft pull request of proposal ${job.proposalId}`, 'POST /repos/{owner}/{repo}/pulls', pullRequestParams(env, job, branch, body));
}
/** "user" or "org/team-slug" entries of prTemplateConfig.autoRequestReviewers. */
function reviewersOf(list) {
    const reviewers = [];
    const teams = [];
    for (const entry of list) {
        const e = entry.trim().replace(/^@/, '');
        if (!e)
            continue;
        if (e.includes('/'))
            teams.push(e.slice(e.indexOf('/') + 1));
        else
            reviewers.push(e);
    }
    return { reviewers, team_reviewers: teams };
}
async function executeIssue(env, job) {
    const v = job.verdict;
    // As for a pull request: a superseded attempt's action (or one no longer planned) never starts.
    if (!env.gateway.dryRun &&
        !(await (0,actions/* updateAction */.E_)(env.sql, job.actionId, { from: ['planned'], latestAttempt: true }))) {
        const reason = 'not-planned: the action is no longer planned, or a later attempt of the run superseded it';
        return { kind: 'not-executed', actionId: job.actionId, reason };
    }
    try {
        const opened = await env.gateway.write(`open the issue of proposal ${job.proposalId}`, 'POST /repos/{owner}/{repo}/issues', {
            owner: env.owner,
            repo: env.repo,
            title: plainTitle(v.title, `Self-evolution proposal ${job.proposalId}`),
            body: renderIssueBody({
                verdict: v,
                proposalId: job.proposalId,
                runId: env.runId,
                runDate: env.runDate,
                requireChecklist: false
            }),
            labels: labelsFor(env.config.prTemplateConfig.autoLabels, v.type, v.riskLevel)
        });
        if (!opened.performed)
            return { kind: 'previewed', actionId: job.actionId };
        const issue = { number: opened.data.number, url: opened.data.html_url };
        await (0,actions/* updateAction */.E_)(env.sql, job.actionId, { status: 'submitted', payload: { issue }, from: ['planned'] });
        return { kind: 'submitted', actionId: job.actionId, issue, warnings: [] };
    }
    catch (error) {
        if (isFlagOff(error)) {
            const reason = `flag-off: ${(0,client/* errorText */.kc)(error)}`;
            await (0,actions/* updateAction */.E_)(env.sql, job.actionId, { payload: { reason }, from: ['planned'] });
            return { kind: 'not-executed', actionId: job.actionId, reason };
        }
        const reason = `execution-failed: the issue could not be opened (${(0,client/* errorText */.kc)(error)})`;
        await (0,actions/* updateAction */.E_)(env.sql, job.actionId, {
            status: 'failed',
            payload: { reason, error: (0,client/* errorText */.kc)(error) },
            from: ['planned']
        });
        return { kind: 'failed', actionId: job.actionId, reason };
    }
}
/**
 * Delete the branches earlier runs left behind (payload.leftover), before anything new acts.
 * A branch that is gone, or that someone moved since, is no longer ours: the record is cleared.
 * Throws when a leftover cannot be dealt with; the caller then lets nothing act.
 */
async function cleanLeftovers(env, leftovers) {
    const done = [];
    for (const action of leftovers) {
        const leftover = action.payload.leftover;
        const branch = typeof leftover.branch === 'string' ? leftover.branch : '';
        const sha = typeof leftover.headSha === 'string' ? leftover.headSha : '';
        if (!/^[A-Za-z0-9._][A-Za-z0-9._/-]*$/.test(branch) || branch.includes('..')) {
            throw new Error(`action ${action.id} records a leftover branch "${(0,text_escape/* forLog */.Ig)(branch, 100)}" that is not a branch name`);
        }
        const sandbox = (env.sandbox ?? git_sandbox/* createGitSandbox */.U_)();
        let current;
        try {
            const listed = await sandbox.git(['ls-remote', '--heads', '--end-of-options', env.remote, `refs/heads/${branch}`], {
                cwd: sandbox.root,
                token: env.token
            });
            const line = listed.stdout
                .toString('utf8')
                .split('\n')
                .find(l => l.endsWith(`\trefs/heads/${branch}`));
            current = line ? line.split('\t')[0] : '';
        }
        finally {
            sandbox.cleanup();
        }
        let result;
        if (!current)
            result = 'already gone';
        else if (sha && current !== sha)
            result = `moved to ${current.slice(0, 12)} since; left alone`;
        else {
            await deleteBranch(env, branch, current, `delete the branch ${branch} left by action ${action.id}`);
            result = 'deleted';
        }
        await (0,actions/* updateAction */.E_)(env.sql, action.id, {
            ...(action.status === 'planned' ? { status: 'failed' } : {}),
            payload: {
                leftover: null,
                cleanedUp: { branch, result },
                ...(action.status === 'planned'
                    ? { error: 'the run stopped after the push, before the pull request' }
                    : {})
            }
        });
        done.push(`${branch}: ${result}`);
    }
    return done;
}
function firstLines(text) {
    return text
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean)
        .slice(0, 3)
        .join(' / ')
        .slice(0, 500);
}

// EXTERNAL MODULE: ./src/github/names.ts
var names = __webpack_require__(14567);
;// CONCATENATED MODULE: ./src/modes/run/act/index.ts











async function prepareActor(deps, run) {
    const state = { notes: [] };
    const reach = isLive(deps, run)
        ? await reachGitHub(deps, run)
        : { unavailable: deps.ctx.onGitHub ? undefined : 'GitHub is not reachable from a local run' };
    if (reach.env)
        await cleanUpLeftovers(reach.env, run, state);
    return {
        plan: async (proposals) => (state.decided = await planFor(deps, run, reach, state, proposals)),
        execute: judged => executeChosen(reach.env, state, judged)
    };
}
/**
 * Nothing can act without a live change type: then GitHub, git and the leftovers are left alone
 * (they are cleaned up by the first run that may act again).
 */
function isLive(deps, run) {
    return (!run.claimed.dryRun &&
        run.inputs.writeToken !== '' &&
        deps.ctx.onGitHub &&
        run.config.rollout.liveChangeTypes.length > 0);
}
/** The write client, its gateway, and where to clone from; a failure only says why not. */
async function reachGitHub(deps, run) {
    const { claimed, inputs } = run;
    let gh;
    const log = (line) => deps.host.info((0,text_escape/* forLog */.Ig)(line));
    try {
        const client = await deps.github(inputs.writeToken, { repository: claimed.repository });
        gh = client;
        const gateway = (0,github_gateway/* createWriteGateway */.md)({
            octokit: client,
            dryRun: false,
            checkFlag: async () => (await (0,flags/* readKillSwitch */.pG)(run.sql, claimed.repository)).on,
            log
        });
        const env = {
            sql: run.sql,
            gateway,
            owner: client.owner,
            repo: client.repo,
            remote: await originUrl(deps.ctx.workspace),
            defaultBranch: deps.ctx.defaultBranch || (await (0,contents/* getDefaultBranch */.Q)(client)),
            token: inputs.writeToken,
            config: run.config,
            configPath: inputs.configPath,
            runId: claimed.runId,
            runDate: claimed.runDate,
            log
        };
        return { gh, env };
    }
    catch (error) {
        // Fails the run only if a proposal would have acted (see planFor).
        return {
            gh,
            unavailable: `the repository to clone or its default branch could not be read (${(0,client/* errorText */.kc)(error)})`
        };
    }
}
/** Earlier runs' leftover branches go first; when they cannot, nothing acts. */
async function cleanUpLeftovers(env, run, state) {
    try {
        const leftovers = await (0,actions/* listLeftoverActions */.NK)(run.sql, run.claimed.repository);
        for (const line of leftovers.length ? await cleanLeftovers(env, leftovers) : []) {
            state.notes.push(`Leftover branch ${line}.`);
        }
    }
    catch (error) {
        state.leftoverProblem = `the branches earlier runs left behind could not be checked or cleaned up (${(0,client/* errorText */.kc)(error)})`;
        state.failure = `Nothing acted: ${state.leftoverProblem}.`;
    }
}
async function planFor(deps, run, reach, state, proposals) {
    const rollout = run.config.rollout;
    const entries = await (0,plan.planExecution)({
        candidates: (0,plan.candidatesOf)(proposals),
        dryRun: run.claimed.dryRun,
        hasWriteToken: run.inputs.writeToken !== '',
        liveChangeTypes: rollout.liveChangeTypes,
        maxActionsPerRun: rollout.maxActionsPerRun,
        maxOpenPullRequests: rollout.maxOpenPullRequests,
        leftoverProblem: state.leftoverProblem,
        unavailable: reach.unavailable,
        openPullRequests: async () => {
            if (!reach.gh)
                return { unknown: 'GitHub is not reachable from this run' };
            try {
                return await countOpenPullRequests(reach.gh, run.config.prTemplateConfig.branchPrefix);
            }
            catch (error) {
                state.failure ??= `The open pull requests could not be counted, so no pull request was opened (${(0,client/* errorText */.kc)(error)}).`;
                return { unknown: `the open pull requests could not be counted (${(0,client/* errorText */.kc)(error)})` };
            }
        }
    });
    if (deps.ctx.onGitHub && entries.some(e => !e.execute && e.reason.startsWith('github-unavailable:'))) {
        state.failure ??= `Nothing acted: ${reach.unavailable}.`;
    }
    return entries;
}
/** Execute what the plan chose, one proposal at a time; the first failure fails the run. */
async function executeChosen(env, state, judged) {
    const outcomes = [];
    const chosen = (state.decided ?? []).filter(e => e.execute);
    if (!chosen.length || !env)
        return { outcomes, notes: state.notes, failure: state.failure };
    for (const { index } of chosen) {
        const { verdict, patch, proposalId, actionId } = judged[index];
        if (actionId === undefined || proposalId === undefined || !verdict.allowed) {
            state.notes.push(`Proposal ${index + 1} has no recorded action (telemetry.storeActions, or the database refused it), so it did not act.`);
            continue;
        }
        const job = { actionId, proposalId, verdict, patch };
        const outcome = verdict.stats.files > 0 ? await executePullRequest(env, job) : await executeIssue(env, job);
        outcomes.push(outcome);
        state.notes.push(describe(index, outcome));
        if (outcome.kind === 'failed')
            state.failure ??= `Proposal ${index + 1} could not be executed: ${outcome.reason}`;
    }
    return { outcomes, notes: state.notes, failure: state.failure };
}
function describe(index, o) {
    const n = `Proposal ${index + 1}`;
    switch (o.kind) {
        case 'submitted':
            return o.pullRequest
                ? `${n}: opened draft pull request #${o.pullRequest.number}${o.warnings.length ? ` (${o.warnings.join('; ')})` : ''}.`
                : `${n}: opened issue #${o.issue?.number}.`;
        case 'not-executed':
            return `${n} was not executed: ${o.reason}`;
        case 'failed':
            return `${n} failed: ${o.reason}`;
        case 'previewed':
            return `${n}: previewed only (dry run).`;
    }
}
/**
 * Open pull requests whose head branch starts with the prefix and lives in this repository (every
 * page; fails when unreadable). A fork's pull request never counts: anyone can open one on any
 * branch name, and would otherwise stop every agent pull request.
 */
async function countOpenPullRequests(gh, prefix) {
    const pulls = await (0,client/* listAll */._w)(gh, 'GET /repos/{owner}/{repo}/pulls', { state: 'open' });
    return pulls.filter(p => typeof p.head?.ref === 'string' &&
        p.head.ref.startsWith(prefix) &&
        (0,names/* isSameRepository */.v)(p.head.repo?.full_name, `${gh.owner}/${gh.repo}`)).length;
}
/** `git remote get-url origin` in the job's checkout, with any credentials removed. */
async function originUrl(workspace) {
    const url = await (0,remote/* originUrl */.sH)(workspace).catch(() => {
        throw new Error(`the checkout at ${(0,text_escape/* forLog */.Ig)(workspace, 200)} has no origin remote to clone from`);
    });
    if (!url)
        throw new Error('the checkout has an empty origin URL');
    return url;
}


/***/ }),

/***/ 60338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PLAN_REASONS: () => (/* binding */ PLAN_REASONS),
/* harmony export */   candidatesOf: () => (/* binding */ candidatesOf),
/* harmony export */   dryRunPlanner: () => (/* binding */ dryRunPlanner),
/* harmony export */   planExecution: () => (/* binding */ planExecution)
/* harmony export */ });
const PLAN_REASONS = [
    'dry-run',
    'no-write-token',
    'type-not-live',
    'no-patch',
    'github-unavailable',
    'leftover-cleanup-failed',
    'max-actions-per-run',
    'open-pull-requests-unknown',
    'max-open-pull-requests'
];
/** Decide for each candidate, in order; limits are used up only by proposals that act. */
async function planExecution(input) {
    const out = [];
    const live = new Set(input.liveChangeTypes);
    let acting = 0;
    let pullRequests = 0;
    let open;
    const stay = (index, code, sentence) => out.push({ index, execute: false, reason: `${code}: ${sentence}` });
    for (const c of input.candidates) {
        if (input.dryRun) {
            stay(c.index, 'dry-run', 'the run is a dry run, so nothing is written to GitHub');
        }
        else if (!input.hasWriteToken) {
            stay(c.index, 'no-write-token', 'the write-token input is empty; live writes need a GitHub App installation token');
        }
        else if (!live.has(c.type)) {
            stay(c.index, 'type-not-live', `type ${c.type} is not in rollout.liveChangeTypes (${input.liveChangeTypes.length ? input.liveChangeTypes.join(', ') : 'empty'})`);
        }
        else if (c.actionType === 'pr' && !c.hasPatch) {
            stay(c.index, 'no-patch', 'the proposal lists its changes as files without a patch, so there is nothing to apply');
        }
        else if (input.unavailable) {
            stay(c.index, 'github-unavailable', input.unavailable);
        }
        else if (input.leftoverProblem) {
            stay(c.index, 'leftover-cleanup-failed', input.leftoverProblem);
        }
        else if (acting >= input.maxActionsPerRun) {
            stay(c.index, 'max-actions-per-run', `rollout.maxActionsPerRun (${input.maxActionsPerRun}) proposals already act in this run`);
        }
        else if (c.actionType === 'issue') {
            acting++;
            out.push({ index: c.index, execute: true });
        }
        else {
            open ??= await input.openPullRequests();
            if (typeof open !== 'number') {
                stay(c.index, 'open-pull-requests-unknown', open.unknown);
            }
            else if (open + pullRequests >= input.maxOpenPullRequests) {
                stay(c.index, 'max-open-pull-requests', `${open + pullRequests} pull requests are open on the branch prefix; rollout.maxOpenPullRequests is ${input.maxOpenPullRequests}`);
            }
            else {
                acting++;
                pullRequests++;
                out.push({ index: c.index, execute: true });
            }
        }
    }
    return out;
}
/** The candidates of a judgement: allowed proposals, a pull request when they change files. */
function candidatesOf(proposals) {
    return proposals.flatMap(({ verdict: v, patch }, index) => v.allowed
        ? [
            {
                index,
                type: v.type,
                actionType: v.stats.files > 0 ? 'pr' : 'issue',
                hasPatch: typeof patch === 'string'
            }
        ]
        : []);
}
/**
 * The planner of a dry run: every allowed proposal stays planned with the reason dry-run. It needs
 * nothing but the verdicts, so the dry-run path loads no GitHub client and makes no round trip.
 */
function dryRunPlanner() {
    return proposals => planExecution({
        candidates: candidatesOf(proposals),
        dryRun: true,
        hasWriteToken: false,
        liveChangeTypes: [],
        maxActionsPerRun: 0,
        maxOpenPullRequests: 0,
        openPullRequests: async () => ({ unknown: 'not asked in a dry run' })
    });
}


/***/ }),

/***/ 25086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sh: () => (/* reexport safe */ _git_js__WEBPACK_IMPORTED_MODULE_7__.sh),
/* harmony export */   t0: () => (/* reexport safe */ _engine_js__WEBPACK_IMPORTED_MODULE_0__.t0)
/* harmony export */ });
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40566);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4965);
/* harmony import */ var _config_loosened_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10782);
/* harmony import */ var _risk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69391);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45915);
/* harmony import */ var _unified_diff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26690);
/* harmony import */ var _proposals_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52576);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12147);
/**
 * The policy engine and its readers. `evaluateProposals` is pure (no I/O, no clock) and is what
 * the action's main step and the `check` command both call; the readers are the thin layer that
 * turns git, a unified diff or a proposals file into proposals under review.
 */













/***/ })

};
