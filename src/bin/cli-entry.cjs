#!/usr/bin/env node
'use strict'
/**
 * The CLI's entry, dist/cli/index.js, in CommonJS: it loads the bundle (./esm/index.js, built
 * from src/bin/cli.ts) and nothing else, except in one case.
 *
 * `check --git` spends most of its time waiting on `git diff`, and Node's ESM loader alone
 * takes about 10 ms to start before the bundle's first line runs. This entry starts without it:
 * for a command line that reads as `check --git RANGE`, it starts that git diff at once, the
 * exact command `readGitChanges` runs (src/policy/git.ts), and leaves it for the bundle. The
 * bundle adopts it only when it is exactly the command it would run itself, and stops it in
 * every other case (src/policy/prestart.ts): nothing is decided here, and a command line this
 * entry does not recognize starts nothing. git runs without a shell, read-only, with the range
 * after --end-of-options; its output goes to a file that is removed as soon as it is open.
 */
const KEY = Symbol.for('self-evolution.prestarted-diff')

/** The same as DIFF_ARGS, GIT_ENV and REV in src/policy/git.ts (a test checks). */
const DIFF_ARGS = [
  '-c',
  'core.quotePath=true',
  '-c',
  'core.bigFileThreshold=512m',
  'diff',
  '--raw',
  '--numstat',
  '-p',
  '-z',
  '-M',
  '--no-abbrev',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--submodule=short',
  '--ignore-submodules=none',
  '--src-prefix=a/',
  '--dst-prefix=b/'
]
const GIT_ENV = { GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' }
const REV = /^[^\s\-:\\.][^\s:\\]*$/

/** The flags of `check` this entry reads past; any other flag starts nothing. */
const VALUED = new Set([
  '--git',
  '--repo',
  '--type',
  '--risk',
  '--title',
  '--effort',
  '--config',
  '--config-path',
  '--database-url',
  '--repository'
])
const BOOLEAN = new Set(['--json', '--timings'])

/**
 * The git diff `check --git` will run for this command line: { cwd, args }, or null when the
 * command line is anything else (or not plainly enough to be sure).
 */
function plan(argv, cwd) {
  if (argv[0] !== 'check' || process.platform === 'win32') return null
  const values = new Map()
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]
    const eq = arg.indexOf('=')
    const name = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg
    if (VALUED.has(name)) {
      const value = eq !== -1 && name !== arg ? arg.slice(eq + 1) : argv[++i]
      if (value === undefined || values.has(name)) return null
      values.set(name, value)
    } else if (!BOOLEAN.has(arg)) {
      return null
    }
  }
  const range = values.get('--git')
  if (range === undefined || !values.has('--type') || !values.has('--risk')) return null
  const at = range.indexOf('..')
  const symmetric = at !== -1 && range[at + 2] === '.'
  const base = at === -1 ? '' : range.slice(0, at)
  const head = at === -1 ? '' : range.slice(at + (symmetric ? 3 : 2))
  if (!REV.test(base) || !REV.test(head) || base.includes('..') || head.includes('..')) return null
  const path = require('node:path')
  return {
    cwd: path.resolve(cwd, values.get('--repo') ?? '.'),
    args: [...DIFF_ARGS, '--end-of-options', range, '--']
  }
}

/** Start the planned git diff and leave it where src/policy/prestart.ts looks for it. */
function start(planned, env) {
  const fs = require('node:fs')
  const os = require('node:os')
  const path = require('node:path')
  if (!fs.statSync(planned.cwd, { throwIfNoEntry: false })?.isDirectory()) return
  const dir = fs.mkdtempSync(path.join(env.TMPDIR || os.tmpdir(), 'self-evolution-diff-'))
  const file = path.join(dir, 'diff')
  let fd
  try {
    fd = fs.openSync(file, 'w+', 0o600)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
  let child
  try {
    child = require('node:child_process').spawn('git', planned.args, {
      cwd: planned.cwd,
      env: { ...env, ...GIT_ENV },
      windowsHide: true,
      stdio: ['ignore', fd, 'pipe']
    })
  } catch (error) {
    fs.closeSync(fd)
    throw error
  }
  // Listened to before anything else: a failed start (no git, no file descriptor left) is an
  // event, and an unheard one would end the process.
  const stderr = []
  const done = new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', code => resolve({ code: code ?? 1, stderr: Buffer.concat(stderr).toString('utf8') }))
  })
  done.catch(() => undefined)
  if (child.pid === undefined || !child.stderr) {
    // It did not start: nothing is left for the bundle, which runs its own.
    fs.closeSync(fd)
    return
  }
  child.stderr.on('data', chunk => stderr.push(chunk))
  let open = true
  const discard = () => {
    if (!open) return
    open = false
    child.kill()
    fs.closeSync(fd)
  }
  globalThis[KEY] = { cwd: planned.cwd, args: planned.args, fd, child, done, discard }
  process.once('exit', () => globalThis[KEY]?.discard())
}

if (require.main === module) {
  try {
    const planned = plan(process.argv.slice(2), process.cwd())
    if (planned) start(planned, process.env)
  } catch {
    // Nothing started: the bundle runs the command its own way.
  }
  import('./esm/index.js').catch(error => {
    process.stderr.write(`${error?.stack ?? error}\n`)
    process.exitCode = 1
  })
} else {
  module.exports = { plan, start, DIFF_ARGS, GIT_ENV, REV, KEY }
}
