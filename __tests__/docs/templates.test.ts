/**
 * The shipped workflow templates: what an adopter must set is one named setting, and every App token
 * step is skipped, not failed, in a repository without the App.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const DIR = '.github/workflows'

/** A workflow's lines, with comment lines blanked and trailing comments cut (the line numbers stay). */
function codeOf(text: string): string[] {
  return text.split('\n').map(l => (/^\s*#/.test(l) ? '' : l.replace(/\s+#.*$/, '')))
}

/** The lines of the mapping under `key:` at the given indent, up to the next line at that indent or less. */
function block(code: string[], key: string, indent: number, from = 0): { at: number; lines: string[] } {
  const at = code.findIndex((l, i) => i >= from && l === `${' '.repeat(indent)}${key}:`)
  if (at === -1) return { at, lines: [] }
  const lines: string[] = []
  for (const line of code.slice(at + 1)) {
    if (line.trim() === '') continue
    if (line.search(/\S/) <= indent) break
    lines.push(line)
  }
  return { at, lines }
}

/** The step (its lines, from its `- ` to the next step) that contains line `i`. */
function stepAt(code: string[], i: number): string[] {
  let start = i
  while (start > 0 && !/^\s+- /.test(code[start])) start--
  const dash = code[start].search(/-/)
  let end = start + 1
  while (end < code.length && !(code[end].trim() !== '' && code[end].search(/\S/) <= dash)) end++
  return code.slice(start, end).filter(l => l.trim() !== '')
}

describe('the gate’s template', () => {
  const PATH = join(DIR, 'self-evolution-gate.yml')
  const text = readFileSync(PATH, 'utf8')
  const code = codeOf(text)

  it('takes agent-logins from one setting at the top, SELF_EVOLUTION_AGENT_LOGINS, and spells no login elsewhere', () => {
    const env = block(code, 'env', 0)
    expect(env.at).toBeGreaterThan(-1)
    // Before the triggers and the jobs: the first thing a reader edits.
    expect(env.at).toBeLessThan(code.indexOf('on:'))
    const setting = env.lines.map(l => /^ {2}SELF_EVOLUTION_AGENT_LOGINS: '([^']*)'$/.exec(l)).find(Boolean)
    expect(setting).toBeDefined()
    for (const login of setting![1].split(','))
      expect(login.trim()).toMatch(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\[bot\]$/)
    // The gate step reads it; no step spells a login itself.
    expect(code).toContain('          agent-logins: ${{ env.SELF_EVOLUTION_AGENT_LOGINS }}')
    expect(code.filter(l => l.includes('[bot]'))).toEqual([env.lines.find(l => l.includes('[bot]'))])
  })

  it('says above the setting that it is yours to set: your App’s bot login, <app-slug>[bot]', () => {
    const lines = text.split('\n')
    const at = lines.indexOf('env:')
    let start = at
    while (start > 0 && lines[start - 1].startsWith('#')) start--
    const comment = lines.slice(start, at).join('\n')
    expect(comment).toMatch(/YOUR SETTING/)
    expect(comment).toContain('<app-slug>[bot]')
    expect(comment).toContain('docs/github-app.md')
  })

  it('docs/github-app.md says it must be your App’s bot login, and names the setting', () => {
    const doc = readFileSync('docs/github-app.md', 'utf8')
    const part = doc.split("## The gate's agent-logins\n")[1]?.split('\n## ')[0] ?? ''
    expect(part).toContain("**your App's bot login**")
    expect(part).toContain('`<app-slug>[bot]`')
    expect(part).toContain('SELF_EVOLUTION_AGENT_LOGINS')
    expect(part).toContain('self-evolution-gate.yml')
  })
})

describe('every App token of the templates', () => {
  const workflows = readdirSync(DIR)
    .filter(f => /\.ya?ml$/.test(f))
    .map(file => ({ file, code: codeOf(readFileSync(join(DIR, file), 'utf8')) }))
  const minting = workflows.flatMap(({ file, code }) =>
    code.flatMap((line, i) =>
      /uses: actions\/create-github-app-token@/.test(line) ? [{ file, code, i }] : []
    )
  )

  it('is minted in the daily run, the gate and revert-watch', () => {
    expect([...new Set(minting.map(m => m.file))].sort()).toEqual([
      'self-evolution-gate.yml',
      'self-evolution-revert.yml',
      'self-evolution.yml'
    ])
  })

  it.each(minting)(
    '$file: the step is skipped without the App’s secrets, which its job reads into SELF_EVOLUTION_APP_ID',
    ({ code, i }) => {
      const step = stepAt(code, i).map(l => l.trim())
      expect(step).toContain("if: env.SELF_EVOLUTION_APP_ID != ''")
      expect(step).toContain('app-id: ${{ env.SELF_EVOLUTION_APP_ID }}')
      // The job's env (the nearest `env:` at job level above the step) sets it from the secret.
      let job = i
      while (job > 0 && !/^ {2}[a-z][a-z0-9_-]*:$/.test(code[job])) job--
      const env = block(code, 'env', 4, job)
      expect(env.at).toBeGreaterThan(job)
      expect(env.at).toBeLessThan(i)
      expect(env.lines.map(l => l.trim())).toContain(
        'SELF_EVOLUTION_APP_ID: ${{ secrets.SELF_EVOLUTION_APP_ID }}'
      )
    }
  )

  it('docs/rollback.md says what revert-watch does without the App', () => {
    const doc = readFileSync('docs/rollback.md', 'utf8')
    const part = doc.split('### Without the App\n')[1]?.split('\n#')[0] ?? ''
    expect(part).toContain("if: env.SELF_EVOLUTION_APP_ID != ''")
    expect(part).toMatch(/dry run/)
    expect(part).toContain('input `write-token` is empty')
  })
})
