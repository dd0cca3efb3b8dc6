export const id = 224;
export const ids = [224];
export const modules = {

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

/***/ 94224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateMainStage: () => (/* binding */ gateMainStage),
  gatePostStage: () => (/* binding */ gatePostStage)
});

// UNUSED EXPORTS: GATE_EVENT_KIND, GATE_FILES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/db/actions.ts
var actions = __webpack_require__(58973);
// EXTERNAL MODULE: ./src/db/events.ts
var events = __webpack_require__(63725);
// EXTERNAL MODULE: ./src/github/contents.ts
var contents = __webpack_require__(33113);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/runtime/context.ts
var context = __webpack_require__(60047);
// EXTERNAL MODULE: ./src/runtime/stage.ts
var stage = __webpack_require__(31634);
// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var summary = __webpack_require__(56013);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/policy/engine.ts
var engine = __webpack_require__(40566);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
;// CONCATENATED MODULE: ./src/modes/gate/types.ts
/** The gate's own rule ids, beside the policy engine's (blocked-path, max-lines, ...). */
const GATE_RULES = (/* unused pure expression or super */ null && ([
    'not-recorded',
    'metadata-mismatch',
    'too-large',
    'ci-missing',
    'ci-pending',
    'ci-failed',
    'force-push'
]));
/** Conditions that are not violations: the pull request waits for them. */
const PENDING_CONDITIONS = (/* unused pure expression or super */ null && (['review-required']));
/** The label a maintainer puts on a pull request the daily run did not record. */
const MANUAL_LABEL = 'self-evolution:manual';
const TYPE_LABEL_PREFIX = 'self-evolution:type/';
const RISK_LABEL_PREFIX = 'self-evolution:risk/';
/** The collaborator permissions that count as write access. */
const WRITE_PERMISSIONS = ['admin', 'maintain', 'write'];

;// CONCATENATED MODULE: ./src/modes/gate/decide.ts



const q = (s) => JSON.stringify(s);
const lower = (s) => s.toLowerCase();
/**
 * Whether the pull request is the agent's: its head branch starts with the prefix, its author is
 * an agent login, or a commit is authored by one. A commit list GitHub cut short counts as the
 * agent's (it cannot be shown not to be).
 */
function decideScope(s) {
    const reasons = [];
    if (s.scope === 'all')
        reasons.push('scope is "all": every pull request is gated');
    if (s.branchPrefix !== '' && s.headRef.startsWith(s.branchPrefix))
        reasons.push(`the head branch starts with ${q(s.branchPrefix)}`);
    const logins = new Set(s.agentLogins.map(lower));
    if (logins.has(lower(s.author)))
        reasons.push(`the author ${q(s.author)} is an agent login`);
    const agentCommit = s.commitAuthors.find(a => logins.has(lower(a)));
    if (agentCommit !== undefined)
        reasons.push(`a commit is authored by the agent login ${q(agentCommit)}`);
    if (!s.commitsComplete && logins.size > 0)
        reasons.push('GitHub listed only part of the commits, so an agent commit cannot be ruled out');
    return { inScope: reasons.length > 0, reasons };
}
// --- the recorded action ---------------------------------------------------------------------------
/** Statuses of an action whose pull request may be open (closed: it may have been reopened). */
const LIVE_STATUSES = new Set(['planned', 'submitted', 'closed']);
/**
 * Whether the action found for the pull request really is its record: a PR or revert action
 * whose payload names this pull request's number, or (before the number was written) its
 * branch, and that is still live.
 */
function matchRecord(action, pr) {
    if (!action)
        return { problem: `no action recorded for pull request #${pr.number} or its head branch` };
    const payload = action.payload ?? {};
    const recordedPr = payload.pullRequest?.number;
    const recordedBranch = payload.branch;
    if (action.actionType !== 'pr' && action.actionType !== 'revert') {
        return { problem: `action ${action.id} is of type ${q(String(action.actionType))}, not a pull request` };
    }
    if (recordedPr !== undefined && recordedPr !== null) {
        if (Number(recordedPr) !== pr.number) {
            return {
                problem: `action ${action.id} with this branch records pull request #${String(recordedPr)}, not #${pr.number}`
            };
        }
    }
    else if (recordedBranch !== pr.headRef) {
        return { problem: `action ${action.id} records neither this pull request nor its branch` };
    }
    else if (!pr.sameRepository) {
        // The daily run pushes to the repository itself: a fork's branch of the same name is not it.
        return {
            problem: `action ${action.id} records the branch ${q(pr.headRef)} of this repository, but the pull request comes from another repository`
        };
    }
    if (!LIVE_STATUSES.has(action.status)) {
        return { problem: `action ${action.id} is ${action.status}; it records no open pull request` };
    }
    return { record: action };
}
// --- the manual label ------------------------------------------------------------------------------
/** The actor of the latest `labeled` event that put `name` on (any case), if it is still on. */
function labelActor(labels, timeline, name) {
    const wanted = lower(name);
    if (!labels.some(l => lower(l) === wanted))
        return undefined;
    let actor;
    for (const e of sortByTime(timeline)) {
        if (e.event === 'labeled' && e.label !== undefined && lower(e.label) === wanted)
            actor = e.actor;
    }
    return actor === undefined ? null : actor;
}
/** The actor of the latest `labeled` event that put the manual label on, if it is still on. */
function manualLabelActor(labels, timeline) {
    return labelActor(labels, timeline, MANUAL_LABEL);
}
function hasWriteAccess(permission) {
    return permission !== undefined && WRITE_PERMISSIONS.includes(permission);
}
/** A label counts only when a User (never a Bot) with write access applied it last. */
function decideLabelActor(label, actor, permission) {
    if (actor === undefined)
        return { ok: false, detail: `no ${label} label` };
    if (actor === null)
        return { ok: false, detail: `${label} is on, but the timeline shows no one applying it` };
    if (actor.type !== 'User')
        return {
            ok: false,
            detail: `${label} was applied by ${q(actor.login)}, a ${actor.type}, not a User; it does not count`
        };
    if (!hasWriteAccess(permission))
        return {
            ok: false,
            detail: `${label} was applied by ${q(actor.login)}, whose permission is ${q(permission ?? 'none')}, not write access; it does not count`
        };
    return { ok: true, detail: `${label} was applied by ${q(actor.login)} (${permission})` };
}
/** The waiver counts only when a User (never a Bot) with write access applied the label. */
function decideManualWaiver(actor, permission) {
    const { ok, detail } = decideLabelActor(MANUAL_LABEL, actor, permission);
    return { waived: ok, detail };
}
function metadataLabels(labels) {
    const types = [];
    const risks = [];
    for (const l of labels) {
        const low = lower(l);
        if (low.startsWith(TYPE_LABEL_PREFIX))
            types.push(l.slice(TYPE_LABEL_PREFIX.length));
        else if (low.startsWith(RISK_LABEL_PREFIX))
            risks.push(l.slice(RISK_LABEL_PREFIX.length));
    }
    return { types, risks };
}
/**
 * Labels are only a cross-check of the recorded type and risk: one type label and one risk
 * label, each equal to the record. Missing labels are a mismatch too on a pull request the daily
 * run opened (it always sets them); on a revert they are checked only when present.
 */
function crossCheckLabels(labels, recorded, opts) {
    const { types, risks } = metadataLabels(labels);
    const out = [];
    const check = (what, found, expected, prefix) => {
        if (found.length === 0) {
            if (opts.required)
                out.push({
                    rule: 'metadata-mismatch',
                    message: `the ${what} label ${q(prefix + expected)} is missing; the recorded proposal's ${what} is ${q(expected)}`
                });
            return;
        }
        if (found.length > 1) {
            out.push({
                rule: 'metadata-mismatch',
                message: `${found.length} ${what} labels (${found.map(f => q(prefix + f)).join(', ')}); expected one, ${q(prefix + expected)}`
            });
            return;
        }
        if (found[0] !== expected) {
            out.push({
                rule: 'metadata-mismatch',
                message: `the label ${q(prefix + found[0])} disagrees with the recorded proposal's ${what} ${q(expected)}`
            });
        }
    };
    check('type', types, recorded.type, TYPE_LABEL_PREFIX);
    check('risk', risks, String(recorded.riskLevel), RISK_LABEL_PREFIX);
    return out;
}
/**
 * A manual pull request has no record: its type and risk come from its labels, which a
 * maintainer vouched for with the manual label. Exactly one valid label of each is needed.
 */
function metadataFromLabels(labels) {
    const { types, risks } = metadataLabels(labels);
    if (types.length !== 1 || !schema/* CHANGE_TYPES */.pf.includes(types[0]))
        return {
            problem: `a pull request without a record needs exactly one ${TYPE_LABEL_PREFIX}<type> label with one of ${schema/* CHANGE_TYPES */.pf.join(', ')}; found ${types.length ? types.map(q).join(', ') : 'none'}`
        };
    if (risks.length !== 1 || !/^[0-5]$/.test(risks[0]))
        return {
            problem: `a pull request without a record needs exactly one ${RISK_LABEL_PREFIX}<0-5> label; found ${risks.length ? risks.map(q).join(', ') : 'none'}`
        };
    return { type: types[0], riskLevel: Number(risks[0]) };
}
// --- the rails -------------------------------------------------------------------------------------
/** Judge the pull request's changes with the policy engine, with the recorded type and risk. */
function judgeRails(input) {
    const result = (0,engine/* evaluateProposals */.t0)({
        config: input.config,
        configPath: input.configPath,
        proposals: [
            {
                title: input.title,
                type: input.type,
                riskLevel: input.riskLevel,
                source: input.source,
                files: input.files,
                ...(input.configFile ? { configFile: input.configFile } : {}),
                ...(input.exemptFromTypePaths ? { exemptFromTypePaths: true } : {})
            }
        ]
    });
    return result.proposals[0];
}
// --- force pushes ----------------------------------------------------------------------------------
function forcePushViolations(timeline, openedAt) {
    const opened = Date.parse(openedAt);
    return sortByTime(timeline)
        .filter(e => e.event === 'head_ref_force_pushed')
        .filter(e => !(Date.parse(e.createdAt) < opened))
        .map(e => ({
        rule: 'force-push',
        message: `the head branch was force-pushed${e.actor ? ` by ${q(e.actor.login)}` : ''} at ${e.createdAt}, after the pull request was opened`
    }));
}
// --- reviews ---------------------------------------------------------------------------------------
/**
 * The review states that change a reviewer's state, as GitHub counts them for a pull request's
 * approvals: a COMMENTED review (or a pending one) leaves an earlier approval standing.
 */
const STATE_CHANGING_REVIEWS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
/**
 * The reviewers whose approval may count, before their permission is known: the reviewer's
 * latest state-changing review is APPROVED, on the current head, from a User who is neither the
 * author nor an agent login. `ignored` says why each other approval does not count.
 */
function approvalCandidates(reviews, opts) {
    const latest = new Map();
    const ordered = [...reviews]
        .filter(r => r.user && STATE_CHANGING_REVIEWS.has(r.state))
        .sort((a, b) => timeOf(a.submittedAt) - timeOf(b.submittedAt) || a.id - b.id);
    for (const r of ordered)
        latest.set(lower(r.user.login), r);
    const agents = new Set(opts.agentLogins.map(lower));
    const candidates = [];
    const ignored = [];
    for (const [login, r] of latest) {
        const who = q(r.user.login);
        if (r.state !== 'APPROVED') {
            if (ordered.some(x => lower(x.user.login) === login && x.state === 'APPROVED'))
                ignored.push(`${who}'s latest review is ${r.state}, not an approval`);
            continue;
        }
        if (r.user.type !== 'User')
            ignored.push(`${who} is a ${r.user.type}, not a User`);
        else if (login === lower(opts.author))
            ignored.push(`${who} is the pull request's author`);
        else if (agents.has(login))
            ignored.push(`${who} is an agent login`);
        else if (r.commitId !== opts.headSha)
            ignored.push(`${who} approved ${r.commitId ? r.commitId.slice(0, 12) : 'an unknown commit'}, not the current head ${opts.headSha.slice(0, 12)}`);
        else
            candidates.push(r.user.login);
    }
    return { candidates, ignored };
}
// --- the verdict -----------------------------------------------------------------------------------
function ciViolations(ci) {
    if (!ci || !ci.required)
        return [];
    const out = [];
    for (const c of ci.checks) {
        if (c.state === 'failure')
            out.push({ rule: 'ci-failed', message: `the check ${q(c.name)} failed (${c.detail})` });
    }
    for (const c of ci.checks) {
        if (c.state === 'missing')
            out.push({ rule: 'ci-missing', message: c.detail });
        else if (c.state === 'pending')
            out.push({
                rule: 'ci-pending',
                message: `the check ${q(c.name)} is still ${c.detail} after ${Math.round(ci.waitedMs / 1000)} s of waiting`
            });
    }
    if (ci.state === 'missing' && !out.some(v => v.rule === 'ci-missing'))
        out.push({
            rule: 'ci-missing',
            message: 'no GitHub Actions check run ran on the head commit (a commit status or another app’s check is not enough, and a "[skip ci]" marker starts no workflow): green CI cannot mean that nothing ran'
        });
    return out;
}
function gateStatus(violations, pending) {
    if (violations.length > 0)
        return 'fail';
    if (pending.length > 0)
        return 'pending';
    return 'pass';
}
function timeOf(iso) {
    const t = iso ? Date.parse(iso) : NaN;
    return Number.isNaN(t) ? 0 : t;
}
function sortByTime(items) {
    return items
        .map((e, i) => ({ e, i }))
        .sort((a, b) => timeOf(a.e.createdAt) - timeOf(b.e.createdAt) || a.i - b.i)
        .map(x => x.e);
}

;// CONCATENATED MODULE: ./src/modes/gate/event.ts
/**
 * The event the gate runs for, from the runner's event payload (GITHUB_EVENT_PATH). Only the pull
 * request's number and the action are taken from it: everything else (head SHA, state, labels)
 * is read again from the API, because the payload can be stale by the time the job runs.
 */

const GATE_EVENTS = {
    pull_request_target: ['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled', 'closed', 'edited'],
    pull_request_review: ['submitted', 'dismissed', 'edited']
};
function parseGateEvent(name, payload) {
    if (name === 'pull_request') {
        throw new Error('The gate ran on "pull_request"; it must run on "pull_request_target" (and pull_request_review), so that its workflow and action come from the base branch, never from the pull request it judges.');
    }
    if (!(name in GATE_EVENTS)) {
        throw new Error(`The gate ran on the event "${(0,text_escape/* forLog */.Ig)(name || '(none)', 80)}"; expected pull_request_target or pull_request_review (mode: gate judges pull requests only).`);
    }
    const eventName = name;
    const p = (payload ?? {});
    const action = typeof p.action === 'string' ? p.action : '';
    if (!GATE_EVENTS[eventName].includes(action)) {
        throw new Error(`The ${eventName} event's action is "${(0,text_escape/* forLog */.Ig)(action || '(none)', 80)}"; the gate handles ${GATE_EVENTS[eventName].join(', ')}.`);
    }
    const number = p.pull_request?.number;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
        throw new Error(`The ${eventName} event payload names no pull request number.`);
    }
    return { name: eventName, action, number };
}

// EXTERNAL MODULE: ./src/github/names.ts
var names = __webpack_require__(14567);
// EXTERNAL MODULE: ./src/policy/threats.ts
var threats = __webpack_require__(58571);
// EXTERNAL MODULE: ./src/git/object-id.ts
var object_id = __webpack_require__(17455);
// EXTERNAL MODULE: ./src/policy/git.ts + 1 modules
var git = __webpack_require__(12147);
// EXTERNAL MODULE: ./src/policy/secrets.ts
var policy_secrets = __webpack_require__(45915);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(38851);
;// CONCATENATED MODULE: ./src/modes/gate/ci.ts
const ci_q = (s) => JSON.stringify(s);
/** Events whose workflow runs attach to the default branch: they never make a PR green. */
const IGNORED_RUN_EVENTS = ['check_suite', 'workflow_run'];
/** The workflow run id a GitHub Actions check run links to (…/actions/runs/<id>/job/<job>). */
function runIdOfUrl(url) {
    if (!url)
        return undefined;
    const m = /\/actions\/runs\/(\d+)(?:[/?#]|$)/.exec(url);
    return m ? Number(m[1]) : undefined;
}
function isActionsCheck(c) {
    return c.appSlug === 'github-actions';
}
/** Why a check run does not count, or undefined when it does. */
function exclusionOf(c, own) {
    if (!isActionsCheck(c))
        return undefined;
    const runId = c.workflowRun?.id ?? runIdOfUrl(c.detailsUrl) ?? runIdOfUrl(c.htmlUrl);
    if (own.runId && runId === own.runId)
        return "the gate's own check (this workflow run)";
    const path = c.workflowRun?.path?.replace(/@.*$/, '');
    if (own.path && path === own.path)
        return `a run of the gate's own workflow ${ci_q(own.path)}`;
    const event = c.workflowRun?.event;
    if (event && IGNORED_RUN_EVENTS.includes(event))
        return `started by a ${event} event, which attaches to the default branch`;
    return undefined;
}
function checkRunState(c, strict) {
    if (c.status !== 'completed')
        return { state: 'pending', detail: c.status };
    const conclusion = c.conclusion ?? 'none';
    if (conclusion === 'success')
        return { state: 'success', detail: 'success' };
    if (!strict && (conclusion === 'neutral' || conclusion === 'skipped'))
        return { state: 'success', detail: conclusion };
    return { state: 'failure', detail: `concluded ${conclusion}${strict ? ', not success' : ''}` };
}
function statusState(s) {
    if (s.state === 'success')
        return { state: 'success', detail: 'success' };
    if (s.state === 'pending')
        return { state: 'pending', detail: 'pending' };
    return { state: 'failure', detail: `status ${s.state}` };
}
/**
 * The newest run of each name per check suite (a suite is one app's run on the commit, e.g. one
 * workflow run). A later run in another suite never hides a failed one: both are kept.
 */
function newestPerSuiteAndName(runs) {
    const byKey = new Map();
    for (const r of runs) {
        const suite = r.checkSuiteId ?? `app ${r.appSlug ?? ''}`;
        const key = JSON.stringify([suite, r.name]);
        const seen = byKey.get(key);
        if (!seen || r.id > seen.id)
            byKey.set(key, r);
    }
    return [...byKey.values()];
}
function latestPerContext(statuses) {
    const byContext = new Map();
    for (const s of statuses) {
        const seen = byContext.get(s.context);
        const newer = !seen ||
            Date.parse(s.updatedAt) > Date.parse(seen.updatedAt) ||
            (Date.parse(s.updatedAt) === Date.parse(seen.updatedAt) && s.id > seen.id);
        if (newer)
            byContext.set(s.context, s);
    }
    return byContext;
}
/** A listed name: present and concluded success, worst first (failure, then pending). */
function listedCheck(name, runs, statuses) {
    const found = [];
    for (const run of runs)
        if (run.name === name)
            found.push(checkRunState(run, true));
    const status = statuses.get(name);
    if (status)
        found.push(statusState(status));
    if (found.length === 0) {
        return {
            name,
            kind: 'required',
            state: 'missing',
            detail: `the required check ${ci_q(name)} is not on the head commit`
        };
    }
    const worst = found.find(f => f.state === 'failure') ?? found.find(f => f.state === 'pending') ?? found[0];
    return { name, kind: 'required', ...worst };
}
/** A GitHub Actions check run that ran (or is running): the proof that a workflow started. */
function actionsRan(runs) {
    return runs.some(r => isActionsCheck(r) && !(r.status === 'completed' && r.conclusion === 'skipped'));
}
function evaluateCi(input) {
    const own = { path: input.ownWorkflowPath, runId: input.ownRunId };
    const excluded = [];
    const counted = [];
    for (const c of input.checkRuns) {
        const why = exclusionOf(c, own);
        if (why)
            excluded.push({ name: c.name, why });
        else
            counted.push(c);
    }
    const runs = newestPerSuiteAndName(counted);
    const statuses = latestPerContext(input.statuses);
    const listed = new Set(input.requiredChecks);
    const checks = [];
    // The listed names first, each present and concluded success; then every other check that ran.
    for (const name of listed)
        checks.push(listedCheck(name, runs, statuses));
    for (const run of runs) {
        if (!listed.has(run.name))
            checks.push({ name: run.name, kind: 'check-run', ...checkRunState(run, false) });
    }
    for (const [name, s] of statuses) {
        if (!listed.has(name))
            checks.push({ name, kind: 'status', ...statusState(s) });
    }
    const has = (state) => checks.some(c => c.state === state);
    const state = has('failure')
        ? 'failure'
        : has('pending')
            ? 'pending'
            : has('missing') || !actionsRan(runs)
                ? 'missing'
                : 'success';
    return {
        required: input.requireGreenCI,
        requiredChecks: [...input.requiredChecks],
        checks,
        excluded,
        state
    };
}
const FIRST_POLL_DELAY_MS = 10_000;
const MAX_POLL_DELAY_MS = 120_000;
/**
 * Read CI until it is decided (success or failure) or `timeoutMs` has passed, sleeping with
 * doubling delays (10 s, 20 s, ... at most 2 min) on the injected clock. Missing checks are
 * waited for too: a workflow may not have registered its checks yet.
 */
async function waitForCi(opts) {
    const started = opts.now();
    let delay = FIRST_POLL_DELAY_MS;
    // Time slept counts even when the clock does not move (a frozen clock can never wait forever).
    let slept = 0;
    for (;;) {
        const result = await opts.read();
        const waitedMs = Math.max(opts.now() - started, slept);
        const settled = !result.required || result.state === 'success' || result.state === 'failure';
        const left = opts.timeoutMs - waitedMs;
        if (settled || left <= 0)
            return { ...result, waitedMs };
        const pause = Math.min(delay, left);
        const open = result.checks.filter(c => c.state === 'pending' || c.state === 'missing').map(c => c.name);
        opts.onWait?.(`Waiting ${Math.round(pause / 1000)} s for ${open.length ? open.map(n => ci_q(n)).join(', ') : 'a GitHub Actions check run'} (${Math.round(waitedMs / 1000)} s of ${Math.round(opts.timeoutMs / 1000)} s so far).`);
        await opts.sleep(pause);
        slept += pause;
        delay = Math.min(delay * 2, MAX_POLL_DELAY_MS);
    }
}

;// CONCATENATED MODULE: ./src/modes/gate/read-api.ts
/**
 * What the gate reads from GitHub, through the retrying read-only client: the pull request (never
 * the event payload, which can be stale), its commits, timeline, reviews, the collaborator
 * permission of a login, and the check runs and statuses of the head SHA. Every list is read to
 * its end (Link-header pagination); anything that cannot be read throws, so the gate fails
 * closed instead of deciding on half the facts.
 */



/**
 * A reply GitHub sent that the gate cannot use. Its own class because the API source tells it
 * apart: no usable merge base means the base commit's tree is read instead (changes-api.ts).
 */
class GateReadError extends Error {
    name = 'GateReadError';
}
const str = (v) => (typeof v === 'string' ? v : '');
const num = (v) => (typeof v === 'number' ? v : Number(v ?? NaN));
function actorOf(v) {
    const u = v;
    if (!u || typeof u.login !== 'string')
        return null;
    return { login: u.login, type: typeof u.type === 'string' ? u.type : 'Unknown' };
}
function statusOf(error) {
    const s = error?.status;
    return typeof s === 'number' ? s : undefined;
}
async function readPull(gh, number) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: gh.owner,
        repo: gh.repo,
        pull_number: number
    });
    const d = data;
    const author = actorOf(d.user);
    if (!author)
        throw new GateReadError(`GitHub sent pull request #${number} without its author.`);
    if (!object_id/* OBJECT_ID */.S.test(str(d.head?.sha)) || !object_id/* OBJECT_ID */.S.test(str(d.base?.sha)))
        throw new GateReadError(`GitHub sent pull request #${number} without valid head and base SHAs.`);
    const changedFiles = num(d.changed_files);
    const commits = num(d.commits);
    if (!Number.isSafeInteger(changedFiles) ||
        changedFiles < 0 ||
        !Number.isSafeInteger(commits) ||
        commits < 0)
        throw new GateReadError(`GitHub sent pull request #${number} without its changed_files and commits counts.`);
    return {
        number,
        state: d.state === 'closed' ? 'closed' : 'open',
        merged: d.merged === true,
        mergeCommitSha: typeof d.merge_commit_sha === 'string' ? d.merge_commit_sha : null,
        draft: d.draft === true,
        title: str(d.title),
        body: str(d.body),
        htmlUrl: str(d.html_url),
        headSha: d.head.sha,
        headRef: str(d.head.ref),
        headRepo: d.head.repo?.full_name ?? null,
        baseSha: d.base.sha,
        baseRef: str(d.base.ref),
        author,
        createdAt: str(d.created_at),
        changedFiles,
        commits,
        labels: (d.labels ?? []).map(l => str(l?.name)).filter(Boolean)
    };
}
/**
 * The GitHub logins that authored the pull request's commits, and the commits' messages (for
 * ci-skip-marker), in the order listed (GitHub lists at most 250).
 */
async function readCommitAuthors(gh, pr) {
    const commits = await (0,client/* listAll */._w)(gh, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', {
        pull_number: pr.number
    });
    const authors = new Set();
    for (const c of commits) {
        const a = actorOf(c.author);
        if (a)
            authors.add(a.login);
        const committer = actorOf(c.committer);
        if (committer && committer.type === 'Bot')
            authors.add(committer.login);
    }
    const messages = commits.map(c => str(c.commit?.message));
    return { authors: [...authors], complete: commits.length >= pr.commits, messages };
}
async function readTimeline(gh, number) {
    const events = await (0,client/* listAll */._w)(gh, 'GET /repos/{owner}/{repo}/issues/{issue_number}/timeline', {
        issue_number: number
    });
    return events.map(e => ({
        event: str(e.event),
        createdAt: str(e.created_at),
        actor: actorOf(e.actor),
        ...(e.label && typeof e.label.name === 'string'
            ? { label: e.label.name }
            : {})
    }));
}
async function readReviews(gh, number) {
    const reviews = await (0,client/* listAll */._w)(gh, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        pull_number: number
    });
    return reviews.map(r => ({
        id: num(r.id),
        user: actorOf(r.user),
        state: str(r.state),
        commitId: typeof r.commit_id === 'string' ? r.commit_id : null,
        submittedAt: typeof r.submitted_at === 'string' ? r.submitted_at : null
    }));
}
/**
 * The login's permission on the repository: admin, maintain, write, triage, read or none
 * (a 404: not a collaborator). The role name is preferred, since `permission` says "write" for
 * maintain and "read" for triage.
 */
async function readPermission(gh, login) {
    try {
        const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { owner: gh.owner, repo: gh.repo, username: login });
        const d = data;
        const role = str(d.role_name);
        if (['admin', 'maintain', 'write', 'triage', 'read'].includes(role))
            return role;
        return str(d.permission) || 'none';
    }
    catch (error) {
        if (statusOf(error) === 404)
            return 'none';
        throw error;
    }
}
/**
 * The check runs on `sha`, the latest of each name per check suite. A GitHub Actions check run is
 * tied to its workflow run (path and event), read once per run.
 */
async function readCheckRuns(gh, sha) {
    const runs = await (0,client/* listAll */._w)(gh, 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        ref: sha,
        filter: 'latest'
    });
    const facts = runs.map(r => ({
        id: num(r.id),
        name: str(r.name),
        status: str(r.status),
        conclusion: typeof r.conclusion === 'string' ? r.conclusion : null,
        detailsUrl: typeof r.details_url === 'string' ? r.details_url : null,
        htmlUrl: typeof r.html_url === 'string' ? r.html_url : null,
        checkSuiteId: r.check_suite ? num(r.check_suite.id) : null,
        appSlug: r.app ? str(r.app.slug) || null : null
    }));
    const workflowRuns = new Map();
    for (const c of facts) {
        if (!isActionsCheck(c))
            continue;
        const id = runIdOfUrl(c.detailsUrl) ?? runIdOfUrl(c.htmlUrl);
        if (id === undefined)
            continue;
        if (!workflowRuns.has(id))
            workflowRuns.set(id, readWorkflowRun(gh, id));
        c.workflowRun = await workflowRuns.get(id);
    }
    return facts;
}
async function readWorkflowRun(gh, id) {
    try {
        const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
            owner: gh.owner,
            repo: gh.repo,
            run_id: id
        });
        const d = data;
        return { id, path: str(d.path), event: str(d.event) };
    }
    catch (error) {
        // A run of another repository (a details URL can point anywhere) is not ours to judge by.
        if (statusOf(error) === 404)
            return null;
        throw error;
    }
}
/** The commit statuses on `sha` (every one; the decision keeps the latest per context). */
async function readStatuses(gh, sha) {
    const statuses = await (0,client/* listAll */._w)(gh, 'GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ref: sha });
    return statuses.map(s => ({
        id: num(s.id),
        context: str(s.context),
        state: str(s.state),
        updatedAt: str(s.updated_at) || str(s.created_at)
    }));
}
/**
 * The gate's own workflow file: from GITHUB_WORKFLOW_REF ("owner/repo/.github/workflows/x.yml@ref"),
 * else from this workflow run. '' when neither is available (a local run).
 */
async function ownWorkflowPath(gh, env, runId) {
    const ref = env.GITHUB_WORKFLOW_REF ?? '';
    const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref);
    if (m)
        return m[1];
    if (!runId)
        return '';
    const run = await readWorkflowRun(gh, runId);
    return run?.path.replace(/@.*$/, '') ?? '';
}

;// CONCATENATED MODULE: ./src/modes/gate/changes-api.ts
/**
 * A pull request's changes from the REST API, without a checkout:
 * - the file list, 100 per page; when GitHub lists fewer files than the PR's changed_files
 *   (it stops at 3,000), the list is truncated and the gate fails closed with too-large. The
 *   list is not pinned to a commit, so the pull request is read again after it: a head or a
 *   changed_files count that moved meanwhile fails closed;
 * - modes from the trees API, for the head and the merge base: without them symlinks and
 *   submodules are invisible, so a truncated or unreadable tree fails closed;
 * - line counts from additions and deletions, added lines from the patch (secret-in-content);
 * - a missing patch is not "binary": GitHub omits it for pure renames, mode-only changes and
 *   large files. Such a file is decided by content, as the policy does (a NUL in the first 8,000
 *   bytes of either side), from the blobs API. A text file GitHub gave no counts for is counted
 *   as wholly rewritten (every line of both sides), which can only over-count.
 */






/** At most this many blobs are read to decide files GitHub gave no patch for. */
const MAX_BLOB_READS = 300;
const STATUS = {
    added: 'added',
    removed: 'deleted',
    modified: 'modified',
    renamed: 'renamed',
    copied: 'copied',
    changed: 'modified',
    unchanged: 'modified'
};
const REGULAR = /^100[0-7]{3}$/;
async function listPullFiles(gh, number) {
    const files = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner: gh.owner,
        repo: gh.repo,
        pull_number: number,
        per_page: 100
    }));
    return files.map(f => ({
        filename: String(f.filename ?? ''),
        ...(typeof f.previous_filename === 'string' ? { previousFilename: f.previous_filename } : {}),
        ...(typeof f.sha === 'string' ? { sha: f.sha } : {}),
        status: String(f.status ?? ''),
        additions: Number(f.additions),
        deletions: Number(f.deletions),
        ...(typeof f.patch === 'string' ? { patch: f.patch } : {})
    }));
}
async function readTree(gh, sha, what) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        owner: gh.owner,
        repo: gh.repo,
        tree_sha: sha,
        recursive: '1'
    });
    const d = data;
    if (d.truncated !== false || !Array.isArray(d.tree)) {
        throw new GateReadError(`GitHub truncated the tree of the ${what} (${sha.slice(0, 12)}), so file modes (symlinks, submodules) cannot be read; use gate-source: git for this repository.`);
    }
    const tree = new Map();
    for (const e of d.tree) {
        if (typeof e.path === 'string' && typeof e.mode === 'string')
            tree.set(e.path, { mode: e.mode.padStart(6, '0'), type: String(e.type), sha: String(e.sha) });
    }
    return tree;
}
async function readMergeBase(gh, base, head) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        owner: gh.owner,
        repo: gh.repo,
        basehead: `${base}...${head}`,
        per_page: 1
    });
    const sha = data.merge_base_commit?.sha;
    if (typeof sha !== 'string' || !object_id/* OBJECT_ID */.S.test(sha))
        throw new GateReadError(`GitHub sent no merge base for ${base.slice(0, 12)}...${head.slice(0, 12)}.`);
    return sha;
}
async function readBlob(gh, sha) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
        owner: gh.owner,
        repo: gh.repo,
        file_sha: sha
    });
    const d = data;
    if (d.encoding !== 'base64' || typeof d.content !== 'string')
        throw new GateReadError(`GitHub sent the blob ${sha.slice(0, 12)} in an unexpected form.`);
    return Buffer.from(d.content.replace(/\s+/g, ''), 'base64');
}
/** Added lines of a GitHub patch (hunks only, no headers). */
function addedLines(patch) {
    return patch
        .split('\n')
        .filter(l => l.startsWith('+'))
        .map(l => l.slice(1));
}
function countLines(content) {
    if (!content || content.length === 0)
        return 0;
    let n = 0;
    for (const b of content)
        if (b === 0x0a)
            n++;
    return content[content.length - 1] === 0x0a ? n : n + 1;
}
/** Which side's blob of a file to read: regular files only (a symlink's blob is its target). */
function sides(f, head, base) {
    const status = STATUS[f.status];
    const n = status === 'deleted' ? undefined : head.get(f.filename);
    let o = status === 'added' || !base ? undefined : base.get(f.previousFilename ?? f.filename);
    if (!base && status === 'deleted' && f.sha && object_id/* OBJECT_ID */.S.test(f.sha) && !/^0+$/.test(f.sha))
        o = { mode: '100644', type: 'blob', sha: f.sha };
    return {
        ...(n && REGULAR.test(n.mode) ? { newBlob: n.sha } : {}),
        ...(o && REGULAR.test(o.mode) ? { oldBlob: o.sha } : {})
    };
}
/** secret-in-content on the added text, and the threat rules' findings, onto the file. */
function scanAdded(file, added, threats) {
    const secrets = (0,policy_secrets/* findSecrets */.dL)(added);
    if (secrets.length)
        file.secrets = secrets;
    Object.assign(file, threats);
}
/**
 * The FileChanges of the listed files, given the two trees and the blobs read for the files
 * without a patch. Pure: every read happened before.
 */
function toFileChanges(files, head, base, blobs) {
    return files.map(f => {
        const status = STATUS[f.status];
        const where = JSON.stringify((0,text_escape/* forLog */.Ig)(f.filename, 200));
        if (!status)
            throw new GateReadError(`GitHub listed ${where} with the unknown status "${(0,text_escape/* forLog */.Ig)(f.status, 40)}".`);
        if (!Number.isSafeInteger(f.additions) ||
            !Number.isSafeInteger(f.deletions) ||
            f.additions < 0 ||
            f.deletions < 0)
            throw new GateReadError(`GitHub listed ${where} without valid line counts.`);
        const file = {
            path: f.filename,
            status,
            additions: f.additions,
            deletions: f.deletions,
            binary: false
        };
        if ((status === 'renamed' || status === 'copied') && f.previousFilename !== undefined)
            file.previousPath = f.previousFilename;
        if (status !== 'deleted') {
            const entry = head.get(f.filename);
            if (!entry)
                throw new GateReadError(`${where} is listed as changed but is not in the head commit's tree.`);
            file.mode = entry.mode;
        }
        if (status !== 'added' && base) {
            const entry = base.get(f.previousFilename ?? f.filename);
            if (!entry)
                throw new GateReadError(`${JSON.stringify((0,text_escape/* forLog */.Ig)(f.previousFilename ?? f.filename, 200))} is listed as changed but is not in the merge base's tree.`);
            file.previousMode = entry.mode;
        }
        if (f.patch !== undefined) {
            const added = addedLines(f.patch);
            // git counts a file whose new text holds a NUL byte as binary, as the patch reader does.
            if (added.some(l => l.includes('\0'))) {
                file.binary = true;
                file.additions = null;
                file.deletions = null;
            }
            else {
                scanAdded(file, added.join('\n'), (0,threats/* scanHunks */.$f)((0,threats/* hunksOfPatch */.TY)(f.patch)));
            }
            return file;
        }
        const { oldBlob, newBlob } = sides(f, head, base);
        const oldContent = oldBlob ? blobs.get(oldBlob) : undefined;
        const newContent = newBlob ? blobs.get(newBlob) : undefined;
        if (status === 'deleted' && !oldBlob && !head.has(f.filename) && !base)
            throw new GateReadError(`The removed file ${where} came without a patch or a blob to decide whether it is binary.`);
        if ((oldBlob && !oldContent) || (newBlob && !newContent))
            throw new GateReadError(`The content of ${where} could not be read to decide whether it is binary.`);
        if ((oldContent && (0,git/* looksBinary */.Wb)(oldContent)) || (newContent && (0,git/* looksBinary */.Wb)(newContent))) {
            file.binary = true;
            file.additions = null;
            file.deletions = null;
            return file;
        }
        const contentChanged = oldBlob !== newBlob;
        if (contentChanged && f.additions + f.deletions === 0 && (oldContent?.length || newContent?.length)) {
            // Text GitHub gave neither a patch nor counts for (an attribute made it "binary" there):
            // count every line of both sides.
            file.additions = countLines(newContent);
            file.deletions = countLines(oldContent);
        }
        if (newContent && contentChanged && (file.additions ?? 0) > 0) {
            // No patch to read the added lines from: the whole new text is scanned (a superset).
            const text = newContent.toString('utf8');
            scanAdded(file, text, (0,threats/* scanWholeText */.iE)(text, oldContent?.toString('utf8')));
        }
        return file;
    });
}
/** The blobs toFileChanges needs: both sides of every file GitHub gave no patch for. */
function blobsNeeded(files, head, base) {
    const wanted = new Set();
    for (const f of files) {
        if (f.patch !== undefined)
            continue;
        const { oldBlob, newBlob } = sides(f, head, base);
        if (oldBlob)
            wanted.add(oldBlob);
        if (newBlob)
            wanted.add(newBlob);
    }
    return [...wanted];
}
/** The watched config file before and after, when the change touches it (as the git reader does). */
async function configChange(files, head, base, configPath, read, 
/** The config at the base SHA, when the old side's tree is unknown. */
baseConfigText) {
    const text = async (entry) => entry && REGULAR.test(entry.mode) ? (await read(entry.sha)).toString('utf8') : undefined;
    const before = async () => (base ? ((await text(base.get(configPath))) ?? null) : baseConfigText);
    for (const f of files) {
        const status = STATUS[f.status];
        const touches = f.filename === configPath || f.previousFilename === configPath;
        if (!touches)
            continue;
        if (f.filename !== configPath || status === 'deleted') {
            return { before: await before(), after: null };
        }
        const entry = head.get(configPath);
        const after = await text(entry);
        return {
            before: status === 'modified' ? await before() : null,
            after,
            ...(after === undefined
                ? { unknownReason: `${configPath} is not a regular file after the change` }
                : {})
        };
    }
    return undefined;
}
function notFound(error) {
    const status = error?.status;
    return status === 404 || status === 422;
}
/**
 * The old side's tree: the merge base's (what the file list is relative to), else the base
 * commit's. A truncated tree fails closed; a tree GitHub does not serve leaves the old modes
 * unknown (said in the verdict), since the head's modes are what the rails look at.
 */
async function readOldTree(gh, pr) {
    let sha = pr.baseSha;
    let what = 'base commit';
    try {
        sha = await readMergeBase(gh, pr.baseSha, pr.headSha);
        what = 'merge base';
    }
    catch (error) {
        if (!notFound(error) && !(error instanceof GateReadError))
            throw error;
    }
    try {
        return { tree: await readTree(gh, sha, what) };
    }
    catch (error) {
        if (!notFound(error))
            throw error;
        return {
            note: `The tree of the ${what} (${sha.slice(0, 12)}) could not be read: the modes before the change are unknown; the head's modes were checked.`
        };
    }
}
/** Read the pull request's changes through the API. */
async function readApiChanges(gh, pr, configPath, baseConfigText) {
    const files = await listPullFiles(gh, pr.number);
    // The file list is not pinned to a commit: a push while it was read would mix two heads.
    // The pull request read again must still name the head (and count) everything else is read at.
    const again = await readPull(gh, pr.number);
    if (again.headSha !== pr.headSha || again.changedFiles !== pr.changedFiles)
        throw new GateReadError(`Pull request #${pr.number} changed while its files were read (head ${pr.headSha.slice(0, 12)} → ${again.headSha.slice(0, 12)}, changed files ${pr.changedFiles} → ${again.changedFiles}); the gate runs again for the new head.`);
    if (files.length < pr.changedFiles)
        return { truncated: true, listed: files.length, changedFiles: pr.changedFiles };
    // The head's modes are required: without them symlinks and submodules are invisible.
    const head = await readTree(gh, pr.headSha, 'head commit');
    const old = await readOldTree(gh, pr);
    const base = old.tree;
    const needed = blobsNeeded(files, head, base);
    if (needed.length > MAX_BLOB_READS) {
        throw new GateReadError(`${needed.length} file versions came without a patch; more than the ${MAX_BLOB_READS} the API source reads to decide binary files. Use gate-source: git.`);
    }
    const blobs = new Map();
    for (const sha of needed)
        blobs.set(sha, await readBlob(gh, sha));
    const fileChanges = toFileChanges(files, head, base, blobs);
    const configFile = await configChange(files, head, base, configPath, async (sha) => blobs.get(sha) ?? (await readBlob(gh, sha)), baseConfigText);
    return {
        truncated: false,
        files: fileChanges,
        ...(configFile ? { configFile } : {}),
        ...(old.note ? { note: old.note } : {})
    };
}

// EXTERNAL MODULE: ./src/git/sandbox.ts
var git_sandbox = __webpack_require__(58339);
;// CONCATENATED MODULE: ./src/modes/gate/changes-git.ts
/**
 * A pull request's changes from git: the base and head commits are fetched into a temporary bare
 * repository (no working tree, hooks off, no system or user configuration: src/git/sandbox.ts),
 * then read with the policy's own git reader on `base...head`, exactly as
 * `self-evolution check --git base...head` reads them. Nothing from the head is checked out or
 * run: the repository's .gitattributes is only read by `git check-attr`, and the policy decides
 * binary files by content whatever it says.
 */




async function readGitSourceChanges(opts) {
    const { baseSha, headSha } = opts.pr;
    if (!object_id/* OBJECT_ID */.S.test(baseSha) || !object_id/* OBJECT_ID */.S.test(headSha))
        throw new GateReadError('The pull request has no valid base and head SHAs to fetch.');
    const sandbox = (0,git_sandbox/* createGitSandbox */.U_)('self-evolution-gate-');
    try {
        // Fetched by SHA: exactly the commits the API named, whatever the branches point at now.
        const bare = await (0,git_sandbox/* fetchIntoBare */.v5)(sandbox, opts.remote, [baseSha, headSha], {
            token: opts.token,
            name: 'pr.git'
        });
        return await (0,git/* readGitChanges */.sh)({
            repo: bare,
            range: `${baseSha}...${headSha}`,
            configPath: opts.configPath,
            env: sandbox.env
        });
    }
    finally {
        sandbox.cleanup();
    }
}

;// CONCATENATED MODULE: ./src/github/checks.ts
/** GitHub's limit on a check run's output.summary. */
const CHECK_SUMMARY_LIMIT = 65_535;
/** A title short enough for every view that shows it (GitHub documents no limit of its own). */
const CHECK_TITLE_LIMIT = 200;
const CHECK_CONCLUSIONS = (/* unused pure expression or super */ null && ([
    'success',
    'failure',
    'neutral',
    'cancelled',
    'skipped',
    'timed_out',
    'action_required'
]));
/**
 * POST /repos/{owner}/{repo}/check-runs: one completed check run on `headSha`. A later one of the
 * same name by the same App supersedes it. The gateway makes the write (and refuses one it must not
 * make); an answer without an id is an error, never a silent success.
 */
async function createCompletedCheckRun(gateway, run) {
    if (run.summary.length > CHECK_SUMMARY_LIMIT) {
        throw new Error(`The check run's summary has ${run.summary.length} characters; GitHub accepts at most ${CHECK_SUMMARY_LIMIT}.`);
    }
    const result = await gateway.write(`publish the check run ${JSON.stringify(run.name)} (${run.conclusion}) on ${run.headSha.slice(0, 12)}`, 'POST /repos/{owner}/{repo}/check-runs', {
        owner: run.owner,
        repo: run.repo,
        name: run.name,
        head_sha: run.headSha,
        status: 'completed',
        conclusion: run.conclusion,
        completed_at: run.completedAt,
        ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
        ...(run.externalId ? { external_id: run.externalId } : {}),
        output: { title: run.title.slice(0, CHECK_TITLE_LIMIT), summary: run.summary }
    });
    if (!result.performed)
        return undefined;
    const data = result.data;
    if (typeof data?.id !== 'number') {
        throw new Error(`GitHub answered the check run ${JSON.stringify(run.name)} without an id.`);
    }
    return {
        id: data.id,
        htmlUrl: typeof data.html_url === 'string' ? data.html_url : '',
        appId: typeof data.app?.id === 'number' ? data.app.id : null
    };
}

// EXTERNAL MODULE: ./src/github/gateway.ts
var github_gateway = __webpack_require__(8317);
;// CONCATENATED MODULE: ./src/modes/gate/publish.ts
/**
 * The gate's verdict as a check run made with a GitHub App's token (input checks-token), the one
 * thing the gate writes to GitHub.
 *
 * Why: a job's own check is a name, and on pull_request_review GitHub runs the workflow of the pull
 * request's merge commit, so a pull request that edits the gate's workflow can post a green check of
 * the same name; a status or check made with GITHUB_TOKEN has the same source (GitHub Actions) as that
 * spoofed one. A check run made by the App has the App as its source, which a ruleset pins with
 * `integration_id` (docs/security.md). The gate's own GitHub token stays read-only; the checks token
 * reaches GitHub only through the write gateway.
 *
 * The conclusions, chosen so that a ruleset requiring VERDICT_CHECK_NAME stays red until everything
 * holds (GitHub counts success, neutral and skipped as passing):
 *   pass → success; fail → failure; pending → action_required (a person must act: approve, or wait
 *   for CI; it is a completed state, so no check spins forever, and it never passes);
 *   out-of-scope → neutral (not judged: a person's pull request is not blocked, and the check shows it
 *   was not judged); an error → failure; closed and merged → nothing (there is nothing left to merge).
 */





/** The check run's name: the context a ruleset requires, with the App's id as integration_id. */
const VERDICT_CHECK_NAME = 'self-evolution/verdict';
/** The GitHub Actions app: check runs it makes come from any workflow, so never the verdict's source. */
const GITHUB_ACTIONS_APP_ID = 15368;
const GITHUB_ACTIONS_APP_SLUG = 'github-actions';
const CONCLUSIONS = {
    pass: 'success',
    fail: 'failure',
    pending: 'action_required',
    'out-of-scope': 'neutral',
    merged: undefined,
    closed: undefined
};
/** The conclusion of a verdict, or undefined when nothing is published (closed, merged). */
function conclusionOf(status) {
    return CONCLUSIONS[status];
}
/** A rule id as the product writes them; anything else is not echoed into a title. */
const RULE_ID = /^[a-z][a-z0-9-]{0,39}$/;
function ruleList(rules) {
    const ids = [...new Set(rules)];
    const shown = ids.filter(r => RULE_ID.test(r)).slice(0, 6);
    const more = ids.length - shown.length;
    return shown.join(', ') + (more > 0 ? `${shown.length ? ', ' : ''}${more} more` : '');
}
/** The title: the product's own words and rule ids only, never text the agent wrote. */
function verdictTitle(v) {
    const n = v.pullRequest.number;
    switch (v.status) {
        case 'pass':
            return `Pull request #${n} passed the self-evolution gate`;
        case 'fail':
            return `Blocked: ${v.violations.length} violation(s) (${ruleList(v.violations.map(x => x.rule))})`;
        case 'pending':
            return `Waiting for: ${ruleList(v.pending.map(p => p.rule))}`;
        case 'out-of-scope':
            return `Not the agent's pull request: not judged`;
        default:
            return `Pull request #${n} is ${v.status}`;
    }
}
/**
 * Markdown within GitHub's limit: whole lines only (every line of the report is escaped on its own,
 * so no escape is cut in half), then a line that says where the rest is.
 */
function capSummary(markdown, tail, limit = CHECK_SUMMARY_LIMIT) {
    const end = `\n\n${tail}\n`;
    if (markdown.length + end.length <= limit)
        return markdown + end;
    const cut = `\n\n_The report is cut here: GitHub keeps ${limit} characters of a check run's summary; the whole report is in the job summary and its artifact._${end}`;
    const room = Math.max(0, limit - cut.length);
    let body = markdown.slice(0, room);
    const lastBreak = body.lastIndexOf('\n');
    body = lastBreak > 0 ? body.slice(0, lastBreak) : '';
    return body + cut;
}
/** What to publish for a verdict, or undefined when nothing is (closed, merged). */
function verdictCheck(v, report, logs) {
    const conclusion = conclusionOf(v.status);
    if (!conclusion)
        return undefined;
    const tail = logs ? `Logs: ${logs}` : 'Logs: the job that ran the gate.';
    return { conclusion, title: verdictTitle(v), summary: capSummary(report, tail) };
}
/** A gate that could not decide: a failure, so that no earlier green check of this head stands. */
function errorCheck(message, logs) {
    return {
        conclusion: 'failure',
        title: 'The gate could not decide',
        summary: capSummary(`## Self-evolution gate: error\n\n${(0,text_escape/* forMarkdown */.Bm)(message, 1200)}`, logs ? `Logs: ${logs}` : '')
    };
}
/**
 * The verdict check runs themselves are never CI: a failure from an earlier verdict would make
 * every later one fail. Left out by name, whichever app made them (leaving a check out never
 * turns CI green: a missing required check is still missing).
 */
function withoutVerdictChecks(runs) {
    const counted = runs.filter(r => r.name !== VERDICT_CHECK_NAME);
    const excluded = runs
        .filter(r => r.name === VERDICT_CHECK_NAME)
        .map(r => ({ name: r.name, why: "the gate's own verdict check run" }));
    return { counted, excluded };
}
/** The one line said when there is no checks token (log and report). */
const NOT_PUBLISHED_LINE = 'The verdict is not published as an App check run (input "checks-token" is empty): the ruleset must require this job\'s check, which a pull_request_review run of a workflow the pull request edits can spoof.';
/**
 * Publish one check on the pull request's head with the checks token, through the write gateway.
 * The kill switch is not asked: it stops the agent, and the verdict is the fence around the agent;
 * turning the agent off must neither lift the fence nor block people's pull requests. A dry run
 * forced by the dry-run input records the write and sends nothing. Never throws: a failure is
 * returned for the caller to fail the job with.
 */
async function publishCheck(deps, inputs, target, check) {
    const what = `the check run "${VERDICT_CHECK_NAME}" (${check.conclusion}) on ${target.headSha.slice(0, 12)}`;
    try {
        const dryRun = inputs.forceDryRun;
        const gh = dryRun ? undefined : await deps.github(inputs.checksToken);
        const gateway = (0,github_gateway/* createWriteGateway */.md)({
            octokit: gh,
            dryRun,
            checkFlag: async () => true,
            log: line => deps.host.info((0,text_escape/* forLog */.Ig)(line))
        });
        const created = await createCompletedCheckRun(gateway, {
            ...(0,client/* parseRepository */.SU)(deps.ctx.repository),
            name: VERDICT_CHECK_NAME,
            headSha: target.headSha,
            conclusion: check.conclusion,
            title: check.title,
            summary: check.summary,
            detailsUrl: target.logs || undefined,
            externalId: target.externalId,
            completedAt: deps.now().toISOString()
        });
        if (!created)
            return { line: `Dry run: ${what} was not published.` };
        if (created.appId === GITHUB_ACTIONS_APP_ID) {
            return {
                line: `Published ${what}, but GitHub Actions made it: it proves nothing.`,
                failure: `The check run "${VERDICT_CHECK_NAME}" was made by GitHub Actions, not a GitHub App: input "checks-token" must be a GitHub App installation token with checks write, not GITHUB_TOKEN.`
            };
        }
        return { line: `Published ${what} (check run ${created.id}).` };
    }
    catch (error) {
        const message = `The gate could not publish ${what} on pull request #${target.number}, so the job fails (a verdict that is not published must not let anything merge): ${(0,stage/* errorLine */.B)(error)}`;
        return { line: message, failure: message };
    }
}

;// CONCATENATED MODULE: ./src/modes/gate/judge.ts
/**
 * The judgement of a pull request in scope, step by step: the recorded action (or the manual
 * waiver), the changes, the rails, force pushes, reviews and CI. Each step reads its facts through
 * the read-only client and leaves the deciding to the pure functions in decide.ts and ci.ts; the
 * steps run in this order because the verdict lists violations and notes in the order found, and
 * CI is waited for only while nothing else fails.
 */











const judge_q = (s) => JSON.stringify(s);
/** Judge an open pull request in scope; the verdict gets its status, violations and pending. */
async function judgeInScope(j, db) {
    const { verdict, pr, inputs } = j;
    const violations = [];
    const found = await (0,actions/* findActionForPullRequest */.Z8)(db.sql, {
        repository: j.deps.ctx.repository,
        number: pr.number,
        branch: pr.headRef
    });
    const timeline = await readTimeline(j.gh, pr.number);
    const permissionOf = memo((login) => readPermission(j.gh, login));
    const proposal = await proposalOf(j, db, { found, timeline, permissionOf }, violations);
    verdict.source = inputs.gateSource;
    violations.push(...pullMetadataViolations(pr, j.commits));
    const changes = await readChanges(j, violations);
    violations.push(...railsViolations(j, changes, proposal));
    violations.push(...forcePushViolations(timeline, pr.createdAt));
    const pending = await reviewPending(j, permissionOf);
    violations.push(...(await ciOutcome(j, violations.length > 0)));
    verdict.violations = violations;
    verdict.pending = pending;
    verdict.status = gateStatus(violations, pending);
}
/**
 * The recorded action the pull request belongs to, else the manual waiver with type and risk from
 * labels; violations for what does not hold. Undefined when there is nothing to judge the changes by.
 */
async function proposalOf(j, db, facts, violations) {
    const { pr, verdict } = j;
    const { timeline, permissionOf } = facts;
    const match = matchRecord(facts.found, {
        number: pr.number,
        headRef: pr.headRef,
        sameRepository: sameRepository(pr, j.deps.ctx.repository)
    });
    const manualActor = manualLabelActor(pr.labels, timeline);
    const manualPermission = manualActor ? await permissionOf(manualActor.login) : undefined;
    verdict.manual = decideManualWaiver(manualActor, manualPermission);
    if (match.record)
        return await adoptRecord(j, db, match.record, violations);
    if (verdict.manual.waived)
        return await proposalFromLabels(j, timeline, permissionOf, violations);
    violations.push({
        rule: 'not-recorded',
        message: `${match.problem}; ${verdict.manual.detail}. A pull request in scope must match an action the daily run recorded, or carry ${judge_q('self-evolution:manual')} applied by a maintainer.`
    });
    return undefined;
}
/** The pull request is a recorded action: judge it by the record's type, risk and title. */
async function adoptRecord(j, db, record, violations) {
    const { pr, verdict } = j;
    if (j.event.action === 'reopened' && record.status === 'closed') {
        // Closed, then reopened: the action is live again, so that its merge is recorded later.
        if (await (0,actions/* updateAction */.E_)(db.sql, record.id, { status: 'submitted', from: ['closed'] })) {
            record.status = 'submitted';
            verdict.notes.push(`Action ${record.id} is submitted again: the pull request was reopened.`);
        }
    }
    verdict.action = actionSummary(record);
    const recordedHead = record.payload.headSha;
    let exemptFromTypePaths = false;
    if (record.actionType === 'revert') {
        // The exemption belongs to the revert commit the daily run pushed, not to whatever the
        // branch holds now: on any other head the type-path rules apply as to any pull request.
        exemptFromTypePaths = typeof recordedHead === 'string' && recordedHead === pr.headSha;
        if (!exemptFromTypePaths)
            verdict.notes.push(`This revert is judged like any pull request, with the type-path rules: its head ${pr.headSha.slice(0, 12)} is not the revert commit the daily run recorded (${typeof recordedHead === 'string' ? recordedHead.slice(0, 12) : 'none recorded'}).`);
    }
    violations.push(...crossCheckLabels(pr.labels, { type: record.proposalType, riskLevel: record.riskLevel }, 
    // Only labels that are there are compared: type and risk come from the record, so a
    // removed label changes nothing.
    { required: false }));
    if (typeof recordedHead === 'string' && recordedHead !== pr.headSha)
        verdict.notes.push(`The head ${pr.headSha.slice(0, 12)} is not the commit the daily run pushed (${recordedHead.slice(0, 12)}); the rails judge what is there now.`);
    return {
        type: record.proposalType,
        riskLevel: record.riskLevel,
        title: record.title,
        exemptFromTypePaths
    };
}
/** A waived pull request without a record: type and risk from labels a maintainer applied. */
async function proposalFromLabels(j, timeline, permissionOf, violations) {
    const { pr } = j;
    const fromLabels = metadataFromLabels(pr.labels);
    if ('problem' in fromLabels) {
        violations.push({ rule: 'metadata-mismatch', message: fromLabels.problem });
        return undefined;
    }
    // Anyone who can label (a bot, a triage user) could change type and risk after the
    // waiver: they count only as a maintainer last applied them, like the manual label.
    const unvouched = [];
    for (const label of [
        `${TYPE_LABEL_PREFIX}${fromLabels.type}`,
        `${RISK_LABEL_PREFIX}${fromLabels.riskLevel}`
    ]) {
        const actor = labelActor(pr.labels, timeline, label);
        const permission = actor ? await permissionOf(actor.login) : undefined;
        const vouched = decideLabelActor(label, actor, permission);
        if (!vouched.ok)
            unvouched.push(vouched.detail);
    }
    if (unvouched.length) {
        violations.push({
            rule: 'metadata-mismatch',
            message: `a pull request without a record takes its type and risk from labels a User with write access applied; ${unvouched.join('; ')}`
        });
        return undefined;
    }
    return { ...fromLabels, title: pr.title, exemptFromTypePaths: false };
}
/**
 * ci-skip-marker and hidden-text on what GitHub reads to decide whether workflows run: the pull
 * request's title and description and its commits' messages. A list that could not be read in
 * full fails closed.
 */
function pullMetadataViolations(pr, commits) {
    const texts = [
        { what: "the pull request's title", text: pr.title },
        { what: "the pull request's description", text: pr.body }
    ];
    (commits?.messages ?? []).forEach((text, i) => texts.push({ what: `the message of commit ${i + 1}`, text }));
    const out = (0,threats/* metadataThreats */.RO)(texts);
    if (!commits || !commits.complete)
        out.push({
            rule: 'ci-skip-marker',
            message: `the pull request's commit messages could not all be read (${commits?.messages.length ?? 0} listed), so a skip marker among them cannot be ruled out`
        });
    return out;
}
/** The changes, read without checking anything out. */
async function readChanges(j, violations) {
    const { deps, inputs, pr } = j;
    if (inputs.gateSource === 'git') {
        const changes = await readGitSourceChanges({
            remote: `${deps.ctx.serverUrl.replace(/\/+$/, '')}/${deps.ctx.repository}.git`,
            token: inputs.githubToken,
            pr,
            configPath: inputs.configPath
        });
        return { files: changes.files, configFile: changes.configFile };
    }
    const changes = await readApiChanges(j.gh, pr, inputs.configPath, j.loaded.text);
    if (changes.truncated) {
        violations.push({
            rule: 'too-large',
            message: `GitHub listed ${changes.listed} of the pull request's ${changes.changedFiles} changed files (it lists at most 3000); the rest cannot be judged`
        });
        return {};
    }
    if (changes.note)
        j.verdict.notes.push(changes.note);
    return { files: changes.files, configFile: changes.configFile };
}
/** The rails on the changes, with the proposal's type and risk; none without a proposal. */
function railsViolations(j, changes, proposal) {
    const { inputs, verdict } = j;
    if (!changes.files)
        return [];
    if (!proposal) {
        verdict.notes.push('The rails were not applied: without a recorded proposal there is no type and risk to judge by.');
        return [];
    }
    const rails = judgeRails({
        config: j.loaded.config,
        configPath: inputs.configPath,
        title: proposal.title,
        type: proposal.type,
        riskLevel: proposal.riskLevel,
        source: inputs.gateSource === 'git' ? 'git' : 'patch',
        files: changes.files,
        configFile: changes.configFile,
        exemptFromTypePaths: proposal.exemptFromTypePaths
    });
    verdict.rails = { type: rails.type, riskLevel: rails.riskLevel, allowed: rails.allowed, stats: rails.stats };
    return rails.violations;
}
/** An approval of the head by a User with write access, when the config requires reviewers. */
async function reviewPending(j, permissionOf) {
    const { pr, verdict } = j;
    if (!j.loaded.config.safetyRails.requireReviewers) {
        verdict.review = { required: false, approvedBy: null, detail: 'safetyRails.requireReviewers is false' };
        return [];
    }
    const reviews = await readReviews(j.gh, pr.number);
    const { candidates, ignored } = approvalCandidates(reviews, {
        headSha: pr.headSha,
        author: pr.author.login,
        agentLogins: j.inputs.agentLogins
    });
    let approvedBy = null;
    for (const login of candidates) {
        const permission = await permissionOf(login);
        if (hasWriteAccess(permission)) {
            approvedBy = login;
            break;
        }
        ignored.push(`${judge_q(login)} has ${judge_q(permission)} permission, not write access`);
    }
    const detail = ignored.length ? `Approvals that do not count: ${ignored.join('; ')}.` : '';
    verdict.review = { required: true, approvedBy, detail };
    if (approvedBy)
        return [];
    return [
        {
            rule: 'review-required',
            message: `an approval of the head ${pr.headSha.slice(0, 12)} by a User with write access, other than the author and the agent, is needed${ignored.length ? ` (${ignored.length} approval(s) do not count)` : ''}`
        }
    ];
}
/** CI on the head, waited for up to ci-timeout-minutes, when the config requires green CI. */
async function ciOutcome(j, failsAlready) {
    const { deps, pr, verdict } = j;
    const { host, ctx } = deps;
    const config = j.loaded.config;
    if (!config.safetyRails.diffCaps.requireGreenCI) {
        verdict.notes.push('safetyRails.diffCaps.requireGreenCI is false: CI is not part of the verdict.');
        return [];
    }
    const ownPath = await ownWorkflowPath(j.gh, host.env, ctx.githubRunId);
    const read = async () => {
        // The gate's own verdict check runs (publish.ts) are never CI.
        const runs = withoutVerdictChecks(await readCheckRuns(j.gh, pr.headSha));
        const ci = evaluateCi({
            requireGreenCI: true,
            requiredChecks: config.safetyRails.requiredChecks,
            checkRuns: runs.counted,
            statuses: await readStatuses(j.gh, pr.headSha),
            ownWorkflowPath: ownPath,
            ownRunId: ctx.githubRunId
        });
        return { ...ci, excluded: [...runs.excluded, ...ci.excluded] };
    };
    // Waiting cannot change a verdict that already fails: read CI once then.
    const timeoutMs = failsAlready ? 0 : j.inputs.ciTimeoutMinutes * 60_000;
    verdict.ci = await waitForCi({
        read,
        timeoutMs,
        sleep: deps.sleep,
        now: () => deps.now().getTime(),
        onWait: line => host.info((0,text_escape/* forLog */.Ig)(line))
    });
    return ciViolations(verdict.ci);
}
function actionSummary(a) {
    return {
        id: a.id,
        type: String(a.actionType),
        status: a.status,
        proposalType: a.proposalType,
        riskLevel: a.riskLevel
    };
}
/** The head branch lives in the repository itself, not in a fork (or a deleted one). */
function sameRepository(pr, repository) {
    return pr.headRepo !== null && (0,names/* isSameRepository */.v)(pr.headRepo, repository);
}
/** One read per login (case-insensitive, as GitHub's logins are). */
function memo(fn) {
    const cache = new Map();
    return key => {
        const k = key.toLowerCase();
        if (!cache.has(k))
            cache.set(k, fn(key));
        return cache.get(k);
    };
}

;// CONCATENATED MODULE: ./src/modes/gate/report.ts

/** GitHub keeps 10 error annotations per step; setFailed's own error is one of them. */
const GATE_ANNOTATION_BUDGET = 9;
const HEADLINE = {
    pass: 'passed',
    fail: 'failed',
    pending: 'waiting',
    'out-of-scope': 'not in scope',
    merged: 'merged',
    closed: 'closed'
};
/** A rule id is the product's own word (lower-case and dashes): shown as it is, for searching. */
function ruleId(rule) {
    return /^[a-z][a-z0-9-]{0,39}$/.test(rule) ? `\`${rule}\`` : (0,text_escape/* forMarkdownCode */.m6)(rule, 40);
}
function renderGateReport(v) {
    const out = [];
    out.push(`## Self-evolution gate: pull request #${v.pullRequest.number} ${HEADLINE[v.status]}`, '');
    const facts = [
        ['Repository', (0,text_escape/* forMarkdownCode */.m6)(v.repository)],
        ['Pull request', `#${v.pullRequest.number} ${(0,text_escape/* forMarkdown */.Bm)(v.pullRequest.title, text_escape/* LIMITS */.b1.title)}`],
        ['Author', (0,text_escape/* forMarkdownCode */.m6)(v.pullRequest.author, 100)],
        [
            'Head',
            `${(0,text_escape/* forMarkdownCode */.m6)(v.pullRequest.headRef, text_escape/* LIMITS */.b1.branch)} at ${(0,text_escape/* forMarkdownCode */.m6)(v.pullRequest.headSha, 64)}`
        ],
        [
            'Base',
            `${(0,text_escape/* forMarkdownCode */.m6)(v.pullRequest.baseRef, text_escape/* LIMITS */.b1.branch)} at ${(0,text_escape/* forMarkdownCode */.m6)(v.pullRequest.baseSha, 64)}`
        ],
        ['Event', (0,text_escape/* forMarkdownCode */.m6)(`${v.event.name} (${v.event.action})`, 100)],
        ['Verdict', `**${v.status}**`]
    ];
    if (v.source)
        facts.push(['Changes read from', v.source === 'git' ? 'git (a bare fetch)' : 'the REST API']);
    if (v.configOrigin)
        facts.push(['Rules', (0,text_escape/* forMarkdown */.Bm)(v.configOrigin, 300)]);
    if (v.action)
        facts.push([
            'Recorded action',
            `${v.action.id} (${(0,text_escape/* forMarkdown */.Bm)(v.action.type, 20)}, ${(0,text_escape/* forMarkdown */.Bm)(v.action.status, 20)}): type ${(0,text_escape/* forMarkdownCode */.m6)(v.action.proposalType, 40)}, risk ${v.action.riskLevel}`
        ]);
    if (v.manual.detail && v.manual.detail !== 'no self-evolution:manual label')
        facts.push(['Manual label', (0,text_escape/* forMarkdown */.Bm)(v.manual.detail)]);
    out.push('| | |', '|---|---|', ...facts.map(([k, val]) => `| ${k} | ${val} |`), '');
    if (v.scope.reasons.length)
        out.push(`Scope: ${v.scope.reasons.map(r => (0,text_escape/* forMarkdown */.Bm)(r)).join('; ')}.`, '');
    for (const note of v.notes)
        out.push(`> ${(0,text_escape/* forMarkdown */.Bm)(note, 1000)}`, '');
    if (v.violations.length) {
        out.push(`### Violations (${v.violations.length})`, '', '| Rule | Path | Message |', '|---|---|---|');
        for (const x of v.violations)
            out.push(`| ${ruleId(x.rule)} | ${x.path ? (0,text_escape/* forMarkdownCode */.m6)(x.path) : ''} | ${(0,text_escape/* forMarkdown */.Bm)(x.message)} |`);
        out.push('');
    }
    if (v.pending.length) {
        out.push('### Waiting for', '', '| Condition | Detail |', '|---|---|');
        for (const p of v.pending)
            out.push(`| ${ruleId(p.rule)} | ${(0,text_escape/* forMarkdown */.Bm)(p.message)} |`);
        out.push('');
    }
    if (v.rails) {
        const s = v.rails.stats;
        out.push(`### Rails: ${v.rails.allowed ? 'allowed' : 'blocked'}`, '', `Judged as type ${(0,text_escape/* forMarkdownCode */.m6)(v.rails.type, 40)}, risk ${v.rails.riskLevel}: ${s.files} files, +${s.additions} -${s.deletions}${s.binaryFiles ? `, ${s.binaryFiles} binary` : ''}.`, '');
    }
    if (v.ci) {
        out.push(`### CI: ${v.ci.required ? v.ci.state : `not required (diffCaps.requireGreenCI is false; ${v.ci.state})`}`, '');
        if (v.ci.checks.length) {
            out.push('| Check | Kind | State | Detail |', '|---|---|---|---|');
            for (const c of v.ci.checks)
                out.push(`| ${(0,text_escape/* forMarkdownCode */.m6)(c.name, 200)} | ${c.kind} | ${c.state} | ${(0,text_escape/* forMarkdown */.Bm)(c.detail, 300)} |`);
            out.push('');
        }
        if (v.ci.excluded.length) {
            out.push(`Not counted: ${v.ci.excluded.map(e => `${(0,text_escape/* forMarkdownCode */.m6)(e.name, 200)} (${(0,text_escape/* forMarkdown */.Bm)(e.why, 200)})`).join(', ')}.`, '');
        }
    }
    if (v.review) {
        out.push(`### Review: ${v.review.required ? (v.review.approvedBy ? `approved by ${(0,text_escape/* forMarkdownCode */.m6)(v.review.approvedBy, 100)}` : 'required') : 'not required'}`, '');
        if (v.review.detail)
            out.push((0,text_escape/* forMarkdown */.Bm)(v.review.detail, 2000), '');
    }
    return out.join('\n');
}
/** verdict.json: agent-written text capped (JSON escapes the rest). */
function verdictJson(v) {
    const capped = {
        ...v,
        pullRequest: {
            ...v.pullRequest,
            title: (0,text_escape/* forJson */.Cx)(v.pullRequest.title, text_escape/* LIMITS */.b1.title),
            headRef: (0,text_escape/* forJson */.Cx)(v.pullRequest.headRef, text_escape/* LIMITS */.b1.branch),
            baseRef: (0,text_escape/* forJson */.Cx)(v.pullRequest.baseRef, text_escape/* LIMITS */.b1.branch)
        },
        violations: v.violations.map(x => ({
            rule: x.rule,
            ...(x.path !== undefined ? { path: (0,text_escape/* forJson */.Cx)(x.path, text_escape/* LIMITS */.b1.path) } : {}),
            message: (0,text_escape/* forJson */.Cx)(x.message, text_escape/* LIMITS */.b1.message)
        })),
        notes: v.notes.map(n => (0,text_escape/* forJson */.Cx)(n, 1000))
    };
    return `${JSON.stringify(capped, null, 2)}\n`;
}
/**
 * Error annotations on the offending files, up to GitHub's limit; when there are more, the last
 * one says how many are left to the report. Returns how many violations carried a path.
 */
function annotateGate(host, v, budget = GATE_ANNOTATION_BUDGET) {
    const withPath = v.violations.filter(x => x.path);
    const shown = withPath.length > budget ? budget - 1 : withPath.length;
    for (const x of withPath.slice(0, shown)) {
        host.error(`${x.rule}: ${(0,text_escape/* forAnnotation */.Jc)(x.message)}`, {
            file: (0,text_escape/* forAnnotation */.Jc)(x.path, text_escape/* LIMITS */.b1.path),
            title: `self-evolution gate ${x.rule}`
        });
    }
    if (withPath.length > shown)
        host.error(`${withPath.length - shown} more violations on files are listed in the job summary and report.md.`);
    return withPath.length;
}

// EXTERNAL MODULE: ./src/runtime/state.ts
var state = __webpack_require__(76673);
;// CONCATENATED MODULE: ./src/modes/gate/stage.ts
/**
 * mode: gate, main and post. main reads the event, the pull request and the base's rules,
 * decides the scope, judges a pull request in scope (judge.ts: its steps around the pure
 * decisions), records the verdict in self_evolution_events (kind 'pr-gate'), writes the report
 * (summary, annotations, verdict.json, report.md) and fails the job on any violation or pending
 * condition, so that a required check stays red until everything holds. On a closed pull request
 * it moves the recorded action to merged or closed instead. post uploads verdict.json and
 * report.md as an artifact and never fails the job for its own trouble. Neither touches
 * self_evolution_runs.
 *
 * The one write to GitHub: with input checks-token (a GitHub App token with checks write), main
 * publishes the verdict as the check run VERDICT_CHECK_NAME on the head (publish.ts), through the
 * write gateway; a publication that fails fails the job. The gate's own GitHub token only reads.
 * Without the checks token the verdict is only the job's result, and the log and report say so.
 *
 * The gate never runs anything from the pull request: no checkout, no npm, no hooks. The rules
 * come from the config at the base SHA (contents API), never from the head.
 */

















const GATE_EVENT_KIND = 'pr-gate';
const GATE_FILES = ['verdict.json', 'report.md'];
function skeleton(deps, event, pr) {
    return {
        version: 1,
        repository: deps.ctx.repository,
        pullRequest: {
            number: pr.number,
            url: pr.htmlUrl,
            headSha: pr.headSha,
            baseSha: pr.baseSha,
            headRef: pr.headRef,
            baseRef: pr.baseRef,
            author: pr.author.login,
            title: pr.title
        },
        event: { name: event.name, action: event.action },
        source: null,
        status: 'pass',
        scope: { inScope: false, reasons: [] },
        action: null,
        manual: { waived: false, detail: '' },
        violations: [],
        pending: [],
        notes: [],
        rails: null,
        ci: null,
        review: null,
        configOrigin: ''
    };
}
async function gateMainStage(deps, inputs) {
    let db;
    const openDb = async () => (db ??= await deps.openDatabase(inputs.databaseUrl));
    const seen = {};
    try {
        return await judgeGate(deps, inputs, openDb, seen);
    }
    catch (error) {
        return await failUndecided(deps, inputs, error, seen);
    }
    finally {
        await db?.close().catch(() => undefined);
    }
}
/**
 * Read the event, the pull request and the base's rules, decide the scope, then: settle a closed
 * pull request, pass one out of scope, or judge one in scope and record the verdict.
 */
async function judgeGate(deps, inputs, openDb, seen) {
    const { host, ctx } = deps;
    const event = parseGateEvent(ctx.event, (0,context/* readEventPayload */.N5)(host.env, 'the pull request event'));
    if (!ctx.repository)
        throw new Error('GITHUB_REPOSITORY is not set; the gate needs the repository.');
    // The gate only reads: the write gateway refuses this client.
    const gh = await deps.github(inputs.githubToken, { readOnly: true });
    const pr = await readPull(gh, event.number);
    if (pr.state === 'open')
        seen.pr = pr;
    const verdict = skeleton(deps, event, pr);
    const commits = await readCommitAuthors(gh, pr);
    // The rules come from the base, never from the head: read them before anything else.
    const loaded = await readBaseConfig(gh, pr, inputs.configPath);
    verdict.configOrigin = loaded.origin;
    verdict.scope = decideScope({
        scope: inputs.scope,
        branchPrefix: loaded.config.prTemplateConfig.branchPrefix,
        agentLogins: inputs.agentLogins,
        headRef: pr.headRef,
        author: pr.author.login,
        commitAuthors: commits.authors,
        commitsComplete: commits.complete
    });
    if (pr.state === 'closed') {
        if (verdict.scope.inScope)
            await settleClosed(deps, await openDb(), pr, verdict);
        else {
            verdict.status = pr.merged ? 'merged' : 'closed';
            verdict.notes.push('Not the agent’s pull request: no recorded action to update.');
        }
    }
    else if (!verdict.scope.inScope) {
        verdict.status = 'out-of-scope';
        host.notice(`Pull request #${pr.number} is not the agent's (branch, author and commits are not the agent's, scope "${inputs.scope}"); it passes without judging.`);
    }
    else {
        const db = await openDb();
        const judgement = { deps, inputs, gh, event, pr, loaded, verdict, commits };
        await judgeInScope(judgement, db);
        await recordVerdict(deps, db, verdict);
    }
    return await finish(deps, inputs, verdict, loaded);
}
/**
 * No verdict: say why in the summary and fail the job, so that a required check stays red; with the
 * checks token, publish a failure on the head when it is known, so that no earlier green check of
 * the same head stands.
 */
async function failUndecided(deps, inputs, error, seen) {
    const { host } = deps;
    let message = `The gate could not decide: ${(0,stage/* errorLine */.B)(error)}`;
    if (inputs.checksToken && seen.pr) {
        const target = publishTarget(deps, seen.pr.number, seen.pr.headSha);
        const published = await publishCheck(deps, inputs, target, errorCheck(message, target.logs));
        host.info(published.line);
        if (published.failure)
            message += ` ${published.failure}`;
    }
    try {
        await host.writeSummary(`## Self-evolution gate: error\n\n${(0,text_escape/* forMarkdown */.Bm)(message, 1200)}\n`);
    }
    catch {
        /* the failure itself is what matters */
    }
    host.setOutput('status', 'failed');
    host.setOutput('gate-verdict', 'fail');
    host.setFailed(message);
    return { status: 'failed', message };
}
/** Where and under what names this run's check run goes. */
function publishTarget(deps, number, headSha) {
    const { ctx } = deps;
    return {
        number,
        headSha,
        externalId: gateRunName(deps, number),
        logs: (0,context/* logsUrl */.HM)(ctx)
    };
}
/** This run's name for pull request `number`: the artifact's, and the check run's external_id. */
function gateRunName(deps, number) {
    return `self-evolution-gate-pr-${number}-run-${deps.ctx.githubRunId || 'local'}-${deps.ctx.attempt}`;
}
/**
 * The verdict as the check run, when there is a checks token and something to publish (nothing
 * for a closed pull request); without the token, the one line that says it is not published.
 */
async function publishVerdict(deps, inputs, verdict, report) {
    if (!inputs.checksToken) {
        deps.host.notice(NOT_PUBLISHED_LINE);
        return { line: NOT_PUBLISHED_LINE };
    }
    const target = publishTarget(deps, verdict.pullRequest.number, verdict.pullRequest.headSha);
    const check = verdictCheck(verdict, report, target.logs);
    if (!check)
        return { line: `The pull request is ${verdict.status}: no check run is published.` };
    const published = await publishCheck(deps, inputs, target, check);
    deps.host.info(published.line);
    return published;
}
/** The verdict as a 'pr-gate' event: the gate's record of what it decided and why. */
async function recordVerdict(deps, db, verdict) {
    await (0,events/* recordEvent */.y)(db.sql, {
        repository: deps.ctx.repository,
        kind: GATE_EVENT_KIND,
        reason: verdict.status,
        githubRunId: deps.ctx.githubRunId || null,
        detail: JSON.parse(verdictJson(verdict)),
        at: deps.now()
    });
}
async function readBaseConfig(gh, pr, configPath) {
    const files = {
        readFile: (path, ref) => (0,contents.readRepositoryFile)(gh, { owner: gh.owner, repo: gh.repo, path, ref })
    };
    const origin = `${configPath} at the base ${pr.baseSha.slice(0, 12)}`;
    return (0,source/* readConfig */.Xg)({ from: 'api', files, ref: pr.baseSha, origin }, configPath);
}
/** A closed pull request: the recorded action becomes merged (with its merge SHA) or closed. */
async function settleClosed(deps, db, pr, verdict) {
    verdict.status = pr.merged ? 'merged' : 'closed';
    const found = await (0,actions/* findActionForPullRequest */.Z8)(db.sql, {
        repository: deps.ctx.repository,
        number: pr.number,
        branch: pr.headRef
    });
    const recordedPr = found?.payload.pullRequest?.number;
    const ours = found &&
        (found.actionType === 'pr' || found.actionType === 'revert') &&
        (recordedPr === undefined || recordedPr === null
            ? // The daily run pushes to the repository itself: a fork's branch of the same name is not it.
                found.payload.branch === pr.headRef && sameRepository(pr, deps.ctx.repository)
            : Number(recordedPr) === pr.number);
    if (!found || !ours) {
        verdict.notes.push(`No recorded action for pull request #${pr.number}: nothing to update.`);
    }
    else {
        verdict.action = actionSummary(found);
        const changed = pr.merged
            ? await (0,actions/* updateAction */.E_)(db.sql, found.id, {
                status: 'merged',
                payload: pr.mergeCommitSha ? { mergeSha: pr.mergeCommitSha } : {},
                // closed too: a pull request closed, reopened and merged (the reopening may have gone unseen).
                from: ['submitted', 'planned', 'closed']
            })
            : await (0,actions/* updateAction */.E_)(db.sql, found.id, { status: 'closed', from: ['submitted', 'planned'] });
        verdict.notes.push(changed
            ? `Action ${found.id} is now ${verdict.status}${pr.merged && pr.mergeCommitSha ? ` (merge ${pr.mergeCommitSha.slice(0, 12)})` : ''}.`
            : `Action ${found.id} was already ${found.status}; left as it is.`);
        if (changed && verdict.action)
            verdict.action.status = verdict.status;
    }
    await recordVerdict(deps, db, verdict);
}
/** Report, outputs, state for post; fail the job unless the verdict lets the PR through. */
async function finish(deps, inputs, verdict, loaded) {
    const { host, ctx } = deps;
    const name = gateRunName(deps, verdict.pullRequest.number);
    const dir = (0,stage/* reportDir */.E)(deps, name);
    const judged = renderGateReport(verdict);
    const logs = (0,context/* logsUrl */.HM)(ctx);
    // Published before anything else can fail; the line goes into the report whatever happened.
    const publication = await publishVerdict(deps, inputs, verdict, judged);
    const report = `${judged}\n> ${(0,text_escape/* forMarkdown */.Bm)(publication.line, 1500)}\n`;
    await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'verdict.json'), verdictJson(verdict), 'utf8');
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'report.md'), report + (logs ? `\nLogs: ${logs}\n` : ''), 'utf8');
    const attach = loaded ? loaded.config.telemetry.attachArtifacts : true;
    const retention = inputs.artifactRetentionDays ?? loaded?.config.telemetry.logRetentionDays ?? 90;
    (0,state/* saveGateHandOver */.wD)(host, { reportDir: dir, artifactName: attach ? name : '', retentionDays: retention });
    annotateGate(host, verdict);
    await host.writeSummary((0,summary/* summaryFor */._9)(report, name));
    const ok = !publication.failure && verdict.status !== 'fail' && verdict.status !== 'pending';
    host.setOutput('status', ok ? 'success' : 'failed');
    host.setOutput('gate-verdict', verdict.status);
    host.setOutput('report-path', (0,external_node_path_.join)(dir, 'report.md'));
    const n = verdict.pullRequest.number;
    if (publication.failure) {
        host.setFailed(publication.failure);
        return { status: 'failed', message: publication.failure };
    }
    if (verdict.status === 'fail') {
        const rules = [...new Set(verdict.violations.map(v => v.rule))].join(', ');
        const message = `The gate blocked pull request #${n}: ${verdict.violations.length} violation(s) (${rules}); see the job summary.`;
        host.setFailed(message);
        return { status: 'failed', message };
    }
    if (verdict.status === 'pending') {
        const message = `Pull request #${n} is waiting for: ${verdict.pending.map(p => p.rule).join(', ')}. The gate runs again when that changes.`;
        host.setFailed(message);
        return { status: 'failed', message };
    }
    host.info(`Gate verdict for pull request #${n}: ${verdict.status}.`);
    return { status: 'success' };
}
/** post in gate mode: upload the report; never fail the job for its own trouble. */
async function gatePostStage(deps) {
    const { host } = deps;
    try {
        const { reportDir: dir, artifactName: name, retentionDays } = (0,state/* loadGateHandOver */.Bu)(host);
        if (!dir) {
            host.info('Nothing to upload: the gate wrote no report.');
            return { status: 'skipped' };
        }
        if (!name) {
            host.info(`telemetry.attachArtifacts is off: the gate's report stays in ${dir}.`);
            return { status: 'success' };
        }
        const { uploadRunArtifact } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5825));
        const up = await uploadRunArtifact({
            name,
            dir,
            files: [...GATE_FILES],
            retentionDays,
            env: deps.ctx.onGitHub ? host.env : {}
        });
        if (up.uploaded)
            host.info(`Uploaded the gate's report as ${name}.`);
        else
            host.info(`The gate's report was not uploaded: ${up.reason}. The files are in ${up.dir}.`);
        return { status: 'success' };
    }
    catch (error) {
        host.warning(`post could not upload the gate's report: ${(0,stage/* errorLine */.B)(error)}`);
        return { status: 'failed', message: (0,stage/* errorLine */.B)(error) };
    }
}


/***/ })

};
