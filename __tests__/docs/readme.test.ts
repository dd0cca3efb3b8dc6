import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'

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

function readmeTable(readme: string, heading: string): Map<string, string[]> {
  const part = readme.split(`## ${heading}\n`)[1].split('\n## ')[0]
  const rows = new Map<string, string[]>()
  for (const line of part.split('\n')) {
    const m = /^\| `([a-z0-9-]+)` \|(.*)\|$/.exec(line)
    if (m)
      rows.set(
        m[1],
        m[2].split('|').map(s => s.trim())
      )
  }
  return rows
}

describe('README and action.yml agree', () => {
  const yml = readFileSync('action.yml', 'utf8')
  const readme = readFileSync('README.md', 'utf8')

  it('lists every input with its default, and no other', () => {
    const inputs = section(yml, 'inputs')
    const table = readmeTable(readme, 'Inputs')
    expect([...table.keys()].sort()).toEqual([...inputs.keys()].sort())
    for (const [name, def] of inputs) {
      expect(`${name}: ${table.get(name)![0]}`).toBe(`${name}: \`${def ?? ''}\``.replace('``', "`''`"))
    }
  })

  it('lists every output, and no other', () => {
    expect([...readmeTable(readme, 'Outputs').keys()].sort()).toEqual(
      [...section(yml, 'outputs').keys()].sort()
    )
  })

  it('runs on node24 with pre, main and post, post always', () => {
    expect(yml).toMatch(/using: 'node24'/)
    expect(yml).toMatch(/pre: 'dist\/pre\/index.js'/)
    expect(yml).toMatch(/main: 'dist\/main\/index.js'/)
    expect(yml).toMatch(/post: 'dist\/post\/index.js'/)
    expect(yml).toMatch(/post-if: 'always\(\)'/)
  })

  it('names the two newcomer commands', () => {
    expect(readme).toContain('npm start')
    expect(readme).toContain('npm test')
    expect(readme).toContain('npm run test:pg')
  })
})
