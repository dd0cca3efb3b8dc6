/**
 * The runner host speaks the runner's protocol exactly as @actions/core does: the same stdout
 * commands and the same file-command blocks, compared here call by call against the real package.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import * as core from '@actions/core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { escapeData, fileCommandBlock, runnerHost } from '../../src/runtime/runner-host.js'
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

let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
  process.exitCode = undefined
})

/** Runs `calls` against a host with fresh runner files and captures everything it wrote. */
async function capture(
  makeHost: () => ActionHost,
  calls: (h: ActionHost) => Promise<void>
): Promise<Capture> {
  dir = mkdtempSync(join(tmpdir(), 'se-runner-host-'))
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary' }
  const saved = { ...process.env }
  for (const [key, name] of Object.entries(files)) {
    writeFileSync(join(dir, name), '')
    process.env[key] = join(dir, name)
  }
  process.env['INPUT_SOME-INPUT'] = '  value with spaces  '
  process.env.INPUT_TWO_WORDS = 'two'
  process.env.STATE_saved = 'from pre'
  let stdout = ''
  const original = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  process.exitCode = undefined
  try {
    await calls(makeHost())
  } finally {
    process.stdout.write = original
    process.env = saved
  }
  const read = (name: string) =>
    readFileSync(join(dir as string, name), 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM')
  return {
    stdout,
    output: read('output'),
    state: read('state'),
    summary: read('summary'),
    exitCode: process.exitCode
  }
}

const coreAsHost = (): ActionHost => ({
  onGitHub: false,
  env: process.env,
  getInput: n => core.getInput(n),
  setSecret: v => {
    if (v) core.setSecret(v)
  },
  setOutput: (n, v) => core.setOutput(n, v),
  saveState: (n, v) => core.saveState(n, v),
  getState: n => core.getState(n),
  info: l => core.info(l),
  notice: l => core.notice(l),
  warning: l => core.warning(l),
  // core writes "::error ::" for a properties object whose values are all empty; the runner reads
  // that the same as "::error::", which is what the runner host writes.
  error: (l, t) =>
    core.error(
      l,
      t?.title || t?.file ? { title: t.title || undefined, file: t.file || undefined } : undefined
    ),
  setFailed: l => core.setFailed(l),
  writeSummary: async md => {
    await core.summary.addRaw(md, true).write()
  }
})

async function everything(h: ActionHost): Promise<void> {
  const inputs = [
    h.getInput('some-input'),
    h.getInput('two words'),
    h.getInput('missing'),
    h.getState('saved')
  ]
  h.info(JSON.stringify(inputs))
  for (const [i, text] of HOSTILE.entries()) {
    h.setSecret(text)
    h.setOutput(`out-${i}`, text)
    h.saveState(`state_${i}`, text)
    h.info(text)
    h.notice(text)
    h.warning(text)
    h.error(text)
    h.error(text, { file: `src/${text}.ts`, title: text })
    h.error(text, { title: text })
    await h.writeSummary(`## ${text}`)
  }
  h.setFailed('it failed: 100%\nreally')
}

describe('the runner host', () => {
  it('writes exactly what @actions/core writes, for every call and every hostile string', async () => {
    const ours = await capture(() => runnerHost(), everything)
    const theirs = await capture(coreAsHost, everything)
    expect(ours).toEqual(theirs)
    expect(ours.exitCode).toBe(1)
    // And the escaping really happened: no raw newline inside a command, no injected command.
    for (const l of ours.stdout.split('\n').filter(x => x.startsWith('::'))) {
      expect(l).not.toMatch(/\r/)
    }
    // A command in a message stays inside its annotation (info() is raw text; callers escape it).
    expect(ours.stdout).toContain('::warning::::error::injected')
  })

  it('reads inputs trimmed, state from STATE_ variables, and knows when it runs on GitHub', () => {
    const host = runnerHost({ env: { 'INPUT_DATABASE-URL': ' x ', STATE_a: 'b', GITHUB_ACTIONS: 'true' } })
    expect(host.getInput('database-url')).toBe('x')
    expect(host.getState('a')).toBe('b')
    expect(host.getState('nope')).toBe('')
    expect(host.onGitHub).toBe(true)
    expect(runnerHost({ env: {} }).onGitHub).toBe(false)
  })

  it('refuses a value that contains its delimiter, and escapes command data', () => {
    expect(() => fileCommandBlock('n', 'x D y', 'D')).toThrow(/delimiter/)
    expect(escapeData('100%\r\n')).toBe('100%25%0D%0A')
  })

  it('fails clearly without a summary file, like @actions/core', async () => {
    await expect(runnerHost({ env: {} }).writeSummary('x')).rejects.toThrow(/GITHUB_STEP_SUMMARY/)
  })
})
