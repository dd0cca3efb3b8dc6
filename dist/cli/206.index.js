export const id = 206;
export const ids = [206];
export const modules = {

/***/ 20206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoNotes: () => (/* binding */ demoNotes),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _db_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59665);
/* harmony import */ var _db_local_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9471);
/* harmony import */ var _db_migrate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77439);
/* harmony import */ var _db_flags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(35157);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(90131);
/* harmony import */ var _local_run_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(78492);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(71604);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(57948);
/* harmony import */ var _git_run_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(73073);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(67388);
/**
 * `self-evolution demo` (npm start): a full local dry run on a scratch embedded database, with the
 * enabled example config and the example proposals, so it shows a whole run every time: gates,
 * the claim, every family of rules, the records and the artifact files. The scratch repository is a
 * git repository holding examples/demo-repo, so the example patches apply; several proposals are
 * blocked on purpose, and examples/demo-expectations.json says which and why.
 */














const HELP = `Usage: self-evolution demo [--examples DIR] [--json]

A full local dry run: a scratch embedded database in .self-evolution/demo (made anew each time),
the flag turned on, the enabled config and the proposals from examples/, then pre → main → post.
Some proposals are blocked on purpose; the demo ends by naming them and why.
`;
/** The scratch repository: examples/demo-repo and the config, committed, so patches have a base. */
async function seedRepository(examples, repo) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repo, '.github'), { recursive: true });
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(examples, 'demo-repo');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(base))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)(base, repo, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(examples, 'self-evolution-config.json'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repo, _config_schema_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_CONFIG_PATH */ .Bi));
    const git = (args) => (0,_git_run_js__WEBPACK_IMPORTED_MODULE_12__/* .runGit */ .EO)(args, { cwd: repo, env: (0,_git_run_js__WEBPACK_IMPORTED_MODULE_12__/* .trustedGitEnv */ .F$)() });
    await git(['init', '--quiet']);
    await git(['add', '--all']);
    await git([
        '-c',
        'user.name=self-evolution demo',
        '-c',
        'user.email=demo@self-evolution.invalid',
        'commit',
        '--quiet',
        '--no-gpg-sign',
        '-m',
        'demo base'
    ]);
}
/**
 * Which proposals are deliberate examples of blocked changes, and whether each ended as intended.
 * `blocked` maps a title to why the rails must stop it; every other proposal is meant to be allowed.
 */
function demoNotes(blocked, verdicts) {
    const rules = (v) => [...new Set(v.violations.map(x => x.rule))].join(', ');
    const out = ['Deliberate examples of blocked changes (the rails are meant to stop these):'];
    verdicts.forEach((v, i) => {
        const why = Object.hasOwn(blocked, v.title) ? blocked[v.title] : undefined;
        const name = `#${i + 1} ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .forTerminal */ .Qf)(v.title, 120)}`;
        if (why !== undefined && !v.allowed)
            out.push(`  ${name}: blocked as intended (${rules(v)}): ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .forTerminal */ .Qf)(why)}`);
        else if (why !== undefined)
            out.push(`  ${name}: NOT blocked, though it should be: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .forTerminal */ .Qf)(why)}`);
        else if (!v.allowed)
            out.push(`  ${name}: blocked, but not on purpose (${rules(v)})`);
    });
    out.push('Every other proposal is an ordinary change, meant to be allowed.');
    return out;
}
/** The notes of this demo run, from the expectations file and the run's proposals.json. */
async function readDemoNotes(examples, artifactDir) {
    const expectations = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(examples, 'demo-expectations.json');
    const proposals = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(artifactDir, 'proposals.json');
    if (!artifactDir || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(expectations) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(proposals))
        return [];
    const { blocked } = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(expectations, 'utf8'));
    const run = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(proposals, 'utf8'));
    return demoNotes(blocked, run.proposals);
}
function findExamples(cwd, given) {
    const candidates = given
        ? [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, given)]
        : [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cwd, 'examples'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)), '..', '..', 'examples')];
    for (const c of candidates)
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(c, 'self-evolution-config.json')))
            return c;
    throw new _io_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb(`no examples found (looked in ${candidates.join(', ')}); expected self-evolution-config.json and proposals.json`);
}
async function run(argv, io) {
    const { values } = (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .parseCommandArgs */ .Qx)('demo', argv, {
        examples: { type: 'string' },
        json: { type: 'boolean' }
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const examples = findExamples(io.cwd, values.examples);
    // Inside .self-evolution/, which ignores itself: the demo leaves no untracked folder behind.
    const scratch = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,_db_local_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .ensureLocalDir */ .T)(io.cwd), 'demo');
    const repo = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'repo');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
    await seedRepository(examples, repo);
    const log = (line) => (values.json ? io.stderr : io.stdout)(line + '\n');
    log(`Demo: scratch embedded database in ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repo, '.self-evolution', 'pgdata')}`);
    const db = await (0,_db_client_js__WEBPACK_IMPORTED_MODULE_4__.openDatabase)({ cwd: repo });
    try {
        await (0,_db_migrate_js__WEBPACK_IMPORTED_MODULE_6__/* .ensureSchema */ .K_)(db.sql, { migrate: true });
        await (0,_db_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .setFlag */ .lA)(db.sql, { value: true, by: 'demo', reason: 'npm start', now: io.now() });
    }
    finally {
        await db.close();
    }
    log('Demo: flag self_evolution_enabled turned on; running pre → main → post as a dry run.\n');
    const result = await (0,_local_run_js__WEBPACK_IMPORTED_MODULE_9__/* .runLocally */ .g)({
        cwd: repo,
        databaseUrl: '',
        configPath: _config_schema_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_CONFIG_PATH */ .Bi,
        proposals: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(examples, 'proposals.json'),
        repository: 'example/agent-repo',
        force: false,
        forceDryRun: true,
        migrate: true,
        now: io.now,
        print: log
    });
    (0,_run_js__WEBPACK_IMPORTED_MODULE_11__.printResult)(result, io, values.json === true);
    for (const line of await readDemoNotes(examples, result.artifactDir))
        log(line);
    if (!values.json) {
        const cli = process.argv[1] ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(process.argv[1]) : 'dist/cli/index.js';
        io.stdout(`\nInspect the records: (cd ${repo} && node ${cli} runs show ${result.outputs['run-id'] || 'ID'})\n`);
    }
    return result.status === 'failed' ? 1 : 0;
}


/***/ })

};
