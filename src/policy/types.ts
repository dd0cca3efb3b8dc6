/**
 * The data the policy engine judges and the verdict it returns. Everything here is plain data:
 * the readers (git, unified diff, proposals file) produce it, the pure engine consumes it.
 */
import type { ChangeType } from '../config/schema.js'
import type { ThreatFinding, UrlHostFinding } from './threats.js'

export type { ChangeType }

/** Where a proposal's list of changes came from, from most to least trustworthy. */
export type ChangeSource = 'git' | 'patch' | 'claimed'

export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied'

/** One changed file. Paths are as the source wrote them; the engine normalizes them. */
export type FileChange = {
  /** The new path; for a deletion, the deleted path. */
  path: string
  /** The old path of a rename or copy. */
  previousPath?: string
  status: FileStatus
  /** Lines added and deleted, as git numstat counts them; null for a binary file. */
  additions: number | null
  deletions: number | null
  binary: boolean
  /** Git modes as six octal digits: 100644, 100755, 120000 (symlink), 160000 (submodule). */
  mode?: string
  previousMode?: string
  /** Credential formats found in this file's added lines (patch and git sources only). */
  secrets?: string[]
  /** hidden-text, encoded-payload and fetch-and-run findings in added lines (src/policy/threats.ts). */
  threats?: ThreatFinding[]
  /** Hosts the added lines link to that the file's removed and context lines do not name (new-url-host). */
  urlHosts?: UrlHostFinding[]
}

/** The watched config file's text before and after the change, supplied by the reader. */
export type ConfigFileChange = {
  /** null: the file did not exist before the change (the defaults applied). */
  before: string | null
  /** null: the change removes it. undefined: cannot be known (see unknownReason). */
  after?: string | null
  unknownReason?: string
}

export type ProposalUnderReview = {
  title: string
  description?: string
  type: ChangeType
  riskLevel: number
  effort?: number
  source: ChangeSource
  files: FileChange[]
  /** Present when the reader could read the watched config file (patch and git sources). */
  configFile?: ConfigFileChange
  /**
   * A revert of a recorded change (the gate): judged by every rail except the type-path rules
   * (type-path-mismatch, wildcard-path), since it restores what the reverted change touched.
   */
  exemptFromTypePaths?: boolean
  /**
   * The patch could not be judged as written: git refused to apply it onto the base
   * (patch-rejected), or the text reader does not fully understand it (patch-unreadable). The
   * proposal is blocked; `files` then holds whatever could be read, possibly nothing.
   */
  patchProblem?: PatchProblem
  /** The messages of the commits that carry the change (the gate), judged like the title. */
  commitMessages?: string[]
  /**
   * The agent changed files but its proposal file was missing or invalid (src/agent/collect.ts):
   * the change is handed over as a `cleanup` of risk 0 and blocked by proposal-metadata-invalid.
   * One sentence saying what was wrong; hostile text.
   */
  metadataProblem?: string
}

/** Why a proposal's patch could not be judged; always a violation of its rule. */
export type PatchProblem = { rule: 'patch-rejected' | 'patch-unreadable'; message: string }

export const RULE_IDS = [
  'invalid-path',
  'blocked-path',
  'path-not-allowed',
  'symlink',
  'submodule',
  'binary-file',
  'max-lines',
  'max-files',
  'risk-too-high',
  'type-not-allowed',
  'type-path-mismatch',
  'wildcard-disabled',
  'wildcard-risk',
  'wildcard-path',
  'wildcard-daily-limit',
  'config-loosened',
  'secret-in-content',
  'too-large',
  'patch-rejected',
  'patch-unreadable',
  'hidden-text',
  'ci-skip-marker',
  'encoded-payload',
  'fetch-and-run',
  'new-url-host',
  'proposal-metadata-invalid'
] as const

export type RuleId = (typeof RULE_IDS)[number]

export type Violation = { rule: RuleId; path?: string; message: string }

export type ProposalStats = {
  /** Distinct changed files; a rename counts as one. */
  files: number
  /** Sums over the text files; binary files have no line count and are counted in binaryFiles. */
  additions: number
  deletions: number
  linesChanged: number
  binaryFiles: number
}

export type ProposalVerdict = {
  title: string
  type: ChangeType
  /** The risk the proposal declared. */
  riskLevel: number
  /**
   * The risk the rules judged: the declared one raised by every floor of safetyRails.riskFloors
   * and safetyRails.sizeFloors that applies (src/policy/risk.ts).
   */
  effectiveRisk: number
  /** The config keys of the floors that raised the risk above the declared one, such as `safetyRails.riskFloors[3]`. */
  riskRaisedBy: string[]
  effort?: number
  description?: string
  source: ChangeSource
  allowed: boolean
  stats: ProposalStats
  violations: Violation[]
  /** The changes judged, as read (paths as the source wrote them). Not part of check's JSON. */
  files: FileChange[]
}

export type PolicyResult = { allowed: boolean; proposals: ProposalVerdict[] }
