/**
 * The package as npm users get it: `npm pack` of this repository, installed from the tarball into a
 * scratch project with no registry (--offline: everything it needs is in the tarball), then
 * `npx self-evolution` from there. Slow (packing and installing 10 MB), so it runs in
 * `npm run test:package`, from .ci/run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const source = resolve('.')
const root = mkdtempSync(join(tmpdir(), 'se-package-'))
const project = join(root, 'project')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com'
}
delete env.DATABASE_URL
delete env.GITHUB_ACTIONS
afterAll(() => rmSync(root, { recursive: true, force: true }))

type Packed = { name: string; filename: string; files: Array<{ path: string }>; bundled: string[] }
let packed: Packed

const git = (...args: string[]) => execFileSync('git', args, { cwd: project, env, encoding: 'utf8' })
const npx = (...args: string[]) =>
  spawnSync('npx', ['self-evolution', ...args], { cwd: project, env, encoding: 'utf8', timeout: 240_000 })

beforeAll(() => {
  packed = (
    JSON.parse(
      execFileSync('npm', ['pack', '--pack-destination', root, '--json'], {
        cwd: source,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe']
      })
    ) as Packed[]
  )[0]
  mkdirSync(join(project, 'docs'), { recursive: true })
  writeFileSync(join(project, 'package.json'), '{ "name": "scratch", "private": true }\n')
  writeFileSync(join(project, '.gitignore'), 'node_modules/\n')
  writeFileSync(join(project, 'docs', 'guide.md'), '# Guide\n')
  git('init', '-q', '-b', 'main')
  const install = spawnSync(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', join(root, packed.filename)],
    { cwd: project, env, encoding: 'utf8' }
  )
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`)
  git('add', '.')
  git('commit', '-q', '-m', 'init')
}, 240_000)

describe('the packed tarball', () => {
  it('is the scoped package, with the CLI and PGlite and nothing else', () => {
    expect(packed.name).toBe('@self-evolution/cli')
    expect(packed.bundled).toEqual(['@electric-sql/pglite'])
    const own = packed.files.map(f => f.path).filter(p => !p.startsWith('node_modules/'))
    expect(own.filter(p => !p.startsWith('dist/cli/')).sort()).toEqual(['README.md', 'package.json'])
    expect(own).toContain('dist/cli/index.js')
    expect(own.filter(p => /__tests__|\.self-evolution|\.env|\.pem$|\.key$|\.map$/.test(p))).toEqual([])
  })

  it('installs the self-evolution command, which needs no other package', () => {
    const installed = JSON.parse(
      readFileSync(join(project, 'node_modules', '@self-evolution', 'cli', 'package.json'), 'utf8')
    ) as { dependencies?: Record<string, string> }
    expect(Object.keys(installed.dependencies ?? {})).toEqual(['@electric-sql/pglite'])
    const help = npx('--help')
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^self-evolution \d+\.\d+\.\d+: /)
  })
})

describe('npx self-evolution, from the installed tarball', () => {
  it('check judges a diff', () => {
    writeFileSync(join(project, 'docs', 'guide.md'), '# Guide\n\nMore.\n')
    writeFileSync(join(root, 'change.diff'), git('diff'))
    git('checkout', '--', '.')
    const r = npx('check', '--diff', join(root, 'change.diff'), '--type', 'cleanup', '--risk', '1')
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/^allowed proposal 1 .*: 1 file, \+2 -0$/m)
    expect(r.status).toBe(0)
  })

  it('run works on the embedded database, which it migrates and keeps out of git', () => {
    const r = npx('run', '--json')
    expect(r.stderr).not.toMatch(/does not exist|Error/)
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'skipped', skipReason: 'disabled' })
    expect(r.status).toBe(0)
    expect(readFileSync(join(project, '.self-evolution', '.gitignore'), 'utf8')).toMatch(/^\*$/m)
    expect(git('status', '--porcelain')).toBe('')
  })
})

describe('the pinned git install the README shows (npm install github:OWNER/self-evolution#SHA)', () => {
  // npm packs a git dependency from its clone: without a prepare script it installs nothing there,
  // so the bundled PGlite would be missing from the pack and never installed at all.
  const gitProject = join(root, 'git-project')

  it('brings PGlite with it: the embedded database works', () => {
    mkdirSync(gitProject, { recursive: true })
    writeFileSync(join(gitProject, 'package.json'), '{ "name": "scratch-git", "private": true }\n')
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: source, env, encoding: 'utf8' }).trim()
    const install = spawnSync(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', `git+file://${source}#${sha}`],
      { cwd: gitProject, env, encoding: 'utf8', timeout: 400_000 }
    )
    expect(install.stderr).not.toMatch(/ERR!/)
    expect(install.status).toBe(0)
    const r = spawnSync('npx', ['self-evolution', 'runs'], {
      cwd: gitProject,
      env,
      encoding: 'utf8',
      timeout: 240_000
    })
    expect(r.stderr).not.toContain('Cannot find package')
    expect(r.stdout).toContain('No runs recorded')
    expect(r.status).toBe(0)
  }, 600_000)
})
