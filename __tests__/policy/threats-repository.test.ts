/**
 * The false-positive check of the content threat rules: every line of this repository's own
 * source and documentation, read as if it were added, must trip none of them. Test fixtures that
 * hold hostile examples on purpose are left out (they are under __tests__, not scanned); the
 * hostile examples of the threat tests are built from escapes, so that this stays true.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultConfig } from '../../src/config/load.js'
import { hostMatches, scanWholeText } from '../../src/policy/threats.js'

const ROOT = join(import.meta.dirname, '..', '..')

/** Tracked text files of src/, docs/, scripts/, .github/, examples/, README.md and action.yml files. */
function scannedFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8'
  })
  return out
    .split('\0')
    .filter(p => p !== '')
    .filter(
      p =>
        /^(?:src|docs|scripts|\.github|examples|bench)\//.test(p) ||
        p === 'README.md' ||
        /(?:^|\/)action\.yml$/.test(p)
    )
}

describe('the content threat rules on this repository', () => {
  const files = scannedFiles()
  // The defaults, and the APIs and documentation this repository talks to or cites (Railway's
  // deployments, the agent engines' references and Anthropic's API behind the key proxy), as its
  // own config would list them.
  const allowed = [
    ...defaultConfig().safetyRails.allowedUrlHosts,
    'backboard.railway.app',
    'api.anthropic.com',
    'code.claude.com',
    'docs.claude.com',
    'developers.openai.com'
  ]

  it('scans a real set of files', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(files).toContain('src/policy/threats.ts')
    expect(files).toContain('docs/policy.md')
  })

  it('finds no hidden text, encoded payload or fetch-and-run, and no host outside the defaults', () => {
    const found: string[] = []
    for (const path of files) {
      const text = readFileSync(join(ROOT, path), 'utf8')
      // Every line added, nothing known: the strictest reading.
      const { threats, urlHosts } = scanWholeText(text, undefined)
      for (const t of threats ?? []) found.push(`${path}:${t.line}: ${t.rule}: ${t.detail}`)
      for (const h of urlHosts ?? [])
        if (!allowed.some(p => hostMatches(h.host, p)))
          found.push(`${path}:${h.line}: new-url-host: ${h.host}`)
    }
    expect(found).toEqual([])
  })
})
