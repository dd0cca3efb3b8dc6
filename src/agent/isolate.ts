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
import { execFile } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { runProcess, type Launch } from './spawn.js'
import type { ContractFiles } from './types.js'

export const AGENT_USER = 'self-evolution-agent'
export const ACCEPT_SHARED_USER_KEY = 'agent.acceptSharedUser'

/** Kept with their owner: the agent reads them and never writes into them. */
export const PROTECTED_PATHS = ['.git', '.self-evolution'] as const

export type IsolationStrategy = 'root' | 'sudo' | 'shared-user'
export type IsolationChoice = { strategy: IsolationStrategy } | { refused: string }

/**
 * How the engine runs: as the agent user through Node's uid/gid when the action is root, through
 * `sudo -n -u` when sudo works without a password, as the action's own user only when the config
 * accepts it; otherwise a refusal that says what would be exposed. Pure.
 */
export function chooseIsolation(facts: {
  /** The action's uid; undefined where there is none (Windows) or user isolation is not supported. */
  uid: number | undefined
  sudoWorks: boolean
  acceptSharedUser: boolean
}): IsolationChoice {
  if (facts.uid === 0) return { strategy: 'root' }
  if (facts.uid !== undefined && facts.sudoWorks) return { strategy: 'sudo' }
  if (facts.acceptSharedUser) return { strategy: 'shared-user' }
  return {
    refused:
      "The engine cannot run as a user of its own here (the action is not root and `sudo -n true` fails), and as the action's own user it could read the action's environment through /proc (ACTIONS_RUNTIME_TOKEN and every input, tokens included) and everything that user can read or write; set " +
      `${ACCEPT_SHARED_USER_KEY}: true in the committed config to accept that, or run the job where the action is root or has passwordless sudo.`
  }
}

type Exec = (argv: string[]) => Promise<string>
type AgentUser = { name: string; uid: number; gid: number }

/** Where the privileged steps' tools are looked for: never the job's PATH, which a step may extend. */
const SYSTEM_DIRS = ['/usr/sbin', '/usr/bin', '/sbin', '/bin']

/** A system tool's absolute path (chown, chmod, kill, useradd, sudo...), or the name when none exists. */
export function systemTool(name: string): string {
  if (name.includes('/')) return name
  return SYSTEM_DIRS.map(d => join(d, name)).find(p => existsSync(p)) ?? name
}

/** Runs a command and returns its stdout; throws one sentence with its stderr on failure. */
function execCommand(file: string, args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      systemTool(file),
      args,
      { env: { PATH: SYSTEM_DIRS.join(':'), LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (!error) return resolvePromise(String(stdout))
        const detail = String(stderr).trim().split('\n').pop() || error.message
        reject(new Error(`${[file, ...args].slice(0, 4).join(' ')} failed: ${detail}`))
      }
    )
  })
}

function privileged(strategy: IsolationStrategy): Exec {
  return argv =>
    strategy === 'sudo' ? execCommand('sudo', ['-n', ...argv]) : execCommand(argv[0], argv.slice(1))
}

async function sudoWorks(): Promise<boolean> {
  return execCommand('sudo', ['-n', 'true']).then(
    () => true,
    () => false
  )
}

/** The agent user, made when missing (a concurrent maker is fine). Refuses root and extra groups. */
async function ensureAgentUser(priv: Exec, name: string): Promise<AgentUser> {
  const lookup = (): Promise<AgentUser | undefined> =>
    execCommand('getent', ['passwd', name]).then(
      line => {
        const [, , uid, gid] = line.trim().split(':')
        return { name, uid: Number(uid), gid: Number(gid) }
      },
      () => undefined
    )
  let user = await lookup()
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
    ])
    user = await made.then(lookup, async e => (await lookup()) ?? Promise.reject(e))
  }
  if (!user || !Number.isInteger(user.uid) || user.uid === 0)
    throw new Error(`The agent user ${name} has uid ${user?.uid}; expected an unprivileged system user.`)
  const groups = (await execCommand('id', ['-G', name])).trim().split(/\s+/).map(Number)
  const extra = groups.filter(g => g !== user.gid)
  if (extra.length > 0)
    throw new Error(
      `The agent user ${name} belongs to groups ${extra.join(', ')} besides its own; expected none (a group such as sudo or docker gives root).`
    )
  return user
}

export type Isolation = {
  strategy: IsolationStrategy
  /** Absent for shared-user. */
  user?: AgentUser
  /** The engine's fresh HOME. */
  home: string
  contract: ContractFiles
  /** Wraps an argv and its environment so it runs as the agent. */
  launch(argv: string[], env: Record<string, string>): Launch
  /** Ends every process of the agent user (nothing for shared-user). */
  sweep(): Promise<void>
  /** Hands the checkout to the agent for a run (prepareIsolation already has, for the first). */
  handOver(): Promise<void>
  /**
   * Ends every process of the agent user and hands the checkout back to its owner. Call after each
   * run: the action collects and restores the checkout with its own rights, which as a sudo user
   * could neither read a file the agent made private nor replace `.git` in a folder the agent owns.
   */
  reclaim(): Promise<void>
  /** Ends the agent's processes, hands the checkout back, restores folder modes, removes the temporary folder. */
  release(): Promise<void>
}

export type PrepareOptions = {
  checkout: string
  /** The config's agent.acceptSharedUser. */
  acceptSharedUser: boolean
  /** Where the temporary folder goes; the system's temporary folder by default. */
  tmpRoot?: string
  /** Replaces the choice; 'shared-user' only when acceptSharedUser. */
  strategy?: IsolationStrategy
  userName?: string
  /**
   * Paths of the checkout (relative) that stay with their owner, like `.git`: the action's own files
   * when it runs from the checkout (`uses: ./propose`), so the agent cannot rewrite code the job runs.
   */
  keep?: string[]
  /** The checkout's top folder stays with its owner: nothing at the top can be renamed or replaced. */
  keepRoot?: boolean
}

/** Makes the temporary folder: HOME, the contract folder and its files. */
function makeScratch(
  tmpRoot: string,
  checkout: string
): { base: string; home: string; contract: ContractFiles } {
  const base = mkdtempSync(join(tmpRoot, 'self-evolution-agent-'))
  chmodSync(base, 0o711)
  const home = join(base, 'home')
  mkdirSync(home, { mode: 0o700 })
  writeFileSync(join(home, '.gitconfig'), `[safe]\n\tdirectory = ${checkout}\n`, { mode: 0o600 })
  const dir = join(base, 'contract')
  mkdirSync(dir, { mode: 0o755 })
  chmodSync(dir, 0o755)
  const contract = {
    dir,
    prompt: join(dir, 'prompt.md'),
    reflection: join(dir, 'reflection.json'),
    proposal: join(dir, 'proposal.json')
  }
  for (const file of [contract.prompt, contract.reflection, contract.proposal]) {
    writeFileSync(file, '', { mode: 0o644 })
    chmodSync(file, 0o644)
  }
  return { base, home, contract }
}

/** The folders above `path` the agent cannot enter, with their modes. */
function closedAncestors(path: string, user: AgentUser): Array<{ dir: string; mode: number }> {
  const out: Array<{ dir: string; mode: number }> = []
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const st = statSync(dir)
    const enters =
      st.uid === user.uid ? st.mode & 0o100 : st.gid === user.gid ? st.mode & 0o010 : st.mode & 0o001
    if (!enters) out.push({ dir, mode: st.mode & 0o7777 })
    if (dirname(dir) === dir) break
  }
  return out
}

/** The pids whose real, effective or saved uid is `uid`, from /proc. */
export function processesOf(uid: number, procRoot = '/proc'): number[] {
  const pids: number[] = []
  for (const entry of readdirSync(procRoot)) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = readFileSync(join(procRoot, entry, 'status'), 'utf8')
      // A zombie runs nothing: it only waits for its parent to read its exit status.
      if (/^State:\s+Z/m.test(status)) continue
      const uids = /^Uid:\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(status)
      if (uids && uids.slice(1, 4).some(u => Number(u) === uid)) pids.push(Number(entry))
    } catch {
      // ended meanwhile
    }
  }
  return pids
}

async function endProcessesOf(user: AgentUser, strategy: IsolationStrategy, priv: Exec): Promise<void> {
  for (let pass = 0; pass < 20; pass++) {
    const pids = processesOf(user.uid)
    if (pids.length === 0) return
    if (strategy === 'root') {
      for (const pid of pids)
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // ended meanwhile
        }
    } else await priv(['kill', '-KILL', '--', ...pids.map(String)]).catch(() => undefined)
    await new Promise(r => setImmediate(r))
  }
  throw new Error(`Processes of the agent user ${user.name} kept starting after 20 attempts to end them.`)
}

/** Hands the checkout to the agent (protected paths excepted); returns how to hand it back. */
async function handOver(
  checkout: string,
  user: AgentUser,
  priv: Exec,
  o: { keep: string[]; keepRoot: boolean }
): Promise<() => Promise<void>> {
  const owner = lstatSync(checkout)
  if (owner.uid === user.uid)
    throw new Error(
      `The checkout ${checkout} is already owned by the agent user ${user.name}; expected the action's user.`
    )
  await priv(['chown', '-hR', `--from=${owner.uid}`, `${user.uid}:${user.gid}`, '--', checkout])
  for (const p of [...PROTECTED_PATHS, ...o.keep]) {
    if (p === '' || p.split('/').includes('..'))
      throw new Error(`Cannot keep ${JSON.stringify(p)}: expected a path inside the checkout.`)
    const path = join(checkout, p)
    const exists = (() => {
      try {
        lstatSync(path)
        return true
      } catch {
        return false
      }
    })()
    if (exists) await priv(['chown', '-hR', `--from=${user.uid}`, `${owner.uid}:${owner.gid}`, '--', path])
  }
  if (o.keepRoot)
    await priv(['chown', '-h', `--from=${user.uid}`, `${owner.uid}:${owner.gid}`, '--', checkout])
  return async () => {
    await priv(['chown', '-hR', `--from=${user.uid}`, `${owner.uid}:${owner.gid}`, '--', checkout])
  }
}

/** util-linux's setpriv, which the root strategy needs. */
export function setprivPath(): string {
  const found = ['/usr/bin/setpriv', '/bin/setpriv', '/usr/sbin/setpriv', '/sbin/setpriv'].find(p =>
    existsSync(p)
  )
  if (!found)
    throw new Error(
      "setpriv (util-linux) is not installed; expected it, to run the engine as the agent user without the action's groups."
    )
  return found
}

function launcher(strategy: IsolationStrategy, user: AgentUser | undefined): Isolation['launch'] {
  return (argv, env) => {
    const [file, ...args] = argv
    if (strategy === 'root' && user) {
      // Node's own uid/gid options keep the supplementary groups of the action (root's group 0 among
      // them): setpriv drops them, and no_new_privs keeps a setuid program (sudo) from raising privileges.
      const drop = [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', '--no-new-privs', '--']
      return { file: setprivPath(), args: [...drop, file, ...args], env }
    }
    if (strategy === 'sudo' && user) {
      if (file.includes('='))
        throw new Error(
          `The engine command ${JSON.stringify(file)} contains "="; expected a program name or path.`
        )
      const pairs = Object.entries(env).map(([k, v]) => `${k}=${v}`)
      // The action's user may signal sudo (its real uid) but not the engine, which runs as the agent:
      // the engine's group is signalled as the agent user, so a timeout ends it without the sweep.
      const signalGroup = (pgid: number, signal: NodeJS.Signals): Promise<void> =>
        execCommand('sudo', [
          '-n',
          '-u',
          user.name,
          '--',
          systemTool('kill'),
          `-${signal.replace(/^SIG/, '')}`,
          '--',
          `-${pgid}`
        ]).then(
          () => undefined,
          () => undefined
        )
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
      }
    }
    return { file, args, env }
  }
}

/**
 * Refuses when the agent user can run sudo without a password. The probe starts in the contract
 * folder, which both users can enter (the action's user cannot enter the agent's HOME, and a probe
 * that never started proves nothing).
 */
async function checkNoSudo(launch: Isolation['launch'], home: string, cwd: string): Promise<void> {
  const probe = await runProcess({
    launch: launch(['sudo', '-n', 'true'], {
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      HOME: home
    }),
    cwd,
    timeoutMs: 10_000
  })
  if (probe.spawnError !== undefined)
    throw new Error(
      `Could not start a process as the agent user to check that it cannot run sudo (${probe.spawnError}); expected it to start.`
    )
  if (probe.exitCode === 0)
    throw new Error(`The agent user can run \`sudo -n true\`; expected a user without sudo rights.`)
}

function decide(opts: PrepareOptions, uid: number | undefined, sudo: boolean): IsolationStrategy {
  if (opts.strategy === 'shared-user' && opts.acceptSharedUser) return 'shared-user'
  if (opts.strategy && opts.strategy !== 'shared-user') return opts.strategy
  const choice = chooseIsolation({ uid, sudoWorks: sudo, acceptSharedUser: opts.acceptSharedUser })
  if ('refused' in choice) throw new Error(choice.refused)
  return choice.strategy
}

/** Chooses the strategy, makes the user and the temporary folder, and hands the checkout over. */
export async function prepareIsolation(opts: PrepareOptions): Promise<Isolation> {
  const checkout = resolve(opts.checkout)
  const uid = process.platform === 'linux' ? process.getuid?.() : undefined
  const sudo = uid !== undefined && uid !== 0 && opts.strategy !== 'root' && (await sudoWorks())
  const strategy = decide(opts, uid, sudo)
  const priv = privileged(strategy)
  const user =
    strategy === 'shared-user' ? undefined : await ensureAgentUser(priv, opts.userName ?? AGENT_USER)
  const { base, home, contract } = makeScratch(opts.tmpRoot ?? tmpdir(), checkout)
  const undo: Array<() => Promise<void>> = [
    async () =>
      void (strategy === 'sudo'
        ? await priv(['rm', '-rf', '--', base])
        : rmSync(base, { recursive: true, force: true }))
  ]
  const launch = launcher(strategy, user)
  const sweep = async (): Promise<void> => (user ? endProcessesOf(user, strategy, priv) : undefined)
  const keeping = { keep: opts.keep ?? [], keepRoot: opts.keepRoot ?? false }
  let handBack: (() => Promise<void>) | undefined
  const give = async (): Promise<void> => {
    if (user && !handBack) handBack = await handOver(checkout, user, priv, keeping)
  }
  const reclaim = async (): Promise<void> => {
    await sweep()
    const back = handBack
    handBack = undefined
    await back?.()
  }
  undo.push(reclaim)
  const release = async (): Promise<void> => {
    await sweep()
    let first: unknown
    while (undo.length) await undo.pop()!().catch(e => (first ??= e))
    if (first) throw first
  }
  try {
    if (user) {
      await priv(['chown', '-R', `${user.uid}:${user.gid}`, '--', home])
      await priv(['chown', `${user.uid}:${user.gid}`, '--', contract.proposal])
      const closed = new Map(
        [...closedAncestors(checkout, user), ...closedAncestors(home, user)].map(a => [a.dir, a.mode])
      )
      for (const [dir, mode] of closed) {
        await priv(['chmod', 'o+x', '--', dir])
        undo.push(async () => void (await priv(['chmod', mode.toString(8), '--', dir])))
      }
      await give()
      await checkNoSudo(launch, home, contract.dir)
    }
  } catch (e) {
    await release().catch(() => undefined)
    throw e
  }
  return { strategy, user, home, contract, launch, sweep, handOver: give, reclaim, release }
}
