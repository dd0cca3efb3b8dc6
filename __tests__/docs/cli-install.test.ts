/**
 * The unscoped name `self-evolution` on the npm registry is not this project's: `npx self-evolution`
 * where the CLI is not installed would fetch and run whatever holds that name. So every text that
 * tells a reader to run it says, before, how to install it; messages the product prints name the
 * command alone; and the package is the scoped one the README installs.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(name) ? [path] : []
  })
}

const INSTALL_LINK = 'README.md#installing-the-cli'
const README_INSTALL = '### Installing the CLI'

describe('no text runs npx self-evolution before saying how to install it', () => {
  const docs = ['README.md', ...filesUnder('docs', /\.md$/)]
  it.each(docs)('%s', file => {
    const text = readFileSync(file, 'utf8')
    const first = text.indexOf('npx self-evolution')
    if (first === -1) return
    const install = file === 'README.md' ? text.indexOf(README_INSTALL) : text.indexOf(INSTALL_LINK)
    expect({ file, installStepBeforeFirstUse: install !== -1 && install < first }).toEqual({
      file,
      installStepBeforeFirstUse: true
    })
  })

  const shipped = [
    ...filesUnder('src', /\.ts$/),
    'action.yml',
    'gate/action.yml',
    'revert-watch/action.yml',
    ...filesUnder('.github', /\.ya?ml$/)
  ]
  it('what the product prints names the command alone', () => {
    expect(shipped.filter(f => readFileSync(f, 'utf8').includes('npx self-evolution'))).toEqual([])
  })
})

describe('the package the README installs', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>
  const readme = readFileSync('README.md', 'utf8')
  const section = readme.slice(readme.indexOf(README_INSTALL)).split(/\n### /)[0]

  it('is scoped, publishable, and installs the self-evolution command', () => {
    expect(pkg.name).toMatch(/^@[a-z0-9-]+\/[a-z0-9-]+$/)
    expect(pkg.private).not.toBe(true)
    expect(pkg.bin).toEqual({ 'self-evolution': 'dist/cli/index.js' })
    expect(pkg.files).toEqual(['dist/cli/'])
  })

  it('is installed pinned to a full commit, and named as package.json names it', () => {
    expect(section).toMatch(/npm install --save-dev github:OWNER\/self-evolution#[0-9a-f]{40}\b/)
    expect(section).toContain(String(pkg.name))
    expect(section).toContain(`${String(pkg.name).slice(1).replace('/', '-')}-${String(pkg.version)}.tgz`)
  })
})
