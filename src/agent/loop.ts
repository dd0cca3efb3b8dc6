/**
 * The self-correction loop: run the engine, collect its change with git, read its proposal file,
 * judge the result with the policy engine and the committed config, and, while the change is
 * blocked and a retry remains, put the checkout back (src/agent/restore.ts) and prompt again with
 * the violations as sentences.
 *
 * - A secret or threat violation ends the rounds at once: the agent must not probe the thresholds.
 * - A failing engine run (engineFailure) ends the loop with that failure.
 * - A change without valid metadata is a `cleanup` of risk 0 carrying `metadataProblem`, which the
 *   rails block (proposal-metadata-invalid); it may be corrected like any other block.
 * - A withdrawal, or no change at all, hands over nothing, with `noop` in the agent's words.
 * - After the last round, what there is is handed over: the rails judge it again.
 *
 * The engine, the collector, the judge and the restorer are injected; `gitJudge` is the judge the
 * action uses, the same the rails apply.
 */
import type { Config } from '../config/schema.js'
import { evaluateProposals } from '../policy/engine.js'
import { judgePatchesWithGit } from '../policy/judge-patches.js'
import type { ProposalUnderReview, ProposalVerdict, RuleId, Violation } from '../policy/types.js'
import { cleanText } from '../reflection/sanitize.js'
import type { Collected, CollectedFile } from './collect.js'
import { correctionPrompt } from './prompt.js'
import type { ProposalFileReading } from './proposal-file.js'
import { engineFailure, type EngineRun, type EngineRunner } from './types.js'

/** Rules that end the rounds at once: the agent must not learn where their thresholds lie. */
export const FINAL_RULES: readonly RuleId[] = [
  'secret-in-content',
  'hidden-text',
  'ci-skip-marker',
  'encoded-payload',
  'fetch-and-run',
  'new-url-host'
]

/** The longest noop text handed over (code points; at most twice as many UTF-16 units). */
export const MAX_NOOP_CHARS = 1000

/** The title of a change whose proposal file was missing or invalid. */
export const UNLABELED_TITLE = 'A change without valid proposal metadata'

/** A change the agent made, with its metadata: what is judged and handed over. */
export type AgentCandidate = {
  title: string
  type: ProposalUnderReview['type']
  riskLevel: number
  effort?: number
  description?: string
  /** git's patch against the base (src/agent/collect.ts), never the agent's. */
  patch: string
  /** The files git says changed. */
  files: CollectedFile[]
  metadataProblem?: string
}

export type Judge = (candidate: AgentCandidate) => ProposalVerdict | Promise<ProposalVerdict>

export type RoundOutcome = 'allowed' | 'blocked' | 'noop' | 'withdrawn' | 'engine-failed'

export type RoundRecord = {
  round: number
  outcome: RoundOutcome
  /** The verdict's summary, for a round whose change was judged. */
  verdict?: { allowed: boolean; rules: RuleId[] }
  run: EngineRun
}

export type LoopResult = {
  /** 0 or 1: one working tree gives one patch. */
  proposals: AgentCandidate[]
  /** The verdict on the proposal handed over, as the agent step judged it. */
  verdict?: ProposalVerdict
  /** Why nothing is handed over, in the agent's words (capped and sanitized). */
  noop?: string
  rounds: RoundRecord[]
  /** One sentence: the engine failed, or its change could not be collected. */
  failure?: string
  /** The rounds ended early on a secret or threat rule. */
  stoppedOn?: RuleId
}

export type LoopOptions = {
  runEngine: EngineRunner
  collect: () => Promise<Collected>
  /** Reads and validates the proposal file (readProposalFile with its path). */
  readProposal: () => ProposalFileReading
  judge: Judge
  /** Puts the checkout back (restoreCheckout); run after every engine run, the last one too. */
  restore?: () => Promise<unknown>
  /** The first round's prompt (buildPrompt). */
  prompt: string
  /** Self-correction rounds after the first, 0 to 2. */
  retries: number
  /** The proposal file's absolute path, named in the correction prompt. */
  proposalFile?: string
}

/** Plain words of the agent for `noop`: sanitized, capped, never empty. */
export function noopWords(text: string | undefined, fallback: string): string {
  const words = cleanText(text ?? '', MAX_NOOP_CHARS, { multiline: true })
  return words === '' ? fallback : words
}

type Reading = { candidate: AgentCandidate } | { noop: string; outcome: 'noop' | 'withdrawn' }

/** What a round produced: the change with its metadata, or nothing and why (pure). */
export function readRound(collected: Collected, reading: ProposalFileReading, run: EngineRun): Reading {
  if (reading.kind === 'withdrawn')
    return { outcome: 'withdrawn', noop: noopWords(reading.reason, 'The agent withdrew its change.') }
  if (collected.patch === '') {
    const said =
      reading.kind === 'proposal'
        ? `The agent described a change ("${reading.proposal.title}") but left the working tree as it was.`
        : run.finalMessage
    return { outcome: 'noop', noop: noopWords(said, 'The agent changed nothing and gave no reason.') }
  }
  const base = { patch: collected.patch, files: collected.files }
  if (reading.kind === 'proposal') return { candidate: { ...reading.proposal, ...base } }
  const problem = reading.kind === 'missing' ? 'the agent wrote no proposal file' : reading.problem
  return {
    candidate: { title: UNLABELED_TITLE, type: 'cleanup', riskLevel: 0, ...base, metadataProblem: problem }
  }
}

function summary(verdict: ProposalVerdict): { allowed: boolean; rules: RuleId[] } {
  return { allowed: verdict.allowed, rules: [...new Set(verdict.violations.map(v => v.rule))] }
}

/** The prompt of the next round: the correction alone when the session resumes, else after the first prompt. */
function nextRequest(opts: LoopOptions, run: EngineRun, violations: Violation[], round: number) {
  const correction = correctionPrompt(violations, round, {
    ...(opts.proposalFile ? { proposalFile: opts.proposalFile } : {}),
    roundsLeft: opts.retries + 1 - round
  })
  return run.sessionId
    ? { round, prompt: correction, resumeSession: run.sessionId }
    : { round, prompt: `${opts.prompt}\n\n${correction}` }
}

/** The rounds (see the module's comment). */
export async function proposeWithCorrections(opts: LoopOptions): Promise<LoopResult> {
  const rounds: RoundRecord[] = []
  const last = 1 + Math.max(0, Math.min(2, Math.floor(opts.retries)))
  let request: { round: number; prompt: string; resumeSession?: string } = { round: 1, prompt: opts.prompt }
  for (;;) {
    const round = request.round
    try {
      // Inside the try: whatever the engine left in .git and the instruction files is put back even
      // when running it throws.
      const run = await opts.runEngine(request)
      const failure = engineFailure(run)
      if (failure !== undefined) {
        rounds.push({ round, outcome: 'engine-failed', run })
        return { proposals: [], rounds, failure }
      }
      let collected: Collected
      try {
        collected = await opts.collect()
      } catch (error) {
        rounds.push({ round, outcome: 'engine-failed', run })
        const why = cleanText((error as Error).message, 300)
        return { proposals: [], rounds, failure: `the agent's change could not be collected: ${why}` }
      }
      const read = readRound(collected, opts.readProposal(), run)
      if (!('candidate' in read)) {
        rounds.push({ round, outcome: read.outcome, run })
        return { proposals: [], noop: read.noop, rounds }
      }
      const verdict = await opts.judge(read.candidate)
      rounds.push({ round, outcome: verdict.allowed ? 'allowed' : 'blocked', verdict: summary(verdict), run })
      const final = verdict.violations.find(v => FINAL_RULES.includes(v.rule))
      const done = { proposals: [read.candidate], verdict, rounds }
      if (verdict.allowed) return done
      if (final) return { ...done, stoppedOn: final.rule }
      if (round >= last) return done
      request = nextRequest(opts, run, verdict.violations, round + 1)
    } finally {
      await opts.restore?.()
    }
  }
}

/**
 * The judge the action uses: git applies the patch onto the base in the private repository
 * (src/policy/judge-patches.ts, as the rails do), and the policy engine judges it with the
 * committed config. Without the database, the wildcard's daily limit is left to the rails.
 */
export function gitJudge(opts: { config: Config; configPath: string; repo: string; base: string }): Judge {
  return async candidate => {
    const proposal: ProposalUnderReview = {
      title: candidate.title,
      type: candidate.type,
      riskLevel: candidate.riskLevel,
      ...(candidate.effort !== undefined ? { effort: candidate.effort } : {}),
      ...(candidate.description !== undefined ? { description: candidate.description } : {}),
      ...(candidate.metadataProblem !== undefined ? { metadataProblem: candidate.metadataProblem } : {}),
      source: 'patch',
      files: []
    }
    const judged = await judgePatchesWithGit([{ proposal, patch: candidate.patch }], {
      repo: opts.repo,
      base: opts.base,
      configPath: opts.configPath
    })
    const result = evaluateProposals({
      config: opts.config,
      configPath: opts.configPath,
      proposals: judged.proposals.map(p => p.proposal)
    })
    return result.proposals[0]
  }
}
