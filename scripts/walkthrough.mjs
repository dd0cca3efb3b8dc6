// A newcomer's first session, scripted: pack the CLI, install the tarball into a scratch git
// repository shaped like an adopter's (no registry needed), and use it as the README says:
// config validate, check, run (flag off, then on), a run interrupted by Ctrl-C once it has claimed
// the day, runs, report. It checks what a person would notice: exit codes, no HTML entity in the
// terminal, no notice printed twice, no run left "running", and a clean `git status`.
//
// WALK_NODE names the node binary the CLI runs under (Node 24 in .ci/run); npm itself runs under
// the node that runs this script. Prints one line per check; exits 1 when any fails.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'

const source = resolve(dirname(new URL(import.meta.url).pathname), '..')
const walkNode = resolve(process.env.WALK_NODE || process.execPath)
const root = mkdtempSync(join(tmpdir(), 'se-walk-'))
const repo = join(root, 'adopter')
// The CLI's `#!/usr/bin/env node` finds WALK_NODE first.
const env = {
  ...process.env,
  PATH: `${dirname(walkNode)}${delimiter}${process.env.PATH}`,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Newcomer',
  GIT_AUTHOR_EMAIL: 'newcomer@example.com',
  GIT_COMMITTER_NAME: 'Newcomer',
  GIT_COMMITTER_EMAIL: 'newcomer@example.com',
  NO_COLOR: '1'
}
delete env.DATABASE_URL
delete env.GITHUB_ACTIONS
delete env.npm_config_prefix

let failures = 0
function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `: ${detail}`}`)
  if (!ok) failures++
}

/** Every command's output, for the checks that apply to all of them. */
const outputs = []

function sh(command, args, cwd = repo) {
  return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

/** `npx self-evolution ARGS` in the scratch repository, as a newcomer types it. */
function cli(args, expectedCode, label = args.join(' ')) {
  const r = spawnSync('npx', ['self-evolution', ...args], {
    cwd: repo,
    env,
    encoding: 'utf8',
    timeout: 300_000
  })
  const out = `${r.stdout}${r.stderr}`
  outputs.push({ name: label, out })
  check(
    `self-evolution ${args.join(' ')} exits ${expectedCode}`,
    r.status === expectedCode,
    `exit ${r.status}\n${out}`
  )
  return { ...r, out }
}

function write(path, text) {
  mkdirSync(dirname(join(repo, path)), { recursive: true })
  writeFileSync(join(repo, path), text)
}

function packAndInstall() {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--pack-destination', root, '--json'], { cwd: source, encoding: 'utf8' })
  )[0]
  const files = packed.files.map(f => f.path)
  const stray = files.filter(
    p => !/^(dist\/cli\/|node_modules\/@electric-sql\/pglite\/|package\.json$|README\.md$|LICENSE)/.test(p)
  )
  check('the tarball holds only the CLI, PGlite and the package files', stray.length === 0, stray.join(', '))
  mkdirSync(repo, { recursive: true })
  write('package.json', JSON.stringify({ name: 'adopter', private: true }, null, 2) + '\n')
  write('.gitignore', 'node_modules/\n')
  write('packages/agent/src/prompts/summarize.md', '# Summarize\n\nKeep it short.\n')
  write('packages/agent/src/tools/index.ts', 'export const tools = []\n')
  write('apps/bot/src/persona/greeting.md', '# Greeting\n\nHello.\n')
  write('docs/guide.md', '# Guide\n')
  write(
    '.github/self-evolution-config.json',
    JSON.stringify({ version: '1.0.0', enabled: true, dryRunMode: true }, null, 2) + '\n'
  )
  sh('git', ['init', '-q', '-b', 'main'])
  sh('git', ['remote', 'add', 'origin', 'https://github.com/octo/adopter.git'])
  const install = spawnSync(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', join(root, packed.filename)],
    {
      cwd: repo,
      env,
      encoding: 'utf8'
    }
  )
  check('npm install --offline of the tarball', install.status === 0, install.stderr)
  sh('git', ['add', '.'])
  sh('git', ['commit', '-q', '-m', 'An adopter, with the CLI installed'])
}

/** A small change to a prompt, as a diff file (the working tree is restored). */
function promptDiff() {
  write('packages/agent/src/prompts/summarize.md', '# Summarize\n\nKeep every bullet point short.\n')
  const diff = sh('git', ['diff'])
  sh('git', ['checkout', '--', '.'])
  writeFileSync(join(root, 'change.diff'), diff)
  return diff
}

/**
 * `run --force`, sent SIGINT (to its process group, as a terminal's Ctrl-C is) once it has claimed. It
 * starts the installed bin itself rather than through npx: npm exec dies of the same SIGINT without an
 * exit code of its own, and the CLI's exit code is what this step checks.
 */
function interruptedRun() {
  return new Promise(done => {
    const child = spawn(
      join(repo, 'node_modules', '.bin', 'self-evolution'),
      ['run', '--force', '--proposals', join(root, 'proposals.json')],
      {
        cwd: repo,
        env,
        detached: true
      }
    )
    let out = ''
    let runId
    const watch = chunk => {
      out += chunk
      const claimed = /Claimed run (\d+)/.exec(out)
      if (claimed && runId === undefined) {
        runId = Number(claimed[1])
        process.kill(-child.pid, 'SIGINT')
      }
    }
    child.stdout.setEncoding('utf8').on('data', watch)
    child.stderr.setEncoding('utf8').on('data', watch)
    child.on('close', (code, signal) => done({ code, signal, out, runId }))
  })
}

function proposalsFile() {
  const proposals = {
    reflection: { insights: 'Summaries run long.' },
    proposals: [
      {
        title: 'Shorter summaries',
        description: 'Ask for short bullet points.',
        type: 'prompt',
        riskLevel: 1,
        effort: 1,
        patch: readFileSync(join(root, 'change.diff'), 'utf8')
      }
    ]
  }
  writeFileSync(join(root, 'proposals.json'), JSON.stringify(proposals, null, 2) + '\n')
}

/** Lines a person reads once: the run's notices and warnings. */
function doubledNotices(out) {
  const seen = new Set()
  const doubled = new Set()
  for (const line of out.split('\n').filter(l => /^(notice|warning):/.test(l))) {
    if (seen.has(line)) doubled.add(line)
    seen.add(line)
  }
  return [...doubled]
}

const ENTITY = /&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/i

async function walk() {
  packAndInstall()
  cli(['--help'], 0)
  cli(['config', 'validate'], 0)

  promptDiff()
  const checked = cli(['check', '--diff', join(root, 'change.diff'), '--type', 'prompt', '--risk', '1'], 0)
  check('check judges the diff', /allowed proposal 1 .*1 file/.test(checked.out), checked.out)
  proposalsFile()

  const off = cli(['run', '--proposals', join(root, 'proposals.json')], 0, 'run (flag off)')
  check(
    'a run with the flag off skips and names the command that turns it on',
    /flag-off/.test(off.out) && /flag enable/.test(off.out),
    off.out
  )
  cli(['flag', 'enable', '--by', 'newcomer', '--reason', 'trying it out'], 0)
  const first = cli(['run', '--proposals', join(root, 'proposals.json')], 0, 'run (flag on)')
  check(
    'the first run claims the day and succeeds',
    /Claimed run \d+/.test(first.out) && /output status=success/.test(first.out),
    first.out
  )

  const stopped = await interruptedRun()
  outputs.push({ name: 'run --force (interrupted)', out: stopped.out })
  check('the interrupted run had claimed before Ctrl-C', stopped.runId !== undefined, stopped.out)
  check(
    'Ctrl-C exits 130 and says what became of the run',
    stopped.code === 130 && /cancel/i.test(stopped.out),
    `exit ${stopped.code} signal ${stopped.signal}\n${stopped.out}`
  )

  const listed = cli(['runs', '--json'], 0)
  let runs = []
  try {
    const parsed = JSON.parse(listed.stdout)
    runs = Array.isArray(parsed) ? parsed : parsed.runs
  } catch {
    check('runs --json prints JSON', false, listed.out)
  }
  const running = runs.filter(r => r.status === 'running')
  check('no run is left running', running.length === 0, JSON.stringify(running))
  const interrupted = runs.find(r => r.id === stopped.runId)
  check(
    'the interrupted run is recorded cancelled',
    interrupted?.status === 'cancelled',
    JSON.stringify(interrupted)
  )
  cli(['runs'], 0)

  const report = cli(['report'], 0)
  check('report writes the page', /report\.html/.test(report.out), report.out)

  for (const { name, out } of outputs) {
    const entity = ENTITY.exec(out)
    check(
      `no HTML entity in the output of ${name}`,
      !entity,
      entity && out.slice(Math.max(0, entity.index - 60), entity.index + 40)
    )
    const doubled = doubledNotices(out)
    check(`no notice printed twice by ${name}`, doubled.length === 0, doubled.join(' | '))
  }
  const status = sh('git', ['status', '--porcelain'])
  check('git status is clean afterwards (.self-evolution/ ignores itself)', status === '', status)
}

try {
  console.log(
    `walk-through in ${repo}, the CLI under ${execFileSync(walkNode, ['--version'], { encoding: 'utf8' }).trim()}`
  )
  await walk()
} finally {
  if (failures === 0) rmSync(root, { recursive: true, force: true })
}
console.log(
  failures
    ? `\n${failures} check(s) failed (the scratch repository is kept: ${repo})`
    : '\nwalk-through passed'
)
process.exit(failures ? 1 : 0)
