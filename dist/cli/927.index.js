export const id = 927;
export const ids = [927,373,754];
export const modules = {

/***/ 72308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88373);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90131);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71604);
/** `self-evolution config validate [PATH]`: 0 valid, 1 invalid, 2 unreadable or not JSON. */





const HELP = `Usage: self-evolution config validate [PATH] [--json]

Validates a configuration file (default: ${_config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .Bi}) and prints OK or every problem.
Exit codes: 0 valid, 1 invalid, 2 the file cannot be read or is not JSON.
`;
async function run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === '--help' || sub === '-h' || sub === undefined) {
        io.stdout(HELP);
        return sub === undefined ? 2 : 0;
    }
    if (sub !== 'validate')
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`unknown subcommand "${sub}"; expected "validate"`);
    const { values, positionals } = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)('config validate', rest, { json: { type: 'boolean' } }, 1);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const path = positionals[0] ?? _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .Bi;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path), 'utf8');
    }
    catch (error) {
        const code = error.code ?? 'error';
        if (values.json)
            io.stdout(JSON.stringify({ valid: false, path, error: `cannot read the file (${code})` }) + '\n');
        io.stderr(`config validate: cannot read ${path} (${code}); expected a readable JSON file\n`);
        return 2;
    }
    const result = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.parseConfigText)(text);
    if (result.ok) {
        io.stdout(values.json ? JSON.stringify({ valid: true, path, problems: [] }) + '\n' : `OK: ${path} is valid\n`);
        return 0;
    }
    const lines = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.formatProblems)(result.problems);
    if (values.json) {
        io.stdout(JSON.stringify({ valid: false, path, problems: result.problems }) + '\n');
    }
    else if (result.kind === 'json') {
        io.stderr(`config validate: ${path} is ${result.problems[0].message}\n`);
    }
    else {
        io.stdout(`${path}: ${lines.length} problem${lines.length === 1 ? '' : 's'}\n`);
        for (const line of lines)
            io.stdout(`  ${line}\n`);
    }
    return result.kind === 'json' ? 2 : 1;
}


/***/ }),

/***/ 88373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultConfig: () => (/* reexport */ defaultConfig),
  digestOf: () => (/* binding */ digestOf),
  formatProblems: () => (/* binding */ formatProblems),
  loadConfig: () => (/* binding */ loadConfig),
  parseConfigText: () => (/* binding */ parseConfigText),
  unwrap: () => (/* binding */ unwrap),
  validateConfig: () => (/* binding */ validateConfig)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/config/schema.ts
var config_schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/text/zod-issues.ts
var zod_issues = __webpack_require__(6791);
;// CONCATENATED MODULE: ./src/config/defaults.generated.ts
/** The JSON of the defaults, as an absent config file means. */
const DEFAULT_CONFIG_JSON = '{"version":"1.0.0","enabled":false,"dryRunMode":true,"scheduleConfig":{"cronSchedule":"0 2 * * *","jitterMinutes":20,"skipDuringDeployments":true,"deploymentLookbackHours":6,"ghostRunHours":6,"staleRunHours":6},"safetyRails":{"diffCaps":{"maxLinesOfCode":500,"maxFilesChanged":10,"requireGreenCI":true},"allowedPaths":["packages/agent/src/tools/**","packages/agent/src/prompts/**","apps/bot/src/persona/**","docs/**/*.md",".github/self-evolution-config.json"],"blockedPaths":[".github/workflows/**",".github/actions/**",".github/CODEOWNERS","packages/database/**",".env*","pnpm-lock.yaml","package-lock.json","package.json",".npmrc",".gitattributes",".gitmodules","**/*.key","**/*.pem","**/secrets/**","action.yml","dist/**"],"allowedChangeTypes":["capability","prompt","persona","cleanup","wildcard"],"maxRiskLevel":2,"requireReviewers":true,"requiredChecks":[],"allowBinaryFiles":false,"typePaths":{"capability":["packages/agent/src/tools/**"],"prompt":["packages/agent/src/prompts/**"],"persona":["apps/bot/src/persona/**"],"cleanup":["**"]}},"wildcardFeature":{"enabled":true,"maxRiskLevel":1,"allowedTypes":["persona","prompt"],"description":"One small, reversible, low-risk change per day."},"telemetry":{"logRetentionDays":90,"storeReflections":true,"storeProposals":true,"storeActions":true,"attachArtifacts":true},"prTemplateConfig":{"autoLabels":["ai-ops","self-evolution","safety"],"autoRequestReviewers":[],"branchPrefix":"self-evolution/","requireChecklist":true},"rollbackConfig":{"autoRevertOnFailure":true,"maxFailuresBeforeDisable":3,"cooldownHours":24},"rollout":{"liveChangeTypes":[],"maxActionsPerRun":1,"maxOpenPullRequests":3,"botName":"self-evolution[bot]","botEmail":"self-evolution[bot]@users.noreply.github.com"}}';
/** A fresh copy of the defaults; the schema and its validator are not loaded for it. */
function defaultConfig() {
    return JSON.parse(DEFAULT_CONFIG_JSON);
}

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Parsing a configuration text into a validated Config, with errors a person can act on:
 * each names the JSON path, says what was expected and, for a misspelled key, suggests the
 * key that was probably meant.
 */



/** The defaults, as an absent config file means (generated from the schema; a test checks). */


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
    const parsed = config_schema/* configSchema */.Qn.safeParse(raw);
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
                    path: (0,zod_issues/* joinPath */.uJ)([...issue.path, key]),
                    message: guess ? `unknown key (did you mean ${guess}?)` : 'unknown key'
                });
            }
            continue;
        }
        problems.push({ path: (0,zod_issues/* joinPath */.uJ)(issue.path), message: (0,zod_issues/* explainIssue */.Jp)(issue, raw) });
    }
    return problems;
}
/** Walk the schema to the object at `path` and list its keys. */
function knownKeysAt(path) {
    let schema = config_schema/* configSchema */.Qn;
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
function digestOf(text) {
    return text === null ? 'none' : (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** Validate a config text (null: the file does not exist, so the defaults: off). */
function loadConfig(source, configPath) {
    if (source.text === null) {
        return {
            config: defaultConfig(),
            text: null,
            origin: `${source.origin} (missing: defaults, off)`,
            digest: 'none'
        };
    }
    const parsed = parseConfigText(source.text);
    if (!parsed.ok) {
        const problems = formatProblems(parsed.problems);
        throw new Error(`The config ${configPath} (${source.origin}) is invalid: ${problems.slice(0, 5).join('; ')}` +
            (problems.length > 5 ? `; and ${problems.length - 5} more` : ''));
    }
    return { config: parsed.config, text: source.text, origin: source.origin, digest: digestOf(source.text) };
}


/***/ }),

/***/ 90131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_0__.B),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   pf: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_0__.p)
/* harmony export */ });
/* unused harmony exports globPattern, scheduleConfigSchema, safetyRailsSchema, wildcardFeatureSchema, telemetrySchema, prTemplateConfigSchema, rollbackConfigSchema, rolloutSchema */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13603);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86234);
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




/** A glob pattern: non-empty, never a negation, relative to the repository root. */
const globPattern = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().superRefine((value, ctx) => {
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
    else if (picomatch__WEBPACK_IMPORTED_MODULE_2___default().makeRe(value, { dot: true }).source === '$^') {
        // picomatch turns a pattern it cannot parse into one that matches nothing: a blocked list
        // holding it would silently block nothing.
        ctx.addIssue({
            code: 'custom',
            message: `pattern "${value}" is not a valid glob (an unbalanced brace or a reversed range such as [z-a]); it would match nothing`
        });
    }
});
const patternList = (def, stricter, description) => zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(globPattern)
    .default(def)
    .meta(stricter ? { stricter, description } : { description });
const changeType = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_names_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_TYPES */ .p);
const int = (min, max) => zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(min).max(max);
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
const scheduleConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    cronSchedule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^\S+(\s+\S+){4}$/, 'expected a five-field cron expression such as "0 2 * * *"')
        .default('0 2 * * *')
        .meta({ description: 'The intended schedule; the workflow file holds the real one.' }),
    jitterMinutes: int(0, 120)
        .default(20)
        .meta({ description: 'Largest random delay, in minutes, on scheduled runs (0 disables).' }),
    skipDuringDeployments: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
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
    busyBranches: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional().meta({
        description: 'Branches whose active workflow runs block the daily run (default: the default branch).'
    }),
    busyWorkflows: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1))
        .optional()
        .meta({ description: 'Workflow names or file names that count as active CI (default: all).' })
})
    .prefault({});
const safetyRailsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    diffCaps: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        maxLinesOfCode: int(0, 100000)
            .default(500)
            .meta({ stricter: 'lower', description: 'Most changed lines (additions + deletions).' }),
        maxFilesChanged: int(0, 3000)
            .default(10)
            .meta({ stricter: 'lower', description: 'Most distinct changed files.' }),
        requireGreenCI: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
            .default(true)
            .meta({ stricter: 'true', description: 'Pull requests need green CI.' })
    })
        .prefault({}),
    allowedPaths: patternList(DEFAULT_ALLOWED_PATHS, 'subset', 'Paths the agent may touch, anchored at the root.'),
    blockedPaths: patternList(DEFAULT_BLOCKED_PATHS, 'superset', 'Paths the agent may never touch; a pattern without a slash matches at any depth.'),
    allowedChangeTypes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(changeType)
        .default([..._names_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_TYPES */ .p])
        .meta({ stricter: 'subset', description: 'Change types that may be proposed.' }),
    maxRiskLevel: int(0, 3)
        .default(2)
        .meta({ stricter: 'lower', description: 'Highest allowed risk level (risk 4-5 is never allowed).' }),
    requireReviewers: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(true)
        .meta({ stricter: 'true', description: 'Pull requests need a human approval.' }),
    requiredChecks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(200)).default([]).meta({
        stricter: 'superset',
        description: 'Names of the checks that must be present and succeed on a pull request (empty: every other check, and at least one).'
    }),
    allowBinaryFiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .meta({ stricter: 'false', description: 'Allow binary files in changes.' }),
    typePaths: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        capability: patternList(['packages/agent/src/tools/**'], 'subset'),
        prompt: patternList(['packages/agent/src/prompts/**'], 'subset'),
        persona: patternList(['apps/bot/src/persona/**'], 'subset'),
        cleanup: patternList(['**'], 'subset')
    })
        .prefault({})
        .meta({ description: 'The paths each change type may touch.' })
})
    .prefault({});
const wildcardFeatureSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true).meta({ stricter: 'false', description: 'Allow the daily wildcard.' }),
    maxRiskLevel: int(0, 1)
        .default(1)
        .meta({ stricter: 'lower', description: 'Highest risk for a wildcard.' }),
    allowedTypes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['capability', 'prompt', 'persona', 'cleanup']))
        .default(['persona', 'prompt'])
        .meta({ stricter: 'subset', description: 'Whose typePaths a wildcard may touch.' }),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .default('One small, reversible, low-risk change per day.')
        .meta({ stricter: 'free', description: 'Free text.' })
})
    .prefault({});
const telemetrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    logRetentionDays: int(1, 400).default(90).meta({
        stricter: 'higher',
        description: 'How long artifacts are kept (the database is never pruned).'
    }),
    storeReflections: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' }),
    storeProposals: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' }),
    storeActions: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' }),
    attachArtifacts: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' })
})
    .prefault({});
const prTemplateConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    autoLabels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(50))
        .default(['ai-ops', 'self-evolution', 'safety'])
        .meta({ description: 'Labels added to every pull request the agent opens.' }),
    autoRequestReviewers: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1))
        .default([])
        .meta({ description: 'Reviewers requested on every pull request.' }),
    branchPrefix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/, 'expected a branch prefix such as "self-evolution/"')
        .default('self-evolution/')
        .meta({ description: 'Prefix of every branch the agent pushes.' }),
    requireChecklist: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' })
})
    .prefault({});
const rollbackConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    autoRevertOnFailure: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' }),
    maxFailuresBeforeDisable: int(1, 100)
        .default(3)
        .meta({ stricter: 'lower', description: 'Consecutive failures that turn the repository flag off.' }),
    cooldownHours: int(0, 720)
        .default(24)
        .meta({ stricter: 'higher', description: 'Hours to wait after a failed run.' })
})
    .prefault({});
const rolloutSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    liveChangeTypes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(changeType).default([]).meta({
        stricter: 'subset',
        description: 'Change types that act when not in a dry run (phase 3: ["wildcard"]; phase 4: every type).'
    }),
    maxActionsPerRun: int(0, 20)
        .default(1)
        .meta({ stricter: 'lower', description: 'Most proposals executed by one run.' }),
    maxOpenPullRequests: int(0, 50)
        .default(3)
        .meta({ stricter: 'lower', description: 'Most open pull requests on the branch prefix.' }),
    botName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .max(100)
        .regex(/^[^<>\n\r\0]+$/, 'expected a plain name without angle brackets or line breaks')
        .default('self-evolution[bot]')
        .meta({ description: 'Author and committer name of the commits the agent makes.' }),
    botEmail: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[^\s<>@]+@[^\s<>@]+$/, 'expected an e-mail address such as "bot@example.com"')
        .default('self-evolution[bot]@users.noreply.github.com')
        .meta({ description: 'Author and committer e-mail of the commits the agent makes.' })
})
    .prefault({});
const configSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().meta({ stricter: 'free' }),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('1.0.0').meta({ stricter: 'free', description: 'Config format version.' }),
    enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .meta({ stricter: 'false', description: 'Master switch in the config.' }),
    dryRunMode: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
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
