export const id = 1;
export const ids = [1];
export const modules = {

/***/ 33470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ checkContinuation)
/* harmony export */ });
/**
 * The checks, in an order that names the real cause: the run exists, is this repository's, was
 * claimed by this workflow run, at this attempt ("Re-run failed jobs" reuses an earlier attempt's
 * outputs), and is still running.
 */
function checkContinuation(runId, run, here) {
    if (!run)
        return { ok: false, reason: `Run ${runId} does not exist in this database.` };
    if (run.repository !== here.repository) {
        return {
            ok: false,
            reason: `Run ${runId} belongs to ${run.repository || '(no repository)'}, not to ${here.repository || '(no repository)'}; a job continues only its own repository's run.`
        };
    }
    const holder = (run.metrics.holder ?? {});
    const heldBy = String(holder.githubRunId ?? '');
    if (!here.githubRunId || heldBy !== String(here.githubRunId)) {
        return {
            ok: false,
            reason: `Run ${runId} was claimed by workflow run ${heldBy || '(none)'}, not by this one (${here.githubRunId || 'none'}); a job continues only the run its own workflow run's plan job claimed.`
        };
    }
    const claimedAt = Number(holder.attempt ?? 0);
    if (here.attempt !== claimedAt)
        return { ok: false, reason: attemptMismatch(runId, claimedAt, here.attempt) };
    if (run.status !== 'running') {
        return {
            ok: false,
            closed: true,
            reason: `Run ${runId} is ${run.status}, not running: it was already closed, so nothing continues it.`
        };
    }
    return { ok: true, terms: termsOf(run, holder) };
}
function attemptMismatch(runId, claimedAt, attempt) {
    if (attempt > claimedAt) {
        return (`Run ${runId} was claimed by attempt ${claimedAt} of this workflow run, and this is attempt ${attempt}: ` +
            `"Re-run failed jobs" reuses the plan job's outputs from the earlier attempt, whose run is closed or ` +
            `still another attempt's. Use "Re-run all jobs", which plans and claims the day again.`);
    }
    return `Run ${runId} was claimed by attempt ${claimedAt} of this workflow run, not by this attempt (${attempt}).`;
}
function termsOf(run, holder) {
    const runDate = run.runDate;
    return {
        runId: run.id,
        runDate: runDate instanceof Date ? runDate.toISOString().slice(0, 10) : String(runDate),
        repository: run.repository,
        // A claim without the field is judged the stricter way.
        dryRun: holder.dryRun !== false,
        force: holder.force === true,
        configDigest: typeof holder.configDigest === 'string' ? holder.configDigest : '',
        jitterMs: Number(holder.jitterMs ?? 0) || 0
    };
}


/***/ }),

/***/ 92001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   continueClaimed: () => (/* binding */ continueClaimed)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76673);
/* harmony import */ var _db_runs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46010);
/* harmony import */ var _daily_continuation_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33470);
/* harmony import */ var _daily_start_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53338);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56013);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67388);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(33041);
/**
 * mode run with run-id: the rails job of the three-job flow continues the run the plan job claimed,
 * instead of claiming one. It refuses a run that is not its own (src/daily/continuation.ts), takes
 * the dry run and force from the claim, judges nothing when the propose job did not succeed
 * (`agent-failed: <result>`, a failure that counts), and asks the kill switch and deployment-active
 * again before judging and acting: hours may have passed since the claim.
 */









/** The propose job did not hand over a usable result: the run fails, and the failure counts. */
class AgentFailed extends Error {
    name = 'AgentFailed';
}
async function continueClaimed(deps, inputs, progress) {
    // One connection for the claim, a failed agent's record and the recheck; judging opens its own.
    const db = await deps.openDatabase(inputs.databaseUrl);
    let claimed;
    let committed;
    let stop;
    try {
        const terms = ownClaim(deps, inputs.runId, await (0,_db_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .getRun */ .Mh)(db.sql, inputs.runId));
        // From here post closes the run, whatever happens next (a config that cannot be read included).
        progress.start = claimedState(terms, undefined, inputs);
        (0,_runtime_state_js__WEBPACK_IMPORTED_MODULE_2__/* .saveStart */ .Al)(deps.host, progress.start);
        committed = await (0,_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .readClaimedConfig */ .oV)(deps, inputs, progress.start, 'judge');
        claimed = progress.start = claimedState(terms, committed, inputs);
        (0,_runtime_state_js__WEBPACK_IMPORTED_MODULE_2__/* .saveStart */ .Al)(deps.host, claimed);
        deps.host.info(`Continuing run ${claimed.runId} of ${claimed.runDate}, claimed by the plan job (${claimed.dryRun ? 'dry run' : 'live'}${terms.force ? ', force' : ''}).`);
        if (inputs.agentResult !== 'success')
            await recordFailedAgent(deps, db.sql, inputs, claimed.runId);
        checkAgentResult(inputs);
        stop = await (0,_daily_start_js__WEBPACK_IMPORTED_MODULE_4__/* .recheckBeforeActing */ .j_)(deps, inputs, { config: committed.config, db, force: terms.force });
    }
    finally {
        await db.close();
    }
    if (stop)
        return stopBeforeActing(deps, claimed, stop, progress);
    return (0,_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .judgeClaimed */ .D9)(deps, inputs, claimed, progress, committed);
}
/** The claim's terms, or an error whose sentence says why this job may not continue the run. */
function ownClaim(deps, runId, run) {
    const verdict = (0,_daily_continuation_js__WEBPACK_IMPORTED_MODULE_8__/* .checkContinuation */ .W)(runId, run, deps.ctx);
    if (!verdict.ok)
        throw new Error(verdict.reason);
    return verdict.terms;
}
/** The claim as this job's state; without the config yet, the artifact's defaults. */
function claimedState(terms, committed, inputs) {
    const telemetry = committed?.config.telemetry ?? { attachArtifacts: true, logRetentionDays: 90 };
    return {
        kind: 'claimed',
        runId: terms.runId,
        runDate: terms.runDate,
        repository: terms.repository,
        // The claim decides; an input may only make the run stricter, never live.
        dryRun: terms.dryRun || inputs.forceDryRun,
        configDigest: terms.configDigest,
        jitterMs: terms.jitterMs,
        gates: [],
        timings: {},
        artifacts: {
            attach: telemetry.attachArtifacts,
            retentionDays: inputs.artifactRetentionDays ?? telemetry.logRetentionDays
        }
    };
}
/**
 * Judge and act only after a successful propose job that handed over its file. A propose job
 * cancelled by its timeout is the agent's failure too: it counts towards the failure limit.
 */
function checkAgentResult(inputs) {
    if (inputs.agentResult !== 'success') {
        const result = inputs.agentResult || 'none';
        const why = inputs.agentResult === ''
            ? " (the agent-result input is empty; expected the propose job's result, ${{ needs.propose.result }})"
            : '';
        throw new AgentFailed(`agent-failed: ${result}${why}`);
    }
    if (!inputs.proposals) {
        throw new AgentFailed('agent-failed: no proposals file (the proposals input is empty)');
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(inputs.proposals)) {
        throw new AgentFailed(`agent-failed: the proposals file ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .forLog */ .Ig)(inputs.proposals, 300)} does not exist`);
    }
}
/**
 * A failed agent still cost what it cost: when its job handed over a proposals file anyway, its agent
 * block (validated by the schema, never judged) goes into the run's metrics. Never fatal.
 */
async function recordFailedAgent(deps, sql, inputs, runId) {
    if (!inputs.proposals || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(inputs.proposals))
        return;
    try {
        const { proposalsFileSchema } = await __webpack_require__.e(/* import() */ 195).then(__webpack_require__.bind(__webpack_require__, 52576));
        const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(inputs.proposals);
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
        if (inputs.proposalsSha256 && digest !== inputs.proposalsSha256)
            return;
        const parsed = proposalsFileSchema.safeParse(JSON.parse(bytes.toString('utf8')));
        if (!parsed.success || !parsed.data.agent)
            return;
        await (0,_db_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .recordAgent */ .Pz)(sql, runId, parsed.data.agent);
    }
    catch (error) {
        deps.host.warning(`The failed agent's record could not be kept: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .forLog */ .Ig)(error.message, 300)}`);
    }
}
/** Nothing is judged or written: post closes the run as cancelled (no failure), with the reason. */
async function stopBeforeActing(deps, claimed, stop, progress) {
    const line = `Stopped before judging and acting: ${stop.reason} (${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .forLog */ .Ig)(stop.detail)}); run ${claimed.runId} closes as cancelled.`;
    await (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .publishReport */ .S3)(deps.host, (0,_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .skipReport */ .A9)(deps, {
        kind: 'skipped',
        reason: stop.reason,
        detail: stop.detail,
        gates: [],
        jitterMs: 0,
        timings: {}
    }));
    (0,_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutputs */ .n0)(deps, {
        runId: claimed.runId,
        status: 'skipped',
        skipReason: stop.reason,
        allowed: 0,
        blocked: 0,
        reportPath: ''
    });
    (0,_runtime_state_js__WEBPACK_IMPORTED_MODULE_2__/* .saveMain */ .fF)(deps.host, {
        completed: false,
        counts: { allowed: 0, blocked: 0, total: 0 },
        reportDir: '',
        failure: '',
        stopped: `${stop.reason}: ${stop.detail}`,
        timings: { mainMs: deps.now().getTime() - progress.t0 }
    });
    if (_daily_start_js__WEBPACK_IMPORTED_MODULE_4__/* .FAILING_SKIPS */ .Ex.has(stop.reason)) {
        deps.host.setFailed(line);
        return { status: 'failed', message: line };
    }
    deps.host.notice(line);
    return { status: 'skipped', message: line };
}


/***/ })

};
