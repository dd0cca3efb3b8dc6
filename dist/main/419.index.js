export const id = 419;
export const ids = [419];
export const modules = {

/***/ 16419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eU: () => (/* binding */ snapshotDotGit),
/* harmony export */   restoreCheckout: () => (/* binding */ restoreCheckout)
/* harmony export */ });
/* unused harmony exports INSTRUCTION_FILES, restoreDotGit, isInstructionPath */
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Between rounds (and after the last), the checkout is put back where the agent could have left a
 * trap for the next round or for a later step of the job:
 * - `.git`: copied into the private directory before round 1, and put back as it was (so hooks, an
 *   fsmonitor or moved refs the agent wrote act neither on the next engine nor on a later git
 *   command in the job, such as actions/checkout's post step);
 * - the coding agents' instruction and config files (INSTRUCTION_FILES, at any depth): every one in
 *   the work tree is removed, ignored or not, and those the base commit holds are checked out again
 *   from the private repository (src/agent/collect.ts). The same names are blocked paths by default.
 *
 * The agent's change elsewhere stays: the next round corrects it.
 */



/** The coding agents' instruction and settings files (matched case-insensitively, as blocked paths are). */
const INSTRUCTION_FILES = _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .AGENT_INSTRUCTION_PATHS */ .Cn;
const NAMES = new Set(INSTRUCTION_FILES.map(n => n.toLowerCase()));
function exists(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** Copy `checkout/.git` into `privateRoot`; returns the copy's path, or null when there is none. */
function snapshotDotGit(checkout, privateRoot) {
    const source = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(checkout, '.git');
    if (!exists(source))
        return null;
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(privateRoot, 'dot-git');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.cpSync)(source, target, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false });
    return target;
}
/** Put `.git` back as the snapshot holds it (removing whatever the agent left there). */
function restoreDotGit(p) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(p.checkout, '.git');
    // rm does not follow a symbolic link: a link the agent put there is removed, not its target.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(target, { recursive: true, force: true });
    if (p.dotGitSnapshot !== null)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.cpSync)(p.dotGitSnapshot, target, {
            recursive: true,
            verbatimSymlinks: true,
            errorOnExist: true,
            force: false
        });
}
/** Whether a repository path names an instruction file or lies inside an instruction folder. */
function isInstructionPath(path) {
    return path.split('/').some(part => NAMES.has(part.toLowerCase()));
}
/** Remove every instruction file or folder under `dir` (not descending into any `.git`). */
function removeInstructionFiles(dir) {
    const removed = [];
    const walk = (at, prefix) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(at, { withFileTypes: true })) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(at, entry.name);
            if (NAMES.has(entry.name.toLowerCase())) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { recursive: true, force: true });
                removed.push(prefix + entry.name);
            }
            else if (entry.isDirectory() && entry.name.toLowerCase() !== '.git') {
                walk(path, `${prefix}${entry.name}/`);
            }
        }
    };
    walk(dir, '');
    return removed;
}
/** The base commit's instruction files, checked out again from the private repository. */
async function checkoutInstructionFiles(p) {
    const listed = await p.git(['ls-tree', '-r', '-z', '--full-tree', '--name-only', p.base]);
    const paths = listed.stdout
        .toString('utf8')
        .split('\0')
        .filter(path => path !== '' && isInstructionPath(path));
    if (paths.length === 0)
        return [];
    const index = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(p.root, 'restore.index');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(index, { force: true });
    try {
        await p.git(['read-tree', '--end-of-options', p.base], { index });
        await runWithInput(p, index, paths);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(index, { force: true });
    }
    return paths;
}
async function runWithInput(p, index, paths) {
    // checkout-index refuses to write through a symbolic link in a leading path, and -f replaces
    // what is in the way.
    await p.git(['checkout-index', '-f', '-z', '--stdin'], { index, input: `${paths.join('\0')}\0` });
}
/** Put `.git` and the instruction files back to their state at the base (see the module's comment). */
async function restoreCheckout(p) {
    restoreDotGit(p);
    const removed = removeInstructionFiles(p.checkout);
    const restored = await checkoutInstructionFiles(p);
    return { removed, restored };
}


/***/ })

};
