export const id = 109;
export const ids = [109];
export const modules = {

/***/ 1109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CONFIG_JSON: () => (/* binding */ DEFAULT_CONFIG_JSON),
/* harmony export */   defaultConfig: () => (/* binding */ defaultConfig)
/* harmony export */ });
/** The JSON of the defaults, as an absent config file means. */
const DEFAULT_CONFIG_JSON = '{"version":"1.0.0","enabled":false,"dryRunMode":true,"scheduleConfig":{"cronSchedule":"0 2 * * *","jitterMinutes":20,"skipDuringDeployments":true,"deploymentLookbackHours":6,"ghostRunHours":6,"staleRunHours":6},"safetyRails":{"diffCaps":{"maxLinesOfCode":500,"maxFilesChanged":10,"requireGreenCI":true},"allowedPaths":["packages/agent/src/tools/**","packages/agent/src/prompts/**","apps/bot/src/persona/**","docs/**/*.md",".github/self-evolution-config.json"],"blockedPaths":[".github/workflows/**",".github/actions/**",".github/CODEOWNERS","packages/database/**",".env*","pnpm-lock.yaml","package-lock.json","package.json",".npmrc",".gitattributes",".gitmodules","**/*.key","**/*.pem","**/secrets/**","action.yml","dist/**"],"allowedChangeTypes":["capability","prompt","persona","cleanup","wildcard"],"maxRiskLevel":2,"requireReviewers":true,"requiredChecks":[],"allowBinaryFiles":false,"typePaths":{"capability":["packages/agent/src/tools/**"],"prompt":["packages/agent/src/prompts/**"],"persona":["apps/bot/src/persona/**"],"cleanup":["**"]}},"wildcardFeature":{"enabled":true,"maxRiskLevel":1,"allowedTypes":["persona","prompt"],"description":"One small, reversible, low-risk change per day."},"telemetry":{"logRetentionDays":90,"storeReflections":true,"storeProposals":true,"storeActions":true,"attachArtifacts":true},"prTemplateConfig":{"autoLabels":["ai-ops","self-evolution","safety"],"autoRequestReviewers":[],"branchPrefix":"self-evolution/","requireChecklist":true},"rollbackConfig":{"autoRevertOnFailure":true,"maxFailuresBeforeDisable":3,"cooldownHours":24},"rollout":{"liveChangeTypes":[],"maxActionsPerRun":1,"maxOpenPullRequests":3,"botName":"self-evolution[bot]","botEmail":"self-evolution[bot]@users.noreply.github.com"}}';
/** A fresh copy of the defaults; the schema and its validator are not loaded for it. */
function defaultConfig() {
    return JSON.parse(DEFAULT_CONFIG_JSON);
}


/***/ })

};
