/**
 * `self-evolution check`: judge a change against the safety rails.
 *
 * Sources: --git RANGE (git itself), --diff FILE (a unified diff) or --proposals FILE (the
 * agent's proposals file). Exit codes: 0 every proposal allowed, 1 at least one blocked, 2 the
 * input could not be used (one line on stderr).
 *
 * A change is never judged by the config it brings: in --git mode the rules come from the config
 * file at BASE, otherwise from the working tree's, and --config overrides both.
 */
import { statSync } from 'node:fs'
import { inertJson } from '../../text/workflow-commands.js'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CHANGE_TYPES, DEFAULT_CONFIG_PATH, type ChangeType } from '../../config/names.js'
import type { Config } from '../../config/schema.js'
import { PolicyInputError } from '../../policy/errors.js'
import { parseRange, readGitChanges, readGitFile } from '../../policy/git.js'
import { normalizePath } from '../../policy/normalize.js'
import type { FileReader } from '../../policy/proposals-file.js'
import type { PolicyResult, ProposalUnderReview } from '../../policy/types.js'
import type { PatchReader, ProposalWithPatch } from '../../policy/judge-patches.js'
import { forJson, forLog, LIMITS } from '../../text/escape.js'
import { intFlag, parseCommandArgs, repositoryFlag, UsageError, type CliIO } from '../io.js'

const HELP = `Usage: self-evolution check (--git RANGE [--repo DIR] | --diff FILE | --proposals FILE [--base REV]) [options]

Judges a change against the safety rails of the config and prints every violation.

Sources (exactly one):
  --git RANGE         BASE..HEAD, or BASE...HEAD to judge from the merge base as a pull request does
  --diff FILE         a git-style unified diff
  --proposals FILE    a proposals file written by the agent (its files are a claim; a patch is parsed)

For --git and --diff, the proposal's metadata:
  --type T            ${CHANGE_TYPES.join(' | ')} (required)
  --risk N            risk level 0..5 (required; 4 and 5 always fail)
  --title TEXT        a title for the report
  --effort N          effort 0..5

Options:
  --repo DIR          the repository (default: the current directory)
  --base REV          in a repository, the commit a patch of --diff or --proposals is applied onto
                      with git apply, whose reading is judged (default: HEAD); outside a repository
                      the text reader judges patches (on a GitHub Actions runner none does: every
                      patch is blocked)
  --config PATH       the config whose rules apply (default: ${DEFAULT_CONFIG_PATH} at BASE in --git
                      mode, else in the working tree; the defaults when it is missing)
  --config-path PATH  the repository path of the config file the config-loosened rule watches
                      (default: ${DEFAULT_CONFIG_PATH})
  --database-url URL  also check the wildcard daily limit against the runs recorded there
  --repository O/R    the repository whose recorded wildcards count (with --database-url; default:
                      the one the origin remote of --repo names, else the command refuses)
  --json              print one JSON document
  --timings           print how long each phase took, as one JSON line on stderr
  --help              show this help

Exit codes: 0 every proposal allowed, 1 at least one blocked, 2 the input could not be used.
`

const OPTIONS = {
  git: { type: 'string' },
  diff: { type: 'string' },
  proposals: { type: 'string' },
  repo: { type: 'string' },
  base: { type: 'string' },
  config: { type: 'string' },
  'config-path': { type: 'string' },
  'database-url': { type: 'string' },
  repository: { type: 'string' },
  type: { type: 'string' },
  risk: { type: 'string' },
  title: { type: 'string' },
  effort: { type: 'string' },
  json: { type: 'boolean' },
  timings: { type: 'boolean' }
} as const

type Values = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    return await check(argv, io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof PolicyInputError) {
      io.stderr(`self-evolution check: ${forLog(error.message.replace(/^check: /, ''), 2000)}\n`)
      return 2
    }
    throw error
  }
}

function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message
}

async function readRulesFile(io: CliIO, path: string): Promise<Config> {
  return parseRules(await readTextFile('config', resolve(io.cwd, path)), JSON.stringify(path))
}

async function readTextFile(flag: string, path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new UsageError(
      `--${flag} ${JSON.stringify(path)} cannot be read (${errnoCode(error)}); expected a readable file`
    )
  }
}

/** A file of the working tree as it is now; null when it does not exist. */
async function readWorkingFile(repo: string, repoPath: string): Promise<string | null> {
  const n = normalizePath(repoPath)
  if (!n.ok) return null
  try {
    return await readFile(resolve(repo, repoPath), 'utf8')
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ENOENT' || code === 'ENOTDIR') return null
    throw new UsageError(`${JSON.stringify(repoPath)} in ${JSON.stringify(repo)} cannot be read (${code})`)
  }
}

/**
 * The rules of a config text (null: the file is absent, so the defaults), through the one
 * config loader. `where` names the file in check's error line.
 */
async function parseRules(text: string | null, where: string): Promise<Config> {
  const { loadConfig } = await import('../../config/load.js')
  try {
    return loadConfig({ text, origin: where }, where).config
  } catch (error) {
    // loadConfig only validates, so whatever it throws is the config's problem. The loader's list of problems, under check's own sentence: "the config WHERE is invalid: ...".
    const message = (error as Error).message
    const at = message.indexOf(' is invalid: ')
    throw new UsageError(at === -1 ? message : `the config ${where}${message.slice(at)}`)
  }
}

function proposalMeta(values: Values, fallbackTitle: string) {
  if (values.type === undefined || values.risk === undefined) {
    throw new UsageError(
      '--type and --risk are required with --git and --diff; see "self-evolution check --help"'
    )
  }
  if (!(CHANGE_TYPES as readonly string[]).includes(values.type)) {
    throw new UsageError(
      `--type ${JSON.stringify(values.type)} is not valid; expected one of ${CHANGE_TYPES.join(', ')}`
    )
  }
  const riskLevel = intFlag('risk', values.risk, 0, 5) as number
  const effort = intFlag('effort', values.effort, 0, 5)
  return {
    title: values.title ?? fallbackTitle,
    type: values.type as ChangeType,
    riskLevel,
    ...(effort !== undefined ? { effort } : {})
  }
}

/** Milliseconds on a monotonic clock, for --timings. */
function elapsed(): number {
  return Number(process.hrtime.bigint()) / 1e6
}

/** What the command line asks for, checked. */
type Request = {
  values: Values
  source: 'git' | 'diff' | 'proposals'
  /** --config-path as given, and as the rules see it. */
  configPath: string
  watched: string
  repository: string
  /** The repository's directory, absolute. */
  repo: string
  /** --database-url, checked, and the repository whose recorded wildcards count. */
  database?: { url: string; repository: string }
}

/** The command line's values, checked, and the repository's directory. */
function parseRequest(values: Values, io: CliIO): Request {
  const sources = (['git', 'diff', 'proposals'] as const).filter(k => values[k] !== undefined)
  if (sources.length !== 1) {
    throw new UsageError(
      `expected exactly one of --git, --diff or --proposals${sources.length ? ` (got ${sources.map(s => `--${s}`).join(' and ')})` : ''}; see "self-evolution check --help"`
    )
  }
  const source = sources[0]
  if (source === 'git' && values.base !== undefined) {
    throw new UsageError('--base is for --diff and --proposals; --git names its own base in its range')
  }
  if (source === 'proposals') {
    const given = (['type', 'risk', 'title', 'effort'] as const).filter(k => values[k] !== undefined)
    if (given.length > 0) {
      throw new UsageError(
        `--${given[0]} describes a --git or --diff change; a proposals file carries its own metadata`
      )
    }
  }
  const configPath = values['config-path'] ?? DEFAULT_CONFIG_PATH
  const watched = normalizePath(configPath)
  if (!watched.ok) {
    throw new UsageError(
      `--config-path ${JSON.stringify(configPath)} is not valid (${watched.reason}); expected a repository path such as ${DEFAULT_CONFIG_PATH}`
    )
  }
  const repository = repositoryFlag(values.repository) ?? ''
  const repo = repoDirectory(io, values.repo ?? '.')
  return { values, source, configPath, watched: watched.path, repository, repo }
}

/** The repository's directory, which must exist. */
function repoDirectory(io: CliIO, repoFlag: string): string {
  const repo = resolve(io.cwd, repoFlag)
  try {
    if (!statSync(repo).isDirectory()) throw new Error('ENOTDIR')
  } catch {
    throw new UsageError(
      `--repo ${JSON.stringify(repoFlag)} is not a directory; expected the repository's directory`
    )
  }
  return repo
}

/**
 * Who read the patches of --diff and --proposals: git onto a base commit, the text reader, or
 * nobody (on a GitHub Actions runner without a repository, where every patch is blocked).
 */
type PatchJudge =
  { reader: 'git-apply'; base: string } | { reader: 'text'; why: string } | { reader: 'none'; why: string }

type Input = {
  config: Config
  proposals: ProposalUnderReview[]
  /** --diff and --proposals: who read the patches, and each proposal's reader (none: no patch). */
  judge?: PatchJudge
  readers?: Array<PatchReader | undefined>
}

/**
 * --git: the change as git reads it, judged by the config at BASE (or --config). The rules are
 * read while git diffs; if they cannot be, git is stopped before the command says why.
 */
async function readGitInput(req: Request, io: CliIO): Promise<Input> {
  const { values, repo, configPath } = req
  const meta = proposalMeta(values, values.git as string)
  const range = parseRange(values.git as string)
  const cancel = new AbortController()
  const pending = readGitChanges({
    repo,
    range: values.git as string,
    // The file as the repository spells it; the rules match it in NFC.
    configPath,
    signal: cancel.signal,
    // The environment the command was given, as everywhere else in the CLI.
    ...(io.env.TMPDIR ? { scratchDir: io.env.TMPDIR } : {})
  })
  // Handled at once, so a failure while the rules load is not an unhandled rejection; `await
  // pending` below still throws it.
  const settled = pending.then(
    () => undefined,
    () => undefined
  )
  let config: Config
  try {
    config =
      values.config !== undefined
        ? await readRulesFile(io, values.config)
        : await parseRules(
            await readGitFile(repo, range.base, configPath),
            `${configPath} at the base of ${values.git}`
          )
  } catch (error) {
    cancel.abort()
    await settled
    throw error
  }
  const changes = await pending
  const files = changes.files
  const configFile = changes.configFile ? { configFile: changes.configFile } : {}
  return { config, proposals: [{ ...meta, source: 'git', files, ...configFile }] }
}

/**
 * In a git repository, git judges the patches (applied onto --base, by default HEAD); outside
 * one, or in a repository with no commit yet when --base is not given, the text reader does,
 * except on a GitHub Actions runner: there the text reader never judges, and every patch is
 * blocked (a missing checkout must not quietly change the judge). A --base that names no commit
 * is an input error.
 */
async function patchJudge(req: Request, onGitHub: boolean): Promise<PatchJudge> {
  const given = req.values.base
  const { resolveCommit, ApplyBaseError } = await import('../../git/apply-patch.js')
  try {
    return { reader: 'git-apply', base: await resolveCommit(req.repo, given ?? 'HEAD') }
  } catch (error) {
    if (!(error instanceof ApplyBaseError)) throw error
    const noRepository = error.kind === 'no-repository'
    if (given !== undefined) {
      throw new UsageError(
        noRepository
          ? `--base ${JSON.stringify(given)} needs a git repository, but ${JSON.stringify(req.repo)} is not in one; expected --repo to name one`
          : `--base ${JSON.stringify(given)} names no commit in the repository at ${JSON.stringify(req.repo)}; expected a commit such as HEAD, a branch or an object id`
      )
    }
    const why = noRepository ? 'not a git repository' : 'the repository has no commit at HEAD'
    return onGitHub
      ? {
          reader: 'none',
          why: `${why}; add an actions/checkout step before this command so git can judge them`
        }
      : { reader: 'text', why }
  }
}

/** --diff and --proposals: judged by the working tree's config (or --config). */
async function readFileInput(req: Request, io: CliIO): Promise<Input> {
  const { values, repo, watched } = req
  const config =
    values.config !== undefined
      ? await readRulesFile(io, values.config)
      : await parseRules(await readWorkingFile(repo, watched), `${req.configPath} in ${repo}`)
  const judge = await patchJudge(req, io.env.GITHUB_ACTIONS === 'true')
  const read =
    req.source === 'proposals'
      ? await readProposalsInput(req, io, judge)
      : await readDiffInput(req, io, judge)
  let proposals = read
  if (judge.reader === 'git-apply') {
    const { judgePatchesWithGit } = await import('../../policy/judge-patches.js')
    proposals = (
      await judgePatchesWithGit(read, {
        repo,
        base: judge.base,
        configPath: req.configPath,
        ...(io.env.TMPDIR ? { scratchDir: io.env.TMPDIR } : {})
      })
    ).proposals
  } else if (judge.reader === 'none') {
    const { refusePatches } = await import('../../policy/judge-patches.js')
    proposals = refusePatches(read, `git cannot judge the patch: ${judge.why}`)
  }
  return { config, proposals: proposals.map(p => p.proposal), judge, readers: proposals.map(p => p.reader) }
}

async function readProposalsInput(req: Request, io: CliIO, judge: PatchJudge): Promise<ProposalWithPatch[]> {
  const { readProposalsWithPatches } = await import('../../policy/judge-patches.js')
  const text = await readTextFile('proposals', resolve(io.cwd, req.values.proposals as string))
  const readBaseFile: FileReader = path => readWorkingFile(req.repo, path)
  const read = await readProposalsWithPatches(text, {
    configPath: req.watched,
    readBaseFile,
    gitJudges: judge.reader !== 'text'
  })
  return read.proposals
}

async function readDiffInput(req: Request, io: CliIO, judge: PatchJudge): Promise<ProposalWithPatch[]> {
  const { values } = req
  const meta = proposalMeta(values, values.diff as string)
  const text = await readTextFile('diff', resolve(io.cwd, values.diff as string))
  // An empty diff (an empty `git diff` redirected to a file) changes nothing: there is nothing to judge.
  if (!text.trim()) return []
  // git reads it: the text reader's reading would be replaced.
  if (judge.reader !== 'text') return [{ proposal: { ...meta, source: 'patch', files: [] }, patch: text }]
  const { readPatchChanges } = await import('../../policy/proposals-file.js')
  const readBaseFile: FileReader = path => readWorkingFile(req.repo, path)
  try {
    const changes = await readPatchChanges(text, { configPath: req.watched, readBaseFile })
    return [{ proposal: { ...meta, source: 'patch', ...changes }, patch: text, reader: 'text' }]
  } catch (error) {
    if (error instanceof PolicyInputError) {
      throw new PolicyInputError(`--diff ${JSON.stringify(values.diff)} cannot be read: ${error.message}`)
    }
    throw error
  }
}

async function check(argv: string[], io: CliIO): Promise<number> {
  const started = elapsed()
  const { values } = parseCommandArgs('check', argv, OPTIONS) as { values: Values & { help?: boolean } }
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const req = parseRequest(values, io)
  if (values['database-url'] !== undefined) req.database = await databaseRequest(req, values['database-url'])
  const input = req.source === 'git' ? await readGitInput(req, io) : await readFileInput(req, io)
  const { config, proposals } = input
  const wildcardAlreadyUsedToday = req.database
    ? await wildcardRecordedToday(req.database.url, req.database.repository, io)
    : undefined
  const read = elapsed()
  // The engine (and its matcher) loads once the change is read: git starts without waiting for it.
  const { compilePolicy, evaluateProposals } = await import('../../policy/engine.js')
  compilePolicy(config) // cached for evaluation; timed apart from matching
  const compiled = elapsed()
  const result = evaluateProposals({
    config,
    proposals,
    configPath: req.watched,
    ...(wildcardAlreadyUsedToday !== undefined ? { wildcardAlreadyUsedToday } : {})
  })
  const evaluated = elapsed()
  const readers = { judge: input.judge, readers: input.readers ?? [] }
  io.stdout(req.values.json ? `${inertJson(jsonReport(result, readers), 2)}\n` : textReport(result, readers))
  if (req.values.timings) {
    const ms = (a: number, b: number) => Math.round((b - a) * 10) / 10
    const done = elapsed()
    io.stderr(
      `timings ${JSON.stringify({ read: ms(started, read), compile: ms(read, compiled), evaluate: ms(compiled, evaluated), report: ms(evaluated, done), total: ms(started, done) })}\n`
    )
  }
  return result.allowed ? 0 : 1
}

/**
 * --database-url, checked without connecting, and the repository whose wildcards it counts:
 * --repository, else the one `origin` names when --repo is a checkout. Without either, the daily
 * limit would count nobody's wildcards, so the command refuses.
 */
async function databaseRequest(req: Request, flagUrl: string): Promise<{ url: string; repository: string }> {
  const { commandDatabaseUrl } = await import('../database.js')
  const url = commandDatabaseUrl(flagUrl, {}) as string
  if (req.repository) return { url, repository: req.repository }
  const { originUrl, repositoryOfRemote } = await import('../../git/remote.js')
  const origin = await originUrl(req.repo).catch(() => '')
  const repository = repositoryOfRemote(origin)
  if (!repository) {
    throw new UsageError(
      `--database-url needs the repository whose wildcards count, and ${JSON.stringify(req.repo)} has no origin remote naming one; expected --repository OWNER/REPO`
    )
  }
  return { url, repository }
}

/** Whether an allowed wildcard is already recorded for this repository and UTC day. */
async function wildcardRecordedToday(url: string, repository: string, io: CliIO): Promise<boolean> {
  const runDate = io.now().toISOString().slice(0, 10)
  let db: { sql: unknown; close(): Promise<void> } | undefined
  try {
    const { openDatabase } = await import('../../db/client.js')
    const { hasAllowedWildcard } = await import('../../db/proposals.js')
    const opened = await openDatabase({ url, cwd: io.cwd })
    db = opened
    return await hasAllowedWildcard(opened.sql, repository, runDate)
  } catch (error) {
    if (error instanceof UsageError) throw error
    let message = (error as Error)?.message ?? String(error)
    // Never print the password, whatever the driver put in its message.
    try {
      const password = decodeURIComponent(new URL(url).password)
      if (password) message = message.split(password).join('***')
    } catch {
      /* not a URL: nothing to hide */
    }
    throw new UsageError(`cannot check the wildcard daily limit in the database: ${message}`)
  } finally {
    await db?.close().catch(() => undefined)
  }
}

/** Who read each proposal's patch, for the reports. */
export type Readers = { judge?: PatchJudge; readers: Array<PatchReader | undefined> }

/** The --json document; every text the agent wrote is capped (inertJson makes it inert on a runner). */
export function jsonReport(result: PolicyResult, readers: Readers = { readers: [] }) {
  const judge = readers.judge
  return {
    allowed: result.allowed,
    ...(judge?.reader === 'git-apply' ? { base: judge.base } : {}),
    proposals: result.proposals.map((p, i) => ({
      title: forJson(p.title, LIMITS.title),
      type: p.type,
      riskLevel: p.riskLevel,
      effectiveRisk: p.effectiveRisk,
      riskRaisedBy: p.riskRaisedBy,
      ...(p.effort !== undefined ? { effort: p.effort } : {}),
      ...(p.description !== undefined ? { description: forJson(p.description, LIMITS.description) } : {}),
      source: p.source,
      ...(readers.readers[i] !== undefined ? { reader: readers.readers[i] } : {}),
      allowed: p.allowed,
      stats: p.stats,
      violations: p.violations.map(v => ({
        rule: v.rule,
        ...(v.path !== undefined ? { path: forJson(v.path, LIMITS.path) } : {}),
        message: forJson(v.message, LIMITS.message)
      }))
    }))
  }
}

/** One line per violation, then a summary; every line is safe for a workflow log. */
export function textReport(result: PolicyResult, readers: Readers = { readers: [] }): string {
  const lines: string[] = []
  const judge = readers.judge
  if (judge?.reader === 'none' && result.proposals.some(p => p.source === 'patch')) {
    lines.push(`reader: none (no patch was judged: ${judge.why})`)
  } else if (judge && judge.reader !== 'none' && readers.readers.some(r => r !== undefined)) {
    lines.push(
      judge.reader === 'git-apply'
        ? `reader: git-apply onto ${judge.base} (git apply --cached) judged the patches`
        : `reader: text (the text reader judged the patches: ${judge.why})`
    )
  }
  result.proposals.forEach((p, i) => {
    const head = `proposal ${i + 1} "${forLog(p.title, LIMITS.title)}" (${p.type}, risk ${p.riskLevel}, ${p.source})`
    const size = `${p.stats.files} file${p.stats.files === 1 ? '' : 's'}, +${p.stats.additions} -${p.stats.deletions}${p.stats.binaryFiles ? `, ${p.stats.binaryFiles} binary` : ''}`
    for (const v of p.violations) {
      lines.push(`BLOCKED ${head}: [${v.rule}] ${forLog(v.message, LIMITS.message)}`)
    }
    if (p.allowed) lines.push(`allowed ${head}: ${size}`)
  })
  const blocked = result.proposals.filter(p => !p.allowed).length
  const total = result.proposals.length
  if (total === 0) return 'OK: no changes to judge\n'
  lines.push(
    `${result.allowed ? 'OK' : 'BLOCKED'}: ${total - blocked} of ${total} proposal${total === 1 ? '' : 's'} allowed, ${blocked} blocked`
  )
  return lines.join('\n') + '\n'
}
