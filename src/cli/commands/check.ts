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
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
// Only light modules load up front: git starts before zod and picomatch are even read, so the
// diff, the longest step, runs while the rest of the command loads.
import type { ChangeType, Config } from '../../config/schema.js'
import { PolicyInputError } from '../../policy/errors.js'
import { parseRange, readGitChanges, readGitFile, type GitChanges } from '../../policy/git.js'
import { normalizePath } from '../../policy/normalize.js'
import type { FileReader } from '../../policy/proposals-file.js'
import type { EvaluateInput } from '../../policy/engine.js'
import type { FileChange, PolicyResult, ProposalUnderReview } from '../../policy/types.js'
import { forJson, forLog, LIMITS } from '../../text/escape.js'
import { intFlag, parseCommandArgs, repositoryFlag, UsageError, type CliIO } from '../io.js'

/** The same values as CHANGE_TYPES and DEFAULT_CONFIG_PATH in config/schema.ts (a test checks). */
export const CHECK_CHANGE_TYPES = [
  'capability',
  'prompt',
  'persona',
  'cleanup',
  'wildcard'
] as const satisfies readonly ChangeType[]
export const CHECK_DEFAULT_CONFIG_PATH = '.github/self-evolution-config.json'
const CHANGE_TYPES = CHECK_CHANGE_TYPES
const DEFAULT_CONFIG_PATH = CHECK_DEFAULT_CONFIG_PATH

const HELP = `Usage: self-evolution check (--git RANGE [--repo DIR] | --diff FILE | --proposals FILE) [options]

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
  --config PATH       the config whose rules apply (default: ${DEFAULT_CONFIG_PATH} at BASE in --git
                      mode, else in the working tree; the defaults when it is missing)
  --config-path PATH  the repository path of the config file the config-loosened rule watches
                      (default: ${DEFAULT_CONFIG_PATH})
  --database-url URL  also check the wildcard daily limit against the runs recorded there
  --repository O/R    the repository whose recorded wildcards count (with --database-url)
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

async function parseRules(text: string | null, where: string): Promise<Config> {
  // No config file: the defaults, without loading the schema's validator.
  if (text === null) return (await import('../../config/defaults.generated.js')).defaultConfig()
  const { formatProblems, parseConfigText } = await import('../../config/load.js')
  const parsed = parseConfigText(text)
  if (parsed.ok) return parsed.config
  const problems = formatProblems(parsed.problems)
  throw new UsageError(
    `the config ${where} is invalid: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`
  )
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

/** Milliseconds on a monotonic clock, for --timings (the `performance` global loads ten modules). */
function elapsed(): number {
  return Number(process.hrtime.bigint()) / 1e6
}

async function check(argv: string[], io: CliIO): Promise<number> {
  const started = elapsed()
  const { values } = parseCommandArgs('check', argv, OPTIONS) as { values: Values & { help?: boolean } }
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const sources = (['git', 'diff', 'proposals'] as const).filter(k => values[k] !== undefined)
  if (sources.length !== 1) {
    throw new UsageError(
      `expected exactly one of --git, --diff or --proposals${sources.length ? ` (got ${sources.map(s => `--${s}`).join(' and ')})` : ''}; see "self-evolution check --help"`
    )
  }
  const source = sources[0]
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
  const repo = resolve(io.cwd, values.repo ?? '.')
  try {
    if (!statSync(repo).isDirectory()) throw new Error('ENOTDIR')
  } catch {
    throw new UsageError(
      `--repo ${JSON.stringify(values.repo ?? '.')} is not a directory; expected the repository's directory`
    )
  }
  const configFlag = values.config

  let config: Config
  let proposals: ProposalUnderReview[]
  let early: { facts: FileFacts; result: PolicyResult } | undefined
  if (source === 'git') {
    const meta = proposalMeta(values, values.git as string)
    const range = parseRange(values.git as string)
    let records: FileChange[] | undefined
    let recordsIn = () => undefined as void
    const recordsRead = new Promise<void>(resolve => (recordsIn = resolve))
    const cancel = new AbortController()
    const pending = readGitChanges({
      repo,
      range: values.git as string,
      // The file as the repository spells it; the rules match it in NFC.
      configPath,
      onRecords: files => {
        records = files
        recordsIn()
      },
      signal: cancel.signal,
      // The environment the command was given, as everywhere else in the CLI.
      ...(io.env.TMPDIR ? { scratchDir: io.env.TMPDIR } : {})
    })
    // git diff is running: from here the command waits on it, or works beside it.
    // Handled here at once, so a failure while the rules load is not an unhandled rejection;
    // `await pending` below still throws it.
    const settled = pending.then(
      () => undefined,
      () => undefined
    )
    try {
      // While git diffs: read and parse the rules at BASE, load the engine, compile the patterns.
      config =
        configFlag !== undefined
          ? await readRulesFile(io, configFlag)
          : await parseRules(
              await readGitFile(repo, range.base, configPath),
              `${configPath} at the base of ${values.git}`
            )
      const engine = await import('../../policy/engine.js')
      engine.compilePolicy(config)
      if (values['database-url'] === undefined) {
        // While git writes the patch, judge the files as their records describe them; the verdict
        // stands if the patch and the content checks change none of the facts it used. A change
        // to the config file is judged at the end, with its content.
        await Promise.race([recordsRead, settled])
        const files = records
        const earlyProposals = files ? [{ ...meta, source: 'git' as const, files }] : []
        if (files && !engine.touchesWatchedConfig(earlyProposals, watched.path)) {
          early = {
            facts: factsOf(files),
            result: engine.evaluateWith(
              { config, proposals: earlyProposals, configPath: watched.path },
              configJudgeNotLoaded
            )
          }
        }
      }
    } catch (error) {
      // Something failed before the change was read (the rules, most likely): stop git, and let
      // the reader remove what git wrote, before saying why.
      cancel.abort()
      await settled
      throw error
    }
    const changes: GitChanges = await pending
    proposals = [
      {
        ...meta,
        source: 'git',
        files: changes.files,
        ...(changes.configFile ? { configFile: changes.configFile } : {})
      }
    ]
  } else {
    const { readPatchChanges, readProposalsFile } = await import('../../policy/proposals-file.js')
    config =
      configFlag !== undefined
        ? await readRulesFile(io, configFlag)
        : await parseRules(await readWorkingFile(repo, watched.path), `${configPath} in ${repo}`)
    const readBaseFile: FileReader = path => readWorkingFile(repo, path)
    if (source === 'diff') {
      const meta = proposalMeta(values, values.diff as string)
      const text = await readTextFile('diff', resolve(io.cwd, values.diff as string))
      let changes: Awaited<ReturnType<typeof readPatchChanges>>
      try {
        changes = await readPatchChanges(text, { configPath: watched.path, readBaseFile })
      } catch (error) {
        if (error instanceof PolicyInputError) {
          throw new PolicyInputError(`--diff ${JSON.stringify(values.diff)} cannot be read: ${error.message}`)
        }
        throw error
      }
      proposals = [{ ...meta, source: 'patch', ...changes }]
    } else {
      const text = await readTextFile('proposals', resolve(io.cwd, values.proposals as string))
      proposals = (await readProposalsFile(text, { configPath: watched.path, readBaseFile })).proposals
    }
  }

  const wildcardAlreadyUsedToday =
    values['database-url'] !== undefined
      ? await wildcardRecordedToday(values['database-url'], repository, io)
      : undefined
  // The early verdict stands for the same files with the same facts (it was only made for files
  // that leave the watched config alone).
  const reuse =
    early !== undefined &&
    wildcardAlreadyUsedToday === undefined &&
    proposals.length === 1 &&
    proposals[0].configFile === undefined &&
    sameFacts(early.facts, proposals[0].files)
  // The config-loosened rule needs the config's schema and validator: loaded only when a
  // proposal touches the watched config file.
  const engine = await import('../../policy/engine.js')
  const evaluateProposals =
    !reuse && engine.touchesWatchedConfig(proposals, watched.path)
      ? (await import('../../policy/evaluate.js')).evaluateProposals
      : (input: EvaluateInput) => engine.evaluateWith(input, configJudgeNotLoaded)
  const read = elapsed()
  engine.compilePolicy(config) // cached for evaluation; timed apart from matching
  const compiled = elapsed()
  const result =
    reuse && early
      ? early.result
      : evaluateProposals({
          config,
          proposals,
          configPath: watched.path,
          ...(wildcardAlreadyUsedToday !== undefined ? { wildcardAlreadyUsedToday } : {})
        })
  const evaluated = elapsed()
  io.stdout(values.json ? `${JSON.stringify(jsonReport(result), null, 2)}\n` : textReport(result))
  if (values.timings) {
    const ms = (a: number, b: number) => Math.round((b - a) * 10) / 10
    const done = elapsed()
    io.stderr(
      `timings ${JSON.stringify({ read: ms(started, read), compile: ms(read, compiled), evaluate: ms(compiled, evaluated), report: ms(evaluated, done), total: ms(started, done) })}\n`
    )
  }
  return result.allowed ? 0 : 1
}

/** Never called: a proposal that touches the watched config file is judged with the real rule. */
function configJudgeNotLoaded(): never {
  throw new Error('internal error: the config-loosened rule was needed but not loaded')
}

/** What a verdict used of each file that reading the patch and the content can still change. */
type FileFacts = {
  files: readonly FileChange[]
  additions: Array<number | null>
  deletions: Array<number | null>
  binary: boolean[]
  secrets: number[]
}

export function factsOf(files: readonly FileChange[]): FileFacts {
  return {
    files: [...files],
    additions: files.map(f => f.additions),
    deletions: files.map(f => f.deletions),
    binary: files.map(f => f.binary),
    secrets: files.map(f => f.secrets?.length ?? 0)
  }
}

/** The same file objects, with the same counts, binary flags and credential findings. */
export function sameFacts(facts: FileFacts, files: readonly FileChange[]): boolean {
  if (files.length !== facts.files.length) return false
  for (let i = 0; i < files.length; i++) {
    const f = files[i]
    if (
      f !== facts.files[i] ||
      f.additions !== facts.additions[i] ||
      f.deletions !== facts.deletions[i] ||
      f.binary !== facts.binary[i] ||
      (f.secrets?.length ?? 0) !== facts.secrets[i]
    ) {
      return false
    }
  }
  return true
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

/** The --json document; every text the agent wrote is capped (JSON escapes the rest). */
export function jsonReport(result: PolicyResult) {
  return {
    allowed: result.allowed,
    proposals: result.proposals.map(p => ({
      title: forJson(p.title, LIMITS.title),
      type: p.type,
      riskLevel: p.riskLevel,
      ...(p.effort !== undefined ? { effort: p.effort } : {}),
      ...(p.description !== undefined ? { description: forJson(p.description, LIMITS.description) } : {}),
      source: p.source,
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
export function textReport(result: PolicyResult): string {
  const lines: string[] = []
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
  lines.push(
    `${result.allowed ? 'OK' : 'BLOCKED'}: ${total - blocked} of ${total} proposal${total === 1 ? '' : 's'} allowed, ${blocked} blocked`
  )
  return lines.join('\n') + '\n'
}
