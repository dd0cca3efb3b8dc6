/**
 * The example agent (examples/agent/fix-typos.mjs) as the `command` engine runs it: a real child
 * process in a real git repository made from examples/loop-repo, with the three contract files. Its
 * changes are then judged by the rails (`self-evolution check`) with the loop repository's config:
 * the first round's change is too large, the correction is allowed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseConfigText } from '../../src/config/load.js'
import type { Config } from '../../src/config/schema.js'
import { railsOf } from '../../src/reflection/rails.js'
import { correctionPrompt } from '../../src/agent/prompt.js'
import { runCli } from '../__fixtures__/cli.js'
import { gitAs, writeIn } from '../__fixtures__/git.js'

const AGENT = resolve('examples/agent/fix-typos.mjs')
const LOOP_REPO = resolve('examples/loop-repo')
const CONFIG_PATH = '.github/self-evolution-config.json'
const NOW = () => new Date('2026-11-25T03:00:00Z')

const scratch = mkdtempSync(join(tmpdir(), 'se-fix-typos-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
let made = 0

function loopConfig(): Config {
  const parsed = parseConfigText(readFileSync(join(LOOP_REPO, CONFIG_PATH), 'utf8'))
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.config
}

/** A fresh git repository holding examples/loop-repo (plus `extra` files), committed. */
function loopRepo(extra: Record<string, string> = {}): { repo: string; home: string } {
  const dir = join(scratch, `case-${++made}`)
  const repo = join(dir, 'repo')
  const home = join(dir, 'home')
  mkdirSync(home, { recursive: true })
  cpSync(LOOP_REPO, repo, { recursive: true })
  for (const [path, text] of Object.entries(extra)) writeIn(repo, path, text)
  const user = { name: 'tester', home }
  gitAs(user, repo, ['init', '--quiet'])
  gitAs(user, repo, ['add', '--all'])
  gitAs(user, repo, ['commit', '--quiet', '--no-gpg-sign', '-m', 'base'])
  return { repo, home }
}

type Contract = { prompt?: string; reflection?: unknown; env?: Record<string, string>; omit?: string }
type AgentRun = { status: number | null; stdout: string; stderr: string; proposal: unknown }

/** Runs the agent once in `repo` as the command engine would: the contract files outside the checkout. */
function runAgent(repo: string, home: string, contract: Contract = {}): AgentRun {
  const files = mkdtempSync(join(scratch, 'contract-'))
  const paths = {
    SELF_EVOLUTION_PROMPT_FILE: join(files, 'prompt.md'),
    SELF_EVOLUTION_REFLECTION_FILE: join(files, 'reflection.json'),
    SELF_EVOLUTION_PROPOSAL_FILE: join(files, 'proposal.json')
  }
  writeFileSync(paths.SELF_EVOLUTION_PROMPT_FILE, contract.prompt ?? 'Make one small, useful change.\n')
  const reflection = contract.reflection ?? { memory: [], rails: railsOf(loopConfig(), true) }
  writeFileSync(paths.SELF_EVOLUTION_REFLECTION_FILE, JSON.stringify(reflection))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    ...paths,
    ...contract.env
  }
  if (contract.omit) delete env[contract.omit]
  const r = spawnSync(process.execPath, [AGENT], { cwd: repo, env, encoding: 'utf8' })
  const proposalPath = paths.SELF_EVOLUTION_PROPOSAL_FILE
  const proposal = existsSync(proposalPath) ? JSON.parse(readFileSync(proposalPath, 'utf8')) : undefined
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, proposal }
}

/** The proposal contract, checked locally: the five fields with their types and ranges. */
function expectProposal(value: unknown): { title: string; description: string } {
  const p = value as Record<string, unknown>
  expect(Object.keys(p).sort()).toEqual(['description', 'effort', 'riskLevel', 'title', 'type'])
  expect(typeof p.title === 'string' && p.title.length > 0 && p.title.length <= 200).toBe(true)
  expect(p.type).toBe('cleanup')
  expect(p.riskLevel).toBe(0)
  expect(p.effort).toBe(1)
  expect(typeof p.description === 'string' && p.description.length > 0).toBe(true)
  return p as { title: string; description: string }
}

const git = (repo: string, home: string, ...args: string[]) => gitAs({ name: 'tester', home }, repo, args)
const changedFiles = (repo: string, home: string) =>
  git(repo, home, 'diff', '--name-only', 'HEAD').split('\n').filter(Boolean)
const read = (repo: string, path: string) => readFileSync(join(repo, path), 'utf8')

/**
 * The rails' verdict on the agent's proposal, with the working tree's change as its patch, under the
 * loop repository's config: the rule ids of the violations.
 */
async function railsRules(repo: string, home: string, proposal: unknown): Promise<string[]> {
  const patch = git(repo, home, 'diff', '--binary', 'HEAD') + '\n'
  const file = join(repo, '..', 'proposals.json')
  writeFileSync(file, JSON.stringify({ proposals: [{ ...(proposal as object), patch }] }))
  const r = await runCli(['check', '--proposals', file, '--json'], {
    cwd: repo,
    env: { PATH: process.env.PATH, HOME: home },
    now: NOW
  })
  expect(r.stderr).toBe('')
  const verdicts = JSON.parse(r.stdout).proposals as Array<{ violations: Array<{ rule: string }> }>
  expect(verdicts).toHaveLength(1)
  return verdicts[0].violations.map(v => v.rule)
}

const ALL_DOCS = [
  'docs/configuration.md',
  'docs/faq.md',
  'docs/getting-started.md',
  'docs/guide/troubleshooting.md'
]
// The correction section exactly as the action writes it (src/agent/prompt.ts).
const CORRECTION = correctionPrompt(
  [{ rule: 'max-files', message: '4 changed files exceed safetyRails.diffCaps.maxFilesChanged 2' }],
  2
)

describe('the loop repository', () => {
  it('holds a valid config that caps a change below the files with misspellings', () => {
    const config = loopConfig()
    expect(config.enabled).toBe(true)
    expect(config.dryRunMode).toBe(true)
    expect(config.safetyRails.diffCaps.maxFilesChanged).toBe(2)
    expect(ALL_DOCS.length).toBeGreaterThan(config.safetyRails.diffCaps.maxFilesChanged)
  })
})

describe('the example agent, round 1', () => {
  let repo: string
  let home: string
  let run: AgentRun
  beforeAll(() => {
    ;({ repo, home } = loopRepo())
    run = runAgent(repo, home)
  })

  it('fixes every misspelling in every allowed Markdown file and proposes a cleanup at risk 0', () => {
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    expect(changedFiles(repo, home)).toEqual(ALL_DOCS)
    const p = expectProposal(run.proposal)
    expect(p.title).toBe('Fix 11 misspellings in 4 Markdown files')
    expect(p.description).toContain('- untill -> until: 2')
    expect(p.description).toContain('- docs/guide/troubleshooting.md: 4 fixes')
    expect(run.stdout).toBe('Proposed: Fix 11 misspellings in 4 Markdown files\n')
    const text = read(repo, 'docs/guide/troubleshooting.md')
    expect(text).toContain('valid JSON. The bot prints') // case kept: Teh -> The
    expect(text).toContain('must receive messages')
    expect(text).toContain('accommodate a second copy')
  })

  it('leaves fenced code and inline code as they are', () => {
    expect(read(repo, 'docs/getting-started.md')).toContain(
      '# teh scripts below recieve their settings from the enviroment\n'
    )
    expect(read(repo, 'docs/getting-started.md')).toContain('your own environment')
    expect(read(repo, 'docs/configuration.md')).toContain('`recieve`: search for that spelling')
  })

  it('makes a change the rails block as too large', async () => {
    expect(await railsRules(repo, home, run.proposal)).toEqual(['max-files'])
  })
})

describe('the example agent, corrected', () => {
  it('narrows its change to the file with the most fixes when a correction names max-files', async () => {
    const { repo, home } = loopRepo()
    expect(runAgent(repo, home).status).toBe(0)
    const run = runAgent(repo, home, { prompt: CORRECTION })
    expect(run.status).toBe(0)
    expect(changedFiles(repo, home)).toEqual(['docs/guide/troubleshooting.md'])
    const p = expectProposal(run.proposal)
    expect(p.title).toBe('Fix 4 misspellings in docs/guide/troubleshooting.md')
    expect(p.description).toContain('after the first change was blocked (max-files)')
    expect(await railsRules(repo, home, run.proposal)).toEqual([])
  })

  it('reads the quoted history as data: an insight about max-files does not make a first round a correction', () => {
    const { repo, home } = loopRepo()
    const prompt = [
      '# Your task',
      '## What happened recently',
      '```json',
      '{ "insights": ["3 of the last 5 proposals were blocked by max-files (limit 2)"] }',
      '- max-files: 4 changed files exceed the cap; correct it (rule `max-files`)',
      '```'
    ].join('\n')
    const run = runAgent(repo, home, { prompt })
    expect(run.status).toBe(0)
    expect(changedFiles(repo, home)).toEqual(ALL_DOCS)
  })

  it('narrows on SELF_EVOLUTION_ROUND=2 alone, and keeps within the line cap', () => {
    const { repo, home } = loopRepo()
    const rails = { ...railsOf(loopConfig(), true) }
    rails.caps = { ...rails.caps, maxLinesOfCode: 4 }
    const run = runAgent(repo, home, {
      env: { SELF_EVOLUTION_ROUND: '2' },
      reflection: { memory: [], rails }
    })
    expect(run.status).toBe(0)
    expect(changedFiles(repo, home)).toEqual(['docs/guide/troubleshooting.md'])
    expect(git(repo, home, 'diff', '--numstat', 'HEAD')).toBe('2\t2\tdocs/guide/troubleshooting.md')
    expect(expectProposal(run.proposal).title).toBe('Fix 2 misspellings in docs/guide/troubleshooting.md')
  })

  it('keeps a difference in the working tree that is not its own', () => {
    const { repo, home } = loopRepo()
    expect(runAgent(repo, home).status).toBe(0)
    writeFileSync(join(repo, 'docs/faq.md'), read(repo, 'docs/faq.md') + '\nA line a person added.\n')
    expect(runAgent(repo, home, { prompt: CORRECTION }).status).toBe(0)
    expect(changedFiles(repo, home)).toEqual(['docs/faq.md', 'docs/guide/troubleshooting.md'])
    expect(read(repo, 'docs/faq.md')).toContain('A line a person added.')
  })

  it('does not propose again a title the memory shows blocked', () => {
    const { repo, home } = loopRepo()
    const memory = [
      {
        title: 'Fix 11 misspellings in 4 Markdown files',
        type: 'cleanup',
        date: '2026-11-24',
        createdAt: '2026-11-24T03:00:00Z',
        fate: 'blocked',
        rule: 'max-files',
        pullRequest: null
      }
    ]
    const run = runAgent(repo, home, { reflection: { memory, rails: railsOf(loopConfig(), true) } })
    expect(run.status).toBe(0)
    expect(expectProposal(run.proposal).title).toBe('Fix 4 misspellings in docs/guide/troubleshooting.md')
    expect(changedFiles(repo, home)).toEqual(['docs/guide/troubleshooting.md'])
  })
})

describe('the example agent, edge cases', () => {
  it('withdraws when there is nothing to fix', () => {
    const { repo, home } = loopRepo()
    expect(runAgent(repo, home).status).toBe(0)
    git(repo, home, 'commit', '--quiet', '--no-gpg-sign', '-am', 'fixed')
    const run = runAgent(repo, home)
    expect(run.status).toBe(0)
    expect(run.proposal).toEqual({
      withdraw: true,
      reason: 'No misspellings found in the allowed Markdown files.'
    })
    expect(changedFiles(repo, home)).toEqual([])
  })

  it('touches only what the rails allow, never a dot folder, and keeps case, links and URLs', () => {
    const { repo, home } = loopRepo({
      'docs/.drafts/note.md': 'teh draft\n',
      'docs/cases.md': [
        'TEH Teh teh tEh wich.',
        '[teh link](https://example.com/teh) and <https://example.com/recieve> and https://example.com/wich',
        '    indented code: teh',
        '``a `teh` b`` then teh',
        '~~~',
        'teh',
        '~~~',
        '> ```',
        '> teh',
        '> ```',
        '- teh item',
        '  ```sh',
        '  teh',
        '  ```',
        ''
      ].join('\n'),
      'packages/agent/src/prompts/extra.md': 'Say teh word.\n',
      'notes/todo.md': 'teh list\n'
    })
    const run = runAgent(repo, home, { env: { FIX_TYPOS_PATHS: 'docs, README.md,packages,notes' } })
    expect(run.status).toBe(0)
    expect(changedFiles(repo, home)).toEqual(
      ['docs/cases.md', ...ALL_DOCS, 'packages/agent/src/prompts/extra.md'].sort()
    )
    expect(read(repo, 'docs/cases.md')).toBe(
      [
        'THE The the tEh which.',
        '[the link](https://example.com/teh) and <https://example.com/recieve> and https://example.com/wich',
        '    indented code: teh',
        '``a `teh` b`` then the',
        '~~~',
        'teh',
        '~~~',
        '> ```',
        '> teh',
        '> ```',
        '- the item',
        '  ```sh',
        '  teh',
        '  ```',
        ''
      ].join('\n')
    )
  })

  it.each(['SELF_EVOLUTION_PROMPT_FILE', 'SELF_EVOLUTION_REFLECTION_FILE', 'SELF_EVOLUTION_PROPOSAL_FILE'])(
    'exits 1 with one line when %s is missing',
    name => {
      const { repo, home } = loopRepo()
      const run = runAgent(repo, home, { omit: name })
      expect(run.status).toBe(1)
      expect(run.stderr).toMatch(new RegExp(`^fix-typos: ${name} is not set; [^\\n]+\\n$`))
      expect(changedFiles(repo, home)).toEqual([])
      expect(run.proposal).toBeUndefined()
    }
  )

  it('exits 1 with one line on a path outside the checkout or a bad round', () => {
    const { repo, home } = loopRepo()
    const outside = runAgent(repo, home, { env: { FIX_TYPOS_PATHS: 'docs,../elsewhere' } })
    expect(outside.status).toBe(1)
    expect(outside.stderr).toMatch(/^fix-typos: FIX_TYPOS_PATHS names "\.\.\/elsewhere"; [^\n]+\n$/)
    const round = runAgent(repo, home, { env: { SELF_EVOLUTION_ROUND: 'two' } })
    expect(round.status).toBe(1)
    expect(round.stderr).toBe(
      'fix-typos: SELF_EVOLUTION_ROUND is "two"; expected a whole number of 1 or more\n'
    )
    expect(changedFiles(repo, home)).toEqual([])
  })
})
