export const id = 366;
export const ids = [366,589];
export const modules = {

/***/ 59366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   judgeAndRecord: () => (/* binding */ judgeAndRecord),
/* harmony export */   loadProposals: () => (/* binding */ loadProposals)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _db_proposals_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46589);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25086);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67388);
/**
 * main, with a claimed run: load the proposals, judge each with the policy engine, record
 * everything in one transaction, and report.
 */






async function loadProposals(inputs, workspace, configText, configPath) {
    if (!inputs.proposals)
        return { proposals: [], file: '' };
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(inputs.proposals) ? inputs.proposals : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, inputs.proposals);
    const bytes = await readProposalsBytes(inputs, file);
    try {
        const text = bytes.toString('utf8');
        const parsed = await (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readProposalsFile */ .MW)(text, {
            configPath,
            readBaseFile: (path) => (path === configPath ? configText : null)
        });
        // The same text readProposalsFile validated: the executor applies exactly the patch judged.
        const raw = JSON.parse(text.replace(/^\uFEFF/, ''));
        const proposals = parsed.proposals.map((proposal, i) => {
            const patch = raw.proposals[i]?.patch;
            return typeof patch === 'string' ? { proposal, patch } : { proposal };
        });
        return { ...(parsed.reflection ? { reflection: parsed.reflection } : {}), proposals, file };
    }
    catch (error) {
        throw new Error(`The proposals file ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .forLog */ .Ig)(inputs.proposals, 200)} cannot be used: ${error.message}`, { cause: error });
    }
}
/** The file's bytes, checked against proposals-sha256 when that input is set. */
async function readProposalsBytes(inputs, file) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
    }
    catch (error) {
        throw new Error(`Input "proposals" is "${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .forLog */ .Ig)(inputs.proposals, 200)}"; the file could not be read (${error.code ?? error.message}).`, { cause: error });
    }
    if (inputs.proposalsSha256) {
        const actual = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
        if (actual !== inputs.proposalsSha256) {
            throw new Error(`Input "proposals-sha256" is ${inputs.proposalsSha256}, but the proposals file hashes to ${actual}; the file changed between the propose job and this one.`);
        }
    }
    return bytes;
}
async function judgeAndRecord(opts) {
    const { db, config, loaded } = opts;
    const wildcardAlreadyUsedToday = await (0,_db_proposals_js__WEBPACK_IMPORTED_MODULE_5__.hasAllowedWildcard)(db.sql, opts.repository, opts.runDate);
    const verdicts = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateProposals */ .t0)({
        config,
        proposals: loaded.proposals.map(p => p.proposal),
        configPath: opts.configPath,
        wildcardAlreadyUsedToday
    }).proposals;
    const judged = verdicts.map((verdict, i) => {
        const patch = loaded.proposals[i].patch;
        return patch === undefined ? { verdict } : { verdict, patch };
    });
    const plan = opts.planActions ? await opts.planActions(judged) : [];
    const reasons = new Map(plan.flatMap(e => (e.execute ? [] : [[e.index, e.reason]])));
    const store = config.telemetry.storeProposals;
    const recorded = await (0,_db_proposals_js__WEBPACK_IMPORTED_MODULE_5__/* .recordJudgement */ .T)(db.sql, {
        runId: opts.runId,
        repository: opts.repository,
        runDate: opts.runDate,
        reflection: config.telemetry.storeReflections && loaded.reflection ? loaded.reflection : null,
        proposals: (store ? verdicts : []).map((v, i) => rowOf(opts, v, reasons.get(i)))
    });
    judged.forEach((p, i) => {
        const proposalId = recorded.proposalIds[i];
        const actionId = recorded.actionIds[i];
        if (proposalId !== undefined)
            p.proposalId = proposalId;
        if (actionId !== undefined && actionId !== null)
            p.actionId = actionId;
    });
    // The database is the last word on the daily wildcard: a racing process may have taken it.
    for (const index of recorded.flipped) {
        const v = verdicts[index];
        v.allowed = false;
        v.violations.push({
            rule: 'wildcard-daily-limit',
            message: 'A wildcard change is already recorded for this repository today.'
        });
    }
    return { proposals: judged, flippedByDatabase: recorded.flipped.length };
}
/** The row a verdict is recorded as; an allowed one carries its planned action (and why it waits). */
function rowOf(opts, v, reason) {
    return {
        type: v.type,
        title: v.title,
        description: v.description ?? null,
        riskLevel: v.riskLevel,
        effort: v.effort ?? null,
        allowed: v.allowed,
        blockedReasons: v.violations.map(x => `${x.rule}: ${x.message}`),
        action: v.allowed && opts.config.telemetry.storeActions
            ? {
                actionType: v.stats.files > 0 ? 'pr' : 'issue',
                payload: {
                    dryRun: opts.dryRun,
                    source: v.source,
                    changes: v.stats,
                    files: v.files?.slice(0, 50),
                    ...(reason !== undefined ? { reason } : {})
                }
            }
            : undefined
    };
}


/***/ }),

/***/ 46589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ recordJudgement),
/* harmony export */   hasAllowedWildcard: () => (/* binding */ hasAllowedWildcard)
/* harmony export */ });
/* unused harmony export WILDCARD_DAILY_LIMIT */
const WILDCARD_DAILY_LIMIT = 'wildcard-daily-limit';
const ONE_ALLOWED_WILDCARD_INDEX = 'self_evolution_proposals_one_allowed_wildcard';
/** Record a run's judgement in one transaction; see the module comment for the wildcard limit. */
async function recordJudgement(sql, judgement) {
    const proposals = judgement.proposals.map(p => ({ ...p, blockedReasons: [...p.blockedReasons] }));
    const flipped = [];
    for (;;) {
        try {
            const recorded = await sql.begin(tx => insertJudgement(tx, judgement, proposals));
            return { ...recorded, flipped: flipped.sort((a, b) => a - b) };
        }
        catch (error) {
            if (!isWildcardLimit(error))
                throw error;
            // Another run (or process) holds today's wildcard: every allowed wildcard here is over the
            // limit. If none does, this batch held two itself: the first keeps it.
            const taken = await hasAllowedWildcard(sql, judgement.repository, judgement.runDate);
            const allowedWildcards = proposals.flatMap((p, i) => (p.allowed && p.type === 'wildcard' ? [i] : []));
            const over = taken ? allowedWildcards : allowedWildcards.slice(1);
            if (!over.length)
                throw error;
            for (const i of over) {
                proposals[i].allowed = false;
                proposals[i].action = null;
                proposals[i].blockedReasons.push(`${WILDCARD_DAILY_LIMIT}: an allowed wildcard is already recorded for ${judgement.repository || 'this repository'} on ${judgement.runDate}`);
                flipped.push(i);
            }
        }
    }
}
async function insertJudgement(tx, judgement, proposals) {
    let reflectionId = null;
    if (judgement.reflection) {
        const sentiment = judgement.reflection.sentiment;
        const [row] = await tx `
      INSERT INTO self_evolution_reflections (run_id, insights, sentiment)
      VALUES (${judgement.runId}, ${judgement.reflection.insights},
              ${sentiment === undefined || sentiment === null ? null : tx.json(sentiment)})
      RETURNING id
    `;
        reflectionId = row.id;
    }
    if (!proposals.length)
        return { reflectionId, proposalIds: [], actionIds: [] };
    // One multi-row INSERT each; PostgreSQL returns the rows of INSERT … VALUES in the order given.
    const proposalRows = proposals.map(p => ({
        run_id: judgement.runId,
        repository: judgement.repository,
        run_date: judgement.runDate,
        type: p.type,
        title: p.title,
        description: p.description ?? null,
        risk_level: p.riskLevel,
        effort: p.effort ?? null,
        allowlisted: p.allowed,
        blocked_reasons: tx.array(p.blockedReasons, 25) // TEXT[] even when empty
    }));
    const inserted = await tx `
    INSERT INTO self_evolution_proposals ${tx(proposalRows)}
    RETURNING id
  `;
    const proposalIds = inserted.map(r => r.id);
    const withAction = proposals.flatMap((p, i) => (p.allowed && p.action ? [i] : []));
    const actionIds = proposals.map(() => null);
    if (withAction.length) {
        const actionRows = withAction.map(i => ({
            proposal_id: proposalIds[i],
            action_type: proposals[i].action.actionType,
            payload: tx.json(proposals[i].action.payload),
            status: 'planned'
        }));
        const actions = await tx `
      INSERT INTO self_evolution_actions ${tx(actionRows)}
      RETURNING id
    `;
        withAction.forEach((proposalIndex, k) => (actionIds[proposalIndex] = actions[k].id));
    }
    return { reflectionId, proposalIds, actionIds };
}
function isWildcardLimit(error) {
    const e = error;
    return e?.code === '23505' && e.constraint_name === ONE_ALLOWED_WILDCARD_INDEX;
}
/** Whether an allowed wildcard is already recorded for the repository and UTC day. */
async function hasAllowedWildcard(sql, repository, runDate) {
    const [row] = await sql `
    SELECT EXISTS (
      SELECT 1 FROM self_evolution_proposals
      WHERE repository = ${repository} AND run_date = ${runDate} AND type = 'wildcard' AND allowlisted
    ) AS taken
  `;
    return row.taken;
}


/***/ }),

/***/ 25086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* reexport safe */ _proposals_file_js__WEBPACK_IMPORTED_MODULE_5__.readProposalsFile),
/* harmony export */   sh: () => (/* reexport safe */ _git_js__WEBPACK_IMPORTED_MODULE_6__.sh),
/* harmony export */   t0: () => (/* reexport safe */ _engine_js__WEBPACK_IMPORTED_MODULE_0__.evaluateProposals)
/* harmony export */ });
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40566);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40786);
/* harmony import */ var _config_loosened_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10782);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45915);
/* harmony import */ var _unified_diff_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77858);
/* harmony import */ var _proposals_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52576);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28710);
/**
 * The policy engine and its readers. `evaluateProposals` is pure (no I/O, no clock) and is what
 * the action's main step and the `check` command both call; the readers are the thin layer that
 * turns git, a unified diff or a proposals file into proposals under review.
 */












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


/***/ })

};
