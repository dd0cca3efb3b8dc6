export const id = 89;
export const ids = [89];
export const modules = {

/***/ 17455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ OBJECT_ID)
/* harmony export */ });
/** A 40- (SHA-1) or 64-hex (SHA-256) object id, as GitHub and git print them (no I/O here). */
const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;


/***/ }),

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

/***/ 85089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  revertWatchStage: () => (/* binding */ revertWatchStage)
});

// UNUSED EXPORTS: ownWorkflowPath

// EXTERNAL MODULE: ./src/runtime/context.ts
var context = __webpack_require__(60047);
// EXTERNAL MODULE: ./src/db/actions.ts
var actions = __webpack_require__(58973);
// EXTERNAL MODULE: ./src/db/flags.ts
var flags = __webpack_require__(35157);
// EXTERNAL MODULE: ./src/db/migrate.ts + 2 modules
var migrate = __webpack_require__(73601);
// EXTERNAL MODULE: ./src/runtime/surface.ts
var surface = __webpack_require__(28067);
// EXTERNAL MODULE: ./src/db/client.ts + 14 modules
var client = __webpack_require__(55001);
;// CONCATENATED MODULE: ./src/db/rollbacks.ts


/** What already records a revert of `actionId`: its rollback row and its revert action, if any. */
async function findRevertOf(sql, actionId) {
    const [rollback] = await sql `
    SELECT id, action_id AS "actionId", reason, created_at AS "createdAt"
    FROM self_evolution_rollbacks WHERE action_id = ${actionId}
    ORDER BY id LIMIT 1
  `;
    const [revertAction] = await sql `
    SELECT id, payload FROM self_evolution_actions
    WHERE action_type = 'revert' AND payload ? 'revertOf'
      AND payload -> 'revertOf' ->> 'actionId' = ${String(actionId)}
    ORDER BY id LIMIT 1
  `;
    return { rollback, revertAction };
}
class RevertConflictError extends Error {
    name = 'RevertConflictError';
}
/**
 * Record a revert, all or nothing:
 *   1. the revert action (action_type 'revert', status 'submitted', the reverted action's proposal);
 *   2. a rollback row for the reverted action, with `reason`;
 *   3. the reverted action: merged → rolled_back (anything else means another process got there
 *      first, and the whole transaction is undone);
 *   4. the run that proposed it: → reverted, whatever it was (a run still marked running, whose
 *      change was merged and broke the default branch, is over; its post step then leaves it be).
 */
async function recordRevert(sql, opts) {
    return (0,client/* inTransaction */.sA)(sql, async (tx) => {
        const [reverted] = await tx `
      SELECT a.proposal_id AS "proposalId", p.run_id AS "runId", a.status
      FROM self_evolution_actions a JOIN self_evolution_proposals p ON p.id = a.proposal_id
      WHERE a.id = ${opts.revertedActionId}
      FOR UPDATE OF a
    `;
        if (!reverted)
            throw new RevertConflictError(`Action ${opts.revertedActionId} does not exist.`);
        const moved = await (0,actions/* updateAction */.E_)(tx, opts.revertedActionId, {
            status: 'rolled_back',
            payload: { rolledBackAt: opts.now.toISOString() },
            from: ['merged']
        });
        if (!moved) {
            throw new RevertConflictError(`Action ${opts.revertedActionId} is "${reverted.status}", not "merged": it was rolled back (or changed) by someone else meanwhile.`);
        }
        const [revert] = await tx `
      INSERT INTO self_evolution_actions (proposal_id, action_type, payload, status, created_at, updated_at)
      VALUES (${reverted.proposalId}, 'revert', ${tx.json(opts.payload)},
              'submitted', ${opts.now}, ${opts.now})
      RETURNING id
    `;
        const [rollback] = await tx `
      INSERT INTO self_evolution_rollbacks (action_id, reason, created_at)
      VALUES (${opts.revertedActionId}, ${opts.reason}, ${opts.now})
      RETURNING id
    `;
        const runRows = await tx `
      UPDATE self_evolution_runs
      SET status = 'reverted', finished_at = COALESCE(finished_at, ${opts.now})
      WHERE id = ${reverted.runId}
      RETURNING id
    `;
        return { revertActionId: revert.id, rollbackId: rollback.id, runReverted: runRows.length === 1 };
    });
}
/** The rollbacks of a repository, newest first (what `runs show` and the docs' queries list). */
async function listRollbacks(sql, repository, limit = 50) {
    return sql `
    SELECT b.id, b.action_id AS "actionId", b.reason, b.created_at AS "createdAt",
           a.action_type AS "actionType", p.run_id AS "runId"
    FROM self_evolution_rollbacks b
    JOIN self_evolution_actions a ON a.id = b.action_id
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    WHERE p.repository = ${repository}
    ORDER BY b.created_at DESC, b.id DESC
    LIMIT ${limit}
  `;
}

// EXTERNAL MODULE: ./src/db/runs.ts
var runs = __webpack_require__(46010);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var github_client = __webpack_require__(38851);
// EXTERNAL MODULE: ./src/github/gateway.ts
var github_gateway = __webpack_require__(8317);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/runtime/stage.ts
var stage = __webpack_require__(31634);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/daily/preconditions.ts
var preconditions = __webpack_require__(29818);
// EXTERNAL MODULE: ./src/github/names.ts
var names = __webpack_require__(14567);
// EXTERNAL MODULE: ./src/git/object-id.ts
var object_id = __webpack_require__(17455);
;// CONCATENATED MODULE: ./src/modes/revert-watch/decide.ts
/**
 * revert-watch's decisions, pure: which workflow_run events matter, which merge is the agent's,
 * whether to revert it, what the revert branch, title and body are, and when consecutive failures
 * turn the repository off. No I/O, no clock: src/modes/revert-watch/stage.ts reads and writes around them.
 */




/** The label that deduplicates the one issue telling a human the repository was turned off. */
const DISABLED_LABEL = 'self-evolution:disabled';
/** Added to revert pull requests, beside prTemplateConfig.autoLabels. */
const REVERT_LABEL = 'self-evolution:revert';
/** Who turns the flag off, in its metadata and the events table. */
const DISABLED_BY = 'self-evolution revert-watch';
const str = (v) => (typeof v === 'string' ? v : '');
const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
/** Read a workflow_run payload; a payload without what revert-watch needs is an error naming it. */
function parseWorkflowRunEvent(payload) {
    const root = obj(payload);
    const run = obj(root.workflow_run);
    const repository = obj(root.repository);
    const id = run.id;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
        throw new Error(`The workflow_run event has workflow_run.id "${(0,text_escape/* forLog */.Ig)(String(id), 40)}"; expected a positive integer.`);
    }
    const headSha = str(run.head_sha).toLowerCase();
    if (!object_id/* OBJECT_ID */.S.test(headSha)) {
        throw new Error(`The workflow_run event has workflow_run.head_sha "${(0,text_escape/* forLog */.Ig)(String(run.head_sha), 80)}"; expected a commit SHA.`);
    }
    const fullName = str(repository.full_name);
    if (!fullName)
        throw new Error('The workflow_run event has no repository.full_name.');
    return {
        action: str(root.action),
        run: {
            id,
            name: str(run.name) || str(obj(root.workflow).name) || `workflow run ${id}`,
            htmlUrl: str(run.html_url),
            conclusion: str(run.conclusion),
            headSha,
            headBranch: str(run.head_branch),
            event: str(run.event),
            path: str(run.path) || str(obj(root.workflow).path),
            attempt: typeof run.run_attempt === 'number' ? run.run_attempt : 1,
            headRepository: str(obj(run.head_repository).full_name) || fullName
        },
        repository: { fullName, defaultBranch: str(repository.default_branch) }
    };
}
/** Runs started by these events test code that is not on the default branch. */
const FOREIGN_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);
/**
 * Whether a completed workflow_run is one revert-watch looks at: a failure, in this repository,
 * of a run on the default branch's own commits, not of revert-watch's own workflow.
 */
function triageEvent(e, ctx) {
    const name = (0,text_escape/* forLog */.Ig)(e.run.name, 100);
    if (e.action !== 'completed')
        return skip('not-completed', `the workflow_run event is "${(0,text_escape/* forLog */.Ig)(e.action, 40)}", not "completed"`);
    if (e.repository.fullName.toLowerCase() !== ctx.repository.toLowerCase())
        return skip('other-repository', `the run belongs to ${(0,text_escape/* forLog */.Ig)(e.repository.fullName, 100)}`);
    if ((ctx.ownWorkflowPath && e.run.path === ctx.ownWorkflowPath) || e.run.id === ctx.ownRunId)
        return skip('own-workflow', `"${name}" is revert-watch's own workflow`);
    if (FOREIGN_EVENTS.has(e.run.event) ||
        e.run.headRepository.toLowerCase() !== ctx.repository.toLowerCase() ||
        e.run.headBranch !== ctx.defaultBranch) {
        return skip('not-default-branch', `"${name}" ran for ${e.run.event ? `a ${(0,text_escape/* forLog */.Ig)(e.run.event, 40)} event on ` : ''}` +
            `${(0,text_escape/* forLog */.Ig)(e.run.headRepository, 100)}:${(0,text_escape/* forLog */.Ig)(e.run.headBranch || '(no branch)', 100)}, ` +
            `not for the default branch ${(0,text_escape/* forLog */.Ig)(ctx.defaultBranch, 100)}`);
    }
    if (e.run.conclusion !== 'failure')
        return skip('not-a-failure', `"${name}" concluded "${(0,text_escape/* forLog */.Ig)(e.run.conclusion || 'none', 40)}", not "failure"`);
    return { act: true };
}
function skip(reason, detail) {
    return { act: false, reason, detail };
}
/** The pull request merged into the default branch as `sha`, among those the API lists for it. */
function mergedPullRequestFor(pulls, opts) {
    return pulls.find(p => Boolean(p.merged_at) &&
        p.merge_commit_sha === opts.sha &&
        p.base?.ref === opts.defaultBranch &&
        (0,names/* isSameRepository */.v)(p.base?.repo?.full_name, opts.repository));
}
/** Whether a recorded action is the one behind this merged pull request. */
function actionMatchesPull(action, pull, repository) {
    const pr = obj(action.payload.pullRequest);
    if (typeof pr.number === 'number')
        return pr.number === pull.number;
    // An action whose PR number was never written: only its own branch, in this repository.
    return (typeof action.payload.branch === 'string' &&
        action.payload.branch === pull.head?.ref &&
        (0,names/* isSameRepository */.v)(pull.head?.repo?.full_name, repository));
}
/**
 * Given the action behind the failing commit, whether to revert it. `mergedOnGitHub`: GET
 * /commits/{sha}/pulls shows its pull request merged as this very commit, so a 'closed' action
 * (closed, reopened and merged without the gate seeing the merge) is a merge the gate never saw.
 */
function planRevert(action, opts) {
    if (!action)
        return skip('not-an-agent-merge', 'the failing commit is not the merge of a recorded pull request');
    const prNumber = opts.pullNumber ?? pullNumberOf(action);
    const label = prNumber ? `pull request #${prNumber} (action ${action.id})` : `action ${action.id}`;
    if (action.actionType === 'revert')
        return skip('revert-of-revert', `the failing commit merged a revert (${label}); a revert is never reverted`);
    if (action.actionType !== 'pr')
        return skip('not-an-agent-merge', `action ${action.id} is of type "${(0,text_escape/* forLog */.Ig)(action.actionType, 40)}"`);
    const recorded = typeof action.payload.mergeSha === 'string' ? action.payload.mergeSha : undefined;
    if (recorded && recorded !== opts.sha)
        return skip('not-an-agent-merge', `${label} was merged as ${recorded.slice(0, 12)}, not this commit`);
    if (action.status === 'rolled_back')
        return skip('already-reverted', `${label} is already rolled back`);
    const closedButMerged = action.status === 'closed' && opts.mergedOnGitHub === true;
    if (action.status !== 'merged' && action.status !== 'submitted' && !closedButMerged)
        return skip('action-not-merged', `${label} is "${action.status}", not merged`);
    if (!prNumber)
        return skip('not-an-agent-merge', `action ${action.id} records no pull request number`);
    if (!opts.autoRevertOnFailure)
        return skip('auto-revert-off', `rollbackConfig.autoRevertOnFailure is false, so ${label} is not reverted`);
    return { act: true, recordMerge: action.status !== 'merged' || !recorded, pullRequest: prNumber };
}
function pullNumberOf(action) {
    const n = obj(action.payload.pullRequest).number;
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
/** `<branchPrefix>revert-<pr>`. */
function revertBranchName(branchPrefix, pullRequest) {
    if (!Number.isSafeInteger(pullRequest) || pullRequest <= 0)
        throw new Error(`A revert branch needs a pull request number; got "${(0,text_escape/* forLog */.Ig)(String(pullRequest), 40)}".`);
    return `${branchPrefix}revert-${pullRequest}`;
}
/** Control, invisible and line-breaking characters, which a title may not carry. */
const UNPRINTABLE = /(?:[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\udb40[\udc00-\udc7f])/g;
/** The most code points of the reverted title kept in the revert's title (GitHub allows 256 in all). */
const REVERT_TITLE_MAX = 200;
/** `Revert "<title>"`, the title on one line, without invisible characters, capped. */
function revertTitle(title) {
    const clean = String(title).replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
    return `Revert "${(0,text_escape/* cap */.Np)(clean || 'untitled change', REVERT_TITLE_MAX)}"`;
}
/** The revert pull request's body: what is reverted, why (the failing run, linked), and what not. */
function revertBody(o) {
    return [
        `Reverts #${o.pullRequest} (${o.squash ? 'commit' : 'merge commit'} ${(0,text_escape/* forMarkdownCode */.m6)(o.mergeSha, 64)}): ${(0,text_escape/* forMarkdown */.Bm)(o.title, 200)}`,
        '',
        `The workflow ${(0,text_escape/* forMarkdown */.Bm)(o.failingRun.name, 100)} concluded **${(0,text_escape/* forMarkdown */.Bm)(o.failingRun.conclusion, 40)}** ` +
            `on ${(0,text_escape/* forMarkdownCode */.m6)(o.defaultBranch, 100)} at this commit: ${o.failingRun.url}`,
        '',
        `Opened by self-evolution revert-watch because \`rollbackConfig.autoRevertOnFailure\` is on. ` +
            'Auto-merge is not enabled: a human reviews and merges this revert.',
        '',
        `<!-- self-evolution: revert of action ${o.actionId} -->`,
        ''
    ].join('\n');
}
/** The rollback row's reason: the workflow, its conclusion and a link. */
function rollbackReason(o) {
    return (0,text_escape/* forLog */.Ig)(`Workflow "${o.failingRun.name}" concluded ${o.failingRun.conclusion} on ${o.defaultBranch} at ${o.mergeSha}: ${o.failingRun.url}`, 1000);
}
/**
 * The consecutive failures (failed or reverted: the one definition in src/daily/preconditions.ts) at the
 * head of `outcomes`, skipping cancelled runs, counting only those after `since` (when an operator last turned the repository
 * on, so a re-enable sticks). `reverted`: a run to count as reverted (a dry run's revert that was
 * not recorded).
 */
function consecutiveFailures(outcomes, opts) {
    let n = 0;
    for (const o of outcomes) {
        if (opts.since && new Date(o.finishedAt).getTime() <= opts.since.getTime())
            break;
        const status = o.runId === opts.reverted ? 'reverted' : o.status;
        if (!(0,preconditions/* isCounted */.he)(status))
            continue;
        if (!(0,preconditions/* isFailure */.N6)(status))
            break;
        n++;
    }
    return n;
}
/** Turn the repository off when the limit is reached and it is not off already. */
function decideDisable(o) {
    const reached = o.limit > 0 && o.failures >= o.limit;
    if (!reached || o.repositoryFlag === false)
        return { disable: false, failures: o.failures, limit: o.limit, alreadyOff: o.repositoryFlag === false };
    return { disable: true, failures: o.failures, limit: o.limit };
}
/** The flag's reason (one line). */
function disableReason(o) {
    return (0,text_escape/* forLog */.Ig)(`revert-watch: ${o.failures} consecutive failures (limit ${o.limit}, rollbackConfig.maxFailuresBeforeDisable); the last: workflow "${o.failingRun.name}" concluded ${o.failingRun.conclusion}: ${o.failingRun.url}`, 1000);
}
/** The command that turns the repository back on (src/cli/commands/flag.ts). */
function enableCommand(repository) {
    return `self-evolution flag enable --repository ${repository} --reason "fixed: <what you fixed>"`;
}
/** The one issue (and the comment that updates it) telling a human the repository is off. */
function disabledNotice(o) {
    const repo = (0,text_escape/* forMarkdownCode */.m6)(o.repository, 140);
    const why = [
        `revert-watch turned self-evolution off for ${repo} at ${o.at.toISOString()}: ` +
            `${o.failures} consecutive failures reached \`rollbackConfig.maxFailuresBeforeDisable\` (${o.limit}).`,
        '',
        `The last failure: the workflow ${(0,text_escape/* forMarkdown */.Bm)(o.failingRun.name, 100)} concluded **${(0,text_escape/* forMarkdown */.Bm)(o.failingRun.conclusion, 40)}** ` +
            `after pull request #${o.pullRequest} (${(0,text_escape/* forMarkdown */.Bm)(o.title, 200)}) was merged: ${o.failingRun.url}` +
            (o.revertUrl ? `\nIts revert: ${o.revertUrl}` : ''),
        ''
    ];
    const how = [
        '**How to turn it back on**, once the cause is understood and fixed:',
        '',
        '```sh',
        enableCommand(o.repository),
        `self-evolution flag status --repository ${o.repository}`,
        '```',
        '',
        'The database URL comes from `--database-url` or `DATABASE_URL`. Failures before the flag is turned ' +
            'back on no longer count towards the limit. The global flag must be on too.',
        ''
    ];
    return {
        title: `self-evolution is off for ${o.repository}: ${o.failures} consecutive failures`,
        body: [...why, ...how, `<!-- self-evolution: ${DISABLED_LABEL} -->`, ''].join('\n'),
        comment: ['Turned off again.', '', ...why, ...how].join('\n')
    };
}
/**
 * The notice is written after the repository's flag went off, which the write gateway refuses by
 * design. It is allowed only for the disable it reports: the global flag on, and the repository's
 * flag turned off by revert-watch for this very failing run.
 */
function noticeWriteAllowed(o, failingRunId) {
    if (o.global !== true || !o.repositoryFlag || o.repositoryFlag.value !== false)
        return false;
    const m = o.repositoryFlag.metadata;
    const run = obj(obj(m.disabledFor).failingRun);
    return m.disabledBy === DISABLED_BY && run.id === failingRunId;
}

;// CONCATENATED MODULE: ./src/modes/revert-watch/github.ts
/**
 * What revert-watch reads from GitHub (through the read-only client) and writes (only through the
 * write gateway). A read that fails throws: the caller stops, it never guesses.
 */

/** Most pages read from one list; a longer list is an error, never a silently truncated answer. */
const MAX_PAGES = 10;
/** The pull requests GitHub associates with a commit (GET /repos/{o}/{r}/commits/{sha}/pulls). */
function pullsForCommit(gh, sha) {
    return (0,github_client/* listAll */._w)(gh, 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { commit_sha: sha }, MAX_PAGES);
}
/** Open pull requests whose head is `branch` of this repository. */
function openPullsForBranch(gh, branch) {
    return (0,github_client/* listAll */._w)(gh, 'GET /repos/{owner}/{repo}/pulls', {
        state: 'open',
        head: `${gh.owner}:${branch}`
    }, MAX_PAGES);
}
/** The default branch, when the event did not say. */
async function defaultBranchOf(gh) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}', { owner: gh.owner, repo: gh.repo });
    if (!data.default_branch)
        throw new Error(`GitHub names no default branch for ${gh.owner}/${gh.repo}.`);
    return data.default_branch;
}
/** Open issues (not pull requests) carrying `label`, oldest first. */
async function openIssuesWithLabel(gh, label) {
    const items = await (0,github_client/* listAll */._w)(gh, 'GET /repos/{owner}/{repo}/issues', {
        state: 'open',
        labels: label,
        sort: 'created',
        direction: 'asc'
    }, MAX_PAGES);
    // The filters are GitHub's; checked again here, so a pull request or another issue is never taken.
    const labelled = (i) => (i.labels ?? []).some(l => (typeof l === 'string' ? l : l.name) === label);
    return items
        .filter(i => !i.pull_request && labelled(i) && (i.state ?? 'open') === 'open')
        .sort((a, b) => a.number - b.number);
}
/** Open the revert pull request (never a draft, never auto-merged). undefined in a dry run. */
async function openRevertPull(gateway, gh, o) {
    const r = await gateway.write(`open the pull request reverting #${o.pullRequest}`, 'POST /repos/{owner}/{repo}/pulls', {
        owner: gh.owner,
        repo: gh.repo,
        title: o.title,
        head: o.branch,
        base: o.base,
        body: o.body,
        maintainer_can_modify: false,
        draft: false
    });
    if (!r.performed)
        return undefined;
    const data = r.data;
    if (typeof data.number !== 'number' || typeof data.html_url !== 'string')
        throw new Error('GitHub answered the pull request creation without a number or URL.');
    return { number: data.number, url: data.html_url };
}
async function labelIssue(gateway, gh, number, labels, what) {
    await gateway.write(`label ${what}`, 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: number,
        labels
    });
}
/** Open the notice issue, or comment on the one already open. */
async function writeNotice(gateway, gh, o) {
    const open = await openIssuesWithLabel(gh, o.label);
    if (open.length) {
        const target = open[0];
        await gateway.write(`comment on the open notice issue #${target.number}`, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: gh.owner, repo: gh.repo, issue_number: target.number, body: o.comment });
        return { action: 'commented', number: target.number, url: target.html_url };
    }
    const r = await gateway.write('open the notice issue', 'POST /repos/{owner}/{repo}/issues', {
        owner: gh.owner,
        repo: gh.repo,
        title: o.title,
        body: o.body,
        labels: [o.label]
    });
    const data = (r.performed ? r.data : {});
    return { action: 'created', number: data.number, url: data.html_url };
}

// EXTERNAL MODULE: ./src/git/sandbox.ts
var git_sandbox = __webpack_require__(58339);
// EXTERNAL MODULE: ./src/git/remote.ts
var remote = __webpack_require__(60668);
;// CONCATENATED MODULE: ./src/modes/revert-watch/git.ts
/**
 * The revert itself, in a hardened temporary clone (src/git/sandbox.ts): clone the default branch
 * from the checkout's origin, revert the merge (`-m 1` for a merge commit, plain for a squash or
 * rebase commit), check the result really undoes it, and push it through the write gateway.
 * Nothing the agent wrote is ever an option: SHAs are validated hex, the branch is checked with
 * `git check-ref-format`, and options end before every operand.
 */




class RevertError extends Error {
    name = 'RevertError';
}
/** The URL of the checkout's `origin` remote, without credentials (a bare repository on disk in tests). */
async function originUrl(workspace) {
    let url;
    try {
        url = await (0,remote/* originUrl */.sH)(workspace);
    }
    catch (error) {
        throw new RevertError(`Cannot read the origin remote of the checkout in ${(0,text_escape/* forLog */.Ig)(workspace, 200)} (${(0,text_escape/* forLog */.Ig)(error.message, 300)}); revert-watch needs actions/checkout before it.`);
    }
    if (!url)
        throw new RevertError('The checkout has no usable origin remote URL.');
    return url;
}
/** A remote URL as it may be shown: without user, password or token. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        u.username = '';
        u.password = '';
        return u.toString();
    }
    catch {
        return url.replace(/\/\/[^/@]*@/, '//');
    }
}
/**
 * Clone `defaultBranch`, and commit the revert of `mergeSha` on top of it as the bot. Fails when the
 * commit is not on the default branch, has more than two parents, does not revert cleanly, or
 * when the result does not restore every path the commit changed.
 */
async function prepareRevert(sandbox, o) {
    await checkRevertInputs(sandbox, o);
    const dir = await (0,git_sandbox/* cloneBranch */.wK)(sandbox, o.remote, o.defaultBranch, { token: o.token, name: 'revert' });
    const git = {
        run: (args, okCodes) => sandbox.git(args, { cwd: dir, okCodes }),
        text: async (args) => (await sandbox.git(args, { cwd: dir })).stdout.toString('utf8').trim()
    };
    const baseSha = await git.text(['rev-parse', '--verify', '--end-of-options', 'HEAD^{commit}']);
    await checkOnBranch(git, o, baseSha);
    const parents = await parentsOf(git, o.mergeSha);
    const squash = parents.length === 1;
    await commitRevert(git, o, squash);
    const headSha = await git.text(['rev-parse', '--verify', '--end-of-options', 'HEAD^{commit}']);
    if (headSha === baseSha)
        throw new RevertError(`Reverting ${o.mergeSha} changed nothing; it seems reverted already.`);
    await checkRestored(git, o.mergeSha, parents[0], headSha);
    return { dir, baseSha, headSha, squash };
}
/** The SHA is an object id and the branch a valid branch name, before anything is cloned. */
async function checkRevertInputs(sandbox, o) {
    if (!object_id/* OBJECT_ID */.S.test(o.mergeSha))
        throw new RevertError(`"${(0,text_escape/* forLog */.Ig)(o.mergeSha, 80)}" is not a commit SHA.`);
    await sandbox
        // check-ref-format takes no `--`; the name starts with the schema-checked prefix, never '-'.
        .git(['check-ref-format', `refs/heads/${o.branch}`], { cwd: sandbox.root })
        .catch(() => {
        throw new RevertError(`The revert branch "${(0,text_escape/* forLog */.Ig)(o.branch, 250)}" is not a valid branch name.`);
    });
}
/** The commit is on the default branch as cloned: only a merged change is ever reverted. */
async function checkOnBranch(git, o, baseSha) {
    const onBranch = await git.run(['merge-base', '--is-ancestor', '--end-of-options', o.mergeSha, 'HEAD'], [0, 1, 128]);
    if (onBranch.code !== 0) {
        throw new RevertError(`The commit ${o.mergeSha} is not on ${(0,text_escape/* forLog */.Ig)(o.defaultBranch, 100)} (as cloned at ${baseSha}); nothing is reverted.`);
    }
}
/** The commit's parents: two for a merge commit, one for a squash or rebase commit. */
async function parentsOf(git, sha) {
    const parents = (await git.text(['rev-list', '--parents', '-n', '1', '--end-of-options', sha]))
        .split(' ')
        .slice(1);
    if (parents.length < 1 || parents.length > 2) {
        throw new RevertError(`The commit ${sha} has ${parents.length} parents; revert-watch reverts a merge (2) or a squash or rebase commit (1) only.`);
    }
    return parents;
}
/** `git revert` as the bot (`-m 1` for a merge commit), unsigned. */
async function commitRevert(git, o, squash) {
    const identity = [
        '-c',
        `user.name=${o.botName}`,
        '-c',
        `user.email=${o.botEmail}`,
        '-c',
        'commit.gpgsign=false'
    ];
    try {
        await git.run([
            ...identity,
            'revert',
            '--no-edit',
            ...(squash ? [] : ['-m', '1']),
            '--end-of-options',
            o.mergeSha
        ]);
    }
    catch (error) {
        const detail = error instanceof git_sandbox/* GitCommandError */.iR ? error.message : String(error);
        throw new RevertError(`The commit ${o.mergeSha} does not revert cleanly on ${(0,text_escape/* forLog */.Ig)(o.defaultBranch, 100)} (${(0,text_escape/* forLog */.Ig)(detail, 300)}); revert it by hand.`);
    }
}
/** The result must restore every path the commit changed to its first parent's content. */
async function checkRestored(git, mergeSha, firstParent, headSha) {
    const names = async (from, to) => (await git.run([
        'diff',
        '--no-ext-diff',
        '--no-textconv',
        '--no-renames',
        '--name-only',
        '-z',
        from,
        to,
        '--'
    ])).stdout
        .toString('utf8')
        .split('\0')
        .filter(Boolean);
    const changed = new Set(await names(firstParent, mergeSha));
    const still = (await names(firstParent, headSha)).filter(p => changed.has(p));
    if (still.length) {
        throw new RevertError(`The revert of ${mergeSha} does not restore ${still.length} path(s) it changed (for example ${(0,text_escape/* forLog */.Ig)(still[0], 200)}); revert it by hand.`);
    }
}
/** Push the revert commit to `refs/heads/<branch>` through the gateway (a preview in a dry run). */
async function pushRevert(sandbox, gateway, o) {
    return gateway.perform(`push the revert branch ${o.branch}`, 'push', { remote: displayUrl(o.remote), branch: o.branch, sha: o.headSha }, () => sandbox.git([
        'push',
        '--quiet',
        '--porcelain',
        '--end-of-options',
        o.remote,
        `${o.headSha}:refs/heads/${o.branch}`
    ], {
        cwd: o.dir,
        token: o.token
    }));
}
/**
 * Whether `sha`, the head of an open pull request on the revert branch, has exactly the tree of the
 * revert prepared in `dir`: fetched by its object id into the sandbox clone, never checked out.
 * Fails when the SHA is not one or cannot be fetched.
 */
async function sameTreeAsRevert(sandbox, o) {
    if (!object_id/* OBJECT_ID */.S.test(o.sha))
        throw new RevertError(`"${(0,text_escape/* forLog */.Ig)(o.sha, 80)}" is not a commit SHA.`);
    const git = (args) => sandbox.git(args, { cwd: o.dir, token: o.token });
    try {
        await git(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--end-of-options', o.remote, o.sha]);
    }
    catch (error) {
        const detail = error instanceof git_sandbox/* GitCommandError */.iR ? error.message : String(error);
        throw new RevertError(`Cannot fetch the commit ${o.sha} to compare it with the revert (${(0,text_escape/* forLog */.Ig)(detail, 300)}).`);
    }
    const tree = async (sha) => (await git(['rev-parse', '--verify', '--end-of-options', `${sha}^{tree}`])).stdout.toString('utf8').trim();
    return (await tree(o.sha)) === (await tree(o.headSha));
}
/**
 * Delete the revert branch again (a push whose pull request could not be opened), only while it
 * still points at `sha`, the commit this job pushed: another push meanwhile is never deleted.
 */
async function deleteRevertBranch(sandbox, gateway, o) {
    if (!object_id/* OBJECT_ID */.S.test(o.sha))
        throw new RevertError(`"${(0,text_escape/* forLog */.Ig)(o.sha, 80)}" is not a commit SHA.`);
    return gateway.perform(`delete the revert branch ${o.branch} (its pull request could not be opened)`, 'delete-branch', { remote: displayUrl(o.remote), branch: o.branch, sha: o.sha }, () => sandbox.git([
        'push',
        '--quiet',
        '--porcelain',
        `--force-with-lease=refs/heads/${o.branch}:${o.sha}`,
        '--end-of-options',
        o.remote,
        `:refs/heads/${o.branch}`
    ], {
        cwd: o.dir,
        token: o.token
    }));
}

;// CONCATENATED MODULE: ./src/modes/revert-watch/open.ts






/**
 * An open pull request on the revert branch with the revert's own title: an earlier attempt's, once
 * revertAndOpen has checked that its head is the revert's tree.
 */
async function findOpenRevert(gh, branch, title, repository) {
    const open = await openPullsForBranch(gh, branch);
    const mine = open.filter(p => (0,names/* isSameRepository */.v)(p.head?.repo?.full_name, repository));
    if (!mine.length)
        return undefined;
    const same = mine.find(p => p.title === title);
    if (!same) {
        throw new Error(`An open pull request (#${mine[0].number}) already uses the branch ${(0,text_escape/* forLog */.Ig)(branch, 250)} with another title; close it or delete the branch, then re-run.`);
    }
    return same;
}
/** Revert `o.mergeSha` on `o.branch` and open its pull request, or adopt an earlier attempt's. */
async function revertAndOpen(deps, gateway, o) {
    const sandbox = (0,git_sandbox/* createGitSandbox */.U_)('self-evolution-revert-');
    try {
        const remote = await originUrl(o.workspace);
        const revert = await prepareRevert(sandbox, {
            remote,
            defaultBranch: o.defaultBranch,
            mergeSha: o.mergeSha,
            branch: o.branch,
            token: o.token || undefined,
            botName: o.botName,
            botEmail: o.botEmail
        });
        const p = { sandbox, remote, revert, token: o.token || undefined };
        const pushed = await pushOrAdopt(p, gateway, o);
        if (pushed.adopted)
            return pushed.adopted;
        return await openOrAdopt(deps, p, gateway, o, pushed.performed);
    }
    finally {
        sandbox.cleanup();
    }
}
/**
 * The earlier attempt's open pull request on the branch, adopted only when its head is this very
 * revert: its title is predictable, and anyone who can push the branch could put anything behind it.
 */
async function adoptable(p, o) {
    const open = await o.adopt();
    if (!open)
        return undefined;
    const head = open.head?.sha ?? '';
    const same = await sameTreeAsRevert(p.sandbox, {
        dir: p.revert.dir,
        remote: p.remote,
        sha: head,
        headSha: p.revert.headSha,
        token: p.token
    });
    if (!same) {
        throw new Error(`An open pull request (#${open.number}) on the branch ${(0,text_escape/* forLog */.Ig)(o.branch, 250)} has the revert's title, but its head ${(0,text_escape/* forLog */.Ig)(head, 80)} is not the revert of ${o.mergeSha}; nothing is recorded. Close it or delete the branch, then re-run.`);
    }
    return open;
}
/** Push the branch; when the push is refused, the branch exists and its open pull request is adopted. */
async function pushOrAdopt(p, gateway, o) {
    try {
        const pushed = await pushRevert(p.sandbox, gateway, {
            dir: p.revert.dir,
            remote: p.remote,
            branch: o.branch,
            headSha: p.revert.headSha,
            token: p.token
        });
        return { performed: pushed.performed };
    }
    catch (error) {
        if (!(error instanceof git_sandbox/* GitCommandError */.iR))
            throw error;
        // The branch exists: an earlier attempt pushed it. Its open pull request is recorded instead.
        const open = await adoptable(p, o);
        if (open) {
            const adopted = {
                baseSha: open.base.sha,
                headSha: open.head?.sha ?? '',
                squash: p.revert.squash,
                pull: { number: open.number, url: open.html_url },
                adopted: true
            };
            return { performed: false, adopted };
        }
        throw new Error(`Pushing the revert branch ${(0,text_escape/* forLog */.Ig)(o.branch, 250)} failed (${(0,text_escape/* forLog */.Ig)(error.message, 300)}); if it is left from an earlier attempt without a pull request, delete it and re-run.`, { cause: error });
    }
}
/**
 * Open the revert pull request. When that fails after this job pushed the branch, a pull request
 * already open on it (an earlier attempt's) is adopted and the branch kept; otherwise the branch
 * is deleted again, so no branch is left without its pull request.
 */
async function openOrAdopt(deps, p, gateway, o, pushed) {
    const { baseSha, headSha, squash } = p.revert;
    const body = revertBody({
        title: o.originalTitle,
        pullRequest: o.pullRequest,
        mergeSha: o.mergeSha,
        failingRun: o.failingRun,
        defaultBranch: o.defaultBranch,
        squash,
        actionId: o.actionId
    });
    try {
        const pull = await openRevertPull(gateway, o.gh, {
            title: o.title,
            body,
            branch: o.branch,
            base: o.defaultBranch,
            pullRequest: o.pullRequest
        });
        return { baseSha, headSha, squash, pull };
    }
    catch (error) {
        if (!pushed)
            throw error;
        // adoptable() throws for a pull request that is not this revert.
        const open = await adoptable(p, o);
        if (open)
            return { baseSha, headSha, squash, pull: { number: open.number, url: open.html_url }, adopted: true };
        await deleteRevertBranch(p.sandbox, gateway, {
            dir: p.revert.dir,
            remote: p.remote,
            branch: o.branch,
            sha: headSha,
            token: p.token
        }).catch(deleteError => deps.host.warning(`Could not delete the revert branch ${(0,text_escape/* forLog */.Ig)(o.branch, 250)} after the pull request failed: ${(0,text_escape/* forLog */.Ig)(deleteError.message, 300)}`));
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/modes/revert-watch/stage.ts
/**
 * mode: revert-watch. Runs on `workflow_run: completed` for the repository's CI workflows. When a
 * run on the default branch failed and its head commit is the merge of an agent pull request
 * (recorded in self_evolution_actions, or found through GET /commits/{sha}/pulls), it reverts the
 * merge on a new branch, opens a pull request (never auto-merged), records the revert, and turns
 * the repository off after rollbackConfig.maxFailuresBeforeDisable consecutive failures, telling a
 * human in one deduplicated issue.
 *
 * The order makes every step safe to repeat: nothing is written before the checks that make a
 * second event for the same merge a no-op (the action is rolled back, a revert is recorded, or a
 * revert pull request is already open); the records go in one transaction after the pull request
 * exists. A dry run writes nothing to GitHub and records no revert; it says what it would do in
 * the job summary.
 */















async function revertWatchStage(deps, inputs) {
    const { host } = deps;
    const report = { headline: '', lines: [] };
    try {
        const status = await watch(deps, inputs, report);
        await host.writeSummary(renderSummary(report));
        host.setOutput('status', status);
        if (status === 'skipped')
            host.notice((0,text_escape/* forLog */.Ig)(report.headline, 1000));
        else
            host.info((0,text_escape/* forLog */.Ig)(report.headline, 1000));
        return { status, message: report.headline };
    }
    catch (error) {
        const message = (0,stage/* errorLine */.B)(error);
        report.headline = `revert-watch failed: ${message}`;
        try {
            await host.writeSummary(renderSummary(report));
        }
        catch (summaryError) {
            host.warning(`Could not write the job summary: ${(0,text_escape/* forLog */.Ig)(String(summaryError))}`);
        }
        host.setOutput('status', 'failed');
        host.setFailed(message);
        return { status: 'failed', message };
    }
}
/** The event the job was started by; any event but workflow_run is an error in this mode. */
function readEvent(deps) {
    const name = deps.ctx.event;
    if (name !== 'workflow_run') {
        throw new Error(`Input "mode" is "revert-watch", which handles workflow_run events; this job was started by a "${(0,text_escape/* forLog */.Ig)(name || '(none)', 60)}" event. Run it from a workflow with "on: workflow_run".`);
    }
    return parseWorkflowRunEvent((0,context/* readEventPayload */.N5)(deps.host.env, 'the workflow_run event'));
}
/** .github/workflows/x.yml, from GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/x.yml@refs/...). */
function ownWorkflowPath(workflowRef, repository) {
    if (!workflowRef)
        return '';
    const prefix = `${repository}/`;
    const at = workflowRef.lastIndexOf('@');
    const path = at >= 0 ? workflowRef.slice(0, at) : workflowRef;
    return path.toLowerCase().startsWith(prefix.toLowerCase()) ? path.slice(prefix.length) : path;
}
async function watch(deps, inputs, report) {
    const w = await readWatch(deps, inputs, report);
    const triage = triageEvent(w.event, {
        repository: w.repository,
        defaultBranch: w.defaultBranch,
        ownWorkflowPath: ownWorkflowPath(deps.host.env.GITHUB_WORKFLOW_REF, w.repository),
        ownRunId: deps.ctx.githubRunId
    });
    if (!triage.act) {
        report.headline = `Nothing to do: ${triage.detail}.`;
        return 'skipped';
    }
    const { config } = await (0,source/* readCommittedConfig */.bW)(deps, inputs);
    const dryRun = inputs.forceDryRun || config.dryRunMode;
    report.dryRun = dryRun;
    if (!inputs.databaseUrl && !deps.allowEmbedded)
        throw new Error('Input "database-url" is empty; expected a PostgreSQL connection URL (from a secret).');
    const db = await deps.openDatabase(inputs.databaseUrl);
    try {
        await (0,migrate/* ensureSchema */.K_)(db.sql, { migrate: inputs.migrate, remedy: (0,surface/* migrateAdvice */.UG)(deps.host.surface) });
        return await revertFailingMerge({ ...w, config, dryRun, sql: db.sql });
    }
    finally {
        await db.close();
    }
}
/** The event, the repository and its default branch, the failing run (reported), the read client. */
async function readWatch(deps, inputs, report) {
    const { ctx } = deps;
    const event = readEvent(deps);
    const { owner, repo } = (0,github_client/* parseRepository */.SU)(ctx.repository);
    const repository = `${owner}/${repo}`;
    const readToken = inputs.writeToken || inputs.githubToken;
    let gh;
    const github = () => {
        if (!readToken) {
            throw new Error('Inputs "write-token" and "github-token" are both empty; expected a token to read the repository with.');
        }
        gh ??= deps.github(readToken, { repository, readOnly: true });
        return gh;
    };
    const defaultBranch = event.repository.defaultBranch || ctx.defaultBranch || (await defaultBranchOf(await github()));
    const failingRun = {
        id: event.run.id,
        name: event.run.name,
        url: `${ctx.serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${event.run.id}`,
        conclusion: event.run.conclusion
    };
    report.lines.push(`Workflow ${(0,text_escape/* forMarkdown */.Bm)(event.run.name, 100)} ([run ${event.run.id}](${failingRun.url})) concluded ` +
        `${(0,text_escape/* forMarkdown */.Bm)(event.run.conclusion || 'none', 40)} on ${(0,text_escape/* forMarkdownCode */.m6)(event.run.headBranch || '(no branch)', 100)} ` +
        `at ${(0,text_escape/* forMarkdownCode */.m6)(event.run.headSha, 64)}.`);
    const sha = event.run.headSha;
    return {
        deps,
        inputs,
        report,
        event,
        owner,
        repo,
        repository,
        defaultBranch,
        sha,
        failingRun,
        readToken,
        github
    };
}
/**
 * The steps, in an order that makes each safe to repeat: nothing is written before the checks that
 * make a second event for the same merge a no-op.
 */
async function revertFailingMerge(r) {
    const target = await findRevertTarget(r);
    if (!target)
        return 'skipped';
    // A merge the gate did not see is a fact: recorded in a dry run too.
    if (target.recordMerge)
        await recordUnseenMerge(r, target);
    await ensureCanWrite(r, target);
    const writes = await openWrites(r);
    const { branch, revert } = await openRevert(r, target, writes.gateway);
    if (r.dryRun)
        reportDryRun(r, target, { branch, revert, gateway: writes.gateway });
    else if (!(await recordLiveRevert(r, target, { branch, revert, gateway: writes.gateway })))
        return 'skipped';
    await applyFailureLimit(r, target, { revert, writes });
    return 'success';
}
/** The action behind the failing commit: by its recorded merge, else by GitHub's answer. */
async function findAction(r) {
    const { sql, repository, sha, defaultBranch } = r;
    const merged = { sha, defaultBranch, repository };
    const action = await (0,actions/* findActionByMergeSha */.$4)(sql, repository, sha);
    if (action) {
        if (action.actionType !== 'pr' || pullNumberOf(action))
            return { action, mergedOnGitHub: false };
        // Recorded as merged without its pull request number: GitHub knows it.
        const pull = mergedPullRequestFor(await pullsForCommit(await r.github(), sha), merged);
        return { action, pullNumber: pull?.number, mergedOnGitHub: false };
    }
    const pull = mergedPullRequestFor(await pullsForCommit(await r.github(), sha), merged);
    if (!pull)
        return { mergedOnGitHub: false };
    const found = await (0,actions/* findActionForPullRequest */.Z8)(sql, {
        repository,
        number: pull.number,
        branch: pull.head?.ref ?? ''
    });
    if (!found || !actionMatchesPull(found, pull, repository))
        return { mergedOnGitHub: false };
    return { action: found, pullNumber: pull.number, mergedOnGitHub: true };
}
/** The action to revert; undefined (the report says why) when there is none or it is reverted. */
async function findRevertTarget(r) {
    const { action, pullNumber, mergedOnGitHub } = await findAction(r);
    const plan = planRevert(action, {
        sha: r.sha,
        autoRevertOnFailure: r.config.rollbackConfig.autoRevertOnFailure,
        pullNumber,
        mergedOnGitHub
    });
    if (!plan.act) {
        r.report.headline = `Nothing to do: ${plan.detail}.`;
        if (plan.reason === 'already-reverted' && action)
            await describeExistingRevert(r.sql, action.id, r.report);
        return undefined;
    }
    const target = action;
    const existing = await findRevertOf(r.sql, target.id);
    if (existing.rollback || existing.revertAction) {
        r.report.headline = `Nothing to do: pull request #${plan.pullRequest} (action ${target.id}) is already reverted.`;
        await describeExistingRevert(r.sql, target.id, r.report);
        return undefined;
    }
    return { action: target, pullRequest: plan.pullRequest, recordMerge: plan.recordMerge };
}
/**
 * Record the merge of a 'submitted' action, or of a 'closed' one whose pull request was reopened and
 * merged: the gate did not see it.
 */
async function recordUnseenMerge(r, t) {
    const { action } = t;
    const moved = await (0,actions/* updateAction */.E_)(r.sql, action.id, {
        status: 'merged',
        payload: {
            mergeSha: r.sha,
            pullRequest: { ...action.payload.pullRequest, number: t.pullRequest }
        },
        from: ['submitted', 'merged', 'closed']
    });
    if (!moved) {
        const now = await (0,actions/* getAction */.Th)(r.sql, action.id);
        throw new Error(`Action ${action.id} changed while revert-watch read it (now "${now?.status ?? 'missing'}"); re-run the job.`);
    }
    r.report.lines.push(`Recorded pull request #${t.pullRequest} as merged at ${(0,text_escape/* forMarkdownCode */.m6)(r.sha, 64)} (action ${action.id}).`);
}
/** A live run writes only when the committed config and the flags allow it, with a write token. */
async function ensureCanWrite(r, t) {
    const killSwitch = await (0,flags/* readKillSwitch */.pG)(r.sql, r.repository);
    if (r.dryRun)
        return;
    const due = `A revert of pull request #${t.pullRequest} (${(0,text_escape/* forLog */.Ig)(t.action.title, 200)}) is due`;
    if (!r.config.enabled) {
        throw new Error(`${due}, but the committed config says "enabled": false, so nothing is written: revert ${r.sha} by hand.`);
    }
    if (!killSwitch.on) {
        throw new Error(`${due}, but the self-evolution flag is off (${flagStates(killSwitch)}), so nothing is written: revert ${r.sha} by hand.`);
    }
    if (!r.inputs.writeToken) {
        throw new Error(`${due}, but input "write-token" is empty; expected a GitHub App installation token with contents, pull-requests and issues write (see docs/rollback.md).`);
    }
}
function flagStates(ks) {
    const global = ks.global === null ? 'missing' : ks.global ? 'on' : 'off';
    const repository = ks.repository === null ? 'not set' : ks.repository ? 'on' : 'off';
    return `global ${global}, repository ${repository}`;
}
/**
 * The write gateway, with the write client (none in a dry run). Its flag check lets through, once
 * revert-watch turned the repository off, only the notice about that very failing run.
 */
async function openWrites(r) {
    const { sql, repository, deps } = r;
    let noticeFor;
    const gateway = (0,github_gateway/* createWriteGateway */.md)({
        octokit: r.dryRun ? undefined : await deps.github(r.inputs.writeToken, { repository }),
        dryRun: r.dryRun,
        log: line => deps.host.info((0,text_escape/* forLog */.Ig)(line)),
        checkFlag: async () => {
            const ks = await (0,flags/* readKillSwitch */.pG)(sql, repository);
            if (ks.on)
                return true;
            if (noticeFor === undefined)
                return false;
            const row = (await (0,flags/* listFlags */.E3)(sql)).find(f => f.key === (0,flags/* repositoryFlagKey */.OZ)(repository));
            return noticeWriteAllowed({ global: ks.global, repositoryFlag: row }, noticeFor);
        }
    });
    const asNotice = async (write) => {
        noticeFor = r.failingRun.id;
        try {
            return await write();
        }
        finally {
            noticeFor = undefined;
        }
    };
    return { gateway, asNotice };
}
/**
 * Adopt an open revert pull request left by an earlier, interrupted attempt, else revert in a
 * temporary clone, push and open the pull request.
 */
async function openRevert(r, t, gateway) {
    const branch = revertBranchName(r.config.prTemplateConfig.branchPrefix, t.pullRequest);
    const title = revertTitle(t.action.title);
    const revert = await revertAndOpen(r.deps, gateway, {
        workspace: r.deps.ctx.workspace,
        defaultBranch: r.defaultBranch,
        mergeSha: r.sha,
        branch,
        token: r.dryRun ? r.readToken : r.inputs.writeToken,
        botName: r.config.rollout.botName,
        botEmail: r.config.rollout.botEmail,
        title,
        pullRequest: t.pullRequest,
        gh: { owner: r.owner, repo: r.repo },
        originalTitle: t.action.title,
        failingRun: r.failingRun,
        actionId: t.action.id,
        adopt: async () => findOpenRevert(await r.github(), branch, title, r.repository)
    });
    if (revert.adopted) {
        r.report.lines.push(`The branch ${(0,text_escape/* forMarkdownCode */.m6)(branch, 250)} and its pull request #${revert.pull?.number} were left open by an earlier attempt; recorded them.`);
    }
    return { branch, revert };
}
function reportDryRun(r, t, { branch, revert, gateway }) {
    r.report.headline = `Dry run: would revert pull request #${t.pullRequest} (${(0,text_escape/* forLog */.Ig)(t.action.title, 200)}) on branch ${branch} and open a pull request.`;
    r.report.lines.push(`The revert applies cleanly: ${revert.squash ? 'a plain revert (squash or rebase merge)' : 'git revert -m 1 (merge commit)'} on ${(0,text_escape/* forMarkdownCode */.m6)(revert.baseSha, 64)}.`, 'Nothing was written to GitHub and no revert was recorded.');
    r.report.previews = gateway.previews.map(p => `${p.route}: ${p.description}`);
}
/**
 * Record the open revert pull request and label it. false: another job (a second CI workflow
 * failing on the same merge) recorded the revert meanwhile.
 */
async function recordLiveRevert(r, t, { branch, revert, gateway }) {
    const pull = revert.pull;
    const recorded = await recordOnce(r, t, {
        branch,
        baseSha: revert.baseSha,
        headSha: revert.headSha,
        pullRequest: pull,
        revertOf: { actionId: t.action.id, pullRequest: t.pullRequest, mergeSha: r.sha },
        failingRun: r.failingRun
    });
    if (!recorded)
        return false;
    const { host } = r.deps;
    if (!recorded.runReverted)
        host.warning(`Run ${t.action.runId} was not found; no run status was set to reverted.`);
    try {
        await labelIssue(gateway, { owner: r.owner, repo: r.repo }, pull.number, [...r.config.prTemplateConfig.autoLabels, REVERT_LABEL], `the revert pull request #${pull.number}`);
    }
    catch (error) {
        host.warning(`Could not label the revert pull request #${pull.number}: ${(0,text_escape/* forLog */.Ig)(error.message, 300)}`);
    }
    r.report.headline = `Reverted pull request #${t.pullRequest} (${(0,text_escape/* forLog */.Ig)(t.action.title, 200)}): revert pull request #${pull.number} ${pull.url}.`;
    r.report.lines.push(`Opened [#${pull.number}](${pull.url}) from ${(0,text_escape/* forMarkdownCode */.m6)(branch, 250)}; recorded revert action ${recorded.revertActionId} and rollback ${recorded.rollbackId}; ` +
        `action ${t.action.id} is rolled back${recorded.runReverted ? ` and run ${t.action.runId} is reverted` : ''}.`);
    return true;
}
/** Record the revert; undefined (reported) when another job recorded it meanwhile. */
async function recordOnce(r, t, payload) {
    try {
        return await recordRevert(r.sql, {
            revertedActionId: t.action.id,
            reason: rollbackReason({ failingRun: r.failingRun, defaultBranch: r.defaultBranch, mergeSha: r.sha }),
            payload,
            now: r.deps.now()
        });
    }
    catch (error) {
        const other = await findRevertOf(r.sql, t.action.id).catch(() => undefined);
        if (other?.rollback && other.revertAction) {
            r.report.headline = `Nothing to do: pull request #${t.pullRequest} was reverted by another job meanwhile.`;
            await describeExistingRevert(r.sql, t.action.id, r.report);
            return undefined;
        }
        throw new Error(`The revert pull request #${payload.pullRequest.number} is open, but recording it failed (${(0,text_escape/* forLog */.Ig)(error.message, 300)}); the next failure event, or a re-run, records it.`, { cause: error });
    }
}
/** Consecutive failures: at the limit the repository goes off, and a human is told. */
async function applyFailureLimit(r, t, { revert, writes }) {
    const { report, repository } = r;
    const limit = r.config.rollbackConfig.maxFailuresBeforeDisable;
    const ks = await (0,flags/* readKillSwitch */.pG)(r.sql, repository);
    const outcomes = await (0,runs/* recentOutcomes */.Zf)(r.sql, repository, Math.max(limit, 1));
    const failures = consecutiveFailures(outcomes, {
        since: ks.repositoryEnabledAt,
        reverted: r.dryRun ? t.action.runId : undefined
    });
    const decision = decideDisable({ failures, limit, repositoryFlag: ks.repository });
    report.lines.push(`Consecutive failures: ${failures} of ${limit} (rollbackConfig.maxFailuresBeforeDisable).`);
    if (!decision.disable) {
        if (decision.alreadyOff && failures >= limit)
            report.lines.push(`The flag for ${repository} is already off.`);
        return;
    }
    const notice = disabledNotice({
        repository,
        failures,
        limit,
        failingRun: r.failingRun,
        revertUrl: revert.pull?.url,
        pullRequest: t.pullRequest,
        title: t.action.title,
        at: r.deps.now()
    });
    if (r.dryRun) {
        report.notice = notice;
        report.lines.push(`Dry run: the limit is reached, so a live run would turn ${(0,flags/* repositoryFlagKey */.OZ)(repository)} off and open (or update) the issue labelled ${DISABLED_LABEL}.`);
        return;
    }
    await disableRepository(r, t, { failures, limit, notice, revert, writes });
}
/** Turn the repository's flag off, then open (or comment on) the one notice issue. */
async function disableRepository(r, t, o) {
    const { repository, failingRun } = r;
    const { failures, limit, notice } = o;
    await (0,flags/* setFlag */.lA)(r.sql, {
        repository,
        value: false,
        by: DISABLED_BY,
        reason: disableReason({ failures, limit, failingRun }),
        now: r.deps.now(),
        details: {
            disabledFor: {
                failingRun,
                failures,
                limit,
                revertOf: { actionId: t.action.id, pullRequest: t.pullRequest, mergeSha: r.sha },
                revertPullRequest: o.revert.pull?.number ?? null
            }
        }
    });
    r.deps.host.warning(`${failures} consecutive failures: the flag for ${repository} is now off. An operator turns it back on with "self-evolution flag enable --repository ${repository}".`);
    try {
        const written = await o.writes.asNotice(async () => writeNotice(o.writes.gateway, await r.github(), {
            label: DISABLED_LABEL,
            title: notice.title,
            body: notice.body,
            comment: notice.comment
        }));
        r.report.lines.push(`Turned ${(0,flags/* repositoryFlagKey */.OZ)(repository)} off; ${written.action === 'created' ? 'opened' : 'commented on'} the notice issue #${written.number ?? '?'}.`);
    }
    catch (error) {
        throw new Error(`The flag for ${repository} is off (${failures} consecutive failures), but the notice issue could not be written: ${(0,text_escape/* forLog */.Ig)(error.message, 300)}`, { cause: error });
    }
}
async function describeExistingRevert(sql, actionId, report) {
    const existing = await findRevertOf(sql, actionId);
    const pr = existing.revertAction?.payload.pullRequest;
    if (pr?.number && pr.url)
        report.lines.push(`The revert: [#${pr.number}](${pr.url}).`);
    if (existing.rollback)
        report.lines.push(`Rollback ${existing.rollback.id}: ${(0,text_escape/* forMarkdown */.Bm)(existing.rollback.reason, 600)}`);
}
function renderSummary(r) {
    const out = ['## self-evolution revert-watch', '', (0,text_escape/* forMarkdown */.Bm)(r.headline, 1200), ''];
    for (const line of r.lines)
        out.push(`- ${line}`);
    if (r.previews?.length) {
        out.push('', '### Writes a live run would make', '');
        for (const p of r.previews)
            out.push(`- ${(0,text_escape/* forMarkdown */.Bm)(p, 300)}`);
    }
    if (r.notice) {
        out.push('', `### Notice (dry run: no issue was opened)`, '', `**${(0,text_escape/* forMarkdown */.Bm)(r.notice.title, 300)}**`, '', r.notice.body);
    }
    return out.join('\n') + '\n';
}


/***/ })

};
