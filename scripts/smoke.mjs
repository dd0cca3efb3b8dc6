// Smoke-runs the committed bundles under another Node (SMOKE_NODE, Node 24 in CI): the CLI, the
// local demo on the embedded database, and pre → main → post emulated the way the runner runs them.
import { spawnSync } from 'node:child_process'
import { createServer } from 'node:http'
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const node = process.env.SMOKE_NODE || process.execPath
const root = resolve('.')
let failures = 0
function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `: ${detail}`}`)
  if (!ok) failures++
}
function run(args, opts = {}) {
  return spawnSync(node, args, { encoding: 'utf8', cwd: root, timeout: 120_000, ...opts })
}

const version = run(['dist/cli/index.js', '--version'])
check('cli --version', version.status === 0, version.stderr)
const valid = run(['dist/cli/index.js', 'config', 'validate', 'examples/self-evolution-config.json'])
check('cli config validate', valid.status === 0, valid.stdout + valid.stderr)

const scratch = mkdtempSync(join(tmpdir(), 'se-smoke-'))
function demoJson(args) {
  const r = run(
    [join(root, 'dist/cli/index.js'), 'demo', ...args, '--json', '--examples', join(root, 'examples')],
    {
      cwd: scratch
    }
  )
  try {
    return { r, out: JSON.parse(r.stdout) }
  } catch {
    return { r, out: {} }
  }
}
// The whole loop: plan, the example agent corrected once, the rails.
const loop = demoJson([])
check(
  'cli demo: the loop (embedded database)',
  loop.r.status === 0 &&
    loop.out.status === 'success' &&
    loop.out.propose?.rounds?.length === 2 &&
    loop.out.rails?.proposalsAllowed === 1,
  loop.r.stdout.slice(0, 500) + loop.r.stderr.slice(0, 2000)
)
const demo = demoJson(['--blocked-examples'])
check(
  'cli demo --blocked-examples (embedded database)',
  demo.r.status === 0 &&
    demo.out.status === 'success' &&
    demo.out.proposalsAllowed > 0 &&
    demo.out.proposalsBlocked > 0,
  demo.r.stdout.slice(0, 500) + demo.r.stderr.slice(0, 2000)
)

// A GitHub API stand-in: the repository is readable, and the config file does not exist at the
// commit, so the defaults apply (off).
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname
  if (path === '/repos/smoke/repo') {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ full_name: 'smoke/repo', default_branch: 'main' }))
    return
  }
  // For the gate: pull request #7, opened by someone who is not the agent, from a branch of its own.
  if (path === '/repos/smoke/repo/pulls/7') {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify({
        number: 7,
        state: 'open',
        merged: false,
        merge_commit_sha: null,
        draft: false,
        title: 'Fix a typo',
        html_url: 'https://github.com/smoke/repo/pull/7',
        user: { login: 'octocat', type: 'User' },
        head: { sha: 'a'.repeat(40), ref: 'fix-typo', repo: { full_name: 'smoke/repo' } },
        base: { sha: 'b'.repeat(40), ref: 'main' },
        labels: [],
        changed_files: 1,
        commits: 1
      })
    )
    return
  }
  if (path === '/repos/smoke/repo/pulls/7/commits') {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify([{ sha: 'a'.repeat(40), author: { login: 'octocat', type: 'User' } }]))
    return
  }
  res.writeHead(404, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ message: 'Not Found' }))
})
await new Promise(r => server.listen(0, '127.0.0.1', r))
const api = `http://127.0.0.1:${server.address().port}`
const files = {
  state: join(scratch, 'state'),
  output: join(scratch, 'output'),
  summary: join(scratch, 'summary')
}
for (const f of Object.values(files)) writeFileSync(f, '')
writeFileSync(join(scratch, 'event.json'), '{}')
const baseEnv = {
  PATH: process.env.PATH,
  GITHUB_ACTIONS: 'true',
  GITHUB_API_URL: api,
  GITHUB_REPOSITORY: 'smoke/repo',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_EVENT_PATH: join(scratch, 'event.json'),
  GITHUB_RUN_ID: '1',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_WORKSPACE: scratch,
  RUNNER_TEMP: scratch,
  GITHUB_STATE: files.state,
  GITHUB_OUTPUT: files.output,
  GITHUB_STEP_SUMMARY: files.summary,
  'INPUT_GITHUB-TOKEN': 'smoke-token',
  'INPUT_CONFIG-PATH': '.github/self-evolution-config.json',
  INPUT_MODE: 'run'
}
function stateEnv() {
  const env = {}
  const lines = readFileSync(files.state, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (m) {
      const v = []
      for (i++; i < lines.length && lines[i] !== m[2]; i++) v.push(lines[i])
      env[`STATE_${m[1]}`] = v.join('\n')
    }
  }
  return env
}
/** Runs one step's script (a bundle, or a per-mode action's entry file) as the runner would. */
const step = async script =>
  new Promise(resolveStage => {
    import('node:child_process').then(({ spawn }) => {
      const child = spawn(node, [join(root, script)], {
        env: { ...baseEnv, ...stateEnv() },
        cwd: scratch
      })
      let out = ''
      child.stdout.on('data', d => (out += d))
      child.stderr.on('data', d => (out += d))
      child.on('close', code => resolveStage({ code, out }))
    })
  })
const stage = name => step(join('dist', name, 'index.js'))
for (const name of ['pre', 'main', 'post']) {
  const r = await stage(name)
  check(`runner emulation: ${name}`, r.code === 0, r.out.slice(0, 1500))
}
const outputs = readFileSync(files.output, 'utf8')
check(
  'outputs: status skipped, reason disabled',
  /status<<[^\n]+\nskipped/.test(outputs) && /skip-reason<<[^\n]+\ndisabled/.test(outputs),
  outputs
)

// mode gate, on pull_request_target: a pull request that is not the agent's passes without judging.
// mode revert-watch, on workflow_run: a successful run is a notice, and nothing more.
// Each runs twice: as the root action with the mode input, and as its own action (gate/action.yml,
// revert-watch/action.yml), whose steps fix the mode even against a stray mode input.
async function otherMode(mode, eventName, payload, expect, ownSteps) {
  const variants = [
    { label: mode, inputMode: mode, scripts: ['pre', 'main', 'post'].map(n => join('dist', n, 'index.js')) },
    { label: `${mode}/action.yml`, inputMode: 'run', scripts: ownSteps.map(f => join(mode, f)) }
  ]
  for (const { label, inputMode, scripts } of variants) {
    for (const f of Object.values(files)) writeFileSync(f, '')
    writeFileSync(join(scratch, 'event.json'), JSON.stringify(payload))
    const saved = { ...baseEnv }
    Object.assign(baseEnv, { INPUT_MODE: inputMode, GITHUB_EVENT_NAME: eventName })
    for (const script of scripts) {
      const r = await step(script)
      check(`${label}: ${script}`, r.code === 0, r.out.slice(0, 1500))
    }
    Object.assign(baseEnv, saved)
    const out = readFileSync(files.output, 'utf8')
    check(`${label}: outputs`, expect.test(out), out)
  }
}
await otherMode(
  'gate',
  'pull_request_target',
  { action: 'opened', pull_request: { number: 7 } },
  /gate-verdict<<[^\n]+\nout-of-scope/,
  ['main.mjs', 'post.mjs']
)
await otherMode(
  'revert-watch',
  'workflow_run',
  {
    action: 'completed',
    repository: { full_name: 'smoke/repo', default_branch: 'main' },
    workflow_run: {
      id: 99,
      name: 'CI',
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      head_branch: 'main',
      head_sha: 'c'.repeat(40),
      path: '.github/workflows/ci.yml',
      html_url: 'https://github.com/smoke/repo/actions/runs/99',
      repository: { full_name: 'smoke/repo' },
      head_repository: { full_name: 'smoke/repo' }
    }
  },
  // Its status alone, without the daily run's skip-reason: the mode really was revert-watch.
  /^(?![\s\S]*skip-reason)[\s\S]*status<<[^\n]+\n(skipped|success)/,
  ['main.mjs']
)
server.close()
rmSync(scratch, { recursive: true, force: true })
console.log(failures ? `smoke: ${failures} failure(s)` : 'smoke: all passed')
process.exit(failures ? 1 : 0)
