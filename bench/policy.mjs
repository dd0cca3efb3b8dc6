#!/usr/bin/env node
/**
 * npm run bench:policy [-- --runs N] [-- --write-docs]
 *
 * Benchmarks the policy engine through the CLI, bundled afresh from the current source into a
 * temporary directory (ncc, as scripts/bundle.mjs does; dist/ is left alone), and prints one JSON
 * document:
 * - match: a change of 10,000 files judged against 50 patterns (check --proposals --timings:
 *   the engine's compile and evaluate phases), beside the straightforward way of calling one
 *   picomatch matcher per pattern per file;
 * - checkGit: the whole `check --git` command on a 10,000-file range, with two command lines (the
 *   plain one, and one with a realistic --config file), against the floor on the same range:
 *   `git diff --raw --numstat -p -z -M` alone plus a bare `node -e 0`. Every command runs once
 *   per round, the rounds interleaved; medians and quartiles. Target: at most 1.6x the floor.
 * With --write-docs, the figures replace the "Policy engine" section of docs/benchmarks.md.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { performance } from 'node:perf_hooks'
import { dirname, join, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const RUNS = runsAt === -1 ? 15 : Math.max(9, Number(args[runsAt + 1]) || 15)
const WRITE_DOCS = args.includes('--write-docs')
const FILES = 10000
const TARGET = 1.6
const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C' }

function fail(message) {
  process.stderr.write(`bench:policy: ${message}\n`)
  process.exit(1)
}

const work = mkdtempSync(join(tmpdir(), 'se-bench-policy-'))
/** The CLI bundled from the current source, the way scripts/bundle.mjs bundles it. */
function bundleCli() {
  const out = join(work, 'cli')
  const ncc = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  const entry = join(ROOT, 'src', 'entry', 'cli.ts')
  const args = [ncc, 'build', entry, '-o', out, '--target', 'es2022', '-e', '@electric-sql/pglite', '-q']
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' })
  if (r.status !== 0) fail(`bundling the CLI failed (exit ${r.status}): ${r.stderr.slice(0, 1000)}`)
  writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n')
  return join(out, 'index.js')
}
const CLI = bundleCli()
const help = spawnSync(process.execPath, [CLI, 'check', '--help'], { encoding: 'utf8' })
if (help.status !== 0 || !help.stdout.includes('self-evolution check')) {
  fail(`the bundled CLI has no working "check" command (exit ${help.status}): ${help.stderr.slice(0, 500)}`)
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q + 0.5)]
const median = xs => quantile(xs, 0.5)
const round = x => Math.round(x * 10) / 10

/** Wall time of a child process, in ms, with its output discarded. */
function timed(command, argv, cwd) {
  const start = process.hrtime.bigint()
  const r = spawnSync(command, argv, {
    cwd,
    env: GIT_ENV,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  return { ms, status: r.status, stderr: r.stderr.toString('utf8') }
}

function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown'
  try {
    const lscpu = execFileSync('lscpu', [], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } })
    cpu = /^Model name:\s*(.*)$/m.exec(lscpu)?.[1] ?? cpu
  } catch {
    /* no lscpu */
  }
  const git = execFileSync('git', ['--version'], { encoding: 'utf8' }).trim()
  // Other work on the machine shows in every figure: record how busy it was.
  return {
    nproc: availableParallelism(),
    cpu,
    node: process.version,
    git,
    loadAverage: loadavg().map(x => Math.round(x * 100) / 100)
  }
}

try {
  // ---- Case 1: 10,000 files x 50 patterns -------------------------------------------------
  const blocked = [
    '.github/workflows/**',
    '.github/actions/**',
    '.github/CODEOWNERS',
    'packages/database/**',
    '.env*',
    'pnpm-lock.yaml',
    'package-lock.json',
    'package.json',
    '.npmrc',
    '.gitattributes',
    '.gitmodules',
    '**/*.key',
    '**/*.pem',
    '**/secrets/**',
    'action.yml',
    'dist/**',
    'node_modules',
    '*.exe',
    'vendor/**',
    '**/*.p12',
    'credentials',
    '.ssh/**',
    '**/id_rsa*',
    'infra/prod/**',
    '*.sqlite'
  ]
  const allowed = [
    'packages/agent/src/tools/**',
    'packages/agent/src/prompts/**',
    'apps/bot/src/persona/**',
    'docs/**/*.md',
    '.github/self-evolution-config.json',
    ...Array.from({ length: 20 }, (_, i) => `packages/p${i}/src/**/*.{ts,md}`)
  ]
  const patterns = blocked.length + allowed.length
  const config = {
    safetyRails: {
      allowedPaths: allowed,
      blockedPaths: blocked,
      typePaths: { cleanup: ['**'] },
      diffCaps: { maxFilesChanged: 3000 }
    }
  }
  const paths = Array.from({ length: FILES }, (_, i) =>
    i % 100 === 0
      ? `packages/p${i % 20}/secrets/k${i}.ts`
      : i % 3 === 0
        ? `packages/p${i % 20}/src/m${i % 37}/f${i}.ts`
        : `docs/d${i % 100}/f${i}.md`
  )
  writeFileSync(join(work, 'config.json'), JSON.stringify(config))
  writeFileSync(
    join(work, 'proposals.json'),
    JSON.stringify({
      proposals: [
        {
          title: 'bench',
          type: 'cleanup',
          riskLevel: 0,
          files: paths.map(path => ({ path, status: 'modified', additions: 1, deletions: 1 }))
        }
      ]
    })
  )
  const matchRuns = []
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(
      process.execPath,
      [CLI, 'check', '--proposals', 'proposals.json', '--config', 'config.json', '--json', '--timings'],
      {
        cwd: work,
        encoding: 'utf8',
        maxBuffer: 1 << 30
      }
    )
    const line = /^timings (.*)$/m.exec(r.stderr)
    if (r.status !== 1 || !line)
      fail(`check --proposals failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`)
    matchRuns.push(JSON.parse(line[1]))
  }
  // The straightforward way, for comparison: one picomatch matcher per pattern, every file.
  const picomatch = createRequire(join(ROOT, 'package.json'))('picomatch')
  const perPattern = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    const matchers = [...blocked, ...allowed].map(p => picomatch(p, { dot: true }))
    let hits = 0
    for (const path of paths) for (const m of matchers) if (m(path)) hits++
    if (hits === 0) fail('the comparison matched nothing')
    perPattern.push(performance.now() - start)
  }

  // ---- Case 2: check --git on a 10,000-file range, against the floor ------------------------
  const repo = join(work, 'repo')
  mkdirSync(repo)
  const git = argv =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'gc.auto=0', ...argv], {
      cwd: repo,
      env: GIT_ENV,
      maxBuffer: 1 << 30
    })
  git(['init', '-q', '-b', 'main', '.'])
  const body = (i, changed) =>
    Array.from({ length: 6 }, (_, l) =>
      changed && l === 3 ? `changed ${l} of file ${i}` : `line ${l} of file ${i} lorem ipsum`
    ).join('\n') + '\n'
  for (let i = 0; i < FILES; i++) {
    mkdirSync(join(repo, `docs/d${i % 100}`), { recursive: true })
    writeFileSync(join(repo, `docs/d${i % 100}/f${i}.md`), body(i, false))
  }
  git(['add', '-A'])
  git(['commit', '-q', '-m', 'base'])
  for (let i = 0; i < FILES; i++) writeFileSync(join(repo, `docs/d${i % 100}/f${i}.md`), body(i, true))
  git(['add', '-A'])
  git(['commit', '-q', '-m', 'head'])
  // Packed, as a clone is: 20,000 loose objects would make every git command slow.
  git(['gc', '-q'])
  const floorArgs = ['diff', '--raw', '--numstat', '-p', '-z', '-M', 'HEAD~1..HEAD']
  const patchBytes = execFileSync('git', floorArgs, { cwd: repo, env: GIT_ENV, maxBuffer: 1 << 30 }).length
  // A realistic config, as a repository would commit it.
  copyFileSync(join(ROOT, 'examples', 'self-evolution-config.json'), join(work, 'rules.json'))
  const plainArgs = [CLI, 'check', '--git', 'HEAD~1..HEAD', '--type', 'cleanup', '--risk', '0', '--json']
  const commandLines = {
    plain: plainArgs,
    withConfig: [...plainArgs.slice(0, -1), '--config', join(work, 'rules.json'), '--json']
  }
  for (const [name, argv] of Object.entries(commandLines)) {
    const first = timed(process.execPath, argv, repo)
    if (first.status !== 1)
      fail(
        `check --git (${name}) did not run as expected (exit ${first.status}): ${first.stderr.slice(0, 500)}`
      )
  }
  // What any node implementation pays at least: start, spawn git, read its output through a pipe.
  const pipeOnly =
    "const c = require('child_process').spawn('git', process.argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] }); c.stdout.on('data', () => {})"
  const gitMs = []
  const nodeMs = []
  const pipeMs = []
  const checkMs = { plain: [], withConfig: [] }
  for (let i = 0; i < RUNS; i++) {
    gitMs.push(timed('git', floorArgs, repo).ms)
    nodeMs.push(timed(process.execPath, ['-e', '0'], repo).ms)
    pipeMs.push(timed(process.execPath, ['-e', pipeOnly, ...floorArgs], repo).ms)
    for (const [name, argv] of Object.entries(commandLines))
      checkMs[name].push(timed(process.execPath, argv, repo).ms)
  }
  const floor = median(gitMs) + median(nodeMs)
  const spread = xs => ({
    median: round(median(xs)),
    q1: round(quantile(xs, 0.25)),
    q3: round(quantile(xs, 0.75))
  })
  const ratio = x => Math.round((x / floor) * 100) / 100
  const measured = argv => xs => ({
    commandLine: `node cli/index.js ${argv.slice(1).join(' ').replace(work, '$WORK')}`,
    ms: spread(xs),
    ratio: { median: ratio(median(xs)), q1: ratio(quantile(xs, 0.25)), q3: ratio(quantile(xs, 0.75)) },
    met: ratio(median(xs)) <= TARGET
  })
  const result = {
    machine: machine(),
    runs: RUNS,
    match: {
      files: FILES,
      patterns,
      compileMs: round(median(matchRuns.map(t => t.compile))),
      evaluateMs: round(median(matchRuns.map(t => t.evaluate))),
      wholeCheckMs: round(median(matchRuns.map(t => t.total))),
      picomatchPerPatternMs: round(median(perPattern))
    },
    checkGit: {
      files: FILES,
      patchBytes,
      target: TARGET,
      floorMs: { git: spread(gitMs), nodeStart: spread(nodeMs), total: round(floor) },
      nodePipeOnlyMs: spread(pipeMs),
      plain: measured(commandLines.plain)(checkMs.plain),
      withConfig: measured(commandLines.withConfig)(checkMs.withConfig)
    }
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
  if (WRITE_DOCS) writeDocs(result)
} finally {
  rmSync(work, { recursive: true, force: true })
}

function writeDocs(r) {
  const file = join(ROOT, 'docs', 'benchmarks.md')
  const g = r.checkGit
  const ms = m => `${m.median} ms (quartiles ${m.q1} to ${m.q3})`
  const row = (label, c) =>
    `| \`check --git\`, ${label}: \`${c.commandLine}\` | ${ms(c.ms)} | **${c.ratio.median}×** (quartiles ${c.ratio.q1}× to ${c.ratio.q3}×; ${c.met ? 'met' : 'not met'}) |`
  const section = `## Policy engine

Measured with \`npm run bench:policy\` on ${new Date().toISOString().slice(0, 10)}: medians of ${r.runs} rounds, each round running every command below once, interleaved. The bench bundles the CLI from the current source into a temporary directory with ncc (as \`npm run bundle\` does, without touching dist/), so it measures the code as it is.

Machine: ${r.machine.nproc} CPUs (${r.machine.cpu}), Node ${r.machine.node}, ${r.machine.git}; load average ${r.machine.loadAverage.join(', ')} when the run ended. The machine is shared with other work, which shows in every figure and most in the quartiles.

| Case | Figure |
| --- | --- |
| ${r.match.files} files × ${r.match.patterns} patterns: compiling the patterns | ${r.match.compileMs} ms |
| ${r.match.files} files × ${r.match.patterns} patterns: judging every path (normalize, match, rules) | ${r.match.evaluateMs} ms |
| the same paths, one picomatch matcher per pattern per file (for comparison) | ${r.match.picomatchPerPatternMs} ms |

\`check --git\` on a ${g.files}-file range (${(g.patchBytes / 1e6).toFixed(1)} MB of diff output), against the floor:

| Command | Wall time | Ratio to the floor (target ≤ ${g.target}) |
| --- | --- | --- |
${row('plain', g.plain)}
${row('with a realistic config (examples/self-evolution-config.json)', g.withConfig)}
| floor: \`git diff --raw --numstat -p -z -M\` alone + \`node -e 0\` | ${g.floorMs.git.median} + ${g.floorMs.nodeStart.median} = ${g.floorMs.total} ms | 1× |
| for reference: \`node\` starting, spawning the same \`git diff\` and reading its output through a pipe, nothing else | ${ms(g.nodePipeOnlyMs)} | ${Math.round((g.nodePipeOnlyMs.median / g.floorMs.total) * 100) / 100}× |

What \`check --git\` does to stay near the floor, with nothing specific to a command line:

- **git's output is read as it arrives.** git diff writes to a private file that is removed as soon as it is open (nothing of the change is left on disk), so a busy reader never slows git down. The raw and numstat records are parsed as they arrive; once they are in, their paths go to one \`git check-attr\` in one write while git still writes the patch, and the patch is scanned as it grows: one regular expression finds the added lines that hold a credential hint. git's exit wakes the reader at once.
- **The rules are read while git diffs**: the config at BASE (or --config) is read and validated while git runs.
- **One compiled matcher per list.** Each pattern list of the config becomes one regular expression, compiled once per config.`
  let text = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nFigures measured on this project’s machines. Each section says how to reproduce it.\n'
  const start = text.indexOf('## Policy engine')
  if (start === -1) text = `${text.trimEnd()}\n\n${section}`
  else {
    const next = text.indexOf('\n## ', start + 1)
    text = text.slice(0, start) + section + (next === -1 ? '' : `\n\n${text.slice(next + 1)}`)
  }
  writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`)
}
