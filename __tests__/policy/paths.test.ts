import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import picomatch from 'picomatch'
import { defaultConfig, validateConfig } from '../../src/config/load.js'
import {
  blockedGlobs,
  compileAnchored,
  compileBlocked,
  evaluateProposals,
  isGitDirectoryAlias,
  normalizePath
} from '../../src/policy/index.js'
import type { FileChange } from '../../src/policy/index.js'
import { sharedPatternSet } from '../../src/policy/paths.js'

describe('normalizePath', () => {
  it.each([
    ['docs/a.md', 'docs/a.md'],
    ['a b/c d.md', 'a b/c d.md'],
    ['.github/x', '.github/x'],
    ['.gitignore', '.gitignore'],
    ['a/...', 'a/...'],
    ['a/..b', 'a/..b'],
    ['caf\u0065\u0301.md', 'caf\u00e9.md'],
    ['日本/語.md', '日本/語.md'],
    ['$(rm -rf ~);x.md', '$(rm -rf ~);x.md']
  ])('accepts %j as %j', (raw, normalized) => {
    expect(normalizePath(raw)).toEqual({ ok: true, path: normalized })
  })

  it.each([
    ['', 'empty'],
    ['/etc/passwd', 'absolute'],
    ['C:/x', 'absolute'],
    ['a/../b', '".." segment'],
    ['..', '".." segment'],
    ['./a', '"." segment'],
    ['a/./b', '"." segment'],
    ['a//b', 'empty segment'],
    ['a/', 'empty segment'],
    ['a\\b', 'backslash'],
    ['a\u0000b', 'NUL'],
    ['a\nb', 'control character'],
    ['a\u007fb', 'control character'],
    ['a\u0085b', 'control character'],
    ['a\u202eb', 'bidirectional'],
    ['a\ufffdb', 'not valid UTF-8'],
    ['.git/config', '".git" segment'],
    ['x/.GIT/hooks/a', '".git" segment'],
    // What some checkout would write into the .git directory (git's protectNTFS / protectHFS).
    ['.git./hooks/pre-commit', 'read as ".git"'],
    ['.git ./config', 'read as ".git"'],
    ['.GIT../config', 'read as ".git"'],
    ['.git::$INDEX_ALLOCATION/hooks/x', 'read as ".git"'],
    ['GIT~1/hooks/post-checkout', 'read as ".git"'],
    ['a/git~2/config', 'read as ".git"'],
    ['.g\u200cit/hooks/x', 'read as ".git"'],
    ['\ufeff.git/config', 'read as ".git"'],
    ['.gi\u200dt', 'read as ".git"']
  ])('refuses %j (%s)', (raw, reason) => {
    const n = normalizePath(raw)
    expect(n.ok).toBe(false)
    if (!n.ok) expect(n.reason).toContain(reason)
  })

  it('strips one leading ./ only when asked (proposals files)', () => {
    expect(normalizePath('./docs/a.md', true)).toEqual({ ok: true, path: 'docs/a.md' })
    expect(normalizePath('././docs/a.md', true).ok).toBe(false)
    expect(normalizePath('./docs/a.md').ok).toBe(false)
  })
})

describe('blocked patterns', () => {
  it('expand a pattern without a slash to any depth, as a file or a folder', () => {
    expect(blockedGlobs('.env*')).toEqual(['**/.env*', '**/.env*/**'])
    expect(blockedGlobs('.github/CODEOWNERS')).toEqual(['.github/CODEOWNERS', '.github/CODEOWNERS/**'])
    expect(blockedGlobs('secrets/')).toEqual(['**/secrets/**'])
  })
})

// [patterns, path, blocked?, allowed?]
const GLOBS: Array<[string, string, boolean, boolean]> = [
  ['.env*', '.env', true, true],
  ['.env*', 'apps/bot/.env.local', true, false],
  ['.env*', 'a/.env/config', true, false],
  ['.env*', 'a/not.env', false, false],
  ['secrets', 'a/secrets/key.txt', true, false],
  ['secrets', 'secrets', true, true],
  ['secrets', 'a/b/SECRETS/c', true, false],
  ['secrets', 'a/secretsx/c', false, false],
  ['**/secrets/**', 'secrets/x', true, true],
  ['**/secrets/**', 'deep/er/secrets/x/y', true, true],
  ['package.json', 'packages/a/package.json', true, false],
  ['package.json', 'Package.JSON', true, false],
  ['.github/workflows/**', '.github/workflows/ci.yml', true, true],
  ['.github/workflows/**', '.github/workflows/a/b/c.yml', true, true],
  ['.github/workflows/**', '.GitHub/Workflows/ci.yml', true, false],
  ['.github/workflows/**', 'x/.github/workflows/ci.yml', false, false],
  ['.github/CODEOWNERS', '.github/CODEOWNERS', true, true],
  ['.github/CODEOWNERS', 'docs/.github/CODEOWNERS', false, false],
  ['docs/**/*.md', 'docs/README.md', true, true],
  ['docs/**/*.md', 'docs/a/b/c.md', true, true],
  ['docs/**/*.md', 'docs/.hidden/x.md', true, true],
  ['docs/**/*.md', 'docs/.x.md', true, true],
  ['docs/**/*.md', 'docs/README.MD', true, false],
  ['docs/**/*.md', 'other/docs/a.md', false, false],
  ['*.md', 'README.md', true, true],
  ['*.md', 'docs/README.md', true, false],
  ['**/*.key', 'a/b/c.key', true, true],
  ['**/*.key', 'c.key', true, true],
  ['**', '.github/workflows/ci.yml', true, true],
  ['dist/**', 'dist/index.js', true, true],
  ['dist/**', 'dist', true, true],
  ['a/{b,c}/*.ts', 'a/c/x.ts', true, true]
]

describe('the glob table', () => {
  it.each(GLOBS)('%j on %j: blocked %s, allowed %s', (pattern, path, blocked, allowed) => {
    expect(compileBlocked([pattern]).test(path)).toBe(blocked)
    expect(compileAnchored([pattern]).test(path)).toBe(allowed)
  })

  it('matches a list as one expression, the same as each pattern alone', () => {
    const patterns = [...new Set(GLOBS.map(g => g[0]))]
    const joined = compileAnchored(patterns)
    const joinedBlocked = compileBlocked(patterns)
    for (const [, path] of GLOBS) {
      expect(joined.test(path)).toBe(patterns.some(p => picomatch(p, { dot: true })(path)))
      expect(joinedBlocked.test(path)).toBe(patterns.some(p => compileBlocked([p]).test(path)))
    }
  })

  it('names the pattern that matched', () => {
    expect(compileBlocked(['a/**', '.env*']).which('x/.env')).toBe('.env*')
  })

  it('an empty list matches nothing', () => {
    expect(compileAnchored([]).test('anything')).toBe(false)
  })
})

const segment = fc
  .stringMatching(/^[A-Za-z0-9._ -]{1,8}$/)
  .filter(s => s !== '.' && s !== '..' && !isGitDirectoryAlias(s))
const relPath = fc.array(segment, { minLength: 1, maxLength: 5 }).map(parts => parts.join('/'))

function file(path: string): FileChange {
  return {
    path,
    status: 'modified',
    additions: 1,
    deletions: 1,
    binary: false,
    mode: '100644',
    previousMode: '100644'
  }
}

describe('properties', () => {
  it('a path that matches a blocked pattern never passes, whatever else is true', () => {
    const base = defaultConfig()
    fc.assert(
      fc.property(
        relPath,
        fc.constantFrom(...base.safetyRails.blockedPaths),
        fc.constantFrom('capability', 'prompt', 'persona', 'cleanup', 'wildcard' as const),
        fc.integer({ min: 0, max: 1 }),
        (path, pattern, type, risk) => {
          const cfg = validateConfig({
            safetyRails: {
              allowedPaths: ['**'],
              blockedPaths: [pattern],
              typePaths: { capability: ['**'], prompt: ['**'], persona: ['**'], cleanup: ['**'] },
              allowBinaryFiles: true
            },
            wildcardFeature: { allowedTypes: ['prompt', 'persona', 'capability', 'cleanup'] }
          })
          if (!cfg.ok) throw new Error('config')
          const matches = compileBlocked([pattern]).test(path)
          const r = evaluateProposals({
            config: cfg.config,
            proposals: [{ title: 't', type, riskLevel: risk, source: 'claimed', files: [file(path)] }],
            configPath: 'none/config.json'
          })
          expect(r.allowed).toBe(!matches)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('a path under a blocked folder is blocked at any depth and in any case', () => {
    fc.assert(
      fc.property(relPath, relPath, fc.boolean(), (prefix, rest, upper) => {
        const name = upper ? 'SeCrEtS' : 'secrets'
        expect(compileBlocked(['secrets']).test(`${prefix}/${name}/${rest}`)).toBe(true)
      })
    )
  })

  it('a path outside every allowed pattern never passes', () => {
    fc.assert(
      fc.property(relPath, fc.array(relPath, { maxLength: 4 }), (path, allowed) => {
        const patterns = allowed.map(p => `${p}/**`)
        const cfg = validateConfig({
          safetyRails: {
            allowedPaths: patterns.length > 0 ? patterns : ['nothing/**'],
            blockedPaths: [],
            typePaths: { cleanup: ['**'] }
          }
        })
        if (!cfg.ok) throw new Error('config')
        const inside = cfg.config.safetyRails.allowedPaths.some(p => picomatch(p, { dot: true })(path))
        const r = evaluateProposals({
          config: cfg.config,
          proposals: [{ title: 't', type: 'cleanup', riskLevel: 0, source: 'claimed', files: [file(path)] }],
          configPath: 'none/config.json'
        })
        expect(r.allowed).toBe(inside)
        if (!inside) expect(r.proposals[0].violations.map(v => v.rule)).toEqual(['path-not-allowed'])
      }),
      { numRuns: 300 }
    )
  })

  it('a blocked name without a slash blocks at least what picomatch reads as ** /name and ** /name/**', () => {
    const name = fc
      .array(fc.constantFrom('a', 'B', '.', '*', '?', '-', 'é'), { minLength: 1, maxLength: 5 })
      .map(p => p.join(''))
    const path = fc
      .array(
        fc
          .array(fc.constantFrom('a', 'b', 'A', '.', '-', 'é', 'É'), { minLength: 1, maxLength: 4 })
          .map(p => p.join('')),
        { minLength: 1, maxLength: 4 }
      )
      .map(parts => parts.join('/'))
      .filter(p => normalizePath(p).ok)
    fc.assert(
      fc.property(name, path, (pattern, p) => {
        fc.pre(!pattern.includes('**'))
        const options = { dot: true, nocase: true }
        const picomatchBlocks =
          picomatch(`**/${pattern}`, options)(p) || picomatch(`**/${pattern}/**`, options)(p)
        // Never less than picomatch; more only where picomatch's star refuses to match nothing
        // after a dot (`*.*` does not match "a." there, while `a.*` does).
        if (picomatchBlocks) expect(compileBlocked([pattern]).test(p)).toBe(true)
        else if (!/\*\.\*|\?\.\*|\*\.\?/.test(pattern)) expect(compileBlocked([pattern]).test(p)).toBe(false)
      }),
      { numRuns: 2000 }
    )
  })

  it('one joined expression answers as picomatch does for each pattern', () => {
    const glob = fc
      .array(fc.constantFrom('a', 'b', '*', '**', '.x', '{a,b}', '?'), { minLength: 1, maxLength: 3 })
      .map(p => p.join('/'))
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 6 }), relPath, (patterns, path) => {
        const expected = patterns.some(p => picomatch(p, { dot: true })(path))
        expect(compileAnchored(patterns).test(path)).toBe(expected)
      }),
      { numRuns: 500 }
    )
  })
})

describe('sharedPatternSet', () => {
  it('compiles a list once for every user, and answers as a fresh compile', () => {
    const tools = ['packages/agent/src/tools/**']
    const set = sharedPatternSet('anchored', tools)
    // The same list, spelled again elsewhere (a floor repeating a type's paths), is the same set.
    expect(sharedPatternSet('anchored', [...tools])).toBe(set)
    // A blocked list reads the same patterns differently: at any depth, case-insensitive.
    const blocked = sharedPatternSet('blocked', ['secrets/'])
    expect(blocked).not.toBe(sharedPatternSet('anchored', ['secrets/']))
    for (const path of ['packages/agent/src/tools/a.ts', 'x/Secrets/k', 'packages/agent/src/x.ts']) {
      expect(set.test(path)).toBe(compileAnchored(tools).test(path))
      expect(blocked.test(path)).toBe(compileBlocked(['secrets/']).test(path))
    }
    expect(blocked.which('x/Secrets/k')).toBe('secrets/')
  })
})
