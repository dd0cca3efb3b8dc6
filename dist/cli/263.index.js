export const id = 263;
export const ids = [263,589];
export const modules = {

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

/***/ 58263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   judgeAndRecord: () => (/* binding */ judgeAndRecord),
/* harmony export */   loadProposals: () => (/* binding */ loadProposals)
/* harmony export */ });
/* unused harmony export ProposalsInputError */
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






class ProposalsInputError extends Error {
    name = 'ProposalsInputError';
}
async function loadProposals(inputs, workspace, configText, configPath) {
    if (!inputs.proposals)
        return { proposals: [], file: '', patches: [] };
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(inputs.proposals) ? inputs.proposals : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, inputs.proposals);
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
    }
    catch (error) {
        throw new ProposalsInputError(`Input "proposals" is "${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .forLog */ .Ig)(inputs.proposals, 200)}"; the file could not be read (${error.code ?? error.message}).`);
    }
    if (inputs.proposalsSha256) {
        const actual = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
        if (actual !== inputs.proposalsSha256) {
            throw new ProposalsInputError(`Input "proposals-sha256" is ${inputs.proposalsSha256}, but the proposals file hashes to ${actual}; the file changed between the propose job and this one.`);
        }
    }
    try {
        const text = bytes.toString('utf8');
        const parsed = await (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readProposalsFile */ .MW)(text, {
            configPath,
            readBaseFile: (path) => (path === configPath ? configText : null)
        });
        // The same text readProposalsFile validated: the executor applies exactly the patch judged.
        const raw = JSON.parse(text.replace(/^\uFEFF/, ''));
        const patches = raw.proposals.map(p => (typeof p.patch === 'string' ? p.patch : undefined));
        return { ...parsed, file, patches };
    }
    catch (error) {
        throw new ProposalsInputError(`The proposals file ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .forLog */ .Ig)(inputs.proposals, 200)} cannot be used: ${error.message}`);
    }
}
async function judgeAndRecord(opts) {
    const { db, config, loaded } = opts;
    const wildcardAlreadyUsedToday = await (0,_db_proposals_js__WEBPACK_IMPORTED_MODULE_5__.hasAllowedWildcard)(db.sql, opts.repository, opts.runDate);
    const verdict = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateProposals */ .t0)({
        config,
        proposals: loaded.proposals,
        configPath: opts.configPath,
        wildcardAlreadyUsedToday
    });
    const verdicts = verdict.proposals;
    const store = config.telemetry.storeProposals;
    const plan = opts.planActions ? await opts.planActions(verdicts) : [];
    const reasons = new Map(plan.flatMap(e => (e.execute ? [] : [[e.index, e.reason]])));
    const recorded = await (0,_db_proposals_js__WEBPACK_IMPORTED_MODULE_5__/* .recordJudgement */ .T)(db.sql, {
        runId: opts.runId,
        repository: opts.repository,
        runDate: opts.runDate,
        reflection: config.telemetry.storeReflections && loaded.reflection ? loaded.reflection : null,
        proposals: (store ? verdicts : []).map((v, i) => ({
            type: v.type,
            title: v.title,
            description: v.description ?? null,
            riskLevel: v.riskLevel,
            effort: v.effort ?? null,
            allowed: v.allowed,
            blockedReasons: v.violations.map(x => `${x.rule}: ${x.message}`),
            action: v.allowed && config.telemetry.storeActions
                ? {
                    actionType: v.stats.files > 0 ? 'pr' : 'issue',
                    payload: {
                        dryRun: opts.dryRun,
                        source: v.source,
                        changes: v.stats,
                        files: v.files?.slice(0, 50),
                        ...(reasons.has(i) ? { reason: reasons.get(i) } : {})
                    }
                }
                : undefined
        }))
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
    return {
        verdicts,
        reflection: loaded.reflection,
        proposalIds: recorded.proposalIds,
        flippedByDatabase: recorded.flipped.length,
        proposalsFile: loaded.file,
        actionIds: recorded.actionIds
    };
}


/***/ })

};
