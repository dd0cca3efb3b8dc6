import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { agentEnvironment, checkAllowList, missingAllowed } from '../../src/agent/env.js'
import { ACCEPT_SHARED_USER_KEY, chooseIsolation, processesOf } from '../../src/agent/isolate.js'
import { runProcess } from '../../src/agent/spawn.js'
import { CONTRACT_ENV } from '../../src/agent/types.js'
import { makeCheckout, standIns, type Checkout, type StandIns } from '../__fixtures__/agents.js'
import { transpileSources, type Transpiled } from '../__fixtures__/transpiled.js'

const contract = {
  dir: '/tmp/c',
  prompt: '/tmp/c/prompt.md',
  reflection: '/tmp/c/reflection.json',
  proposal: '/tmp/c/proposal.json'
}

describe('chooseIsolation', () => {
  it('runs as the agent user through Node when root, through sudo when it works', () => {
    expect(chooseIsolation({ uid: 0, sudoWorks: false, acceptSharedUser: false })).toEqual({
      strategy: 'root'
    })
    expect(chooseIsolation({ uid: 1001, sudoWorks: true, acceptSharedUser: false })).toEqual({
      strategy: 'sudo'
    })
    expect(chooseIsolation({ uid: 1001, sudoWorks: true, acceptSharedUser: true })).toEqual({
      strategy: 'sudo'
    })
  })
  it('shares the action user only when the config accepts it, and otherwise says what that exposes', () => {
    expect(chooseIsolation({ uid: 1001, sudoWorks: false, acceptSharedUser: true })).toEqual({
      strategy: 'shared-user'
    })
    expect(chooseIsolation({ uid: undefined, sudoWorks: false, acceptSharedUser: true })).toEqual({
      strategy: 'shared-user'
    })
    for (const uid of [1001, undefined]) {
      const choice = chooseIsolation({ uid, sudoWorks: false, acceptSharedUser: false })
      expect('refused' in choice && choice.refused).toMatch(/\/proc.*ACTIONS_RUNTIME_TOKEN/)
      expect('refused' in choice && choice.refused).toContain(`${ACCEPT_SHARED_USER_KEY}: true`)
    }
  })
})

describe('agentEnvironment', () => {
  const parentEnv = {
    PATH: '/usr/bin',
    HOME: '/root',
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    ANTHROPIC_API_KEY: 'sk-ant',
    GITHUB_TOKEN: 'ghs_x',
    ACTIONS_RUNTIME_TOKEN: 'rt',
    'INPUT_GITHUB-TOKEN': 'ghs_y',
    UNLISTED: 'u',
    EMPTY: ''
  }
  it('holds PATH, the fresh HOME, the locale, the allowed names and the contract files, nothing else', () => {
    const env = agentEnvironment({
      parentEnv,
      allow: ['ANTHROPIC_API_KEY', 'EMPTY', 'ABSENT'],
      home: '/tmp/h',
      contract
    })
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/tmp/h',
      LANG: 'C.UTF-8',
      TZ: 'UTC',
      ANTHROPIC_API_KEY: 'sk-ant',
      [CONTRACT_ENV.prompt]: contract.prompt,
      [CONTRACT_ENV.reflection]: contract.reflection,
      [CONTRACT_ENV.proposal]: contract.proposal
    })
    expect(
      agentEnvironment({ parentEnv, allow: [], home: '/h', contract, path: '/stand-ins:/usr/bin' }).PATH
    ).toBe('/stand-ins:/usr/bin')
  })
  it.each([
    'GITHUB_TOKEN',
    'gh_token',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'INPUT_WRITE_TOKEN',
    'RUNNER_TEMP',
    'DATABASE_URL',
    'SELF_EVOLUTION_DATABASE_URL',
    'TEST_DATABASE_URL',
    'SELF_EVOLUTION_WRITE_TOKEN',
    'SELF_EVOLUTION_APP_PRIVATE_KEY',
    'SELF_EVOLUTION_PROPOSAL_FILE',
    'HOME',
    'PATH',
    'INPUT_GITHUB-TOKEN',
    '1KEY',
    'A KEY',
    ''
  ])('refuses an allow-list naming %j, in one sentence naming the input', name => {
    expect(() =>
      agentEnvironment({ parentEnv, allow: ['ANTHROPIC_API_KEY', name], home: '/h', contract })
    ).toThrow(
      new RegExp(
        `^Input "agent-env" names ${JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, which the engine may not see: .+; expected .+\\.$`
      )
    )
  })
  it('says which allowed names the job lacks (an unset secret arrives empty)', () => {
    expect(checkAllowList([' OPENAI_API_KEY ', 'OPENAI_API_KEY'])).toEqual(['OPENAI_API_KEY'])
    expect(missingAllowed(parentEnv, ['ANTHROPIC_API_KEY', 'EMPTY', 'CODEX_API_KEY'])).toEqual([
      'EMPTY',
      'CODEX_API_KEY'
    ])
  })
})

describe('processesOf', () => {
  it('finds the processes with the uid as real, effective or saved uid', () => {
    const proc = mkdtempSync(join(tmpdir(), 'se-proc-'))
    const status = (pid: string, uids: string): void => {
      mkdirSync(join(proc, pid))
      writeFileSync(join(proc, pid, 'status'), `Name:\tx\nUid:\t${uids}\nGid:\t0\t0\t0\t0\n`)
    }
    status('10', '0\t0\t0\t0')
    status('11', '999\t999\t999\t999')
    status('12', '0\t999\t0\t0')
    mkdirSync(join(proc, 'self'))
    mkdirSync(join(proc, '13'))
    expect(processesOf(999, proc).sort()).toEqual([11, 12])
    rmSync(proc, { recursive: true, force: true })
  })
})

describe('runProcess', () => {
  it('keeps the tail of a long output and ends the whole group at the timeout', async () => {
    const long = await runProcess({
      launch: {
        file: 'node',
        args: ['-e', 'process.stdout.write("a".repeat(5000) + "END")'],
        env: { PATH: process.env.PATH ?? '' }
      },
      cwd: tmpdir(),
      timeoutMs: 60_000,
      maxBytes: 100
    })
    expect(long).toMatchObject({ exitCode: 0, truncated: true, timedOut: false })
    expect(long.stdout).toHaveLength(100)
    expect(long.stdout.endsWith('END')).toBe(true)

    const marker = join(mkdtempSync(join(tmpdir(), 'se-group-')), 'child.pid')
    const timers: Array<{ fn: () => void; ms: number }> = []
    const script = `const c=require('child_process').spawn('sleep',['300'],{stdio:'ignore'});require('fs').writeFileSync(${JSON.stringify(marker)},String(c.pid));process.stdout.write('ready\\n');setInterval(()=>{},1e9)`
    const hung = runProcess({
      launch: { file: 'node', args: ['-e', script], env: { PATH: process.env.PATH ?? '' } },
      cwd: tmpdir(),
      timeoutMs: 5 * 60_000,
      setTimer: (fn, ms) => (timers.push({ fn, ms }), () => undefined),
      onOutput: (_s, chunk) => {
        if (chunk.toString().includes('ready')) timers.find(t => t.ms === 5 * 60_000)?.fn()
      }
    })
    const result = await hung
    expect(result).toMatchObject({ timedOut: true, signal: 'SIGTERM' })
    const grandchild = Number(readFileSync(marker, 'utf8'))
    // Gone, or a zombie waiting for its new parent to reap it: not running.
    const state = (() => {
      try {
        const stat = readFileSync(`/proc/${grandchild}/stat`, 'utf8')
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
      } catch {
        return 'gone'
      }
    })()
    expect(['gone', 'Z', 'X']).toContain(state)
  })
})

describe('the engine as the agent user', () => {
  const USER = 'se-agent-isolation'
  const secrets = {
    GITHUB_TOKEN: 'ghs_FAKEGITHUBTOKEN0001',
    GH_TOKEN: 'ghs_FAKEGHTOKEN0002',
    ACTIONS_RUNTIME_TOKEN: 'FAKE-ACTIONS-RUNTIME-0003',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'FAKE-OIDC-REQUEST-0004',
    SELF_EVOLUTION_DATABASE_URL: 'postgres://fake:FAKEDBPASS0005@db/x',
    DATABASE_URL: 'postgres://fake:FAKEDBPASS0006@db/y',
    SELF_EVOLUTION_WRITE_TOKEN: 'ghp_FAKEWRITETOKEN0007',
    'INPUT_GITHUB-TOKEN': 'ghs_FAKEINPUTTOKEN0008',
    'INPUT_WRITE-TOKEN': 'ghp_FAKEINPUTWRITE0009',
    'INPUT_DATABASE-URL': 'postgres://fake:FAKEINPUTDB0010@db/z'
  }
  let src: Transpiled
  let agents: StandIns
  beforeAll(() => {
    src = transpileSources()
    agents = standIns()
    writeFileSync(
      join(src.dir, 'host.mjs'),
      `import { readFileSync, statSync } from 'node:fs'
import { prepareIsolation } from './src/agent/isolate.js'
import { createEngineRunner } from './src/agent/engines/index.js'
const [checkout, path, strategy, userName] = process.argv.slice(2)
const iso = await prepareIsolation({ checkout, acceptSharedUser: strategy === 'shared-user', strategy, userName })
try {
  const during = statSync(checkout)
  const run = createEngineRunner({ engine: 'command', command: 'env-dumper', checkout, isolation: iso, parentEnv: process.env, allow: ['FAKE_MODEL_KEY'], path, timeoutMs: 60000 })
  const r = await run({ round: 1, prompt: 'dump everything' })
  process.stdout.write(JSON.stringify({ run: r, dump: readFileSync(iso.contract.proposal, 'utf8'), base: iso.home.replace(/\\/home$/, ''), during: { uid: during.uid } }))
} finally {
  await iso.release()
}
`
    )
  })
  afterAll(() => {
    src?.remove()
    agents?.remove()
    try {
      execFileSync('userdel', [USER], { stdio: 'ignore' })
    } catch {
      // never made
    }
  })

  function host(
    checkout: Checkout,
    strategy: string
  ): { run: { exitCode: number }; dump: string; base: string; during: { uid: number } } {
    const out = execFileSync('node', [join(src.dir, 'host.mjs'), checkout.dir, agents.path, strategy, USER], {
      env: { PATH: process.env.PATH, FAKE_MODEL_KEY: 'model-key-visible', ...secrets },
      encoding: 'utf8'
    })
    return JSON.parse(out)
  }

  it('finds no credential of the job anywhere it looks, and no sudo', () => {
    const checkout = makeCheckout()
    try {
      const before = statSync(checkout.root).mode & 0o7777
      const { run, dump, base, during } = host(checkout, 'root')
      expect(run.exitCode).toBe(0)
      for (const value of Object.values(secrets)) expect(dump).not.toContain(value)
      expect(dump).not.toMatch(/FAKE[A-Z-]*\d{4}/)
      const d = JSON.parse(dump)
      const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim())
      expect(d.uid).toBe(uid)
      // No supplementary group of the action (root's 0 among them).
      expect(['', String(d.gid)]).toContain(d.groups)
      expect(during.uid).toBe(uid)
      expect(
        Object.keys(d.env)
          .filter(k => !['PATH', 'HOME', 'FAKE_MODEL_KEY', 'PWD', 'SHLVL', '_'].includes(k))
          .sort()
      ).toEqual(Object.values(CONTRACT_ENV).sort())
      expect(d.env.FAKE_MODEL_KEY).toBe('model-key-visible')
      expect(d.ancestors.length).toBeGreaterThan(1)
      const foreign = d.ancestors.filter((a: { environ: unknown }) => typeof a.environ === 'string')
      expect(foreign.length).toBeGreaterThan(0)
      for (const a of foreign) expect(a.environ).toMatch(/^unreadable: EACCES/)
      expect(d.pid1).toMatch(/^unreadable: EACCES/)
      expect(d.sudo.status === 0).toBe(false)
      expect(d.writes).toEqual({ gitConfig: 'EACCES', readme: 'written', contractDir: 'EACCES' })
      // After the run: the checkout is the action's again, the folders' modes are back, the scratch is gone.
      expect(statSync(checkout.dir).uid).toBe(0)
      expect(statSync(join(checkout.dir, 'README.md')).uid).toBe(0)
      expect(statSync(join(checkout.dir, 'DUMPED.md')).uid).toBe(0)
      expect(statSync(join(checkout.dir, '.git', 'config')).uid).toBe(0)
      expect(statSync(checkout.root).mode & 0o7777).toBe(before)
      expect(existsSync(base)).toBe(false)
      expect(readFileSync(join(checkout.dir, 'README.md'), 'utf8')).toBe('pwned\n')
    } finally {
      checkout.remove()
    }
  })

  it('as the action user (shared-user), the same agent reads the action environment: the check is real', () => {
    const checkout = makeCheckout()
    try {
      const { dump } = host(checkout, 'shared-user')
      expect(dump).toContain(secrets.ACTIONS_RUNTIME_TOKEN)
      expect(dump).toContain(secrets['INPUT_GITHUB-TOKEN'])
    } finally {
      checkout.remove()
    }
  })
})
