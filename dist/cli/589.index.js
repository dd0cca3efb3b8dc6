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


/***/ })

};
