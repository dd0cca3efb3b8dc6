import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readConfigFromGit, loadConfig, digestOf, readConfig } from '../../src/config/source.js'

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

describe('readConfig: one reader for the disk, git at a SHA and the API at a ref', () => {
  const api = (text: string | null) => {
    const asked: string[] = []
    return {
      asked,
      files: { readFile: async (path: string, ref: string) => (asked.push(`${path}@${ref}`), text) }
    }
  }

  it('reads the disk, the working tree included', async () => {
    const loaded = await readConfig({ from: 'disk', root: repo }, CONFIG)
    expect(loaded.origin).toBe(join(repo, CONFIG))
    expect(loaded.config.dryRunMode).toBe(false)
  })

  it('reads git at the SHA, and asks the API only when the checkout has no answer', async () => {
    const { asked, files } = api('{ "enabled": false }')
    const otherwise = { from: 'api' as const, files, ref: 'r'.repeat(40), origin: 'o/r@rrrr' }
    const fromGit = await readConfig({ from: 'git', workspace: repo, sha: withConfig, otherwise }, CONFIG)
    expect(fromGit.origin).toBe(`git ${withConfig.slice(0, 12)}:${CONFIG}`)
    expect(fromGit.config.enabled).toBe(true)
    expect(asked).toEqual([])
    const fromApi = await readConfig({ from: 'git', workspace: tmpdir(), sha: withConfig, otherwise }, CONFIG)
    expect(fromApi.origin).toBe('o/r@rrrr')
    expect(fromApi.config.enabled).toBe(false)
    expect(asked).toEqual([`${CONFIG}@${'r'.repeat(40)}`])
  })

  it('gives the defaults (off) for a missing file, and the same sentence for an invalid one', async () => {
    const missing = await readConfig(
      { from: 'api', files: api(null).files, ref: 'main', origin: 'here' },
      CONFIG
    )
    expect(missing.origin).toBe('here (missing: defaults, off)')
    expect(missing.config.enabled).toBe(false)
    await expect(
      readConfig({ from: 'api', files: api('{ "enabld": true }').files, ref: 'main', origin: 'here' }, CONFIG)
    ).rejects.toThrow(`The config ${CONFIG} (here) is invalid: enabld: unknown key (did you mean enabled?)`)
  })

  it('a quiet git read that fails falls through; a loud one fails', async () => {
    const { files } = api(null)
    const otherwise = { from: 'api' as const, files, ref: 'main', origin: 'api' }
    const quiet = await readConfig(
      { from: 'git', workspace: repo, sha: withConfig, otherwise, quiet: true },
      '.github'
    )
    expect(quiet.origin).toBe('api (missing: defaults, off)')
    await expect(
      readConfig({ from: 'git', workspace: repo, sha: withConfig, otherwise }, '.github')
    ).rejects.toThrow(/is a tree, not a file/)
  })
})
