export const id = 589;
export const ids = [589];
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


/***/ })

};
