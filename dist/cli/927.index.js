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
const DEFAULT_CONFIG_JSON = '{"version":"1.0.0","enabled":false,"dryRunMode":true,"scheduleConfig":{"cronSchedule":"0 2 * * *","jitterMinutes":20,"skipDuringDeployments":true,"deploymentLookbackHours":6,"ghostRunHours":6,"staleRunHours":6},"safetyRails":{"diffCaps":{"maxLinesOfCode":500,"maxFilesChanged":10,"requireGreenCI":true},"allowedPaths":["packages/agent/src/tools/**","packages/agent/src/prompts/**","apps/bot/src/persona/**","docs/**/*.md",".github/self-evolution-config.json"],"blockedPaths":[".github/workflows/**",".github/actions/**",".github/CODEOWNERS","packages/database/**",".env*","pnpm-lock.yaml","package-lock.json","package.json",".npmrc",".gitattributes",".gitmodules","**/*.key","**/*.pem","**/secrets/**","action.yml","action.yaml","dist/**",".claude",".codex",".mcp.json","CLAUDE.md","CLAUDE.local.md","AGENTS.md","AGENTS.override.md"],"allowedChangeTypes":["capability","prompt","persona","cleanup","wildcard"],"maxRiskLevel":2,"riskFloors":[{"paths":["docs/**/*.md"],"minRisk":0,"newFilesOnly":false},{"paths":["apps/bot/src/persona/**"],"minRisk":0,"newFilesOnly":false},{"paths":["packages/agent/src/prompts/**"],"minRisk":1,"newFilesOnly":false},{"paths":["packages/agent/src/tools/**"],"minRisk":2,"newFilesOnly":true},{"paths":[".github/self-evolution-config.json"],"minRisk":2,"newFilesOnly":false},{"paths":["packages/agent/src/tools/**"],"minRisk":1,"newFilesOnly":false}],"sizeFloors":[{"paths":["packages/agent/src/prompts/**","apps/bot/src/persona/**"],"minLines":50,"minRisk":2},{"minLines":200,"minRisk":2}],"requireReviewers":true,"requiredChecks":[],"allowBinaryFiles":false,"allowedUrlHosts":["github.com","docs.github.com","api.github.com","cli.github.com","nodejs.org","developer.mozilla.org","www.npmjs.com","docs.npmjs.com","www.typescriptlang.org","json-schema.org","www.rfc-editor.org","datatracker.ietf.org","www.unicode.org","semver.org","keepachangelog.com","www.conventionalcommits.org","spdx.org","opensource.org","www.postgresql.org","en.wikipedia.org","example.com","*.example.com","example.org","*.example.org","example.net","*.example.net","*.example","*.test","*.invalid","localhost","*.localhost","127.0.0.1","[::1]"],"typePaths":{"capability":["packages/agent/src/tools/**"],"prompt":["packages/agent/src/prompts/**"],"persona":["apps/bot/src/persona/**"],"cleanup":["**"]}},"wildcardFeature":{"enabled":true,"maxRiskLevel":1,"allowedTypes":["persona","prompt"],"description":"One small, reversible, low-risk change per day."},"telemetry":{"logRetentionDays":90,"storeReflections":true,"storeProposals":true,"storeActions":true,"attachArtifacts":true},"prTemplateConfig":{"autoLabels":["ai-ops","self-evolution","safety"],"autoRequestReviewers":[],"branchPrefix":"self-evolution/","requireChecklist":true},"rollbackConfig":{"autoRevertOnFailure":true,"maxFailuresBeforeDisable":3,"cooldownHours":24},"rollout":{"liveChangeTypes":[],"maxActionsPerRun":1,"maxOpenPullRequests":3,"botName":"self-evolution[bot]","botEmail":"self-evolution[bot]@users.noreply.github.com"},"reflection":{"lookbackDays":14,"feedbackLabel":"self-evolution:feedback","maxBytes":65536,"maxFieldChars":500,"memoryItems":20,"logLines":10},"agent":{"retries":1,"promptFile":"","timeoutMinutes":30,"acceptSharedUser":false}}';
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


/***/ })

};
