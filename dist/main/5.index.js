export const id = 5;
export const ids = [5];
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

/***/ 77005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   closeMain: () => (/* binding */ closeMain)
/* harmony export */ });
/* harmony import */ var _db_runs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46010);
/* harmony import */ var _db_events_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63725);
/* harmony import */ var _daily_continuation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33470);
/* harmony import */ var _runtime_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60047);




async function closeMain(deps, inputs) {
    const { host } = deps;
    const runId = inputs.runId;
    if (runId === undefined) {
        throw new Error('Input "run-id" is empty; expected the plan job\'s run-id output, the run that mode close records as cancelled.');
    }
    host.setOutput('run-id', String(runId));
    const db = await deps.openDatabase(inputs.databaseUrl);
    try {
        const verdict = (0,_daily_continuation_js__WEBPACK_IMPORTED_MODULE_2__/* .checkContinuation */ .W)(runId, await (0,_db_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .getRun */ .Mh)(db.sql, runId), deps.ctx);
        if (!verdict.ok && verdict.closed) {
            host.info(verdict.reason);
            host.setOutput('status', 'skipped');
            return { status: 'skipped', message: verdict.reason };
        }
        if (!verdict.ok) {
            host.setOutput('status', 'failed');
            host.setFailed(verdict.reason);
            return { status: 'failed', message: verdict.reason };
        }
        const now = deps.now();
        const closed = await (0,_db_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .finishRun */ .JH)(db.sql, {
            runId,
            status: 'cancelled',
            summary: 'Cancelled: the workflow run was cancelled after the plan job claimed this run.',
            logsUrl: (0,_runtime_context_js__WEBPACK_IMPORTED_MODULE_1__/* .logsUrl */ .HM)(deps.ctx),
            now,
            metrics: { closedBy: 'close' }
        });
        if (closed) {
            await (0,_db_events_js__WEBPACK_IMPORTED_MODULE_3__/* .recordEvent */ .y)(db.sql, {
                repository: verdict.terms.repository,
                kind: 'cancel',
                reason: 'workflow-cancelled',
                runId,
                githubRunId: deps.ctx.githubRunId,
                at: now
            });
        }
        host.setOutput('status', closed ? 'cancelled' : 'skipped');
        host.info(closed ? `Run ${runId} recorded as cancelled.` : `Run ${runId} was closed meanwhile; left as it is.`);
        return { status: closed ? 'success' : 'skipped' };
    }
    finally {
        await db.close();
    }
}


/***/ })

};
