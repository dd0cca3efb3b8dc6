export const id = 758;
export const ids = [758,576];
export const modules = {

/***/ 50016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ engineFailure),
/* harmony export */   et: () => (/* binding */ exitStatusOf),
/* harmony export */   ug: () => (/* binding */ ENGINES),
/* harmony export */   xJ: () => (/* binding */ CONTRACT_ENV)
/* harmony export */ });
const ENGINES = ['claude', 'codex', 'command'];
/** Names of the contract files' environment variables, given to every engine. */
const CONTRACT_ENV = {
    prompt: 'SELF_EVOLUTION_PROMPT_FILE',
    reflection: 'SELF_EVOLUTION_REFLECTION_FILE',
    proposal: 'SELF_EVOLUTION_PROPOSAL_FILE'
};
/** How an engine run ended, as the agent record names it; the first that applies wins. */
function exitStatusOf(run) {
    if (run.timedOut)
        return 'timed-out';
    if (run.budgetReached)
        return 'budget-reached';
    if (run.isError)
        return 'is-error';
    if (run.signal)
        return 'signal';
    if (run.exitCode !== 0)
        return 'exit-code';
    return 'ok';
}
/** An engine run that failed, as one sentence; undefined when it succeeded. */
function engineFailure(run) {
    const engine = `the ${run.engine} engine`;
    switch (exitStatusOf(run)) {
        case 'timed-out':
            return `${engine} hit the action's timeout after ${Math.round(run.durationMs / 1000)} s`;
        case 'budget-reached':
            return `${engine} stopped at its budget (--max-budget-usd)`;
        case 'is-error':
            return `${engine} reported an error`;
        case 'signal':
            return `${engine} was ended by ${run.signal}`;
        case 'exit-code':
            return `${engine} exited with code ${run.exitCode}`;
        case 'ok':
            return undefined;
    }
}


/***/ }),

/***/ 68083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KA: () => (/* binding */ ApplyBaseError),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   X6: () => (/* binding */ applyPatch)
/* harmony export */ });
/* unused harmony exports MAX_PATCH_BYTES, MAX_BINARY_BYTES, MAX_BINARY_TOTAL_BYTES, APPLY_TIMEOUT_MS, APPLY_MEMORY_BYTES, DEFAULT_APPLY_LIMITS, alternatePath, gitErrorLine, prlimitWrapper, checkPatchSizes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _config_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86234);
/* harmony import */ var _policy_git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12147);
/* harmony import */ var _object_id_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17455);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73073);
/**
 * One `applyPatch`: git itself reads an agent's patch, the way it will be committed. Used for
 * judging (the daily run, `self-evolution check --diff/--proposals` in a repository) and for
 * acting (src/modes/run/act/execute.ts), so the change judged is the change committed.
 *
 * How, without ever writing the repository:
 * - every command runs in the untrusted sandbox's environment (src/git/run.ts, `sandboxGitEnv`)
 *   with HARDENED_CONFIG, plus `core.protectHFS` and `core.protectNTFS` (git then refuses paths
 *   such as `.git~1/config` or `.gi\u200ct/config` that another file system reads as `.git`);
 * - a temporary index (GIT_INDEX_FILE) is filled with `git read-tree BASE`, and
 *   `git apply --cached` applies the patch to it: no work tree is ever written;
 * - new objects go to a temporary object directory (GIT_OBJECT_DIRECTORY) that reaches the
 *   repository's objects as an alternate (GIT_ALTERNATE_OBJECT_DIRECTORIES), so the repository's
 *   own object store stays as it was (a throwaway clone may take them itself: `objects: 'repository'`);
 * - `git write-tree` gives the new tree, `git commit-tree` a commit of it, and the existing git
 *   reader (src/policy/git.ts, readGitChanges) reads BASE..commit: files, modes, counts, secrets
 *   and the watched config file, exactly as for `check --git`.
 *
 * Bounds, checked before git sees the patch: its size (MAX_PATCH_BYTES), and every size a
 * `GIT binary patch` declares (`literal N`, `delta N`, and the result size inside a delta), since
 * git allocates what they say (apply.c, parse_binary_hunk and patch_delta). Time: one deadline
 * for all of it (APPLY_TIMEOUT_MS, the timer injectable), after which git is killed. Memory: git
 * runs under `prlimit --as=APPLY_MEMORY_BYTES` when prlimit is on PATH; without it, the size caps
 * and the deadline are what bound git.
 */








/** The largest patch git is given (bytes). */
const MAX_PATCH_BYTES = 4 * 1024 * 1024;
/** The largest size a binary patch may declare for its data or a delta's result (bytes). */
const MAX_BINARY_BYTES = 8 * 1024 * 1024;
/**
 * The largest sum of the sizes the binary patches of one patch declare (bytes): git holds every
 * one in memory at once, and deflate shrinks zeros about a thousand times, so a 4 MB patch of
 * literals each under MAX_BINARY_BYTES could otherwise make git allocate gigabytes.
 */
const MAX_BINARY_TOTAL_BYTES = 64 * 1024 * 1024;
/** How long applying and reading one patch may take in all. */
const APPLY_TIMEOUT_MS = 60_000;
/** The address space git may use under prlimit. */
const APPLY_MEMORY_BYTES = 2 * 1024 * 1024 * 1024;
const DEFAULT_APPLY_LIMITS = {
    patchBytes: MAX_PATCH_BYTES,
    binaryBytes: MAX_BINARY_BYTES,
    binaryTotalBytes: MAX_BINARY_TOTAL_BYTES,
    timeoutMs: APPLY_TIMEOUT_MS,
    memoryBytes: APPLY_MEMORY_BYTES
};
const realSchedule = (ms, fire) => {
    const timer = setTimeout(fire, ms);
    return () => clearTimeout(timer);
};
/** The base cannot be used (not a commit, no repository): the caller's input, not the patch. */
class ApplyBaseError extends Error {
    kind;
    name = 'ApplyBaseError';
    constructor(message, 
    /** no-repository: `repo` is not in a git repository; no-commit: the revision names none. */
    kind = 'no-commit') {
        super(message);
        this.kind = kind;
    }
}
/** Options of `git apply` that repository configuration could otherwise change. */
const APPLY_CONFIG = [
    '-c',
    'core.protectHFS=true',
    '-c',
    'core.protectNTFS=true',
    '-c',
    'apply.whitespace=nowarn',
    '-c',
    'apply.ignoreWhitespace=no',
    // Pack windows small enough for prlimit's address space.
    '-c',
    'core.packedGitWindowSize=32m',
    '-c',
    'core.packedGitLimit=256m'
];
const IDENTITY = ['-c', 'user.name=self-evolution', '-c', 'user.email=self-evolution@invalid'];
const FIXED_DATE = '1970-01-01T00:00:00Z';
/** Apply `patch` onto `base` in a temporary index; see the module's comment. */
async function applyPatch(opts) {
    const limits = { ...DEFAULT_APPLY_LIMITS, ...opts.limits };
    const patch = typeof opts.patch === 'string' ? Buffer.from(opts.patch, 'utf8') : opts.patch;
    const refused = checkPatchSizes(patch, limits);
    if (refused)
        return refused;
    if (!_policy_git_js__WEBPACK_IMPORTED_MODULE_4__/* .REV */ .gq.test(opts.base) || opts.base.includes('..')) {
        throw new ApplyBaseError(`the base ${JSON.stringify(opts.base)} is not a revision; expected a commit`);
    }
    const deadline = new AbortController();
    const cancel = (opts.schedule ?? realSchedule)(limits.timeoutMs, () => deadline.abort());
    const scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(opts.scratchDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'self-evolution-apply-'));
    try {
        return await applyIn(opts, patch, limits, scratch, deadline.signal);
    }
    catch (error) {
        if (deadline.signal.aborted) {
            return { ok: false, reason: 'timed-out', message: `git did not finish within ${limits.timeoutMs} ms` };
        }
        throw error;
    }
    finally {
        cancel();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(scratch, { recursive: true, force: true });
    }
}
/**
 * The commit `rev` names in `repo` (run in the sandbox environment, nothing written); an
 * ApplyBaseError when `repo` is no repository or `rev` names no commit there.
 */
async function resolveCommit(repo, rev, env) {
    if (!_policy_git_js__WEBPACK_IMPORTED_MODULE_4__/* .REV */ .gq.test(rev) || rev.includes('..')) {
        throw new ApplyBaseError(`the base ${JSON.stringify(rev)} is not a revision; expected a commit`);
    }
    const given = env ?? (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .sandboxGitEnv */ .LQ)();
    const signal = new AbortController().signal;
    const where = await gitDirectories((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(repo), given, signal);
    const plain = { ...safeDirectories(given, [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(repo), where.gitDir]), GIT_DIR: where.gitDir };
    const git = (args, env, input, okCodes) => (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO)(args, { cwd: where.gitDir, env, config: APPLY_CONFIG, ...(okCodes ? { okCodes } : {}) });
    return (await resolveBase(git, plain, rev)).base;
}
/** The steps inside the scratch directory. */
async function applyIn(opts, patch, limits, scratch, signal) {
    const given = opts.env ?? (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .sandboxGitEnv */ .LQ)();
    const wrapper = prlimitWrapper(given.PATH, limits.memoryBytes);
    const where = await gitDirectories((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(opts.repo), given, signal);
    // git runs with the git directory named (GIT_DIR) and an empty work tree of its own, at its
    // top: no path is taken relative to a subdirectory, and no file of the checkout is read.
    const tree = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'tree');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(tree);
    const plain = {
        ...safeDirectories(given, [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(opts.repo), where.gitDir]),
        GIT_DIR: where.gitDir,
        GIT_WORK_TREE: tree
    };
    const git = (args, env, input, okCodes) => (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO)(args, {
        cwd: tree,
        env,
        config: APPLY_CONFIG,
        ...(input !== undefined ? { input } : {}),
        ...(okCodes ? { okCodes } : {}),
        signal,
        ...(wrapper ? { wrapper } : {})
    });
    const { base, baseTree } = await resolveBase(git, plain, opts.base);
    const env = { ...plain, GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'index') };
    if (opts.objects !== 'repository') {
        const mine = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'objects');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(mine, 'info'), { recursive: true });
        env.GIT_OBJECT_DIRECTORY = mine;
        env.GIT_ALTERNATE_OBJECT_DIRECTORIES = alternatePath((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(where.commonDir, 'objects'));
    }
    await git(['read-tree', '--end-of-options', baseTree], env);
    const applied = await git(['apply', '--cached', '--whitespace=nowarn', '-'], env, patch, [0, 1, 128]);
    if (applied.code !== 0)
        return { ok: false, reason: 'rejected', message: gitErrorLine(applied) };
    const newTree = objectId(await git(['write-tree'], env), 'write-tree');
    const dated = { ...env, GIT_AUTHOR_DATE: FIXED_DATE, GIT_COMMITTER_DATE: FIXED_DATE };
    const commit = objectId(await git([...IDENTITY, 'commit-tree', '--no-gpg-sign', '-p', base, newTree], dated, 'applyPatch\n'), 'commit-tree');
    const changes = await (0,_policy_git_js__WEBPACK_IMPORTED_MODULE_4__/* .readGitChanges */ .sh)({
        repo: tree,
        range: `${base}..${commit}`,
        configPath: opts.configPath ?? _config_names_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_CONFIG_PATH */ .B,
        env,
        signal,
        scratchDir: scratch
    });
    return {
        ok: true,
        base,
        baseTree,
        tree: newTree,
        commit,
        files: changes.files,
        ...(changes.configFile ? { configFile: changes.configFile } : {})
    };
}
/**
 * One entry of GIT_ALTERNATE_OBJECT_DIRECTORIES, a list split at ':' whose entries may be
 * C-quoted (git's sha1-file.c, parse_alt_odb_entry): a path with a ':' or a quote is quoted.
 */
function alternatePath(path) {
    if (!/[:"\\\n]/.test(path))
        return path;
    return `"${path.replace(/[\\"]/g, c => `\\${c}`).replace(/\n/g, '\\n')}"`;
}
/**
 * `safe.directory` for the repository and its git directory, through GIT_CONFIG_COUNT (git reads
 * it as command-line configuration, which may set it): a checkout owned by another user (a
 * container job) is still read, and only by these hardened commands.
 */
function safeDirectories(env, dirs) {
    const out = { ...env, GIT_CONFIG_COUNT: String(dirs.length) };
    dirs.forEach((dir, i) => {
        out[`GIT_CONFIG_KEY_${i}`] = 'safe.directory';
        out[`GIT_CONFIG_VALUE_${i}`] = dir;
    });
    return out;
}
/** The repository's git directory and common directory (absolute); an ApplyBaseError if none. */
async function gitDirectories(repo, env, signal) {
    let lines = [];
    try {
        const result = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO)(['rev-parse', '--path-format=absolute', '--absolute-git-dir', '--git-common-dir'], {
            cwd: repo,
            env: safeDirectories(env, [repo]),
            signal
        });
        lines = result.stdout.toString('utf8').trim().split('\n');
    }
    catch (error) {
        if (!(error instanceof _run_js__WEBPACK_IMPORTED_MODULE_5__/* .GitCommandError */ .iR) || error.code === -1)
            throw error;
    }
    const [gitDir, commonDir] = lines;
    if (lines.length !== 2 || !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(gitDir) || !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(commonDir)) {
        throw new ApplyBaseError(`${JSON.stringify(repo)} is not a git repository`, 'no-repository');
    }
    return { gitDir, commonDir };
}
/** The base commit and its tree; an ApplyBaseError when the revision names no commit. */
async function resolveBase(git, env, rev) {
    const ids = [];
    for (const name of [`${rev}^{commit}`, `${rev}^{tree}`]) {
        const result = await git(['rev-parse', '--quiet', '--verify', '--end-of-options', name], env, undefined, [0, 1, 128]);
        const id = result.stdout.toString('utf8').trim();
        if (result.code !== 0 || !_object_id_js__WEBPACK_IMPORTED_MODULE_7__/* .OBJECT_ID */ .S.test(id)) {
            throw new ApplyBaseError(`the base ${JSON.stringify(rev)} names no commit of the repository`);
        }
        ids.push(id);
    }
    return { base: ids[0], baseTree: ids[1] };
}
function objectId(result, what) {
    const id = result.stdout.toString('utf8').trim();
    if (!_object_id_js__WEBPACK_IMPORTED_MODULE_7__/* .OBJECT_ID */ .S.test(id))
        throw new _run_js__WEBPACK_IMPORTED_MODULE_5__/* .GitCommandError */ .iR(`git ${what} printed no object id`, 1, '');
    return id;
}
/** git's first error line, short and with control characters shown as escapes. */
function gitErrorLine(from) {
    const lines = from.stderr.split('\n').map(l => l.trim());
    const line = lines.find(l => /^(error|fatal):/.test(l)) ?? lines.find(l => l !== '') ?? 'no message';
    const shown = line.replace(/[\u0000-\u001f\u007f-\u009f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return shown.length > 200 ? `${shown.slice(0, 199)}…` : shown;
}
/** `prlimit --as=N --` when prlimit is on PATH; undefined otherwise (the caps and deadline remain). */
function prlimitWrapper(path, bytes) {
    for (const dir of (path ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)) {
        if (!dir || !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(dir))
            continue;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'prlimit'), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'prlimit'), `--as=${bytes}`, '--'];
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/**
 * The size checks made before git sees the patch: its bytes, and every size a binary patch
 * declares. A line `literal N` or `delta N` anywhere counts (git reads them right after
 * `GIT binary patch`, with strtoul), and a delta's own header gives the size of its result.
 */
function checkPatchSizes(patch, limits) {
    if (patch.length > limits.patchBytes) {
        return refuse('too-large', `the patch has ${patch.length} bytes, more than the ${limits.patchBytes} allowed`);
    }
    const lines = patch.toString('latin1').split('\n');
    const totalCap = limits.binaryTotalBytes ?? MAX_BINARY_TOTAL_BYTES;
    let total = 0;
    for (let i = 0; i < lines.length; i++) {
        const m = /^(literal|delta) (.*)$/.exec(lines[i]);
        if (!m)
            continue;
        const declared = /^[0-9]{1,15}$/.test(m[2]) ? Number(m[2]) : Infinity;
        if (declared > limits.binaryBytes) {
            return refuse('binary-too-large', `a binary patch declares ${JSON.stringify(m[2].slice(0, 30))} bytes; at most ${limits.binaryBytes} are allowed`);
        }
        total += declared;
        if (m[1] === 'delta') {
            const result = deltaResultSize(lines, i + 1, limits.binaryBytes);
            if (result === undefined || result > limits.binaryBytes) {
                return refuse('binary-too-large', `a binary delta ${result === undefined ? 'cannot be read' : `makes ${result} bytes`}; at most ${limits.binaryBytes} are allowed`);
            }
            total += result;
        }
        if (total > totalCap) {
            return refuse('binary-too-large', `the binary patches declare ${total} bytes in all; at most ${totalCap} are allowed`);
        }
    }
    return undefined;
}
function refuse(reason, message) {
    return { ok: false, reason, message };
}
const B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
const B85_VALUE = new Map([...B85].map((c, i) => [c, i]));
/**
 * The result size a delta's header declares (git's base85 lines from `from`, up to an empty
 * line, inflated at most to `cap` bytes); undefined when they cannot be read.
 */
function deltaResultSize(lines, from, cap) {
    const bytes = [];
    for (let i = from; i < lines.length && lines[i] !== ''; i++) {
        const decoded = decodeLine(lines[i]);
        if (!decoded)
            return undefined;
        bytes.push(...decoded);
    }
    let data;
    try {
        data = (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.inflateSync)(Buffer.from(bytes), { maxOutputLength: cap + 1 });
    }
    catch {
        return undefined;
    }
    let pos = 0;
    const varint = () => {
        let value = 0;
        let shift = 0;
        for (;;) {
            if (pos >= data.length || shift > 49)
                return undefined;
            const b = data[pos++];
            value += (b & 0x7f) * 2 ** shift;
            shift += 7;
            if (!(b & 0x80))
                return value;
        }
    };
    return varint() === undefined ? undefined : varint();
}
/** One line of git's base85: a length letter, then groups of five characters for four bytes. */
function decodeLine(line) {
    const c = line.charCodeAt(0);
    const length = c >= 65 && c <= 90 ? c - 64 : c >= 97 && c <= 122 ? c - 96 + 26 : 0;
    const body = line.slice(1);
    if (length === 0 || body.length !== Math.ceil(length / 4) * 5)
        return undefined;
    const out = [];
    for (let at = 0; at < body.length; at += 5) {
        let acc = 0;
        for (let k = 0; k < 5; k++) {
            const v = B85_VALUE.get(body[at + k]);
            if (v === undefined)
                return undefined;
            acc = acc * 85 + v;
        }
        if (acc > 0xffffffff)
            return undefined;
        out.push((acc >>> 24) & 0xff, (acc >>> 16) & 0xff, (acc >>> 8) & 0xff, acc & 0xff);
    }
    return out.slice(0, length);
}


/***/ }),

/***/ 52576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ readProposalsFile),
/* harmony export */   proposalsFileSchema: () => (/* binding */ proposalsFileSchema)
/* harmony export */ });
/* unused harmony exports MAX_PROPOSALS, claimedFileSchema, proposalSchema, AGENT_EXIT_STATUSES, ROUND_OUTCOMES, agentRecordSchema, proposalsJsonSchema, readPatchChanges */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13603);
/* harmony import */ var _text_zod_issues_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6791);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
/* harmony import */ var _agent_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50016);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44795);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42425);
/* harmony import */ var _unified_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26690);
/**
 * The proposals file an upstream agent step writes (`--proposals FILE`, the action's
 * `proposals` input), its zod schema (the committed schema/proposals.schema.json is generated
 * from it) and the reader that turns it into proposals under review.
 *
 * A proposal's `files` is the agent's own claim, judged as given (source `claimed`); a `patch`
 * is parsed like `--diff` (source `patch`). Both at once, neither, more than 100 proposals,
 * invalid JSON or a schema error is a PolicyInputError naming the JSON path. A patch the text
 * reader refuses is not: its proposal carries `patchProblem` (rule `patch-unreadable`) and the
 * files read before the refusal, and the engine blocks it.
 */







const MAX_PROPOSALS = 100;
/**
 * Six octal digits whose file-type bits are a regular file (10xxxx), a symbolic link (12xxxx) or a
 * gitlink (16xxxx); git keeps only those bits and the executable bit (canon_mode), so 120777 is
 * a symbolic link, which the engine blocks by its type bits. Other types are refused here.
 */
const gitMode = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .regex(/^(?:10|12|16)[0-7]{4}$/, 'expected a git mode of six octal digits for a file (10xxxx), symbolic link (12xxxx) or submodule (16xxxx), such as "100644"');
const count = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0);
const level = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(5);
const claimedFileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    path: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).meta({ description: 'The new path (the deleted path for a deletion).' }),
    previousPath: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional().meta({ description: 'The old path of a rename or copy.' }),
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['added', 'modified', 'deleted', 'renamed', 'copied']),
    additions: count,
    deletions: count,
    binary: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    mode: gitMode.optional().meta({ description: '120000 is a symlink, 160000 a submodule.' }),
    previousMode: gitMode.optional()
})
    .superRefine((file, ctx) => {
    const needsPrevious = file.status === 'renamed' || file.status === 'copied';
    if (needsPrevious && file.previousPath === undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['previousPath'],
            message: `a ${file.status} file needs previousPath`
        });
    }
    else if (!needsPrevious && file.previousPath !== undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['previousPath'],
            message: `previousPath is only for renamed or copied files, not ${file.status}`
        });
    }
});
const proposalSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    type: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_TYPES */ .pf),
    riskLevel: level,
    effort: level.optional(),
    files: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(claimedFileSchema).optional().meta({ description: "The agent's claim of what changes." }),
    patch: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().meta({ description: 'A git-style unified diff, in place of files.' }),
    metadataProblem: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(2000).optional().meta({
        description: 'Set by the agent step when the agent changed files without a valid proposal file: what was wrong. The rails block the proposal (proposal-metadata-invalid).'
    })
})
    .superRefine((proposal, ctx) => {
    if (proposal.files !== undefined && proposal.patch !== undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['patch'],
            message: 'a proposal has either files or patch, not both'
        });
    }
    else if (proposal.files === undefined && proposal.patch === undefined) {
        ctx.addIssue({ code: 'custom', path: [], message: 'a proposal needs files or patch' });
    }
});
const tokenCount = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0);
/** How the agent's engine ended (src/agent/handover.ts, exitStatusOf). */
const AGENT_EXIT_STATUSES = [
    'ok',
    'exit-code',
    'signal',
    'timed-out',
    'budget-reached',
    'is-error'
];
/** What a round of the agent step came to. */
const ROUND_OUTCOMES = ['allowed', 'blocked', 'noop', 'withdrawn', 'engine-failed'];
/** The agent step's record of its engine and rounds (written by src/agent/handover.ts). */
const agentRecordSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    engine: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_agent_types_js__WEBPACK_IMPORTED_MODULE_1__/* .ENGINES */ .ug),
    engineVersion: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(200).optional(),
    model: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(200).optional(),
    turns: tokenCount
        .optional()
        .meta({ description: 'Turns over every round, where the engine reports them.' }),
    tokens: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ input: tokenCount, output: tokenCount, cached: tokenCount.optional() })
        .optional()
        .meta({ description: 'Tokens over every round, where the engine reports them.' }),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().min(0).optional().meta({
        description: 'Dollars over every round, where the engine reports them or a price is configured.'
    }),
    durationMs: tokenCount.meta({ description: "The engine's time over every round." }),
    rounds: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(3),
    roundVerdicts: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        round: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(1).max(3),
        outcome: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(ROUND_OUTCOMES),
        allowed: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
        rules: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(100))
            .max(50)
            .meta({ description: 'The rules that blocked the change.' })
    }))
        .max(3),
    exitStatus: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(AGENT_EXIT_STATUSES).meta({ description: "How the last round's engine run ended." }),
    exitCode: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nullable().optional(),
    failure: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(600).optional().meta({ description: 'Why the engine failed, as one sentence.' })
})
    .meta({ description: "The agent step's engine, its costs and its self-correction rounds." });
const proposalsFileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    reflection: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ insights: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), sentiment: zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J().optional() })
        .optional()
        .meta({ description: "The agent's reflection on recent runs." }),
    proposals: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(proposalSchema).max(MAX_PROPOSALS),
    agent: agentRecordSchema.optional(),
    noop: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .max(2000)
        .optional()
        .meta({ description: 'Why the agent proposed nothing, in its own words (capped and sanitized).' })
});
/** The JSON Schema committed as schema/proposals.schema.json. */
function proposalsJsonSchema() {
    const schema = z.toJSONSchema(proposalsFileSchema, { io: 'input' });
    // The refinements do not translate; say in the schema what they check.
    const proposals = schema.properties.proposals;
    proposals.items.oneOf = [{ required: ['files'] }, { required: ['patch'] }];
    const fileItems = proposals.items.properties.files
        .items;
    fileItems.if = { properties: { status: { enum: ['renamed', 'copied'] } } };
    fileItems.then = { required: ['previousPath'] };
    fileItems.else = { not: { required: ['previousPath'] } };
    return { title: 'self-evolution proposals file', ...schema };
}
// Callers of the proposals file take the sentences from here.

/**
 * The changes of a unified diff, with the watched config file's text before and after when the
 * patch touches it. `readBaseFile` supplies the before-text (the working tree, or git). A patch
 * the text reader refuses comes back with `patchProblem` and the files read before the refusal.
 */
async function readPatchChanges(text, opts) {
    const reading = (0,_unified_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .readUnifiedDiff */ ._l)(text);
    const parsed = reading.files;
    const files = parsed.map(({ hunks: _hunks, git: _git, ...file }) => file);
    // A refused patch is blocked whatever else it holds; its config file is not read.
    if (reading.problem)
        return { files, patchProblem: { rule: 'patch-unreadable', message: reading.problem.message } };
    const watched = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePath */ .Fd)(opts.configPath);
    if (!watched.ok)
        return { files };
    const same = (p) => {
        if (p === undefined)
            return false;
        const n = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePath */ .Fd)(p);
        return n.ok && n.path === watched.path;
    };
    let configFile;
    for (const file of parsed) {
        if (!same(file.path) && !same(file.previousPath))
            continue;
        if (!opts.readBaseFile) {
            configFile = { before: null, unknownReason: 'the config file before the change cannot be read' };
            break;
        }
        if (file.status === 'deleted' || !same(file.path)) {
            configFile = { before: null, after: null };
            break;
        }
        // Compare with what is there now, whatever the patch claims about the file's history.
        const before = await opts.readBaseFile(opts.configPath);
        const start = file.status === 'renamed' || file.status === 'copied'
            ? await opts.readBaseFile(file.previousPath)
            : file.status === 'added'
                ? null
                : before;
        const after = file.binary ? undefined : (0,_unified_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .applyHunks */ .iE)(start, file.hunks);
        configFile = {
            before,
            after,
            ...(after === undefined
                ? {
                    unknownReason: file.binary
                        ? 'the patch makes it binary'
                        : 'the patch does not apply to it exactly'
                }
                : {})
        };
    }
    return configFile ? { files, configFile } : { files };
}
/**
 * Parse and validate a proposals file. `readBaseFile` reads repository files before the change,
 * for the config-loosened rule on `patch` proposals.
 */
async function readProposalsFile(text, opts) {
    let raw;
    try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PolicyInputError */ .H(`the proposals file is not valid JSON (${error.message})`);
    }
    const parsed = proposalsFileSchema.safeParse(raw);
    if (!parsed.success) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PolicyInputError */ .H(`the proposals file is invalid: ${(0,_text_zod_issues_js__WEBPACK_IMPORTED_MODULE_6__/* .describeIssues */ .wF)(parsed.error.issues, raw)}`);
    }
    const proposals = [];
    for (const [index, p] of parsed.data.proposals.entries()) {
        const meta = {
            title: p.title,
            type: p.type,
            riskLevel: p.riskLevel,
            ...(p.effort !== undefined ? { effort: p.effort } : {}),
            ...(p.description !== undefined ? { description: p.description } : {}),
            ...(p.metadataProblem !== undefined ? { metadataProblem: p.metadataProblem } : {})
        };
        if (p.patch !== undefined) {
            const changes = await readPatchChanges(p.patch, opts);
            if (changes.patchProblem)
                changes.patchProblem.message = `proposals[${index}].patch: ${changes.patchProblem.message}`;
            proposals.push({ ...meta, source: 'patch', ...changes });
        }
        else {
            const files = (p.files ?? []).map(f => ({
                path: f.path,
                ...(f.previousPath !== undefined ? { previousPath: f.previousPath } : {}),
                status: f.status,
                additions: f.binary ? null : f.additions,
                deletions: f.binary ? null : f.deletions,
                binary: f.binary === true,
                ...(f.mode !== undefined ? { mode: f.mode } : {}),
                ...(f.previousMode !== undefined ? { previousMode: f.previousMode } : {})
            }));
            proposals.push({ ...meta, source: 'claimed', files });
        }
    }
    const { reflection: r, agent, noop } = parsed.data;
    return {
        ...(r ? { reflection: r } : {}),
        proposals,
        ...(agent ? { agent } : {}),
        ...(noop !== undefined ? { noop } : {})
    };
}


/***/ })

};
