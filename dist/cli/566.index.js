export const id = 566;
export const ids = [566];
export const modules = {

/***/ 10782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c4: () => (/* binding */ judgeConfigChange)
/* harmony export */ });
/* unused harmony exports declaredDirection, loosenedKeys */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29396);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88373);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90131);
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
/* harmony export */   compilePolicy: () => (/* binding */ compilePolicy),
/* harmony export */   evaluateProposals: () => (/* binding */ evaluateProposals)
/* harmony export */ });
/* unused harmony exports MAX_FILES_IN_A_CHANGE, NEVER_ALLOWED_RISK */
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


/***/ })

};
