export const id = 409;
export const ids = [409];
export const modules = {

/***/ 40409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createEngineRunner: () => (/* binding */ createEngineRunner)
});

// UNUSED EXPORTS: engineRun

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/agent/env.ts
var agent_env = __webpack_require__(82350);
// EXTERNAL MODULE: ./src/agent/spawn.ts
var spawn = __webpack_require__(92462);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
;// CONCATENATED MODULE: ./src/agent/engines/output.ts
/**
 * What every engine adapter shares: the engine's own words made safe to keep (capped, control and
 * invisible characters removed, line breaks kept), and the prompt as an argument. Pure.
 */

/** The cap on an engine's final message, in code points. */
const FINAL_MESSAGE_MAX = 2000;
const UNSAFE = /(?:[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f])/g;
/** Hostile text, capped and stripped of control and invisible characters; tabs and line breaks stay. */
function sanitizeMessage(text, max = FINAL_MESSAGE_MAX) {
    return (0,text_escape/* cap */.Np)(String(text).replace(UNSAFE, '').trim(), max);
}
/** The last `max` code points of `text`, sanitized (an engine's last words are at the end). */
function tailMessage(text, max = FINAL_MESSAGE_MAX) {
    const clean = String(text).replace(UNSAFE, '').trim();
    const points = Array.from(clean);
    return points.length <= max ? clean : '…' + points.slice(points.length - max + 1).join('');
}
/**
 * Linux holds at most 128 KiB in one argument. A prompt above this many bytes goes as a pointer to the
 * prompt file instead, which every engine can read.
 */
const PROMPT_ARG_MAX_BYTES = 100_000;
/** The prompt as an argument: itself, or a pointer to the prompt file when it is too long for one. */
function promptArgument(prompt, promptFile) {
    if (Buffer.byteLength(prompt, 'utf8') <= PROMPT_ARG_MAX_BYTES)
        return prompt;
    return `Your full instructions are in the file ${promptFile} (also named by the SELF_EVOLUTION_PROMPT_FILE environment variable). Read all of it first, then follow it.`;
}
/** A finite, non-negative number, or undefined. */
function count(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

;// CONCATENATED MODULE: ./src/agent/engines/claude.ts

const CLAUDE_TOOLS = ['Read', 'Grep', 'Glob', 'Edit', 'Write'];
const CLAUDE_DENIED_TOOLS = ['Bash', 'WebFetch', 'WebSearch'];
function claudeArgv(prompt, opts, resumeSession) {
    const argv = ['claude', '-p', promptArgument(prompt, opts.promptFile), '--output-format', 'json'];
    if (opts.maxTurns !== undefined) {
        if (!Number.isInteger(opts.maxTurns) || opts.maxTurns < 1)
            throw new Error(`Input "max-turns" is ${opts.maxTurns}; expected a whole number of at least 1.`);
        argv.push('--max-turns', String(opts.maxTurns));
    }
    if (opts.maxBudgetUsd !== undefined) {
        if (!Number.isFinite(opts.maxBudgetUsd) || opts.maxBudgetUsd <= 0)
            throw new Error(`Input "max-budget-usd" is ${opts.maxBudgetUsd}; expected a number of dollars above 0.`);
        argv.push('--max-budget-usd', String(opts.maxBudgetUsd));
    }
    if (opts.model)
        argv.push('--model', opts.model);
    if (opts.bare !== false)
        argv.push('--bare');
    argv.push('--allowedTools', CLAUDE_TOOLS.join(','), '--disallowedTools', CLAUDE_DENIED_TOOLS.join(','), '--strict-mcp-config', '--mcp-config', '{"mcpServers":{}}', '--setting-sources', 'user', '--add-dir', opts.contractDir);
    if (resumeSession)
        argv.push('-r', resumeSession);
    return argv;
}
function resultObject(stdout) {
    const attempts = [stdout.trim(), stdout.trim().split('\n').pop() ?? ''];
    for (const text of attempts) {
        try {
            const value = JSON.parse(text);
            const found = Array.isArray(value) ? value.filter(v => v && v.type === 'result').pop() : value;
            if (found && typeof found === 'object' && !Array.isArray(found))
                return found;
        }
        catch {
            // next
        }
    }
    return undefined;
}
function claudeTokens(usage) {
    if (!usage || typeof usage !== 'object')
        return undefined;
    const u = usage;
    const input = count(u.input_tokens);
    const output = count(u.output_tokens);
    if (input === undefined || output === undefined)
        return undefined;
    const cached = count(u.cache_read_input_tokens);
    return {
        input: input + (cached ?? 0) + (count(u.cache_creation_input_tokens) ?? 0),
        output,
        ...(cached !== undefined ? { cached } : {})
    };
}
/** Parses `claude -p --output-format json`'s stdout. Anything but a JSON result is an error. */
function parseClaudeResult(stdout, stderr = '') {
    const r = resultObject(stdout);
    if (!r) {
        const said = tailMessage(stderr || stdout, 500);
        return {
            isError: true,
            budgetReached: false,
            finalMessage: `Claude Code printed no JSON result${said ? `; it said: ${said}` : ''}`
        };
    }
    const subtype = typeof r.subtype === 'string' ? sanitizeMessage(r.subtype, 60) : undefined;
    const budgetReached = subtype === 'error_max_budget_usd';
    const text = typeof r.result === 'string' ? r.result : '';
    const tokens = claudeTokens(r.usage);
    const turns = count(r.num_turns);
    const costUsd = count(r.total_cost_usd);
    return {
        isError: r.is_error === true || (subtype !== undefined && subtype.startsWith('error') && !budgetReached),
        budgetReached,
        finalMessage: sanitizeMessage(text || (subtype ? `Claude Code ended with ${subtype}` : '')),
        ...(turns !== undefined ? { turns } : {}),
        ...(costUsd !== undefined ? { costUsd } : {}),
        ...(tokens ? { tokens } : {}),
        ...(typeof r.session_id === 'string' && /^[\w-]{1,100}$/.test(r.session_id)
            ? { sessionId: r.session_id }
            : {}),
        ...(subtype ? { stopReason: subtype } : {})
    };
}

;// CONCATENATED MODULE: ./src/agent/engines/codex.ts

const CODEX_SANDBOXES = (/* unused pure expression or super */ null && (['workspace-write', 'danger-full-access']));
function codexArgv(prompt, opts, resumeThread) {
    const argv = [
        'codex',
        'exec',
        '--json',
        '--skip-git-repo-check',
        '--sandbox',
        opts.sandbox ?? 'workspace-write'
    ];
    if (opts.model)
        argv.push('--model', opts.model);
    if (resumeThread)
        argv.push('resume', resumeThread);
    argv.push(promptArgument(prompt, opts.promptFile));
    return argv;
}
function events(stdout) {
    const out = [];
    for (const line of stdout.split('\n')) {
        const text = line.trim();
        if (!text.startsWith('{'))
            continue;
        try {
            const value = JSON.parse(text);
            if (value && typeof value === 'object' && !Array.isArray(value))
                out.push(value);
        }
        catch {
            // a cut first line (the tail of a long output) or noise
        }
    }
    return out;
}
function field(value, key) {
    return value && typeof value === 'object' ? value[key] : undefined;
}
function addUsage(sum, usage) {
    const input = count(field(usage, 'input_tokens'));
    const output = count(field(usage, 'output_tokens'));
    if (input === undefined || output === undefined)
        return sum;
    const cached = count(field(usage, 'cached_input_tokens')) ?? 0;
    return {
        input: (sum?.input ?? 0) + input,
        output: (sum?.output ?? 0) + output,
        cached: (sum?.cached ?? 0) + cached
    };
}
/** Parses `codex exec --json`'s events: thread, summed token usage, last agent message, failure. */
function parseCodexEvents(stdout, stderr = '') {
    let sessionId;
    let tokens;
    let message = '';
    let failure;
    let turns = 0;
    for (const e of events(stdout)) {
        if (e.type === 'thread.started' && typeof e.thread_id === 'string' && /^[\w-]{1,100}$/.test(e.thread_id))
            sessionId = e.thread_id;
        else if (e.type === 'turn.completed') {
            tokens = addUsage(tokens, e.usage);
            turns++;
        }
        else if (e.type === 'item.completed' && field(e.item, 'type') === 'agent_message')
            message = String(field(e.item, 'text') ?? '');
        else if (e.type === 'turn.failed')
            failure = String(field(e.error, 'message') ?? 'the turn failed');
        else if (e.type === 'error')
            failure = String(e.message ?? 'an error');
    }
    const said = message ? sanitizeMessage(message) : '';
    return {
        isError: failure !== undefined,
        budgetReached: false,
        finalMessage: said || (failure ? `codex failed: ${sanitizeMessage(failure, 500)}` : tailMessage(stderr, 500)),
        ...(turns > 0 ? { turns } : {}),
        ...(tokens ? { tokens } : {}),
        ...(sessionId ? { sessionId } : {}),
        ...(failure !== undefined ? { stopReason: sanitizeMessage(failure, 200) } : {})
    };
}
/** Dollars for `tokens` at `price` (cached input at its own price where given); undefined without a price. */
function tokenCost(tokens, price) {
    if (!tokens || !price)
        return undefined;
    const cached = Math.min(tokens.cached ?? 0, tokens.input);
    const cachedPrice = price.cachedInputPerMillion ?? price.inputPerMillion;
    const dollars = ((tokens.input - cached) * price.inputPerMillion +
        cached * cachedPrice +
        tokens.output * price.outputPerMillion) /
        1e6;
    return Math.round(dollars * 1e6) / 1e6;
}

;// CONCATENATED MODULE: ./src/agent/engines/command.ts

function commandArgv(command) {
    if (!command || !command.trim())
        throw new Error(`Input "agent-command" is empty; expected the command that runs your agent, for example "node agent.mjs".`);
    return ['/bin/sh', '-c', command];
}
function parseCommandOutput(stdout, stderr = '') {
    // A command that printed nothing on stdout (one that failed, most often) speaks on stderr.
    return { isError: false, budgetReached: false, finalMessage: tailMessage(stdout) || tailMessage(stderr) };
}

;// CONCATENATED MODULE: ./src/agent/engines/index.ts
/**
 * The engine runner: one round = write the prompt file, hand the checkout to the agent user, run the
 * engine as that user in the checkout with the action's timeout, end whatever it left running, take
 * the checkout back, read its result. The engine's version is read once, the same way, with a short
 * timeout.
 */







const VERSION_TIMEOUT_MS = 15_000;
const VERSION_MAX = 100;
function argvFor(opts, request) {
    const promptFile = opts.isolation.contract.prompt;
    switch (opts.engine) {
        case 'claude':
            return claudeArgv(request.prompt, {
                model: opts.model,
                maxTurns: opts.maxTurns,
                maxBudgetUsd: opts.maxBudgetUsd,
                bare: opts.claudeBare,
                contractDir: opts.isolation.contract.dir,
                promptFile
            }, request.resumeSession);
        case 'codex':
            return codexArgv(request.prompt, { model: opts.model, sandbox: opts.codexSandbox, promptFile }, request.resumeSession);
        case 'command':
            return commandArgv(opts.command);
    }
}
function parse(engine, run, price) {
    if (engine === 'claude')
        return parseClaudeResult(run.stdout, run.stderr);
    if (engine === 'command')
        return parseCommandOutput(run.stdout, run.stderr);
    const parsed = parseCodexEvents(run.stdout, run.stderr);
    const costUsd = tokenCost(parsed.tokens, price);
    return costUsd === undefined ? parsed : { ...parsed, costUsd };
}
/** The EngineRun of a finished process. */
function engineRun(engine, run, price, engineVersion) {
    const base = {
        engine,
        exitCode: run.exitCode,
        signal: run.signal,
        timedOut: run.timedOut,
        durationMs: run.durationMs
    };
    if (run.spawnError !== undefined) {
        const what = engine === 'command' ? '/bin/sh' : `the ${engine} command`;
        const why = run.spawnError === 'ENOENT'
            ? `${what} was not found on PATH`
            : `${what} could not start (${sanitizeMessage(run.spawnError, 200)})`;
        return {
            ...base,
            isError: true,
            budgetReached: false,
            finalMessage: why,
            ...(engineVersion ? { engineVersion } : {})
        };
    }
    return { ...base, ...parse(engine, run, price), ...(engineVersion ? { engineVersion } : {}) };
}
function createEngineRunner(opts) {
    const { isolation } = opts;
    const env = (0,agent_env/* agentEnvironment */.F)({
        parentEnv: opts.parentEnv,
        allow: opts.allow,
        home: isolation.home,
        contract: isolation.contract,
        path: opts.path
    });
    const proxy = opts.keyProxy;
    if (proxy && env[proxy.env] !== undefined) {
        env[proxy.env] = proxy.placeholder;
        env[proxy.baseUrlEnv] = proxy.url;
    }
    if (opts.engine === 'command')
        commandArgv(opts.command);
    let version;
    const run = async (argv, timeoutMs, onOutput) => {
        await isolation.handOver();
        try {
            return await (0,spawn/* runProcess */.R3)({
                launch: isolation.launch(argv, env),
                cwd: opts.checkout,
                timeoutMs,
                graceMs: opts.graceMs,
                setTimer: opts.setTimer,
                now: opts.now,
                onOutput
            });
        }
        finally {
            await isolation.reclaim();
        }
    };
    const readVersion = async () => {
        if (opts.engine === 'command')
            return undefined;
        const r = await run([opts.engine, '--version'], VERSION_TIMEOUT_MS);
        const text = sanitizeMessage(r.stdout.split('\n').find(l => l.trim()) ?? '', VERSION_MAX);
        return r.exitCode === 0 && text ? text : undefined;
    };
    return async (request) => {
        version ??= readVersion();
        const engineVersion = await version;
        const argv = argvFor(opts, request);
        (0,external_node_fs_.writeFileSync)(isolation.contract.prompt, request.prompt);
        const result = await run(argv, opts.timeoutMs, opts.onOutput);
        return engineRun(opts.engine, result, opts.price, engineVersion);
    };
}


/***/ }),

/***/ 92462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess)
/* harmony export */ });
/* unused harmony exports realTimer, DEFAULT_MAX_BYTES, tailBuffer */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Runs one engine process: an argv array (never a shell string; the `command` engine's own
 * `/bin/sh -c` is an argv too), in the checkout, with stdin on /dev/null, in a process group of its
 * own so the action's timeout ends the whole group (SIGTERM, then SIGKILL after a grace period;
 * through the launch's own signaller too, where the engine runs as a user the action may not signal).
 * stdout and stderr are kept to their last `maxBytes` each. The timer and the clock are injected.
 */

const realTimer = (fn, ms) => {
    const handle = setTimeout(fn, ms);
    return () => clearTimeout(handle);
};
const DEFAULT_MAX_BYTES = 1024 * 1024;
const DEFAULT_GRACE_MS = 10_000;
/** After the process exits, how long its stdout and stderr may stay open (a leftover holding them). */
const DRAIN_MS = 2_000;
/** Keeps the last `max` bytes of a stream. */
function tailBuffer(max) {
    let chunks = [];
    let size = 0;
    let dropped = false;
    return {
        push(chunk) {
            chunks.push(chunk);
            size += chunk.length;
            if (size <= max)
                return;
            const all = Buffer.concat(chunks);
            chunks = [all.subarray(all.length - max)];
            size = max;
            dropped = true;
        },
        text: () => Buffer.concat(chunks).toString('utf8'),
        truncated: () => dropped
    };
}
/**
 * Signals the process group led by `pid`, and through the launch's own signaller where it has one; a
 * group already gone (or not ours to signal) is ignored.
 */
function signalGroup(launch, pid, signal) {
    if (pid === undefined)
        return Promise.resolve();
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: the group has ended. EPERM: every member runs as another user (sudo).
    }
    return launch.signalGroup?.(pid, signal) ?? Promise.resolve();
}
/** Starts the process and resolves when it has ended and its output is read. Never rejects. */
function runProcess(opts) {
    const setTimer = opts.setTimer ?? realTimer;
    const now = opts.now ?? Date.now;
    const started = now();
    const out = tailBuffer(opts.maxBytes ?? DEFAULT_MAX_BYTES);
    const err = tailBuffer(opts.maxBytes ?? DEFAULT_MAX_BYTES);
    const { launch } = opts;
    return new Promise(resolve => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(launch.file, launch.args, {
            cwd: opts.cwd,
            env: launch.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
            uid: launch.uid,
            gid: launch.gid
        });
        let timedOut = false;
        let exit;
        let settled = false;
        const cancels = [];
        // Resolved only once every signal sent is delivered (a signaller is a process of its own).
        const signals = [];
        const send = (name) => void signals.push(signalGroup(launch, child.pid, name));
        const finish = (spawnError) => {
            if (settled)
                return;
            settled = true;
            for (const cancel of cancels)
                cancel();
            const result = {
                exitCode: exit?.code ?? null,
                signal: exit?.signal ?? null,
                timedOut,
                stdout: out.text(),
                stderr: err.text(),
                truncated: out.truncated() || err.truncated(),
                durationMs: Math.max(0, now() - started),
                ...(spawnError !== undefined ? { spawnError } : {})
            };
            void Promise.all(signals).then(() => resolve(result));
        };
        child.stdout.on('data', (chunk) => (out.push(chunk), opts.onOutput?.('stdout', chunk)));
        child.stderr.on('data', (chunk) => (err.push(chunk), opts.onOutput?.('stderr', chunk)));
        child.on('error', e => finish(e.code ?? e.message));
        cancels.push(setTimer(() => {
            timedOut = true;
            send('SIGTERM');
            cancels.push(setTimer(() => send('SIGKILL'), opts.graceMs ?? DEFAULT_GRACE_MS));
        }, opts.timeoutMs));
        child.on('exit', (code, signal) => {
            exit = { code, signal };
            // What the engine left running in its group ends with it.
            send('SIGKILL');
            cancels.push(setTimer(() => {
                child.stdout.destroy();
                child.stderr.destroy();
                finish();
            }, DRAIN_MS));
        });
        child.on('close', () => finish());
    });
}


/***/ })

};
