export const id = 576;
export const ids = [576,195];
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

/***/ 52576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ readProposalsFile),
/* harmony export */   proposalsFileSchema: () => (/* binding */ proposalsFileSchema),
/* harmony export */   readPatchChanges: () => (/* binding */ readPatchChanges)
/* harmony export */ });
/* unused harmony exports MAX_PROPOSALS, claimedFileSchema, proposalSchema, AGENT_EXIT_STATUSES, ROUND_OUTCOMES, agentRecordSchema, proposalsJsonSchema */
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
