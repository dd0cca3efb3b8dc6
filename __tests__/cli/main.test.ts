import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import type { CliIO } from '../../src/cli/io.js'

function io(cwd = process.cwd()) {
  const out: string[] = []
  const err: string[] = []
  const cli: CliIO = {
    stdout: t => void out.push(t),
    stderr: t => void err.push(t),
    env: {},
    cwd,
    now: () => new Date('2026-11-25T00:00:00Z')
  }
  return { cli, out: () => out.join(''), err: () => err.join('') }
}

describe('the command line', () => {
  it('prints usage with --help and exits 0; with nothing it exits 2', async () => {
    const a = io()
    expect(await main(['--help'], a.cli)).toBe(0)
    for (const c of ['check', 'run', 'migrate', 'flag', 'runs', 'config']) expect(a.out()).toContain(c)
    expect(await main([], io().cli)).toBe(2)
  })

  it('refuses an unknown command with one line and exit 2', async () => {
    const a = io()
    expect(await main(['launch'], a.cli)).toBe(2)
    expect(a.err().trim().split('\n')).toHaveLength(1)
    expect(a.err()).toContain('unknown command "launch"')
  })

  it('refuses an unknown flag with one line and exit 2, naming the command once', async () => {
    const a = io()
    expect(await main(['config', 'validate', '--bogus'], a.cli)).toBe(2)
    expect(a.err().trim().split('\n')).toHaveLength(1)
    expect(a.err().match(/config validate/g)?.length).toBeLessThanOrEqual(2)
  })

  it('prints the version', async () => {
    const a = io()
    expect(await main(['--version'], a.cli)).toBe(0)
    expect(a.out()).toMatch(/^\d+\.\d+\.\d+/)
  })
})

describe('config validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'se-cli-'))
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text)
    return join(dir, name)
  }

  it('exits 0 and prints OK for a valid file', async () => {
    const a = io()
    expect(await main(['config', 'validate', 'examples/self-evolution-config.json'], a.cli)).toBe(0)
    expect(a.out()).toMatch(/^OK/)
  })

  it('exits 1 and prints every problem for an invalid file', async () => {
    const a = io()
    const path = file(
      'bad.json',
      JSON.stringify({ enabeld: true, safetyRails: { diffCaps: { maxLinesOfCod: 1 }, maxRiskLevel: 5 } })
    )
    expect(await main(['config', 'validate', path], a.cli)).toBe(1)
    expect(a.out()).toContain('enabeld: unknown key (did you mean enabled?)')
    expect(a.out()).toContain(
      'safetyRails.diffCaps.maxLinesOfCod: unknown key (did you mean maxLinesOfCode?)'
    )
    expect(a.out()).toContain('safetyRails.maxRiskLevel:')
  })

  it('exits 2 when the file cannot be read or is not JSON', async () => {
    expect(await main(['config', 'validate', join(dir, 'missing.json')], io().cli)).toBe(2)
    expect(await main(['config', 'validate', file('broken.json', '{ nope')], io().cli)).toBe(2)
  })

  it('reads the default path from the working directory', async () => {
    const a = io(dir)
    expect(await main(['config', 'validate'], a.cli)).toBe(2)
    expect(a.err()).toContain('.github/self-evolution-config.json')
  })

  it('prints one JSON document with --json', async () => {
    const a = io()
    const path = file('bad2.json', '{"enabled": 3}')
    expect(await main(['config', 'validate', path, '--json'], a.cli)).toBe(1)
    const doc = JSON.parse(a.out())
    expect(doc).toMatchObject({ valid: false, problems: [{ path: 'enabled' }] })
  })
})
