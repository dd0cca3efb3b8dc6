/**
 * The `sudo` strategy as on GitHub-hosted runners: the action runs as a normal user with passwordless
 * sudo (`runner ALL=(ALL) NOPASSWD:ALL` there). The test makes such a user, `se-runner`, and runs a
 * real child process as it (setpriv, from the transpiled sources) that prepares the isolation (the
 * strategy chosen as the action chooses it), runs a stand-in engine through the engine runner, and
 * releases. It needs root (to make the users) and Debian's `sudo` (`.ci/run` installs it when
 * missing); without either it fails, never skips.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CONTRACT_ENV } from '../../src/agent/types.js'
import { makeCheckout, standIns, type Checkout, type StandIns } from '../__fixtures__/agents.js'
import { transpileSources, type Transpiled } from '../__fixtures__/transpiled.js'

const RUNNER = 'se-runner'
const AGENT = 'se-agent-sudo'
const SUDOERS = `/etc/sudoers.d/${RUNNER}`
const GRACE_MS = 1000

const secrets = {
  GITHUB_TOKEN: 'ghs_FAKEGITHUBTOKEN0101',
  GH_TOKEN: 'ghs_FAKEGHTOKEN0102',
  ACTIONS_RUNTIME_TOKEN: 'FAKE-ACTIONS-RUNTIME-0103',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'FAKE-OIDC-REQUEST-0104',
  SELF_EVOLUTION_DATABASE_URL: 'postgres://fake:FAKEDBPASS0105@db/x',
  DATABASE_URL: 'postgres://fake:FAKEDBPASS0106@db/y',
  SELF_EVOLUTION_WRITE_TOKEN: 'ghp_FAKEWRITETOKEN0107',
  'INPUT_GITHUB-TOKEN': 'ghs_FAKEINPUTTOKEN0108',
  'INPUT_WRITE-TOKEN': 'ghp_FAKEINPUTWRITE0109',
  'INPUT_DATABASE-URL': 'postgres://fake:FAKEINPUTDB0110@db/z'
}

/**
 * The action's side, run as se-runner. Modes: `dump` runs env-dumper; `hang` runs an engine that
 * ignores SIGTERM, its timeout fired as soon as it is ready (the grace period is a real GRACE_MS);
 * `leave` runs an engine that leaves processes behind (one in its group, one in a session of its own).
 * `reclaim` (the sweep, then the hand-back) is wrapped to record which processes of the agent user were
 * still running when it began.
 */
const HOST = `import { readFileSync, statSync } from 'node:fs'
import { prepareIsolation, processesOf } from './src/agent/isolate.js'
import { createEngineRunner } from './src/agent/engines/index.js'
import { realTimer } from './src/agent/spawn.js'
import { collectChange, preparePrivateGit } from './src/agent/collect.js'
import { restoreCheckout } from './src/agent/restore.js'
import { execFileSync } from 'node:child_process'
const [checkout, path, userName, mode] = process.argv.slice(2)
const commands = {
  dump: 'env-dumper',
  hang: 'trap "" TERM; echo ready; sleep 300; echo survived',
  rounds: 'echo more >> README.md; mkdir -p sub; umask 077; echo new > sub/new.txt; echo obey > CLAUDE.md; echo obey > sub/AGENTS.md; echo made',
  leave: 'sleep 301 & echo $! > "$SELF_EVOLUTION_PROPOSAL_FILE"; setsid sleep 302 </dev/null >/dev/null 2>&1 & echo $! >> "$SELF_EVOLUTION_PROPOSAL_FILE"; echo left'
}
if (mode === 'rounds') {
  const base = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: checkout, encoding: 'utf8' }).trim()
  const priv = await preparePrivateGit({ checkout, base })
  const iso = await prepareIsolation({ checkout, acceptSharedUser: false, userName })
  const out = { rounds: [] }
  try {
    const run = createEngineRunner({ engine: 'command', command: commands.rounds, checkout, isolation: iso, parentEnv: process.env, allow: [], path, timeoutMs: 60000 })
    for (const round of [1, 2]) {
      const r = await run({ round, prompt: 'change things' })
      const collected = await collectChange(priv)
      const restored = await restoreCheckout(priv)
      out.rounds.push({ exitCode: r.exitCode, files: collected.files, restored })
    }
  } finally {
    await iso.release()
    priv.cleanup()
  }
  process.stdout.write(JSON.stringify(out))
  process.exit(0)
}
const iso = await prepareIsolation({ checkout, acceptSharedUser: false, userName })
const out = { strategy: iso.strategy, agentUid: iso.user?.uid, base: iso.home.replace(/\\/home$/, '') }
try {
  out.during = statSync(checkout).uid
  const reclaim = iso.reclaim
  iso.reclaim = async () => {
    out.beforeSweep ??= processesOf(iso.user.uid)
    return reclaim()
  }
  const TIMEOUT = 3600000
  let fire
  const run = createEngineRunner({
    engine: 'command',
    command: commands[mode],
    checkout,
    isolation: iso,
    parentEnv: process.env,
    allow: ['FAKE_MODEL_KEY'],
    path,
    timeoutMs: TIMEOUT,
    graceMs: ${GRACE_MS},
    setTimer: (fn, ms) => (ms === TIMEOUT ? ((fire = fn), () => undefined) : realTimer(fn, ms)),
    onOutput: (_s, chunk) => {
      if (mode === 'hang' && String(chunk).includes('ready')) {
        out.firedAt = Date.now()
        fire()
      }
    }
  })
  out.run = await run({ round: 1, prompt: 'dump everything' })
  out.endedAt = Date.now()
  out.proposal = readFileSync(iso.contract.proposal, 'utf8')
  out.afterSweep = processesOf(iso.user.uid)
} finally {
  await iso.release()
}
process.stdout.write(JSON.stringify(out))
`

type HostOut = {
  strategy: string
  agentUid: number
  base: string
  during: number
  beforeSweep: number[]
  afterSweep: number[]
  run: { exitCode: number | null; signal: string | null; timedOut: boolean; finalMessage: string }
  proposal: string
  firedAt?: number
  endedAt: number
}

function idOf(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim())
}

/** A user like GitHub's runner: no login, passwordless sudo (the sudoers file checked by visudo first). */
function makeRunner(): void {
  try {
    idOf(RUNNER)
  } catch {
    execFileSync('useradd', ['--user-group', '--no-create-home', '--home-dir', '/nonexistent', RUNNER])
  }
  const draft = `${SUDOERS}.draft`
  rmSync(draft, { force: true })
  writeFileSync(draft, `${RUNNER} ALL=(ALL) NOPASSWD:ALL\n`, { mode: 0o440 })
  execFileSync('visudo', ['-cqf', draft])
  renameSync(draft, SUDOERS)
}

function running(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))
  } catch {
    return false
  }
}

describe('the sudo strategy, as a GitHub-hosted runner user with passwordless sudo', () => {
  let src: Transpiled
  let agents: StandIns
  let runnerUid: number
  beforeAll(() => {
    if (!existsSync('/usr/bin/sudo'))
      throw new Error(
        "Debian's sudo is not installed (/usr/bin/sudo is missing); install it (apt-get install -y sudo, as .ci/run does): the sudo strategy's test cannot run without it."
      )
    if (process.getuid?.() !== 0)
      throw new Error(
        `The sudo strategy's test runs as uid ${process.getuid?.()}; expected root, to make the users ${RUNNER} and ${AGENT}.`
      )
    makeRunner()
    runnerUid = idOf(RUNNER)
    src = transpileSources()
    chmodSync(src.dir, 0o755)
    writeFileSync(join(src.dir, 'host.mjs'), HOST)
    agents = standIns()
  })
  afterAll(() => {
    src?.remove()
    agents?.remove()
    rmSync(SUDOERS, { force: true })
    for (const user of [AGENT, RUNNER])
      try {
        execFileSync('userdel', [user], { stdio: 'ignore' })
      } catch {
        // never made
      }
  })

  /** A checkout of se-runner's, in a 0700 folder of its own. */
  function runnerCheckout(): Checkout {
    const checkout = makeCheckout()
    execFileSync('chown', ['-R', `${RUNNER}:${RUNNER}`, '--', checkout.root])
    return checkout
  }

  function host(checkout: Checkout, mode: 'dump' | 'hang' | 'leave' | 'rounds'): HostOut {
    const argv = [`--reuid=${RUNNER}`, `--regid=${RUNNER}`, '--init-groups', '--', process.execPath]
    const out = execFileSync(
      'setpriv',
      [...argv, join(src.dir, 'host.mjs'), checkout.dir, agents.path, AGENT, mode],
      {
        env: { PATH: '/usr/local/bin:/usr/bin:/bin', FAKE_MODEL_KEY: 'model-key-visible', ...secrets },
        encoding: 'utf8'
      }
    )
    return JSON.parse(out) as HostOut
  }

  it('picks sudo; the agent finds no credential of the job, no sudo, no .git to write; the checkout comes back', () => {
    const checkout = runnerCheckout()
    try {
      const before = statSync(checkout.root).mode & 0o7777
      const out = host(checkout, 'dump')
      expect(out.strategy).toBe('sudo')
      const agentUid = idOf(AGENT)
      expect(out.agentUid).toBe(agentUid)
      expect(out.run.exitCode).toBe(0)
      for (const value of Object.values(secrets)) expect(out.proposal).not.toContain(value)
      expect(out.proposal).not.toMatch(/FAKE[A-Z-]*\d{4}/)
      const d = JSON.parse(out.proposal)
      expect(d.uid).toBe(agentUid)
      expect(['', String(d.gid)]).toContain(d.groups)
      expect(out.during).toBe(agentUid)
      expect(
        Object.keys(d.env)
          .filter(k => !['PATH', 'HOME', 'FAKE_MODEL_KEY', 'PWD', 'SHLVL', '_'].includes(k))
          .sort()
      ).toEqual(Object.values(CONTRACT_ENV).sort())
      expect(d.env.FAKE_MODEL_KEY).toBe('model-key-visible')
      // Its ancestors: its own shell, then sudo (root's) and the action (se-runner's): both unreadable.
      const foreign = d.ancestors.filter((a: { environ: unknown }) => typeof a.environ === 'string')
      expect(foreign.map((a: { cmdline: string[] }) => a.cmdline[0])).toEqual(
        expect.arrayContaining(['/usr/bin/sudo', process.execPath])
      )
      for (const a of foreign) expect(a.environ).toMatch(/^unreadable: EACCES/)
      expect(d.pid1).toMatch(/^unreadable: EACCES/)
      expect(d.sudo.status === 0).toBe(false)
      expect(d.writes).toEqual({ gitConfig: 'EACCES', readme: 'written', contractDir: 'EACCES' })
      // Afterwards: se-runner's again, the folder's mode back, the temporary folder gone.
      for (const path of ['', 'README.md', 'DUMPED.md', '.git/config'])
        expect(statSync(join(checkout.dir, path)).uid).toBe(runnerUid)
      expect(readFileSync(join(checkout.dir, 'README.md'), 'utf8')).toBe('pwned\n')
      expect(statSync(checkout.root).mode & 0o7777).toBe(before)
      expect(existsSync(out.base)).toBe(false)
    } finally {
      checkout.remove()
    }
  })

  it('collects and restores between rounds, as the action user, what the agent made', () => {
    const checkout = runnerCheckout()
    try {
      const out = host(checkout, 'rounds') as unknown as {
        rounds: Array<{ exitCode: number; files: Array<{ path: string }>; restored: { removed: string[] } }>
      }
      for (const round of out.rounds) {
        expect(round.exitCode).toBe(0)
        expect(round.files.map(f => f.path).sort()).toEqual(
          ['CLAUDE.md', 'README.md', 'sub/AGENTS.md', 'sub/new.txt'].sort()
        )
        expect(round.restored.removed.sort()).toEqual(['CLAUDE.md', 'sub/AGENTS.md'])
      }
      expect(existsSync(join(checkout.dir, 'CLAUDE.md'))).toBe(false)
      expect(statSync(join(checkout.dir, 'sub', 'new.txt')).uid).toBe(runnerUid)
    } finally {
      checkout.remove()
    }
  })

  it('ends an engine that ignores SIGTERM within the grace period and reports the timeout', () => {
    const checkout = runnerCheckout()
    try {
      const out = host(checkout, 'hang')
      expect(out.run).toMatchObject({ timedOut: true })
      expect(out.run.finalMessage).not.toContain('survived')
      // The timeout itself ended the engine's processes (the sweep found none left) ...
      expect(out.beforeSweep).toEqual([])
      // ... after the grace period, without waiting for a leftover to close its output.
      const took = out.endedAt - out.firedAt!
      expect(took).toBeGreaterThanOrEqual(GRACE_MS)
      expect(took).toBeLessThan(GRACE_MS + 1900)
      expect(statSync(checkout.dir).uid).toBe(runnerUid)
    } finally {
      checkout.remove()
    }
  })

  it('ends what the engine leaves behind, in its group or in a session of its own', () => {
    const checkout = runnerCheckout()
    try {
      const out = host(checkout, 'leave')
      expect(out.run).toMatchObject({ exitCode: 0, timedOut: false, finalMessage: 'left' })
      const [inGroup, ownSession] = out.proposal.trim().split('\n').map(Number)
      expect(ownSession).toBeGreaterThan(0)
      // The group ends with the engine; the one in a session of its own is left to the sweep.
      expect(out.beforeSweep).not.toContain(inGroup)
      expect(out.beforeSweep).toContain(ownSession)
      expect(out.afterSweep).toEqual([])
      expect(running(inGroup) || running(ownSession)).toBe(false)
    } finally {
      checkout.remove()
    }
  })
})
