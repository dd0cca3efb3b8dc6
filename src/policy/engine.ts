/**
 * The policy engine: a config and proposals in, a verdict out. Pure: no I/O, no clock. The
 * patterns of a config are compiled once (and cached per config object, each list taken from the
 * cache the risk floors share), each list into one linear-time automaton
 * (src/policy/automaton.ts), never a backtracking regular expression.
 */
import type { Config } from '../config/schema.js'
import { judgeConfigChange } from './config-loosened.js'
import { normalizedQuickly, normalizePath } from './normalize.js'
import { sharedPatternSet, type PatternSet } from './paths.js'
import { assessRisk, describeRisk, type RiskAssessment } from './risk.js'
import { cap } from '../text/escape.js'
import { fileThreatViolations, metadataThreats, quotePath } from './threats.js'
import type {
  FileChange,
  PolicyResult,
  ProposalStats,
  ProposalUnderReview,
  ProposalVerdict,
  RuleId,
  Violation
} from './types.js'

/** GitHub lists at most 3,000 files of a pull request. */
export const MAX_FILES_IN_A_CHANGE = 3000
/** Risk 4 and 5 are never allowed in v0, whatever the config says. */
export const NEVER_ALLOWED_RISK = 4

type CompiledPolicy = {
  blocked: PatternSet
  allowed: PatternSet
  typePaths: Map<string, PatternSet>
  wildcardPaths: PatternSet
}

const compiledCache = new WeakMap<Config, CompiledPolicy>()

/** The config's patterns, compiled once per config object (a config is never mutated). */
export function compilePolicy(config: Config): CompiledPolicy {
  const cached = compiledCache.get(config)
  if (cached) return cached
  const rails = config.safetyRails
  const typePaths = new Map<string, PatternSet>()
  for (const [type, patterns] of Object.entries(rails.typePaths))
    typePaths.set(type, sharedPatternSet('anchored', patterns))
  const wildcardPatterns = [
    ...new Set(config.wildcardFeature.allowedTypes.flatMap(t => rails.typePaths[t] ?? []))
  ]
  const compiled: CompiledPolicy = {
    blocked: sharedPatternSet('blocked', rails.blockedPaths),
    allowed: sharedPatternSet('anchored', rails.allowedPaths),
    typePaths,
    wildcardPaths: sharedPatternSet('anchored', wildcardPatterns)
  }
  compiledCache.set(config, compiled)
  return compiled
}

/** A quoted name for a message: JSON, with hidden and control characters spelled out as escapes. */
const q = quotePath

/** The violations of one proposal, each reported once. */
class Violations {
  readonly list: Violation[] = []
  private readonly seen = new Set<string>()

  add(rule: RuleId, message: string, path?: string): void {
    const key = `${rule}\0${path ?? ''}\0${message}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.list.push(path === undefined ? { rule, message } : { rule, path, message })
  }
}

/** What judging one proposal needs besides the proposal: the config, compiled, and the watched file. */
type Judging = {
  config: Config
  policy: CompiledPolicy
  /** The watched config file as the rules see it; undefined when it is not a valid path. */
  watchedConfig: string | undefined
  /**
   * agent.promptFile as the rules see it, lowercased (blocked paths match case-insensitively);
   * undefined when none is set. It extends the agent's prompt, so the agent may not change it.
   */
  promptFile: string | undefined
}

function watchedPath(configPath: string): string | undefined {
  const watched = normalizePath(configPath)
  return watched.ok ? watched.path : undefined
}

/**
 * risk-too-high, type-not-allowed, wildcard-disabled and wildcard-risk: the proposal's metadata.
 * The risk judged is the effective one: the declared risk raised by the config's floors (risk.ts).
 */
function judgeMetadata(proposal: ProposalUnderReview, config: Config, out: Violations): RiskAssessment {
  const rails = config.safetyRails
  const wildcard = config.wildcardFeature
  const assessed = assessRisk(proposal, config)
  const risk = assessed.effective
  const shown = describeRisk(assessed)
  if (!Number.isInteger(risk) || risk < 0 || risk >= NEVER_ALLOWED_RISK) {
    out.add('risk-too-high', `${shown} is never allowed: risk 4 and 5 always fail, and the scale is 0 to 5`)
  } else if (risk > rails.maxRiskLevel) {
    out.add('risk-too-high', `${shown} is above safetyRails.maxRiskLevel ${rails.maxRiskLevel}`)
  }
  if (!rails.allowedChangeTypes.includes(proposal.type)) {
    out.add('type-not-allowed', `the type ${q(proposal.type)} is not in safetyRails.allowedChangeTypes`)
  }
  if (proposal.type === 'wildcard') {
    if (!wildcard.enabled)
      out.add('wildcard-disabled', 'a wildcard was proposed, but wildcardFeature.enabled is false')
    if (!(risk <= wildcard.maxRiskLevel)) {
      out.add('wildcard-risk', `${shown} is above wildcardFeature.maxRiskLevel ${wildcard.maxRiskLevel}`)
    }
  }
  return assessed
}

/**
 * invalid-path, blocked-path, path-not-allowed and the type-path rules for one path of a
 * proposal. Returns the path as the rules see it, or undefined when it is not a valid path.
 */
function judgePath(
  raw: string,
  proposal: ProposalUnderReview,
  j: Judging,
  out: Violations
): string | undefined {
  const stripDotSlash = proposal.source === 'claimed'
  let path = normalizedQuickly(raw, stripDotSlash)
  if (path === undefined) {
    const n = normalizePath(raw, stripDotSlash)
    if (!n.ok) {
      out.add('invalid-path', `${q(raw)} is not a valid repository path: ${n.reason}`, raw)
      return undefined
    }
    path = n.path
  }
  const { policy } = j
  if (policy.blocked.test(path)) {
    out.add(
      'blocked-path',
      `${q(path)} matches the blocked pattern ${q(policy.blocked.which(path) ?? '?')}`,
      raw
    )
  } else if (j.promptFile !== undefined && path.toLowerCase() === j.promptFile) {
    out.add(
      'blocked-path',
      `${q(path)} is the agent's prompt extension (agent.promptFile); the agent may not change its own instructions`,
      raw
    )
  } else if (!policy.allowed.test(path)) {
    out.add('path-not-allowed', `${q(path)} matches no pattern in safetyRails.allowedPaths`, raw)
  }
  if (proposal.exemptFromTypePaths === true) {
    // A revert restores what the reverted change touched: no type-path rule applies.
  } else if (proposal.type === 'wildcard') {
    if (!policy.wildcardPaths.test(path)) {
      const types = j.config.wildcardFeature.allowedTypes.join(', ') || 'none'
      out.add(
        'wildcard-path',
        `${q(path)} is outside the typePaths of wildcardFeature.allowedTypes (${types})`,
        raw
      )
    }
  } else if (!policy.typePaths.get(proposal.type)?.test(path)) {
    out.add('type-path-mismatch', `${q(path)} is outside safetyRails.typePaths.${proposal.type}`, raw)
  }
  return path
}

/** The two modes git gives a regular file: modeKind reads both as 'file'. */
const REGULAR_FILE_MODES = new Set(['100644', '100755'])

/** The file-type bits of a git mode (S_IFMT). */
const FILE_TYPE = 0o170000

/**
 * What a mode makes an entry. git keeps only a mode's file-type bits and executable bit
 * (canon_mode), so 120644 and 120777 are symbolic links and 160644 a gitlink, whichever reader
 * produced them; a directory's 040000 is recorded as a gitlink too (create_ce_mode). A mode that
 * is not octal, or has any other type, is no git file mode at all.
 */
function modeKind(mode: string): 'file' | 'symlink' | 'submodule' | 'directory' | 'invalid' {
  if (!/^[0-7]{6}$/.test(mode)) return 'invalid'
  switch (parseInt(mode, 8) & FILE_TYPE) {
    case 0o100000:
      return 'file'
    case 0o120000:
      return 'symlink'
    case 0o160000:
      return 'submodule'
    case 0o040000:
      return 'directory'
    default:
      return 'invalid'
  }
}

/**
 * symlink and submodule: what a file is, or was, other than a file, by the mode's file-type bits;
 * a mode with no valid git type fails invalid-path. A deletion removes it; an added file has no
 * previous mode to judge.
 */
function judgeKind(file: FileChange, out: Violations): void {
  if (file.status === 'deleted') return
  const modes: Array<[string, string]> = []
  if (file.mode !== undefined) modes.push([file.mode, 'is'])
  if (file.previousMode !== undefined && file.status !== 'added') modes.push([file.previousMode, 'was'])
  // The common case, a regular file before and after, breaks no rule here: no need to parse it.
  if (modes.every(([mode]) => REGULAR_FILE_MODES.has(mode))) return
  // One violation per rule: what the file is now, else what it was.
  const first = (kinds: string[]) => modes.find(([mode]) => kinds.includes(modeKind(mode)))
  const link = first(['symlink'])
  if (link) out.add('symlink', `${q(file.path)} ${link[1]} a symbolic link (mode ${link[0]})`, file.path)
  const sub = first(['submodule', 'directory'])
  if (sub) {
    const what =
      modeKind(sub[0]) === 'directory' ? 'a directory entry, which git records as a submodule' : 'a submodule'
    out.add('submodule', `${q(file.path)} ${sub[1]} ${what} (mode ${sub[0]})`, file.path)
  }
  const bad = first(['invalid'])
  if (bad) {
    const message = `${q(file.path)} has the mode ${q(bad[0])}, which is no git file mode (expected six octal digits such as 100644)`
    out.add('invalid-path', message, file.path)
  }
}

const counted = (n: number | null) => n === null || (Number.isSafeInteger(n) && n >= 0)

/** The running totals of a proposal's files. */
type Totals = { additions: number; deletions: number; binaryFiles: number }

/** binary-file and secret-in-content for one file, and its lines added to the totals. */
function judgeContent(file: FileChange, rails: Config['safetyRails'], totals: Totals, out: Violations): void {
  if (!counted(file.additions) || !counted(file.deletions)) {
    // Only a caller bypassing the readers could send this; it cannot be counted, so it fails.
    out.add(
      'max-lines',
      `${q(file.path)} has line counts that are not whole numbers of zero or more`,
      file.path
    )
  } else if (file.binary || file.additions === null || file.deletions === null) {
    totals.binaryFiles++
    if (!rails.allowBinaryFiles) {
      out.add(
        'binary-file',
        `${q(file.path)} is a binary file; safetyRails.allowBinaryFiles is false`,
        file.path
      )
    }
  } else {
    totals.additions += file.additions
    totals.deletions += file.deletions
  }
  if (file.secrets && file.secrets.length > 0) {
    const kinds = file.secrets.join(', ')
    out.add(
      'secret-in-content',
      `an added line in ${q(file.path)} carries a credential (${kinds})`,
      file.path
    )
  }
}

/** max-lines, max-files and too-large: the size of the whole change. */
function judgeSize(stats: ProposalStats, rails: Config['safetyRails'], out: Violations): void {
  const caps = rails.diffCaps
  if (stats.linesChanged > caps.maxLinesOfCode) {
    out.add(
      'max-lines',
      `${stats.linesChanged} changed lines (additions + deletions) exceed safetyRails.diffCaps.maxLinesOfCode ${caps.maxLinesOfCode}`
    )
  }
  if (stats.files > caps.maxFilesChanged) {
    out.add(
      'max-files',
      `${stats.files} changed files exceed safetyRails.diffCaps.maxFilesChanged ${caps.maxFilesChanged}`
    )
  }
  if (stats.files > MAX_FILES_IN_A_CHANGE) {
    out.add(
      'too-large',
      `${stats.files} changed files exceed the ${MAX_FILES_IN_A_CHANGE} files GitHub lists for a pull request`
    )
  }
}

/** ci-skip-marker and hidden-text on the title, the description and the commit messages. */
function judgeThreatMetadata(proposal: ProposalUnderReview, out: Violations): void {
  const texts = [{ what: 'the title', text: proposal.title }]
  if (proposal.description !== undefined) texts.push({ what: 'the description', text: proposal.description })
  ;(proposal.commitMessages ?? []).forEach((text, i) => texts.push({ what: `commit message ${i + 1}`, text }))
  for (const v of metadataThreats(texts)) out.add(v.rule, v.message)
}

/** config-loosened, for a proposal that touches the watched config file. */
function judgeConfigFile(proposal: ProposalUnderReview, watchedConfig: string, out: Violations): void {
  const strip = proposal.source === 'claimed'
  const rulePath = (raw: string) => normalizedQuickly(raw, strip)
  // A deletion or a rename away fails whatever the reader could tell about the content.
  const removed = proposal.files.some(
    f =>
      (f.status === 'deleted' && rulePath(f.path) === watchedConfig) ||
      (f.previousPath !== undefined &&
        f.status === 'renamed' &&
        rulePath(f.previousPath) === watchedConfig &&
        rulePath(f.path) !== watchedConfig)
  )
  const change = removed ? { before: null, after: null } : proposal.configFile
  for (const message of judgeConfigChange(change, watchedConfig))
    out.add('config-loosened', message, watchedConfig)
}

function judgeProposal(proposal: ProposalUnderReview, j: Judging): ProposalVerdict {
  const rails = j.config.safetyRails
  const out = new Violations()
  const risk = judgeMetadata(proposal, j.config, out)
  if (proposal.patchProblem) out.add(proposal.patchProblem.rule, proposal.patchProblem.message)
  if (proposal.metadataProblem !== undefined) {
    out.add(
      'proposal-metadata-invalid',
      `the agent's proposal file is missing or invalid: ${q(cap(proposal.metadataProblem, 300))}; a change needs a valid title, type, riskLevel and effort of its own`
    )
  }
  judgeThreatMetadata(proposal, out)
  const distinct = new Set<string>()
  const totals: Totals = { additions: 0, deletions: 0, binaryFiles: 0 }
  let touchesConfig = false
  const judgeOnePath = (raw: string) => {
    if (judgePath(raw, proposal, j, out) === j.watchedConfig) touchesConfig = true
  }
  for (const file of proposal.files) {
    distinct.add(file.path)
    judgeOnePath(file.path)
    if (file.previousPath !== undefined && file.previousPath !== file.path) judgeOnePath(file.previousPath)
    judgeKind(file, out)
    judgeContent(file, rails, totals, out)
    for (const v of fileThreatViolations(file, rails.allowedUrlHosts ?? []))
      out.add(v.rule, v.message, file.path)
  }
  const stats: ProposalStats = {
    files: distinct.size,
    additions: totals.additions,
    deletions: totals.deletions,
    linesChanged: totals.additions + totals.deletions,
    binaryFiles: totals.binaryFiles
  }
  judgeSize(stats, rails, out)
  if (touchesConfig && j.watchedConfig !== undefined) judgeConfigFile(proposal, j.watchedConfig, out)
  return {
    title: proposal.title,
    type: proposal.type,
    riskLevel: proposal.riskLevel,
    effectiveRisk: risk.effective,
    riskRaisedBy: risk.raisedBy.map(r => r.floor),
    ...(proposal.effort !== undefined ? { effort: proposal.effort } : {}),
    ...(proposal.description !== undefined ? { description: proposal.description } : {}),
    source: proposal.source,
    allowed: out.list.length === 0,
    stats,
    violations: out.list,
    files: proposal.files
  }
}

export type EvaluateInput = {
  config: Config
  proposals: ProposalUnderReview[]
  /** The watched config file, repository-relative (default .github/self-evolution-config.json). */
  configPath: string
  /** An allowed wildcard is already recorded for this repository and UTC day. */
  wildcardAlreadyUsedToday?: boolean
}

/**
 * Judge every proposal. A wildcard uses the day's one slot only when it is otherwise allowed,
 * the same rule the database's unique index enforces: a later one in the same check, or any
 * when one is already recorded today, fails wildcard-daily-limit.
 */
export function evaluateProposals(input: EvaluateInput): PolicyResult {
  const judging: Judging = {
    config: input.config,
    policy: compilePolicy(input.config),
    watchedConfig: watchedPath(input.configPath),
    // A config built by hand (tests, older callers) may lack the agent block.
    promptFile: watchedPath(input.config.agent?.promptFile ?? '')?.toLowerCase()
  }
  const verdicts = input.proposals.map(p => judgeProposal(p, judging))
  let slotTaken = input.wildcardAlreadyUsedToday === true
  for (const verdict of verdicts) {
    if (verdict.type !== 'wildcard' || !verdict.allowed) continue
    if (slotTaken) {
      verdict.violations.push({
        rule: 'wildcard-daily-limit',
        message: input.wildcardAlreadyUsedToday
          ? 'a wildcard is already recorded for today (UTC); only one is allowed per day'
          : 'another wildcard in this check already uses today’s slot; only one is allowed per UTC day'
      })
      verdict.allowed = false
    }
    slotTaken = true
  }
  return { allowed: verdicts.every(v => v.allowed), proposals: verdicts }
}
