/**
 * The hand-over: the loop's result as a proposals file in the existing schema
 * (src/policy/proposals-file.ts), with the agent's record (engine, version, model, turns, tokens,
 * cost, duration, rounds, exit status) and `noop` when nothing is proposed. The rails read it like
 * any proposals file and judge every proposal again; the SHA-256 of the exact bytes written is the
 * step's output, so the rails can tell the file they read is the one written.
 */
import { createHash } from 'node:crypto'
import { rmSync, writeFileSync } from 'node:fs'
import { proposalsFileSchema, type AgentRecord, type ProposalsFile } from '../policy/proposals-file.js'
import { cap } from '../text/escape.js'
import type { LoopResult } from './loop.js'
import { engineFailure, exitStatusOf, type EngineName, type EngineRun, type TokenUsage } from './types.js'

export type { AgentExitStatus } from './types.js'

// The record's exit status is worked out with the failure, in one place.
export { exitStatusOf } from './types.js'

function sum(values: Array<number | undefined>): number | undefined {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0)
  return known.length === 0 ? undefined : known.reduce((a, b) => a + b, 0)
}

function sumTokens(runs: EngineRun[]): TokenUsage | undefined {
  const counted = runs.map(r => r.tokens).filter((t): t is TokenUsage => t !== undefined)
  if (counted.length === 0) return undefined
  const whole = (n: number) => Math.max(0, Math.floor(n))
  const cached = sum(counted.map(t => t.cached))
  return {
    input: whole(counted.reduce((a, t) => a + t.input, 0)),
    output: whole(counted.reduce((a, t) => a + t.output, 0)),
    ...(cached !== undefined ? { cached: whole(cached) } : {})
  }
}

/** The agent block: sums over every round, the last run's exit status. */
export function agentRecord(
  result: LoopResult,
  opts: { engine: EngineName; model?: string; engineVersion?: string }
): AgentRecord {
  const runs = result.rounds.map(r => r.run)
  const lastRun = runs.at(-1)
  const version = opts.engineVersion ?? runs.find(r => r.engineVersion)?.engineVersion
  const turns = sum(runs.map(r => r.turns))
  const tokens = sumTokens(runs)
  const cost = sum(runs.map(r => r.costUsd))
  const failure = result.failure ?? (lastRun ? engineFailure(lastRun) : undefined)
  return {
    engine: opts.engine,
    ...(version ? { engineVersion: cap(version, 200) } : {}),
    ...(opts.model ? { model: cap(opts.model, 200) } : {}),
    ...(turns !== undefined ? { turns: Math.floor(turns) } : {}),
    ...(tokens ? { tokens } : {}),
    // Rounded to a millionth of a dollar: sums of floats drift.
    ...(cost !== undefined ? { costUsd: Math.round(cost * 1e6) / 1e6 } : {}),
    durationMs: Math.max(0, Math.round(sum(runs.map(r => r.durationMs)) ?? 0)),
    rounds: result.rounds.length,
    roundVerdicts: result.rounds.map(r => ({
      round: r.round,
      outcome: r.outcome,
      allowed: r.verdict?.allowed ?? false,
      rules: r.verdict?.rules ?? []
    })),
    exitStatus: lastRun ? exitStatusOf(lastRun) : 'ok',
    ...(lastRun ? { exitCode: lastRun.exitCode } : {}),
    ...(failure !== undefined ? { failure: cap(failure, 600) } : {})
  }
}

/** The proposals file's document for the loop's result. */
export function proposalsDocument(
  result: LoopResult,
  opts: { engine: EngineName; model?: string; engineVersion?: string }
): ProposalsFile {
  const proposals = result.proposals.map(p => ({
    title: p.title,
    type: p.type,
    riskLevel: p.riskLevel,
    ...(p.effort !== undefined ? { effort: p.effort } : {}),
    ...(p.description !== undefined ? { description: p.description } : {}),
    patch: p.patch,
    ...(p.metadataProblem !== undefined ? { metadataProblem: cap(p.metadataProblem, 1000) } : {})
  }))
  const document: ProposalsFile = {
    proposals,
    agent: agentRecord(result, opts),
    ...(result.noop !== undefined ? { noop: cap(result.noop, 1000) } : {})
  }
  // What is written must be what the rails accept.
  return proposalsFileSchema.parse(document)
}

/** Write the document to `path` and return the SHA-256 of the bytes written (hex). */
export function writeProposals(path: string, document: ProposalsFile): { sha256: string; bytes: number } {
  const bytes = Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8')
  // A new file, never through a link left in its place: unlink removes a link itself, and 'wx'
  // refuses whatever appeared there since.
  rmSync(path, { force: true })
  writeFileSync(path, bytes, { mode: 0o644, flag: 'wx' })
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }
}

/** proposalsDocument then writeProposals. */
export function handOver(
  path: string,
  result: LoopResult,
  opts: { engine: EngineName; model?: string; engineVersion?: string }
): { sha256: string; bytes: number; document: ProposalsFile } {
  const document = proposalsDocument(result, opts)
  return { ...writeProposals(path, document), document }
}
