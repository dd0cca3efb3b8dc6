export const id = 185;
export const ids = [185];
export const modules = {

/***/ 60566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readProposalFile: () => (/* binding */ readProposalFile)
/* harmony export */ });
/* unused harmony exports MAX_PROPOSAL_FILE_BYTES, MAX_TITLE_CHARS, MAX_DESCRIPTION_CHARS, MAX_REASON_CHARS, agentProposalSchema, agentWithdrawalSchema, agentProposalFileSchema, agentProposalJsonSchema, parseProposalFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13603);
/* harmony import */ var _config_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86234);
/* harmony import */ var _text_zod_issues_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6791);
/**
 * The proposal file the agent writes (its path is SELF_EVOLUTION_PROPOSAL_FILE): the metadata of
 * its one change, or its withdrawal in its own words. The change itself is never taken from the
 * agent: the adapter makes the patch with git (src/agent/collect.ts). The committed
 * schema/agent-proposal.schema.json is generated from the zod schema here.
 *
 * The file is hostile. It is read without following a symbolic link, only when it is a regular
 * file with one link and at most MAX_PROPOSAL_FILE_BYTES, so the agent cannot make the action read
 * another file (a link to something only the action's user may read) or wait on a pipe.
 */




/** The largest proposal file read (bytes). */
const MAX_PROPOSAL_FILE_BYTES = 64 * 1024;
const MAX_TITLE_CHARS = 200;
const MAX_DESCRIPTION_CHARS = 2000;
const MAX_REASON_CHARS = 2000;
const level = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(5);
/** The metadata of the agent's one change. */
const agentProposalSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .max(MAX_TITLE_CHARS)
        .meta({ description: 'One line saying what the change does.' }),
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_config_names_js__WEBPACK_IMPORTED_MODULE_2__/* .CHANGE_TYPES */ .p).meta({ description: 'The change type; its typePaths bound the paths.' }),
    riskLevel: level.meta({
        description: '0-1 typos, docs, small persona tweaks; 2-3 new tools, larger prompt changes; 4-5 never allowed.'
    }),
    effort: level.meta({ description: 'How much work the change was, 0 to 5.' }),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .max(MAX_DESCRIPTION_CHARS)
        .meta({ description: 'Why the change helps, for the reviewer; plain text.' })
})
    .meta({
    title: 'proposal',
    description: 'The metadata of the one change the agent made in the working tree.'
});
/** The agent takes its change back, or proposes nothing, and says why. */
const agentWithdrawalSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    withdraw: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(true),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(MAX_REASON_CHARS).meta({ description: 'Why, in the agent’s own words.' })
})
    .meta({
    title: 'withdrawal',
    description: 'No proposal: the agent withdraws its change (or made none) and says why.'
});
const agentProposalFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([agentProposalSchema, agentWithdrawalSchema]);
/** The JSON Schema committed as schema/agent-proposal.schema.json. */
function agentProposalJsonSchema() {
    return {
        title: 'self-evolution agent proposal file',
        ...z.toJSONSchema(agentProposalFileSchema, { io: 'input' })
    };
}
/** Validate the text of a proposal file (pure). */
function parseProposalFile(text) {
    let raw;
    try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch {
        return { kind: 'invalid', problem: 'the proposal file is not valid JSON' };
    }
    // The branch is chosen by the `withdraw` key, so the problems named are the ones of the branch meant.
    const withdrawing = raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'withdraw' in raw;
    if (withdrawing) {
        const parsed = agentWithdrawalSchema.safeParse(raw);
        return parsed.success ? { kind: 'withdrawn', reason: parsed.data.reason } : invalid(parsed.error, raw);
    }
    const parsed = agentProposalSchema.safeParse(raw);
    return parsed.success ? { kind: 'proposal', proposal: parsed.data } : invalid(parsed.error, raw);
}
function invalid(error, raw) {
    const issues = error.issues.slice(0, 5).map(issue => {
        if (issue.code === 'unrecognized_keys')
            return issue.keys.map(k => `${(0,_text_zod_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .uJ)([...issue.path, k])}: unknown key`).join('; ');
        return `${(0,_text_zod_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .uJ)(issue.path)}: ${(0,_text_zod_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .explainIssue */ .Jp)(issue, raw)}`;
    });
    const more = error.issues.length > 5 ? `; and ${error.issues.length - 5} more` : '';
    return { kind: 'invalid', problem: `the proposal file is invalid: ${issues.join('; ')}${more}` };
}
/** Read and validate the proposal file at `path` (see the module's comment for what is refused). */
function readProposalFile(path) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { kind: 'missing' };
        if (code === 'ELOOP')
            return { kind: 'invalid', problem: 'the proposal file is a symbolic link' };
        return { kind: 'invalid', problem: `the proposal file cannot be opened (${code ?? 'error'})` };
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            return { kind: 'invalid', problem: 'the proposal file is not a regular file' };
        if (stat.nlink !== 1)
            return { kind: 'invalid', problem: 'the proposal file has more than one link' };
        if (stat.size > MAX_PROPOSAL_FILE_BYTES)
            return {
                kind: 'invalid',
                problem: `the proposal file has ${stat.size} bytes; at most ${MAX_PROPOSAL_FILE_BYTES} are read`
            };
        const buffer = Buffer.alloc(MAX_PROPOSAL_FILE_BYTES + 1);
        let length = 0;
        for (let n = 1; n > 0 && length < buffer.length; length += n)
            n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
        if (length > MAX_PROPOSAL_FILE_BYTES)
            return { kind: 'invalid', problem: `the proposal file has more than ${MAX_PROPOSAL_FILE_BYTES} bytes` };
        return parseProposalFile(buffer.subarray(0, length).toString('utf8'));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ })

};
