/**
 * The policy engine: a config and proposals in, a verdict out. Pure: no I/O, no clock. The
 * patterns of a config are compiled once (and cached per config object), each list into one
 * regular expression.
 *
 * The config-loosened rule is handed in (`evaluateWith`): judging a config change needs the
 * config's schema and validator, which a change that leaves the config alone never loads.
 * evaluate.ts wires the real judge and is what callers use; `touchesWatchedConfig` says, with
 * the engine's own path rules, whether a proposal needs it.
 */
import type { Config } from '../config/schema.js'
import { normalizedQuickly, normalizePath } from './normalize.js'
import { compileAnchored, compileBlocked, type PatternSet } from './paths.js'
import type {
  ConfigFileChange,
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

const SYMLINK = '120000'
const GITLINK = '160000'

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
    typePaths.set(type, compileAnchored(patterns))
  const wildcardPatterns = [
    ...new Set(config.wildcardFeature.allowedTypes.flatMap(t => rails.typePaths[t] ?? []))
  ]
  const compiled: CompiledPolicy = {
    blocked: compileBlocked(rails.blockedPaths),
    allowed: compileAnchored(rails.allowedPaths),
    typePaths,
    wildcardPaths: compileAnchored(wildcardPatterns)
  }
  compiledCache.set(config, compiled)
  return compiled
}

const q = (s: string) => JSON.stringify(s)

/** The config-loosened rule: what is wrong with a change to the watched config file. */
export type ConfigJudge = (change: ConfigFileChange | undefined, configPath: string) => string[]

/** A path as the rules see it (normalized, NFC), or undefined when it is not a valid path. */
function rulePath(raw: string, stripDotSlash: boolean): string | undefined {
  const quick = normalizedQuickly(raw, stripDotSlash)
  if (quick !== undefined) return quick
  const n = normalizePath(raw, stripDotSlash)
  return n.ok ? n.path : undefined
}

function watchedPath(configPath: string): string | undefined {
  const watched = normalizePath(configPath)
  return watched.ok ? watched.path : undefined
}

/** Whether any proposal touches the watched config file, so that its change must be judged. */
export function touchesWatchedConfig(proposals: readonly ProposalUnderReview[], configPath: string): boolean {
  const watched = watchedPath(configPath)
  if (watched === undefined) return false
  return proposals.some(p => {
    const strip = p.source === 'claimed'
    return p.files.some(
      f =>
        rulePath(f.path, strip) === watched ||
        (f.previousPath !== undefined && rulePath(f.previousPath, strip) === watched)
    )
  })
}

function judgeProposal(
  proposal: ProposalUnderReview,
  config: Config,
  policy: CompiledPolicy,
  watchedConfig: string | undefined,
  judgeConfigChange: ConfigJudge
): ProposalVerdict {
  const rails = config.safetyRails
  const wildcard = config.wildcardFeature
  const violations: Violation[] = []
  const seen = new Set<string>()
  const add = (rule: RuleId, message: string, path?: string) => {
    const key = `${rule}\0${path ?? ''}\0${message}`
    if (seen.has(key)) return
    seen.add(key)
    violations.push(path === undefined ? { rule, message } : { rule, path, message })
  }

  const risk = proposal.riskLevel
  if (!Number.isInteger(risk) || risk < 0 || risk >= NEVER_ALLOWED_RISK) {
    add('risk-too-high', `risk ${risk} is never allowed: risk 4 and 5 always fail, and the scale is 0 to 5`)
  } else if (risk > rails.maxRiskLevel) {
    add('risk-too-high', `risk ${risk} is above safetyRails.maxRiskLevel ${rails.maxRiskLevel}`)
  }
  const isWildcard = proposal.type === 'wildcard'
  if (!rails.allowedChangeTypes.includes(proposal.type)) {
    add('type-not-allowed', `the type ${q(proposal.type)} is not in safetyRails.allowedChangeTypes`)
  }
  if (isWildcard) {
    if (!wildcard.enabled)
      add('wildcard-disabled', 'a wildcard was proposed, but wildcardFeature.enabled is false')
    if (!(risk <= wildcard.maxRiskLevel)) {
      add('wildcard-risk', `risk ${risk} is above wildcardFeature.maxRiskLevel ${wildcard.maxRiskLevel}`)
    }
  }
  const typeSet = isWildcard ? policy.wildcardPaths : policy.typePaths.get(proposal.type)
  const stripDotSlash = proposal.source === 'claimed'

  const distinct = new Set<string>()
  let additions = 0
  let deletions = 0
  let binaryFiles = 0
  let touchesConfig = false
  const judgePath = (raw: string) => {
    let path = normalizedQuickly(raw, stripDotSlash)
    if (path === undefined) {
      const n = normalizePath(raw, stripDotSlash)
      if (!n.ok) {
        add('invalid-path', `${q(raw)} is not a valid repository path: ${n.reason}`, raw)
        return
      }
      path = n.path
    }
    if (path === watchedConfig) touchesConfig = true
    if (policy.blocked.test(path)) {
      add(
        'blocked-path',
        `${q(path)} matches the blocked pattern ${q(policy.blocked.which(path) ?? '?')}`,
        raw
      )
    } else if (!policy.allowed.test(path)) {
      add('path-not-allowed', `${q(path)} matches no pattern in safetyRails.allowedPaths`, raw)
    }
    if (proposal.exemptFromTypePaths === true) {
      // A revert restores what the reverted change touched: no type-path rule applies.
    } else if (isWildcard) {
      if (!policy.wildcardPaths.test(path)) {
        add(
          'wildcard-path',
          `${q(path)} is outside the typePaths of wildcardFeature.allowedTypes (${wildcard.allowedTypes.join(', ') || 'none'})`,
          raw
        )
      }
    } else if (!typeSet || !typeSet.test(path)) {
      add('type-path-mismatch', `${q(path)} is outside safetyRails.typePaths.${proposal.type}`, raw)
    }
  }
  for (const file of proposal.files) {
    distinct.add(file.path)
    judgePath(file.path)
    if (file.previousPath !== undefined && file.previousPath !== file.path) judgePath(file.previousPath)
    const removed = file.status === 'deleted'
    if (!removed && (file.mode === SYMLINK || file.previousMode === SYMLINK)) {
      add(
        'symlink',
        `${q(file.path)} ${file.mode === SYMLINK ? 'is' : 'was'} a symbolic link (mode 120000)`,
        file.path
      )
    }
    if (!removed && (file.mode === GITLINK || file.previousMode === GITLINK)) {
      add(
        'submodule',
        `${q(file.path)} ${file.mode === GITLINK ? 'is' : 'was'} a submodule (mode 160000)`,
        file.path
      )
    }
    const counted = (n: number | null) => n === null || (Number.isSafeInteger(n) && n >= 0)
    if (!counted(file.additions) || !counted(file.deletions)) {
      // Only a caller bypassing the readers could send this; it cannot be counted, so it fails.
      add(
        'max-lines',
        `${q(file.path)} has line counts that are not whole numbers of zero or more`,
        file.path
      )
    } else if (file.binary || file.additions === null || file.deletions === null) {
      binaryFiles++
      if (!rails.allowBinaryFiles) {
        add(
          'binary-file',
          `${q(file.path)} is a binary file; safetyRails.allowBinaryFiles is false`,
          file.path
        )
      }
    } else {
      additions += file.additions
      deletions += file.deletions
    }
    if (file.secrets && file.secrets.length > 0) {
      add(
        'secret-in-content',
        `an added line in ${q(file.path)} carries a credential (${file.secrets.join(', ')})`,
        file.path
      )
    }
  }

  const stats: ProposalStats = {
    files: distinct.size,
    additions,
    deletions,
    linesChanged: additions + deletions,
    binaryFiles
  }
  if (stats.linesChanged > rails.diffCaps.maxLinesOfCode) {
    add(
      'max-lines',
      `${stats.linesChanged} changed lines (additions + deletions) exceed safetyRails.diffCaps.maxLinesOfCode ${rails.diffCaps.maxLinesOfCode}`
    )
  }
  if (stats.files > rails.diffCaps.maxFilesChanged) {
    add(
      'max-files',
      `${stats.files} changed files exceed safetyRails.diffCaps.maxFilesChanged ${rails.diffCaps.maxFilesChanged}`
    )
  }
  if (stats.files > MAX_FILES_IN_A_CHANGE) {
    add(
      'too-large',
      `${stats.files} changed files exceed the ${MAX_FILES_IN_A_CHANGE} files GitHub lists for a pull request`
    )
  }
  if (touchesConfig && watchedConfig !== undefined) {
    // A deletion or a rename away fails whatever the reader could tell about the content.
    const removed = proposal.files.some(
      f =>
        (f.status === 'deleted' && normalizedQuickly(f.path, stripDotSlash) === watchedConfig) ||
        (f.previousPath !== undefined &&
          f.status === 'renamed' &&
          normalizedQuickly(f.previousPath, stripDotSlash) === watchedConfig &&
          normalizedQuickly(f.path, stripDotSlash) !== watchedConfig)
    )
    const change = removed ? { before: null, after: null } : proposal.configFile
    for (const message of judgeConfigChange(change, watchedConfig)) {
      add('config-loosened', message, watchedConfig)
    }
  }

  return {
    title: proposal.title,
    type: proposal.type,
    riskLevel: proposal.riskLevel,
    ...(proposal.effort !== undefined ? { effort: proposal.effort } : {}),
    ...(proposal.description !== undefined ? { description: proposal.description } : {}),
    source: proposal.source,
    allowed: violations.length === 0,
    stats,
    violations,
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
 * Judge every proposal, with `judgeConfigChange` for the config-loosened rule (evaluate.ts
 * wires the real one). A wildcard uses the day's one slot only when it is otherwise allowed,
 * the same rule the database's unique index enforces: a later one in the same check, or any
 * when one is already recorded today, fails wildcard-daily-limit.
 */
export function evaluateWith(input: EvaluateInput, judgeConfigChange: ConfigJudge): PolicyResult {
  const policy = compilePolicy(input.config)
  const watchedConfig = watchedPath(input.configPath)
  const verdicts = input.proposals.map(p =>
    judgeProposal(p, input.config, policy, watchedConfig, judgeConfigChange)
  )
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
