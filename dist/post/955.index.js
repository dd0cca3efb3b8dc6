export const id = 955;
export const ids = [955,419];
export const modules = {

/***/ 81955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectChange: () => (/* binding */ collectChange),
/* harmony export */   preparePrivateGit: () => (/* binding */ preparePrivateGit)
/* harmony export */ });
/* unused harmony export parseNameStatus */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_object_id_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17455);
/* harmony import */ var _git_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73073);
/* harmony import */ var _git_sandbox_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58339);
/* harmony import */ var _restore_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16419);
/**
 * Collecting the agent's change: the adapter, not the agent, makes the patch, with a git directory
 * and a configuration the agent never had write access to.
 *
 * Before the engine runs, while the checkout is still trusted, `preparePrivateGit` makes a private
 * temporary directory (0700, outside the checkout) holding a bare repository (`init --bare
 * --template=`: no hooks, no config of the checkout's) and fetches the base commit into it from the
 * checkout (`--depth=1`: one commit's tree is all a diff needs). Copying the objects, rather than
 * borrowing the checkout's object store as an alternate, is the choice here: the agent can write into
 * `.git/objects`, and a loose object it replaced would change what "the base" means; a copy made
 * before it ran cannot be touched.
 *
 * After the engine, `collectChange` runs git with GIT_DIR the private repository, GIT_WORK_TREE the
 * checkout and GIT_INDEX_FILE a fresh index: `read-tree BASE`, `add -A` (the work tree's .gitignore
 * files are honored; the checkout's .git/info/exclude and config are never read, and an entry named
 * `.git` is never added), then `diff --cached --binary -M BASE` is the patch and `--name-status` the
 * files. Every command runs in the sandbox's environment (src/git/run.ts, sandboxGitEnv: no
 * inherited GIT_*, no system or global config of the machine) with HARDENED_CONFIG (no hooks, no
 * fsmonitor), and the diff with --no-ext-diff and --no-textconv; no filter driver is configured
 * anywhere git looks, so none can run. Whatever the agent wrote into the checkout's `.git`, and
 * wherever it moved HEAD or other refs, means nothing here.
 */






/** Settings that configuration could otherwise change in what `add` records and `diff` prints. */
const COLLECT_CONFIG = [
    '-c',
    'core.autocrlf=false',
    '-c',
    'core.safecrlf=false',
    '-c',
    'core.bigFileThreshold=512m',
    '-c',
    'core.symlinks=true',
    '-c',
    'core.fileMode=true',
    '-c',
    'core.ignoreCase=false',
    '-c',
    'core.protectHFS=true',
    '-c',
    'core.protectNTFS=true',
    '-c',
    'diff.noprefix=false',
    '-c',
    'diff.mnemonicPrefix=false',
    '-c',
    'diff.renames=true'
];
/** Options of `git diff` that repository or user configuration could otherwise change. */
const DIFF_OPTIONS = [
    '--cached',
    '-M',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '--ignore-submodules=none',
    '--submodule=short',
    '--src-prefix=a/',
    '--dst-prefix=b/'
];
/** A git config value in double quotes (git-config(1), "Syntax"). */
function configValue(text) {
    return `"${text.replace(/[\\"]/g, c => `\\${c}`)}"`;
}
/** The sandbox, with the checkout named safe in its own global config (the checkout may have another owner). */
function privateSandbox(checkout) {
    const sandbox = (0,_git_sandbox_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitSandbox */ .U_)('self-evolution-agent-');
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(checkout, sandbox.root);
    if (!inside.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside)) {
        sandbox.cleanup();
        throw new Error(`the private git directory ${sandbox.root} would lie inside the checkout ${checkout}`);
    }
    const dirs = [checkout, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(checkout, '.git')];
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(sandbox.env.GIT_CONFIG_GLOBAL, `[safe]\n${dirs.map(d => `\tdirectory = ${configValue(d)}\n`).join('')}`, { mode: 0o600 });
    return sandbox;
}
/**
 * Make the private repository and fetch `base` into it from `checkout`, and snapshot the
 * checkout's `.git`. Call before the engine runs; `cleanup()` when done.
 */
async function preparePrivateGit(opts) {
    const checkout = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.checkout);
    if (!_git_object_id_js__WEBPACK_IMPORTED_MODULE_5__/* .OBJECT_ID */ .S.test(opts.base))
        throw new Error(`the base ${JSON.stringify(opts.base)} is not a commit id; expected 40 or 64 hexadecimal digits`);
    if (/[\n\0]/.test(checkout))
        throw new Error(`the checkout path ${JSON.stringify(checkout)} holds a line break`);
    const sandbox = privateSandbox(checkout);
    try {
        const gitDir = sandbox.dir('base.git');
        const format = opts.base.length === 64 ? 'sha256' : 'sha1';
        await sandbox.git(['init', '--quiet', '--bare', '--template=', `--object-format=${format}`, gitDir], {
            cwd: sandbox.root
        });
        await (0,_git_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runGit */ .EO)([
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-write-fetch-head',
            '--no-recurse-submodules',
            '--depth=1',
            '--end-of-options',
            checkout,
            `+${opts.base}:refs/self-evolution/base`
        ], { cwd: gitDir, env: { ...sandbox.env, GIT_DIR: gitDir } });
        const dotGitSnapshot = (0,_restore_js__WEBPACK_IMPORTED_MODULE_4__/* .snapshotDotGit */ .eU)(checkout, sandbox.root);
        return {
            checkout,
            base: opts.base,
            root: sandbox.root,
            gitDir,
            dotGitSnapshot,
            git(args, options = {}) {
                const env = { ...sandbox.env, GIT_DIR: gitDir, GIT_WORK_TREE: checkout };
                if (options.index !== undefined)
                    env.GIT_INDEX_FILE = options.index;
                return (0,_git_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runGit */ .EO)(args, {
                    cwd: checkout,
                    env,
                    config: COLLECT_CONFIG,
                    ...(options.input !== undefined ? { input: options.input } : {})
                });
            },
            cleanup: () => sandbox.cleanup()
        };
    }
    catch (error) {
        sandbox.cleanup();
        throw error;
    }
}
const STATUS = {
    A: 'added',
    D: 'deleted',
    M: 'modified',
    T: 'modified',
    R: 'renamed',
    C: 'copied'
};
/** `git diff --name-status -z` records. */
function parseNameStatus(output) {
    const parts = output.split('\0');
    const files = [];
    for (let i = 0; i + 1 < parts.length;) {
        const code = parts[i++];
        const status = STATUS[code.charAt(0)];
        if (status === undefined)
            throw new Error(`git diff printed the unknown status ${JSON.stringify(code)}`);
        if (status === 'renamed' || status === 'copied') {
            const previousPath = parts[i++];
            files.push({ status, path: parts[i++], previousPath });
        }
        else
            files.push({ status, path: parts[i++] });
    }
    return files;
}
/** The agent's change against the base, made by git in the private repository (see the module's comment). */
async function collectChange(p) {
    // The index is the adapter's, not evidence: a fresh one each time.
    const index = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(p.root, 'collect.index');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(index, { force: true });
    try {
        await p.git(['read-tree', '--end-of-options', p.base], { index });
        await p.git(['add', '--all', '--', '.'], { index });
        const patch = await p.git(['diff', ...DIFF_OPTIONS, '--binary', '--full-index', p.base, '--'], { index });
        const names = await p.git(['diff', ...DIFF_OPTIONS, '--name-status', '-z', p.base, '--'], { index });
        return {
            base: p.base,
            patch: patch.stdout.toString('utf8'),
            files: parseNameStatus(names.stdout.toString('utf8'))
        };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(index, { force: true });
    }
}


/***/ }),

/***/ 16419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eU: () => (/* binding */ snapshotDotGit),
/* harmony export */   restoreCheckout: () => (/* binding */ restoreCheckout)
/* harmony export */ });
/* unused harmony exports INSTRUCTION_FILES, restoreDotGit, isInstructionPath */
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Between rounds (and after the last), the checkout is put back where the agent could have left a
 * trap for the next round or for a later step of the job:
 * - `.git`: copied into the private directory before round 1, and put back as it was (so hooks, an
 *   fsmonitor or moved refs the agent wrote act neither on the next engine nor on a later git
 *   command in the job, such as actions/checkout's post step);
 * - the coding agents' instruction and config files (INSTRUCTION_FILES, at any depth): every one in
 *   the work tree is removed, ignored or not, and those the base commit holds are checked out again
 *   from the private repository (src/agent/collect.ts). The same names are blocked paths by default.
 *
 * The agent's change elsewhere stays: the next round corrects it.
 */



/** The coding agents' instruction and settings files (matched case-insensitively, as blocked paths are). */
const INSTRUCTION_FILES = _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .AGENT_INSTRUCTION_PATHS */ .Cn;
const NAMES = new Set(INSTRUCTION_FILES.map(n => n.toLowerCase()));
function exists(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** Copy `checkout/.git` into `privateRoot`; returns the copy's path, or null when there is none. */
function snapshotDotGit(checkout, privateRoot) {
    const source = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(checkout, '.git');
    if (!exists(source))
        return null;
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(privateRoot, 'dot-git');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.cpSync)(source, target, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false });
    return target;
}
/** Put `.git` back as the snapshot holds it (removing whatever the agent left there). */
function restoreDotGit(p) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(p.checkout, '.git');
    // rm does not follow a symbolic link: a link the agent put there is removed, not its target.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(target, { recursive: true, force: true });
    if (p.dotGitSnapshot !== null)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.cpSync)(p.dotGitSnapshot, target, {
            recursive: true,
            verbatimSymlinks: true,
            errorOnExist: true,
            force: false
        });
}
/** Whether a repository path names an instruction file or lies inside an instruction folder. */
function isInstructionPath(path) {
    return path.split('/').some(part => NAMES.has(part.toLowerCase()));
}
/** Remove every instruction file or folder under `dir` (not descending into any `.git`). */
function removeInstructionFiles(dir) {
    const removed = [];
    const walk = (at, prefix) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(at, { withFileTypes: true })) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(at, entry.name);
            if (NAMES.has(entry.name.toLowerCase())) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { recursive: true, force: true });
                removed.push(prefix + entry.name);
            }
            else if (entry.isDirectory() && entry.name.toLowerCase() !== '.git') {
                walk(path, `${prefix}${entry.name}/`);
            }
        }
    };
    walk(dir, '');
    return removed;
}
/** The base commit's instruction files, checked out again from the private repository. */
async function checkoutInstructionFiles(p) {
    const listed = await p.git(['ls-tree', '-r', '-z', '--full-tree', '--name-only', p.base]);
    const paths = listed.stdout
        .toString('utf8')
        .split('\0')
        .filter(path => path !== '' && isInstructionPath(path));
    if (paths.length === 0)
        return [];
    const index = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(p.root, 'restore.index');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(index, { force: true });
    try {
        await p.git(['read-tree', '--end-of-options', p.base], { index });
        await runWithInput(p, index, paths);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(index, { force: true });
    }
    return paths;
}
async function runWithInput(p, index, paths) {
    // checkout-index refuses to write through a symbolic link in a leading path, and -f replaces
    // what is in the way.
    await p.git(['checkout-index', '-f', '-z', '--stdin'], { index, input: `${paths.join('\0')}\0` });
}
/** Put `.git` and the instruction files back to their state at the base (see the module's comment). */
async function restoreCheckout(p) {
    restoreDotGit(p);
    const removed = removeInstructionFiles(p.checkout);
    const restored = await checkoutInstructionFiles(p);
    return { removed, restored };
}


/***/ }),

/***/ 17455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ OBJECT_ID)
/* harmony export */ });
/** A 40- (SHA-1) or 64-hex (SHA-256) object id, as GitHub and git print them (no I/O here). */
const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;


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


/***/ })

};
