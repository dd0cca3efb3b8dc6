export const id = 580;
export const ids = [580];
export const modules = {

/***/ 65580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  judgeAndRecord: () => (/* binding */ judgeAndRecord),
  loadProposals: () => (/* binding */ loadProposals)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/db/proposals.ts
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

// EXTERNAL MODULE: ./src/policy/index.ts + 1 modules
var policy = __webpack_require__(43350);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
;// CONCATENATED MODULE: ./src/daily/judge.ts
/**
 * main, with a claimed run: load the proposals, judge each with the policy engine, record
 * everything in one transaction, and report.
 */






async function loadProposals(inputs, workspace, configText, configPath) {
    if (!inputs.proposals)
        return { proposals: [], file: '' };
    const file = (0,external_node_path_.isAbsolute)(inputs.proposals) ? inputs.proposals : (0,external_node_path_.resolve)(workspace, inputs.proposals);
    const bytes = await readProposalsBytes(inputs, file);
    try {
        const text = bytes.toString('utf8');
        const parsed = await (0,policy/* readProposalsFile */.MW)(text, {
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
        throw new Error(`The proposals file ${(0,text_escape/* forLog */.Ig)(inputs.proposals, 200)} cannot be used: ${error.message}`, { cause: error });
    }
}
/** The file's bytes, checked against proposals-sha256 when that input is set. */
async function readProposalsBytes(inputs, file) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(file);
    }
    catch (error) {
        throw new Error(`Input "proposals" is "${(0,text_escape/* forLog */.Ig)(inputs.proposals, 200)}"; the file could not be read (${error.code ?? error.message}).`, { cause: error });
    }
    if (inputs.proposalsSha256) {
        const actual = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
        if (actual !== inputs.proposalsSha256) {
            throw new Error(`Input "proposals-sha256" is ${inputs.proposalsSha256}, but the proposals file hashes to ${actual}; the file changed between the propose job and this one.`);
        }
    }
    return bytes;
}
async function judgeAndRecord(opts) {
    const { db, config, loaded } = opts;
    const wildcardAlreadyUsedToday = await hasAllowedWildcard(db.sql, opts.repository, opts.runDate);
    const verdicts = (0,policy/* evaluateProposals */.t0)({
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
    const recorded = await recordJudgement(db.sql, {
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

/***/ 43350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t0: () => (/* reexport */ engine/* evaluateProposals */.t0),
  sh: () => (/* reexport */ git/* readGitChanges */.sh),
  MW: () => (/* reexport */ readProposalsFile)
});

// UNUSED EXPORTS: MAX_FILES_IN_A_CHANGE, MAX_PROPOSALS, NEVER_ALLOWED_RISK, PolicyInputError, RULE_IDS, SECRET_FORMATS, applyHunks, blockedGlobs, compileAnchored, compileBlocked, compilePolicy, declaredDirection, findSecrets, isGitDirectoryAlias, judgeConfigChange, loosenedKeys, normalizePath, parseRange, parseUnifiedDiff, proposalsFileSchema, proposalsJsonSchema, readGitFile, readPatchChanges

// EXTERNAL MODULE: ./src/policy/engine.ts
var engine = __webpack_require__(40566);
// EXTERNAL MODULE: ./src/policy/paths.ts
var paths = __webpack_require__(40786);
// EXTERNAL MODULE: ./src/policy/config-loosened.ts
var config_loosened = __webpack_require__(10782);
// EXTERNAL MODULE: ./src/policy/secrets.ts
var secrets = __webpack_require__(45915);
// EXTERNAL MODULE: ./src/policy/unified-diff.ts
var unified_diff = __webpack_require__(77858);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 16 modules
var schemas = __webpack_require__(13603);
// EXTERNAL MODULE: ./src/text/zod-issues.ts
var zod_issues = __webpack_require__(6791);
// EXTERNAL MODULE: ./src/config/schema.ts + 1 modules
var schema = __webpack_require__(91590);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(44795);
// EXTERNAL MODULE: ./src/policy/normalize.ts
var normalize = __webpack_require__(42425);
;// CONCATENATED MODULE: ./src/policy/proposals-file.ts
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
const gitMode = schemas/* string */.YjP().regex(/^[0-7]{6}$/, 'expected a git mode of six octal digits such as "100644"');
const count = schemas/* number */.aig().int().min(0);
const level = schemas/* number */.aig().int().min(0).max(5);
const claimedFileSchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().min(1).meta({ description: 'The new path (the deleted path for a deletion).' }),
    previousPath: schemas/* string */.YjP().min(1).optional().meta({ description: 'The old path of a rename or copy.' }),
    status: schemas/* enum */.k5n(['added', 'modified', 'deleted', 'renamed', 'copied']),
    additions: count,
    deletions: count,
    binary: schemas/* boolean */.zMY().optional(),
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
const proposalSchema = schemas/* strictObject */.rej({
    title: schemas/* string */.YjP().min(1),
    description: schemas/* string */.YjP().optional(),
    type: schemas/* enum */.k5n(schema/* CHANGE_TYPES */.pf),
    riskLevel: level,
    effort: level.optional(),
    files: schemas/* array */.YOg(claimedFileSchema).optional().meta({ description: "The agent's claim of what changes." }),
    patch: schemas/* string */.YjP().optional().meta({ description: 'A git-style unified diff, in place of files.' })
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
const proposalsFileSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    reflection: schemas/* strictObject */.rej({ insights: schemas/* string */.YjP(), sentiment: schemas/* unknown */.L5J().optional() })
        .optional()
        .meta({ description: "The agent's reflection on recent runs." }),
    proposals: schemas/* array */.YOg(proposalSchema).max(MAX_PROPOSALS)
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
        return issue.keys.map(k => `${(0,zod_issues/* joinPath */.uJ)([...issue.path, k])}: unknown key`).join('; ');
    }
    return `${(0,zod_issues/* joinPath */.uJ)(issue.path)}: ${(0,zod_issues/* explainIssue */.Jp)(issue, raw)}`;
}
/**
 * The changes of a unified diff, with the watched config file's text before and after when the
 * patch touches it. `readBaseFile` supplies the before-text (the working tree, or git).
 */
async function readPatchChanges(text, opts) {
    const parsed = (0,unified_diff/* parseUnifiedDiff */.r)(text);
    const files = parsed.map(({ hunks: _hunks, ...file }) => file);
    const watched = (0,normalize/* normalizePath */.Fd)(opts.configPath);
    if (!watched.ok)
        return { files };
    const same = (p) => {
        if (p === undefined)
            return false;
        const n = (0,normalize/* normalizePath */.Fd)(p);
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
        const after = file.binary ? undefined : (0,unified_diff/* applyHunks */.i)(start, file.hunks);
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
        throw new errors/* PolicyInputError */.H(`the proposals file is not valid JSON (${error.message})`);
    }
    const parsed = proposalsFileSchema.safeParse(raw);
    if (!parsed.success) {
        const issues = parsed.error.issues;
        const shown = issues.slice(0, 5).map(i => describeIssue(i, raw));
        const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
        throw new errors/* PolicyInputError */.H(`the proposals file is invalid: ${shown.join('; ')}${more}`);
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
                if (error instanceof errors/* PolicyInputError */.H) {
                    throw new errors/* PolicyInputError */.H(`proposals[${index}].patch cannot be read: ${error.message}`);
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

// EXTERNAL MODULE: ./src/policy/git.ts
var git = __webpack_require__(28710);
;// CONCATENATED MODULE: ./src/policy/index.ts
/**
 * The policy engine and its readers. `evaluateProposals` is pure (no I/O, no clock) and is what
 * the action's main step and the `check` command both call; the readers are the thin layer that
 * turns git, a unified diff or a proposals file into proposals under review.
 */












/***/ })

};
