import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The keys of a top-level mapping of action.yml (inputs: or outputs:), with their defaults. */
function section(yml: string, name: string): Map<string, string | undefined> {
  const lines = yml.split('\n')
  const start = lines.indexOf(`${name}:`)
  const out = new Map<string, string | undefined>()
  let current = ''
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break
    const key = /^ {2}([a-z0-9-]+):\s*$/.exec(line)
    if (key) {
      current = key[1]
      out.set(current, undefined)
      continue
    }
    const def = /^ {4}default:\s*(.*)$/.exec(line)
    if (def && current) out.set(current, def[1].replace(/^'(.*)'$/, '$1'))
  }
  return out
}

/** The rows of the README's inputs and outputs tables under one action's heading, by name. */
function readmeTables(readme: string, heading: string): Record<'inputs' | 'outputs', Map<string, string[]>> {
  const part = readme.split(`### ${heading}\n`)[1].split(/\n##/)[0]
  const tables = { inputs: new Map<string, string[]>(), outputs: new Map<string, string[]>() }
  let current: Map<string, string[]> | undefined
  for (const line of part.split('\n')) {
    if (line.startsWith('| Input |')) current = tables.inputs
    if (line.startsWith('| Output |')) current = tables.outputs
    const m = /^\| `([a-z0-9-]+)` \|(.*)\|$/.exec(line)
    if (m && current)
      current.set(
        m[1],
        m[2].split('|').map(s => s.trim())
      )
  }
  return tables
}

const ACTIONS = [
  { file: 'action.yml', heading: 'The daily run: action.yml' },
  { file: 'gate/action.yml', heading: 'The gate: gate/action.yml' },
  { file: 'revert-watch/action.yml', heading: 'Automatic rollback: revert-watch/action.yml' }
]

describe.each(ACTIONS)('README and $file agree', ({ file, heading }) => {
  const yml = readFileSync(file, 'utf8')
  const tables = readmeTables(readFileSync('README.md', 'utf8'), heading)

  it('lists every input with its default, and no other', () => {
    const inputs = section(yml, 'inputs')
    expect(inputs.size).toBeGreaterThan(0)
    expect([...tables.inputs.keys()].sort()).toEqual([...inputs.keys()].sort())
    for (const [name, def] of inputs) {
      expect(`${name}: ${tables.inputs.get(name)![0]}`).toBe(
        `${name}: \`${def ?? ''}\``.replace('``', "`''`")
      )
    }
  })

  it('lists every output, and no other', () => {
    const outputs = section(yml, 'outputs')
    expect(outputs.size).toBeGreaterThan(0)
    expect([...tables.outputs.keys()].sort()).toEqual([...outputs.keys()].sort())
  })
})

describe('README and action.yml agree', () => {
  const yml = readFileSync('action.yml', 'utf8')
  const readme = readFileSync('README.md', 'utf8')

  it('runs on node24 with pre, main and post, post always', () => {
    expect(yml).toMatch(/using: 'node24'/)
    expect(yml).toMatch(/pre: 'dist\/pre\/index.js'/)
    expect(yml).toMatch(/main: 'dist\/main\/index.js'/)
    expect(yml).toMatch(/post: 'dist\/post\/index.js'/)
    expect(yml).toMatch(/post-if: 'always\(\)'/)
  })

  it('publishes the gate and revert-watch as their own actions, each fixing its mode before the bundle loads', () => {
    const gate = readFileSync('gate/action.yml', 'utf8')
    expect(gate).toMatch(
      /using: 'node24'\n {2}main: 'main.mjs'\n {2}post: 'post.mjs'\n {2}post-if: 'always\(\)'/
    )
    const revert = readFileSync('revert-watch/action.yml', 'utf8')
    expect(revert).toMatch(/using: 'node24'\n {2}main: 'main.mjs'\n$/)
    for (const [entry, mode, bundle] of [
      ['gate/main.mjs', 'gate', 'main'],
      ['gate/post.mjs', 'gate', 'post'],
      ['revert-watch/main.mjs', 'revert-watch', 'main']
    ]) {
      const code = readFileSync(entry, 'utf8')
      expect(code).toContain(
        `process.env.SELF_EVOLUTION_MODE = '${mode}'\nawait import('../dist/${bundle}/index.js')\n`
      )
    }
    // No per-mode action takes a mode: the mode is the action's.
    expect(section(gate, 'inputs').has('mode')).toBe(false)
    expect(section(revert, 'inputs').has('mode')).toBe(false)
  })

  it('runs the action locally with `self-evolution run`, and recommends no @github/local-action command', () => {
    const section = readme.split('## Running the action locally\n')[1].split(/\n## /)[0]
    expect(section).toContain('`self-evolution run`')
    expect(section).toContain('same pre → main → post stages')
    for (const doc of [readme, ...readdirSync('docs').map(f => readFileSync(join('docs', f), 'utf8'))]) {
      expect(doc).not.toMatch(/npx @github\/local-action/)
      expect(doc).not.toMatch(/\.env` as `INPUT_/)
    }
  })

  it('names the two newcomer commands', () => {
    expect(readme).toContain('npm start')
    expect(readme).toContain('npm test')
    expect(readme).toContain('npm run test:pg')
  })
})
