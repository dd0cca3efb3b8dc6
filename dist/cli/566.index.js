export const id = 566;
export const ids = [566];
export const modules = {

/***/ 40566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_FILES_IN_A_CHANGE: () => (/* binding */ MAX_FILES_IN_A_CHANGE),
/* harmony export */   NEVER_ALLOWED_RISK: () => (/* binding */ NEVER_ALLOWED_RISK),
/* harmony export */   compilePolicy: () => (/* binding */ compilePolicy),
/* harmony export */   evaluateWith: () => (/* binding */ evaluateWith),
/* harmony export */   touchesWatchedConfig: () => (/* binding */ touchesWatchedConfig)
/* harmony export */ });
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42425);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40786);


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
        typePaths.set(type, (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .compileAnchored */ .mv)(patterns));
    const wildcardPatterns = [
        ...new Set(config.wildcardFeature.allowedTypes.flatMap(t => rails.typePaths[t] ?? []))
    ];
    const compiled = {
        blocked: (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .compileBlocked */ .sI)(rails.blockedPaths),
        allowed: (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .compileAnchored */ .mv)(rails.allowedPaths),
        typePaths,
        wildcardPaths: (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .compileAnchored */ .mv)(wildcardPatterns)
    };
    compiledCache.set(config, compiled);
    return compiled;
}
const q = (s) => JSON.stringify(s);
/** A path as the rules see it (normalized, NFC), or undefined when it is not a valid path. */
function rulePath(raw, stripDotSlash) {
    const quick = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizedQuickly */ .Yn)(raw, stripDotSlash);
    if (quick !== undefined)
        return quick;
    const n = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePath */ .Fd)(raw, stripDotSlash);
    return n.ok ? n.path : undefined;
}
function watchedPath(configPath) {
    const watched = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePath */ .Fd)(configPath);
    return watched.ok ? watched.path : undefined;
}
/** Whether any proposal touches the watched config file, so that its change must be judged. */
function touchesWatchedConfig(proposals, configPath) {
    const watched = watchedPath(configPath);
    if (watched === undefined)
        return false;
    return proposals.some(p => {
        const strip = p.source === 'claimed';
        return p.files.some(f => rulePath(f.path, strip) === watched ||
            (f.previousPath !== undefined && rulePath(f.previousPath, strip) === watched));
    });
}
function judgeProposal(proposal, config, policy, watchedConfig, judgeConfigChange) {
    const rails = config.safetyRails;
    const wildcard = config.wildcardFeature;
    const violations = [];
    const seen = new Set();
    const add = (rule, message, path) => {
        const key = `${rule}\0${path ?? ''}\0${message}`;
        if (seen.has(key))
            return;
        seen.add(key);
        violations.push(path === undefined ? { rule, message } : { rule, path, message });
    };
    const risk = proposal.riskLevel;
    if (!Number.isInteger(risk) || risk < 0 || risk >= NEVER_ALLOWED_RISK) {
        add('risk-too-high', `risk ${risk} is never allowed: risk 4 and 5 always fail, and the scale is 0 to 5`);
    }
    else if (risk > rails.maxRiskLevel) {
        add('risk-too-high', `risk ${risk} is above safetyRails.maxRiskLevel ${rails.maxRiskLevel}`);
    }
    const isWildcard = proposal.type === 'wildcard';
    if (!rails.allowedChangeTypes.includes(proposal.type)) {
        add('type-not-allowed', `the type ${q(proposal.type)} is not in safetyRails.allowedChangeTypes`);
    }
    if (isWildcard) {
        if (!wildcard.enabled)
            add('wildcard-disabled', 'a wildcard was proposed, but wildcardFeature.enabled is false');
        if (!(risk <= wildcard.maxRiskLevel)) {
            add('wildcard-risk', `risk ${risk} is above wildcardFeature.maxRiskLevel ${wildcard.maxRiskLevel}`);
        }
    }
    const typeSet = isWildcard ? policy.wildcardPaths : policy.typePaths.get(proposal.type);
    const stripDotSlash = proposal.source === 'claimed';
    const distinct = new Set();
    let additions = 0;
    let deletions = 0;
    let binaryFiles = 0;
    let touchesConfig = false;
    const judgePath = (raw) => {
        let path = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizedQuickly */ .Yn)(raw, stripDotSlash);
        if (path === undefined) {
            const n = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePath */ .Fd)(raw, stripDotSlash);
            if (!n.ok) {
                add('invalid-path', `${q(raw)} is not a valid repository path: ${n.reason}`, raw);
                return;
            }
            path = n.path;
        }
        if (path === watchedConfig)
            touchesConfig = true;
        if (policy.blocked.test(path)) {
            add('blocked-path', `${q(path)} matches the blocked pattern ${q(policy.blocked.which(path) ?? '?')}`, raw);
        }
        else if (!policy.allowed.test(path)) {
            add('path-not-allowed', `${q(path)} matches no pattern in safetyRails.allowedPaths`, raw);
        }
        if (proposal.exemptFromTypePaths === true) {
            // A revert restores what the reverted change touched: no type-path rule applies.
        }
        else if (isWildcard) {
            if (!policy.wildcardPaths.test(path)) {
                add('wildcard-path', `${q(path)} is outside the typePaths of wildcardFeature.allowedTypes (${wildcard.allowedTypes.join(', ') || 'none'})`, raw);
            }
        }
        else if (!typeSet || !typeSet.test(path)) {
            add('type-path-mismatch', `${q(path)} is outside safetyRails.typePaths.${proposal.type}`, raw);
        }
    };
    for (const file of proposal.files) {
        distinct.add(file.path);
        judgePath(file.path);
        if (file.previousPath !== undefined && file.previousPath !== file.path)
            judgePath(file.previousPath);
        const removed = file.status === 'deleted';
        if (!removed && (file.mode === SYMLINK || file.previousMode === SYMLINK)) {
            add('symlink', `${q(file.path)} ${file.mode === SYMLINK ? 'is' : 'was'} a symbolic link (mode 120000)`, file.path);
        }
        if (!removed && (file.mode === GITLINK || file.previousMode === GITLINK)) {
            add('submodule', `${q(file.path)} ${file.mode === GITLINK ? 'is' : 'was'} a submodule (mode 160000)`, file.path);
        }
        const counted = (n) => n === null || (Number.isSafeInteger(n) && n >= 0);
        if (!counted(file.additions) || !counted(file.deletions)) {
            // Only a caller bypassing the readers could send this; it cannot be counted, so it fails.
            add('max-lines', `${q(file.path)} has line counts that are not whole numbers of zero or more`, file.path);
        }
        else if (file.binary || file.additions === null || file.deletions === null) {
            binaryFiles++;
            if (!rails.allowBinaryFiles) {
                add('binary-file', `${q(file.path)} is a binary file; safetyRails.allowBinaryFiles is false`, file.path);
            }
        }
        else {
            additions += file.additions;
            deletions += file.deletions;
        }
        if (file.secrets && file.secrets.length > 0) {
            add('secret-in-content', `an added line in ${q(file.path)} carries a credential (${file.secrets.join(', ')})`, file.path);
        }
    }
    const stats = {
        files: distinct.size,
        additions,
        deletions,
        linesChanged: additions + deletions,
        binaryFiles
    };
    if (stats.linesChanged > rails.diffCaps.maxLinesOfCode) {
        add('max-lines', `${stats.linesChanged} changed lines (additions + deletions) exceed safetyRails.diffCaps.maxLinesOfCode ${rails.diffCaps.maxLinesOfCode}`);
    }
    if (stats.files > rails.diffCaps.maxFilesChanged) {
        add('max-files', `${stats.files} changed files exceed safetyRails.diffCaps.maxFilesChanged ${rails.diffCaps.maxFilesChanged}`);
    }
    if (stats.files > MAX_FILES_IN_A_CHANGE) {
        add('too-large', `${stats.files} changed files exceed the ${MAX_FILES_IN_A_CHANGE} files GitHub lists for a pull request`);
    }
    if (touchesConfig && watchedConfig !== undefined) {
        // A deletion or a rename away fails whatever the reader could tell about the content.
        const removed = proposal.files.some(f => (f.status === 'deleted' && (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizedQuickly */ .Yn)(f.path, stripDotSlash) === watchedConfig) ||
            (f.previousPath !== undefined &&
                f.status === 'renamed' &&
                (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizedQuickly */ .Yn)(f.previousPath, stripDotSlash) === watchedConfig &&
                (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizedQuickly */ .Yn)(f.path, stripDotSlash) !== watchedConfig));
        const change = removed ? { before: null, after: null } : proposal.configFile;
        for (const message of judgeConfigChange(change, watchedConfig)) {
            add('config-loosened', message, watchedConfig);
        }
    }
    return {
        title: proposal.title,
        type: proposal.type,
        riskLevel: proposal.riskLevel,
        ...(proposal.effort !== undefined ? { effort: proposal.effort } : {}),
        ...(proposal.description !== undefined ? { description: proposal.description } : {}),
        source: proposal.source,
        allowed: violations.length === 0,
        stats,
        violations,
        files: proposal.files
    };
}
/**
 * Judge every proposal, with `judgeConfigChange` for the config-loosened rule (evaluate.ts
 * wires the real one). A wildcard uses the day's one slot only when it is otherwise allowed,
 * the same rule the database's unique index enforces: a later one in the same check, or any
 * when one is already recorded today, fails wildcard-daily-limit.
 */
function evaluateWith(input, judgeConfigChange) {
    const policy = compilePolicy(input.config);
    const watchedConfig = watchedPath(input.configPath);
    const verdicts = input.proposals.map(p => judgeProposal(p, input.config, policy, watchedConfig, judgeConfigChange));
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
