export const id = 263;
export const ids = [263];
export const modules = {

/***/ 10782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c4: () => (/* binding */ judgeConfigChange)
/* harmony export */ });
/* unused harmony exports declaredDirection, loosenedKeys */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29396);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88373);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91590);
/**
 * The `config-loosened` rule: the agent may edit its own config file only to make the rails
 * stricter. Both versions are parsed with defaults applied, then the schema is walked: every key
 * declares in its `meta({ stricter })` which direction is tighter, and a key that declares none
 * may not change at all. Deleting or renaming the file, an invalid new config, and a change
 * whose new content cannot be known are violations too.
 */



const STRICTER_VALUES = ['lower', 'higher', 'true', 'false', 'subset', 'superset', 'free'];
/** The direction declared on a schema or on any wrapper (default, prefault, optional) around it. */
function declaredDirection(schema) {
    let cur = schema;
    while (cur) {
        const meta = zod__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.get(cur);
        if (meta && meta.stricter !== undefined) {
            // An unknown declaration is no declaration: the key may not change.
            return STRICTER_VALUES.includes(String(meta.stricter)) ? meta.stricter : undefined;
        }
        const def = cur._zod.def;
        cur =
            def.type === 'default' || def.type === 'prefault' || def.type === 'optional' ? def.innerType : undefined;
    }
    return undefined;
}
function show(value) {
    const text = JSON.stringify(value) ?? 'absent';
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
function equal(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function asList(value) {
    return Array.isArray(value) ? value : undefined;
}
function compareLeaf(key, direction, before, after) {
    if (equal(before, after) || direction === 'free')
        return undefined;
    const moved = `${key} changed from ${show(before)} to ${show(after)}`;
    switch (direction) {
        case 'lower':
            if (typeof before === 'number' && typeof after === 'number') {
                return after > before ? `${moved}; only a lower value is stricter` : undefined;
            }
            break;
        case 'higher':
            if (typeof before === 'number' && typeof after === 'number') {
                return after < before ? `${moved}; only a higher value is stricter` : undefined;
            }
            break;
        case 'true':
            return before === true ? `${moved}; true is the stricter setting` : undefined;
        case 'false':
            return before === false ? `${moved}; false is the stricter setting` : undefined;
        case 'subset': {
            const b = asList(before);
            const a = asList(after);
            if (a && b) {
                const added = a.filter(x => !b.some(y => equal(x, y)));
                return added.length > 0
                    ? `${key} gained ${added.map(show).join(', ')}; only removals are stricter`
                    : undefined;
            }
            break;
        }
        case 'superset': {
            const b = asList(before);
            const a = asList(after);
            if (a && b) {
                const removed = b.filter(x => !a.some(y => equal(x, y)));
                return removed.length > 0
                    ? `${key} lost ${removed.map(show).join(', ')}; only additions are stricter`
                    : undefined;
            }
            break;
        }
        case undefined:
            return `${moved}; this key declares no stricter direction, so it may not change`;
    }
    return `${moved}; the change cannot be compared`;
}
function walk(schema, before, after, key, out) {
    const direction = declaredDirection(schema);
    const inner = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__.unwrap)(schema);
    if (direction === undefined && inner._zod.def.type === 'object') {
        const shape = inner._zod.def.shape;
        const b = (before ?? {});
        const a = (after ?? {});
        for (const name of Object.keys(shape))
            walk(shape[name], b[name], a[name], key ? `${key}.${name}` : name, out);
        return;
    }
    const problem = compareLeaf(key, direction, before, after);
    if (problem)
        out.push(problem);
}
/** Every key that moved the looser way, as sentences. Both configs have their defaults applied. */
function loosenedKeys(before, after) {
    const out = [];
    walk(_config_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .configSchema */ .Qn, before, after, '', out);
    return out;
}
/** The config-loosened findings for a change of the watched config file, as sentences. */
function judgeConfigChange(change, configPath) {
    if (!change) {
        return [
            `the change touches ${configPath}, but its content after the change is not known (a claimed file list, or a path that names the file in another spelling), so it cannot be verified that the rails are not loosened; send a patch that names it as ${configPath}`
        ];
    }
    if (change.after === null) {
        return [`the change deletes or renames ${configPath}; the defaults it would fall back to may be looser`];
    }
    if (change.after === undefined) {
        return [
            `the new content of ${configPath} cannot be known (${change.unknownReason ?? 'unknown'}), so it cannot be verified that the rails are not loosened`
        ];
    }
    let before;
    if (change.before === null)
        before = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__.defaultConfig)();
    else {
        const parsed = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__.parseConfigText)(change.before);
        if (!parsed.ok) {
            return [`${configPath} is not valid before the change, so the change cannot be verified against it`];
        }
        before = parsed.config;
    }
    const after = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__.parseConfigText)(change.after);
    if (!after.ok) {
        const problems = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__.formatProblems)(after.problems);
        return [
            `the new ${configPath} is invalid: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`
        ];
    }
    return loosenedKeys(before, after.config).map(p => `the change loosens ${configPath}: ${p}`);
}


/***/ }),

/***/ 40566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t0: () => (/* binding */ evaluateProposals)
/* harmony export */ });
/* unused harmony exports MAX_FILES_IN_A_CHANGE, NEVER_ALLOWED_RISK, compilePolicy */
/* harmony import */ var _config_loosened_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10782);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42425);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40786);



/** GitHub lists at most 3,000 files of a pull request. */
const MAX_FILES_IN_A_CHANGE = 3000;
/** Risk 4 and 5 are never allowed in v0, whatever the config says. */
const NEVER_ALLOWED_RISK = 4;
const SYMLINK = '120000';
const GITLINK = '160000';
const compiledCache = new WeakMap();
/** The config's patterns, compiled once per config object (a config is never mutated). */
function compilePolicy(config) {
    const cached = compiledCache.get(config);
    if (cached)
        return cached;
    const rails = config.safetyRails;
    const typePaths = new Map();
    for (const [type, patterns] of Object.entries(rails.typePaths))
        typePaths.set(type, (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compileAnchored */ .mv)(patterns));
    const wildcardPatterns = [
        ...new Set(config.wildcardFeature.allowedTypes.flatMap(t => rails.typePaths[t] ?? []))
    ];
    const compiled = {
        blocked: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compileBlocked */ .sI)(rails.blockedPaths),
        allowed: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compileAnchored */ .mv)(rails.allowedPaths),
        typePaths,
        wildcardPaths: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compileAnchored */ .mv)(wildcardPatterns)
    };
    compiledCache.set(config, compiled);
    return compiled;
}
const q = (s) => JSON.stringify(s);
/** The violations of one proposal, each reported once. */
class Violations {
    list = [];
    seen = new Set();
    add(rule, message, path) {
        const key = `${rule}\0${path ?? ''}\0${message}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        this.list.push(path === undefined ? { rule, message } : { rule, path, message });
    }
}
function watchedPath(configPath) {
    const watched = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePath */ .Fd)(configPath);
    return watched.ok ? watched.path : undefined;
}
/** risk-too-high, type-not-allowed, wildcard-disabled and wildcard-risk: the proposal's metadata. */
function judgeMetadata(proposal, config, out) {
    const rails = config.safetyRails;
    const wildcard = config.wildcardFeature;
    const risk = proposal.riskLevel;
    if (!Number.isInteger(risk) || risk < 0 || risk >= NEVER_ALLOWED_RISK) {
        out.add('risk-too-high', `risk ${risk} is never allowed: risk 4 and 5 always fail, and the scale is 0 to 5`);
    }
    else if (risk > rails.maxRiskLevel) {
        out.add('risk-too-high', `risk ${risk} is above safetyRails.maxRiskLevel ${rails.maxRiskLevel}`);
    }
    if (!rails.allowedChangeTypes.includes(proposal.type)) {
        out.add('type-not-allowed', `the type ${q(proposal.type)} is not in safetyRails.allowedChangeTypes`);
    }
    if (proposal.type === 'wildcard') {
        if (!wildcard.enabled)
            out.add('wildcard-disabled', 'a wildcard was proposed, but wildcardFeature.enabled is false');
        if (!(risk <= wildcard.maxRiskLevel)) {
            out.add('wildcard-risk', `risk ${risk} is above wildcardFeature.maxRiskLevel ${wildcard.maxRiskLevel}`);
        }
    }
}
/**
 * invalid-path, blocked-path, path-not-allowed and the type-path rules for one path of a
 * proposal. Returns the path as the rules see it, or undefined when it is not a valid path.
 */
function judgePath(raw, proposal, j, out) {
    const stripDotSlash = proposal.source === 'claimed';
    let path = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizedQuickly */ .Yn)(raw, stripDotSlash);
    if (path === undefined) {
        const n = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePath */ .Fd)(raw, stripDotSlash);
        if (!n.ok) {
            out.add('invalid-path', `${q(raw)} is not a valid repository path: ${n.reason}`, raw);
            return undefined;
        }
        path = n.path;
    }
    const { policy } = j;
    if (policy.blocked.test(path)) {
        out.add('blocked-path', `${q(path)} matches the blocked pattern ${q(policy.blocked.which(path) ?? '?')}`, raw);
    }
    else if (!policy.allowed.test(path)) {
        out.add('path-not-allowed', `${q(path)} matches no pattern in safetyRails.allowedPaths`, raw);
    }
    if (proposal.exemptFromTypePaths === true) {
        // A revert restores what the reverted change touched: no type-path rule applies.
    }
    else if (proposal.type === 'wildcard') {
        if (!policy.wildcardPaths.test(path)) {
            const types = j.config.wildcardFeature.allowedTypes.join(', ') || 'none';
            out.add('wildcard-path', `${q(path)} is outside the typePaths of wildcardFeature.allowedTypes (${types})`, raw);
        }
    }
    else if (!policy.typePaths.get(proposal.type)?.test(path)) {
        out.add('type-path-mismatch', `${q(path)} is outside safetyRails.typePaths.${proposal.type}`, raw);
    }
    return path;
}
/** symlink and submodule: what a file is, or was, other than a file. A deletion removes it. */
function judgeKind(file, out) {
    if (file.status === 'deleted')
        return;
    if (file.mode === SYMLINK || file.previousMode === SYMLINK) {
        const tense = file.mode === SYMLINK ? 'is' : 'was';
        out.add('symlink', `${q(file.path)} ${tense} a symbolic link (mode 120000)`, file.path);
    }
    if (file.mode === GITLINK || file.previousMode === GITLINK) {
        const tense = file.mode === GITLINK ? 'is' : 'was';
        out.add('submodule', `${q(file.path)} ${tense} a submodule (mode 160000)`, file.path);
    }
}
const counted = (n) => n === null || (Number.isSafeInteger(n) && n >= 0);
/** binary-file and secret-in-content for one file, and its lines added to the totals. */
function judgeContent(file, rails, totals, out) {
    if (!counted(file.additions) || !counted(file.deletions)) {
        // Only a caller bypassing the readers could send this; it cannot be counted, so it fails.
        out.add('max-lines', `${q(file.path)} has line counts that are not whole numbers of zero or more`, file.path);
    }
    else if (file.binary || file.additions === null || file.deletions === null) {
        totals.binaryFiles++;
        if (!rails.allowBinaryFiles) {
            out.add('binary-file', `${q(file.path)} is a binary file; safetyRails.allowBinaryFiles is false`, file.path);
        }
    }
    else {
        totals.additions += file.additions;
        totals.deletions += file.deletions;
    }
    if (file.secrets && file.secrets.length > 0) {
        const kinds = file.secrets.join(', ');
        out.add('secret-in-content', `an added line in ${q(file.path)} carries a credential (${kinds})`, file.path);
    }
}
/** max-lines, max-files and too-large: the size of the whole change. */
function judgeSize(stats, rails, out) {
    const caps = rails.diffCaps;
    if (stats.linesChanged > caps.maxLinesOfCode) {
        out.add('max-lines', `${stats.linesChanged} changed lines (additions + deletions) exceed safetyRails.diffCaps.maxLinesOfCode ${caps.maxLinesOfCode}`);
    }
    if (stats.files > caps.maxFilesChanged) {
        out.add('max-files', `${stats.files} changed files exceed safetyRails.diffCaps.maxFilesChanged ${caps.maxFilesChanged}`);
    }
    if (stats.files > MAX_FILES_IN_A_CHANGE) {
        out.add('too-large', `${stats.files} changed files exceed the ${MAX_FILES_IN_A_CHANGE} files GitHub lists for a pull request`);
    }
}
/** config-loosened, for a proposal that touches the watched config file. */
function judgeConfigFile(proposal, watchedConfig, out) {
    const strip = proposal.source === 'claimed';
    const rulePath = (raw) => (0,_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizedQuickly */ .Yn)(raw, strip);
    // A deletion or a rename away fails whatever the reader could tell about the content.
    const removed = proposal.files.some(f => (f.status === 'deleted' && rulePath(f.path) === watchedConfig) ||
        (f.previousPath !== undefined &&
            f.status === 'renamed' &&
            rulePath(f.previousPath) === watchedConfig &&
            rulePath(f.path) !== watchedConfig));
    const change = removed ? { before: null, after: null } : proposal.configFile;
    for (const message of (0,_config_loosened_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeConfigChange */ .c4)(change, watchedConfig))
        out.add('config-loosened', message, watchedConfig);
}
function judgeProposal(proposal, j) {
    const rails = j.config.safetyRails;
    const out = new Violations();
    judgeMetadata(proposal, j.config, out);
    const distinct = new Set();
    const totals = { additions: 0, deletions: 0, binaryFiles: 0 };
    let touchesConfig = false;
    const judgeOnePath = (raw) => {
        if (judgePath(raw, proposal, j, out) === j.watchedConfig)
            touchesConfig = true;
    };
    for (const file of proposal.files) {
        distinct.add(file.path);
        judgeOnePath(file.path);
        if (file.previousPath !== undefined && file.previousPath !== file.path)
            judgeOnePath(file.previousPath);
        judgeKind(file, out);
        judgeContent(file, rails, totals, out);
    }
    const stats = {
        files: distinct.size,
        additions: totals.additions,
        deletions: totals.deletions,
        linesChanged: totals.additions + totals.deletions,
        binaryFiles: totals.binaryFiles
    };
    judgeSize(stats, rails, out);
    if (touchesConfig && j.watchedConfig !== undefined)
        judgeConfigFile(proposal, j.watchedConfig, out);
    return {
        title: proposal.title,
        type: proposal.type,
        riskLevel: proposal.riskLevel,
        ...(proposal.effort !== undefined ? { effort: proposal.effort } : {}),
        ...(proposal.description !== undefined ? { description: proposal.description } : {}),
        source: proposal.source,
        allowed: out.list.length === 0,
        stats,
        violations: out.list,
        files: proposal.files
    };
}
/**
 * Judge every proposal. A wildcard uses the day's one slot only when it is otherwise allowed,
 * the same rule the database's unique index enforces: a later one in the same check, or any
 * when one is already recorded today, fails wildcard-daily-limit.
 */
function evaluateProposals(input) {
    const judging = {
        config: input.config,
        policy: compilePolicy(input.config),
        watchedConfig: watchedPath(input.configPath)
    };
    const verdicts = input.proposals.map(p => judgeProposal(p, judging));
    let slotTaken = input.wildcardAlreadyUsedToday === true;
    for (const verdict of verdicts) {
        if (verdict.type !== 'wildcard' || !verdict.allowed)
            continue;
        if (slotTaken) {
            verdict.violations.push({
                rule: 'wildcard-daily-limit',
                message: input.wildcardAlreadyUsedToday
                    ? 'a wildcard is already recorded for today (UTC); only one is allowed per day'
                    : 'another wildcard in this check already uses today’s slot; only one is allowed per UTC day'
            });
            verdict.allowed = false;
        }
        slotTaken = true;
    }
    return { allowed: verdicts.every(v => v.allowed), proposals: verdicts };
}


/***/ }),

/***/ 44795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ PolicyInputError)
/* harmony export */ });
/**
 * Input that cannot be judged at all: invalid JSON, a schema error, a patch that cannot be
 * parsed, a bad git range. The CLI prints the message as one line and exits 2. Anything the
 * engine can judge is a violation instead, never this error.
 */
class PolicyInputError extends Error {
    name = 'PolicyInputError';
}


/***/ }),

/***/ 28710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wb: () => (/* binding */ looksBinary),
/* harmony export */   sh: () => (/* binding */ readGitChanges)
/* harmony export */ });
/* unused harmony exports REV, parseRange, DIFF_ARGS, DiffReader, oidsOf, parseDiffOutput, readGitFile, attributedPaths */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_cat_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80499);
/* harmony import */ var _git_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73073);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(44795);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(96114);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(45915);
/* harmony import */ var _unified_diff_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(77858);
/**
 * Reading a change from git itself, the most trustworthy source.
 *
 * One `git diff --raw --numstat -p -z -M` process gives the modes and blob ids (raw), the line
 * counts (numstat) and the added lines (patch, for secret-in-content). git runs without a shell
 * (spawn with an argument list) and every option that user configuration could change is
 * pinned on the command line.
 *
 * "Binary" is decided from content, not from git's diff attributes: `git check-attr` (one
 * process, started alongside the diff) says which changed paths carry a `diff`, `binary` or
 * `text` attribute; only those blobs are read, through one `git cat-file --batch`, and a NUL in
 * the first 8,000 bytes (git's own window) makes a file binary. Where an attribute made git
 * call a text file binary, that file is diffed again with `--text` for its counts and lines.
 */











const REV = /^[^\s\-:\\.][^\s:\\]*$/;
/** `BASE..HEAD` or `BASE...HEAD` (from the merge base, as a pull request shows it). */
function parseRange(range) {
    const at = range.indexOf('..');
    const symmetric = at !== -1 && range[at + 2] === '.';
    const base = at === -1 ? '' : range.slice(0, at);
    const head = at === -1 ? '' : range.slice(at + (symmetric ? 3 : 2));
    if (!REV.test(base) || !REV.test(head) || base.includes('..') || head.includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`--git ${JSON.stringify(range)} is not a valid range; expected BASE..HEAD or BASE...HEAD with two revisions`);
    }
    return { base, head, symmetric };
}
/** Run git without a shell. Output is collected, or written to `stdoutFd`. */
function spawnGit(repo, args, input, stdoutFd, env = undefined) {
    const options = { cwd: repo, env: env ?? (0,_git_run_js__WEBPACK_IMPORTED_MODULE_2__/* .trustedGitEnv */ .F$)(), windowsHide: true };
    const child = stdoutFd === undefined
        ? (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] })
        : (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { ...options, stdio: ['pipe', stdoutFd, 'pipe'] });
    const out = [];
    const err = [];
    // Listened to first: a start that fails (no git, no file descriptor left) leaves the streams
    // unset, and its error must reach `done`, not end the process.
    const done = new Promise((resolve, reject) => {
        child.on('error', error => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`cannot run git (${error.message})`)));
        child.on('close', code => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    });
    child.stdout?.on('data', (b) => out.push(b));
    child.stderr?.on('data', (b) => err.push(b));
    // A process that exits before reading its input must not crash us with EPIPE.
    child.stdin?.on('error', () => undefined);
    if (input !== undefined)
        child.stdin?.end(input);
    return { child, done };
}
function notARepository(repo) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`${JSON.stringify(repo)} is not a git repository; expected --repo to name one`);
}
function firstLine(text) {
    return (text
        .split('\n')
        .map(l => l.trim())
        .find(l => l !== '') ?? 'no message');
}
/** Options that user or repository configuration could otherwise change. */
const DIFF_ARGS = [
    '-c',
    'core.quotePath=true',
    // git's default: a repository setting a small threshold would make every file "binary", its
    // lines uncounted and its added lines unread.
    '-c',
    'core.bigFileThreshold=512m',
    'diff',
    '--raw',
    '--numstat',
    '-p',
    '-z',
    '-M',
    '--no-abbrev',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '--submodule=short',
    // A .gitmodules entry with `ignore = all` would otherwise hide a submodule's change.
    '--ignore-submodules=none',
    '--src-prefix=a/',
    '--dst-prefix=b/'
];
const STATUS = {
    A: 'added',
    D: 'deleted',
    M: 'modified',
    T: 'modified',
    R: 'renamed',
    C: 'copied'
};
/** How much of git's output is read at a time, and how often the growing file is looked at. */
const READ_SIZE = 1 << 20;
const POLL_MS = 2;
const ZERO_MODE = '000000';
const GITLINK = '160000';
function malformed(what) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`git diff printed output that cannot be read (${what})`);
}
function expectedHeader(entry) {
    return (entry.header ??= `diff --git ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoteCPath */ .F)(`a/${entry.oldPath}`)} ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoteCPath */ .F)(`b/${entry.file.path}`)}`);
}
/** A pair whose type changes (file, symlink, submodule) is printed as a deletion and a creation. */
function sectionsOf(entry) {
    const typeChanged = entry.oldMode !== ZERO_MODE &&
        entry.newMode !== ZERO_MODE &&
        (entry.oldMode.length < 3 || entry.newMode.length < 3
            ? entry.oldMode.slice(0, 3) !== entry.newMode.slice(0, 3)
            : entry.oldMode.charCodeAt(0) !== entry.newMode.charCodeAt(0) ||
                entry.oldMode.charCodeAt(1) !== entry.newMode.charCodeAt(1) ||
                entry.oldMode.charCodeAt(2) !== entry.newMode.charCodeAt(2));
    return typeChanged ? 2 : 1;
}
/** Lines starting with "+" that hold a credential hint. `^` only matches at a text's start. */
const ADDED_LINE_HINT = new RegExp(`(?:^|\\n)\\+[^\\n]*?(?:${_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .SECRET_HINT_SOURCE */ .vd})`, 'g');
/**
 * Reads `git diff --raw --numstat -p -z` output chunk by chunk, while git is still writing it.
 *
 * The raw records arrive first, then the numstat records, then an empty record, then the
 * patch; everything is parsed as it comes. Once the records are all in, `onHead` hands them
 * over, so that check-attr works on their paths while git writes the patch. The patch is read
 * line by line as latin1 (header paths are quoted to ASCII, credential formats are ASCII): one regular
 * expression finds the added lines that hold a credential hint, and only those are looked at.
 *
 * The patch prints one section per entry, in the entries' order (two for a type change); the
 * count is checked at the end, and a section holding a credential has its header checked
 * against the entry it must belong to.
 */
class DiffReader {
    onHead;
    entries = [];
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_6__.StringDecoder('utf8');
    tokenCarry = '';
    raw = null;
    numstat = null;
    inNumstat = false;
    counted = 0;
    headDone = false;
    prevEndsWithNul = false;
    carry = '';
    /** Section ordinal -> entry index, filled as entries arrive. */
    owners = [];
    section = -1;
    header = '';
    inHunk = false;
    constructor(onHead) {
        this.onHead = onHead;
    }
    push(chunk) {
        if (this.headDone)
            return this.patch(chunk);
        let sep = -1;
        let restAt = -1;
        if (this.prevEndsWithNul && chunk.length > 0 && chunk[0] === 0) {
            restAt = 1;
        }
        else {
            sep = chunk.indexOf('\0\0');
            if (sep !== -1)
                restAt = sep + 2;
        }
        if (restAt === -1) {
            this.tokens(this.decoder.write(chunk));
            if (chunk.length > 0)
                this.prevEndsWithNul = chunk[chunk.length - 1] === 0;
            return;
        }
        this.tokens(this.decoder.write(chunk.subarray(0, sep + 1)) + this.decoder.end());
        this.finishHead();
        this.patch(chunk.subarray(restAt));
    }
    end() {
        if (!this.headDone) {
            this.tokens(this.decoder.end());
            this.finishHead();
        }
        if (this.carry !== '') {
            const last = this.carry;
            this.carry = '';
            this.scan(`${last}\n`);
        }
        if (this.section + 1 !== this.owners.length) {
            malformed(`${this.section + 1} patch sections for ${this.entries.length} changed files`);
        }
        return this.entries;
    }
    /** Complete NUL-terminated records of the head; a partial one waits for the next chunk. */
    tokens(text) {
        if (text === '')
            return;
        const all = this.tokenCarry + text;
        let pos = 0;
        for (let end = all.indexOf('\0'); end !== -1; end = all.indexOf('\0', pos)) {
            this.token(all, pos, end);
            pos = end + 1;
        }
        this.tokenCarry = all.slice(pos);
    }
    /** One record, all[from, to). Only what is kept becomes a string of its own. */
    token(all, from, to) {
        if (!this.inNumstat) {
            const raw = this.raw;
            if (raw) {
                const t = all.slice(from, to);
                const renamed = raw.status === 'renamed' || raw.status === 'copied';
                if (renamed && raw.first === undefined) {
                    raw.first = t;
                    return;
                }
                this.raw = null;
                const oldPath = raw.first ?? t;
                const file = {
                    path: t,
                    status: raw.status,
                    additions: null,
                    deletions: null,
                    binary: false
                };
                if (renamed)
                    file.previousPath = oldPath;
                if (raw.newMode !== ZERO_MODE)
                    file.mode = raw.newMode;
                if (raw.oldMode !== ZERO_MODE)
                    file.previousMode = raw.oldMode;
                const entry = {
                    file,
                    oldPath,
                    meta: raw.meta,
                    oldMode: raw.oldMode,
                    newMode: raw.newMode
                };
                const index = this.entries.push(entry) - 1;
                for (let k = sectionsOf(entry); k > 0; k--)
                    this.owners.push(index);
                return;
            }
            if (all.charCodeAt(from) === 0x3a /* ':' */) {
                this.raw = parseRawMeta(all.slice(from, to));
                return;
            }
            this.inNumstat = true;
        }
        const pending = this.numstat;
        if (pending) {
            if (pending.old === undefined) {
                pending.old = all.slice(from, to);
                return;
            }
            this.numstat = null;
            const path = all.slice(from, to);
            if (!this.count(pending.added, pending.deleted, pending.old, path, 0, path.length)) {
                malformed(`numstat counts ${JSON.stringify(pending.counts)}`);
            }
            return;
        }
        const tab1 = all.indexOf('\t', from);
        const tab2 = tab1 === -1 || tab1 >= to ? -1 : all.indexOf('\t', tab1 + 1);
        if (tab2 === -1 || tab2 >= to)
            malformed(`numstat record ${JSON.stringify(all.slice(from, to))}`);
        const added = numstatCount(all, from, tab1);
        const deleted = numstatCount(all, tab1 + 1, tab2);
        if (tab2 === to - 1) {
            this.numstat = { added, deleted, counts: all.slice(from, tab2) };
        }
        else if (!this.count(added, deleted, undefined, all, tab2 + 1, to)) {
            malformed(`numstat counts ${JSON.stringify(all.slice(from, tab2))}`);
        }
    }
    /**
     * Apply one numstat record to the next entry, checking that it names the same file: its
     * path is text[at, to), and `oldPath` the old path of a rename or copy. False when the counts
     * are neither numbers nor numstat's "-" pair: the caller, which has them as printed, says so.
     */
    count(added, deleted, oldPath, text, at, to) {
        const entry = this.entries[this.counted++];
        if (!entry)
            malformed('more numstat records than raw records');
        const path = entry.file.path;
        const same = to - at === path.length &&
            text.startsWith(path, at) &&
            (oldPath === undefined ? entry.oldPath === path : oldPath === entry.oldPath);
        if (!same) {
            malformed(`numstat names ${JSON.stringify(text.slice(at, to))} where raw named ${JSON.stringify(path)}`);
        }
        if (added === DASH && deleted === DASH) {
            entry.file.binary = true;
            return true;
        }
        if (added < 0 || deleted < 0)
            return false;
        entry.file.additions = added;
        entry.file.deletions = deleted;
        return true;
    }
    finishHead() {
        this.headDone = true;
        if (this.tokenCarry !== '' || this.raw || this.numstat)
            malformed('a record is not NUL-terminated');
        if (this.counted !== this.entries.length)
            malformed('fewer numstat records than raw records');
        this.onHead?.(this.entries);
    }
    patch(chunk) {
        if (chunk.length === 0)
            return;
        // Scan whole lines only; the partial line at each end of a chunk waits for the next one.
        // The chunk's own text is sliced, never copied into a concatenation.
        const text = chunk.toString('latin1');
        const firstNewline = text.indexOf('\n');
        if (firstNewline === -1) {
            this.carry += text;
            return;
        }
        const lastNewline = text.lastIndexOf('\n');
        this.scan(this.carry + text.slice(0, firstNewline + 1));
        if (lastNewline > firstNewline)
            this.scan(text.slice(firstNewline + 1, lastNewline + 1));
        this.carry = text.slice(lastNewline + 1);
    }
    /** Whole lines of patch text: follow the sections, and look at the added lines the hint finds. */
    scan(text) {
        // Regions of this text, each within one section: where it starts, where its hunks start.
        const starts = [];
        const hunks = [];
        const sections = [];
        const hunkFrom = (from, to) => {
            if (text.startsWith('@@ ', from))
                return from;
            const at = text.indexOf('\n@@ ', from);
            return at !== -1 && at + 1 < to ? at + 1 : to;
        };
        let next = text.startsWith('diff --git ') ? 0 : text.indexOf('\ndiff --git ');
        if (next > 0)
            next++;
        // The first region may continue a section that began in an earlier text.
        const continuing = next !== 0;
        const continuingHeader = this.header;
        if (continuing) {
            if (this.section === -1)
                malformed('the patch does not start with a "diff --git" header');
            const end = next === -1 ? text.length : next;
            starts.push(0);
            hunks.push(this.inHunk ? 0 : hunkFrom(0, end));
            sections.push(this.section);
            if (hunks[0] < end)
                this.inHunk = true;
        }
        while (next !== -1) {
            const eol = text.indexOf('\n', next);
            if (++this.section >= this.owners.length)
                malformed('more patch sections than changed files');
            const following = text.indexOf('\ndiff --git ', eol);
            const end = following === -1 ? text.length : following + 1;
            const hunk = hunkFrom(eol, end);
            starts.push(next);
            hunks.push(hunk);
            sections.push(this.section);
            this.inHunk = hunk < end;
            if (following === -1)
                this.header = text.slice(next, eol);
            next = following === -1 ? -1 : following + 1;
        }
        const hint = ADDED_LINE_HINT;
        hint.lastIndex = 0;
        for (let m = hint.exec(text); m !== null; m = hint.exec(text)) {
            const lineStart = text.charCodeAt(m.index) === 0x0a ? m.index + 1 : m.index;
            let lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd === -1)
                lineEnd = text.length;
            hint.lastIndex = lineEnd;
            let lo = 0;
            let hi = starts.length - 1;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (starts[mid] <= lineStart)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            if (lineStart < hunks[lo])
                continue;
            const kinds = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .findSecrets */ .dL)(text.slice(lineStart + 1, lineEnd));
            if (kinds.length === 0)
                continue;
            const entry = this.entries[this.owners[sections[lo]]];
            const header = lo === 0 && continuing ? continuingHeader : headerAt(text, starts[lo]);
            if (header !== expectedHeader(entry)) {
                malformed(`a patch header does not belong to ${JSON.stringify(entry.file.path)}`);
            }
            entry.file.secrets ??= [];
            for (const kind of kinds)
                if (!entry.file.secrets.includes(kind))
                    entry.file.secrets.push(kind);
        }
    }
}
function headerAt(text, start) {
    const eol = text.indexOf('\n', start);
    return text.slice(start, eol === -1 ? text.length : eol);
}
const MODES = ['100644', '100755', '120000', '160000', ZERO_MODE];
/** The mode at meta[from, to), as a shared constant when it is a common one (no string per file). */
function mode(meta, from, to) {
    if (to - from === 6) {
        for (let i = 0; i < MODES.length; i++)
            if (meta.startsWith(MODES[i], from))
                return MODES[i];
    }
    return meta.slice(from, to);
}
/**
 * The spaces of `:100644 100644 <old oid> <new oid> M`: exactly four, else the record is
 * malformed. Returns the k-th (1 to 4).
 */
function rawSpace(meta, k) {
    const s1 = meta.indexOf(' ');
    const s2 = meta.indexOf(' ', s1 + 1);
    const s3 = meta.indexOf(' ', s2 + 1);
    const s4 = meta.indexOf(' ', s3 + 1);
    if (s1 === -1 || s2 === -1 || s3 === -1 || s4 === -1 || meta.indexOf(' ', s4 + 1) !== -1) {
        malformed(`raw record ${JSON.stringify(meta)}`);
    }
    return k === 1 ? s1 : k === 2 ? s2 : k === 3 ? s3 : s4;
}
/** `:100644 100644 <old oid> <new oid> M`; the blob ids are read when needed (`oidsOf`). */
function parseRawMeta(meta) {
    const s4 = rawSpace(meta, 4);
    const s1 = meta.indexOf(' ');
    const s2 = meta.indexOf(' ', s1 + 1);
    const status = STATUS[meta[s4 + 1]];
    if (!status)
        malformed(`unexpected status ${JSON.stringify(meta.slice(s4 + 1))}`);
    return { meta, oldMode: mode(meta, 1, s1), newMode: mode(meta, s1 + 1, s2), status };
}
/** The old and new blob ids of an entry. */
function oidsOf(entry) {
    const meta = entry.meta;
    const s2 = rawSpace(meta, 2);
    const s3 = meta.indexOf(' ', s2 + 1);
    const s4 = meta.indexOf(' ', s3 + 1);
    return { oldOid: meta.slice(s2 + 1, s3), newOid: meta.slice(s3 + 1, s4) };
}
/** What `numstatCount` returns for a lone "-", numstat's mark of a binary file. */
const DASH = -2;
/** A numstat count at text[from, to): decimal digits, DASH for "-", -1 for anything else. */
function numstatCount(text, from, to) {
    if (to - from === 1 && text.charCodeAt(from) === 0x2d)
        return DASH;
    if (to <= from || to - from > 15)
        return -1;
    let n = 0;
    for (let i = from; i < to; i++) {
        const digit = text.charCodeAt(i) - 0x30;
        if (digit < 0 || digit > 9)
            return -1;
        n = n * 10 + digit;
    }
    return n;
}
/** The paths whose content git reads for the diff, for check-attr (no submodule, no absent side). */
function contentPaths(entries) {
    const paths = [];
    for (const e of entries) {
        const renamed = e.file.status === 'renamed' || e.file.status === 'copied';
        if (e.newMode !== ZERO_MODE && e.newMode !== GITLINK)
            paths.push(e.file.path);
        if (e.oldMode !== ZERO_MODE && e.oldMode !== GITLINK && (renamed || e.newMode === ZERO_MODE)) {
            paths.push(e.oldPath);
        }
    }
    return paths;
}
/** Parse a complete `git diff --raw --numstat -p -z` output (tests, and the --text re-diff). */
function parseDiffOutput(out) {
    const reader = new DiffReader();
    reader.push(out);
    return reader.end();
}
/** The whole of a file git wrote through its own copy of `fd` (whose offset is at the end). */
function readWhole(fd) {
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.fstatSync)(fd).size;
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readSync)(fd, buffer, read, size - read, read);
        if (n === 0)
            break;
        read += n;
    }
    return buffer.toString('utf8', 0, read);
}
/** `git cat-file --batch` for several object names at once; null for a missing object. */
async function catFileBatch(repo, names, env) {
    if (names.length === 0)
        return [];
    const { done } = spawnGit(repo, ['cat-file', '--batch'], names.map(n => `${n}\n`).join(''), undefined, env);
    const result = await done;
    if (result.code !== 0)
        throw /not a git repository/.test(result.stderr)
            ? notARepository(repo)
            : new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`git cat-file failed: ${firstLine(result.stderr)}`);
    try {
        return (0,_git_cat_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCatFileBatch */ ["if"])(result.stdout, names.length);
    }
    catch (error) {
        if (error instanceof _git_cat_file_js__WEBPACK_IMPORTED_MODULE_1__/* .CatFileFormatError */ .cL)
            malformed(error.message);
        throw error;
    }
}
/**
 * A file's text at a revision (`git cat-file --batch` on `REV:path`); null when the revision has
 * no such path. Anything there that is not a file is an input error.
 */
async function readGitFile(repo, rev, path, env) {
    if (!REV.test(rev) || /[\n\0]/.test(path)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`cannot read ${JSON.stringify(path)} at ${JSON.stringify(rev)}; expected a revision and a path`);
    }
    const [obj] = await catFileBatch(repo, [`${rev}:${path}`], env);
    if (obj && obj.type !== 'blob') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`${path} at ${rev} is a ${obj.type}, not a file; expected a JSON file`);
    }
    return obj ? obj.content.toString('utf8') : null;
}
/**
 * The paths of `git check-attr -z` output (`path\0attribute\0info\0`, per path and attribute)
 * whose `diff` or `binary` attribute is specified. Only those paths become strings. (A regular
 * expression that skips runs of unspecified records is faster for short paths, but slows down
 * with long ones, which the change's author chooses.)
 */
function attributedPaths(output) {
    const found = new Set();
    let pos = 0;
    for (;;) {
        const a = output.indexOf('\0', pos);
        const b = a === -1 ? -1 : output.indexOf('\0', a + 1);
        const c = b === -1 ? -1 : output.indexOf('\0', b + 1);
        if (c === -1)
            break;
        const matters = !(b - a === 5 && output.startsWith('text', a + 1));
        const unspecified = c - b === 12 && output.startsWith('unspecified', b + 1);
        if (matters && !unspecified)
            found.add(output.slice(pos, a));
        pos = c + 1;
    }
    if (pos !== output.length)
        malformed('check-attr printed a record that is not NUL-terminated');
    return found;
}
/** A NUL in the first 8,000 bytes (git's FIRST_FEW_BYTES) makes content binary. */
function looksBinary(content) {
    return content.subarray(0, 8000).includes(0);
}
const REGULAR = /^100[0-7]{3}$/;
const ZERO_OID = /^0+$/;
/**
 * Read the change of a range from the repository at `repo`. `configPath` is the watched config
 * file (repository-relative); `readConfigAtBase` also reads it at BASE, in parallel.
 */
async function readGitChanges(opts) {
    const range = parseRange(opts.range);
    if (opts.signal?.aborted)
        throw cancelled();
    const rangeArg = `${range.base}${range.symmetric ? '...' : '..'}${range.head}`;
    const scratch = openScratch(opts.scratchDir);
    let base;
    let entries;
    let attributed;
    try {
        // The diff first: it is the long pole. check-attr and cat-file start alongside it and wait.
        const gits = startDiffAndAttr(opts, rangeArg, scratch);
        base = opts.readConfigAtBase ? readGitFile(opts.repo, range.base, opts.configPath, opts.env) : undefined;
        // Settle the parallel work even when the diff fails, so nothing is left unhandled.
        base?.catch(() => undefined);
        ({ entries, attributed } = await readDiffAndAttr(opts, gits, scratch));
    }
    finally {
        scratch.close();
    }
    const blobs = await readBlobs(opts, entries, attributed);
    const rediff = decideBinaryByContent(blobs);
    if (rediff.length > 0)
        await diffAsText(opts.repo, rangeArg, rediff, opts.env);
    const result = { files: entries.map(e => e.file) };
    const configFile = configFileChange(blobs, opts.configPath);
    if (configFile)
        result.configFile = configFile;
    if (base)
        result.configAtBase = await base;
    return result;
}
function cancelled() {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H('reading the change from git was cancelled');
}
/**
 * Two private files in a directory of their own. Once open, they live on through their
 * descriptors only: removed at once, no copy of the change (credentials included) is left on
 * disk, whatever becomes of this process. A system that cannot remove an open file (Windows)
 * removes them on `close`.
 */
function openScratch(scratchDir) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(scratchDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_4__.tmpdir)(), 'self-evolution-diff-'));
    const diffPath = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, 'diff');
    const attrPath = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, 'attr');
    let diffFd = -1;
    let attrFd = -1;
    let removed = false;
    const close = () => {
        if (diffFd !== -1)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.closeSync)(diffFd);
        if (attrFd !== -1)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.closeSync)(attrFd);
        if (!removed)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.rmSync)(dir, { recursive: true, force: true });
    };
    try {
        diffFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.openSync)(diffPath, 'w+', 0o600);
        attrFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.openSync)(attrPath, 'w+', 0o600);
    }
    catch (error) {
        close();
        throw error;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.unlinkSync)(diffPath);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.unlinkSync)(attrPath);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.rmdirSync)(dir);
        removed = true;
    }
    catch {
        // removed on close
    }
    return { diffFd, attrFd, close };
}
/**
 * git diff and git check-attr, each writing to its own scratch file, so a reader busy with one
 * never slows the other down (a full pipe would). check-attr waits for the paths on its input.
 */
function startDiffAndAttr(opts, rangeArg, scratch) {
    const diffArgs = [...DIFF_ARGS, '--end-of-options', rangeArg, '--'];
    const diff = spawnGit(opts.repo, diffArgs, undefined, scratch.diffFd, opts.env);
    diff.child.stdin?.end();
    try {
        const attr = spawnGit(opts.repo, ATTR_ARGS, undefined, scratch.attrFd, opts.env);
        return { diff, attr };
    }
    catch (error) {
        diff.child.kill();
        throw error;
    }
}
// `diff` and `binary` (-diff -merge -text) decide how git diff treats content; `text` is read too
// but only changes line endings, so it alone does not make a blob worth reading.
const ATTR_ARGS = ['check-attr', '-z', '--stdin', 'diff', 'binary', 'text'];
/**
 * Parse git diff's output while git writes it; once its records are in, hand their paths to
 * check-attr in one write. Every git started is stopped if the read fails, whatever failed.
 */
async function readDiffAndAttr(opts, gits, scratch) {
    const { diff, attr } = gits;
    try {
        const attrRead = attr.done.then(result => {
            if (result.code !== 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`git check-attr failed: ${firstLine(result.stderr)}`);
            return attributedPaths(readWhole(scratch.attrFd));
        });
        attrRead.catch(() => undefined);
        const reader = new DiffReader(entries => {
            const paths = contentPaths(entries);
            attr.child.stdin?.end(paths.length > 0 ? `${paths.join('\0')}\0` : '');
        });
        let entries;
        try {
            entries = await followDiff(opts, diff, scratch.diffFd, reader);
        }
        finally {
            if (attr.child.stdin && !attr.child.stdin.writableEnded)
                attr.child.stdin.end();
        }
        return { entries, attributed: await attrRead };
    }
    catch (error) {
        diff.child.kill();
        attr.child.kill();
        throw error;
    }
}
/**
 * Read what git diff writes to `fd` as it grows, until git exits, then check how it exited.
 * A reader error waits for git's own exit, whose failure explains more.
 */
async function followDiff(opts, diff, fd, reader) {
    let exited = false;
    // git's exit ends the wait between two reads at once, rather than at the next tick.
    let wake = () => undefined;
    const diffDone = diff.done.finally(() => {
        exited = true;
        wake();
    });
    const stop = () => diff.child.kill();
    opts.signal?.addEventListener('abort', stop, { once: true });
    diffDone.finally(() => opts.signal?.removeEventListener('abort', stop)).catch(() => undefined);
    const buffer = Buffer.allocUnsafe(READ_SIZE);
    let position = 0;
    /** Read and parse what git has written so far. */
    const drain = () => {
        for (let n = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readSync)(fd, buffer, 0, READ_SIZE, position); n > 0;) {
            position += n;
            reader.push(buffer.subarray(0, n));
            n = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readSync)(fd, buffer, 0, READ_SIZE, position);
        }
    };
    let failed;
    try {
        // Wait first: the caller starts its own work (reading the rules) before the first read.
        while (!exited) {
            await new Promise(resolve => {
                const timer = setTimeout(resolve, POLL_MS);
                wake = () => {
                    clearTimeout(timer);
                    resolve();
                };
            });
            drain();
        }
    }
    catch (error) {
        failed = error;
    }
    const result = await diffDone;
    if (opts.signal?.aborted)
        throw cancelled();
    if (result.code !== 0)
        throw await diffFailure(opts, result);
    if (failed)
        throw failed;
    drain();
    return reader.end();
}
/** Why git diff failed. Outside a repository it falls back to comparing files: say so instead. */
async function diffFailure(opts, result) {
    const inside = await spawnGit(opts.repo, ['rev-parse', '--git-dir'], '', undefined, opts.env).done;
    if (inside.code !== 0)
        return notARepository(opts.repo);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`--git ${JSON.stringify(opts.range)} cannot be read: ${firstLine(result.stderr)}; expected a range of two commits in ${opts.repo}`);
}
/** The regular-file blobs of attributed entries and of the config file, in one cat-file. */
async function readBlobs(opts, entries, attributed) {
    const candidates = attributed.size === 0 ? [] : entries.filter(e => attributed.has(e.file.path) || attributed.has(e.oldPath));
    const configEntries = entries.filter(e => e.file.path === opts.configPath || e.oldPath === opts.configPath);
    const oids = new Map([...candidates, ...configEntries].map(e => [e, oidsOf(e)]));
    const wantedSet = new Set();
    const want = (mode, oid) => {
        if (REGULAR.test(mode) && !ZERO_OID.test(oid))
            wantedSet.add(oid);
    };
    for (const [e, { oldOid, newOid }] of oids) {
        want(e.oldMode, oldOid);
        want(e.newMode, newOid);
    }
    const wanted = [...wantedSet];
    const read = await catFileBatch(opts.repo, wanted, opts.env);
    const blobs = new Map();
    wanted.forEach((oid, i) => {
        const obj = read[i];
        if (obj && obj.type === 'blob')
            blobs.set(oid, obj.content);
    });
    return { candidates, configEntries, oids, blobs };
}
/**
 * Binary by content, whatever the attributes say: a file git counted as text is binary when a
 * side of it holds a NUL. Returns the files git called binary whose content is text, to be
 * diffed again with --text.
 */
function decideBinaryByContent({ candidates, oids, blobs }) {
    const rediff = [];
    for (const e of candidates) {
        const { oldOid, newOid } = oids.get(e) ?? oidsOf(e);
        const sides = [oldOid, newOid].filter(oid => blobs.has(oid));
        const byContent = sides.some(oid => looksBinary(blobs.get(oid)));
        if (byContent && !e.file.binary) {
            e.file.binary = true;
            e.file.additions = null;
            e.file.deletions = null;
        }
        else if (!byContent && e.file.binary && sides.length > 0) {
            rediff.push(e);
        }
    }
    return rediff;
}
/** The watched config file before and after the change, when the change touches it. */
function configFileChange({ configEntries, oids, blobs }, configPath) {
    let change;
    for (const e of configEntries) {
        const { oldOid, newOid } = oids.get(e) ?? oidsOf(e);
        const text = (oid) => blobs.get(oid)?.toString('utf8');
        if (e.file.path !== configPath || e.file.status === 'deleted') {
            change = { before: text(oldOid) ?? null, after: null };
        }
        else if (!change) {
            const after = REGULAR.test(e.newMode) ? text(newOid) : undefined;
            change = {
                before: e.file.status === 'modified' ? (text(oldOid) ?? null) : null,
                after,
                ...(after === undefined
                    ? { unknownReason: `${configPath} is not a regular file after the change` }
                    : {})
            };
        }
    }
    return change;
}
/**
 * Diff again, with --text, the files that an attribute made git call binary although their
 * content is text: their counts and added lines must not hide behind `-diff`. git 2.39's
 * numstat still says "-" for them under --text, so the counts come from the patch itself.
 */
async function diffAsText(repo, rangeArg, targets, env) {
    const paths = [...new Set(targets.flatMap(e => [e.oldPath, e.file.path]))];
    const args = [
        '--literal-pathspecs',
        ...DIFF_ARGS.filter(a => a !== '--raw' && a !== '--numstat' && a !== '-z'),
        '--text',
        '--end-of-options',
        rangeArg,
        '--',
        ...paths
    ];
    const { done, child } = spawnGit(repo, args, undefined, undefined, env);
    child.stdin.end();
    const result = await done;
    if (result.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`git diff --text failed: ${firstLine(result.stderr)}`);
    const again = (0,_unified_diff_js__WEBPACK_IMPORTED_MODULE_9__/* .parseUnifiedDiff */ .r)(result.stdout.toString('utf8'));
    const byKey = new Map(again.map(f => [`${f.previousPath ?? f.path}\0${f.path}`, f]));
    for (const target of targets) {
        const file = byKey.get(`${target.file.previousPath ?? target.file.path}\0${target.file.path}`);
        // Paired differently without the other files: it stays binary, which fails closed.
        if (!file || file.binary || file.additions === null || file.deletions === null)
            continue;
        target.file.binary = false;
        target.file.additions = file.additions;
        target.file.deletions = file.deletions;
        if (file.secrets)
            target.file.secrets = file.secrets;
    }
}


/***/ }),

/***/ 42425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   Yn: () => (/* binding */ normalizedQuickly)
/* harmony export */ });
/* unused harmony export isGitDirectoryAlias */
/**
 * Path normalization, before any matching: a path that cannot be normalized is refused
 * (the `invalid-path` rule), and matching happens on the normalized form, in Unicode NFC.
 * Kept apart from the matchers so that readers can use it without loading picomatch.
 */
/** Control characters (C0, DEL, C1) and the bidirectional overrides and isolates. */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffd]/;
/**
 * Anything normalizePath might refuse: a forbidden character or backslash, an absolute path, an
 * empty, "." or ".." segment, a ".git" segment. A match only sends the path down the careful way.
 */
const SUSPICIOUS = /[\u0000-\u001f\u007f-\u009f\u200c-\u200f\u202a-\u202e\u2066-\u206f\ufeff\ufffd\\]|^\/|^[A-Za-z]:\/|(?:^|\/)\.{0,2}(?:\/|$)|(?:^|\/)\.git(?:[/.: ]|$)|(?:^|\/)git~\d/i;
/** Code points that HFS+ ignores in names, so ".g\u200cit" is ".git" on a Mac checkout. */
const HFS_IGNORABLE = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;
/**
 * A segment that some checkout would treat as the `.git` directory, as git's own protectNTFS and
 * protectHFS checks do: any case, trailing dots or spaces (NTFS drops them), an NTFS stream
 * suffix (".git::$INDEX_ALLOCATION"), the 8.3 short name "git~1", or ignorable code points.
 */
function isGitDirectoryAlias(segment) {
    const name = segment.replace(HFS_IGNORABLE, '').toLowerCase();
    const base = name.split(':')[0].replace(/[. ]+$/, '');
    return base === '.git' || /^git~\d+$/.test(base);
}
const NON_ASCII = /[^\u0000-\u007f]/;
function describeChar(ch) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0)
        return 'a NUL byte';
    if (code === 0xfffd)
        return 'U+FFFD (bytes that are not valid UTF-8)';
    if (code >= 0x202a)
        return `the bidirectional control U+${code.toString(16).toUpperCase()}`;
    return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
/**
 * Normalize a repository path, or say why it is invalid: absolute, a `.` or `..` segment, an
 * empty segment, a backslash, a NUL or a control character, or a `.git` segment (git itself
 * refuses those). `stripDotSlash` removes one leading `./` (proposals files only).
 */
function normalizePath(raw, stripDotSlash = false) {
    if (typeof raw !== 'string')
        return { ok: false, reason: 'the path is not a string' };
    const quick = normalizedQuickly(raw, stripDotSlash);
    if (quick !== undefined)
        return { ok: true, path: quick };
    const path = stripDotSlash && raw.startsWith('./') ? raw.slice(2) : raw;
    if (path === '')
        return { ok: false, reason: 'the path is empty' };
    const bad = FORBIDDEN.exec(path);
    if (bad)
        return { ok: false, reason: `the path contains ${describeChar(bad[0])}` };
    if (path.includes('\\'))
        return { ok: false, reason: 'the path contains a backslash' };
    if (path.startsWith('/') || /^[A-Za-z]:\//.test(path))
        return { ok: false, reason: 'the path is absolute' };
    for (const segment of path.split('/')) {
        if (segment === '')
            return { ok: false, reason: 'the path has an empty segment' };
        if (segment === '.' || segment === '..')
            return { ok: false, reason: `the path has a "${segment}" segment` };
        if (segment.toLowerCase() === '.git')
            return { ok: false, reason: 'the path has a ".git" segment' };
        if (isGitDirectoryAlias(segment)) {
            return {
                ok: false,
                reason: `the path has the segment ${JSON.stringify(segment)}, which some checkouts read as ".git"`
            };
        }
    }
    return { ok: true, path: path.normalize('NFC') };
}
/**
 * The normalized path when nothing in it could be refused, else undefined (then normalizePath
 * says why, or finds it valid after all). The engine's fast path: one test, no allocation.
 */
function normalizedQuickly(raw, stripDotSlash = false) {
    const path = stripDotSlash && raw.startsWith('./') ? raw.slice(2) : raw;
    if (SUSPICIOUS.test(path))
        return undefined;
    return NON_ASCII.test(path) ? path.normalize('NFC') : path;
}


/***/ }),

/***/ 40786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mv: () => (/* binding */ compileAnchored),
/* harmony export */   sI: () => (/* binding */ compileBlocked)
/* harmony export */ });
/* unused harmony export blockedGlobs */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44795);
/**
 * Path normalization and pattern matching.
 *
 * Every path is normalized (and refused when it cannot be normalized) before it is matched, and
 * matched in Unicode NFC. Patterns are compiled once with picomatch and joined into one regular
 * expression per list, so a path is tested once per list, not once per pattern.
 *
 * - blockedPaths: case-insensitive. A pattern without a slash matches at any depth, as a file
 *   or a folder name (`P` means `** /P` and `** /P/**`, the way .gitignore reads it); a pattern
 *   with a slash is anchored at the root and also blocks everything below it when it names a
 *   folder. A trailing slash (`secrets/`) names a folder at any depth.
 * - allowedPaths and typePaths: anchored at the root, case-sensitive, exactly as written.
 * Both use `dot: true`, so dotfiles and dot-folders are never invisible.
 */



const BASE_OPTIONS = { dot: true };
/** The globs a blocked pattern stands for. */
function blockedGlobs(pattern) {
    let core = pattern.normalize('NFC');
    let folderOnly = false;
    while (core.endsWith('/')) {
        core = core.slice(0, -1);
        folderOnly = true;
    }
    if (core === '')
        return [];
    const anyDepth = !core.includes('/');
    const base = anyDepth ? `**/${core}` : core;
    return folderOnly ? [`${base}/**`] : [base, `${base}/**`];
}
/** A file or folder name made of plain characters and single-segment wildcards. */
const PLAIN_NAME = /^[\p{L}\p{N}._\-*?@+~#%&=,;' ]+$/u;
function nameSource(name) {
    let out = '';
    for (const ch of name) {
        if (ch === '*')
            out += '[^/]*';
        else if (ch === '?')
            out += '[^/]';
        else
            out += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    }
    return out;
}
/**
 * The pieces of a blocked pattern. A plain name without a slash (`.env*`, `package.json`) is a
 * test on each path segment, `(^|/)name(/|$)`: the same set as picomatch's `** /name` and
 * `** /name/**`, found in one pass instead of by a globstar's backtracking. Anything else goes
 * through picomatch.
 */
function blockedPieces(pattern) {
    let core = pattern.normalize('NFC');
    let folderOnly = false;
    while (core.endsWith('/')) {
        core = core.slice(0, -1);
        folderOnly = true;
    }
    if (core !== '' && !core.includes('/') && !core.includes('**') && PLAIN_NAME.test(core)) {
        return [{ source: `(?:^|\\/)${nameSource(core)}${folderOnly ? '\\/' : '(?:\\/|$)'}` }];
    }
    return blockedGlobs(pattern).map(glob => ({ glob }));
}
function compile(patterns, expand, nocase) {
    const perPattern = [];
    const sources = [];
    for (const pattern of patterns) {
        const res = [];
        for (const piece of expand(pattern)) {
            let re;
            try {
                re =
                    'glob' in piece
                        ? picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(piece.glob, { ...BASE_OPTIONS, nocase })
                        : new RegExp(piece.source, nocase ? 'i' : '');
            }
            catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyInputError */ .H(`the pattern "${pattern}" cannot be compiled (${error.message}); expected a glob such as "docs/**/*.md"`);
            }
            res.push(re);
            sources.push(`(?:${re.source})`);
        }
        perPattern.push(res);
    }
    // An empty list matches nothing.
    const joined = sources.length === 0 ? /(?!)/ : new RegExp(sources.join('|'), nocase ? 'i' : '');
    return {
        patterns,
        test: path => joined.test(path),
        which: path => {
            for (let i = 0; i < patterns.length; i++)
                if (perPattern[i].some(re => re.test(path)))
                    return patterns[i];
            return undefined;
        }
    };
}
/** blockedPaths: any depth for a pattern without a slash, case-insensitive. */
function compileBlocked(patterns) {
    return compile(patterns, blockedPieces, true);
}
/** allowedPaths and typePaths: anchored at the root, case-sensitive. */
function compileAnchored(patterns) {
    return compile(patterns, p => [{ glob: p.normalize('NFC') }], false);
}


/***/ }),

/***/ 96114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ quoteCPath),
/* harmony export */   M: () => (/* binding */ unquoteCPath)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44795);
/**
 * Git's C-style path quoting (quote.c), both ways. Git quotes a path in patch headers when it
 * holds a double quote, a backslash, a control character or (with core.quotePath, the default)
 * a byte above 0x7f: `"docs/\303\274.md"`. Escapes are \a \b \t \n \v \f \r \" \\ and three
 * octal digits for any other byte. Paths are UTF-8 bytes.
 */

const LETTER = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r' };
const NEEDS_QUOTING = /["\\\u0000-\u001f\u007f-\uffff]/;
/** Quote as git does with core.quotePath=true; the path is returned as is when no quoting is needed. */
function quoteCPath(path) {
    if (!NEEDS_QUOTING.test(path))
        return path;
    let out = '"';
    for (const byte of Buffer.from(path, 'utf8')) {
        if (byte === 0x22 || byte === 0x5c)
            out += '\\' + String.fromCharCode(byte);
        else if (LETTER[byte] !== undefined)
            out += '\\' + LETTER[byte];
        else if (byte < 0x20 || byte >= 0x7f)
            out += '\\' + byte.toString(8).padStart(3, '0');
        else
            out += String.fromCharCode(byte);
    }
    return out + '"';
}
const UNESCAPE = {
    a: 7,
    b: 8,
    t: 9,
    n: 10,
    v: 11,
    f: 12,
    r: 13,
    '"': 0x22,
    '\\': 0x5c
};
const utf8 = new TextDecoder('utf-8', { fatal: false });
/**
 * Decode a quoted path that starts at `text[start]` (a double quote). Returns the path and the
 * index just past the closing quote. Invalid UTF-8 decodes to U+FFFD, which normalizePath refuses.
 */
function unquoteCPath(text, start = 0) {
    if (text[start] !== '"')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyInputError */ .H(`expected a quoted path at ${JSON.stringify(text)}`);
    const bytes = [];
    let i = start + 1;
    for (;;) {
        if (i >= text.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyInputError */ .H(`unterminated quoted path ${JSON.stringify(text)}`);
        const ch = text[i];
        if (ch === '"')
            break;
        if (ch === '\\') {
            const next = text[i + 1];
            if (next !== undefined && UNESCAPE[next] !== undefined) {
                bytes.push(UNESCAPE[next]);
                i += 2;
            }
            else if (/^[0-3][0-7][0-7]$/.test(text.slice(i + 1, i + 4))) {
                bytes.push(parseInt(text.slice(i + 1, i + 4), 8));
                i += 4;
            }
            else {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyInputError */ .H(`unknown escape "\\${next ?? ''}" in quoted path ${JSON.stringify(text)}`);
            }
            continue;
        }
        const char = String.fromCodePoint(text.codePointAt(i) ?? 0xfffd);
        for (const b of Buffer.from(char, 'utf8'))
            bytes.push(b);
        i += char.length;
    }
    return { path: utf8.decode(Uint8Array.from(bytes)), end: i + 1 };
}


/***/ }),

/***/ 45915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dL: () => (/* binding */ findSecrets),
/* harmony export */   vd: () => (/* binding */ SECRET_HINT_SOURCE)
/* harmony export */ });
/* unused harmony exports SECRET_FORMATS, secretHint, secretMatcher, kindOfMatch */
/**
 * Credentials in added lines (the `secret-in-content` rule). Paths alone cannot keep credentials
 * out of a change, so patch and git sources are scanned for well-known token formats.
 *
 * The formats are joined into one global regular expression, so a whole patch is scanned in one
 * pass; each format is one capturing group, which names what was found. None of the formats
 * spans a line break.
 */
const SECRET_FORMATS = [
    { kind: 'GitHub token', source: String.raw `\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}` },
    { kind: 'GitHub fine-grained token', source: String.raw `\bgithub_pat_[A-Za-z0-9_]{22,255}` },
    {
        kind: 'AWS access key id',
        source: String.raw `\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[0-9A-Z]{16}(?![0-9A-Za-z])`
    },
    {
        kind: 'AWS secret access key',
        source: String.raw `(?:aws|AWS|Aws)_?(?:secret|SECRET|Secret)_?(?:access|ACCESS|Access)?_?(?:key|KEY|Key)["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])`
    },
    { kind: 'Slack token', source: String.raw `\bxox[abposr]-[A-Za-z0-9-]{10,}` },
    {
        kind: 'Slack webhook',
        source: String.raw `hooks\.slack\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]+`
    },
    { kind: 'private key', source: String.raw `-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----` },
    { kind: 'Google API key', source: String.raw `\bAIza[0-9A-Za-z_-]{35}` },
    { kind: 'Stripe live key', source: String.raw `\b(?:sk|rk)_live_[0-9A-Za-z]{20,}` },
    { kind: 'npm token', source: String.raw `\bnpm_[A-Za-z0-9]{36}(?![A-Za-z0-9])` },
    { kind: 'GitLab token', source: String.raw `\bglpat-[0-9A-Za-z_-]{20,}` },
    {
        kind: 'OpenAI key',
        source: String.raw `\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}`
    },
    { kind: 'Anthropic key', source: String.raw `\bsk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,}` },
    { kind: 'PyPI token', source: String.raw `\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}` },
    { kind: 'SendGrid key', source: String.raw `\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}` },
    { kind: 'Shopify token', source: String.raw `\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}` },
    { kind: 'Telegram bot token', source: String.raw `\b[0-9]{8,10}:AA[A-Za-z0-9_-]{33}` },
    { kind: 'Azure storage key', source: String.raw `AccountKey=[A-Za-z0-9+/]{80,}={0,2}` }
];
const COMBINED_SOURCE = SECRET_FORMATS.map(f => `(${f.source})`).join('|');
/**
 * A literal that every format contains, as one alternation of plain strings: scanning a whole
 * patch with it is about four times faster than with the formats themselves. A hit only
 * sends its line to findSecrets (a test checks that every format's example hits).
 */
const SECRET_HINT_SOURCE = [
    'gh[pousr]_',
    'github_pat_',
    'A(?:KIA|SIA|BIA|CCA|GPA|IDA|ROA|IPA|NPA|NVA|PKA)',
    '[Aa][Ww][Ss]_?[Ss]',
    'xox[abposr]-',
    'hooks\\.slack\\.com',
    '-----BEGIN',
    'AIza',
    '_live_',
    'npm_',
    'glpat-',
    'T3BlbkFJ',
    'sk-ant-',
    'pypi-',
    'SG\\.',
    'shp(?:at|ca|pa|ss)_',
    ':AA',
    'AccountKey='
].join('|');
/** A fresh global matcher for SECRET_HINT_SOURCE. */
function secretHint() {
    return new RegExp(SECRET_HINT_SOURCE, 'g');
}
/** A fresh global matcher (a global RegExp carries state, so each scan gets its own). */
function secretMatcher() {
    return new RegExp(COMBINED_SOURCE, 'g');
}
/** The kind of credential a match of secretMatcher() found. */
function kindOfMatch(match) {
    for (let i = 1; i < match.length; i++)
        if (match[i] !== undefined)
            return SECRET_FORMATS[i - 1].kind;
    return 'credential';
}
/** The distinct kinds of credential in a text, in the order first found. */
function findSecrets(text) {
    const kinds = [];
    const re = secretMatcher();
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const kind = kindOfMatch(m);
        if (!kinds.includes(kind))
            kinds.push(kind);
    }
    return kinds;
}


/***/ }),

/***/ 77858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ applyHunks),
/* harmony export */   r: () => (/* binding */ parseUnifiedDiff)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44795);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96114);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45915);
/**
 * A parser for git-style unified diffs (`--diff FILE` and a proposal's `patch`), read the way
 * `git apply` reads them, since that is what would execute them:
 * - names come from `rename/copy from/to` lines verbatim, otherwise from the `diff --git`,
 *   `---` and `+++` names with the first path component stripped (git apply -p1), and all the
 *   names a section gives must agree;
 * - quoted names are decoded (C escapes, octal bytes, UTF-8);
 * - modes come from `new file mode`, `deleted file mode`, `old/new mode` and the `index` line;
 * - `Binary files … differ` and `GIT binary patch` make a binary file, with no line count;
 * - hunks are consumed by the counts in their `@@` header, so a removed line that reads
 *   `-- a/x` is never mistaken for a header, and a truncated hunk is an error;
 * - every line of a `diff --git` extended header must be one of git's table, binary patch
 *   blocks are consumed exactly, and one path may appear in only one section.
 * Anything that cannot be read this way is a PolicyInputError: the patch is not judged at all.
 */



const MODE = /^[0-7]{6}$/;
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
class Reader {
    lines;
    i = 0;
    constructor(text) {
        this.lines = text.split('\n');
        // A final newline leaves one empty element that is not a line.
        if (this.lines.length > 0 && this.lines[this.lines.length - 1] === '')
            this.lines.pop();
    }
    get line() {
        return this.lines[this.i];
    }
    fail(what) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyInputError */ .H(`line ${this.i + 1} of the patch: ${what}`);
    }
}
function mode(r, value, what) {
    if (!MODE.test(value))
        r.fail(`${what} "${value}" is not a git mode; expected six octal digits such as 100644`);
    return value;
}
/** `a/docs/x.md` -> `docs/x.md`: git apply's -p1. */
function stripPrefix(r, name) {
    const slash = name.indexOf('/');
    if (slash <= 0 || slash === name.length - 1)
        r.fail(`file name ${JSON.stringify(name)} has no "a/" or "b/" prefix to strip`);
    return name.slice(slash + 1);
}
/** A `rename/copy from/to` name: quoted, or the whole rest of the line (git keeps tabs). */
function wholeName(text) {
    return text.startsWith('"') ? (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .unquoteCPath */ .M)(text).path : text;
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{2}:\d{2}:\d{2}(?:\.\d+)?$/;
const TZ = /^[+-]\d{2}:?\d{2}$/;
/**
 * The length of a trailing ` 2020-01-01 00:00:00[.frac] [+0000]` (or its POSIX form without
 * zone), with the whitespace before it, as git's diff_timestamp_len finds it; 0 when none.
 */
function timestampLength(text) {
    const m = /[ \t]+(\S+) (\S+)(?: (\S+))?$/.exec(text);
    if (!m)
        return 0;
    if (ISO_DATE.test(m[1]) && ISO_TIME.test(m[2]) && (m[3] === undefined || TZ.test(m[3])))
        return m[0].length;
    const n = /[ \t]+(\S+) (\S+)$/.exec(text);
    if (n && ISO_DATE.test(n[1]) && ISO_TIME.test(n[2]))
        return n[0].length;
    return 0;
}
const LOOKS_DATED = /\s(?:\d{4}-\d{2}-\d{2}(?=\s|$)|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s|\d{1,2}:\d{2}:\d{2}(?=[\s.]|$))/;
/**
 * The name of a `---`/`+++` line: quoted, or up to a tab; a traditional diff (`plain`) may
 * also end it with a space and an ISO timestamp, which git strips. A name that still looks
 * dated is refused: git would read the date as part of the name.
 */
function nameToken(r, text, plain) {
    if (text.startsWith('"'))
        return (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .unquoteCPath */ .M)(text).path;
    const stamp = plain ? timestampLength(text) : 0;
    let name;
    if (stamp > 0)
        name = text.slice(0, text.length - stamp);
    else {
        const tab = text.indexOf('\t');
        name = tab === -1 ? text : text.slice(0, tab);
    }
    if (LOOKS_DATED.test(name))
        r.fail(`the file name ${JSON.stringify(name.slice(0, 80))} ends in what looks like a date`);
    return name;
}
/** The two names of a `diff --git` header, or undefined when the header alone is ambiguous. */
function gitHeaderNames(r, rest) {
    if (rest.startsWith('"')) {
        const first = (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .unquoteCPath */ .M)(rest);
        if (rest[first.end] !== ' ')
            r.fail('malformed "diff --git" header');
        const second = rest.slice(first.end + 1);
        return [
            stripPrefix(r, first.path),
            stripPrefix(r, second.startsWith('"') ? (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .unquoteCPath */ .M)(second).path : second)
        ];
    }
    if (rest.endsWith('"')) {
        const at = rest.lastIndexOf(' "');
        if (at === -1)
            r.fail('malformed "diff --git" header');
        return [stripPrefix(r, rest.slice(0, at)), stripPrefix(r, (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .unquoteCPath */ .M)(rest, at + 1).path)];
    }
    // Unquoted: split where both halves name the same file (git apply does the same).
    for (let at = rest.indexOf(' '); at !== -1; at = rest.indexOf(' ', at + 1)) {
        const a = rest.slice(0, at);
        const b = rest.slice(at + 1);
        const sa = a.indexOf('/');
        const sb = b.indexOf('/');
        if (sa > 0 && sb > 0 && a.slice(sa + 1) === b.slice(sb + 1) && a.slice(sa + 1) !== '') {
            return [a.slice(sa + 1), b.slice(sb + 1)];
        }
    }
    return undefined;
}
function parseHunks(r, file) {
    for (let header = r.line; header !== undefined && header.startsWith('@@ '); header = r.line) {
        const m = HUNK_HEADER.exec(header);
        if (!m)
            r.fail(`malformed hunk header ${JSON.stringify(header.slice(0, 80))}`);
        const hunk = {
            oldStart: Number(m[1]),
            oldLines: m[2] === undefined ? 1 : Number(m[2]),
            newStart: Number(m[3]),
            newLines: m[4] === undefined ? 1 : Number(m[4]),
            lines: []
        };
        r.i++;
        let oldLeft = hunk.oldLines;
        let newLeft = hunk.newLines;
        while (oldLeft > 0 || newLeft > 0) {
            const line = r.line;
            if (line === undefined)
                r.fail('the patch ends inside a hunk (it is truncated)');
            const kind = line === '' ? ' ' : line[0];
            if (kind === ' ') {
                oldLeft--;
                newLeft--;
            }
            else if (kind === '-') {
                oldLeft--;
                file.deletions = (file.deletions ?? 0) + 1;
            }
            else if (kind === '+') {
                newLeft--;
                file.additions = (file.additions ?? 0) + 1;
            }
            else if (kind !== '\\') {
                r.fail(`unexpected line in a hunk ${JSON.stringify(line.slice(0, 80))}`);
            }
            if (oldLeft < 0 || newLeft < 0)
                r.fail('a hunk has more lines than its "@@" header counts');
            hunk.lines.push(line === '' ? ' ' : line);
            r.i++;
        }
        // "\ No newline at end of file" after the last line.
        while (r.line !== undefined && r.line.startsWith('\\')) {
            hunk.lines.push(r.line);
            r.i++;
        }
        file.hunks.push(hunk);
    }
}
function newFile() {
    return { path: '', status: 'modified', additions: 0, deletions: 0, binary: false, hunks: [] };
}
function finish(r, file, names, addedText) {
    const oldName = names.old;
    const newName = names.new;
    if (file.status === 'added') {
        if (newName === undefined)
            r.fail('a new file has no name');
        file.path = newName;
    }
    else if (file.status === 'deleted') {
        if (oldName === undefined)
            r.fail('a deleted file has no name');
        file.path = oldName;
    }
    else {
        if (oldName === undefined || newName === undefined)
            r.fail('a changed file has no name');
        file.path = newName;
        if (file.status === 'renamed' || file.status === 'copied')
            file.previousPath = oldName;
        else if (oldName !== newName)
            r.fail(`the old name ${JSON.stringify(oldName)} and new name ${JSON.stringify(newName)} differ without a rename`);
    }
    // git counts a file whose new text holds a NUL byte as binary.
    if (addedText.some(l => l.includes('\0')))
        file.binary = true;
    if (file.binary) {
        file.additions = null;
        file.deletions = null;
    }
    if (addedText.length > 0) {
        const secrets = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .findSecrets */ .dL)(addedText.join('\n'));
        if (secrets.length > 0)
            file.secrets = secrets;
    }
    return file;
}
/** Where a `diff --git` section's extended header ends: its names, content or next section. */
function endsHeader(line) {
    return (line.startsWith('--- ') ||
        line.startsWith('Binary files ') ||
        line === 'GIT binary patch' ||
        line.startsWith('diff --git ') ||
        line.startsWith('@@ ') ||
        // An empty line or a format-patch signature: git ends the header there too.
        line === '' ||
        line === '-- ');
}
/** Read one extended header line of git's table; false when it is not one. */
function headerLine(r, line, file, olds, news, state) {
    let m;
    if ((m = /^old mode (.*)$/.exec(line)))
        file.previousMode = mode(r, m[1], 'old mode');
    else if ((m = /^new mode (.*)$/.exec(line)))
        file.mode = mode(r, m[1], 'new mode');
    else if ((m = /^deleted file mode (.*)$/.exec(line))) {
        file.previousMode = mode(r, m[1], 'deleted file mode');
        file.status = 'deleted';
    }
    else if ((m = /^new file mode (.*)$/.exec(line))) {
        file.mode = mode(r, m[1], 'new file mode');
        file.status = 'added';
    }
    else if ((m = /^(rename|copy) (from|to|old|new) (.*)$/.exec(line))) {
        // git reads "rename old/new" as "rename from/to"; there is no "copy old/new".
        if (m[1] === 'copy' && (m[2] === 'old' || m[2] === 'new'))
            return false;
        file.status = m[1] === 'rename' ? 'renamed' : 'copied';
        state.fromTo = true;
        (m[2] === 'from' || m[2] === 'old' ? olds : news).push(wholeName(m[3]));
    }
    else if ((m = /^index \S*\.\.\S*(?: (.*))?$/.exec(line))) {
        if (m[1] !== undefined) {
            const both = mode(r, m[1], 'index mode');
            file.previousMode ??= both;
            file.mode ??= both;
        }
    }
    else if (!/^(?:dis)?similarity index \d+%?$/.test(line))
        return false;
    return true;
}
/** The `literal N`/`delta N` blocks after `GIT binary patch`: a forward and an optional reverse. */
function skipBinaryPatch(r) {
    for (let block = 0; block < 2; block++) {
        const head = r.line;
        if (head === undefined || !/^(?:literal|delta) \d+$/.test(head)) {
            if (block === 0)
                r.fail('"GIT binary patch" is not followed by a "literal" or "delta" line');
            return;
        }
        r.i++;
        for (let line = r.line; line !== undefined; line = r.line) {
            r.i++;
            if (line === '')
                break;
            if (!/^[A-Za-z][0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]+$/.test(line) || (line.length - 1) % 5 !== 0)
                r.fail(`corrupt binary patch line ${JSON.stringify(line.slice(0, 80))}`);
        }
    }
}
function parseGitSection(r) {
    const file = newFile();
    const header = gitHeaderNames(r, r.line.slice('diff --git '.length));
    r.i++;
    // Every name a section gives for each side; they must all agree.
    const olds = header ? [header[0]] : [];
    const news = header ? [header[1]] : [];
    const state = { fromTo: false };
    for (let line = r.line; line !== undefined && !endsHeader(line); line = r.line) {
        if (!headerLine(r, line, file, olds, news, state))
            r.fail(`unrecognised line in a "diff --git" header ${JSON.stringify(line.slice(0, 80))}`);
        r.i++;
    }
    const fromTo = state.fromTo;
    const line = r.line;
    const addedText = [];
    if (line !== undefined && (line.startsWith('Binary files ') || line === 'GIT binary patch')) {
        file.binary = true;
        r.i++;
        if (line === 'GIT binary patch')
            skipBinaryPatch(r);
    }
    else if (line !== undefined && line.startsWith('--- ')) {
        const next = r.lines[r.i + 1];
        if (next === undefined || !next.startsWith('+++ '))
            r.fail('a "---" line is not followed by a "+++" line');
        const oldRaw = nameToken(r, line.slice(4), false);
        const newRaw = nameToken(r, next.slice(4), false);
        if (oldRaw === '/dev/null' && newRaw === '/dev/null')
            r.fail('both names are /dev/null');
        if (oldRaw === '/dev/null') {
            if (file.status !== 'added' && file.status !== 'modified')
                r.fail(`"--- /dev/null" on a ${file.status} file`);
            file.status = 'added';
        }
        else
            olds.push(stripPrefix(r, oldRaw));
        if (newRaw === '/dev/null') {
            if (file.status !== 'deleted' && file.status !== 'modified')
                r.fail(`"+++ /dev/null" on a ${file.status} file`);
            file.status = 'deleted';
        }
        else
            news.push(stripPrefix(r, newRaw));
        r.i += 2;
        // git keeps reading header lines after "+++" until the first "@@": refuse them.
        const after = r.line;
        if (after !== undefined &&
            !after.startsWith('@@ ') &&
            headerLine(r, after, newFile(), [], [], { fromTo: false }))
            r.fail(`an extended header line after "+++" ${JSON.stringify(after.slice(0, 80))}`);
        parseHunks(r, file);
        for (const hunk of file.hunks)
            for (const l of hunk.lines)
                if (l[0] === '+')
                    addedText.push(l.slice(1));
    }
    if (olds.length === 0 && news.length === 0) {
        r.fail('cannot tell the file names of a "diff --git" header with spaces and no other names');
    }
    if (!olds.every(n => n === olds[0]))
        r.fail(`inconsistent old file names: ${olds.map(n => JSON.stringify(n)).join(', ')}`);
    if (!news.every(n => n === news[0]))
        r.fail(`inconsistent new file names: ${news.map(n => JSON.stringify(n)).join(', ')}`);
    if (fromTo && (olds.length === 0 || news.length === 0))
        r.fail(`a ${file.status} file lacks its "from" or "to" line`);
    return finish(r, file, { old: olds[0] ?? news[0], new: news[0] ?? olds[0] }, addedText);
}
/** A traditional unified diff section (`--- a/x` / `+++ b/x` with no git header). */
function parsePlainSection(r) {
    const file = newFile();
    const oldRaw = nameToken(r, r.line.slice(4), true);
    const newRaw = nameToken(r, r.lines[r.i + 1].slice(4), true);
    const names = {};
    if (oldRaw === '/dev/null')
        file.status = 'added';
    else
        names.old = stripPrefix(r, oldRaw);
    if (newRaw === '/dev/null') {
        if (file.status === 'added')
            r.fail('both names are /dev/null');
        file.status = 'deleted';
    }
    else
        names.new = stripPrefix(r, newRaw);
    r.i += 2;
    parseHunks(r, file);
    if (file.status === 'deleted')
        names.new = names.old;
    const addedText = [];
    for (const hunk of file.hunks)
        for (const l of hunk.lines)
            if (l[0] === '+')
                addedText.push(l.slice(1));
    return finish(r, file, names, addedText);
}
/**
 * Parse a unified diff into its files. Text outside file sections (a mail header, a commit
 * message) is ignored, as git apply ignores it; a traditional "Binary files … differ" line is
 * read as a binary file, so it is never ignored.
 */
function parseUnifiedDiff(text) {
    const r = new Reader(text);
    const files = [];
    while (r.line !== undefined) {
        const line = r.line;
        if (line.startsWith('diff --git '))
            files.push(parseGitSection(r));
        else if (line.startsWith('--- ') &&
            r.lines[r.i + 1]?.startsWith('+++ ') &&
            r.lines[r.i + 2]?.startsWith('@@ ')) {
            files.push(parsePlainSection(r));
        }
        else if (line.startsWith('@@ ')) {
            r.fail('a hunk outside any file section');
        }
        else if (line.startsWith('GIT binary patch')) {
            r.fail('a binary patch outside any file section');
        }
        else if (/^Binary files .* differ$/.test(line)) {
            const m = /^Binary files (?:a\/)?(.*?) and (?:b\/)?(.*?) differ$/.exec(line);
            const file = newFile();
            file.binary = true;
            file.path = m?.[2] === '/dev/null' ? (m?.[1] ?? '') : (m?.[2] ?? '');
            file.status = m?.[1] === '/dev/null' ? 'added' : m?.[2] === '/dev/null' ? 'deleted' : 'modified';
            file.additions = null;
            file.deletions = null;
            files.push(file);
            r.i++;
        }
        else
            r.i++;
    }
    // git applies sections in order, each to the result of the last: one path in two sections
    // would be judged against the wrong text, so it is refused.
    const seen = new Set();
    for (const file of files) {
        const paths = new Set([file.path, ...(file.previousPath === undefined ? [] : [file.previousPath])]);
        for (const path of paths) {
            if (seen.has(path))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyInputError */ .H(`the patch touches ${JSON.stringify(path)} in more than one section; send one section per file`);
            seen.add(path);
        }
    }
    return files;
}
/**
 * The text of a file after applying its hunks to `before` (null: the file did not exist), or
 * undefined when the hunks do not apply exactly. Used for the watched config file only, whose
 * after-content the config-loosened rule must know.
 */
function applyHunks(before, hunks) {
    const source = before === null ? [] : before.split('\n');
    const endsWithNewline = before !== null && before.endsWith('\n');
    if (endsWithNewline)
        source.pop();
    const out = [];
    let pos = 0;
    let noNewlineAtEnd = !endsWithNewline;
    let offset = 0;
    for (const hunk of hunks) {
        const start = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1;
        // git places a hunk by its new start (and may search nearby); only the exact place agreed
        // by both starts is trusted.
        const newStart = hunk.newLines === 0 ? hunk.newStart : hunk.newStart - 1;
        if (newStart !== start + offset)
            return undefined;
        offset += hunk.newLines - hunk.oldLines;
        if (start < pos || start > source.length)
            return undefined;
        while (pos < start)
            out.push(source[pos++]);
        let last = ' ';
        for (const line of hunk.lines) {
            const kind = line[0];
            const body = line.slice(1);
            if (kind === '\\') {
                if (last !== '-')
                    noNewlineAtEnd = true;
                continue;
            }
            if (kind === ' ' || kind === '-') {
                if (source[pos] !== body)
                    return undefined;
                pos++;
                if (kind === ' ')
                    out.push(body);
            }
            else
                out.push(body);
            last = kind;
            if (kind !== '-')
                noNewlineAtEnd = false;
        }
    }
    while (pos < source.length) {
        out.push(source[pos++]);
        noNewlineAtEnd = !endsWithNewline;
    }
    if (out.length === 0)
        return '';
    return out.join('\n') + (noNewlineAtEnd ? '' : '\n');
}


/***/ })

};
