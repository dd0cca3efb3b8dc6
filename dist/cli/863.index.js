export const id = 863;
export const ids = [863,36];
export const modules = {

/***/ 61036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultConfig: () => (/* binding */ defaultConfig),
/* harmony export */   formatProblems: () => (/* binding */ formatProblems),
/* harmony export */   parseConfigText: () => (/* binding */ parseConfigText),
/* harmony export */   unwrap: () => (/* binding */ unwrap),
/* harmony export */   validateConfig: () => (/* binding */ validateConfig)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
/* harmony import */ var _text_zod_issues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6791);


/** The defaults, as an absent config file means. */
function defaultConfig() {
    return _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .configSchema */ .Qn.parse({});
}
function parseConfigText(text) {
    let raw;
    try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        return {
            ok: false,
            kind: 'json',
            problems: [{ path: '(file)', message: `not valid JSON: ${error.message}` }]
        };
    }
    return validateConfig(raw);
}
function validateConfig(raw) {
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .configSchema */ .Qn.safeParse(raw);
    if (parsed.success)
        return { ok: true, config: parsed.data };
    return { ok: false, kind: 'invalid', problems: describeIssues(parsed.error, raw) };
}
function describeIssues(error, raw) {
    const problems = [];
    for (const issue of error.issues) {
        if (issue.code === 'unrecognized_keys') {
            const known = knownKeysAt(issue.path);
            for (const key of issue.keys) {
                const guess = closest(key, known);
                problems.push({
                    path: (0,_text_zod_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)([...issue.path, key]),
                    message: guess ? `unknown key (did you mean ${guess}?)` : 'unknown key'
                });
            }
            continue;
        }
        problems.push({ path: (0,_text_zod_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)(issue.path), message: (0,_text_zod_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .explainIssue */ .Jp)(issue, raw) });
    }
    return problems;
}
/** Walk the schema to the object at `path` and list its keys. */
function knownKeysAt(path) {
    let schema = _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .configSchema */ .Qn;
    for (const part of path) {
        const obj = unwrapObject(schema);
        if (!obj)
            return [];
        const next = obj._zod.def.shape[String(part)];
        if (!next)
            return [];
        schema = next;
    }
    const obj = unwrapObject(schema);
    return obj ? Object.keys(obj._zod.def.shape) : [];
}
function unwrap(schema) {
    let cur = schema;
    for (;;) {
        const def = cur._zod.def;
        if ((def.type === 'default' || def.type === 'prefault' || def.type === 'optional') && def.innerType) {
            cur = def.innerType;
        }
        else
            return cur;
    }
}
function unwrapObject(schema) {
    const inner = unwrap(schema);
    return inner._zod.def.type === 'object' ? inner : undefined;
}
/** Damerau-free Levenshtein distance; keys are short. */
function distance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
function closest(key, known) {
    let best;
    let bestScore = Infinity;
    for (const candidate of known) {
        const score = candidate.toLowerCase() === key.toLowerCase() ? 0 : distance(key, candidate);
        if (score < bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    const limit = Math.max(2, Math.floor(key.length / 3));
    return best !== undefined && bestScore <= limit ? best : undefined;
}
function formatProblems(problems) {
    return problems.map(p => `${p.path}: ${p.message}`);
}


/***/ }),

/***/ 90131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   pf: () => (/* binding */ CHANGE_TYPES)
/* harmony export */ });
/* unused harmony exports globPattern, scheduleConfigSchema, safetyRailsSchema, wildcardFeatureSchema, telemetrySchema, prTemplateConfigSchema, rollbackConfigSchema, rolloutSchema */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13603);
/**
 * The configuration schema: the single source of truth for types, defaults, documentation and
 * for which direction of each key is stricter (used by the config-loosened rule).
 *
 * Every key carries `meta({ stricter })`:
 *   'lower' | 'higher'   a number moving this way is tighter
 *   'true' | 'false'     a boolean set to this value is tighter
 *   'subset' | 'superset' a list (set of strings) shrinking / growing is tighter
 *   'free'               informational, may change freely
 *   (absent)             no declared direction: the key may not change at all
 */


const CHANGE_TYPES = ['capability', 'prompt', 'persona', 'cleanup', 'wildcard'];
const DEFAULT_CONFIG_PATH = '.github/self-evolution-config.json';
/** A glob pattern: non-empty, never a negation, relative to the repository root. */
const globPattern = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().superRefine((value, ctx) => {
    if (value.trim() === '') {
        ctx.addIssue({ code: 'custom', message: 'empty glob pattern; expected a pattern such as "docs/**/*.md"' });
    }
    else if (value.startsWith('!')) {
        ctx.addIssue({
            code: 'custom',
            message: `negated pattern "${value}" is not allowed; list exclusions in safetyRails.blockedPaths`
        });
    }
    else if (value.startsWith('/')) {
        ctx.addIssue({
            code: 'custom',
            message: `pattern "${value}" starts with "/"; patterns are relative to the repository root`
        });
    }
    else if (/[\\\0]/.test(value)) {
        ctx.addIssue({
            code: 'custom',
            message: `pattern "${value}" contains a backslash or NUL; use "/" separators`
        });
    }
    else if (picomatch__WEBPACK_IMPORTED_MODULE_1___default().makeRe(value, { dot: true }).source === '$^') {
        // picomatch turns a pattern it cannot parse into one that matches nothing: a blocked list
        // holding it would silently block nothing.
        ctx.addIssue({
            code: 'custom',
            message: `pattern "${value}" is not a valid glob (an unbalanced brace or a reversed range such as [z-a]); it would match nothing`
        });
    }
});
const patternList = (def, stricter, description) => zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(globPattern)
    .default(def)
    .meta(stricter ? { stricter, description } : { description });
const changeType = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(CHANGE_TYPES);
const int = (min, max) => zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(min).max(max);
const DEFAULT_ALLOWED_PATHS = [
    'packages/agent/src/tools/**',
    'packages/agent/src/prompts/**',
    'apps/bot/src/persona/**',
    'docs/**/*.md',
    '.github/self-evolution-config.json'
];
const DEFAULT_BLOCKED_PATHS = [
    '.github/workflows/**',
    '.github/actions/**',
    '.github/CODEOWNERS',
    'packages/database/**',
    '.env*',
    'pnpm-lock.yaml',
    'package-lock.json',
    'package.json',
    '.npmrc',
    '.gitattributes',
    '.gitmodules',
    '**/*.key',
    '**/*.pem',
    '**/secrets/**',
    'action.yml',
    'dist/**'
];
const scheduleConfigSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    cronSchedule: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^\S+(\s+\S+){4}$/, 'expected a five-field cron expression such as "0 2 * * *"')
        .default('0 2 * * *')
        .meta({ description: 'The intended schedule; the workflow file holds the real one.' }),
    jitterMinutes: int(0, 120)
        .default(20)
        .meta({ description: 'Largest random delay, in minutes, on scheduled runs (0 disables).' }),
    skipDuringDeployments: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(true)
        .meta({ stricter: 'true', description: 'Skip while a deployment is in progress.' }),
    deploymentLookbackHours: int(1, 168)
        .default(6)
        .meta({ stricter: 'higher', description: 'How far back to look for active deployments.' }),
    ghostRunHours: int(1, 168)
        .default(6)
        .meta({ stricter: 'higher', description: 'Workflow runs older than this are ghosts and ignored.' }),
    staleRunHours: int(1, 168)
        .default(6)
        .meta({ description: 'A run still "running" after this many hours is marked failed.' }),
    busyBranches: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).optional().meta({
        description: 'Branches whose active workflow runs block the daily run (default: the default branch).'
    }),
    busyWorkflows: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .optional()
        .meta({ description: 'Workflow names or file names that count as active CI (default: all).' })
})
    .prefault({});
const safetyRailsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    diffCaps: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        maxLinesOfCode: int(0, 100000)
            .default(500)
            .meta({ stricter: 'lower', description: 'Most changed lines (additions + deletions).' }),
        maxFilesChanged: int(0, 3000)
            .default(10)
            .meta({ stricter: 'lower', description: 'Most distinct changed files.' }),
        requireGreenCI: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
            .default(true)
            .meta({ stricter: 'true', description: 'Pull requests need green CI.' })
    })
        .prefault({}),
    allowedPaths: patternList(DEFAULT_ALLOWED_PATHS, 'subset', 'Paths the agent may touch, anchored at the root.'),
    blockedPaths: patternList(DEFAULT_BLOCKED_PATHS, 'superset', 'Paths the agent may never touch; a pattern without a slash matches at any depth.'),
    allowedChangeTypes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(changeType)
        .default([...CHANGE_TYPES])
        .meta({ stricter: 'subset', description: 'Change types that may be proposed.' }),
    maxRiskLevel: int(0, 3)
        .default(2)
        .meta({ stricter: 'lower', description: 'Highest allowed risk level (risk 4-5 is never allowed).' }),
    requireReviewers: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(true)
        .meta({ stricter: 'true', description: 'Pull requests need a human approval.' }),
    requiredChecks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(200)).default([]).meta({
        stricter: 'superset',
        description: 'Names of the checks that must be present and succeed on a pull request (empty: every other check, and at least one).'
    }),
    allowBinaryFiles: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(false)
        .meta({ stricter: 'false', description: 'Allow binary files in changes.' }),
    typePaths: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        capability: patternList(['packages/agent/src/tools/**'], 'subset'),
        prompt: patternList(['packages/agent/src/prompts/**'], 'subset'),
        persona: patternList(['apps/bot/src/persona/**'], 'subset'),
        cleanup: patternList(['**'], 'subset')
    })
        .prefault({})
        .meta({ description: 'The paths each change type may touch.' })
})
    .prefault({});
const wildcardFeatureSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    enabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).meta({ stricter: 'false', description: 'Allow the daily wildcard.' }),
    maxRiskLevel: int(0, 1)
        .default(1)
        .meta({ stricter: 'lower', description: 'Highest risk for a wildcard.' }),
    allowedTypes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['capability', 'prompt', 'persona', 'cleanup']))
        .default(['persona', 'prompt'])
        .meta({ stricter: 'subset', description: 'Whose typePaths a wildcard may touch.' }),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .default('One small, reversible, low-risk change per day.')
        .meta({ stricter: 'free', description: 'Free text.' })
})
    .prefault({});
const telemetrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    logRetentionDays: int(1, 400).default(90).meta({
        stricter: 'higher',
        description: 'How long artifacts are kept (the database is never pruned).'
    }),
    storeReflections: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' }),
    storeProposals: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' }),
    storeActions: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' }),
    attachArtifacts: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' })
})
    .prefault({});
const prTemplateConfigSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    autoLabels: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(50))
        .default(['ai-ops', 'self-evolution', 'safety'])
        .meta({ description: 'Labels added to every pull request the agent opens.' }),
    autoRequestReviewers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .default([])
        .meta({ description: 'Reviewers requested on every pull request.' }),
    branchPrefix: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/, 'expected a branch prefix such as "self-evolution/"')
        .default('self-evolution/')
        .meta({ description: 'Prefix of every branch the agent pushes.' }),
    requireChecklist: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' })
})
    .prefault({});
const rollbackConfigSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    autoRevertOnFailure: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' }),
    maxFailuresBeforeDisable: int(1, 100)
        .default(3)
        .meta({ stricter: 'lower', description: 'Consecutive failures that turn the repository flag off.' }),
    cooldownHours: int(0, 720)
        .default(24)
        .meta({ stricter: 'higher', description: 'Hours to wait after a failed run.' })
})
    .prefault({});
const rolloutSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    liveChangeTypes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(changeType).default([]).meta({
        stricter: 'subset',
        description: 'Change types that act when not in a dry run (phase 3: ["wildcard"]; phase 4: every type).'
    }),
    maxActionsPerRun: int(0, 20)
        .default(1)
        .meta({ stricter: 'lower', description: 'Most proposals executed by one run.' }),
    maxOpenPullRequests: int(0, 50)
        .default(3)
        .meta({ stricter: 'lower', description: 'Most open pull requests on the branch prefix.' }),
    botName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .max(100)
        .regex(/^[^<>\n\r\0]+$/, 'expected a plain name without angle brackets or line breaks')
        .default('self-evolution[bot]')
        .meta({ description: 'Author and committer name of the commits the agent makes.' }),
    botEmail: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[^\s<>@]+@[^\s<>@]+$/, 'expected an e-mail address such as "bot@example.com"')
        .default('self-evolution[bot]@users.noreply.github.com')
        .meta({ description: 'Author and committer e-mail of the commits the agent makes.' })
})
    .prefault({});
const configSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().meta({ stricter: 'free' }),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default('1.0.0').meta({ stricter: 'free', description: 'Config format version.' }),
    enabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(false)
        .meta({ stricter: 'false', description: 'Master switch in the config.' }),
    dryRunMode: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(true)
        .meta({ stricter: 'true', description: 'Judge and record, never write.' }),
    scheduleConfig: scheduleConfigSchema,
    safetyRails: safetyRailsSchema,
    wildcardFeature: wildcardFeatureSchema,
    telemetry: telemetrySchema,
    prTemplateConfig: prTemplateConfigSchema,
    rollbackConfig: rollbackConfigSchema,
    rollout: rolloutSchema
});


/***/ }),

/***/ 10782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c4: () => (/* binding */ judgeConfigChange)
/* harmony export */ });
/* unused harmony exports declaredDirection, loosenedKeys */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29396);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61036);
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
            `the change touches ${configPath}, but its content after the change is not known (a claimed file list), so it cannot be verified that the rails are not loosened; send a patch`
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

/***/ 32863:
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
function judgeProposal(proposal, config, policy, watchedConfig) {
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
        let path = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizedQuickly */ .Yn)(raw, stripDotSlash);
        if (path === undefined) {
            const n = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePath */ .Fd)(raw, stripDotSlash);
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
        const removed = proposal.files.some(f => (f.status === 'deleted' && (0,_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizedQuickly */ .Yn)(f.path, stripDotSlash) === watchedConfig) ||
            (f.previousPath !== undefined &&
                f.status === 'renamed' &&
                (0,_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizedQuickly */ .Yn)(f.previousPath, stripDotSlash) === watchedConfig &&
                (0,_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizedQuickly */ .Yn)(f.path, stripDotSlash) !== watchedConfig));
        const change = removed ? { before: null, after: null } : proposal.configFile;
        for (const message of (0,_config_loosened_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeConfigChange */ .c4)(change, watchedConfig)) {
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
 * Judge every proposal. A wildcard uses the day's one slot only when it is otherwise allowed,
 * the same rule the database's unique index enforces: a later one in the same check, or any
 * when one is already recorded today, fails wildcard-daily-limit.
 */
function evaluateProposals(input) {
    const policy = compilePolicy(input.config);
    const watched = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePath */ .Fd)(input.configPath);
    const watchedConfig = watched.ok ? watched.path : undefined;
    const verdicts = input.proposals.map(p => judgeProposal(p, input.config, policy, watchedConfig));
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


/***/ }),

/***/ 6791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jp: () => (/* binding */ explainIssue),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony exports valueAt, preview */
/** `a.b[2].c`, or `(root)`. */
function joinPath(path) {
    let out = '';
    for (const part of path)
        out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
    return out === '' ? '(root)' : out;
}
function valueAt(raw, path) {
    let cur = raw;
    for (const part of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[part];
    }
    return cur;
}
/** A short rendering of a value; absurdly deep input is described instead of overflowing the stack. */
function preview(value) {
    let text;
    try {
        text = JSON.stringify(value) ?? String(value);
    }
    catch {
        text = Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value;
    }
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/** What was expected at the issue's path, and what was there (without the path). */
function explainIssue(issue, raw) {
    const got = valueAt(raw, issue.path);
    const shown = got === undefined ? '' : ` (got ${preview(got)})`;
    switch (issue.code) {
        case 'invalid_type':
            return `expected ${issue.expected}${got === undefined ? ' (missing)' : shown}`;
        case 'too_small':
            return `expected ${issue.origin === 'array' ? 'at least' : issue.origin === 'string' ? 'a length of at least' : 'a value >='} ${String(issue.minimum)}${shown}`;
        case 'too_big':
            return issue.origin === 'array'
                ? `expected at most ${String(issue.maximum)} items (got ${Array.isArray(got) ? got.length : '?'})`
                : `expected a value <= ${String(issue.maximum)}${shown}`;
        case 'invalid_value':
            return `expected one of ${issue.values.map(v => JSON.stringify(v)).join(', ')}${shown}`;
        default:
            return `${issue.message}${issue.code === 'custom' ? '' : shown}`;
    }
}


/***/ })

};
