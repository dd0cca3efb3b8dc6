export const id = 668;
export const ids = [668];
export const modules = {

/***/ 60668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   originUrl: () => (/* binding */ originUrl),
/* harmony export */   repositoryOfRemote: () => (/* binding */ repositoryOfRemote)
/* harmony export */ });
/* harmony import */ var _text_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49109);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73073);
/**
 * The job checkout's `origin` remote, as the product clones from and pushes to it. The URL is
 * read with the sandbox environment (nothing on the machine configures it) and always comes back
 * without credentials: a token goes only in a per-command header (src/git/run.ts), so one left in
 * the URL by an earlier step must never be used, logged or stored.
 */



/**
 * `git remote get-url origin` in `workspace`, without credentials; '' when it prints none or
 * more than one line. Fails with a GitCommandError when git does (no repository, no origin).
 */
async function originUrl(workspace) {
    const result = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(['remote', 'get-url', '--', 'origin'], {
        cwd: workspace,
        env: (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .sandboxGitEnv */ .LQ)(),
        // A checkout owned by another user (a container job) is still only read here.
        config: ['-c', `safe.directory=${workspace}`]
    });
    const url = result.stdout.toString('utf8').trim();
    return !url || url.includes('\n') ? '' : (0,_text_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .r)(url);
}
/**
 * OWNER/REPO of a remote URL in the shapes git clones from (https://HOST/OWNER/REPO.git,
 * git@HOST:OWNER/REPO.git, ssh://git@HOST/OWNER/REPO), or undefined when it names no such pair
 * (a local path, a deeper path). Pure.
 */
function repositoryOfRemote(url) {
    const path = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/(.*)$/i.exec(url)?.[1] ?? /^[^/:@]+@[^/:]+:(.*)$/.exec(url)?.[1];
    const pair = path === undefined ? null : /^\/?([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(path);
    if (!pair || /^\.+$/.test(pair[1]) || /^\.+(git)?$/.test(pair[2]))
        return undefined;
    return `${pair[1]}/${pair[2]}`;
}


/***/ }),

/***/ 49109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ withoutCredentials)
/* harmony export */ });
/**
 * URLs without their credentials, for every place that stores, prints or uses a URL it did not
 * write (a remote, a run's logs URL). A token belongs in a header, never in a URL.
 */
/**
 * `url` without its user and password. With `mark`, the user becomes `mark` (a reader then sees
 * that credentials were there); without, both go. A value that is not a URL (a path, an scp-like
 * address such as git@host:o/r.git) holds no credentials and is returned as it is.
 */
function withoutCredentials(url, mark = '') {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return url;
    }
    if (!parsed.username && !parsed.password)
        return url;
    parsed.username = mark;
    parsed.password = '';
    return parsed.href;
}


/***/ })

};
