import { afterAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { defaultConfig, validateConfig } from '../../src/config/load.js'
import type { Config } from '../../src/config/schema.js'
import { evaluateProposals, parseRange, PolicyInputError, readGitChanges } from '../../src/policy/index.js'
import { attributedPaths, DiffReader, parseDiffOutput } from '../../src/policy/git.js'
import type { FileChange } from '../../src/policy/index.js'
import { makeRepo, type Repo } from './git-fixture.js'

const CONFIG_PATH = '.github/self-evolution-config.json'
const repos: Repo[] = []
afterAll(() => repos.forEach(r => r.cleanup()))

function repo(): Repo {
  const r = makeRepo()
  repos.push(r)
  return r
}

async function read(r: Repo, range = 'HEAD~1..HEAD') {
  return readGitChanges({ repo: r.dir, range, configPath: CONFIG_PATH, readConfigAtBase: true })
}

async function verdict(
  r: Repo,
  cfg: Config = defaultConfig(),
  type: 'cleanup' | 'persona' = 'cleanup',
  range = 'HEAD~1..HEAD'
) {
  const changes = await read(r, range)
  const result = evaluateProposals({
    config: cfg,
    proposals: [
      {
        title: 't',
        type,
        riskLevel: 0,
        source: 'git',
        files: changes.files,
        ...(changes.configFile ? { configFile: changes.configFile } : {})
      }
    ],
    configPath: CONFIG_PATH
  })
  return {
    changes,
    verdict: result.proposals[0],
    rules: result.proposals[0].violations.map(v => `${v.rule} ${v.path ?? ''}`)
  }
}

const lines = (n: number, tag = 'line') =>
  Array.from({ length: n }, (_, i) => `${tag} ${i}`).join('\n') + '\n'
const byPath = (files: FileChange[]) => new Map(files.map(f => [f.path, f]))

describe('renames', () => {
  it('judges both paths: out of a blocked folder and into one', async () => {
    const r = repo()
    r.write('.github/workflows/deploy.yml', lines(30, 'deploy'))
    r.write('docs/guide.md', lines(30, 'guide'))
    r.commit()
    r.git(['mv', '.github/workflows/deploy.yml', 'docs/deploy.md'])
    r.git(['mv', 'docs/guide.md', '.github/workflows/guide.yml'])
    r.commit()
    const { changes, rules } = await verdict(r)
    expect(changes.files.map(f => [f.status, f.previousPath, f.path]).sort()).toEqual(
      [
        ['renamed', '.github/workflows/deploy.yml', 'docs/deploy.md'],
        ['renamed', 'docs/guide.md', '.github/workflows/guide.yml']
      ].sort()
    )
    expect(rules).toContain('blocked-path .github/workflows/deploy.yml')
    expect(rules).toContain('blocked-path .github/workflows/guide.yml')
  })

  it('fails a deleted blocked file', async () => {
    const r = repo()
    r.write('package.json', '{}\n')
    r.write('docs/a.md', 'a\n')
    r.commit()
    r.remove('package.json')
    r.commit()
    const { changes, rules } = await verdict(r)
    expect(changes.files).toEqual([
      {
        path: 'package.json',
        status: 'deleted',
        additions: 0,
        deletions: 1,
        binary: false,
        previousMode: '100644'
      }
    ])
    expect(rules).toEqual(['blocked-path package.json'])
  })
})

describe('symlinks and submodules', () => {
  it('fails a symlink, wherever it points, and a file turned into a symlink', async () => {
    const r = repo()
    r.write('docs/real.md', 'real\n')
    r.write('docs/turned.md', 'was a file\n')
    r.commit()
    r.link('docs/passwd.md', '/etc/passwd')
    r.link('docs/up.md', '../.github/workflows')
    r.remove('docs/turned.md')
    r.link('docs/turned.md', 'real.md')
    r.write('docs/zz-after.md', 'token ghp_0123456789abcdefghijABCDEFGHIJ012345\n')
    r.commit()
    const { changes, rules } = await verdict(r)
    const files = byPath(changes.files)
    expect(files.get('docs/passwd.md')?.mode).toBe('120000')
    expect(files.get('docs/turned.md')).toMatchObject({
      mode: '120000',
      previousMode: '100644',
      status: 'modified'
    })
    expect(rules).toEqual(
      expect.arrayContaining([
        'symlink docs/passwd.md',
        'symlink docs/up.md',
        'symlink docs/turned.md',
        'secret-in-content docs/zz-after.md'
      ])
    )
  })

  it('fails a submodule (gitlink) added or changed', async () => {
    const r = repo()
    r.write('docs/a.md', 'a\n')
    r.commit()
    r.git(['update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},docs/vendor.md`])
    r.git(['commit', '-q', '-m', 'gitlink'])
    r.git(['update-index', '--cacheinfo', `160000,${'2'.repeat(40)},docs/vendor.md`])
    r.git(['commit', '-q', '-m', 'gitlink again'])
    for (const range of ['HEAD~2..HEAD~1', 'HEAD~1..HEAD']) {
      const { changes, rules } = await verdict(r, defaultConfig(), 'cleanup', range)
      expect(changes.files[0].mode).toBe('160000')
      expect(rules).toEqual(['submodule docs/vendor.md'])
    }
  })
})

describe('submodules hidden by .gitmodules', () => {
  it('sees a submodule change that `ignore = all` in .gitmodules hides from a plain git diff', async () => {
    const r = repo()
    r.write('.gitmodules', '[submodule "vendor"]\n\tpath = docs/vendor\n\turl = ./x\n\tignore = all\n')
    r.git(['add', '.gitmodules'])
    r.git(['update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},docs/vendor`])
    r.git(['commit', '-q', '-m', 'with a submodule'])
    r.git(['update-index', '--cacheinfo', `160000,${'2'.repeat(40)},docs/vendor`])
    r.git(['commit', '-q', '-m', 'moved the submodule'])
    expect(r.git(['diff', '--raw', 'HEAD~1', 'HEAD']).toString()).toBe('')
    const { rules } = await verdict(r)
    expect(rules).toContain('submodule docs/vendor')
  })
})

describe('binary files, decided from content', () => {
  it('fails a binary file and never counts it as zero lines', async () => {
    const r = repo()
    r.write('docs/a.md', 'a\n')
    r.commit()
    r.write('docs/image.md', Buffer.concat([Buffer.from('PNG\0'), randomBytes(2000)]))
    r.commit()
    const { changes, verdict: v, rules } = await verdict(r)
    expect(changes.files[0]).toMatchObject({ binary: true, additions: null, deletions: null })
    expect(v.stats).toEqual({ files: 1, additions: 0, deletions: 0, linesChanged: 0, binaryFiles: 1 })
    expect(rules).toEqual(['binary-file docs/image.md'])
  })

  it('sees through a .gitattributes that makes git count a binary blob as text', async () => {
    const r = repo()
    r.write('docs/a.md', 'a\n')
    r.commit()
    r.write('.gitattributes', '*.md diff\n')
    const blob = Buffer.concat([randomBytes(100), Buffer.from([0]), randomBytes(20000)])
    r.write('docs/blob.md', blob)
    r.commit()
    // The attack works on git itself: numstat calls the blob text.
    const numstat = r.git(['diff', '--numstat', 'HEAD~1', 'HEAD', '--', 'docs/blob.md']).toString()
    expect(numstat).not.toMatch(/^-\t-/)
    const { changes, rules } = await verdict(r, validateOk({ safetyRails: { blockedPaths: [] } }))
    expect(byPath(changes.files).get('docs/blob.md')).toMatchObject({
      binary: true,
      additions: null,
      deletions: null
    })
    expect(rules).toContain('binary-file docs/blob.md')
  })

  it('sees through a -diff attribute that hides a text file’s lines and secrets', async () => {
    const r = repo()
    r.write('.gitattributes', '*.md -diff\n')
    r.write('docs/a.md', 'a\n')
    r.commit()
    r.write('docs/a.md', `a\n${lines(600)}key AKIAABCDEFGHIJKLMNOP\n`)
    r.commit()
    const numstat = r.git(['diff', '--numstat', 'HEAD~1', 'HEAD']).toString()
    expect(numstat).toMatch(/^-\t-/)
    const { changes, rules } = await verdict(r)
    expect(changes.files[0]).toMatchObject({
      binary: false,
      additions: 601,
      deletions: 0,
      secrets: ['AWS access key id']
    })
    expect(rules).toEqual(expect.arrayContaining(['max-lines ', 'secret-in-content docs/a.md']))
    expect(rules).not.toContain('binary-file docs/a.md')
  })
})

describe('hostile file names', () => {
  const NAMES = [
    'docs/with space.md',
    'docs/"quoted".md',
    "docs/it's.md",
    'docs/$(touch PWNED).md',
    'docs/`touch PWNED`.md',
    'docs/a;touch PWNED;.md',
    'docs/über/日本語.md',
    'docs/tab\there.md',
    'docs/back\\slash.md',
    'docs/-rf.md',
    'docs/::add-mask::x.md'
  ]

  it('reads every name exactly, executes none, and refuses the invalid ones', async () => {
    const r = repo()
    r.write('docs/a.md', 'a\n')
    r.commit()
    for (const name of NAMES) r.write(name, `${name}\n`)
    r.write('docs/new\nline.md', 'x\n')
    r.commit()
    const { changes, verdict: v } = await verdict(
      r,
      validateOk({ safetyRails: { diffCaps: { maxFilesChanged: 100 } } })
    )
    expect(changes.files.map(f => f.path).sort()).toEqual([...NAMES, 'docs/new\nline.md'].sort())
    expect(changes.files.every(f => f.additions === 1 && f.deletions === 0 && f.status === 'added')).toBe(
      true
    )
    expect(existsSync(join(r.dir, 'PWNED'))).toBe(false)
    expect(existsSync(join(r.dir, 'docs', 'PWNED'))).toBe(false)
    const invalid = v.violations
      .filter(x => x.rule === 'invalid-path')
      .map(x => x.path)
      .sort()
    expect(invalid).toEqual(['docs/back\\slash.md', 'docs/new\nline.md', 'docs/tab\there.md'].sort())
    expect(v.violations.filter(x => x.rule !== 'invalid-path')).toEqual([])
  })

  it('reads names with invalid UTF-8 as invalid paths', async () => {
    const r = repo()
    r.write('docs/a.md', 'a\n')
    r.commit()
    const blob = r.git(['hash-object', '-w', '--stdin'], 'x\n').toString().trim()
    r.git(
      ['update-index', '--add', '--index-info'],
      Buffer.concat([Buffer.from(`100644 ${blob}\tdocs/`), Buffer.from([0xff, 0xfe]), Buffer.from('.md\n')])
    )
    r.git(['commit', '-q', '-m', 'bytes'])
    const { rules } = await verdict(r)
    expect(rules).toEqual(['invalid-path docs/\ufffd\ufffd.md'])
  })
})

describe('repository settings that would hide content', () => {
  it('counts and reads a text file above a small core.bigFileThreshold', async () => {
    const r = repo()
    r.write('docs/a.md', 'a\n')
    r.commit()
    r.git(['config', 'core.bigFileThreshold', '100'])
    r.write('docs/a.md', `a\n${lines(50)}key AKIAABCDEFGHIJKLMNOP\n`)
    r.commit()
    // The attack works on git itself: numstat calls the file binary.
    expect(r.git(['diff', '--numstat', 'HEAD~1', 'HEAD']).toString()).toMatch(/^-\t-/)
    const { changes, rules } = await verdict(r)
    expect(changes.files[0]).toMatchObject({
      binary: false,
      additions: 51,
      deletions: 0,
      secrets: ['AWS access key id']
    })
    expect(rules).toContain('secret-in-content docs/a.md')
  })
})

describe('secrets in added lines', () => {
  it('finds credentials on added lines only, never in removed or context lines', async () => {
    const r = repo()
    r.write(
      'docs/a.md',
      `old ghp_0123456789abcdefghijABCDEFGHIJ012345\nkeep xoxb-1234567890-abcdefghij\n${lines(5)}`
    )
    r.write('docs/b.md', lines(5))
    r.commit()
    r.write('docs/a.md', `new line\nkeep xoxb-1234567890-abcdefghij\n${lines(5)}`)
    r.write('docs/b.md', `${lines(5)}-----BEGIN OPENSSH PRIVATE KEY-----\n+++ glpat-abcdefghijklmnopqrstu\n`)
    r.write('docs/ghp_0123456789abcdefghijABCDEFGHIJ012345.md', 'clean\n')
    r.commit()
    const { changes } = await verdict(r)
    const files = byPath(changes.files)
    expect(files.get('docs/a.md')?.secrets).toBeUndefined()
    expect(files.get('docs/b.md')?.secrets).toEqual(['private key', 'GitLab token'])
    expect(files.get('docs/ghp_0123456789abcdefghijABCDEFGHIJ012345.md')?.secrets).toBeUndefined()
  })

  it('attributes a credential to a file whose quoted name has quotes, spaces and non-ASCII', async () => {
    const r = repo()
    r.write('docs/a.md', 'a\n')
    r.commit()
    r.write('docs/über "q" x.md', 'token npm_abcdefghijklmnopqrstuvwxyz0123456789\n')
    r.write('docs/zz.md', 'clean\n')
    r.commit()
    const { changes } = await verdict(r)
    expect(byPath(changes.files).get('docs/über "q" x.md')?.secrets).toEqual(['npm token'])
    expect(byPath(changes.files).get('docs/zz.md')?.secrets).toBeUndefined()
  })

  it('finds a credential past the first chunk of a long patch', async () => {
    const r = repo()
    r.write('docs/a.md', 'a\n')
    r.commit()
    for (let i = 0; i < 40; i++) r.write(`docs/f${i}.md`, lines(200, `file ${i}`))
    r.write('docs/zz.md', `${lines(100)}aws_secret_access_key = "${'A'.repeat(40)}"\n`)
    r.commit()
    const { changes } = await verdict(r)
    expect(byPath(changes.files).get('docs/zz.md')?.secrets).toEqual(['AWS secret access key'])
    expect(changes.files.filter(f => f.secrets).length).toBe(1)
  })
})

describe('the config file in git', () => {
  it('reads the rules at BASE and the watched file before and after', async () => {
    const r = repo()
    r.write(CONFIG_PATH, JSON.stringify({ safetyRails: { maxRiskLevel: 1 } }))
    r.commit()
    r.write(CONFIG_PATH, JSON.stringify({ safetyRails: { maxRiskLevel: 2 } }))
    r.commit()
    const changes = await read(r)
    expect(changes.configAtBase).toBe(JSON.stringify({ safetyRails: { maxRiskLevel: 1 } }))
    expect(changes.configFile).toEqual({
      before: JSON.stringify({ safetyRails: { maxRiskLevel: 1 } }),
      after: JSON.stringify({ safetyRails: { maxRiskLevel: 2 } })
    })
    const { rules } = await verdict(r)
    expect(rules).toEqual([`config-loosened ${CONFIG_PATH}`])
  })

  it('passes a tightening, fails a deletion, and reads a missing config at BASE as absent', async () => {
    const r = repo()
    r.write('docs/a.md', 'a\n')
    r.commit()
    r.write(CONFIG_PATH, JSON.stringify({ safetyRails: { maxRiskLevel: 1 } }))
    r.commit()
    r.remove(CONFIG_PATH)
    r.commit()
    const added = await verdict(r, defaultConfig(), 'cleanup', 'HEAD~2..HEAD~1')
    expect(added.changes.configAtBase).toBeNull()
    expect(added.rules).toEqual([])
    const deleted = await verdict(r)
    expect(deleted.rules).toEqual([`config-loosened ${CONFIG_PATH}`])
  })
})

describe('ranges', () => {
  it('judges BASE...HEAD from the merge base, as a pull request shows it', async () => {
    const r = repo()
    r.write('docs/a.md', 'a\n')
    r.commit()
    r.git(['checkout', '-q', '-b', 'feature'])
    r.write('docs/feature.md', 'f\n')
    r.commit()
    r.git(['checkout', '-q', 'main'])
    r.write('docs/main-only.md', 'm\n')
    r.commit()
    const two = await read(r, 'main..feature')
    expect(two.files.map(f => f.path).sort()).toEqual(['docs/feature.md', 'docs/main-only.md'])
    const three = await read(r, 'main...feature')
    expect(three.files.map(f => f.path)).toEqual(['docs/feature.md'])
  })

  it.each(['HEAD', 'HEAD..', '..HEAD', '-x..HEAD', 'HEAD..--output=/tmp/x', 'a b..c', 'A:x..B', 'A....B'])(
    'refuses the range %j',
    range => {
      expect(() => parseRange(range)).toThrow(PolicyInputError)
    }
  )

  it('fails with a sentence on a range git cannot read', async () => {
    const r = repo()
    r.write('docs/a.md', 'a\n')
    r.commit()
    await expect(read(r, 'nope..HEAD')).rejects.toThrow(/--git "nope\.\.HEAD" cannot be read: .*bad revision/)
  })

  it('reads an empty change as no files', async () => {
    const r = repo()
    r.write('docs/a.md', 'a\n')
    r.commit()
    r.commit('empty')
    expect((await read(r)).files).toEqual([])
  })
})

function validateOk(raw: unknown): Config {
  const r = validateConfig(raw)
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.config
}

describe('numstat equality', () => {
  it('per-file additions and deletions equal git diff --numstat on random repositories', async () => {
    const names = fc.constantFrom('a.md', 'b/c.md', 'b/d e.md', 'ü.md', 'x/y/z.txt', 'q"uote.md', 'n.bin')
    const content = fc.oneof(
      fc
        .array(fc.constantFrom('alpha', 'beta', 'gamma', '', 'delta delta'), { maxLength: 30 })
        .map(ls => ls.join('\n') + '\n'),
      fc.constant(Buffer.from([1, 2, 0, 3]))
    )
    const step = fc.record({
      name: names,
      content: fc.option(content, { nil: null }),
      rename: fc.option(names, { nil: null })
    })
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 6 }),
        fc.array(step, { minLength: 1, maxLength: 6 }),
        async (first, second) => {
          const r = repo()
          const apply = (steps: typeof first) => {
            for (const s of steps) {
              if (s.content === null) r.remove(s.name)
              else r.write(s.name, s.content)
              if (
                s.rename &&
                s.rename !== s.name &&
                existsSync(join(r.dir, s.name)) &&
                !existsSync(join(r.dir, s.rename))
              ) {
                r.git(['mv', '-k', s.name, s.rename])
              }
            }
          }
          apply(first)
          r.commit()
          apply(second)
          r.commit()
          const changes = await read(r)
          const out = r.git(['diff', '--numstat', '-z', '-M', 'HEAD~1', 'HEAD']).toString('utf8').split('\0')
          const expected: Array<[string, number | null, number | null]> = []
          for (let i = 0; i < out.length - 1;) {
            const [a, d, p] = out[i].split('\t')
            let path = p
            i++
            if (path === '') {
              path = out[i + 1]
              i += 2
            }
            expected.push([path, a === '-' ? null : Number(a), d === '-' ? null : Number(d)])
          }
          expect(changes.files.map(f => [f.path, f.additions, f.deletions])).toEqual(expected)
          r.cleanup()
        }
      ),
      { numRuns: 12 }
    )
  })
})

describe('cancelling a read', () => {
  it('stops git, before or while it runs, and leaves nothing of the change on disk', async () => {
    const r = repo()
    r.write('docs/a.md', 'a\n')
    r.commit()
    for (let i = 0; i < 300; i++) r.write(`docs/f${i}.md`, lines(300, `file ${i}`))
    r.commit()
    // (jest gives each test file its own process.env: the directory is handed over.)
    const tmp = mkdtempSync(join(tmpdir(), 'se-cancel-'))
    const read = (signal: AbortSignal) =>
      readGitChanges({ repo: r.dir, range: 'HEAD~1..HEAD', configPath: CONFIG_PATH, signal, scratchDir: tmp })
    try {
      const before = new AbortController()
      before.abort()
      await expect(read(before.signal)).rejects.toThrow(/cancelled/)
      const during = new AbortController()
      const reading = read(during.signal)
      // git writes to files that are already removed: nothing of the change is on disk, even now.
      expect(readdirSync(tmp)).toEqual([])
      during.abort()
      await expect(reading).rejects.toThrow(/cancelled/)
      expect(readdirSync(tmp)).toEqual([])
      // An abort after the read is done changes nothing.
      const after = new AbortController()
      const changes = await read(after.signal)
      after.abort()
      expect(changes.files).toHaveLength(300)
      expect(readdirSync(tmp)).toEqual([])
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })
})

describe('the streaming reader', () => {
  it('reads the same entries whatever the chunk boundaries', async () => {
    const r = repo()
    r.write('docs/a.md', lines(40))
    r.write('docs/old name.md', lines(40, 'moved'))
    r.commit()
    r.write('docs/a.md', `${lines(40)}key ghp_0123456789abcdefghijABCDEFGHIJ012345\n`)
    r.git(['mv', 'docs/old name.md', 'docs/ü new.md'])
    r.write('docs/b.bin', Buffer.from([0, 1, 2, 3]))
    r.write('docs/c.md', `-----BEGIN EC PRIVATE KEY-----\n${lines(3)}`)
    r.commit()
    const out = r.git([
      '-c',
      'core.quotePath=true',
      'diff',
      '--raw',
      '--numstat',
      '-p',
      '-z',
      '-M',
      '--no-abbrev',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      'HEAD~1',
      'HEAD'
    ])
    const whole = parseDiffOutput(out).map(e => e.file)
    expect(whole.map(f => [f.path, f.secrets])).toEqual([
      ['docs/a.md', ['GitHub token']],
      ['docs/b.bin', undefined],
      ['docs/c.md', ['private key']],
      ['docs/ü new.md', undefined]
    ])
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: out.length - 1 }), { maxLength: 40 }), cuts => {
        const reader = new DiffReader()
        let at = 0
        for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
          reader.push(out.subarray(at, cut))
          at = cut
        }
        reader.push(out.subarray(at))
        expect(reader.end().map(e => e.file)).toEqual(whole)
      }),
      { numRuns: 300 }
    )
  })

  it('refuses output whose patch does not match its records', () => {
    const read = (text: string) => () => {
      const reader = new DiffReader()
      reader.push(Buffer.from(text))
      return reader.end()
    }
    const head = ':100644 100644 aaaa bbbb M\u0000a.md\u00001\t0\ta.md\u0000\u0000'
    expect(read(`${head}diff --git a/a.md b/a.md\n`)).not.toThrow()
    expect(read(`${head}diff --git a/a.md b/a.md\ndiff --git a/b.md b/b.md\n`)).toThrow(PolicyInputError)
    expect(read(head)).toThrow(/0 patch sections for 1 changed files/)
    expect(read(`${head}garbage\n`)).toThrow(/does not start with a "diff --git" header/)
    expect(read(':100644 100644 aaaa bbbb M\u0000a.md\u00001\t0\tb.md\u0000\u0000')).toThrow(
      /numstat names "b.md"/
    )
    expect(read(`${head.slice(0, -2)}\u00003\t0\tc.md\u0000\u0000`)).toThrow(/more numstat records/)
    expect(read(':100644 100644 aaaa bbbb Q\u0000a.md\u0000')).toThrow(/unexpected status/)
    expect(read(':100644 100644 aaaa bbbb\u0000a.md\u0000')).toThrow(/raw record/)
    expect(read(':100644 100644 aaaa bbbb M x\u0000a.md\u0000')).toThrow(/raw record/)
    const raw = ':100644 100644 aaaa bbbb M\u0000a.md\u0000'
    for (const counts of [
      '-\t0',
      '1\t-',
      'x\t0',
      '\t0',
      '+1\t0',
      '1e3\t0',
      ' 1\t0',
      '0x1\t0',
      '1234567890123456\t0'
    ]) {
      // The message quotes the counts as git printed them.
      expect(read(`${raw}${counts}\ta.md\u0000\u0000`)).toThrow(`numstat counts ${JSON.stringify(counts)}`)
    }
    // Fifteen digits are a count (a safe integer); sixteen are refused above.
    const big = read(`${raw}123456789012345\t0\ta.md\u0000\u0000diff --git a/a.md b/a.md\n`)()
    expect(big[0].file.additions).toBe(123456789012345)
    expect(big[0].file.deletions).toBe(0)
    expect(read(`${raw}1\ta.md\u0000\u0000`)).toThrow(/numstat record/)
    expect(read(`${raw}1\t0\ta.mdx\u0000\u0000`)).toThrow(/numstat names "a.mdx"/)
    // A rename's numstat names both of its paths, and both must be the raw record's. (Records
    // that are read, with no patch after them, fail only for the missing section.)
    const renamed = ':100644 100644 aaaa bbbb R090\u0000a.md\u0000b.md\u0000'
    expect(read(`${renamed}1\t0\t\u0000a.md\u0000b.md\u0000\u0000`)).toThrow(/0 patch sections/)
    expect(read(`${renamed}1\t0\t\u0000a.md\u0000c.md\u0000\u0000`)).toThrow(/numstat names "c.md"/)
    expect(read(`${renamed}1\t0\t\u0000x.md\u0000b.md\u0000\u0000`)).toThrow(/numstat names "b.md"/)
    expect(read(`${renamed}1\t0\tb.md\u0000\u0000`)).toThrow(/numstat names "b.md"/)
    expect(read(`${renamed}x\t0\t\u0000a.md\u0000b.md\u0000\u0000`)).toThrow('numstat counts "x\\t0"')
  })
})

describe('check-attr output', () => {
  it('keeps the paths whose diff or binary attribute is specified', () => {
    const out = [
      ['a.md', 'diff', 'unspecified'],
      ['a.md', 'binary', 'unspecified'],
      ['a.md', 'text', 'set'],
      ['b.bin', 'diff', 'set'],
      ['c x.md', 'binary', 'set'],
      ['d.md', 'diff', 'unset'],
      ['e.md', 'diff', 'driver'],
      ['f.md', 'text', 'auto']
    ]
      .map(r => `${r.join('\u0000')}\u0000`)
      .join('')
    expect([...attributedPaths(out)].sort()).toEqual(['b.bin', 'c x.md', 'd.md', 'e.md'])
    expect(() => attributedPaths('a.md\u0000diff')).toThrow(PolicyInputError)
    expect(() => attributedPaths('a.md\u0000diff\u0000unspecified\u0000b')).toThrow(PolicyInputError)
  })

  it('reads any output as the plain record-by-record reading does', () => {
    // Paths that look like attributes or values must not shift the reading.
    const name = fc.constantFrom('a.md', 'diff', 'text', 'binary', 'unspecified', 'x y', 'ü.md', '')
    const attr = fc.constantFrom('diff', 'binary', 'text')
    const value = fc.constantFrom('unspecified', 'unspecified', 'set', 'unset', 'auto', 'diff')
    const reference = (output: string) => {
      const fields = output.split('\u0000').slice(0, -1)
      const found = new Set<string>()
      for (let i = 0; i + 2 < fields.length; i += 3) {
        if (fields[i + 1] !== 'text' && fields[i + 2] !== 'unspecified') found.add(fields[i])
      }
      return found
    }
    fc.assert(
      fc.property(fc.array(fc.tuple(name, attr, value), { maxLength: 30 }), records => {
        const output = records.map(r => `${r.join('\u0000')}\u0000`).join('')
        expect(attributedPaths(output)).toEqual(reference(output))
      }),
      { numRuns: 500 }
    )
  })
})
