/**
 * The runner host is @actions/core behind the ActionHost seam. These tests drive it through the
 * runner's real protocol: INPUT_ and STATE_ variables in, the GITHUB_OUTPUT, GITHUB_STATE and
 * GITHUB_STEP_SUMMARY files in a temporary directory and the workflow commands on stdout out.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runnerHost } from '../../src/runtime/runner-host.js'
import type { ActionHost } from '../../src/runtime/host.js'

const HOSTILE = [
  'plain',
  'a%b',
  'line1\nline2\r\nx',
  'with: colon, comma',
  '::error::injected',
  'ünïcödé 🚀',
  ''
]

type Capture = { stdout: string; output: string; state: string; summary: string; exitCode: unknown }

// core.summary keeps the path it first resolved, as a step has one summary file for its whole life:
// every test shares this one, emptied before each.
const summaryDir = mkdtempSync(join(tmpdir(), 'se-runner-summary-'))
const SUMMARY = join(summaryDir, 'summary')

let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
  process.exitCode = undefined
})
afterAll(() => rmSync(summaryDir, { recursive: true, force: true }))

/** Runs `calls` against a runner host with fresh runner files and `env`, and captures what it wrote. */
async function capture(
  calls: (h: ActionHost) => Promise<void> | void,
  env: Record<string, string | undefined> = {}
): Promise<Capture> {
  const tmp = mkdtempSync(join(tmpdir(), 'se-runner-host-'))
  dir = tmp
  const saved = { ...process.env }
  for (const [key, name] of Object.entries({ GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state' })) {
    writeFileSync(join(tmp, name), '')
    process.env[key] = join(tmp, name)
  }
  writeFileSync(SUMMARY, '')
  process.env.GITHUB_STEP_SUMMARY = SUMMARY
  Object.assign(process.env, env)
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key]
  let stdout = ''
  const original = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  process.exitCode = undefined
  try {
    await calls(runnerHost())
  } finally {
    process.stdout.write = original
    process.env = saved
  }
  const read = (path: string) => readFileSync(path, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM')
  return {
    stdout,
    output: read(join(tmp, 'output')),
    state: read(join(tmp, 'state')),
    summary: read(SUMMARY),
    exitCode: process.exitCode
  }
}

describe('the runner host', () => {
  // First: core.summary has not resolved a path yet.
  it('fails clearly without a summary file, and the next summary still holds only its own text', async () => {
    const got = await capture(
      async h => {
        await expect(h.writeSummary('lost')).rejects.toThrow(/GITHUB_STEP_SUMMARY/)
        process.env.GITHUB_STEP_SUMMARY = SUMMARY
        await h.writeSummary('kept')
      },
      { GITHUB_STEP_SUMMARY: undefined }
    )
    expect(got.summary).toBe('kept\n')
  })

  it('writes outputs and state as delimited blocks in the runner files, and the summary as Markdown', async () => {
    const got = await capture(async h => {
      h.setOutput('status', 'line1\nline2')
      h.saveState('start', '{"kind":"claimed"}')
      await h.writeSummary('## one')
      await h.writeSummary('## two')
    })
    expect(got.output).toBe('status<<DELIM\nline1\nline2\nDELIM\n')
    expect(got.state).toBe('start<<DELIM\n{"kind":"claimed"}\nDELIM\n')
    expect(got.summary).toBe('## one\n## two\n')
    expect(got.stdout).toBe('')
  })

  it('escapes every hostile string in its commands, so no message can start a command of its own', async () => {
    const got = await capture(async h => {
      for (const text of HOSTILE) {
        h.notice(text)
        h.warning(text)
        h.error(text)
        h.error(text, { file: `src/${text}.ts`, title: text })
      }
    })
    const commands = got.stdout.split('\n').filter(Boolean)
    expect(commands).toHaveLength(HOSTILE.length * 4)
    for (const l of commands) {
      expect(l).toMatch(/^::(notice|warning|error)( [a-z]+=[^:]*)?::/)
      expect(l).not.toMatch(/\r/)
    }
    // A command in a message stays inside its annotation.
    expect(got.stdout).toContain('::warning::::error::injected\n')
    expect(got.stdout).toContain('::error::line1%0Aline2%0D%0Ax\n')
    // Properties escape ':' and ',' too; an empty target writes no properties at all.
    expect(got.stdout).toContain(
      '::error title=with%3A colon%2C comma,file=src/with%3A colon%2C comma.ts::with: colon, comma\n'
    )
    expect(got.stdout).toContain('::error title=a%25b,file=src/a%25b.ts::a%25b\n')
    expect(got.stdout).toContain('::error::\n')
    expect(got.stdout).not.toContain('::error ::')
  })

  it('masks secrets, prints info as it is, and fails the step with an error annotation', async () => {
    const got = await capture(h => {
      h.setSecret('s3cr3t')
      h.setSecret('')
      h.info('plain text, not a command')
      h.setFailed('it failed: 100%\nreally')
    })
    expect(got.stdout).toBe(
      '::add-mask::s3cr3t\nplain text, not a command\n::error::it failed: 100%25%0Areally\n'
    )
    expect(got.exitCode).toBe(1)
  })

  it('reads inputs trimmed, state from STATE_ variables, and knows when it runs on GitHub', async () => {
    await capture(
      h => {
        expect(h.getInput('database-url')).toBe('x')
        expect(h.getInput('two words')).toBe('two')
        expect(h.getInput('missing')).toBe('')
        expect(h.getState('a')).toBe('b')
        expect(h.getState('nope')).toBe('')
        expect(h.onGitHub).toBe(true)
        expect(h.env.GITHUB_ACTIONS).toBe('true')
      },
      { 'INPUT_DATABASE-URL': ' x ', INPUT_TWO_WORDS: 'two', STATE_a: 'b', GITHUB_ACTIONS: 'true' }
    )
    await capture(h => expect(h.onGitHub).toBe(false), { GITHUB_ACTIONS: undefined })
  })
})
