export const id = 576;
export const ids = [576];
export const modules = {

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

/***/ 52576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPatchChanges: () => (/* binding */ readPatchChanges),
/* harmony export */   readProposalsFile: () => (/* binding */ readProposalsFile)
/* harmony export */ });
/* unused harmony exports MAX_PROPOSALS, claimedFileSchema, proposalSchema, proposalsFileSchema, proposalsJsonSchema, describeIssue */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13603);
/* harmony import */ var _text_zod_issues_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6791);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44795);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42425);
/* harmony import */ var _unified_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77858);
/**
 * The proposals file an upstream agent step writes (`--proposals FILE`, the action's
 * `proposals` input), its zod schema (the committed schema/proposals.schema.json is generated
 * from it) and the reader that turns it into proposals under review.
 *
 * A proposal's `files` is the agent's own claim, judged as given (source `claimed`); a `patch`
 * is parsed like `--diff` (source `patch`). Both at once, neither, more than 100 proposals,
 * invalid JSON or a schema error is a PolicyInputError naming the JSON path.
 */






const MAX_PROPOSALS = 100;
const gitMode = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-7]{6}$/, 'expected a git mode of six octal digits such as "100644"');
const count = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0);
const level = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(5);
const claimedFileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).meta({ description: 'The new path (the deleted path for a deletion).' }),
    previousPath: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().meta({ description: 'The old path of a rename or copy.' }),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['added', 'modified', 'deleted', 'renamed', 'copied']),
    additions: count,
    deletions: count,
    binary: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
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
const proposalSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_TYPES */ .pf),
    riskLevel: level,
    effort: level.optional(),
    files: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(claimedFileSchema).optional().meta({ description: "The agent's claim of what changes." }),
    patch: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().meta({ description: 'A git-style unified diff, in place of files.' })
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
const proposalsFileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    reflection: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ insights: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sentiment: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().optional() })
        .optional()
        .meta({ description: "The agent's reflection on recent runs." }),
    proposals: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(proposalSchema).max(MAX_PROPOSALS)
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
/** One sentence per issue: the JSON path, what was expected and what was there. */
function describeIssue(issue, raw) {
    if (issue.code === 'unrecognized_keys') {
        return issue.keys.map(k => `${(0,_text_zod_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .uJ)([...issue.path, k])}: unknown key`).join('; ');
    }
    return `${(0,_text_zod_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .uJ)(issue.path)}: ${(0,_text_zod_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .explainIssue */ .Jp)(issue, raw)}`;
}
/**
 * The changes of a unified diff, with the watched config file's text before and after when the
 * patch touches it. `readBaseFile` supplies the before-text (the working tree, or git).
 */
async function readPatchChanges(text, opts) {
    const parsed = (0,_unified_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUnifiedDiff */ .r)(text);
    const files = parsed.map(({ hunks: _hunks, ...file }) => file);
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
        const after = file.binary ? undefined : (0,_unified_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .applyHunks */ .i)(start, file.hunks);
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
        const issues = parsed.error.issues;
        const shown = issues.slice(0, 5).map(i => describeIssue(i, raw));
        const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PolicyInputError */ .H(`the proposals file is invalid: ${shown.join('; ')}${more}`);
    }
    const proposals = [];
    for (const [index, p] of parsed.data.proposals.entries()) {
        const meta = {
            title: p.title,
            type: p.type,
            riskLevel: p.riskLevel,
            ...(p.effort !== undefined ? { effort: p.effort } : {}),
            ...(p.description !== undefined ? { description: p.description } : {})
        };
        if (p.patch !== undefined) {
            let changes;
            try {
                changes = await readPatchChanges(p.patch, opts);
            }
            catch (error) {
                if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PolicyInputError */ .H) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PolicyInputError */ .H(`proposals[${index}].patch cannot be read: ${error.message}`);
                }
                throw error;
            }
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
    const r = parsed.data.reflection;
    return r ? { reflection: r, proposals } : { proposals };
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
