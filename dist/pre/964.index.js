export const id = 964;
export const ids = [964];
export const modules = {

/***/ 82350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ agentEnvironment),
/* harmony export */   missingAllowed: () => (/* binding */ missingAllowed),
/* harmony export */   y: () => (/* binding */ checkAllowList)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50016);
/**
 * The engine's environment, built from nothing: PATH, a fresh HOME, the locale and time zone where the
 * job has them, the names the `agent-env` input allows, and the contract files' three variables.
 * Nothing else of the action's environment reaches the engine: no GITHUB_TOKEN, no ACTIONS_* runtime
 * tokens, no INPUT_* values, no database URL. Pure.
 */

/** Passed through when the job has them: they change how text is read and printed, never what is reachable. */
const LOCALE = ['LANG', 'LC_ALL', 'TZ'];
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Exact names the allow-list may never name: the job's GitHub credentials and the action's own secrets. */
const FORBIDDEN_NAMES = new Set([
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GH_ENTERPRISE_TOKEN',
    'GITHUB_ENTERPRISE_TOKEN',
    'DATABASE_URL',
    'PATH',
    'HOME'
]);
/**
 * Prefixes the allow-list may never name: the runner's runtime tokens (ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN, ...), the action's inputs (INPUT_*, which hold its tokens and
 * database URL), the runner's own variables, and this action's variables (its write token, App key,
 * database URL, and the contract variables it sets itself).
 */
const FORBIDDEN_PREFIXES = ['ACTIONS_', 'INPUT_', 'RUNNER_', 'SELF_EVOLUTION_'];
/** Why `name` may not be allowed, or undefined when it may. */
function refusal(name) {
    if (!NAME.test(name))
        return 'it is not an environment variable name (letters, digits and _, not starting with a digit)';
    const upper = name.toUpperCase();
    if (FORBIDDEN_NAMES.has(upper))
        return 'it is set by the action or holds a credential of the job';
    if (upper.endsWith('DATABASE_URL'))
        return 'it holds a database URL';
    const prefix = FORBIDDEN_PREFIXES.find(p => upper.startsWith(p));
    if (prefix)
        return `names starting with ${prefix} hold the runner's or the action's own values`;
    if (LOCALE.includes(upper))
        return 'the action passes it on by itself';
    return undefined;
}
/**
 * Checks the `agent-env` allow-list; throws one sentence naming the first name it refuses.
 * Returns the names, deduplicated, in their order.
 */
function checkAllowList(allow) {
    const out = [];
    for (const raw of allow) {
        const name = raw.trim();
        const why = refusal(name);
        if (why !== undefined)
            throw new Error(`Input "agent-env" names ${JSON.stringify(name)}, which the engine may not see: ${why}; expected the names of the model's key and settings, for example ANTHROPIC_API_KEY.`);
        if (!out.includes(name))
            out.push(name);
    }
    return out;
}
/** The allowed names the job does not have (unset or empty: GitHub passes an unset secret as ''). */
function missingAllowed(parentEnv, allow) {
    return checkAllowList(allow).filter(name => !parentEnv[name]);
}
/** The engine's whole environment. Throws one sentence when the allow-list names what it may not. */
function agentEnvironment(opts) {
    const names = checkAllowList(opts.allow);
    const env = {};
    env.PATH = opts.path ?? opts.parentEnv.PATH ?? '/usr/local/bin:/usr/bin:/bin';
    env.HOME = opts.home;
    for (const name of LOCALE) {
        const value = opts.parentEnv[name];
        if (value)
            env[name] = value;
    }
    for (const name of names) {
        const value = opts.parentEnv[name];
        if (value)
            env[name] = value;
    }
    env[_types_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTRACT_ENV */ .xJ.prompt] = opts.contract.prompt;
    env[_types_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTRACT_ENV */ .xJ.reflection] = opts.contract.reflection;
    env[_types_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTRACT_ENV */ .xJ.proposal] = opts.contract.proposal;
    return env;
}


/***/ }),

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


/***/ }),

/***/ 31964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  proposeMain: () => (/* binding */ proposeMain)
});

// UNUSED EXPORTS: actionFilesIn, agentUserName, readReflection

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/git/run.ts
var run = __webpack_require__(73073);
// EXTERNAL MODULE: ./src/config/source.ts
var config_source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(88373);
// EXTERNAL MODULE: ./src/reflection/schema.ts
var schema = __webpack_require__(37686);
// EXTERNAL MODULE: ./src/policy/git.ts + 1 modules
var git = __webpack_require__(12147);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/runtime/surface.ts
var surface = __webpack_require__(28067);
// EXTERNAL MODULE: ./src/agent/types.ts
var types = __webpack_require__(50016);
// EXTERNAL MODULE: ./src/agent/env.ts
var env = __webpack_require__(82350);
;// CONCATENATED MODULE: ./src/modes/propose/inputs.ts



/** Each engine's key, the one secret its job holds, when agent-env names none. */
const ENGINE_KEYS = {
    claude: ['ANTHROPIC_API_KEY'],
    codex: ['CODEX_API_KEY'],
    command: []
};
function clip(value) {
    const flat = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
    return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
function bad(host, name, value, expected) {
    return new Error(`${(0,surface/* inputLabel */.NB)(host.surface, name)} is "${clip(value)}"; expected ${expected}.`);
}
function intInput(host, name, min, max) {
    const raw = host.getInput(name);
    if (raw === '')
        return undefined;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
        throw bad(host, name, raw, `a whole number from ${min} to ${max}, or empty`);
    return Number(raw);
}
function dollars(host, name) {
    const raw = host.getInput(name);
    if (raw === '')
        return undefined;
    if (!/^\d+(\.\d+)?$/.test(raw) || !(Number(raw) > 0) || Number(raw) > 10_000)
        throw bad(host, name, raw, 'a number of dollars above 0 (such as "2.50"), or empty');
    return Number(raw);
}
function price(host) {
    const raw = host.getInput('token-price');
    if (raw === '')
        return undefined;
    const m = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(raw);
    if (!m)
        throw bad(host, 'token-price', raw, 'INPUT/OUTPUT dollars per million tokens, such as "1.25/10"');
    return { inputPerMillion: Number(m[1]), outputPerMillion: Number(m[2]) };
}
function readProposeInputs(host) {
    const engineRaw = host.getInput('engine') || 'claude';
    if (!types/* ENGINES */.ug.includes(engineRaw))
        throw bad(host, 'engine', engineRaw, `one of ${types/* ENGINES */.ug.join(', ')}`);
    const engine = engineRaw;
    const agentCommand = host.getInput('agent-command');
    if (engine === 'command' && !agentCommand)
        throw bad(host, 'agent-command', '', 'the command to run when engine is "command"');
    const reflection = host.getInput('reflection');
    const reflectionSha256 = host.getInput('reflection-sha256').toLowerCase();
    if (reflectionSha256 !== '' && !/^[0-9a-f]{64}$/.test(reflectionSha256))
        throw bad(host, 'reflection-sha256', reflectionSha256, '64 hexadecimal characters, or empty');
    if (reflection !== '' && reflectionSha256 === '')
        throw bad(host, 'reflection-sha256', '', "the plan job's reflection-sha256 output when reflection is set");
    const proposalsOut = host.getInput('proposals-out');
    if (!proposalsOut)
        throw bad(host, 'proposals-out', '', 'the path the proposals file is written to');
    const named = host
        .getInput('agent-env')
        .split(/[\s,]+/)
        .filter(Boolean);
    return {
        engine,
        agentCommand,
        model: host.getInput('model'),
        maxTurns: intInput(host, 'max-turns', 1, 1000),
        maxBudgetUsd: dollars(host, 'max-budget-usd'),
        timeoutMinutes: intInput(host, 'agent-timeout-minutes', 1, 350),
        reflection,
        reflectionSha256,
        proposalsOut,
        retries: intInput(host, 'retries', 0, 2),
        agentEnv: (0,env/* checkAllowList */.y)(named.length ? named : ENGINE_KEYS[engine]),
        tokenPrice: price(host)
    };
}

;// CONCATENATED MODULE: ./src/modes/propose/stage.ts
/**
 * mode propose: the agent step, in the propose job (main only: no database, no write token). It
 * checks the reflection plan handed over, reads the committed config at HEAD with git (never the
 * working tree), records the base commit, builds the prompt, and runs the engine as a user of its
 * own in the checkout, with the action's timeout. The adapter, not the agent, makes the patch (a
 * private git directory), judges it with the same rails, lets the agent correct itself, and hands
 * over proposals.json with its SHA-256. A failing engine fails the job with one line; the rails job
 * then records the run as agent-failed.
 */











async function proposeMain(deps, inputs) {
    const { host } = deps;
    const p = readProposeInputs(host);
    const checkout = deps.ctx.workspace;
    const base = await headCommit(checkout);
    const { config, origin } = await committedConfig(checkout, base, inputs.configPath);
    host.info(`Config: ${(0,text_escape/* forLog */.Ig)(origin)}; base commit ${base}.`);
    const reflection = readReflection(p);
    refuseOutputInCheckout(checkout, (0,external_node_path_.resolve)(deps.cwd, p.proposalsOut));
    // Read before the checkout is handed to the agent user: everything git reads of it is read now.
    await refuseStoredCredentials(checkout);
    const extension = await promptExtension(checkout, base, config);
    const outcome = await runAgent(deps, {
        p,
        checkout,
        base,
        config,
        configPath: inputs.configPath,
        reflection,
        extension
    });
    host.setOutput('proposals-path', outcome.path);
    host.setOutput('sha256', outcome.sha256);
    host.setOutput('proposals', String(outcome.proposals));
    host.setOutput('cost-usd', outcome.costUsd === undefined ? '' : outcome.costUsd.toFixed(4));
    if (outcome.failure) {
        host.setFailed(outcome.failure);
        return { status: 'failed', message: outcome.failure };
    }
    host.info(`Handed over ${outcome.proposals} proposal(s) in ${outcome.path} (sha256 ${outcome.sha256}).`);
    return { status: 'success' };
}
/** HEAD of the checkout, before the engine runs: the base every round is collected against. */
async function headCommit(checkout) {
    const r = await (0,run/* runGit */.EO)(['rev-parse', '--verify', '--end-of-options', 'HEAD^{commit}'], {
        cwd: checkout,
        env: (0,run/* trustedGitEnv */.F$)()
    }).catch((error) => {
        throw new Error(`The checkout ${(0,text_escape/* forLog */.Ig)(checkout, 200)} has no commit at HEAD (${(0,text_escape/* forLog */.Ig)(error.message, 200)}); mode propose runs in a checkout of the repository.`);
    });
    return r.stdout.toString('utf8').trim();
}
/** The config committed at the base commit, with git: the agent never chooses what judges it. */
async function committedConfig(checkout, base, configPath) {
    const source = await (0,config_source/* readConfigFromGit */.bN)(checkout, base, configPath);
    if (!source)
        throw new Error(`Could not read ${configPath} at ${base} with git.`);
    const loaded = (0,load.loadConfig)(source, configPath);
    return { config: loaded.config, origin: loaded.origin };
}
/** The reflection plan wrote, checked against its SHA-256; undefined when none was given. */
function readReflection(p) {
    if (!p.reflection)
        return undefined;
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(p.reflection);
    }
    catch (error) {
        throw new Error(`Input "reflection" is "${(0,text_escape/* forLog */.Ig)(p.reflection, 200)}", which cannot be read (${error.code ?? 'error'}); expected the reflection.json the plan job wrote.`, { cause: error });
    }
    const actual = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (actual !== p.reflectionSha256) {
        throw new Error(`The reflection's SHA-256 is ${actual}, not the ${p.reflectionSha256} the plan job computed; refusing a reflection that changed on the way.`);
    }
    const parsed = schema/* reflectionSchema */.xP.safeParse(JSON.parse(bytes.toString('utf8')));
    if (!parsed.success)
        throw new Error('The reflection does not match schema/reflection.schema.json.');
    return parsed.data;
}
/** Isolation, the engine and the rounds; everything made for them is removed again. */
async function runAgent(deps, a) {
    const { missingAllowed } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 82350));
    const missing = missingAllowed(deps.host.env, a.p.agentEnv);
    if (missing.length) {
        throw new Error(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: the ${a.p.engine} engine needs ${missing.length === 1 ? 'it' : 'them'}. Set the repository secret${missing.length === 1 ? '' : 's'} ${missing.join(', ')} and pass ${missing.length === 1 ? 'it' : 'them'} to this step's env.`);
    }
    const { preparePrivateGit, collectChange } = await __webpack_require__.e(/* import() */ 955).then(__webpack_require__.bind(__webpack_require__, 81955));
    const { prepareIsolation } = await __webpack_require__.e(/* import() */ 120).then(__webpack_require__.bind(__webpack_require__, 49120));
    const { restoreCheckout } = await __webpack_require__.e(/* import() */ 419).then(__webpack_require__.bind(__webpack_require__, 16419));
    const priv = await preparePrivateGit({ checkout: a.checkout, base: a.base });
    try {
        const isolation = await prepareIsolation({
            checkout: a.checkout,
            acceptSharedUser: a.config.agent.acceptSharedUser,
            userName: agentUserName(deps.host.env),
            ...actionFilesIn(a.checkout, process.argv[1] ?? '')
        });
        deps.host.info(`The ${a.p.engine} engine runs ${isolation.user ? `as the user ${isolation.user.name}` : "as the action's own user (agent.acceptSharedUser)"}, allowed ${a.p.agentEnv.length ? a.p.agentEnv.join(', ') : 'no secret'}.`);
        try {
            if (a.reflection)
                (0,external_node_fs_.writeFileSync)(isolation.contract.reflection, (0,external_node_fs_.readFileSync)(a.p.reflection));
            // Claude Code's key stays in this process: the engine talks to a loopback proxy that adds it.
            const { withKeyProxy } = await __webpack_require__.e(/* import() */ 819).then(__webpack_require__.bind(__webpack_require__, 82819));
            return await withKeyProxy({ engine: a.p.engine, parentEnv: deps.host.env, allow: a.p.agentEnv }, keyProxy => rounds(deps, a, { isolation, priv, collectChange, restoreCheckout, keyProxy }));
        }
        finally {
            await isolation.release();
        }
    }
    finally {
        priv.cleanup();
    }
}
/** A path's device and inode, or null when it does not exist. */
function identityOf(path) {
    try {
        const st = (0,external_node_fs_.lstatSync)(path);
        return `${st.dev}:${st.ino}`;
    }
    catch {
        return null;
    }
}
/**
 * The checkout's .git is the one it was before the engine ran: an agent that renamed it (its copy
 * would then be in the change) or replaced it gets nothing collected.
 */
function sameDotGit(checkout, before) {
    if (identityOf((0,external_node_path_.join)(checkout, '.git')) !== before)
        throw new Error("the agent moved or replaced the checkout's .git, so its change is not collected");
}
/**
 * The action's own files, when it runs from the checkout (`uses: ./propose`, or `uses: ./` in mode
 * propose): they stay with their owner, so the agent cannot rewrite code a later step of the job
 * runs. When the action is the checkout itself, its top folder stays too (nothing can be renamed).
 */
function actionFilesIn(checkout, entry) {
    const script = (0,external_node_path_.resolve)(entry);
    const root = /\/dist\/main\/index\.js$/.test(script)
        ? (0,external_node_path_.resolve)(script, '..', '..', '..')
        : /\/[^/]+\/main\.mjs$/.test(script)
            ? (0,external_node_path_.resolve)(script, '..', '..')
            : undefined;
    const rel = root === undefined ? '..' : (0,external_node_path_.relative)((0,external_node_path_.resolve)(checkout), root);
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return { keep: [], keepRoot: false };
    if (rel !== '')
        return { keep: [rel], keepRoot: false };
    const actions = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true })
        .filter(d => d.isDirectory() && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, d.name, 'action.yml')))
        .map(d => d.name);
    return { keep: ['dist', 'action.yml', ...actions].filter(p => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, p))), keepRoot: true };
}
/** proposals-out outside the checkout: the agent must not be able to plant what the action writes. */
function refuseOutputInCheckout(checkout, out) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(checkout), out);
    if (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel))
        throw new Error(`Input "proposals-out" is "${(0,text_escape/* forLog */.Ig)(out, 200)}", inside the checkout; expected a path outside it (such as under RUNNER_TEMP), where the agent cannot plant a link.`);
}
/**
 * A credential the checkout keeps (actions/checkout's persist-credentials, a credential helper, a
 * URL with a password) would be readable by the agent: refuse it, naming the remedy.
 */
async function refuseStoredCredentials(checkout) {
    const r = await (0,run/* runGit */.EO)(['config', '--local', '--includes', '--list', '--name-only'], {
        cwd: checkout,
        env: (0,run/* trustedGitEnv */.F$)(),
        okCodes: [0, 1]
    });
    const names = r.stdout.toString('utf8').split('\n').filter(Boolean);
    const stored = names.filter(n => /^http\..*extraheader$|^credential\.|^url\..*\.insteadof$/i.test(n));
    const urls = await (0,run/* runGit */.EO)(['config', '--local', '--includes', '--get-regexp', '^remote\\..*\\.url$'], {
        cwd: checkout,
        env: (0,run/* trustedGitEnv */.F$)(),
        okCodes: [0, 1]
    });
    const withPassword = /:\/\/[^/\s@]*:[^/\s@]*@/.test(urls.stdout.toString('utf8'));
    if (stored.length || withPassword) {
        throw new Error(`The checkout keeps a credential in its git config (${[...stored, ...(withPassword ? ['a remote URL with a password'] : [])].slice(0, 3).join(', ')}), which the agent could read; check out with persist-credentials: false.`);
    }
}
/**
 * The agent's user: self-evolution-agent, or the name in SELF_EVOLUTION_AGENT_USER, for machines that
 * run several propose jobs at once (each sweep ends every process of its user).
 */
function agentUserName(env) {
    const name = env.SELF_EVOLUTION_AGENT_USER;
    if (name === undefined || name === '')
        return undefined;
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(name))
        throw new Error(`SELF_EVOLUTION_AGENT_USER is "${(0,text_escape/* forLog */.Ig)(name, 40)}"; expected a user name of lower-case letters, digits, "_" and "-" (at most 32 characters).`);
    return name;
}
async function rounds(deps, a, t) {
    const { buildPrompt } = await __webpack_require__.e(/* import() */ 943).then(__webpack_require__.bind(__webpack_require__, 31943));
    const { proposeWithCorrections, gitJudge } = await Promise.all(/* import() */[__webpack_require__.e(484), __webpack_require__.e(758), __webpack_require__.e(31)]).then(__webpack_require__.bind(__webpack_require__, 86031));
    const { readProposalFile } = await __webpack_require__.e(/* import() */ 566).then(__webpack_require__.bind(__webpack_require__, 60566));
    const { createEngineRunner } = await __webpack_require__.e(/* import() */ 409).then(__webpack_require__.bind(__webpack_require__, 40409));
    const { handOver } = await __webpack_require__.e(/* import() */ 490).then(__webpack_require__.bind(__webpack_require__, 3490));
    const { p, config } = a;
    // The .git of each round's start (the restore after a round puts a copy back).
    let dotGit = null;
    const retries = Math.min(p.retries ?? config.agent.retries, config.agent.retries);
    const timeoutMinutes = Math.min(p.timeoutMinutes ?? config.agent.timeoutMinutes, config.agent.timeoutMinutes);
    const prompt = buildPrompt({
        config,
        configPath: a.configPath,
        proposalFile: t.isolation.contract.proposal,
        reflection: a.reflection,
        extension: a.extension,
        retries
    });
    const runEngine = createEngineRunner({
        engine: p.engine,
        checkout: a.checkout,
        isolation: t.isolation,
        parentEnv: deps.host.env,
        allow: p.agentEnv,
        timeoutMs: timeoutMinutes * 60_000,
        command: p.agentCommand || undefined,
        model: p.model || undefined,
        maxTurns: p.maxTurns,
        maxBudgetUsd: p.maxBudgetUsd,
        price: p.tokenPrice,
        keyProxy: t.keyProxy
    });
    if (t.keyProxy)
        deps.host.info(`${t.keyProxy.env} stays with the action: the engine reaches the API through ${t.keyProxy.url}.`);
    const result = await proposeWithCorrections({
        runEngine: request => {
            dotGit = identityOf((0,external_node_path_.join)(a.checkout, '.git'));
            return runEngine(request);
        },
        collect: () => {
            sameDotGit(a.checkout, dotGit);
            return t.collectChange(t.priv);
        },
        readProposal: () => readProposalFile(t.isolation.contract.proposal),
        judge: gitJudge({ config, configPath: a.configPath, repo: t.priv.gitDir, base: a.base }),
        restore: () => t.restoreCheckout(t.priv),
        prompt,
        retries,
        proposalFile: t.isolation.contract.proposal
    });
    for (const r of result.rounds)
        deps.host.info(`Round ${r.round}: ${r.outcome}${r.verdict && !r.verdict.allowed ? ` (${r.verdict.rules.join(', ')})` : ''}.`);
    const last = result.rounds.at(-1)?.run;
    const path = (0,external_node_path_.resolve)(deps.cwd, p.proposalsOut);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const written = handOver(path, result, {
        engine: p.engine,
        model: p.model || undefined,
        engineVersion: last?.engineVersion
    });
    const failure = result.failure ?? (last ? (0,types/* engineFailure */.FR)(last) : undefined);
    return {
        path,
        sha256: written.sha256,
        proposals: written.document.proposals.length,
        costUsd: written.document.agent?.costUsd,
        ...(failure ? { failure: failureLine(failure, last?.finalMessage) } : {})
    };
}
/** One line: what failed, and the engine's last words (hostile text, escaped and capped). */
function failureLine(failure, words) {
    const said = words?.trim() ? ` Its last words: ${(0,text_escape/* forLog */.Ig)(words.trim().split('\n').at(-1) ?? '', 300)}` : '';
    return `The agent failed: ${(0,text_escape/* forLog */.Ig)(failure, 500)}.${said}`;
}
/** The repository's extension of the prompt, committed at the base (agent.promptFile). */
async function promptExtension(checkout, base, config) {
    const path = config.agent.promptFile;
    if (!path)
        return undefined;
    const text = await (0,git/* readGitFile */.v3)(checkout, base, path, (0,run/* trustedGitEnv */.F$)());
    if (text === null)
        throw new Error(`agent.promptFile names ${(0,text_escape/* forLog */.Ig)(path, 200)}, which is not committed at ${base}.`);
    return { path, text };
}


/***/ }),

/***/ 37686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W9: () => (/* binding */ REFLECTION_SCHEMA_ID),
/* harmony export */   xP: () => (/* binding */ reflectionSchema)
/* harmony export */ });
/* unused harmony exports FATES, reflectionJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13603);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
/**
 * The reflection document: the one source of truth for its shape (schema/reflection.schema.json is
 * generated from it, docs/reflection.md describes every field). Text that comes from GitHub (issue
 * and review bodies, log lines, titles) stays in its own fields, sanitized and capped; it is quoted
 * data for a model, never instructions.
 */


const REFLECTION_SCHEMA_ID = 'self-evolution/reflection@1';
const count = zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0);
const isoTime = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ description: 'An ISO 8601 UTC time.' });
const url = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().meta({ description: 'A link, or null when none is known.' });
const pullRequest = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ number: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1), url })
    .nullable()
    .meta({ description: 'The pull request, or null when none was opened.' });
const FATES = ['allowed', 'blocked', 'merged', 'closed-unmerged', 'reverted'];
const memoryItem = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    date: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ description: 'The UTC day of the run that proposed it.' }),
    createdAt: isoTime,
    fate: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(FATES),
    rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().meta({ description: 'The first rule that blocked it (fate blocked).' }),
    pullRequest
});
const actionItem = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ description: 'planned, submitted, merged, rolled_back, closed or failed.' }),
    pullRequest,
    createdAt: isoTime
});
const rollbackItem = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    failingWorkflow: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    pullRequest,
    createdAt: isoTime
});
const failedJob = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    url,
    conclusion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    errorLines: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).meta({
        description: "The first error lines of the job's log (`##[error]` lines first), sanitized and capped."
    })
});
const failedRun = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    workflow: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    url,
    headSha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    event: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    conclusion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    createdAt: isoTime,
    jobs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(failedJob)
});
const feedbackIssue = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    number: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    url,
    author: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    body: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    createdAt: isoTime
});
const quote = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ author: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), body: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), createdAt: isoTime });
const reactions = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ positive: count, negative: count, neutral: count });
const agentPullRequest = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    number: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    url,
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['open', 'merged', 'closed-unmerged']),
    reverted: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    reactions,
    changesRequested: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(quote).meta({
        description: 'Bodies of CHANGES_REQUESTED reviews by users with write access.'
    }),
    reviewComments: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(quote.extend({ path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })).meta({
        description: 'Review comments by users with write access.'
    }),
    createdAt: isoTime
});
const sentiment = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    reactions,
    reviews: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ approved: count, changesRequested: count }),
    merged: count,
    closedUnmerged: count,
    reverted: count,
    score: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(),
    formula: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
});
const rails = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    allowedPaths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    blockedPaths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    caps: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        maxLinesOfCode: count,
        maxFilesChanged: count,
        maxActionsPerRun: count,
        maxOpenPullRequests: count
    }),
    maxRiskLevel: count,
    riskFloors: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .riskFloorSchema */ .Xk),
    sizeFloors: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .sizeFloorSchema */ .Fy),
    changeTypes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_TYPES */ .pf),
        paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        live: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().meta({ description: 'Acts outside a dry run (rollout.liveChangeTypes).' })
    })),
    wildcard: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        maxRiskLevel: count,
        allowedTypes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        freeToday: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().meta({ description: 'No allowed wildcard is recorded for today yet.' })
    }),
    dryRun: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
});
const reflectionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(REFLECTION_SCHEMA_ID),
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    generatedAt: isoTime,
    window: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ since: isoTime, until: isoTime, days: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1) }),
    github: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['read', 'partial', 'none']).meta({
        description: 'none: no token was given, so only the database was read; partial: see unavailable.'
    }),
    unavailable: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).meta({ description: 'GitHub reads that failed; the rest stands.' }),
    insights: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    runs: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        byStatus: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), count),
        skipsByReason: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), count }))
    }),
    proposals: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        allowed: count,
        blocked: count,
        blockingRules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), count, examples: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }))
    }),
    actions: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        submitted: count,
        merged: count,
        closedUnmerged: count,
        reverted: count,
        items: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(actionItem)
    }),
    rollbacks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(rollbackItem),
    memory: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(memoryItem),
    failedRuns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(failedRun),
    feedback: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(feedbackIssue),
    pullRequests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(agentPullRequest),
    sentiment,
    rails,
    trimmed: count.meta({
        description: 'Items left out, oldest first, to keep the document under its size cap.'
    })
});
/** The committed JSON Schema of the document (schema/reflection.schema.json). */
function reflectionJsonSchema() {
    return {
        title: 'self-evolution reflection',
        ...z.toJSONSchema(reflectionSchema, { io: 'output' })
    };
}


/***/ })

};
