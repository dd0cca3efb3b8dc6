/**
 * The hand-over: the loop's result as a proposals file in the existing schema, with the agent's
 * record and its SHA-256; the rails read it like any proposals file (src/daily/judge.ts,
 * `self-evolution check --proposals`) and block a change without valid metadata.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { collectChange, preparePrivateGit, type PrivateGit } from '../../src/agent/collect.js'
import { agentRecord, exitStatusOf, handOver } from '../../src/agent/handover.js'
import { gitJudge, proposeWithCorrections, type LoopResult } from '../../src/agent/loop.js'
import { readProposalFile } from '../../src/agent/proposal-file.js'
import { restoreCheckout } from '../../src/agent/restore.js'
import type { EngineRun, RoundRequest } from '../../src/agent/types.js'
import { defaultConfig, validateConfig } from '../../src/config/load.js'
import type { Config } from '../../src/config/schema.js'
import { loadProposals } from '../../src/daily/judge.js'
import { evaluateProposals, proposalsFileSchema } from '../../src/policy/index.js'
import type { Inputs } from '../../src/runtime/inputs.js'
import { runCheck } from '../policy/check-io.js'
import {
  contractDir,
  engineRun,
  makeRepo,
  removeTemps,
  standIn,
  tempDir,
  writeIn,
  writeProposal,
  type Repo
} from './fixture.js'

afterAll(removeTemps)
const opened: PrivateGit[] = []
afterAll(() => opened.forEach(p => p.cleanup()))

const CONFIG_PATH = '.github/self-evolution-config.json'
const inputs = (file: string) => ({ proposals: file, proposalsSha256: '' }) as unknown as Inputs

async function propose(
  repo: Repo,
  rounds: (proposal: string) => Array<(request: RoundRequest) => Partial<EngineRun> | void>,
  config: Config,
  retries: number
): Promise<LoopResult> {
  const contract = contractDir()
  const p = await preparePrivateGit({ checkout: repo.dir, base: repo.base })
  opened.push(p)
  return proposeWithCorrections({
    runEngine: standIn(rounds(contract.proposal)),
    collect: () => collectChange(p),
    readProposal: () => readProposalFile(contract.proposal),
    judge: gitJudge({ config, configPath: CONFIG_PATH, repo: p.gitDir, base: p.base }),
    restore: () => restoreCheckout(p),
    prompt: 'PROMPT',
    retries,
    proposalFile: contract.proposal
  })
}

const lines = (n: number) => Array.from({ length: n }, (_, i) => `Step ${i + 1}.\n`).join('')
const meta = (title: string) => ({ title, type: 'cleanup', riskLevel: 0, effort: 1, description: 'Clearer.' })

describe('handOver', () => {
  it('writes the second round’s change with the agent block (2 rounds, summed cost) and its SHA-256; the rails load and allow it', async () => {
    const repo = makeRepo({ 'docs/guide.md': 'Start.\n' })
    const config = validateConfig({ safetyRails: { diffCaps: { maxLinesOfCode: 20 } } })
    if (!config.ok) throw new Error('config')
    const result = await propose(
      repo,
      proposal => [
        () => {
          writeIn(repo.dir, 'docs/guide.md', lines(30))
          writeProposal(proposal, meta('long'))
          return {
            engine: 'claude',
            costUsd: 0.1,
            turns: 4,
            tokens: { input: 1000, output: 200 },
            sessionId: 's',
            engineVersion: '2.1.0'
          }
        },
        () => {
          writeIn(repo.dir, 'docs/guide.md', lines(4))
          writeProposal(proposal, meta('short'))
          return { engine: 'claude', costUsd: 0.2, turns: 2, tokens: { input: 500, output: 100, cached: 50 } }
        }
      ],
      config.config,
      1
    )
    const file = join(tempDir(), 'proposals.json')
    const out = handOver(file, result, { engine: 'claude', model: 'a-model' })
    const bytes = readFileSync(file)
    expect(out.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    const written = JSON.parse(bytes.toString('utf8'))
    expect(written.proposals).toEqual([
      expect.objectContaining({
        title: 'short',
        type: 'cleanup',
        riskLevel: 0,
        effort: 1,
        patch: expect.any(String)
      })
    ])
    expect(written.agent).toEqual({
      engine: 'claude',
      engineVersion: '2.1.0',
      model: 'a-model',
      turns: 6,
      tokens: { input: 1500, output: 300, cached: 50 },
      costUsd: 0.3,
      durationMs: 2000,
      rounds: 2,
      roundVerdicts: [
        { round: 1, outcome: 'blocked', allowed: false, rules: ['max-lines'] },
        { round: 2, outcome: 'allowed', allowed: true, rules: [] }
      ],
      exitStatus: 'ok',
      exitCode: 0
    })
    expect(written.noop).toBeUndefined()

    const loaded = await loadProposals(inputs(file), repo.dir, null, CONFIG_PATH, { onGitHub: false })
    expect(loaded.agent).toEqual(written.agent)
    expect(loaded.proposals.map(p => p.reader)).toEqual(['git-apply'])
    const verdicts = evaluateProposals({
      config: config.config,
      configPath: CONFIG_PATH,
      proposals: loaded.proposals.map(p => p.proposal)
    })
    expect(verdicts.allowed).toBe(true)
  })

  it('blocks a change without valid metadata by proposal-metadata-invalid, through check --proposals', async () => {
    const repo = makeRepo({ 'docs/guide.md': 'Start.\n' })
    const result = await propose(
      repo,
      proposal => [
        () => {
          writeIn(repo.dir, 'docs/guide.md', 'Start here.\n')
          writeProposal(proposal, '{"title": "no type"')
        }
      ],
      defaultConfig(),
      0
    )
    const file = join(tempDir(), 'proposals.json')
    handOver(file, result, { engine: 'command' })
    const written = JSON.parse(readFileSync(file, 'utf8'))
    expect(written.proposals[0]).toEqual(
      expect.objectContaining({
        type: 'cleanup',
        riskLevel: 0,
        metadataProblem: 'the proposal file is not valid JSON'
      })
    )
    const r = await runCheck(['--proposals', file, '--repo', repo.dir, '--json'], repo.dir)
    expect(r.code).toBe(1)
    const [verdict] = JSON.parse(r.stdout).proposals
    expect(verdict.violations).toEqual([
      {
        rule: 'proposal-metadata-invalid',
        message: expect.stringContaining('the proposal file is not valid JSON')
      }
    ])
    const loaded = await loadProposals(inputs(file), repo.dir, null, CONFIG_PATH, { onGitHub: false })
    expect(
      evaluateProposals({
        config: defaultConfig(),
        configPath: CONFIG_PATH,
        proposals: loaded.proposals.map(p => p.proposal)
      }).proposals[0].violations.map(v => v.rule)
    ).toEqual(['proposal-metadata-invalid'])
  })

  it('writes a noop as an empty list with the agent’s words, which the rails load', async () => {
    const repo = makeRepo({ 'docs/guide.md': 'Start.\n' })
    const result = await propose(
      repo,
      proposal => [() => void writeProposal(proposal, { withdraw: true, reason: 'The guide is fine.' })],
      defaultConfig(),
      1
    )
    const file = join(tempDir(), 'proposals.json')
    handOver(file, result, { engine: 'command' })
    const loaded = await loadProposals(inputs(file), repo.dir, null, CONFIG_PATH, { onGitHub: false })
    expect(loaded.proposals).toEqual([])
    expect(loaded.noop).toBe('The guide is fine.')
    expect(loaded.agent?.roundVerdicts).toEqual([
      { round: 1, outcome: 'withdrawn', allowed: false, rules: [] }
    ])
  })

  it('records a failing engine: its exit status and the failure', () => {
    const result: LoopResult = {
      proposals: [],
      rounds: [
        {
          round: 1,
          outcome: 'engine-failed',
          run: engineRun({ timedOut: true, exitCode: null, signal: 'SIGKILL', durationMs: 600000 })
        }
      ],
      failure: "the command engine hit the action's timeout after 600 s"
    }
    expect(agentRecord(result, { engine: 'command' })).toEqual({
      engine: 'command',
      durationMs: 600000,
      rounds: 1,
      roundVerdicts: [{ round: 1, outcome: 'engine-failed', allowed: false, rules: [] }],
      exitStatus: 'timed-out',
      exitCode: null,
      failure: "the command engine hit the action's timeout after 600 s"
    })
  })

  it('names every way an engine run ends', () => {
    expect(exitStatusOf(engineRun())).toBe('ok')
    expect(exitStatusOf(engineRun({ exitCode: 2 }))).toBe('exit-code')
    expect(exitStatusOf(engineRun({ exitCode: null, signal: 'SIGTERM' }))).toBe('signal')
    expect(exitStatusOf(engineRun({ isError: true, exitCode: 1 }))).toBe('is-error')
    expect(exitStatusOf(engineRun({ budgetReached: true, isError: true }))).toBe('budget-reached')
    expect(exitStatusOf(engineRun({ timedOut: true, budgetReached: true }))).toBe('timed-out')
  })

  it('the proposals schema refuses an unknown key in the agent block', () => {
    const agent = agentRecord({ proposals: [], rounds: [] }, { engine: 'codex' })
    expect(proposalsFileSchema.safeParse({ proposals: [], agent }).success).toBe(true)
    expect(proposalsFileSchema.safeParse({ proposals: [], agent: { ...agent, token: 'x' } }).success).toBe(
      false
    )
  })
})
