export const id = 366;
export const ids = [366,589];
export const modules = {

/***/ 59366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describePatchJudgement: () => (/* binding */ describePatchJudgement),
/* harmony export */   judgeAndRecord: () => (/* binding */ judgeAndRecord),
/* harmony export */   loadProposals: () => (/* binding */ loadProposals)
/* harmony export */ });
/* harmony import */ var _runtime_surface_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28067);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _db_proposals_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(46589);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25086);
/* harmony import */ var _policy_judge_patches_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43386);
/* harmony import */ var _git_apply_patch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68083);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(67388);
/**
 * main, with a claimed run: load the proposals, judge each with the policy engine, record
 * everything in one transaction, and report.
 */









/** One sentence for the log and the report: who judged the patches. */
function describePatchJudgement(j) {
    if (j.reader === 'git-apply')
        return `git apply onto the checkout's HEAD ${j.base} judged the patches.`;
    if (j.reader === 'text')
        return `The text reader judged the patches: ${j.why}.`;
    return `No patch was judged: ${j.why}.`;
}
/**
 * Acting applies a patch onto the default branch's head; the rails job's checkout (HEAD of the
 * workspace) is that commit on a scheduled run, so git judges each patch there. On GitHub the
 * text reader never judges: without a checkout every patch is blocked, naming the step to add.
 */
async function patchJudgement(workspace, oracle) {
    try {
        return { reader: 'git-apply', base: await (0,_git_apply_patch_js__WEBPACK_IMPORTED_MODULE_6__.resolveCommit)(workspace, 'HEAD') };
    }
    catch (error) {
        if (!(error instanceof _policy_judge_patches_js__WEBPACK_IMPORTED_MODULE_5__/* .ApplyBaseError */ .K))
            throw error;
        const what = error.kind === 'no-repository'
            ? `the workspace ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .forLog */ .Ig)(workspace, 200)} is not a git repository`
            : `the workspace ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .forLog */ .Ig)(workspace, 200)} has no commit at HEAD`;
        return oracle.onGitHub
            ? {
                reader: 'none',
                why: `${what}; add an actions/checkout step before this action so git can judge them`
            }
            : { reader: 'text', why: `${what} (a local run)` };
    }
}
async function loadProposals(inputs, workspace, configText, configPath, oracle = { onGitHub: false }) {
    if (!inputs.proposals)
        return { proposals: [], file: '' };
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(inputs.proposals) ? inputs.proposals : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workspace, inputs.proposals);
    const bytes = await readProposalsBytes(inputs, file, oracle.surface ?? 'action');
    const judgement = await patchJudgement(workspace, oracle);
    try {
        const text = bytes.toString('utf8');
        // The same text the readers validate: the executor applies exactly the patch judged.
        const parsed = await (0,_policy_judge_patches_js__WEBPACK_IMPORTED_MODULE_5__.readProposalsWithPatches)(text, {
            configPath,
            readBaseFile: (path) => (path === configPath ? configText : null),
            gitJudges: judgement.reader !== 'text'
        });
        const proposals = await judgePatches(parsed.proposals, judgement, workspace, configPath, oracle);
        return {
            ...(parsed.reflection ? { reflection: parsed.reflection } : {}),
            proposals,
            file,
            judgement,
            ...(parsed.agent ? { agent: parsed.agent } : {}),
            ...(parsed.noop !== undefined ? { noop: parsed.noop } : {})
        };
    }
    catch (error) {
        throw new Error(`The proposals file ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .forLog */ .Ig)(inputs.proposals, 200)} cannot be used: ${error.message}`, { cause: error });
    }
}
/** The patches judged as `judgement` says: by git, by the text reader, or blocked. */
async function judgePatches(proposals, judgement, workspace, configPath, oracle) {
    if (judgement.reader === 'text')
        return proposals;
    if (judgement.reader === 'none') {
        return proposals.map(p => p.patch === undefined
            ? p
            : {
                proposal: {
                    ...p.proposal,
                    files: [],
                    patchProblem: {
                        rule: 'patch-rejected',
                        message: `git cannot judge the patch: ${judgement.why}`
                    }
                },
                patch: p.patch
            });
    }
    const judged = await (0,_policy_judge_patches_js__WEBPACK_IMPORTED_MODULE_5__.judgePatchesWithGit)(proposals, {
        repo: workspace,
        base: judgement.base,
        configPath,
        ...(oracle.scratchDir ? { scratchDir: oracle.scratchDir } : {})
    });
    return judged.proposals;
}
/** The file's bytes, checked against proposals-sha256 when that input is set. */
async function readProposalsBytes(inputs, file, surface) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file);
    }
    catch (error) {
        throw new Error(`${(0,_runtime_surface_js__WEBPACK_IMPORTED_MODULE_0__/* .inputLabel */ .NB)(surface, 'proposals')} is "${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .forLog */ .Ig)(inputs.proposals, 200)}"; the file could not be read (${error.code ?? error.message}).`, { cause: error });
    }
    if (inputs.proposalsSha256) {
        const actual = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(bytes).digest('hex');
        if (actual !== inputs.proposalsSha256) {
            throw new Error(`${(0,_runtime_surface_js__WEBPACK_IMPORTED_MODULE_0__/* .inputLabel */ .NB)(surface, 'proposals-sha256')} is ${inputs.proposalsSha256}, but the proposals file hashes to ${actual}; the file changed between the propose job and this one.`);
        }
    }
    return bytes;
}
async function judgeAndRecord(opts) {
    const { db, config, loaded } = opts;
    const wildcardAlreadyUsedToday = await (0,_db_proposals_js__WEBPACK_IMPORTED_MODULE_8__.hasAllowedWildcard)(db.sql, opts.repository, opts.runDate);
    const verdicts = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluateProposals */ .t0)({
        config,
        proposals: loaded.proposals.map(p => p.proposal),
        configPath: opts.configPath,
        wildcardAlreadyUsedToday
    }).proposals;
    const judged = verdicts.map((verdict, i) => {
        const { patch, reader } = loaded.proposals[i];
        return patch === undefined ? { verdict } : { verdict, patch, ...(reader ? { reader } : {}) };
    });
    const plan = opts.planActions ? await opts.planActions(judged) : [];
    const reasons = new Map(plan.flatMap(e => (e.execute ? [] : [[e.index, e.reason]])));
    const store = config.telemetry.storeProposals;
    const recorded = await (0,_db_proposals_js__WEBPACK_IMPORTED_MODULE_8__/* .recordJudgement */ .T)(db.sql, {
        runId: opts.runId,
        repository: opts.repository,
        runDate: opts.runDate,
        reflection: config.telemetry.storeReflections && loaded.reflection ? loaded.reflection : null,
        proposals: (store ? verdicts : []).map((v, i) => rowOf(opts, v, reasons.get(i), judged[i].reader))
    }, { beforeCommit: opts.beforeCommit });
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
function rowOf(opts, v, reason, reader) {
    return {
        type: v.type,
        title: v.title,
        description: v.description ?? null,
        riskLevel: v.riskLevel,
        effectiveRisk: v.effectiveRisk,
        effort: v.effort ?? null,
        allowed: v.allowed,
        blockedReasons: v.violations.map(x => `${x.rule}: ${x.message}`),
        action: v.allowed && opts.config.telemetry.storeActions
            ? {
                actionType: v.stats.files > 0 ? 'pr' : 'issue',
                payload: {
                    dryRun: opts.dryRun,
                    source: v.source,
                    ...(reader ? { reader } : {}),
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
/**
 * Record a run's judgement in one transaction; see the module comment for the wildcard limit.
 * `beforeCommit` runs inside the transaction after every insert: a throw there rolls it all back
 * (an interrupted run records nothing half-way).
 */
async function recordJudgement(sql, judgement, opts = {}) {
    const proposals = judgement.proposals.map(p => ({ ...p, blockedReasons: [...p.blockedReasons] }));
    const flipped = [];
    for (let tries = 0;; tries++) {
        try {
            const recorded = await sql.begin(async (tx) => {
                // The run row, locked: the attempt recorded here is the run's current one, and no other
                // recording of this run decides the day's wildcard at the same time.
                const attempt = await lockRunAttempt(tx, judgement.runId);
                flipped.push(...flipWildcardsOverLimit(judgement, proposals, await wildcardTaken(tx, judgement)));
                const inserted = await insertJudgement(tx, judgement, proposals, attempt);
                await opts.beforeCommit?.();
                return inserted;
            });
            return { ...recorded, flipped: flipped.sort((a, b) => a - b) };
        }
        catch (error) {
            // The index is the last word: a racing insert that took the day's wildcard is seen on retry.
            if (!isWildcardLimit(error) || tries > 0)
                throw error;
        }
    }
}
/**
 * Turn allowed wildcards over the daily limit into blocked ones: every one when the day's wildcard is
 * taken, else every one after the first. Returns the indexes turned.
 */
function flipWildcardsOverLimit(judgement, proposals, taken) {
    const allowedWildcards = proposals.flatMap((p, i) => (p.allowed && p.type === 'wildcard' ? [i] : []));
    const over = taken === null ? allowedWildcards.slice(1) : allowedWildcards;
    for (const i of over) {
        proposals[i].allowed = false;
        proposals[i].action = null;
        proposals[i].blockedReasons.push(`${WILDCARD_DAILY_LIMIT}: ${taken ?? `an allowed wildcard is already recorded for ${judgement.repository || 'this repository'} on ${judgement.runDate}`}`);
    }
    return over;
}
async function lockRunAttempt(tx, runId) {
    const [run] = await tx `
    SELECT attempt FROM self_evolution_runs WHERE id = ${runId} FOR UPDATE
  `;
    if (!run)
        throw new Error(`Run ${runId} does not exist: its judgement cannot be recorded.`);
    return run.attempt;
}
async function insertJudgement(tx, judgement, proposals, attempt) {
    let reflectionId = null;
    if (judgement.reflection) {
        const sentiment = judgement.reflection.sentiment;
        const [row] = await tx `
      INSERT INTO self_evolution_reflections (run_id, attempt, insights, sentiment)
      VALUES (${judgement.runId}, ${attempt}, ${judgement.reflection.insights},
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
        attempt,
        type: p.type,
        title: p.title,
        description: p.description ?? null,
        risk_level: p.riskLevel,
        effective_risk: p.effectiveRisk ?? null,
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
/**
 * Whether the day's wildcard is taken: an allowed wildcard of the day's run's latest attempt, or one of
 * an earlier attempt whose action has gone beyond 'planned', or is still planned with a branch
 * recorded as pushed or being pushed (payload.leftover): one wildcard change a day. A superseded
 * attempt's wildcard that was never acted on leaves the day's wildcard to its successor.
 */
async function hasAllowedWildcard(sql, repository, runDate) {
    return (await wildcardTaken(sql, { repository, runDate })) !== null;
}
/** Why the day's wildcard is taken (see hasAllowedWildcard), or null when it is not. */
async function wildcardTaken(sql, day) {
    const [row] = await sql `
    SELECT p.id AS "proposalId", p.attempt, p.attempt >= r.attempt AS latest, a.status AS "actionStatus"
    FROM self_evolution_proposals p
    JOIN self_evolution_runs r ON r.id = p.run_id
    LEFT JOIN self_evolution_actions a ON a.proposal_id = p.id
      AND (a.status <> 'planned' OR jsonb_typeof(a.payload -> 'leftover') = 'object')
    WHERE p.repository = ${day.repository} AND p.run_date = ${day.runDate} AND p.type = 'wildcard'
      AND p.allowlisted AND (p.attempt >= r.attempt OR a.id IS NOT NULL)
    ORDER BY (a.id IS NOT NULL) DESC, p.id
    LIMIT 1
  `;
    if (!row)
        return null;
    if (row.latest)
        return `an allowed wildcard is already recorded for ${day.repository || 'this repository'} on ${day.runDate}`;
    return (`the wildcard of attempt ${row.attempt} of ${day.repository || 'this repository'}'s run on ${day.runDate} ` +
        `was already acted on (its action is ${row.actionStatus === 'planned' ? 'planned, with a branch pushed or being pushed' : row.actionStatus}); one wildcard change a day`);
}


/***/ }),

/***/ 25086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sh: () => (/* reexport safe */ _git_js__WEBPACK_IMPORTED_MODULE_7__.sh),
/* harmony export */   t0: () => (/* reexport safe */ _engine_js__WEBPACK_IMPORTED_MODULE_0__.evaluateProposals)
/* harmony export */ });
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40566);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4965);
/* harmony import */ var _config_loosened_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10782);
/* harmony import */ var _risk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69391);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45915);
/* harmony import */ var _unified_diff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26690);
/* harmony import */ var _proposals_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52576);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12147);
/**
 * The policy engine and its readers. `evaluateProposals` is pure (no I/O, no clock) and is what
 * the action's main step and the `check` command both call; the readers are the thin layer that
 * turns git, a unified diff or a proposals file into proposals under review.
 */













/***/ })

};
