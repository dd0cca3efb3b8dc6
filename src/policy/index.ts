/**
 * The policy engine and its readers. `evaluateProposals` is pure (no I/O, no clock) and is what
 * the action's main step and the `check` command both call; the readers are the thin layer that
 * turns git, a unified diff or a proposals file into proposals under review.
 */
export { evaluateProposals, compilePolicy, MAX_FILES_IN_A_CHANGE, NEVER_ALLOWED_RISK } from './engine.js'
export type { EvaluateInput } from './engine.js'
export { PolicyInputError } from './errors.js'
export { normalizePath, compileBlocked, compileAnchored, blockedGlobs } from './paths.js'
export { isGitDirectoryAlias } from './normalize.js'
export type { NormalizedPath, PatternSet } from './paths.js'
export { judgeConfigChange, loosenedKeys, declaredDirection } from './config-loosened.js'
export { assessRisk, describeRisk, isOnScale, loosenedFloors } from './risk.js'
export type { RiskAssessment, RiskRaise } from './risk.js'
export { findSecrets, SECRET_FORMATS } from './secrets.js'
export { parseUnifiedDiff, applyHunks } from './unified-diff.js'
export type { Hunk, PatchFile } from './unified-diff.js'
export {
  readProposalsFile,
  readPatchChanges,
  proposalsFileSchema,
  proposalsJsonSchema,
  agentRecordSchema,
  AGENT_EXIT_STATUSES,
  ROUND_OUTCOMES,
  MAX_PROPOSALS
} from './proposals-file.js'
export type { AgentRecord, FileReader, ProposalsFile, ReadProposals } from './proposals-file.js'
export { readGitChanges, readGitFile, parseRange } from './git.js'
export type { GitChanges, GitRange } from './git.js'
export { RULE_IDS } from './types.js'
export type {
  ChangeSource,
  ChangeType,
  ConfigFileChange,
  FileChange,
  FileStatus,
  PolicyResult,
  ProposalStats,
  ProposalUnderReview,
  ProposalVerdict,
  RuleId,
  Violation
} from './types.js'
