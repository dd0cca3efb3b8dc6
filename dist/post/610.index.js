export const id = 610;
export const ids = [610];
export const modules = {

/***/ 17455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ OBJECT_ID)
/* harmony export */ });
/** A 40- (SHA-1) or 64-hex (SHA-256) object id, as GitHub and git print them (no I/O here). */
const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;


/***/ }),

/***/ 10782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c4: () => (/* binding */ judgeConfigChange)
/* harmony export */ });
/* unused harmony exports declaredDirection, loosenedKeys */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29396);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88373);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90131);
/* harmony import */ var _risk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69391);
/**
 * The `config-loosened` rule: the agent may edit its own config file only to make the rails
 * stricter. Both versions are parsed with defaults applied, then the schema is walked: every key
 * declares in its `meta({ stricter })` which direction is tighter, and a key that declares none
 * may not change at all. Risk floors (`floors`) are compared floor by floor (src/policy/risk.ts). Deleting or renaming the file, an invalid new config, and a change
 * whose new content cannot be known are violations too.
 */




const STRICTER_VALUES = [
    'lower',
    'higher',
    'true',
    'false',
    'subset',
    'superset',
    'floors',
    'free'
];
/** The direction declared on a schema or on any wrapper (default, prefault, optional) around it. */
function declaredDirection(schema) {
    let cur = schema;
    while (cur) {
        const meta = zod__WEBPACK_IMPORTED_MODULE_3__/* .globalRegistry */ .fd.get(cur);
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
        case 'floors':
            // Compared floor by floor in walk(); reaching here means a caller skipped that.
            break;
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
    if (direction === 'floors') {
        // Risk floors only rise: every old floor must stay covered by one at least as strict.
        if (!equal(before, after))
            out.push(...(0,_risk_js__WEBPACK_IMPORTED_MODULE_2__/* .loosenedFloors */ .Ds)(key, before, after));
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
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42425);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4965);
/* harmony import */ var _risk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69391);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67388);
/* harmony import */ var _threats_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58571);






/** GitHub lists at most 3,000 files of a pull request. */
const MAX_FILES_IN_A_CHANGE = 3000;
/** Risk 4 and 5 are never allowed in v0, whatever the config says. */
const NEVER_ALLOWED_RISK = 4;
const compiledCache = new WeakMap();
/** The config's patterns, compiled once per config object (a config is never mutated). */
function compilePolicy(config) {
    const cached = compiledCache.get(config);
    if (cached)
        return cached;
    const rails = config.safetyRails;
    const typePaths = new Map();
    for (const [type, patterns] of Object.entries(rails.typePaths))
        typePaths.set(type, (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedPatternSet */ .mD)('anchored', patterns));
    const wildcardPatterns = [
        ...new Set(config.wildcardFeature.allowedTypes.flatMap(t => rails.typePaths[t] ?? []))
    ];
    const compiled = {
        blocked: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedPatternSet */ .mD)('blocked', rails.blockedPaths),
        allowed: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedPatternSet */ .mD)('anchored', rails.allowedPaths),
        typePaths,
        wildcardPaths: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedPatternSet */ .mD)('anchored', wildcardPatterns)
    };
    compiledCache.set(config, compiled);
    return compiled;
}
/** A quoted name for a message: JSON, with hidden and control characters spelled out as escapes. */
const q = _threats_js__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG;
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
    const watched = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizePath */ .Fd)(configPath);
    return watched.ok ? watched.path : undefined;
}
/**
 * risk-too-high, type-not-allowed, wildcard-disabled and wildcard-risk: the proposal's metadata.
 * The risk judged is the effective one: the declared risk raised by the config's floors (risk.ts).
 */
function judgeMetadata(proposal, config, out) {
    const rails = config.safetyRails;
    const wildcard = config.wildcardFeature;
    const assessed = (0,_risk_js__WEBPACK_IMPORTED_MODULE_2__/* .assessRisk */ .ys)(proposal, config);
    const risk = assessed.effective;
    const shown = (0,_risk_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRisk */ .bG)(assessed);
    if (!Number.isInteger(risk) || risk < 0 || risk >= NEVER_ALLOWED_RISK) {
        out.add('risk-too-high', `${shown} is never allowed: risk 4 and 5 always fail, and the scale is 0 to 5`);
    }
    else if (risk > rails.maxRiskLevel) {
        out.add('risk-too-high', `${shown} is above safetyRails.maxRiskLevel ${rails.maxRiskLevel}`);
    }
    if (!rails.allowedChangeTypes.includes(proposal.type)) {
        out.add('type-not-allowed', `the type ${q(proposal.type)} is not in safetyRails.allowedChangeTypes`);
    }
    if (proposal.type === 'wildcard') {
        if (!wildcard.enabled)
            out.add('wildcard-disabled', 'a wildcard was proposed, but wildcardFeature.enabled is false');
        if (!(risk <= wildcard.maxRiskLevel)) {
            out.add('wildcard-risk', `${shown} is above wildcardFeature.maxRiskLevel ${wildcard.maxRiskLevel}`);
        }
    }
    return assessed;
}
/**
 * invalid-path, blocked-path, path-not-allowed and the type-path rules for one path of a
 * proposal. Returns the path as the rules see it, or undefined when it is not a valid path.
 */
function judgePath(raw, proposal, j, out) {
    const stripDotSlash = proposal.source === 'claimed';
    let path = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizedQuickly */ .Yn)(raw, stripDotSlash);
    if (path === undefined) {
        const n = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizePath */ .Fd)(raw, stripDotSlash);
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
    else if (j.promptFile !== undefined && path.toLowerCase() === j.promptFile) {
        out.add('blocked-path', `${q(path)} is the agent's prompt extension (agent.promptFile); the agent may not change its own instructions`, raw);
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
/** The two modes git gives a regular file: modeKind reads both as 'file'. */
const REGULAR_FILE_MODES = new Set(['100644', '100755']);
/** The file-type bits of a git mode (S_IFMT). */
const FILE_TYPE = 0o170000;
/**
 * What a mode makes an entry. git keeps only a mode's file-type bits and executable bit
 * (canon_mode), so 120644 and 120777 are symbolic links and 160644 a gitlink, whichever reader
 * produced them; a directory's 040000 is recorded as a gitlink too (create_ce_mode). A mode that
 * is not octal, or has any other type, is no git file mode at all.
 */
function modeKind(mode) {
    if (!/^[0-7]{6}$/.test(mode))
        return 'invalid';
    switch (parseInt(mode, 8) & FILE_TYPE) {
        case 0o100000:
            return 'file';
        case 0o120000:
            return 'symlink';
        case 0o160000:
            return 'submodule';
        case 0o040000:
            return 'directory';
        default:
            return 'invalid';
    }
}
/**
 * symlink and submodule: what a file is, or was, other than a file, by the mode's file-type bits;
 * a mode with no valid git type fails invalid-path. A deletion removes it; an added file has no
 * previous mode to judge.
 */
function judgeKind(file, out) {
    if (file.status === 'deleted')
        return;
    const modes = [];
    if (file.mode !== undefined)
        modes.push([file.mode, 'is']);
    if (file.previousMode !== undefined && file.status !== 'added')
        modes.push([file.previousMode, 'was']);
    // The common case, a regular file before and after, breaks no rule here: no need to parse it.
    if (modes.every(([mode]) => REGULAR_FILE_MODES.has(mode)))
        return;
    // One violation per rule: what the file is now, else what it was.
    const first = (kinds) => modes.find(([mode]) => kinds.includes(modeKind(mode)));
    const link = first(['symlink']);
    if (link)
        out.add('symlink', `${q(file.path)} ${link[1]} a symbolic link (mode ${link[0]})`, file.path);
    const sub = first(['submodule', 'directory']);
    if (sub) {
        const what = modeKind(sub[0]) === 'directory' ? 'a directory entry, which git records as a submodule' : 'a submodule';
        out.add('submodule', `${q(file.path)} ${sub[1]} ${what} (mode ${sub[0]})`, file.path);
    }
    const bad = first(['invalid']);
    if (bad) {
        const message = `${q(file.path)} has the mode ${q(bad[0])}, which is no git file mode (expected six octal digits such as 100644)`;
        out.add('invalid-path', message, file.path);
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
/** ci-skip-marker and hidden-text on the title, the description and the commit messages. */
function judgeThreatMetadata(proposal, out) {
    const texts = [{ what: 'the title', text: proposal.title }];
    if (proposal.description !== undefined)
        texts.push({ what: 'the description', text: proposal.description });
    (proposal.commitMessages ?? []).forEach((text, i) => texts.push({ what: `commit message ${i + 1}`, text }));
    for (const v of (0,_threats_js__WEBPACK_IMPORTED_MODULE_4__/* .metadataThreats */ .RO)(texts))
        out.add(v.rule, v.message);
}
/** config-loosened, for a proposal that touches the watched config file. */
function judgeConfigFile(proposal, watchedConfig, out) {
    const strip = proposal.source === 'claimed';
    const rulePath = (raw) => (0,_normalize_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizedQuickly */ .Yn)(raw, strip);
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
    const risk = judgeMetadata(proposal, j.config, out);
    if (proposal.patchProblem)
        out.add(proposal.patchProblem.rule, proposal.patchProblem.message);
    if (proposal.metadataProblem !== undefined) {
        out.add('proposal-metadata-invalid', `the agent's proposal file is missing or invalid: ${q((0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .cap */ .Np)(proposal.metadataProblem, 300))}; a change needs a valid title, type, riskLevel and effort of its own`);
    }
    judgeThreatMetadata(proposal, out);
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
        for (const v of (0,_threats_js__WEBPACK_IMPORTED_MODULE_4__/* .fileThreatViolations */ .x7)(file, rails.allowedUrlHosts ?? []))
            out.add(v.rule, v.message, file.path);
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
        effectiveRisk: risk.effective,
        riskRaisedBy: risk.raisedBy.map(r => r.floor),
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
        watchedConfig: watchedPath(input.configPath),
        // A config built by hand (tests, older callers) may lack the agent block.
        promptFile: watchedPath(input.config.agent?.promptFile ?? '')?.toLowerCase()
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

/***/ 12147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gq: () => (/* binding */ REV),
  Wb: () => (/* binding */ looksBinary),
  sh: () => (/* binding */ readGitChanges),
  v3: () => (/* binding */ readGitFile)
});

// UNUSED EXPORTS: DIFF_ARGS, DiffReader, attributedPaths, oidsOf, parseDiffOutput, parseRange

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/git/cat-file.ts
var cat_file = __webpack_require__(80499);
// EXTERNAL MODULE: ./src/git/run.ts
var run = __webpack_require__(73073);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(44795);
;// CONCATENATED MODULE: ./src/policy/quote.ts
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
// ignoreBOM: a name may start with U+FEFF, and git keeps it; the decoder must not drop it.
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
/**
 * Decode a quoted path that starts at `text[start]` (a double quote). Returns the path and the
 * index just past the closing quote. Invalid UTF-8 decodes to U+FFFD, which normalizePath refuses.
 */
function unquoteCPath(text, start = 0) {
    if (text[start] !== '"')
        throw new PolicyInputError(`expected a quoted path at ${JSON.stringify(text)}`);
    const bytes = [];
    let i = start + 1;
    for (;;) {
        if (i >= text.length)
            throw new PolicyInputError(`unterminated quoted path ${JSON.stringify(text)}`);
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
                throw new PolicyInputError(`unknown escape "\\${next ?? ''}" in quoted path ${JSON.stringify(text)}`);
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

// EXTERNAL MODULE: ./src/policy/secrets.ts
var secrets = __webpack_require__(45915);
// EXTERNAL MODULE: ./src/policy/threats.ts
var threats = __webpack_require__(58571);
// EXTERNAL MODULE: ./src/policy/unified-diff.ts + 1 modules
var unified_diff = __webpack_require__(26690);
;// CONCATENATED MODULE: ./src/policy/git.ts
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
        throw new errors/* PolicyInputError */.H(`--git ${JSON.stringify(range)} is not a valid range; expected BASE..HEAD or BASE...HEAD with two revisions`);
    }
    return { base, head, symmetric };
}
/** Run git without a shell. Output is collected, or written to `stdoutFd`. */
function spawnGit(repo, args, input, stdoutFd, env = undefined) {
    const options = { cwd: repo, env: env ?? (0,run/* trustedGitEnv */.F$)(), windowsHide: true };
    const child = stdoutFd === undefined
        ? (0,external_node_child_process_.spawn)('git', args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] })
        : (0,external_node_child_process_.spawn)('git', args, { ...options, stdio: ['pipe', stdoutFd, 'pipe'] });
    const out = [];
    const err = [];
    // Listened to first: a start that fails (no git, no file descriptor left) leaves the streams
    // unset, and its error must reach `done`, not end the process.
    const done = new Promise((resolve, reject) => {
        child.on('error', error => reject(new errors/* PolicyInputError */.H(`cannot run git (${error.message})`)));
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
    return new errors/* PolicyInputError */.H(`${JSON.stringify(repo)} is not a git repository; expected --repo to name one`);
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
    throw new errors/* PolicyInputError */.H(`git diff printed output that cannot be read (${what})`);
}
function expectedHeader(entry) {
    return (entry.header ??= `diff --git ${quoteCPath(`a/${entry.oldPath}`)} ${quoteCPath(`b/${entry.file.path}`)}`);
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
const ADDED_LINE_HINT = new RegExp(`(?:^|\\n)\\+[^\\n]*?(?:${secrets/* SECRET_HINT_SOURCE */.vd})`, 'g');
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
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
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
    /** The threat scan of each entry with a hinted line, by entry index. */
    threatScans = new Map();
    /** The new-file number of the next hunk line, at the end of the last text scanned. */
    nextNewLine;
    /** Where counting new-file lines last stopped, so that each line is counted once. */
    lineCursor = { text: '', pos: 0, n: NaN, nextHeader: -1 };
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
        for (const [index, scan] of this.threatScans)
            Object.assign(this.entries[index].file, scan.result());
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
            const lo = regionOf(starts, lineStart);
            if (lineStart < hunks[lo])
                continue;
            const kinds = (0,secrets/* findSecrets */.dL)(text.slice(lineStart + 1, lineEnd));
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
        this.threats(text, { starts, hunks, sections, continuing, continuingHeader });
    }
    /**
     * The content threat rules: lines the hint finds are decoded (the patch is read as latin1)
     * and scanned, added lines for every rule, removed and context lines for the hosts they name.
     */
    threats(text, regions) {
        const { starts, hunks, sections } = regions;
        for (const lineStart of (0,threats/* hintedLineStarts */.mr)(text)) {
            let lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd === -1)
                lineEnd = text.length;
            const lo = regionOf(starts, lineStart);
            const mark = text.charCodeAt(lineStart);
            if (lineStart < hunks[lo] || (mark !== 0x2b && mark !== 0x20 && mark !== 0x2d))
                continue;
            const index = this.owners[sections[lo]];
            const entry = this.entries[index];
            const header = lo === 0 && regions.continuing ? regions.continuingHeader : headerAt(text, starts[lo]);
            if (header !== expectedHeader(entry)) {
                malformed(`a patch header does not belong to ${JSON.stringify(entry.file.path)}`);
            }
            let scan = this.threatScans.get(index);
            if (!scan)
                this.threatScans.set(index, (scan = new threats/* ThreatScan */.GU()));
            const line = (0,threats/* decodeLatin1Line */.S4)(text.slice(lineStart + 1, lineEnd));
            if (mark === 0x2b)
                scan.addedLine(line, this.newLineAt(text, lineStart, lo === 0 && regions.continuing));
            else
                scan.knownLine(line);
        }
        const continuingToEnd = starts.length === 1 && regions.continuing;
        this.nextNewLine = this.inHunk ? this.newLineAt(text, text.length, continuingToEnd) : undefined;
    }
    /**
     * The new-file number of the hunk line starting at `at`: counted from the last `@@` header
     * before it, or, in a text that continues the last text's hunk, from where that one ended.
     * Calls come in increasing order within a text, so each line is passed over once.
     */
    newLineAt(text, at, continuing) {
        let c = this.lineCursor;
        if (c.text !== text || c.pos > at) {
            const n = continuing && this.nextNewLine !== undefined ? this.nextNewLine : NaN;
            c = this.lineCursor = { text, pos: 0, n, nextHeader: nextHeaderFrom(text, 0) };
        }
        while (c.nextHeader !== -1 && c.nextHeader < at) {
            const m = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(text.slice(c.nextHeader, c.nextHeader + 80));
            const eol = text.indexOf('\n', c.nextHeader);
            c.n = m ? Number(m[1]) : NaN;
            c.pos = eol === -1 ? text.length : eol + 1;
            c.nextHeader = nextHeaderFrom(text, c.pos);
        }
        while (c.pos < at) {
            const mark = text.charCodeAt(c.pos);
            if (mark !== 0x2d && mark !== 0x5c)
                c.n++;
            const eol = text.indexOf('\n', c.pos);
            c.pos = eol === -1 ? text.length : eol + 1;
        }
        return Number.isNaN(c.n) ? undefined : c.n;
    }
}
/** Where the next `@@` header line at or after `from` starts; -1 when none. */
function nextHeaderFrom(text, from) {
    if (text.startsWith('@@ ', from))
        return from;
    const at = text.indexOf('\n@@ ', from);
    return at === -1 ? -1 : at + 1;
}
/** The region holding the line that starts at `lineStart`. */
function regionOf(starts, lineStart) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= lineStart)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
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
    const size = (0,external_node_fs_.fstatSync)(fd).size;
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
        const n = (0,external_node_fs_.readSync)(fd, buffer, read, size - read, read);
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
            : new errors/* PolicyInputError */.H(`git cat-file failed: ${firstLine(result.stderr)}`);
    try {
        return (0,cat_file/* parseCatFileBatch */["if"])(result.stdout, names.length);
    }
    catch (error) {
        if (error instanceof cat_file/* CatFileFormatError */.cL)
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
        throw new errors/* PolicyInputError */.H(`cannot read ${JSON.stringify(path)} at ${JSON.stringify(rev)}; expected a revision and a path`);
    }
    const [obj] = await catFileBatch(repo, [`${rev}:${path}`], env);
    if (obj && obj.type !== 'blob') {
        throw new errors/* PolicyInputError */.H(`${path} at ${rev} is a ${obj.type}, not a file; expected a JSON file`);
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
    return new errors/* PolicyInputError */.H('reading the change from git was cancelled');
}
/**
 * Two private files in a directory of their own. Once open, they live on through their
 * descriptors only: removed at once, no copy of the change (credentials included) is left on
 * disk, whatever becomes of this process. A system that cannot remove an open file (Windows)
 * removes them on `close`.
 */
function openScratch(scratchDir) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(scratchDir ?? (0,external_node_os_.tmpdir)(), 'self-evolution-diff-'));
    const diffPath = (0,external_node_path_.join)(dir, 'diff');
    const attrPath = (0,external_node_path_.join)(dir, 'attr');
    let diffFd = -1;
    let attrFd = -1;
    let removed = false;
    const close = () => {
        if (diffFd !== -1)
            (0,external_node_fs_.closeSync)(diffFd);
        if (attrFd !== -1)
            (0,external_node_fs_.closeSync)(attrFd);
        if (!removed)
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    };
    try {
        diffFd = (0,external_node_fs_.openSync)(diffPath, 'w+', 0o600);
        attrFd = (0,external_node_fs_.openSync)(attrPath, 'w+', 0o600);
    }
    catch (error) {
        close();
        throw error;
    }
    try {
        (0,external_node_fs_.unlinkSync)(diffPath);
        (0,external_node_fs_.unlinkSync)(attrPath);
        (0,external_node_fs_.rmdirSync)(dir);
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
                throw new errors/* PolicyInputError */.H(`git check-attr failed: ${firstLine(result.stderr)}`);
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
        for (let n = (0,external_node_fs_.readSync)(fd, buffer, 0, READ_SIZE, position); n > 0;) {
            position += n;
            reader.push(buffer.subarray(0, n));
            n = (0,external_node_fs_.readSync)(fd, buffer, 0, READ_SIZE, position);
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
    return new errors/* PolicyInputError */.H(`--git ${JSON.stringify(opts.range)} cannot be read: ${firstLine(result.stderr)}; expected a range of two commits in ${opts.repo}`);
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
        throw new errors/* PolicyInputError */.H(`git diff --text failed: ${firstLine(result.stderr)}`);
    const again = (0,unified_diff/* parseUnifiedDiff */.rj)(result.stdout.toString('utf8'));
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
        if (file.threats)
            target.file.threats = file.threats;
        if (file.urlHosts)
            target.file.urlHosts = file.urlHosts;
    }
}


/***/ }),

/***/ 4965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mD: () => (/* binding */ sharedPatternSet)
});

// UNUSED EXPORTS: blockedGlobs, compileAnchored, compileBlocked, globProblem, normalizePath

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/policy/glob-rules.ts
var glob_rules = __webpack_require__(97768);
;// CONCATENATED MODULE: ./src/policy/automaton.ts
/**
 * A matcher for the regular expressions picomatch compiles globs to, linear in the path's length.
 *
 * JavaScript's own engine backtracks: `**` followed by `a*a*a*…b` (the shape picomatch emits for
 * `** /a*a*a*…*b`) takes exponential time on a path that almost matches. Here the expression is
 * parsed into a Thompson automaton (one state per character test, split or assertion) and run
 * as a set of states, one step per character of the path, so a path of n characters costs at most
 * O(n × states). The sets met are cached as the states of a deterministic automaton built on the
 * fly, so the common case costs one table look-up per character.
 *
 * The subset of JavaScript's syntax understood is what picomatch emits: characters, escapes of
 * punctuation, classes, `.`, `^`, `$`, groups, alternation, quantifiers, and lookaheads whose
 * body has a bounded length (picomatch's `(?=.)` and `(?!\.{1,2}(?:\/|$))`). Anything else
 * (backreferences, lookbehinds, `\d`-style escapes, an unbounded lookahead) is refused when the
 * expression is compiled, never matched approximately.
 *
 * Semantics are JavaScript's, without the `u` flag (code units), with one deliberate difference:
 * `.` matches every character. JavaScript's `.` stops at the line terminators U+2028 and U+2029,
 * which a normalized path may hold, so picomatch's `dist/**` did not match `dist/a\u2028b`.
 * Whether a character belongs to a class (with or without the `i` flag) is asked of JavaScript's
 * engine itself, one character against one class, and remembered.
 */

const CHAR = 0;
const SPLIT = 1;
const ASSERT = 2;
const MATCH = 3;
const START = 0;
const END = 1;
/** Assertion ids are bits of a 31-bit mask: start, end and at most 29 distinct lookaheads. */
const MAX_LOOKAHEADS = 29;
/** States one expression may compile to (a 1,000-character glob needs a few thousand). */
const MAX_STATES = 100_000;
const MAX_LOOKAHEAD_LENGTH = 64;
const MAX_REPEAT = 64;
/** Entries (states, closures, transitions) the cache holds before it starts afresh. */
const MAX_CACHED = 500_000;
/** An expression outside the supported subset; `tag` names the expression's pattern. */
class RegexSubsetError extends Error {
    name = 'RegexSubsetError';
    tag;
}
/** A recursive-descent parser for the subset; positions are code units. */
class Parser {
    src;
    pos = 0;
    constructor(src) {
        this.src = src;
    }
    parse() {
        const node = this.alt();
        if (this.pos !== this.src.length)
            this.fail(`an unmatched ${(0,glob_rules/* showPattern */.uz)(this.src[this.pos])}`);
        return node;
    }
    fail(what) {
        throw new RegexSubsetError(`the expression has ${what} at offset ${this.pos}`);
    }
    alt() {
        const items = [this.seq()];
        while (this.src[this.pos] === '|') {
            this.pos++;
            items.push(this.seq());
        }
        return items.length === 1 ? items[0] : { k: 'alt', items };
    }
    seq() {
        const items = [];
        while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
            const atom = this.atom();
            items.push(this.quantified(atom));
        }
        return items.length === 1 ? items[0] : { k: 'seq', items };
    }
    quantified(atom) {
        const next = this.src[this.pos];
        if (next !== '*' && next !== '+' && next !== '?' && next !== '{')
            return atom;
        const rest = this.src.slice(this.pos, this.pos + 24);
        let min;
        let max;
        const braced = /^\{(\d+)(,(\d*))?\}/.exec(rest);
        if (rest[0] === '*')
            [min, max] = [0, Infinity];
        else if (rest[0] === '+')
            [min, max] = [1, Infinity];
        else if (rest[0] === '?')
            [min, max] = [0, 1];
        else if (braced) {
            min = Number(braced[1]);
            max = braced[2] === undefined ? min : braced[3] === '' ? Infinity : Number(braced[3]);
            if (min > MAX_REPEAT || (max !== Infinity && (max > MAX_REPEAT || max < min)))
                this.fail('a repetition too large');
        }
        else
            return atom;
        if (atom.k === 'start' || atom.k === 'end' || atom.k === 'look')
            this.fail('a repeated assertion');
        this.pos += braced && rest[0] === '{' ? braced[0].length : 1;
        if (this.src[this.pos] === '?')
            this.pos++;
        return { k: 'rep', node: atom, min, max };
    }
    atom() {
        const ch = this.src[this.pos];
        if (ch === '(')
            return this.group();
        if (ch === '[')
            return this.charClass();
        this.pos++;
        if (ch === '^')
            return { k: 'start' };
        if (ch === '$')
            return { k: 'end' };
        if (ch === '.')
            return { k: 'set', src: '.' };
        if (ch === '\\') {
            const escape = this.escapeAt(this.pos - 1);
            this.pos += escape.length - 1;
            return { k: 'set', src: escape };
        }
        if (ch === '*' || ch === '+' || ch === '?')
            this.fail(`nothing to repeat before ${(0,glob_rules/* showPattern */.uz)(ch)}`);
        if (ch === '{' && /^\{\d+(,\d*)?\}/.test(this.src.slice(this.pos - 1, this.pos + 24)))
            this.fail('nothing to repeat before "{"');
        return { k: 'set', src: /[\]{}]/.test(ch) ? `\\${ch}` : ch };
    }
    /**
     * The escape at `at` (a backslash): punctuation, or a character spelled out as RegExp.source
     * spells line terminators (`\\n`, `\\u2028`). Class escapes (`\\d`), backreferences and the
     * like are refused.
     */
    escapeAt(at) {
        const spelled = /^\\(?:[^A-Za-z0-9]|[nrtvf]|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2})/.exec(this.src.slice(at, at + 6));
        if (spelled === null) {
            this.pos = at;
            this.fail(`the escape ${(0,glob_rules/* showPattern */.uz)(this.src.slice(at, at + 2))}`);
        }
        return spelled[0];
    }
    group() {
        const open = this.src.slice(this.pos, this.pos + 3);
        const at = this.pos;
        let look;
        if (open === '(?:')
            this.pos += 3;
        else if (open === '(?=' || open === '(?!') {
            look = open === '(?!';
            this.pos += 3;
        }
        else if (open.startsWith('(?'))
            this.fail(`the group ${(0,glob_rules/* showPattern */.uz)(open)}`);
        else
            this.pos += 1;
        const body = this.alt();
        if (this.src[this.pos] !== ')')
            this.fail('an unclosed group');
        this.pos++;
        if (look === undefined)
            return body;
        return { k: 'look', neg: look, src: this.src.slice(at, this.pos), body };
    }
    charClass() {
        const at = this.pos;
        let i = this.pos + 1;
        if (this.src[i] === '^')
            i++;
        for (; i < this.src.length && this.src[i] !== ']'; i++) {
            if (this.src[i] === '\\')
                i += this.escapeAt(i).length - 1;
        }
        if (i >= this.src.length)
            this.fail('an unclosed class');
        this.pos = i + 1;
        const src = this.src.slice(at, this.pos);
        try {
            new RegExp(src);
        }
        catch {
            this.fail(`the class ${(0,glob_rules/* showPattern */.uz)(src)}, which JavaScript refuses`);
        }
        return { k: 'set', src };
    }
}
/** The longest string a node can match (Infinity when unbounded). */
function maxLength(node) {
    switch (node.k) {
        case 'set':
            return 1;
        case 'seq':
            return node.items.reduce((sum, item) => sum + maxLength(item), 0);
        case 'alt':
            return Math.max(...node.items.map(maxLength));
        case 'rep': {
            const one = maxLength(node.node);
            return one === 0 ? 0 : node.max === Infinity ? Infinity : one * node.max;
        }
        default:
            return 0;
    }
}
/** One class (or character) tested against one code unit, the answer remembered. */
class CharSet {
    src;
    flags;
    ascii = new Int8Array(128).fill(-1);
    other = new Map();
    re;
    any;
    literal;
    constructor(src, flags) {
        this.src = src;
        this.flags = flags;
        this.any = src === '.' || src === '[^]';
        const plain = src.length === 1 ? src : src.length === 2 && /^\\[^A-Za-z0-9]$/.test(src) ? src[1] : '';
        this.literal = plain !== '' && !flags.includes('i') ? plain.charCodeAt(0) : -1;
    }
    /** JavaScript's own answer for one code unit: a one-character test, which cannot backtrack. */
    ask(code) {
        this.re ??= new RegExp(`^(?:${this.src})$`, this.flags);
        return this.re.test(String.fromCharCode(code));
    }
    test(code) {
        if (this.any)
            return true;
        if (this.literal >= 0)
            return code === this.literal;
        if (code < 128) {
            const known = this.ascii[code];
            if (known !== -1)
                return known === 1;
            const yes = this.ask(code);
            this.ascii[code] = yes ? 1 : 0;
            return yes;
        }
        let yes = this.other.get(code);
        if (yes === undefined) {
            yes = this.ask(code);
            this.other.set(code, yes);
        }
        return yes;
    }
}
/** Where the steps of calls nobody counts go. */
const UNCOUNTED = { steps: 0 };
const UNKNOWN = -1;
const NO = 0;
const YES = 1;
const UNDECIDED = 2;
/** Entries each process-wide cache below holds at most (past that, objects are not shared). */
const SHARED_LIMIT = 512;
/** Classes, and lookahead bodies as cached automata, shared by every compiled set: both are pure. */
const charSetCache = new Map();
const lookaheadCache = new Map();
function cachedIn(cache, key, make) {
    let value = cache.get(key);
    if (value === undefined) {
        value = make();
        if (cache.size < SHARED_LIMIT)
            cache.set(key, value);
    }
    return value;
}
/** The tables of one compiled set: its classes and lookahead bodies, by id. */
class Shared {
    flags;
    sets = [];
    setIds = new Map();
    looks = [];
    lookIds = new Map();
    constructor(flags) {
        this.flags = flags;
    }
    set(src) {
        let id = this.setIds.get(src);
        if (id === undefined) {
            id = this.sets.length;
            this.sets.push(cachedIn(charSetCache, `${this.flags}\0${src}`, () => new CharSet(src, this.flags)));
            this.setIds.set(src, id);
        }
        return id;
    }
    /** The assertion id of a lookahead body (2 and up). */
    look(src, body) {
        let id = this.lookIds.get(src);
        if (id === undefined) {
            const length = maxLength(body);
            if (length > MAX_LOOKAHEAD_LENGTH)
                throw new RegexSubsetError(`the lookahead ${(0,glob_rules/* showPattern */.uz)(src)} has no bounded length`);
            if (this.looks.length >= MAX_LOOKAHEADS)
                throw new RegexSubsetError('the expression has too many lookaheads');
            // A body has tables of its own, so that its automaton can serve every compiled set.
            const dfa = cachedIn(lookaheadCache, `${this.flags}\0${src}`, () => {
                const automaton = new Automaton(new Shared(this.flags));
                automaton.addPattern(body, 0);
                return new Dfa(automaton);
            });
            this.looks.push(dfa);
            id = this.looks.length + 1;
            this.lookIds.set(src, id);
        }
        return id;
    }
    /** Whether assertion `id` holds at position i: start, end, or a lookahead's body matching from i. */
    assertion(id, path, i, work) {
        if (id === START)
            return i === 0;
        if (id === END)
            return i === path.length;
        return this.looks[id - 2].matchesPrefix(path, i, work);
    }
}
/** A Thompson automaton: flat arrays, one entry per state. */
class Automaton {
    shared;
    kind = [];
    out1 = [];
    out2 = [];
    /** CHAR: the class id; ASSERT: the assertion id; MATCH: the pattern's tag. */
    arg = [];
    neg = [];
    starts = [];
    patternStart = 0;
    mark = new Uint32Array(0);
    generation = 0;
    constructor(shared) {
        this.shared = shared;
    }
    get size() {
        return this.kind.length;
    }
    add(kind, out1, out2, arg, neg = false) {
        if (this.kind.length - this.patternStart >= MAX_STATES)
            throw new RegexSubsetError('the expression is too large');
        this.kind.push(kind);
        this.out1.push(out1);
        this.out2.push(out2);
        this.arg.push(arg);
        this.neg.push(neg);
        return this.kind.length - 1;
    }
    /** Adds one expression; a match of it reports `tag`. */
    addPattern(node, tag) {
        this.patternStart = this.kind.length;
        const match = this.add(MATCH, -1, -1, tag);
        this.starts.push(this.emit(node, match));
    }
    /** Builds the states of `node`, backwards: returns its first state, which leads on to `next`. */
    emit(node, next) {
        switch (node.k) {
            case 'set':
                return this.add(CHAR, next, -1, this.shared.set(node.src));
            case 'start':
                return this.add(ASSERT, next, -1, START);
            case 'end':
                return this.add(ASSERT, next, -1, END);
            case 'look':
                return this.add(ASSERT, next, -1, this.shared.look(node.src, node.body), node.neg);
            case 'seq':
                for (let i = node.items.length - 1; i >= 0; i--)
                    next = this.emit(node.items[i], next);
                return next;
            case 'alt': {
                let first = this.emit(node.items[node.items.length - 1], next);
                for (let i = node.items.length - 2; i >= 0; i--)
                    first = this.add(SPLIT, this.emit(node.items[i], next), first, 0);
                return first;
            }
            case 'rep':
                return this.emitRepeat(node, next);
        }
    }
    emitRepeat(node, next) {
        let first = next;
        if (node.max === Infinity) {
            const loop = this.add(SPLIT, -1, next, 0);
            this.out1[loop] = this.emit(node.node, loop);
            first = loop;
        }
        else {
            for (let i = node.min; i < node.max; i++)
                first = this.add(SPLIT, this.emit(node.node, first), next, 0);
        }
        for (let i = 0; i < node.min; i++)
            first = this.emit(node.node, first);
        return first;
    }
    /** Fresh marks for one pass over the states. */
    beginPass() {
        if (this.mark.length < this.size)
            this.mark = new Uint32Array(this.size);
        if (++this.generation === 0xffffffff) {
            this.mark.fill(0);
            this.generation = 1;
        }
        return this.generation;
    }
    seen(state, generation) {
        if (this.mark[state] === generation)
            return true;
        this.mark[state] = generation;
        return false;
    }
    /**
     * Follows splits and assertions from `from` at position i of path. Returns the character states
     * reached and the smallest tag of a match reached (-1 when none); `holds` answers assertions.
     */
    closure(from, holds, work) {
        const generation = this.beginPass();
        const stack = Array.from(from);
        const chars = [];
        let tag = -1;
        while (stack.length > 0) {
            const s = stack.pop();
            if (this.seen(s, generation))
                continue;
            work.steps++;
            const kind = this.kind[s];
            if (kind === CHAR)
                chars.push(s);
            else if (kind === SPLIT)
                stack.push(this.out2[s], this.out1[s]);
            else if (kind === MATCH)
                tag = tag === -1 ? this.arg[s] : Math.min(tag, this.arg[s]);
            else if (holds(this.arg[s]) !== this.neg[s])
                stack.push(this.out1[s]);
        }
        return { chars, tag };
    }
    /** The states after the character `code`, from the character states `chars`. */
    step(chars, code, work) {
        const generation = this.beginPass();
        const next = [];
        for (const s of chars) {
            work.steps++;
            const to = this.out1[s];
            if (this.shared.sets[this.arg[s]].test(code) && !this.seen(to, generation))
                next.push(to);
        }
        return next;
    }
}
function anchored(node) {
    return node.k === 'start' || (node.k === 'seq' && node.items[0]?.k === 'start');
}
/** Parses an expression of the subset, or throws RegexSubsetError saying what is not supported. */
function parseExpression(source) {
    const node = new Parser(source).parse();
    // Search semantics, as RegExp.test: an expression not anchored at the start may begin anywhere.
    return anchored(node)
        ? node
        : { k: 'seq', items: [{ k: 'rep', node: { k: 'set', src: '[^]' }, min: 0, max: Infinity }, node] };
}
/**
 * An automaton run as a deterministic one, built lazily and cached: each deterministic state is a
 * set of the automaton's states. `run` reads path from position `from` and answers the smallest
 * tag of a match reached (RegExp.test semantics from `from`), or -1; `stopAtAny` stops at the
 * first match (a lookahead's body: it matched a prefix of path[from..]).
 */
class Dfa {
    nfa;
    cache = new Map();
    cached = 0;
    initial;
    words;
    /** Per ASCII character inside a path: whether it alone decides this lookahead body. */
    firstInside = new Int8Array(128).fill(UNKNOWN);
    constructor(nfa) {
        this.nfa = nfa;
        this.words = new Uint16Array(Math.ceil(nfa.size / 16) + 1);
        this.initial = this.intern([...nfa.starts]);
    }
    /**
     * For a lookahead's body: whether it matches a prefix of path[i..]. Inside the path, the answer
     * is usually decided by the first character alone (picomatch's bodies start with "." or "/"),
     * and is then remembered per character, so most positions cost one array look-up.
     */
    matchesPrefix(path, i, work) {
        const code = i > 0 && i < path.length ? path.charCodeAt(i) : 128;
        if (code < 128) {
            let known = this.firstInside[code];
            if (known === UNKNOWN)
                known = this.firstInside[code] = this.decideByFirst(code, work);
            work.steps++;
            if (known !== UNDECIDED)
                return known === YES;
        }
        return this.run(path, i, true, work) !== -1;
    }
    /** Inside a path (not at its start or end), whether the first character alone decides. */
    decideByFirst(code, work) {
        const d = this.initial;
        // Only the start and end assertions are known from the position alone.
        if ((d.need & ~((1 << START) | (1 << END))) !== 0)
            return UNDECIDED;
        const closed = d.byContext.get(0) ?? this.close(d, 0, work);
        if (closed.tag !== -1)
            return YES;
        const next = (code < 128 ? closed.ascii[code] : undefined) ?? this.advance(closed, code, work);
        return next.kernel.length === 0 ? NO : UNDECIDED;
    }
    run(path, from, stopAtAny, work) {
        let d = this.initial;
        let best = -1;
        for (let i = from; d.kernel.length > 0; i++) {
            work.steps++;
            const context = d.need === 0 ? 0 : this.context(d.need, path, i, work);
            const closed = (d.lastContext === context ? d.lastClosed : undefined) ??
                d.byContext.get(context) ??
                this.close(d, context, work);
            d.lastContext = context;
            d.lastClosed = closed;
            if (closed.tag !== -1) {
                if (stopAtAny)
                    return closed.tag;
                if (best === -1 || closed.tag < best)
                    best = closed.tag;
            }
            if (i === path.length)
                break;
            const code = path.charCodeAt(i);
            d = (code < 128 ? closed.ascii[code] : closed.next.get(code)) ?? this.advance(closed, code, work);
        }
        return best;
    }
    /** The answers, as a bit mask, of the assertions in `need` at position i. */
    context(need, path, i, work) {
        let bits = 0;
        if ((need & (1 << START)) !== 0 && i === 0)
            bits |= 1 << START;
        if ((need & (1 << END)) !== 0 && i === path.length)
            bits |= 1 << END;
        const looks = this.nfa.shared.looks;
        const code = i > 0 && i < path.length ? path.charCodeAt(i) : 128;
        for (let k = 0, rest = need >>> 2; rest !== 0; k++, rest >>>= 1) {
            if ((rest & 1) === 0)
                continue;
            // The common answer, decided by the next character alone, without a call.
            const known = code < 128 ? looks[k].firstInside[code] : UNKNOWN;
            if (known === YES || (known !== NO && looks[k].matchesPrefix(path, i, work)))
                bits |= 4 << k;
        }
        return bits;
    }
    close(d, context, work) {
        const { chars, tag } = this.nfa.closure(d.kernel, id => ((context >>> id) & 1) === 1, work);
        const closed = { tag, chars, ascii: new Array(128), next: new Map() };
        d.byContext.set(context, closed);
        this.cached += chars.length + 1;
        return closed;
    }
    advance(closed, code, work) {
        const d = this.intern(this.nfa.step(closed.chars, code, work), work);
        if (code < 128)
            closed.ascii[code] = d;
        else
            closed.next.set(code, d);
        this.cached++;
        if (this.cached > MAX_CACHED) {
            // Start afresh: the cache stays bounded, and each character still costs O(states) at most.
            this.cache = new Map();
            this.cached = 0;
            this.initial = this.intern([...this.nfa.starts]);
        }
        return d;
    }
    /** The deterministic state of a set of automaton states, created once. */
    intern(kernel, work = { steps: 0 }) {
        const words = this.words;
        for (const s of kernel)
            words[s >>> 4] |= 1 << (s & 15);
        let key = '';
        for (let at = 0; at < words.length; at += 4096)
            key += String.fromCharCode(...words.subarray(at, at + 4096));
        words.fill(0);
        work.steps += kernel.length + words.length;
        const known = this.cache.get(key);
        if (known)
            return known;
        const d = {
            kernel,
            need: this.needs(kernel, work),
            byContext: new Map(),
            lastContext: -1,
            lastClosed: undefined
        };
        this.cache.set(key, d);
        this.cached += kernel.length + 1;
        return d;
    }
    /** The assertions reachable from `kernel` without reading a character. */
    needs(kernel, work) {
        const nfa = this.nfa;
        const generation = nfa.beginPass();
        const stack = [...kernel];
        let need = 0;
        while (stack.length > 0) {
            const s = stack.pop();
            if (nfa.seen(s, generation))
                continue;
            work.steps++;
            if (nfa.kind[s] === SPLIT)
                stack.push(nfa.out1[s], nfa.out2[s]);
            else if (nfa.kind[s] === ASSERT) {
                need |= 1 << nfa.arg[s];
                stack.push(nfa.out1[s]);
            }
        }
        return need;
    }
}
/**
 * Several expressions run as one automaton. `first(path)` answers the smallest tag among the
 * expressions that match (RegExp.test semantics), or -1; `any(path)` stops at the first match.
 */
class LinearMatcher {
    shared;
    dfa;
    constructor(expressions, nocase) {
        this.shared = new Shared(nocase ? 'i' : '');
        const nfa = new Automaton(this.shared);
        for (const { source, tag } of expressions) {
            try {
                nfa.addPattern(parseExpression(source), tag);
            }
            catch (error) {
                if (error instanceof RegexSubsetError)
                    error.tag = tag;
                throw error;
            }
        }
        this.dfa = new Dfa(nfa);
    }
    /** The number of states, lookahead bodies included: the "pattern size" of the cost bound. */
    get size() {
        return this.dfa.nfa.size + this.shared.looks.reduce((sum, look) => sum + look.nfa.size, 0);
    }
    any(path, work = UNCOUNTED) {
        return this.dfa.run(path, 0, true, work) !== -1;
    }
    first(path, work = UNCOUNTED) {
        return this.dfa.run(path, 0, false, work);
    }
}
/**
 * Checks that an expression is inside the supported subset and compiles within the limits,
 * without building a matcher: throws RegexSubsetError saying what is not supported.
 */
function automaton_checkExpression(source, nocase) {
    new Automaton(new Shared(nocase ? 'i' : '')).addPattern(parseExpression(source), 0);
}

// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(44795);
;// CONCATENATED MODULE: ./src/policy/paths.ts
/**
 * Path normalization and pattern matching.
 *
 * Every path is normalized (and refused when it cannot be normalized) before it is matched, and
 * matched in Unicode NFC. Each pattern is read by picomatch, which compiles it to a regular
 * expression; the expressions of a list are run together by a linear automaton
 * (./automaton.ts), never by JavaScript's backtracking engine, so a path is read once per list
 * and costs at most O(path length × patterns' size), whatever the patterns. Constructs the
 * automaton cannot match exactly are refused (./glob-rules.ts).
 *
 * - blockedPaths: case-insensitive. A pattern without a slash matches at any depth, as a file
 *   or a folder name (`P` means `** /P` and `** /P/**`, the way .gitignore reads it); a pattern
 *   with a slash is anchored at the root and also blocks everything below it when it names a
 *   folder. A trailing slash (`secrets/`) names a folder at any depth.
 * - allowedPaths and typePaths: anchored at the root, case-sensitive, exactly as written.
 * Both use `dot: true`, so dotfiles and dot-folders are never invisible.
 */





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
const BASE_OPTIONS = { dot: true };
/** picomatch's expression for a glob, with the options every list uses. */
function globSource(glob) {
    return picomatch_default().makeRe(glob, BASE_OPTIONS).source;
}
/**
 * The expressions of a blocked pattern. A plain name without a slash (`.env*`, `package.json`)
 * is a test on each path segment: the same set as picomatch's `** /name` and `** /name/**`
 * (except that `*` may match nothing after a dot, as in `*.*` matching `a.`). Anything else is
 * what picomatch compiles `blockedGlobs` to.
 */
function blockedSources(pattern) {
    let core = pattern.normalize('NFC');
    let folderOnly = false;
    while (core.endsWith('/')) {
        core = core.slice(0, -1);
        folderOnly = true;
    }
    if (core !== '' && !core.includes('/') && !core.includes('**') && PLAIN_NAME.test(core)) {
        return [`^(?:[^]*\\/)?${nameSource(core)}${folderOnly ? '\\/[^]*' : '(?:\\/[^]*)?'}$`];
    }
    return blockedGlobs(pattern).map(globSource);
}
function cannotCompile(pattern, reason) {
    return new errors/* PolicyInputError */.H(`the pattern ${(0,glob_rules/* showPattern */.uz)(pattern)} cannot be compiled (${reason}); expected a glob such as "docs/**/*.md"`);
}
function compile(patterns, expand, nocase) {
    const expressions = [];
    patterns.forEach((pattern, tag) => {
        const problem = (0,glob_rules/* unsupportedGlob */.Sl)(pattern.normalize('NFC'));
        if (problem !== undefined)
            throw new errors/* PolicyInputError */.H(problem);
        let sources;
        try {
            sources = expand(pattern);
        }
        catch (error) {
            throw cannotCompile(pattern, error.message);
        }
        for (const source of sources)
            expressions.push({ source, tag });
    });
    let matcher;
    try {
        matcher = new LinearMatcher(expressions, nocase);
    }
    catch (error) {
        if (!(error instanceof RegexSubsetError))
            throw error;
        throw cannotCompile(patterns[error.tag ?? 0] ?? '', error.message);
    }
    return {
        patterns,
        size: matcher.size,
        test: path => matcher.any(path),
        which: path => {
            const tag = matcher.first(path);
            return tag === -1 ? undefined : patterns[tag];
        },
        work: path => {
            const work = { steps: 0 };
            matcher.any(path, work);
            return work.steps;
        }
    };
}
/** blockedPaths: any depth for a pattern without a slash, case-insensitive. */
function compileBlocked(patterns) {
    return compile(patterns, blockedSources, true);
}
/** allowedPaths and typePaths: anchored at the root, case-sensitive. */
function compileAnchored(patterns) {
    return compile(patterns, p => [globSource(p.normalize('NFC'))], false);
}
/** Compiled lists the process keeps for sharedPatternSet; past this many it starts afresh. */
const MAX_SHARED_SETS = 256;
const sharedSets = new Map();
/**
 * A compiled list from the one cache every user of lists shares (the engine's lists, the risk
 * floors): a list met twice (the same floor twice, a floor that repeats a type's paths, the next
 * config read in the same process) is compiled once, and its automaton warms up once. A set
 * answers the same whoever asked for it first, so sharing it changes no answer.
 */
function sharedPatternSet(kind, patterns) {
    const key = `${kind}\0${JSON.stringify(patterns)}`;
    let set = sharedSets.get(key);
    if (set === undefined) {
        set = kind === 'blocked' ? compileBlocked(patterns) : compileAnchored(patterns);
        if (sharedSets.size >= MAX_SHARED_SETS)
            sharedSets.clear();
        sharedSets.set(key, set);
    }
    return set;
}
/**
 * Why a pattern cannot be used in a list, as one sentence, or undefined when it can: a construct
 * the matcher refuses, or one that does not compile as a blocked or as an anchored pattern.
 */
function globProblem(pattern) {
    const problem = unsupportedGlob(pattern.normalize('NFC'));
    if (problem !== undefined)
        return problem;
    try {
        for (const source of blockedSources(pattern))
            checkExpression(source, true);
        checkExpression(globSource(pattern.normalize('NFC')), false);
    }
    catch (error) {
        return cannotCompile(pattern, error.message).message;
    }
    return undefined;
}


/***/ }),

/***/ 69391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ loosenedFloors),
/* harmony export */   bG: () => (/* binding */ describeRisk),
/* harmony export */   ys: () => (/* binding */ assessRisk)
/* harmony export */ });
/* unused harmony export isOnScale */
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42425);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4965);


const compiledCache = new WeakMap();
function compileFloors(config) {
    const cached = compiledCache.get(config);
    if (cached)
        return cached;
    const rails = config.safetyRails;
    const compiled = {
        path: (rails.riskFloors ?? []).map((floor, i) => ({
            floor,
            key: `safetyRails.riskFloors[${i}]`,
            set: (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedPatternSet */ .mD)('anchored', floor.paths)
        })),
        size: (rails.sizeFloors ?? []).map((floor, i) => ({
            floor,
            key: `safetyRails.sizeFloors[${i}]`,
            set: floor.paths === undefined ? undefined : (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedPatternSet */ .mD)('anchored', floor.paths)
        })),
        above: new Map()
    };
    compiledCache.set(config, compiled);
    return compiled;
}
/** The patterns of every floor whose minRisk is above `declared`, as one set. */
function patternsAbove(floors, declared) {
    if (floors.above.has(declared))
        return floors.above.get(declared);
    const patterns = new Set();
    for (const { floor } of [...floors.path, ...floors.size])
        if (floor.minRisk > declared)
            for (const p of floor.paths ?? [])
                patterns.add(p);
    const set = patterns.size === 0 ? undefined : (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedPatternSet */ .mD)('anchored', [...patterns]);
    floors.above.set(declared, set);
    return set;
}
const q = (s) => JSON.stringify(s);
function rulePath(raw, stripDotSlash) {
    if (typeof raw !== 'string')
        return undefined;
    const quick = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizedQuickly */ .Yn)(raw, stripDotSlash);
    if (quick !== undefined)
        return quick;
    const n = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePath */ .Fd)(raw, stripDotSlash);
    return n.ok ? n.path : undefined;
}
function seenFiles(proposal) {
    const strip = proposal.source === 'claimed';
    return proposal.files.map(file => ({
        file,
        path: rulePath(file.path, strip),
        previousPath: file.previousPath === undefined ? undefined : rulePath(file.previousPath, strip),
        isNew: file.status === 'added' || file.status === 'copied' || file.status === 'renamed'
    }));
}
/** Why a path floor applies to the change, or undefined when it does not. */
function pathFloorApplies(floor, set, files) {
    for (const f of files) {
        if (floor.newFilesOnly) {
            if (f.isNew && f.path !== undefined && set.test(f.path)) {
                return `${q(set.which(f.path) ?? '?')} for the new file ${q(f.path)}`;
            }
            continue;
        }
        for (const path of [f.path, f.previousPath]) {
            if (path !== undefined && set.test(path))
                return `${q(set.which(path) ?? '?')} for ${q(path)}`;
        }
    }
    return undefined;
}
const counted = (n) => n !== null && Number.isSafeInteger(n) && n >= 0;
/** Why a size floor applies to the change, or undefined when it does not. */
function sizeFloorApplies(floor, set, files) {
    let lines = 0;
    for (const f of files) {
        const matches = set === undefined ||
            (f.path !== undefined && set.test(f.path)) ||
            (f.previousPath !== undefined && set.test(f.previousPath));
        if (!matches)
            continue;
        const { additions, deletions, binary } = f.file;
        if (binary || !counted(additions) || !counted(deletions)) {
            return `for ${q(f.path ?? f.file.path)}, whose changed lines cannot be counted (binary or no line count)`;
        }
        lines += additions + deletions;
    }
    if (lines <= floor.minLines)
        return undefined;
    const where = floor.paths === undefined ? 'the whole change' : floor.paths.map(q).join(', ');
    return `for ${lines} changed lines in ${where}, more than ${floor.minLines}`;
}
/** The risk scale: a whole number from 0 to 5. */
const isOnScale = (risk) => typeof risk === 'number' && Number.isInteger(risk) && risk >= 0 && risk <= 5;
/** The effective risk of a proposal under the config's floors, and the floors that raised it. */
function assessRisk(proposal, config) {
    const declared = proposal.riskLevel;
    // A declared risk off the scale (not a whole number from 0 to 5) is refused by the engine as
    // declared: a floor must never lift -1 or 1.5 onto the scale and so make it pass.
    if (!isOnScale(declared))
        return { declared, effective: declared, raisedBy: [] };
    const floors = compileFloors(config);
    const files = seenFiles(proposal);
    const any = patternsAbove(floors, declared);
    const matched = (path) => path !== undefined && any !== undefined && any.test(path);
    const candidates = files.filter(f => matched(f.path) || matched(f.previousPath));
    const raisedBy = [];
    for (const { floor, key, set } of floors.path) {
        if (!(floor.minRisk > declared))
            continue;
        const why = pathFloorApplies(floor, set, candidates);
        if (why !== undefined)
            raisedBy.push({ floor: key, minRisk: floor.minRisk, why });
    }
    for (const { floor, key, set } of floors.size) {
        if (!(floor.minRisk > declared))
            continue;
        const why = sizeFloorApplies(floor, set, set === undefined ? files : candidates);
        if (why !== undefined)
            raisedBy.push({ floor: key, minRisk: floor.minRisk, why });
    }
    const effective = raisedBy.reduce((max, r) => Math.max(max, r.minRisk), declared);
    return { declared, effective, raisedBy };
}
/**
 * The risk for a message: `risk 2`, or, when a floor raised it,
 * `risk 2 (declared 0, raised by safetyRails.riskFloors[3] "…" for the new file "…")`, naming the
 * first floor that sets the effective risk (and how many others apply).
 */
function describeRisk(a) {
    const decisive = a.raisedBy.find(r => r.minRisk === a.effective);
    if (!decisive)
        return `risk ${a.effective}`;
    const others = a.raisedBy.length - 1;
    const more = others > 0 ? `; ${others} more floor${others === 1 ? ' applies' : 's apply'}` : '';
    return `risk ${a.effective} (declared ${a.declared}, raised by ${decisive.floor} ${decisive.why}${more})`;
}
function showFloor(floor) {
    const text = JSON.stringify(floor) ?? 'absent';
    return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
/** Every pattern of `inner` is also in `outer` (an absent list is every file). */
function pathsCover(outer, inner) {
    if (outer === undefined)
        return true;
    if (inner === undefined)
        return false;
    return inner.every(p => outer.includes(p));
}
/** What `n` falls short of in covering `o`, as phrases; empty when it covers it. */
function shortfalls(o, n) {
    const out = [];
    if (n.minRisk < o.minRisk)
        out.push(`minRisk ${o.minRisk} became ${n.minRisk}`);
    if (n.newFilesOnly === true && o.newFilesOnly !== true)
        out.push('it now applies to new files only');
    if (o.minLines !== undefined && !(n.minLines !== undefined && n.minLines <= o.minLines)) {
        out.push(`minLines ${o.minLines} became ${n.minLines ?? 'absent'}`);
    }
    return out;
}
/**
 * The floors of `key` that the new list no longer keeps, as sentences: an old floor is kept when
 * a new one matches at least its paths (every file, for a size floor without paths), applies to
 * every kind of file it applied to, counts from at most its minLines, and has at least its
 * minRisk. Any number of floors may be added.
 */
function loosenedFloors(key, before, after) {
    if (!Array.isArray(before) || !Array.isArray(after)) {
        return [`${key} changed from ${showFloor(before)} to ${showFloor(after)}; the change cannot be compared`];
    }
    const olds = before;
    const news = after;
    const out = [];
    olds.forEach((o, i) => {
        const candidates = news.filter(n => pathsCover(n.paths, o.paths));
        if (candidates.some(n => shortfalls(o, n).length === 0))
            return;
        const name = `${key}[${i}] ${showFloor(o)}`;
        const same = candidates.find(n => JSON.stringify(n.paths) === JSON.stringify(o.paths)) ?? candidates[0];
        out.push(same === undefined
            ? `${name} was removed, and no floor of the new list covers its paths; floors may be added or raised, never removed or lowered`
            : `${name} was lowered: ${shortfalls(o, same).join(', ')}; floors may be added or raised, never removed or lowered`);
    });
    return out;
}


/***/ })

};
