export const id = 927;
export const ids = [927];
export const modules = {

/***/ 72308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88373);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90131);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71604);
/** `self-evolution config validate [PATH]`: 0 valid, 1 invalid, 2 unreadable or not JSON. */





const HELP = `Usage: self-evolution config validate [PATH] [--json]

Validates a configuration file (default: ${_config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .Bi}) and prints OK or every problem.
Exit codes: 0 valid, 1 invalid, 2 the file cannot be read or is not JSON.
`;
async function run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === '--help' || sub === '-h' || sub === undefined) {
        io.stdout(HELP);
        return sub === undefined ? 2 : 0;
    }
    if (sub !== 'validate')
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`unknown subcommand "${sub}"; expected "validate"`);
    const { values, positionals } = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)('config validate', rest, { json: { type: 'boolean' } }, 1);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const path = positionals[0] ?? _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .Bi;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path), 'utf8');
    }
    catch (error) {
        const code = error.code ?? 'error';
        if (values.json)
            io.stdout(JSON.stringify({ valid: false, path, error: `cannot read the file (${code})` }) + '\n');
        io.stderr(`config validate: cannot read ${path} (${code}); expected a readable JSON file\n`);
        return 2;
    }
    const result = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.parseConfigText)(text);
    if (result.ok) {
        io.stdout(values.json ? JSON.stringify({ valid: true, path, problems: [] }) + '\n' : `OK: ${path} is valid\n`);
        return 0;
    }
    const lines = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.formatProblems)(result.problems);
    if (values.json) {
        io.stdout(JSON.stringify({ valid: false, path, problems: result.problems }) + '\n');
    }
    else if (result.kind === 'json') {
        io.stderr(`config validate: ${path} is ${result.problems[0].message}\n`);
    }
    else {
        io.stdout(`${path}: ${lines.length} problem${lines.length === 1 ? '' : 's'}\n`);
        for (const line of lines)
            io.stdout(`  ${line}\n`);
    }
    return result.kind === 'json' ? 2 : 1;
}


/***/ })

};
