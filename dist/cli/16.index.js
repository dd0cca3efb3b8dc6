export const id = 16;
export const ids = [16];
export const modules = {

/***/ 50016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ engineFailure),
/* harmony export */   ug: () => (/* binding */ ENGINES),
/* harmony export */   xJ: () => (/* binding */ CONTRACT_ENV)
/* harmony export */ });
/**
 * The agent step's shared shapes: what an engine run reports, and what a round of the self-correction
 * loop hands to the engine. The engines (src/agent/engines/) produce EngineRun; the loop
 * (src/agent/loop.ts) consumes it. Nothing here runs anything.
 */
const ENGINES = ['claude', 'codex', 'command'];
/** Names of the contract files' environment variables, given to every engine. */
const CONTRACT_ENV = {
    prompt: 'SELF_EVOLUTION_PROMPT_FILE',
    reflection: 'SELF_EVOLUTION_REFLECTION_FILE',
    proposal: 'SELF_EVOLUTION_PROPOSAL_FILE'
};
/** An engine run that failed, as one sentence; undefined when it succeeded. */
function engineFailure(run) {
    if (run.timedOut)
        return `the ${run.engine} engine hit the action's timeout after ${Math.round(run.durationMs / 1000)} s`;
    if (run.budgetReached)
        return `the ${run.engine} engine stopped at its budget (--max-budget-usd)`;
    if (run.isError)
        return `the ${run.engine} engine reported an error`;
    if (run.signal)
        return `the ${run.engine} engine was ended by ${run.signal}`;
    if (run.exitCode !== 0)
        return `the ${run.engine} engine exited with code ${run.exitCode}`;
    return undefined;
}


/***/ })

};
