export const id = 120;
export const ids = [120];
export const modules = {

/***/ 49120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareIsolation: () => (/* binding */ prepareIsolation)
/* harmony export */ });
/* unused harmony exports AGENT_USER, ACCEPT_SHARED_USER_KEY, PROTECTED_PATHS, chooseIsolation, systemTool, processesOf, setprivPath */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92462);
/**
 * The engine runs as a user of its own, like openai/codex-action's `unprivileged-user` strategy: a
 * scrubbed environment alone is not enough, since a process of the action's own user can read the
 * action's environment in /proc/$PPID/environ (ACTIONS_RUNTIME_TOKEN, the INPUT_* values), and on
 * GitHub-hosted runners that user has passwordless sudo.
 *
 * The user, `self-evolution-agent`, is a system user with no login shell, no home and no sudo rights.
 * It gets write access to the checkout and nothing else of the runner's:
 * - the checkout's files owned by the checkout's owner are handed to the agent for each run (`chown
 *   --from`, never following a symbolic link) and handed back after it, once its processes have ended
 *   (every file the agent owns under the checkout, including the ones it made, goes to the checkout's
 *   owner and group), so the action collects and restores the checkout with its owner's rights;
 * - `.git` and `.self-evolution/` stay with their owner: the agent reads them, never writes into them
 *   (a `safe.directory` entry in the agent's HOME lets its own git read the repository);
 * - the checkout's parent folders that the agent could not enter get the others' execute bit for the
 *   run only (entering by exact name, never listing), and their modes back afterwards;
 * - its HOME and the contract files live in a temporary folder outside the checkout: the folder is
 *   0711, HOME 0700 the agent's, the contract folder 0755 the action's (the agent cannot replace a
 *   file in it), the prompt and the reflection 0644 the action's, the proposal file 0644 the agent's.
 * After each run every process of the agent user ends (a process that left the engine's group too).
 *
 * The shell's privileged steps are coreutils commands, run directly when the action is root and
 * through `sudo -n` otherwise: one path for both. Under sudo the action's user may signal sudo but
 * not the engine, so the engine's process group is signalled as the agent user (`sudo -n -u AGENT
 * kill`) at the timeout and when the engine exits.
 */





const AGENT_USER = 'self-evolution-agent';
const ACCEPT_SHARED_USER_KEY = 'agent.acceptSharedUser';
/** Kept with their owner: the agent reads them and never writes into them. */
const PROTECTED_PATHS = ['.git', '.self-evolution'];
/**
 * How the engine runs: as the agent user through Node's uid/gid when the action is root, through
 * `sudo -n -u` when sudo works without a password, as the action's own user only when the config
 * accepts it; otherwise a refusal that says what would be exposed. Pure.
 */
function chooseIsolation(facts) {
    if (facts.uid === 0)
        return { strategy: 'root' };
    if (facts.uid !== undefined && facts.sudoWorks)
        return { strategy: 'sudo' };
    if (facts.acceptSharedUser)
        return { strategy: 'shared-user' };
    return {
        refused: "The engine cannot run as a user of its own here (the action is not root and `sudo -n true` fails), and as the action's own user it could read the action's environment through /proc (ACTIONS_RUNTIME_TOKEN and every input, tokens included) and everything that user can read or write; set " +
            `${ACCEPT_SHARED_USER_KEY}: true in the committed config to accept that, or run the job where the action is root or has passwordless sudo.`
    };
}
/** Where the privileged steps' tools are looked for: never the job's PATH, which a step may extend. */
const SYSTEM_DIRS = ['/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** A system tool's absolute path (chown, chmod, kill, useradd, sudo...), or the name when none exists. */
function systemTool(name) {
    if (name.includes('/'))
        return name;
    return SYSTEM_DIRS.map(d => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(d, name)).find(p => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p)) ?? name;
}
/** Runs a command and returns its stdout; throws one sentence with its stderr on failure. */
function execCommand(file, args) {
    return new Promise((resolvePromise, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(systemTool(file), args, { env: { PATH: SYSTEM_DIRS.join(':'), LC_ALL: 'C' } }, (error, stdout, stderr) => {
            if (!error)
                return resolvePromise(String(stdout));
            const detail = String(stderr).trim().split('\n').pop() || error.message;
            reject(new Error(`${[file, ...args].slice(0, 4).join(' ')} failed: ${detail}`));
        });
    });
}
function privileged(strategy) {
    return argv => strategy === 'sudo' ? execCommand('sudo', ['-n', ...argv]) : execCommand(argv[0], argv.slice(1));
}
async function sudoWorks() {
    return execCommand('sudo', ['-n', 'true']).then(() => true, () => false);
}
/** The agent user, made when missing (a concurrent maker is fine). Refuses root and extra groups. */
async function ensureAgentUser(priv, name) {
    const lookup = () => execCommand('getent', ['passwd', name]).then(line => {
        const [, , uid, gid] = line.trim().split(':');
        return { name, uid: Number(uid), gid: Number(gid) };
    }, () => undefined);
    let user = await lookup();
    if (!user) {
        const made = priv([
            'useradd',
            '--system',
            '--user-group',
            '--shell',
            '/usr/sbin/nologin',
            '--no-create-home',
            '--home-dir',
            '/nonexistent',
            name
        ]);
        user = await made.then(lookup, async (e) => (await lookup()) ?? Promise.reject(e));
    }
    if (!user || !Number.isInteger(user.uid) || user.uid === 0)
        throw new Error(`The agent user ${name} has uid ${user?.uid}; expected an unprivileged system user.`);
    const groups = (await execCommand('id', ['-G', name])).trim().split(/\s+/).map(Number);
    const extra = groups.filter(g => g !== user.gid);
    if (extra.length > 0)
        throw new Error(`The agent user ${name} belongs to groups ${extra.join(', ')} besides its own; expected none (a group such as sudo or docker gives root).`);
    return user;
}
/** Makes the temporary folder: HOME, the contract folder and its files. */
function makeScratch(tmpRoot, checkout) {
    const base = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tmpRoot, 'self-evolution-agent-'));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(base, 0o711);
    const home = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base, 'home');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(home, { mode: 0o700 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.gitconfig'), `[safe]\n\tdirectory = ${checkout}\n`, { mode: 0o600 });
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base, 'contract');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { mode: 0o755 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(dir, 0o755);
    const contract = {
        dir,
        prompt: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'prompt.md'),
        reflection: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'reflection.json'),
        proposal: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'proposal.json')
    };
    for (const file of [contract.prompt, contract.reflection, contract.proposal]) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, '', { mode: 0o644 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(file, 0o644);
    }
    return { base, home, contract };
}
/** The folders above `path` the agent cannot enter, with their modes. */
function closedAncestors(path, user) {
    const out = [];
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path);; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir)) {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dir);
        const enters = st.uid === user.uid ? st.mode & 0o100 : st.gid === user.gid ? st.mode & 0o010 : st.mode & 0o001;
        if (!enters)
            out.push({ dir, mode: st.mode & 0o7777 });
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir) === dir)
            break;
    }
    return out;
}
/** The pids whose real, effective or saved uid is `uid`, from /proc. */
function processesOf(uid, procRoot = '/proc') {
    const pids = [];
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(procRoot)) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const status = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(procRoot, entry, 'status'), 'utf8');
            // A zombie runs nothing: it only waits for its parent to read its exit status.
            if (/^State:\s+Z/m.test(status))
                continue;
            const uids = /^Uid:\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(status);
            if (uids && uids.slice(1, 4).some(u => Number(u) === uid))
                pids.push(Number(entry));
        }
        catch {
            // ended meanwhile
        }
    }
    return pids;
}
async function endProcessesOf(user, strategy, priv) {
    for (let pass = 0; pass < 20; pass++) {
        const pids = processesOf(user.uid);
        if (pids.length === 0)
            return;
        if (strategy === 'root') {
            for (const pid of pids)
                try {
                    process.kill(pid, 'SIGKILL');
                }
                catch {
                    // ended meanwhile
                }
        }
        else
            await priv(['kill', '-KILL', '--', ...pids.map(String)]).catch(() => undefined);
        await new Promise(r => setImmediate(r));
    }
    throw new Error(`Processes of the agent user ${user.name} kept starting after 20 attempts to end them.`);
}
/** Hands the checkout to the agent (protected paths excepted); returns how to hand it back. */
async function handOver(checkout, user, priv, o) {
    const owner = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(checkout);
    if (owner.uid === user.uid)
        throw new Error(`The checkout ${checkout} is already owned by the agent user ${user.name}; expected the action's user.`);
    await priv(['chown', '-hR', `--from=${owner.uid}`, `${user.uid}:${user.gid}`, '--', checkout]);
    for (const p of [...PROTECTED_PATHS, ...o.keep]) {
        if (p === '' || p.split('/').includes('..'))
            throw new Error(`Cannot keep ${JSON.stringify(p)}: expected a path inside the checkout.`);
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(checkout, p);
        const exists = (() => {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path);
                return true;
            }
            catch {
                return false;
            }
        })();
        if (exists)
            await priv(['chown', '-hR', `--from=${user.uid}`, `${owner.uid}:${owner.gid}`, '--', path]);
    }
    if (o.keepRoot)
        await priv(['chown', '-h', `--from=${user.uid}`, `${owner.uid}:${owner.gid}`, '--', checkout]);
    return async () => {
        await priv(['chown', '-hR', `--from=${user.uid}`, `${owner.uid}:${owner.gid}`, '--', checkout]);
    };
}
/** util-linux's setpriv, which the root strategy needs. */
function setprivPath() {
    const found = ['/usr/bin/setpriv', '/bin/setpriv', '/usr/sbin/setpriv', '/sbin/setpriv'].find(p => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p));
    if (!found)
        throw new Error("setpriv (util-linux) is not installed; expected it, to run the engine as the agent user without the action's groups.");
    return found;
}
function launcher(strategy, user) {
    return (argv, env) => {
        const [file, ...args] = argv;
        if (strategy === 'root' && user) {
            // Node's own uid/gid options keep the supplementary groups of the action (root's group 0 among
            // them): setpriv drops them, and no_new_privs keeps a setuid program (sudo) from raising privileges.
            const drop = [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', '--no-new-privs', '--'];
            return { file: setprivPath(), args: [...drop, file, ...args], env };
        }
        if (strategy === 'sudo' && user) {
            if (file.includes('='))
                throw new Error(`The engine command ${JSON.stringify(file)} contains "="; expected a program name or path.`);
            const pairs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
            // The action's user may signal sudo (its real uid) but not the engine, which runs as the agent:
            // the engine's group is signalled as the agent user, so a timeout ends it without the sweep.
            const signalGroup = (pgid, signal) => execCommand('sudo', [
                '-n',
                '-u',
                user.name,
                '--',
                systemTool('kill'),
                `-${signal.replace(/^SIG/, '')}`,
                '--',
                `-${pgid}`
            ]).then(() => undefined, () => undefined);
            // no_new_privs as in the root strategy: no setuid or setgid helper (crontab, at) raises the
            // agent's privileges or leaves a job behind.
            return {
                file: systemTool('sudo'),
                args: [
                    '-n',
                    '-u',
                    user.name,
                    '--',
                    setprivPath(),
                    '--no-new-privs',
                    '--',
                    'env',
                    '-i',
                    ...pairs,
                    file,
                    ...args
                ],
                env: { PATH: env.PATH ?? '' },
                signalGroup
            };
        }
        return { file, args, env };
    };
}
/**
 * Refuses when the agent user can run sudo without a password. The probe starts in the contract
 * folder, which both users can enter (the action's user cannot enter the agent's HOME, and a probe
 * that never started proves nothing).
 */
async function checkNoSudo(launch, home, cwd) {
    const probe = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_4__/* .runProcess */ .R3)({
        launch: launch(['sudo', '-n', 'true'], {
            PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
            HOME: home
        }),
        cwd,
        timeoutMs: 10_000
    });
    if (probe.spawnError !== undefined)
        throw new Error(`Could not start a process as the agent user to check that it cannot run sudo (${probe.spawnError}); expected it to start.`);
    if (probe.exitCode === 0)
        throw new Error(`The agent user can run \`sudo -n true\`; expected a user without sudo rights.`);
}
function decide(opts, uid, sudo) {
    if (opts.strategy === 'shared-user' && opts.acceptSharedUser)
        return 'shared-user';
    if (opts.strategy && opts.strategy !== 'shared-user')
        return opts.strategy;
    const choice = chooseIsolation({ uid, sudoWorks: sudo, acceptSharedUser: opts.acceptSharedUser });
    if ('refused' in choice)
        throw new Error(choice.refused);
    return choice.strategy;
}
/** Chooses the strategy, makes the user and the temporary folder, and hands the checkout over. */
async function prepareIsolation(opts) {
    const checkout = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(opts.checkout);
    const uid = process.platform === 'linux' ? process.getuid?.() : undefined;
    const sudo = uid !== undefined && uid !== 0 && opts.strategy !== 'root' && (await sudoWorks());
    const strategy = decide(opts, uid, sudo);
    const priv = privileged(strategy);
    const user = strategy === 'shared-user' ? undefined : await ensureAgentUser(priv, opts.userName ?? AGENT_USER);
    const { base, home, contract } = makeScratch(opts.tmpRoot ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), checkout);
    const undo = [
        async () => void (strategy === 'sudo'
            ? await priv(['rm', '-rf', '--', base])
            : (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(base, { recursive: true, force: true }))
    ];
    const launch = launcher(strategy, user);
    const sweep = async () => (user ? endProcessesOf(user, strategy, priv) : undefined);
    const keeping = { keep: opts.keep ?? [], keepRoot: opts.keepRoot ?? false };
    let handBack;
    const give = async () => {
        if (user && !handBack)
            handBack = await handOver(checkout, user, priv, keeping);
    };
    const reclaim = async () => {
        await sweep();
        const back = handBack;
        handBack = undefined;
        await back?.();
    };
    undo.push(reclaim);
    const release = async () => {
        await sweep();
        let first;
        while (undo.length)
            await undo.pop()().catch(e => (first ??= e));
        if (first)
            throw first;
    };
    try {
        if (user) {
            await priv(['chown', '-R', `${user.uid}:${user.gid}`, '--', home]);
            await priv(['chown', `${user.uid}:${user.gid}`, '--', contract.proposal]);
            const closed = new Map([...closedAncestors(checkout, user), ...closedAncestors(home, user)].map(a => [a.dir, a.mode]));
            for (const [dir, mode] of closed) {
                await priv(['chmod', 'o+x', '--', dir]);
                undo.push(async () => void (await priv(['chmod', mode.toString(8), '--', dir])));
            }
            await give();
            await checkNoSudo(launch, home, contract.dir);
        }
    }
    catch (e) {
        await release().catch(() => undefined);
        throw e;
    }
    return { strategy, user, home, contract, launch, sweep, handOver: give, reclaim, release };
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
