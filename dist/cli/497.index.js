export const id = 497;
export const ids = [497];
export const modules = {

/***/ 90131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_1__.B),
/* harmony export */   Cn: () => (/* binding */ AGENT_INSTRUCTION_PATHS),
/* harmony export */   Fy: () => (/* binding */ sizeFloorSchema),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   Xk: () => (/* binding */ riskFloorSchema),
/* harmony export */   pf: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_1__.p)
/* harmony export */ });
/* unused harmony exports globPattern, scheduleConfigSchema, DEFAULT_ALLOWED_URL_HOSTS, hostPattern, safetyRailsSchema, wildcardFeatureSchema, telemetrySchema, prTemplateConfigSchema, rollbackConfigSchema, rolloutSchema, reflectionConfigSchema, agentConfigSchema, QUEUE_MINUTES */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13603);
/* harmony import */ var _policy_glob_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97768);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86234);
/**
 * The configuration schema: the single source of truth for types, defaults, documentation and
 * for which direction of each key is stricter (used by the config-loosened rule).
 *
 * Every key carries `meta({ stricter })`:
 *   'lower' | 'higher'   a number moving this way is tighter
 *   'true' | 'false'     a boolean set to this value is tighter
 *   'subset' | 'superset' a list (set of strings) shrinking / growing is tighter
 *   'floors'             a list of risk floors (safetyRails.riskFloors, sizeFloors): every old
 *                        floor must stay covered by one at least as strict (src/policy/risk.ts)
 *   'free'               informational, may change freely
 *   (absent)             no declared direction: the key may not change at all
 */





/** A glob pattern: non-empty, never a negation, relative to the repository root. */
const globPattern = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((value, ctx) => {
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
    else {
        // A construct the linear path matcher refuses (extglobs, parentheses, POSIX classes, huge
        // braces…): one sentence saying which and why. What passes compiles (a test checks it).
        const problem = (0,_policy_glob_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .unsupportedGlob */ .Sl)(value.normalize('NFC'));
        if (problem !== undefined)
            ctx.addIssue({ code: 'custom', message: problem });
        else if (picomatch__WEBPACK_IMPORTED_MODULE_3___default().makeRe(value, { dot: true }).source === '$^') {
            // picomatch turns a pattern it cannot parse into one that matches nothing: a blocked list
            // holding it would silently block nothing.
            ctx.addIssue({
                code: 'custom',
                message: `pattern "${value}" is not a valid glob (an unbalanced brace or a reversed range such as [z-a]); it would match nothing`
            });
        }
    }
});
const patternList = (def, stricter, description) => zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(globPattern)
    .default(def)
    .meta(stricter ? { stricter, description } : { description });
const changeType = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_names_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_TYPES */ .p);
const int = (min, max) => zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(min).max(max);
const DEFAULT_ALLOWED_PATHS = [
    'packages/agent/src/tools/**',
    'packages/agent/src/prompts/**',
    'apps/bot/src/persona/**',
    'docs/**/*.md',
    '.github/self-evolution-config.json'
];
/**
 * The files and folders the coding agents read as instructions or settings: Claude Code's
 * `.claude/`, `CLAUDE.md` and `CLAUDE.local.md`, MCP's `.mcp.json`, Codex's `.codex/`, `AGENTS.md`
 * and `AGENTS.override.md`. Blocked by default, and put back after every round of the agent step.
 */
const AGENT_INSTRUCTION_PATHS = [
    '.claude',
    '.codex',
    '.mcp.json',
    'CLAUDE.md',
    'CLAUDE.local.md',
    'AGENTS.md',
    'AGENTS.override.md'
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
    'action.yaml',
    'dist/**',
    // A change to them would instruct or configure the next agent run.
    ...AGENT_INSTRUCTION_PATHS
];
/** A risk level on the product's scale: 0-1 typos, docs, small persona tweaks; 2-3 new tools, larger prompt changes. */
const riskLevel = int(0, 5);
/** A path floor: a change touching any of `paths` has at least `minRisk`, whatever it declares. */
const riskFloorSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    paths: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(globPattern).min(1).meta({ description: 'Anchored patterns, as in allowedPaths.' }),
    minRisk: riskLevel.meta({ description: 'The least risk of a change that touches a matching path.' }),
    newFilesOnly: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false).meta({
        description: 'Apply only to a path that did not exist before the change: an added file, or the new path of a copy or rename.'
    })
});
/** A size floor: more than `minLines` changed lines in the matching files mean at least `minRisk`. */
const sizeFloorSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    paths: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(globPattern)
        .min(1)
        .optional()
        .meta({ description: 'Anchored patterns whose files are counted (absent: every file).' }),
    minLines: int(0, 100000).meta({
        description: 'The floor applies to more than this many changed lines (additions + deletions) in the matching files; a binary file among them always counts as more.'
    }),
    minRisk: riskLevel.meta({ description: 'The least risk of a change over minLines.' })
});
/**
 * The default floors, on the product's scale, leaving the daily wildcard (risk 1 at most,
 * persona and prompt paths) possible: docs and persona 0, prompts 1, any tool change 1, a new
 * tool 2, the rails' own config 2.
 */
const DEFAULT_RISK_FLOORS = [
    { paths: ['docs/**/*.md'], minRisk: 0, newFilesOnly: false },
    { paths: ['apps/bot/src/persona/**'], minRisk: 0, newFilesOnly: false },
    { paths: ['packages/agent/src/prompts/**'], minRisk: 1, newFilesOnly: false },
    { paths: ['packages/agent/src/tools/**'], minRisk: 2, newFilesOnly: true },
    { paths: ['.github/self-evolution-config.json'], minRisk: 2, newFilesOnly: false },
    { paths: ['packages/agent/src/tools/**'], minRisk: 1, newFilesOnly: false }
];
/** Larger prompt or persona changes (more than 50 lines) and any change over 200 lines are at least 2. */
const DEFAULT_SIZE_FLOORS = [
    { paths: ['packages/agent/src/prompts/**', 'apps/bot/src/persona/**'], minLines: 50, minRisk: 2 },
    { minLines: 200, minRisk: 2 }
];
/** A fresh deep copy of a default list, so no parsed config shares it with another. */
const copyOf = (list) => () => JSON.parse(JSON.stringify(list));
const scheduleConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    cronSchedule: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^\S+(\s+\S+){4}$/, 'expected a five-field cron expression such as "0 2 * * *"')
        .default('0 2 * * *')
        .meta({ description: 'The intended schedule; the workflow file holds the real one.' }),
    jitterMinutes: int(0, 120)
        .default(20)
        .meta({ description: 'Largest random delay, in minutes, on scheduled runs (0 disables).' }),
    skipDuringDeployments: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
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
    busyBranches: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).optional().meta({
        description: 'Branches whose active workflow runs block the daily run (default: the default branch).'
    }),
    busyWorkflows: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1))
        .optional()
        .meta({ description: 'Workflow names or file names that count as active CI (default: all).' })
})
    .prefault({});
/**
 * Hosts an added line may link to without new-url-host (besides hosts the file already names):
 * reference sites for documentation and the reserved example and loopback names (RFC 2606,
 * RFC 6761). `*.example.com` is any host under example.com, not example.com itself.
 */
const DEFAULT_ALLOWED_URL_HOSTS = [
    'github.com',
    'docs.github.com',
    'api.github.com',
    'cli.github.com',
    'nodejs.org',
    'developer.mozilla.org',
    'www.npmjs.com',
    'docs.npmjs.com',
    'www.typescriptlang.org',
    'json-schema.org',
    'www.rfc-editor.org',
    'datatracker.ietf.org',
    'www.unicode.org',
    'semver.org',
    'keepachangelog.com',
    'www.conventionalcommits.org',
    'spdx.org',
    'opensource.org',
    'www.postgresql.org',
    'en.wikipedia.org',
    'example.com',
    '*.example.com',
    'example.org',
    '*.example.org',
    'example.net',
    '*.example.net',
    '*.example',
    '*.test',
    '*.invalid',
    'localhost',
    '*.localhost',
    '127.0.0.1',
    '[::1]'
];
/** A host pattern of safetyRails.allowedUrlHosts: a lowercase host name, `*.` + one, or an IP. */
const hostPattern = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .regex(/^(?:(?:\*\.)?(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?|\[[0-9a-f:.]+\])$/, 'expected a lowercase host name such as "docs.github.com", "*.github.com" or an IP address (write internationalized names in punycode, xn--…)');
const safetyRailsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    diffCaps: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        maxLinesOfCode: int(0, 100000)
            .default(500)
            .meta({ stricter: 'lower', description: 'Most changed lines (additions + deletions).' }),
        maxFilesChanged: int(0, 3000)
            .default(10)
            .meta({ stricter: 'lower', description: 'Most distinct changed files.' }),
        requireGreenCI: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
            .default(true)
            .meta({ stricter: 'true', description: 'Pull requests need green CI.' })
    })
        .prefault({}),
    allowedPaths: patternList(DEFAULT_ALLOWED_PATHS, 'subset', 'Paths the agent may touch, anchored at the root.'),
    blockedPaths: patternList(DEFAULT_BLOCKED_PATHS, 'superset', 'Paths the agent may never touch; a pattern without a slash matches at any depth.'),
    allowedChangeTypes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(changeType)
        .default([..._names_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_TYPES */ .p])
        .meta({ stricter: 'subset', description: 'Change types that may be proposed.' }),
    maxRiskLevel: int(0, 3)
        .default(2)
        .meta({ stricter: 'lower', description: 'Highest allowed risk level (risk 4-5 is never allowed).' }),
    riskFloors: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(riskFloorSchema).max(100).default(copyOf(DEFAULT_RISK_FLOORS)).meta({
        stricter: 'floors',
        description: 'Path floors: a change touching a matching path has at least minRisk, whatever risk it declares. Floors may be added or raised, never removed or lowered.'
    }),
    sizeFloors: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(sizeFloorSchema).max(100).default(copyOf(DEFAULT_SIZE_FLOORS)).meta({
        stricter: 'floors',
        description: 'Size floors: more than minLines changed lines in the matching files mean at least minRisk. Floors may be added or made stricter, never removed or loosened.'
    }),
    requireReviewers: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .default(true)
        .meta({ stricter: 'true', description: 'Pull requests need a human approval.' }),
    requiredChecks: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(200)).default([]).meta({
        stricter: 'superset',
        description: 'Names of checks that must also be present on a pull request and conclude success (skipped or neutral is not success for them). Every other check that ran must pass as well, and at least one GitHub Actions check run must have run; a name added can only tighten.'
    }),
    allowBinaryFiles: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .default(false)
        .meta({ stricter: 'false', description: 'Allow binary files in changes.' }),
    allowedUrlHosts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(hostPattern).default(DEFAULT_ALLOWED_URL_HOSTS).meta({
        stricter: 'subset',
        description: 'Hosts an added line may link to (new-url-host); a file may also keep linking to hosts its own lines already name.'
    }),
    typePaths: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        capability: patternList(['packages/agent/src/tools/**'], 'subset'),
        prompt: patternList(['packages/agent/src/prompts/**'], 'subset'),
        persona: patternList(['apps/bot/src/persona/**'], 'subset'),
        cleanup: patternList(['**'], 'subset')
    })
        .prefault({})
        .meta({ description: 'The paths each change type may touch.' })
})
    .prefault({});
const wildcardFeatureSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    enabled: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).meta({ stricter: 'false', description: 'Allow the daily wildcard.' }),
    maxRiskLevel: int(0, 1)
        .default(1)
        .meta({ stricter: 'lower', description: 'Highest risk for a wildcard.' }),
    allowedTypes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['capability', 'prompt', 'persona', 'cleanup']))
        .default(['persona', 'prompt'])
        .meta({ stricter: 'subset', description: 'Whose typePaths a wildcard may touch.' }),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .default('One small, reversible, low-risk change per day.')
        .meta({ stricter: 'free', description: 'Free text.' })
})
    .prefault({});
const telemetrySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    logRetentionDays: int(1, 400).default(90).meta({
        stricter: 'higher',
        description: 'How long artifacts are kept (the database is never pruned).'
    }),
    storeReflections: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' }),
    storeProposals: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' }),
    storeActions: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' }),
    attachArtifacts: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' })
})
    .prefault({});
const prTemplateConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    autoLabels: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(50))
        .default(['ai-ops', 'self-evolution', 'safety'])
        .meta({ description: 'Labels added to every pull request the agent opens.' }),
    autoRequestReviewers: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1))
        .default([])
        .meta({ description: 'Reviewers requested on every pull request.' }),
    branchPrefix: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/, 'expected a branch prefix such as "self-evolution/"')
        .default('self-evolution/')
        .meta({ description: 'Prefix of every branch the agent pushes.' }),
    requireChecklist: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' })
})
    .prefault({});
const rollbackConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    autoRevertOnFailure: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).meta({ stricter: 'true' }),
    maxFailuresBeforeDisable: int(1, 100)
        .default(3)
        .meta({ stricter: 'lower', description: 'Consecutive failures that turn the repository flag off.' }),
    cooldownHours: int(0, 720)
        .default(24)
        .meta({ stricter: 'higher', description: 'Hours to wait after a failed run.' })
})
    .prefault({});
const rolloutSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    liveChangeTypes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(changeType).default([]).meta({
        stricter: 'subset',
        description: 'Change types that act when not in a dry run (phase 3: ["wildcard"]; phase 4: every type).'
    }),
    maxActionsPerRun: int(0, 20)
        .default(1)
        .meta({ stricter: 'lower', description: 'Most proposals executed by one run.' }),
    maxOpenPullRequests: int(0, 50)
        .default(3)
        .meta({ stricter: 'lower', description: 'Most open pull requests on the branch prefix.' }),
    botName: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .max(100)
        .regex(/^[^<>\n\r\0]+$/, 'expected a plain name without angle brackets or line breaks')
        .default('self-evolution[bot]')
        .meta({ description: 'Author and committer name of the commits the agent makes.' }),
    botEmail: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[^\s<>@]+@[^\s<>@]+$/, 'expected an e-mail address such as "bot@example.com"')
        .default('self-evolution[bot]@users.noreply.github.com')
        .meta({ description: 'Author and committer e-mail of the commits the agent makes.' })
})
    .prefault({});
/** A GitHub label name: what the labels filter of the issues API takes (no comma, no edge spaces). */
const labelName = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .regex(/^[^,\s](?:[^,]{0,48}[^,\s])?$/, 'expected a label name of 1 to 50 characters without commas');
/**
 * The reflection the rails build before the agent runs (src/reflection): how far back it looks, whose
 * words count as feedback, and how large it may grow. Every size moves only up: a smaller window or
 * cap would let the agent edit itself out of what it is shown.
 */
const reflectionConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    lookbackDays: int(1, 90)
        .default(14)
        .meta({ stricter: 'higher', description: 'Days of history the reflection covers.' }),
    feedbackLabel: labelName.default('self-evolution:feedback').meta({
        description: 'Open issues with this label, by authors with write access, are feedback. It may not change: the agent could otherwise choose whose words count.'
    }),
    maxBytes: int(8192, 1048576).default(65536).meta({
        stricter: 'higher',
        description: 'Largest reflection, in bytes of JSON; the oldest items go first.'
    }),
    maxFieldChars: int(100, 10000)
        .default(500)
        .meta({ stricter: 'higher', description: 'Longest text field taken from GitHub, in characters.' }),
    memoryItems: int(1, 200).default(20).meta({
        stricter: 'higher',
        description: 'How many of the latest proposals the memory lists with their fate.'
    }),
    logLines: int(1, 50)
        .default(10)
        .meta({ stricter: 'higher', description: "Most error lines quoted from each failed job's log." })
})
    .prefault({});
/**
 * A repository-relative path of a committed file, or '' for none: no leading slash, no `.` or
 * `..` segment, no backslash or NUL.
 */
const repositoryFile = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((value, ctx) => {
    if (value === '')
        return;
    const segments = value.split('/');
    if (value.startsWith('/') ||
        /[\\\0]/.test(value) ||
        segments.some(s => s === '' || s === '.' || s === '..')) {
        ctx.addIssue({
            code: 'custom',
            message: `"${value}" is not a repository-relative file path; expected a path such as ".github/self-evolution-prompt.md", or "" for none`
        });
    }
});
/**
 * The agent step (the propose job): how often it may correct itself, which committed file extends
 * its prompt, and whether it may share the action's user where no separate user can be made.
 */
const agentConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    retries: int(0, 2).default(1).meta({
        stricter: 'lower',
        description: 'Self-correction rounds after the first: the agent sees the verdict on its change and may fix or withdraw it. Fewer is stricter.'
    }),
    promptFile: repositoryFile.default('').meta({
        description: 'A committed file whose text extends the shipped prompt, read at HEAD ("" for none). The agent may not change it, and it may not change: the agent could otherwise choose its own instructions.'
    }),
    timeoutMinutes: int(1, 350).default(30).meta({
        stricter: 'lower',
        description: "The agent's timeout in minutes, enforced by the action for every engine (the agent-timeout-minutes input may only lower it). With the largest jitter and an hour of queueing it must stay below scheduleConfig.staleRunHours."
    }),
    acceptSharedUser: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false).meta({
        stricter: 'false',
        description: "Run the engine as the action's own user where no separate unprivileged user can be made. The engine can then read the action's process environment (its runtime tokens and inputs)."
    })
})
    .prefault({});
/**
 * How long the three jobs of one run may wait in GitHub's queue, in all: the stale-run limit must
 * leave room for it beyond the jitter and the agent's timeout.
 */
const QUEUE_MINUTES = 60;
const configSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().meta({ stricter: 'free' }),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('1.0.0').meta({ stricter: 'free', description: 'Config format version.' }),
    enabled: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .default(false)
        .meta({ stricter: 'false', description: 'Master switch in the config.' }),
    dryRunMode: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .default(true)
        .meta({ stricter: 'true', description: 'Judge and record, never write.' }),
    scheduleConfig: scheduleConfigSchema,
    safetyRails: safetyRailsSchema,
    wildcardFeature: wildcardFeatureSchema,
    telemetry: telemetrySchema,
    prTemplateConfig: prTemplateConfigSchema,
    rollbackConfig: rollbackConfigSchema,
    rollout: rolloutSchema,
    reflection: reflectionConfigSchema,
    agent: agentConfigSchema
})
    .superRefine((config, ctx) => {
    const needed = config.scheduleConfig.jitterMinutes + config.agent.timeoutMinutes + QUEUE_MINUTES;
    if (config.scheduleConfig.staleRunHours * 60 <= needed) {
        ctx.addIssue({
            code: 'custom',
            path: ['scheduleConfig', 'staleRunHours'],
            message: `${config.scheduleConfig.staleRunHours} hours does not exceed the largest jitter (${config.scheduleConfig.jitterMinutes} min) plus the agent's timeout (agent.timeoutMinutes, ${config.agent.timeoutMinutes} min) plus ${QUEUE_MINUTES} min of queueing; expected more than ${Math.floor(needed / 60)} hours, or a run still waiting for its rails job would be swept as stale`
        });
    }
});


/***/ }),

/***/ 97768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sl: () => (/* binding */ unsupportedGlob),
/* harmony export */   uz: () => (/* binding */ showPattern)
/* harmony export */ });
/* unused harmony exports MAX_PATTERN_LENGTH, MAX_BRACE_ALTERNATIVES, MAX_BRACE_DEPTH */
/**
 * The glob constructs the path matcher refuses, each with the sentence that says why. The config
 * schema refuses them at validation (`globPattern`), and compiling refuses them again, so a
 * pattern is either matched exactly as picomatch reads it, in time linear in the path's length,
 * or not accepted at all.
 */
/** The longest pattern accepted, in UTF-16 code units. */
const MAX_PATTERN_LENGTH = 1000;
/** The most alternatives a pattern's braces may stand for once expanded. */
const MAX_BRACE_ALTERNATIVES = 1024;
/** The deepest nesting of braces accepted. */
const MAX_BRACE_DEPTH = 8;
/** Invisible or line-breaking characters JSON leaves as they are. */
const INVISIBLE = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
/** A pattern quoted for a message: JSON-escaped, invisible characters spelled out, long ones shortened. */
function showPattern(pattern) {
    const shown = JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern);
    return shown.replace(INVISIBLE, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Constructs refused outright, tested in this order. */
const REFUSED = [
    {
        find: /^(?:\.\/)+!/,
        why: () => 'is a negation once picomatch strips its leading "./", which is not allowed; list exclusions in safetyRails.blockedPaths'
    },
    {
        find: /[@!+*?]\(/,
        why: found => `uses the extglob "${found}…)", which is not supported: picomatch compiles it to nested repetitions or lookaheads that can make matching slow; list the alternatives in braces, such as "{a,b}"`
    },
    {
        find: /[()|]/,
        why: found => `contains "${found}", which picomatch passes into its regular expression as a group or an alternation, so a name such as "a (1).md" would not even match itself; write "?" for such a character, or braces "{a,b}" for alternatives`
    },
    {
        find: /\[:[A-Za-z]*:\]/,
        why: found => `uses the POSIX class "${found}", which is not supported; write the characters out, such as "[a-zA-Z]"`
    },
    {
        find: /\[!/,
        why: () => 'starts a class with "[!", which picomatch reads as the character "!" rather than as a negation, so it is not supported; write "[^…]" to negate a class'
    },
    {
        find: /"/,
        why: () => 'contains a double quote, which picomatch reads as quoting rather than as a character, so it is not supported; write "?" for it'
    }
];
const RANGE = /^[^.,{}[\]]\.\.[^.,{}[\]]$/;
function capped(n) {
    return Math.min(n, MAX_BRACE_ALTERNATIVES + 1);
}
/** Closes one brace group; returns a sentence when its range is not one picomatch reads right. */
function closeBrace(frame, text) {
    if (frame.own.includes('..') && (frame.nested || frame.commas > 0 || !RANGE.test(frame.own))) {
        const problem = `uses the brace range "${text}", which is not supported: picomatch reads a range as one character class, so only a range of single characters such as "{a..e}" or "{0..9}" works`;
        return { count: 1, problem };
    }
    // A group without a comma is literal braces around its content.
    const count = frame.commas > 0 ? capped(frame.alternatives + frame.current) : frame.current;
    return { count };
}
/** The brace structure of a pattern: depth, expansion size and ranges, as picomatch groups braces. */
function braceProblem(pattern) {
    const stack = [];
    let top = { alternatives: 0, current: 1, commas: 0, own: '', nested: false, at: 0 };
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        const close = ch === '[' ? pattern.indexOf(']', i + 2) : -1;
        if (close !== -1) {
            top.own += pattern.slice(i, close + 1);
            i = close;
        }
        else if (ch === '{') {
            stack.push(top);
            top = { alternatives: 0, current: 1, commas: 0, own: '', nested: false, at: i };
            if (stack.length > MAX_BRACE_DEPTH)
                return `nests braces more than ${MAX_BRACE_DEPTH} deep, which is not supported; split it into several patterns`;
        }
        else if (ch === '}' && stack.length > 0) {
            const { count, problem } = closeBrace(top, pattern.slice(top.at, i + 1));
            if (problem)
                return problem;
            top = stack.pop();
            top.current = capped(top.current * count);
            top.nested = true;
        }
        else if (ch === ',' && stack.length > 0) {
            top.alternatives = capped(top.alternatives + top.current);
            top.current = 1;
            top.commas++;
        }
        else
            top.own += ch;
    }
    let total = top.current;
    for (const frame of stack)
        total = capped(total * frame.current);
    if (total > MAX_BRACE_ALTERNATIVES)
        return `stands for more than ${MAX_BRACE_ALTERNATIVES.toLocaleString('en-US')} alternatives once its braces are expanded, which is not supported; split it into several patterns`;
    return undefined;
}
/**
 * Why a glob is refused, as one sentence naming the pattern, or undefined when the matcher reads
 * it exactly as picomatch does.
 */
function unsupportedGlob(pattern) {
    const shown = showPattern(pattern);
    if (pattern.length > MAX_PATTERN_LENGTH) {
        return `pattern ${shown} is ${pattern.length.toLocaleString('en-US')} characters long; a pattern may have at most ${MAX_PATTERN_LENGTH.toLocaleString('en-US')}`;
    }
    for (const { find, why } of REFUSED) {
        const found = find.exec(pattern);
        if (found)
            return `pattern ${shown} ${why(found[0])}`;
    }
    const braces = braceProblem(pattern);
    return braces === undefined ? undefined : `pattern ${shown} ${braces}`;
}


/***/ }),

/***/ 6791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jp: () => (/* binding */ explainIssue),
/* harmony export */   uJ: () => (/* binding */ joinPath),
/* harmony export */   wF: () => (/* binding */ describeIssues)
/* harmony export */ });
/* unused harmony exports valueAt, preview, describeIssue */
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
/** One sentence per issue: the JSON path, what was expected and what was there. */
function describeIssue(issue, raw) {
    if (issue.code === 'unrecognized_keys') {
        return issue.keys.map(k => `${joinPath([...issue.path, k])}: unknown key`).join('; ');
    }
    return `${joinPath(issue.path)}: ${explainIssue(issue, raw)}`;
}
/** The first `shown` issues as sentences joined by "; ", and how many more there are. */
function describeIssues(issues, raw, shown = 5) {
    const more = issues.length > shown ? `; and ${issues.length - shown} more` : '';
    return `${issues
        .slice(0, shown)
        .map(i => describeIssue(i, raw))
        .join('; ')}${more}`;
}


/***/ })

};
