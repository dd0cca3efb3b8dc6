export const id = 338;
export const ids = [338];
export const modules = {

/***/ 60338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PLAN_REASONS: () => (/* binding */ PLAN_REASONS),
/* harmony export */   candidatesOf: () => (/* binding */ candidatesOf),
/* harmony export */   dryRunPlanner: () => (/* binding */ dryRunPlanner),
/* harmony export */   planExecution: () => (/* binding */ planExecution)
/* harmony export */ });
const PLAN_REASONS = [
    'dry-run',
    'no-write-token',
    'type-not-live',
    'no-patch',
    'github-unavailable',
    'leftover-cleanup-failed',
    'max-actions-per-run',
    'open-pull-requests-unknown',
    'max-open-pull-requests'
];
/** Decide for each candidate, in order; limits are used up only by proposals that act. */
async function planExecution(input) {
    const out = [];
    const live = new Set(input.liveChangeTypes);
    let acting = 0;
    let pullRequests = 0;
    let open;
    const stay = (index, code, sentence) => out.push({ index, execute: false, reason: `${code}: ${sentence}` });
    for (const c of input.candidates) {
        if (input.dryRun) {
            stay(c.index, 'dry-run', 'the run is a dry run, so nothing is written to GitHub');
        }
        else if (!input.hasWriteToken) {
            stay(c.index, 'no-write-token', 'the write-token input is empty; live writes need a GitHub App installation token');
        }
        else if (!live.has(c.type)) {
            stay(c.index, 'type-not-live', `type ${c.type} is not in rollout.liveChangeTypes (${input.liveChangeTypes.length ? input.liveChangeTypes.join(', ') : 'empty'})`);
        }
        else if (c.actionType === 'pr' && !c.hasPatch) {
            stay(c.index, 'no-patch', 'the proposal lists its changes as files without a patch, so there is nothing to apply');
        }
        else if (input.unavailable) {
            stay(c.index, 'github-unavailable', input.unavailable);
        }
        else if (input.leftoverProblem) {
            stay(c.index, 'leftover-cleanup-failed', input.leftoverProblem);
        }
        else if (acting >= input.maxActionsPerRun) {
            stay(c.index, 'max-actions-per-run', `rollout.maxActionsPerRun (${input.maxActionsPerRun}) proposals already act in this run`);
        }
        else if (c.actionType === 'issue') {
            acting++;
            out.push({ index: c.index, execute: true });
        }
        else {
            open ??= await input.openPullRequests();
            if (typeof open !== 'number') {
                stay(c.index, 'open-pull-requests-unknown', open.unknown);
            }
            else if (open + pullRequests >= input.maxOpenPullRequests) {
                stay(c.index, 'max-open-pull-requests', `${open + pullRequests} pull requests are open on the branch prefix; rollout.maxOpenPullRequests is ${input.maxOpenPullRequests}`);
            }
            else {
                acting++;
                pullRequests++;
                out.push({ index: c.index, execute: true });
            }
        }
    }
    return out;
}
/** The candidates of a judgement: allowed proposals, a pull request when they change files. */
function candidatesOf(proposals) {
    return proposals.flatMap(({ verdict: v, patch }, index) => v.allowed
        ? [
            {
                index,
                type: v.type,
                actionType: v.stats.files > 0 ? 'pr' : 'issue',
                hasPatch: typeof patch === 'string'
            }
        ]
        : []);
}
/**
 * The planner of a dry run: every allowed proposal stays planned with the reason dry-run. It needs
 * nothing but the verdicts, so the dry-run path loads no GitHub client and makes no round trip.
 */
function dryRunPlanner() {
    return proposals => planExecution({
        candidates: candidatesOf(proposals),
        dryRun: true,
        hasWriteToken: false,
        liveChangeTypes: [],
        maxActionsPerRun: 0,
        maxOpenPullRequests: 0,
        openPullRequests: async () => ({ unknown: 'not asked in a dry run' })
    });
}


/***/ })

};
