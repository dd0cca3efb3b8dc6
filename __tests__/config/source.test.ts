import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readConfigFromGit, loadConfig, digestOf } from '../../src/config/source.js'

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
  })
    .toString()
    .trim()

let repo: string
let withConfig: string
let withoutConfig: string
const CONFIG = '.github/self-evolution-config.json'

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'se-cfg-'))
  git(repo, 'init', '-q')
  writeFileSync(join(repo, 'README.md'), 'x\n')
  git(repo, 'add', '.')
  git(repo, 'commit', '-qm', 'no config')
  withoutConfig = git(repo, 'rev-parse', 'HEAD')
  mkdirSync(join(repo, '.github'))
  writeFileSync(join(repo, CONFIG), '{ "enabled": true }\n')
  git(repo, 'add', '.')
  git(repo, 'commit', '-qm', 'config')
  withConfig = git(repo, 'rev-parse', 'HEAD')
  // The working tree is edited after the commit: main must never read it.
  writeFileSync(join(repo, CONFIG), '{ "enabled": true, "dryRunMode": false }\n')
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

describe('the committed config, from git', () => {
  it('reads the file as committed at the SHA, not the working tree', async () => {
    const src = await readConfigFromGit(repo, withConfig, CONFIG)
    expect(src?.text).toBe('{ "enabled": true }\n')
    const loaded = loadConfig(src!, CONFIG)
    expect(loaded.config.dryRunMode).toBe(true)
    expect(loaded.digest).toBe(digestOf('{ "enabled": true }\n'))
  })
  it('says the file is missing at a commit without it', async () => {
    expect(await readConfigFromGit(repo, withoutConfig, CONFIG)).toMatchObject({ text: null })
  })
  it('falls back (undefined) for an unknown commit, a bad SHA, or no checkout', async () => {
    expect(await readConfigFromGit(repo, 'f'.repeat(40), CONFIG)).toBeUndefined()
    expect(await readConfigFromGit(repo, 'HEAD; rm -rf /', CONFIG)).toBeUndefined()
    expect(await readConfigFromGit(tmpdir(), withConfig, CONFIG)).toBeUndefined()
  })
  it('refuses a path that is a folder at that commit', async () => {
    await expect(readConfigFromGit(repo, withConfig, '.github')).rejects.toThrow(/is a tree, not a file/)
  })
})
