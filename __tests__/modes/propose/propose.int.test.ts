/**
 * mode propose end to end, in process: a real checkout (examples/loop-repo committed), the engine run
 * as a user of its own through the real isolation, the adapter's private git, the rails' own judge and
 * the hand-over. The example agent (engine command) corrects itself once; the Claude Code stand-in
 * succeeds and fails; a missing key, a changed reflection and a bad input are refused.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { MemoryHost } from '../../../src/runtime/host.js'
import { mainStage } from '../../../src/modes/index.js'
import { actionFilesIn } from '../../../src/modes/propose/stage.js'
import { proposalsFileSchema } from '../../../src/policy/proposals-file.js'
import { gitAs } from '../../__fixtures__/git.js'
import { standIns, type StandIns } from '../../__fixtures__/agents.js'
import { testDeps } from '../../__fixtures__/deps.js'

const LOOP_REPO = resolve('examples', 'loop-repo')
const AGENT = resolve('examples', 'agent', 'fix-typos.mjs')
const CONFIG_PATH = '.github/self-evolution-config.json'
const AGENT_USER = 'se-agent-propose'
const SECRETS = {
  GITHUB_TOKEN: 'ghs_proposejobtoken0000000000000000000000',
  ACTIONS_RUNTIME_TOKEN: 'runtime-token-propose-0000',
  INPUT_DATABASE_URL: 'postgres://u:pw-propose@db/x'
}

let root: string
let checkout: string
let bin: string
let agents: StandIns

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'se-propose-'))
  chmodSync(root, 0o755)
  checkout = join(root, 'repo')
  cpSync(LOOP_REPO, checkout, { recursive: true })
  const user = { name: 'tester', home: root }
  gitAs(user, checkout, ['init', '-q', '-b', 'main'])
  gitAs(user, checkout, ['add', '.'])
  gitAs(user, checkout, ['commit', '-qm', 'base'])
  bin = join(root, 'bin')
  mkdirSync(bin, { mode: 0o755 })
  copyFileSync(AGENT, join(bin, 'fix-typos.mjs'))
  chmodSync(join(bin, 'fix-typos.mjs'), 0o755)
  agents = standIns()
})
afterEach(() => {
  agents.remove()
  rmSync(root, { recursive: true, force: true })
})
afterAll(() => {
  try {
    execFileSync('userdel', [AGENT_USER], { stdio: 'ignore' })
  } catch {
    // never made (a refusal before isolation), or already gone
  }
})

function propose(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const host = new MemoryHost(
    {
      mode: 'propose',
      'config-path': CONFIG_PATH,
      'proposals-out': join(root, 'out', 'proposals.json'),
      ...inputs
    },
    {
      PATH: `${agents.dir}:/usr/local/bin:/usr/bin:/bin`,
      // A user of this test's own: test files run at the same time, and each sweep ends its user's processes.
      SELF_EVOLUTION_AGENT_USER: AGENT_USER,
      ...SECRETS,
      ...env
    }
  )
  const deps = testDeps({ host, cwd: root, ctx: { workspace: checkout, onGitHub: false, repository: 'o/r' } })
  return { host, run: () => mainStage(deps) }
}

describe('mode propose', () => {
  it('runs the example agent as its own user, corrects a change the rails block, and hands over the second', async () => {
    const { host, run } = propose({
      engine: 'command',
      'agent-command': `node ${join(bin, 'fix-typos.mjs')}`
    })
    const result = await run()
    expect(host.failed).toBeUndefined()
    expect(result.status).toBe('success')
    const out = Object.fromEntries(host.outputs)
    const text = readFileSync(out['proposals-path'], 'utf8')
    expect(createHash('sha256').update(text).digest('hex')).toBe(out.sha256)
    expect(out.proposals).toBe('1')
    const doc = proposalsFileSchema.parse(JSON.parse(text))
    expect(doc.agent).toMatchObject({ engine: 'command', rounds: 2, exitStatus: 'ok' })
    expect(doc.agent?.roundVerdicts?.map(r => [r.round, r.allowed, r.rules])).toEqual([
      [1, false, ['max-files']],
      [2, true, []]
    ])
    const [proposal] = doc.proposals
    expect(proposal).toMatchObject({ type: 'cleanup', riskLevel: 0 })
    // The patch is git's: only the one file the second round changed.
    const touched = [...(proposal.patch ?? '').matchAll(/^diff --git a\/(\S+)/gm)].map(m => m[1])
    expect(touched).toEqual(['docs/guide/troubleshooting.md'])
    expect(host.lines.map(l => l.text).join('\n')).toMatch(/runs as the user se-agent-propose/)
    // Nothing of the job's secrets reached the hand-over or the log.
    for (const secret of Object.values(SECRETS)) {
      expect(text).not.toContain(secret)
      expect(host.lines.map(l => l.text).join('\n')).not.toContain(secret)
    }
  })

  it('fails the job with one line when the engine fails, and still hands over the record', async () => {
    writeFileSync(join(checkout, '.github', 'agent-prompt.md'), 'STANDIN {"mode":"fail"}\n')
    const config = JSON.parse(readFileSync(join(checkout, CONFIG_PATH), 'utf8'))
    config.agent = { promptFile: '.github/agent-prompt.md' }
    writeFileSync(join(checkout, CONFIG_PATH), JSON.stringify(config))
    gitAs({ name: 'tester', home: root }, checkout, ['add', '.'])
    gitAs({ name: 'tester', home: root }, checkout, ['commit', '-qm', 'prompt file'])
    const { host, run } = propose({ engine: 'claude' }, { ANTHROPIC_API_KEY: 'sk-ant-test-key' })
    const result = await run()
    expect(result.status).toBe('failed')
    expect(host.failed).toMatch(/^The agent failed: the claude engine reported an error/)
    expect(host.failed).not.toContain('\n')
    const doc = JSON.parse(readFileSync(host.outputs.get('proposals-path')!, 'utf8'))
    expect(doc.agent).toMatchObject({ engine: 'claude', exitStatus: 'is-error' })
    expect(doc.proposals).toEqual([])
  })

  it('says which secret to set when the engine has no key', async () => {
    const { host, run } = propose({ engine: 'claude' })
    await run()
    expect(host.failed).toMatch(
      /^ANTHROPIC_API_KEY is not set: the claude engine needs it\. Set the repository secret ANTHROPIC_API_KEY/
    )
  })

  it('refuses a reflection whose SHA-256 is not the one plan computed', async () => {
    const file = join(root, 'reflection.json')
    writeFileSync(file, '{}')
    const { host, run } = propose({
      engine: 'command',
      'agent-command': 'true',
      reflection: file,
      'reflection-sha256': 'a'.repeat(64)
    })
    await run()
    expect(host.failed).toMatch(
      /^The reflection's SHA-256 is [0-9a-f]{64}, not the a{64} the plan job computed/
    )
  })

  it.each([
    ['engine', { engine: 'gpt' }, /Input "engine" is "gpt"; expected one of claude, codex, command\./],
    ['agent-command', { engine: 'command' }, /Input "agent-command" is ""; expected the command to run/],
    [
      'retries',
      { engine: 'command', 'agent-command': 'true', retries: '3' },
      /Input "retries" is "3"; expected a whole number from 0 to 2/
    ],
    ['agent-env', { engine: 'command', 'agent-command': 'true', 'agent-env': 'GITHUB_TOKEN' }, /GITHUB_TOKEN/]
  ])('refuses a bad %s input with one sentence', async (_name, inputs, sentence) => {
    const { host, run } = propose(inputs)
    await run()
    expect(host.failed).toMatch(sentence)
  })

  it('refuses a checkout that keeps a credential the agent could read (persist-credentials)', async () => {
    gitAs({ name: 'tester', home: root }, checkout, [
      'config',
      'http.https://github.com/.extraheader',
      'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA=='
    ])
    const { host, run } = propose({ engine: 'command', 'agent-command': 'true' })
    await run()
    expect(host.failed).toBe(
      'The checkout keeps a credential in its git config (http.https://github.com/.extraheader), which the agent could read; check out with persist-credentials: false.'
    )
  })

  it("collects nothing from an agent that moved the checkout's .git aside", async () => {
    const { host, run } = propose({
      engine: 'command',
      'agent-command': 'mv .git .git-orig && mkdir .git && echo "# x" >> docs/faq.md'
    })
    const result = await run()
    expect(result.status).toBe('failed')
    expect(host.failed).toMatch(
      /^The agent failed: the agent's change could not be collected: the agent moved or replaced the checkout's \.git/
    )
    const doc = JSON.parse(readFileSync(host.outputs.get('proposals-path')!, 'utf8'))
    expect(doc.proposals).toEqual([])
  })

  it('refuses a proposals-out inside the checkout, where the agent could plant a link', async () => {
    const { host, run } = propose({
      engine: 'command',
      'agent-command': 'true',
      'proposals-out': join(checkout, 'out', 'proposals.json')
    })
    await run()
    expect(host.failed).toMatch(
      /^Input "proposals-out" is ".*\/repo\/out\/proposals\.json", inside the checkout; expected a path outside it/
    )
  })
})

describe("the action's own files in the checkout", () => {
  it('stay with their owner when the action runs from the checkout, and nothing is kept otherwise', () => {
    mkdirSync(join(checkout, 'dist', 'main'), { recursive: true })
    mkdirSync(join(checkout, 'propose'))
    writeFileSync(join(checkout, 'propose', 'action.yml'), 'name: x\n')
    writeFileSync(join(checkout, 'action.yml'), 'name: x\n')
    expect(actionFilesIn(checkout, join(checkout, 'propose', 'main.mjs'))).toEqual({
      keep: ['dist', 'action.yml', 'propose'],
      keepRoot: true
    })
    expect(actionFilesIn(checkout, join(checkout, 'dist', 'main', 'index.js')).keepRoot).toBe(true)
    // A copy of the action in a folder of the checkout: that folder, with its dist/, stays.
    expect(actionFilesIn(checkout, join(checkout, 'tools', 'act', 'main.mjs'))).toEqual({
      keep: ['tools'],
      keepRoot: false
    })
    expect(actionFilesIn(checkout, '/home/runner/work/_actions/o/r/sha/propose/main.mjs')).toEqual({
      keep: [],
      keepRoot: false
    })
  })
})
